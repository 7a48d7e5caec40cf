-- mart.umkm_berkas: per I-Jus Melon or OSS export, the rows read, counted, and not
-- counted by reason, so a figure of mart.umkm_bulanan can be traced to the
-- files and the rows left out. A row has one reason: the finding of the row
-- (clean.ijus.masalah), else salinan (held again by a later export,
-- clean.ijus_salinan).
CREATE TABLE mart.umkm_berkas AS
WITH baris AS (
    SELECT 'IUMK' AS sistem, b.path AS file, k.dihitung, false AS salinan, false AS proyek_lain, k.masalah_semua, k.tanggal_terbit, false AS sudah_iumk, false AS besar
    FROM clean.ijus_keputusan k JOIN clean.berkas b USING (file_id)
    UNION ALL
    SELECT 'IUMK', b.path, false, true, false, NULL, s.tanggal_terbit, false, false FROM clean.ijus_salinan s JOIN clean.berkas b USING (file_id)
    UNION ALL
    -- an OSS business counts at the row of its first project; its other
    -- projects are proyek_lain
    SELECT 'OSS', o.file,
           coalesce(z.dihitung, false) AND u.file_id = o.file_id AND u.row_no = o.row_no AND u.sheet IS NOT DISTINCT FROM o.sheet,
           o.salinan,
           u.nib IS NOT NULL AND NOT (u.file_id = o.file_id AND u.row_no = o.row_no AND u.sheet IS NOT DISTINCT FROM o.sheet),
           CASE WHEN coalesce(u.duplikat_usaha, false) THEN list_append(o.masalah_semua, 'duplikat_usaha') ELSE o.masalah_semua END,
           o.tanggal_terbit, z.sama_dengan IS NOT NULL, coalesce(u.ukuran = 'besar', false)
    FROM clean.oss o
    -- (a copy is no business's row: the condition inside the key, so that
    -- the join stays a hash join; beside it, DuckDB compared every pair)
    LEFT JOIN clean.oss_usaha u ON u.nib = CASE WHEN NOT o.salinan THEN o.nib END
    LEFT JOIN clean.umkm_izin z ON z.sistem = 'OSS' AND z.nomor = u.nib
)
SELECT file, any_value(sistem) AS sistem, count(*) AS baris,
       count(*) FILTER (WHERE dihitung) AS dihitung,
       count(*) FILTER (WHERE salinan) AS salinan,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'wajib_kosong')) AS wajib_kosong,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'nik_salah')) AS nik_salah,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'nik_jenis_kelamin')) AS nik_jenis_kelamin,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'kecamatan_asing')) AS kecamatan_asing,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'duplikat_izin')) AS duplikat_izin,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'duplikat_usaha')) AS duplikat_usaha,
       min(tanggal_terbit) AS tanggal_awal, max(tanggal_terbit) AS tanggal_akhir,
       count(*) FILTER (WHERE proyek_lain) AS proyek_lain,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'nib_salah')) AS nib_salah,
       count(*) FILTER (WHERE list_contains(masalah_semua, 'kbli_salah')) AS kbli_salah,
       count(*) FILTER (WHERE sudah_iumk AND NOT proyek_lain) AS sudah_iumk,
       count(*) FILTER (WHERE besar AND NOT proyek_lain) AS usaha_besar
FROM baris GROUP BY file ORDER BY file;
COMMENT ON TABLE mart.umkm_berkas IS 'Per berkas ekspor I-Jus Melon: baris terbaca, dihitung, dan jumlah baris per masalah, untuk menelusuri angka UMKM ber-IUMK.';
COMMENT ON COLUMN mart.umkm_berkas.file IS 'Berkas ekspor, relatif terhadap folder masukan.';
COMMENT ON COLUMN mart.umkm_berkas.baris IS 'Baris data terbaca.';
COMMENT ON COLUMN mart.umkm_berkas.dihitung IS 'Baris yang dihitung sebagai UMKM ber-izin (clean.ijus.dihitung; untuk OSS baris proyek pertama NIB yang dihitung, clean.umkm_izin.dihitung).';
COMMENT ON COLUMN mart.umkm_berkas.salinan IS 'Baris yang dimuat lagi oleh ekspor yang lebih baru (tidak dihitung dua kali, bukan temuan).';
COMMENT ON COLUMN mart.umkm_berkas.wajib_kosong IS 'Baris dengan nomor izin, tanggal terbit, NIK atau kecamatan kosong (dihitung bila hanya NIK yang kosong).';
COMMENT ON COLUMN mart.umkm_berkas.nik_salah IS 'Baris dengan NIK tidak sah (tetap dihitung: izinnya terbit).';
COMMENT ON COLUMN mart.umkm_berkas.nik_jenis_kelamin IS 'Baris yang jenis kelaminnya berbeda dengan NIK (tetap dihitung).';
COMMENT ON COLUMN mart.umkm_berkas.kecamatan_asing IS 'Baris dengan kecamatan di luar Kota Semarang (tidak dihitung).';
COMMENT ON COLUMN mart.umkm_berkas.duplikat_izin IS 'Baris yang nomor izinnya terdaftar lagi kemudian (yang terakhir dihitung).';
COMMENT ON COLUMN mart.umkm_berkas.duplikat_usaha IS 'Izin kedua orang dan usaha yang sama (tidak dihitung).';
COMMENT ON COLUMN mart.umkm_berkas.tanggal_awal IS 'Tanggal terbit paling awal di berkas.';
COMMENT ON COLUMN mart.umkm_berkas.tanggal_akhir IS 'Tanggal terbit paling akhir di berkas.';
COMMENT ON COLUMN mart.umkm_berkas.sistem IS 'IUMK (ekspor I-Jus Melon) atau OSS (ekspor NIB).';
COMMENT ON COLUMN mart.umkm_berkas.proyek_lain IS 'Ekspor OSS: baris proyek lain NIB yang sudah terhitung di baris proyek pertamanya (satu NIB satu usaha).';
COMMENT ON COLUMN mart.umkm_berkas.nib_salah IS 'Ekspor OSS: baris dengan NIB bukan 13 angka (tidak dihitung).';
COMMENT ON COLUMN mart.umkm_berkas.kbli_salah IS 'Ekspor OSS: baris dengan kode KBLI bukan lima angka (tetap dihitung, sektornya tidak diketahui).';
COMMENT ON COLUMN mart.umkm_berkas.sudah_iumk IS 'Ekspor OSS: NIB usaha yang sudah ber-IUMK (dihitung lewat IUMK-nya, tidak dua kali).';
COMMENT ON COLUMN mart.umkm_berkas.usaha_besar IS 'Ekspor OSS: NIB usaha besar (bukan UMKM, tidak dihitung).';
