-- raw.sipd: every row of the SIPD-RI exports, as read: the rows of
-- raw.sipd_isi and, at their own places, the repeats raw.sipd_sama names,
-- with the content of the row they repeat.
CREATE VIEW raw.sipd AS
SELECT * FROM raw.sipd_isi
UNION ALL BY NAME
SELECT s.file_id, s.sheet, s.row_no, i.tahun, i.bulan, i.kode_skpd, i.nama_skpd, i.kode_program, i.kode_sub_kegiatan, i.nama_sub_kegiatan, i.kode_rekening, i.nama_rekening, i.level, i.periode, i.pagu, i.pagu_murni, i.realisasi_lalu, i.realisasi_bulan, i.realisasi, i.persen, i.sisa, i.sumber_dana, i.keterangan, i.kolom_pagu, i.kolom_realisasi, i.lainnya, i.periode_iso, i.pagu_rp, i.pagu_murni_rp, i.realisasi_lalu_rp, i.realisasi_bulan_rp, i.realisasi_rp, i.isi_a, i.isi_b
FROM raw.sipd_sama s JOIN raw.sipd_isi i ON i.isi_a = s.isi_a AND i.isi_b = s.isi_b;
COMMENT ON VIEW raw.sipd IS 'Setiap baris ekspor realisasi SIPD-RI seperti terbaca, satu kolom per isian apa pun judulnya di ekspor: raw.sipd_isi beserta baris yang berulang (raw.sipd_sama) di tempatnya sendiri.';
COMMENT ON COLUMN raw.sipd.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN raw.sipd.sheet IS 'Lembar, untuk ekspor .xlsx; kosong untuk .csv.';
COMMENT ON COLUMN raw.sipd.row_no IS 'Nomor baris di berkas (baris judul kolom dihitung), mulai dari 1.';
COMMENT ON COLUMN raw.sipd.tahun IS 'Tahun anggaran seperti tertulis (tahun_anggaran).';
COMMENT ON COLUMN raw.sipd.bulan IS 'Bulan seperti tertulis, bila ekspor punya kolom bulan.';
COMMENT ON COLUMN raw.sipd.kode_skpd IS 'Kode SKPD/sub SKPD seperti tertulis.';
COMMENT ON COLUMN raw.sipd.nama_skpd IS 'Nama SKPD/sub SKPD seperti tertulis.';
COMMENT ON COLUMN raw.sipd.kode_program IS 'Kode program atau kegiatan seperti tertulis, bila ada.';
COMMENT ON COLUMN raw.sipd.kode_sub_kegiatan IS 'Kode sub kegiatan seperti tertulis (kode_sub_giat), mis. 2.17.07.2.01.0003.';
COMMENT ON COLUMN raw.sipd.nama_sub_kegiatan IS 'Nama sub kegiatan seperti tertulis; ada ekspor yang menulis kodenya di depan nama.';
COMMENT ON COLUMN raw.sipd.kode_rekening IS 'Kode rekening belanja seperti tertulis (kode_akun), mis. 5.1.02.01.01.0024.';
COMMENT ON COLUMN raw.sipd.nama_rekening IS 'Nama rekening seperti tertulis (nama_akun).';
COMMENT ON COLUMN raw.sipd.level IS 'Level rekening seperti tertulis, bila ada (LRA: 1–6).';
COMMENT ON COLUMN raw.sipd.periode IS 'Periode seperti tertulis (mis. s.d. Maret 2022), atau tanggal sel diubah ke TTTT-BB-HH.';
COMMENT ON COLUMN raw.sipd.pagu IS 'Pagu (anggaran setelah perubahan; nilai/nominal) seperti tertulis.';
COMMENT ON COLUMN raw.sipd.pagu_murni IS 'Pagu murni (sebelum perubahan/pergeseran) seperti tertulis.';
COMMENT ON COLUMN raw.sipd.realisasi_lalu IS 'Realisasi s.d. bulan lalu seperti tertulis, bila ada.';
COMMENT ON COLUMN raw.sipd.realisasi_bulan IS 'Realisasi bulan ini seperti tertulis, bila ada.';
COMMENT ON COLUMN raw.sipd.realisasi IS 'Realisasi s.d. bulan ini (kumulatif) seperti tertulis.';
COMMENT ON COLUMN raw.sipd.persen IS 'Persentase realisasi seperti tertulis.';
COMMENT ON COLUMN raw.sipd.sisa IS 'Sisa anggaran / lebih (kurang) seperti tertulis.';
COMMENT ON COLUMN raw.sipd.sumber_dana IS 'Sumber dana seperti tertulis.';
COMMENT ON COLUMN raw.sipd.keterangan IS 'Keterangan seperti tertulis.';
COMMENT ON COLUMN raw.sipd.kolom_pagu IS 'Huruf kolom pagu di berkas (untuk menunjuk selnya: kolom + row_no).';
COMMENT ON COLUMN raw.sipd.kolom_realisasi IS 'Huruf kolom realisasi s.d. bulan ini di berkas.';
COMMENT ON COLUMN raw.sipd.lainnya IS 'Kolom lain yang tidak dikenali, sebagai objek JSON judul kolom → isi.';
COMMENT ON COLUMN raw.sipd.periode_iso IS 'Akhir bulan yang menjadi batas realisasi kumulatif, TTTT-BB-HH: dari kolom periode, atau kolom bulan dan tahun, atau nama berkas; kosong bila tidak terbaca.';
COMMENT ON COLUMN raw.sipd.pagu_rp IS 'Pagu terbaca (rupiah); kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN raw.sipd.pagu_murni_rp IS 'Pagu murni terbaca (rupiah).';
COMMENT ON COLUMN raw.sipd.realisasi_lalu_rp IS 'Realisasi s.d. bulan lalu terbaca (rupiah).';
COMMENT ON COLUMN raw.sipd.realisasi_bulan_rp IS 'Realisasi bulan ini terbaca (rupiah).';
COMMENT ON COLUMN raw.sipd.realisasi_rp IS 'Realisasi s.d. bulan ini terbaca (rupiah).';
COMMENT ON COLUMN raw.sipd.isi_a IS 'Isi baris (semua isian setelah tempatnya), di-hash: 64 bit pertama SHA-256.';
COMMENT ON COLUMN raw.sipd.isi_b IS '64 bit kedua SHA-256 isi baris.';
