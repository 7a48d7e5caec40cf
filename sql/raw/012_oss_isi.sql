-- raw.oss_isi: the rows of the OSS-RBA exports (NIB and project), as read,
-- one column per field whatever the export called it; a row repeated field
-- for field (the same project in next month's full export, unchanged)
-- once, at its latest place, the others in raw.oss_sama. raw.oss shows
-- them all. The owner's NIK, where an export has it, is never stored: only
-- its keyed hash, a masked form, and what could be checked in it.
CREATE TABLE raw.oss_isi (
    file_id            INTEGER NOT NULL,
    sheet              VARCHAR,
    row_no             INTEGER NOT NULL,
    nib                VARCHAR,
    id_proyek          VARCHAR,
    tanggal_terbit     VARCHAR,
    nik_hash           VARCHAR,
    nik_mask           VARCHAR,
    nik_valid          BOOLEAN,
    nik_masalah        VARCHAR,
    nik_perempuan      BOOLEAN,
    nik_wilayah        VARCHAR,
    nama_pemilik       VARCHAR,
    jenis_kelamin      VARCHAR,
    nama_usaha         VARCHAR,
    alamat             VARCHAR,
    kelurahan          VARCHAR,
    kecamatan          VARCHAR,
    skala_usaha        VARCHAR,
    kbli               VARCHAR,
    judul_kbli         VARCHAR,
    risiko             VARCHAR,
    jenis_pelaku_usaha VARCHAR,
    modal              VARCHAR,
    jumlah_investasi   VARCHAR,
    omset              VARCHAR,
    tki                VARCHAR,
    tki_l              VARCHAR,
    tki_p              VARCHAR,
    status             VARCHAR,
    lainnya            VARCHAR,
    tanggal_iso        VARCHAR,
    modal_rp           DECIMAL(38,10),
    investasi_rp       DECIMAL(38,10),
    omset_rp           DECIMAL(38,10),
    tki_n              DECIMAL(38,10),
    tki_l_n            DECIMAL(38,10),
    tki_p_n            DECIMAL(38,10),
    isi_a              BIGINT NOT NULL,  -- the row's content, hashed: the first
    isi_b              BIGINT NOT NULL   -- and second 64 bits of its SHA-256
);
COMMENT ON TABLE raw.oss_isi IS 'Baris ekspor OSS-RBA (NIB dan proyek/KBLI) seperti terbaca (baris yang berulang persis sama, mis. proyek yang sama di ekspor bulan berikutnya, hanya sekali, di tempatnya yang terakhir; tempat lainnya di raw.oss_sama; raw.oss memuat semuanya), satu kolom per isian apa pun judulnya di ekspor. NIK pemilik, bila ada, tidak disimpan: hanya hash berkunci, bentuk tersamar, dan hasil pemeriksaannya.';
COMMENT ON COLUMN raw.oss_isi.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN raw.oss_isi.sheet IS 'Lembar, untuk ekspor .xlsx; kosong untuk .csv.';
COMMENT ON COLUMN raw.oss_isi.row_no IS 'Nomor baris di berkas (baris judul kolom dihitung), mulai dari 1.';
COMMENT ON COLUMN raw.oss_isi.nib IS 'NIB (Nomor Induk Berusaha) seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.id_proyek IS 'ID proyek seperti tertulis; satu NIB dapat memiliki beberapa proyek (KBLI).';
COMMENT ON COLUMN raw.oss_isi.tanggal_terbit IS 'Tanggal terbit (tgl_terbit_oss) seperti tertulis: teks, atau tanggal sel diubah ke TTTT-BB-HH.';
COMMENT ON COLUMN raw.oss_isi.nik_hash IS 'HMAC-SHA-256 dari 16 angka NIK pemilik dengan kunci dari lingkungan (KINERJA_NIK_KEY atau KINERJA_NIK_KEY_FILE); kosong bila tidak ada NIK, NIK bukan 16 angka atau kunci belum diatur.';
COMMENT ON COLUMN raw.oss_isi.nik_mask IS 'NIK tersamar: kode wilayah dan dua angka terakhir saja; tersamar seluruhnya bila bukan 16 angka.';
COMMENT ON COLUMN raw.oss_isi.nik_valid IS 'Benar bila NIK 16 angka dengan kode provinsi, tanggal lahir dan nomor urut yang mungkin; kosong bila NIK kosong.';
COMMENT ON COLUMN raw.oss_isi.nik_masalah IS 'Mengapa NIK tidak sah, dalam Bahasa Indonesia.';
COMMENT ON COLUMN raw.oss_isi.nik_perempuan IS 'Jenis kelamin menurut NIK (tanggal lahir + 40 untuk perempuan); kosong bila NIK tidak sah.';
COMMENT ON COLUMN raw.oss_isi.nik_wilayah IS 'Enam angka pertama NIK.';
COMMENT ON COLUMN raw.oss_isi.nama_pemilik IS 'Nama pemilik/penanggung jawab seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.jenis_kelamin IS 'Jenis kelamin pemilik seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.nama_usaha IS 'Nama perusahaan/usaha seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.alamat IS 'Alamat usaha seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.kelurahan IS 'Kelurahan usaha seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.kecamatan IS 'Kecamatan usaha seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.skala_usaha IS 'Skala usaha seperti tertulis (uraian_skala_usaha: Usaha Mikro …, atau kode 01 Mikro … 04 Besar).';
COMMENT ON COLUMN raw.oss_isi.kbli IS 'Kode KBLI proyek seperti tertulis (KBLI 2020: lima angka).';
COMMENT ON COLUMN raw.oss_isi.judul_kbli IS 'Judul KBLI seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.risiko IS 'Tingkat risiko proyek seperti tertulis (uraian_risiko_proyek).';
COMMENT ON COLUMN raw.oss_isi.jenis_pelaku_usaha IS 'Jenis pelaku usaha seperti tertulis (orang perseorangan, badan usaha …).';
COMMENT ON COLUMN raw.oss_isi.modal IS 'Modal usaha/modal kerja seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.jumlah_investasi IS 'Jumlah investasi proyek seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.omset IS 'Hasil penjualan/omset per tahun seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.tki IS 'Tenaga kerja Indonesia proyek seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.tki_l IS 'Tenaga kerja laki-laki seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.tki_p IS 'Tenaga kerja perempuan seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.status IS 'Status seperti tertulis.';
COMMENT ON COLUMN raw.oss_isi.lainnya IS 'Kolom lain yang tidak dikenali (mis. latitude, longitude, kl_sektor_pembina), sebagai objek JSON judul kolom → isi.';
COMMENT ON COLUMN raw.oss_isi.tanggal_iso IS 'Tanggal terbit terbaca, TTTT-BB-HH; kosong bila tidak terbaca.';
COMMENT ON COLUMN raw.oss_isi.modal_rp IS 'Modal terbaca (rupiah); kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN raw.oss_isi.investasi_rp IS 'Jumlah investasi terbaca (rupiah).';
COMMENT ON COLUMN raw.oss_isi.omset_rp IS 'Omset terbaca (rupiah).';
COMMENT ON COLUMN raw.oss_isi.tki_n IS 'Tenaga kerja terbaca.';
COMMENT ON COLUMN raw.oss_isi.tki_l_n IS 'Tenaga kerja laki-laki terbaca.';
COMMENT ON COLUMN raw.oss_isi.tki_p_n IS 'Tenaga kerja perempuan terbaca.';
COMMENT ON COLUMN raw.oss_isi.isi_a IS 'Isi baris (semua isian setelah tempatnya), di-hash: 64 bit pertama SHA-256.';
COMMENT ON COLUMN raw.oss_isi.isi_b IS '64 bit kedua SHA-256 isi baris.';
