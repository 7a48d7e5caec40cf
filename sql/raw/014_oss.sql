-- raw.oss: every row of the OSS exports, as read: the rows of raw.oss_isi
-- and, at their own places, the repeats raw.oss_sama names, with the
-- content of the row they repeat. The NIK is never stored: only its keyed
-- hash, a masked form, and what could be checked in it.
CREATE VIEW raw.oss AS
SELECT * FROM raw.oss_isi
UNION ALL BY NAME
SELECT s.file_id, s.sheet, s.row_no, i.nib, i.id_proyek, i.tanggal_terbit, i.nik_hash, i.nik_mask, i.nik_valid, i.nik_masalah, i.nik_perempuan, i.nik_wilayah, i.nama_pemilik, i.jenis_kelamin, i.nama_usaha, i.alamat, i.kelurahan, i.kecamatan, i.skala_usaha, i.kbli, i.judul_kbli, i.risiko, i.jenis_pelaku_usaha, i.modal, i.jumlah_investasi, i.omset, i.tki, i.tki_l, i.tki_p, i.status, i.lainnya, i.tanggal_iso, i.modal_rp, i.investasi_rp, i.omset_rp, i.tki_n, i.tki_l_n, i.tki_p_n, i.isi_a, i.isi_b
FROM raw.oss_sama s JOIN raw.oss_isi i ON i.isi_a = s.isi_a AND i.isi_b = s.isi_b;
COMMENT ON VIEW raw.oss IS 'Setiap baris ekspor OSS seperti terbaca, satu kolom per isian apa pun judulnya di ekspor: raw.oss_isi beserta baris yang berulang (raw.oss_sama) di tempatnya sendiri. NIK tidak disimpan: hanya hash berkunci, bentuk tersamar, dan hasil pemeriksaannya.';
COMMENT ON COLUMN raw.oss.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN raw.oss.sheet IS 'Lembar, untuk ekspor .xlsx; kosong untuk .csv.';
COMMENT ON COLUMN raw.oss.row_no IS 'Nomor baris di berkas (baris judul kolom dihitung), mulai dari 1.';
COMMENT ON COLUMN raw.oss.nib IS 'NIB (Nomor Induk Berusaha) seperti tertulis.';
COMMENT ON COLUMN raw.oss.id_proyek IS 'ID proyek seperti tertulis; satu NIB dapat memiliki beberapa proyek (KBLI).';
COMMENT ON COLUMN raw.oss.tanggal_terbit IS 'Tanggal terbit (tgl_terbit_oss) seperti tertulis: teks, atau tanggal sel diubah ke TTTT-BB-HH.';
COMMENT ON COLUMN raw.oss.nik_hash IS 'HMAC-SHA-256 dari 16 angka NIK pemilik dengan kunci dari lingkungan (KINERJA_NIK_KEY atau KINERJA_NIK_KEY_FILE); kosong bila tidak ada NIK, NIK bukan 16 angka atau kunci belum diatur.';
COMMENT ON COLUMN raw.oss.nik_mask IS 'NIK tersamar: kode wilayah dan dua angka terakhir saja; tersamar seluruhnya bila bukan 16 angka.';
COMMENT ON COLUMN raw.oss.nik_valid IS 'Benar bila NIK 16 angka dengan kode provinsi, tanggal lahir dan nomor urut yang mungkin; kosong bila NIK kosong.';
COMMENT ON COLUMN raw.oss.nik_masalah IS 'Mengapa NIK tidak sah, dalam Bahasa Indonesia.';
COMMENT ON COLUMN raw.oss.nik_perempuan IS 'Jenis kelamin menurut NIK (tanggal lahir + 40 untuk perempuan); kosong bila NIK tidak sah.';
COMMENT ON COLUMN raw.oss.nik_wilayah IS 'Enam angka pertama NIK.';
COMMENT ON COLUMN raw.oss.nama_pemilik IS 'Nama pemilik/penanggung jawab seperti tertulis.';
COMMENT ON COLUMN raw.oss.jenis_kelamin IS 'Jenis kelamin pemilik seperti tertulis.';
COMMENT ON COLUMN raw.oss.nama_usaha IS 'Nama perusahaan/usaha seperti tertulis.';
COMMENT ON COLUMN raw.oss.alamat IS 'Alamat usaha seperti tertulis.';
COMMENT ON COLUMN raw.oss.kelurahan IS 'Kelurahan usaha seperti tertulis.';
COMMENT ON COLUMN raw.oss.kecamatan IS 'Kecamatan usaha seperti tertulis.';
COMMENT ON COLUMN raw.oss.skala_usaha IS 'Skala usaha seperti tertulis (uraian_skala_usaha: Usaha Mikro …, atau kode 01 Mikro … 04 Besar).';
COMMENT ON COLUMN raw.oss.kbli IS 'Kode KBLI proyek seperti tertulis (KBLI 2020: lima angka).';
COMMENT ON COLUMN raw.oss.judul_kbli IS 'Judul KBLI seperti tertulis.';
COMMENT ON COLUMN raw.oss.risiko IS 'Tingkat risiko proyek seperti tertulis (uraian_risiko_proyek).';
COMMENT ON COLUMN raw.oss.jenis_pelaku_usaha IS 'Jenis pelaku usaha seperti tertulis (orang perseorangan, badan usaha …).';
COMMENT ON COLUMN raw.oss.modal IS 'Modal usaha/modal kerja seperti tertulis.';
COMMENT ON COLUMN raw.oss.jumlah_investasi IS 'Jumlah investasi proyek seperti tertulis.';
COMMENT ON COLUMN raw.oss.omset IS 'Hasil penjualan/omset per tahun seperti tertulis.';
COMMENT ON COLUMN raw.oss.tki IS 'Tenaga kerja Indonesia proyek seperti tertulis.';
COMMENT ON COLUMN raw.oss.tki_l IS 'Tenaga kerja laki-laki seperti tertulis.';
COMMENT ON COLUMN raw.oss.tki_p IS 'Tenaga kerja perempuan seperti tertulis.';
COMMENT ON COLUMN raw.oss.status IS 'Status seperti tertulis.';
COMMENT ON COLUMN raw.oss.lainnya IS 'Kolom lain yang tidak dikenali (mis. latitude, longitude, kl_sektor_pembina), sebagai objek JSON judul kolom → isi.';
COMMENT ON COLUMN raw.oss.tanggal_iso IS 'Tanggal terbit terbaca, TTTT-BB-HH; kosong bila tidak terbaca.';
COMMENT ON COLUMN raw.oss.modal_rp IS 'Modal terbaca (rupiah); kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN raw.oss.investasi_rp IS 'Jumlah investasi terbaca (rupiah).';
COMMENT ON COLUMN raw.oss.omset_rp IS 'Omset terbaca (rupiah).';
COMMENT ON COLUMN raw.oss.tki_n IS 'Tenaga kerja terbaca.';
COMMENT ON COLUMN raw.oss.tki_l_n IS 'Tenaga kerja laki-laki terbaca.';
COMMENT ON COLUMN raw.oss.tki_p_n IS 'Tenaga kerja perempuan terbaca.';
COMMENT ON COLUMN raw.oss.isi_a IS 'Isi baris (semua isian setelah tempatnya), di-hash: 64 bit pertama SHA-256.';
COMMENT ON COLUMN raw.oss.isi_b IS '64 bit kedua SHA-256 isi baris.';
