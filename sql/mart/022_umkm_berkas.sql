-- mart.umkm_berkas: per I-Jus Melon export, the rows read, counted, and not
-- counted by reason, so a figure of mart.umkm_bulanan can be traced to the
-- files and the rows left out. A row has one reason: the finding of the row
-- (clean.ijus.masalah), else salinan (held again by a later export,
-- clean.ijus_salinan).
CREATE TABLE mart.umkm_berkas AS
WITH baris AS (
    SELECT file, dihitung, false AS salinan, masalah_semua, tanggal_terbit FROM clean.ijus
    UNION ALL
    SELECT b.path, false, true, NULL, s.tanggal_terbit FROM clean.ijus_salinan s JOIN clean.berkas b USING (file_id)
)
SELECT file, count(*) AS baris,
       count(*) FILTER (WHERE dihitung) AS dihitung,
       count(*) FILTER (WHERE salinan) AS salinan,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'wajib_kosong')) AS wajib_kosong,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'nik_salah')) AS nik_salah,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'nik_jenis_kelamin')) AS nik_jenis_kelamin,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'kecamatan_asing')) AS kecamatan_asing,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'duplikat_izin')) AS duplikat_izin,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'duplikat_usaha')) AS duplikat_usaha,
       min(tanggal_terbit) AS tanggal_awal, max(tanggal_terbit) AS tanggal_akhir
FROM baris GROUP BY file ORDER BY file;
COMMENT ON TABLE mart.umkm_berkas IS 'Per berkas ekspor I-Jus Melon: baris terbaca, dihitung, dan jumlah baris per masalah, untuk menelusuri angka UMKM ber-IUMK.';
COMMENT ON COLUMN mart.umkm_berkas.file IS 'Berkas ekspor, relatif terhadap folder masukan.';
COMMENT ON COLUMN mart.umkm_berkas.baris IS 'Baris data terbaca.';
COMMENT ON COLUMN mart.umkm_berkas.dihitung IS 'Baris yang dihitung sebagai UMKM ber-IUMK (clean.ijus.dihitung).';
COMMENT ON COLUMN mart.umkm_berkas.salinan IS 'Baris yang dimuat lagi oleh ekspor yang lebih baru (tidak dihitung dua kali, bukan temuan).';
COMMENT ON COLUMN mart.umkm_berkas.wajib_kosong IS 'Baris dengan nomor izin, tanggal terbit, NIK atau kecamatan kosong (dihitung bila hanya NIK yang kosong).';
COMMENT ON COLUMN mart.umkm_berkas.nik_salah IS 'Baris dengan NIK tidak sah (tetap dihitung: izinnya terbit).';
COMMENT ON COLUMN mart.umkm_berkas.nik_jenis_kelamin IS 'Baris yang jenis kelaminnya berbeda dengan NIK (tetap dihitung).';
COMMENT ON COLUMN mart.umkm_berkas.kecamatan_asing IS 'Baris dengan kecamatan di luar Kota Semarang (tidak dihitung).';
COMMENT ON COLUMN mart.umkm_berkas.duplikat_izin IS 'Baris yang nomor izinnya terdaftar lagi kemudian (yang terakhir dihitung).';
COMMENT ON COLUMN mart.umkm_berkas.duplikat_usaha IS 'Izin kedua orang dan usaha yang sama (tidak dihitung).';
COMMENT ON COLUMN mart.umkm_berkas.tanggal_awal IS 'Tanggal terbit paling awal di berkas.';
COMMENT ON COLUMN mart.umkm_berkas.tanggal_akhir IS 'Tanggal terbit paling akhir di berkas.';
