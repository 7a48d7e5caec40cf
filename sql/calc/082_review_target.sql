-- calc.review_target: an indicator whose target for a year differs between
-- the tables of the Renstra that print it (Tabel 4.1, 6.1, 7.1, 7.2,
-- Lampiran). Targets are compared as numbers: "88,3" and "88,3%" agree.
CREATE TABLE calc.review_target AS
WITH t AS (
    SELECT * FROM clean.target WHERE status = 'ok' AND year IS NOT NULL AND NOT starts_with(kode_indikator, 'KEG:')
),
years AS (
    SELECT file_id, kode_indikator, year
    FROM t GROUP BY ALL HAVING count(DISTINCT value) > 1
)
SELECT 'Renstra' AS tabel, y.kode_indikator, y.year,
       (SELECT min(nama) FROM clean.indikator i WHERE i.kode = y.kode_indikator AND i.file_id = y.file_id) AS indikator,
       string_agg(t.sumber || ': ' || meta.id_num(t.value) || CASE WHEN t.satuan = '%' THEN '%' ELSE '' END || ' (' || t.sheet || '!' || t.cell || ')', '; '
                  ORDER BY t.sumber, t.cell) AS values_list,
       min(t.file) AS file, arg_min(t.sheet, t.sumber || t.cell) AS sheet, arg_min(t.cell, t.sumber || t.cell) AS cell,
       min(t.value) AS min_value, max(t.value) AS max_value
FROM years y JOIN t USING (file_id, kode_indikator, year)
GROUP BY ALL;
COMMENT ON TABLE calc.review_target IS 'Indikator yang targetnya untuk satu tahun berbeda antar tabel Renstra (Tabel 4.1, 6.1, 7.1, 7.2, Lampiran).';
COMMENT ON COLUMN calc.review_target.tabel IS 'Dokumen yang diperiksa: Renstra.';
COMMENT ON COLUMN calc.review_target.kode_indikator IS 'Kode indikator yang targetnya berbeda (mis. IP-16-1; lihat clean.indikator).';
COMMENT ON COLUMN calc.review_target.year IS 'Tahun target yang berbeda (mis. 2017).';
COMMENT ON COLUMN calc.review_target.indikator IS 'Nama indikator dari clean.indikator.';
COMMENT ON COLUMN calc.review_target.values_list IS 'Target menurut setiap tabel, bentuk "sumber: nilai (lembar!sel)", dipisah titik koma.';
COMMENT ON COLUMN calc.review_target.file IS 'Workbook Renstra, relatif terhadap folder masukan.';
COMMENT ON COLUMN calc.review_target.sheet IS 'Lembar target pertama dalam urutan sumber (tempat menunjuk temuan).';
COMMENT ON COLUMN calc.review_target.cell IS 'Sel target pertama dalam urutan sumber (gaya A1).';
COMMENT ON COLUMN calc.review_target.min_value IS 'Target terkecil di antara tabel-tabel, dalam satuan indikator (persen sebagai angka persen, mis. 52).';
COMMENT ON COLUMN calc.review_target.max_value IS 'Target terbesar di antara tabel-tabel, dalam satuan indikator (persen sebagai angka persen, mis. 82).';
