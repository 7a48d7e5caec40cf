-- clean.skala_predikat_isian: the predikat scale as typed in the Pengaturan
-- workbook (sheet Skala Predikat, the latest workbook that has one), a row
-- per predikat, with what is wrong with the row if anything. A scale with
-- any problem is not used (clean.skala_predikat falls back to Permendagri
-- 86/2017) and each problem is listed in the review.
CREATE TABLE clean.skala_predikat_isian AS
WITH typed AS (
    SELECT v.file_id, v.sheet, v.row_no,
           trim(max(v.raw_text) FILTER (WHERE v.field = 'predikat'))        AS predikat,
           max(v.num) FILTER (WHERE v.field = 'batas' AND v.status = 'ok')  AS batas,
           max(v.raw_text) FILTER (WHERE v.field = 'batas')                 AS batas_raw,
           bool_or(v.field = 'batas' AND v.status = 'tidak_terbaca')        AS batas_salah,
           coalesce(max(v.cell) FILTER (WHERE v.field = 'predikat'), min(v.cell)) AS cell
    FROM raw.values v
    WHERE v.form = 'pengaturan.predikat'
    GROUP BY ALL
    HAVING coalesce(trim(max(v.raw_text) FILTER (WHERE v.field IN ('predikat', 'batas'))), '') <> ''
),
latest AS (SELECT * FROM typed WHERE file_id = (SELECT max(file_id) FROM typed)),
checked AS (
    SELECT l.*,
           count(*) FILTER (WHERE batas IS NULL AND NOT batas_salah) OVER () AS tanpa_batas,
           count(*) OVER (PARTITION BY batas) AS sama,
           row_number() OVER (ORDER BY row_no DESC) = 1 AS terakhir
    FROM latest l
)
SELECT f.path AS file, c.sheet, c.row_no, c.cell, c.predikat, CAST(c.batas AS DECIMAL(38,10)) AS batas, c.batas_raw,
       CASE WHEN coalesce(c.predikat, '') = '' THEN 'Nama predikat kosong.'
            WHEN c.batas_salah THEN 'Batas "' || c.batas_raw || '" tidak terbaca sebagai angka.'
            WHEN c.batas IS NULL AND c.tanpa_batas > 1 THEN 'Lebih dari satu predikat tanpa batas; hanya predikat terendah yang dikosongkan batasnya.'
            WHEN c.batas IS NOT NULL AND c.sama > 1 THEN 'Batas ' || meta.id_num(c.batas) || ' dipakai lebih dari satu predikat.'
            WHEN c.terakhir AND c.tanpa_batas = 0 THEN 'Tidak ada predikat terendah: kosongkan batas predikat untuk capaian selebihnya.'
       END AS masalah
FROM checked c JOIN raw.files f ON f.file_id = c.file_id;
COMMENT ON TABLE clean.skala_predikat_isian IS 'Skala predikat seperti diketik di lembar Skala Predikat workbook Pengaturan, dengan masalah tiap baris; skala yang bermasalah tidak dipakai.';
COMMENT ON COLUMN clean.skala_predikat_isian.file IS 'Berkas Pengaturan.';
COMMENT ON COLUMN clean.skala_predikat_isian.sheet IS 'Lembar Skala Predikat.';
COMMENT ON COLUMN clean.skala_predikat_isian.row_no IS 'Nomor baris.';
COMMENT ON COLUMN clean.skala_predikat_isian.cell IS 'Sel nama predikat.';
COMMENT ON COLUMN clean.skala_predikat_isian.predikat IS 'Nama predikat seperti diketik.';
COMMENT ON COLUMN clean.skala_predikat_isian.batas IS 'Capaian (%) yang harus dilampaui; kosong untuk predikat terendah.';
COMMENT ON COLUMN clean.skala_predikat_isian.batas_raw IS 'Isi sel batas seperti diketik.';
COMMENT ON COLUMN clean.skala_predikat_isian.masalah IS 'Yang salah pada baris ini; kosong bila baik.';
