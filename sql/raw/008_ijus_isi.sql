-- raw.ijus_isi: the rows of the I-Jus Melon licence exports, as read, one
-- column per field whatever the export called it; a row repeated field for
-- field (the same licence in next month's full export, unchanged) once, at
-- its latest place, the others in raw.ijus_sama. raw.ijus shows them all. The NIK is never stored:
-- only its keyed hash (to join and de-duplicate; empty without a key), a
-- masked form, and what could be checked in it.
CREATE TABLE raw.ijus_isi (
    file_id        INTEGER NOT NULL,
    sheet          VARCHAR,
    row_no         INTEGER NOT NULL,
    nomor_izin     VARCHAR USING COMPRESSION fsst,
    tanggal_terbit VARCHAR USING COMPRESSION dictionary,
    nik_hash       VARCHAR USING COMPRESSION fsst,
    nik_mask       VARCHAR USING COMPRESSION fsst,
    nik_valid      BOOLEAN,
    nik_masalah    VARCHAR USING COMPRESSION dictionary,
    nik_perempuan  BOOLEAN,
    nik_wilayah    VARCHAR USING COMPRESSION dictionary,
    nama_pemilik   VARCHAR USING COMPRESSION fsst,
    jenis_kelamin  VARCHAR USING COMPRESSION dictionary,
    nama_usaha     VARCHAR USING COMPRESSION fsst,
    alamat         VARCHAR USING COMPRESSION fsst,
    kelurahan      VARCHAR USING COMPRESSION dictionary,
    kecamatan      VARCHAR USING COMPRESSION dictionary,
    sektor         VARCHAR USING COMPRESSION dictionary,
    modal          VARCHAR USING COMPRESSION dictionary,
    omset          VARCHAR USING COMPRESSION dictionary,
    tenaga_kerja_l VARCHAR USING COMPRESSION dictionary,
    tenaga_kerja_p VARCHAR USING COMPRESSION dictionary,
    status         VARCHAR USING COMPRESSION dictionary,
    lainnya        VARCHAR USING COMPRESSION fsst,
    tanggal_iso    VARCHAR USING COMPRESSION dictionary,
    modal_rp       DECIMAL(38,10),
    omset_rp       DECIMAL(38,10),
    tk_l_n         DECIMAL(38,10),
    tk_p_n         DECIMAL(38,10),
    isi_a          BIGINT NOT NULL,  -- the row's content, hashed: the first
    isi_b          BIGINT NOT NULL   -- and second 64 bits of its SHA-256
);
COMMENT ON TABLE raw.ijus_isi IS 'Baris ekspor izin I-Jus Melon seperti terbaca (baris yang berulang persis sama, mis. izin yang sama di ekspor bulan berikutnya, hanya sekali, di tempatnya yang terakhir; tempat lainnya di raw.ijus_sama; raw.ijus memuat semuanya), satu kolom per isian apa pun judulnya di ekspor. NIK tidak disimpan: hanya hash berkunci, bentuk tersamar, dan hasil pemeriksaannya.';
COMMENT ON COLUMN raw.ijus_isi.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN raw.ijus_isi.sheet IS 'Lembar, untuk ekspor .xlsx; kosong untuk .csv.';
COMMENT ON COLUMN raw.ijus_isi.row_no IS 'Nomor baris di berkas (baris judul kolom dihitung), mulai dari 1.';
COMMENT ON COLUMN raw.ijus_isi.nomor_izin IS 'Nomor izin (IUMK) seperti tertulis.';
COMMENT ON COLUMN raw.ijus_isi.tanggal_terbit IS 'Tanggal terbit seperti tertulis: teks, atau tanggal sel diubah ke TTTT-BB-HH.';
COMMENT ON COLUMN raw.ijus_isi.nik_hash IS 'HMAC-SHA-256 dari 16 angka NIK dengan kunci dari lingkungan (KINERJA_NIK_KEY atau KINERJA_NIK_KEY_FILE); kosong bila NIK bukan 16 angka atau kunci belum diatur.';
COMMENT ON COLUMN raw.ijus_isi.nik_mask IS 'NIK tersamar: kode wilayah dan dua angka terakhir saja (337401********01); tersamar seluruhnya bila bukan 16 angka.';
COMMENT ON COLUMN raw.ijus_isi.nik_valid IS 'Benar bila NIK 16 angka dengan kode provinsi, tanggal lahir dan nomor urut yang mungkin; kosong bila NIK kosong.';
COMMENT ON COLUMN raw.ijus_isi.nik_masalah IS 'Mengapa NIK tidak sah, dalam Bahasa Indonesia.';
COMMENT ON COLUMN raw.ijus_isi.nik_perempuan IS 'Jenis kelamin menurut NIK (tanggal lahir + 40 untuk perempuan); kosong bila NIK tidak sah.';
COMMENT ON COLUMN raw.ijus_isi.nik_wilayah IS 'Enam angka pertama NIK: provinsi, kabupaten/kota, kecamatan (mis. 337401).';
COMMENT ON COLUMN raw.ijus_isi.nama_pemilik IS 'Nama pemilik seperti tertulis.';
COMMENT ON COLUMN raw.ijus_isi.jenis_kelamin IS 'Jenis kelamin seperti tertulis.';
COMMENT ON COLUMN raw.ijus_isi.nama_usaha IS 'Nama usaha seperti tertulis.';
COMMENT ON COLUMN raw.ijus_isi.alamat IS 'Alamat seperti tertulis.';
COMMENT ON COLUMN raw.ijus_isi.kelurahan IS 'Kelurahan seperti tertulis.';
COMMENT ON COLUMN raw.ijus_isi.kecamatan IS 'Kecamatan seperti tertulis (belum dinormalkan).';
COMMENT ON COLUMN raw.ijus_isi.sektor IS 'Jenis/sektor usaha seperti tertulis.';
COMMENT ON COLUMN raw.ijus_isi.modal IS 'Modal usaha seperti tertulis (angka, atau teks seperti Rp 25.000.000,- atau 25 jt).';
COMMENT ON COLUMN raw.ijus_isi.omset IS 'Omset per tahun seperti tertulis.';
COMMENT ON COLUMN raw.ijus_isi.tenaga_kerja_l IS 'Tenaga kerja laki-laki seperti tertulis.';
COMMENT ON COLUMN raw.ijus_isi.tenaga_kerja_p IS 'Tenaga kerja perempuan seperti tertulis.';
COMMENT ON COLUMN raw.ijus_isi.status IS 'Status izin seperti tertulis.';
COMMENT ON COLUMN raw.ijus_isi.lainnya IS 'Kolom lain ekspor yang tidak dikenal, sebagai JSON {judul: isi}; disimpan, tidak diolah.';
COMMENT ON COLUMN raw.ijus_isi.tanggal_iso IS 'Tanggal terbit terbaca (TTTT-BB-HH) dari sel tanggal, 30/06/2018 atau 30 Juni 2018; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN raw.ijus_isi.modal_rp IS 'Modal usaha terbaca dalam rupiah (juga dari Rp 25.000.000,- atau 25 jt); kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN raw.ijus_isi.omset_rp IS 'Omset per tahun terbaca dalam rupiah; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN raw.ijus_isi.tk_l_n IS 'Tenaga kerja laki-laki terbaca sebagai angka.';
COMMENT ON COLUMN raw.ijus_isi.tk_p_n IS 'Tenaga kerja perempuan terbaca sebagai angka.';
COMMENT ON COLUMN raw.ijus_isi.isi_a IS '64 bit pertama SHA-256 isi baris (semua kolomnya kecuali berkas, lembar dan nomor baris): baris yang isinya sama persis berhash sama.';
COMMENT ON COLUMN raw.ijus_isi.isi_b IS '64 bit kedua SHA-256 isi baris.';
