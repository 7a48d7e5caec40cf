-- raw.ijus: every row of the I-Jus Melon licence exports, as read: the rows
-- of raw.ijus_isi and, at their own places, the repeats raw.ijus_sama
-- names, with the content of the row they repeat. The NIK is never stored:
-- only its keyed hash, a masked form, and what could be checked in it.
CREATE VIEW raw.ijus AS
SELECT * FROM raw.ijus_isi
UNION ALL BY NAME
SELECT s.file_id, s.sheet, s.row_no, i.nomor_izin, i.tanggal_terbit, i.nik_hash, i.nik_mask, i.nik_valid, i.nik_masalah, i.nik_perempuan, i.nik_wilayah, i.nama_pemilik, i.jenis_kelamin, i.nama_usaha, i.alamat, i.kelurahan, i.kecamatan, i.sektor, i.modal, i.omset, i.tenaga_kerja_l, i.tenaga_kerja_p, i.status, i.lainnya, i.tanggal_iso, i.modal_rp, i.omset_rp, i.tk_l_n, i.tk_p_n, i.isi_a, i.isi_b
FROM raw.ijus_sama s JOIN raw.ijus_isi i ON i.isi_a = s.isi_a AND i.isi_b = s.isi_b;
COMMENT ON VIEW raw.ijus IS 'Setiap baris ekspor izin I-Jus Melon seperti terbaca, satu kolom per isian apa pun judulnya di ekspor: raw.ijus_isi beserta baris yang berulang (raw.ijus_sama) di tempatnya sendiri. NIK tidak disimpan: hanya hash berkunci, bentuk tersamar, dan hasil pemeriksaannya.';
COMMENT ON COLUMN raw.ijus.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN raw.ijus.sheet IS 'Lembar, untuk ekspor .xlsx; kosong untuk .csv.';
COMMENT ON COLUMN raw.ijus.row_no IS 'Nomor baris di berkas (baris judul kolom dihitung), mulai dari 1.';
COMMENT ON COLUMN raw.ijus.nomor_izin IS 'Nomor izin (IUMK) seperti tertulis.';
COMMENT ON COLUMN raw.ijus.tanggal_terbit IS 'Tanggal terbit seperti tertulis: teks, atau tanggal sel diubah ke TTTT-BB-HH.';
COMMENT ON COLUMN raw.ijus.nik_hash IS 'HMAC-SHA-256 dari 16 angka NIK dengan kunci dari lingkungan (KINERJA_NIK_KEY atau KINERJA_NIK_KEY_FILE); kosong bila NIK bukan 16 angka atau kunci belum diatur.';
COMMENT ON COLUMN raw.ijus.nik_mask IS 'NIK tersamar: kode wilayah dan dua angka terakhir saja (337401********01); tersamar seluruhnya bila bukan 16 angka.';
COMMENT ON COLUMN raw.ijus.nik_valid IS 'Benar bila NIK 16 angka dengan kode provinsi, tanggal lahir dan nomor urut yang mungkin; kosong bila NIK kosong.';
COMMENT ON COLUMN raw.ijus.nik_masalah IS 'Mengapa NIK tidak sah, dalam Bahasa Indonesia.';
COMMENT ON COLUMN raw.ijus.nik_perempuan IS 'Jenis kelamin menurut NIK (tanggal lahir + 40 untuk perempuan); kosong bila NIK tidak sah.';
COMMENT ON COLUMN raw.ijus.nik_wilayah IS 'Enam angka pertama NIK: provinsi, kabupaten/kota, kecamatan (mis. 337401).';
COMMENT ON COLUMN raw.ijus.nama_pemilik IS 'Nama pemilik seperti tertulis.';
COMMENT ON COLUMN raw.ijus.jenis_kelamin IS 'Jenis kelamin seperti tertulis.';
COMMENT ON COLUMN raw.ijus.nama_usaha IS 'Nama usaha seperti tertulis.';
COMMENT ON COLUMN raw.ijus.alamat IS 'Alamat seperti tertulis.';
COMMENT ON COLUMN raw.ijus.kelurahan IS 'Kelurahan seperti tertulis.';
COMMENT ON COLUMN raw.ijus.kecamatan IS 'Kecamatan seperti tertulis (belum dinormalkan).';
COMMENT ON COLUMN raw.ijus.sektor IS 'Jenis/sektor usaha seperti tertulis.';
COMMENT ON COLUMN raw.ijus.modal IS 'Modal usaha seperti tertulis (angka, atau teks seperti Rp 25.000.000,- atau 25 jt).';
COMMENT ON COLUMN raw.ijus.omset IS 'Omset per tahun seperti tertulis.';
COMMENT ON COLUMN raw.ijus.tenaga_kerja_l IS 'Tenaga kerja laki-laki seperti tertulis.';
COMMENT ON COLUMN raw.ijus.tenaga_kerja_p IS 'Tenaga kerja perempuan seperti tertulis.';
COMMENT ON COLUMN raw.ijus.status IS 'Status izin seperti tertulis.';
COMMENT ON COLUMN raw.ijus.lainnya IS 'Kolom lain ekspor yang tidak dikenal, sebagai JSON {judul: isi}; disimpan, tidak diolah.';
COMMENT ON COLUMN raw.ijus.tanggal_iso IS 'Tanggal terbit terbaca (TTTT-BB-HH) dari sel tanggal, 30/06/2018 atau 30 Juni 2018; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN raw.ijus.modal_rp IS 'Modal usaha terbaca dalam rupiah (juga dari Rp 25.000.000,- atau 25 jt); kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN raw.ijus.omset_rp IS 'Omset per tahun terbaca dalam rupiah; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN raw.ijus.tk_l_n IS 'Tenaga kerja laki-laki terbaca sebagai angka.';
COMMENT ON COLUMN raw.ijus.tk_p_n IS 'Tenaga kerja perempuan terbaca sebagai angka.';
COMMENT ON COLUMN raw.ijus.isi_a IS '64 bit pertama SHA-256 isi baris (semua kolomnya kecuali berkas, lembar dan nomor baris): baris yang isinya sama persis berhash sama.';
COMMENT ON COLUMN raw.ijus.isi_b IS '64 bit kedua SHA-256 isi baris.';
