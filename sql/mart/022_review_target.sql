-- mart.review_target: an indicator whose target for a year differs between
-- the tables of the Renstra that print it (Tabel 4.1, 6.1, 7.1, 7.2,
-- Lampiran). Targets are compared as numbers: "88,3" and "88,3%" agree.
CREATE TABLE mart.review_target AS
WITH t AS (
    SELECT * FROM clean.target WHERE status = 'ok' AND year IS NOT NULL AND NOT starts_with(kode_indikator, 'KEG:')
),
years AS (
    SELECT file_id, kode_indikator, year
    FROM t GROUP BY ALL HAVING count(DISTINCT value) > 1
)
SELECT 'Renstra' AS tabel, y.kode_indikator, y.year,
       (SELECT nama FROM clean.indikator i WHERE i.kode = y.kode_indikator LIMIT 1) AS indikator,
       string_agg(t.sumber || ': ' || meta.id_num(t.value) || CASE WHEN t.satuan = '%' THEN '%' ELSE '' END || ' (' || t.sheet || '!' || t.cell || ')', '; '
                  ORDER BY t.sumber, t.cell) AS values_list,
       min(t.file) AS file, arg_min(t.sheet, t.sumber || t.cell) AS sheet, arg_min(t.cell, t.sumber || t.cell) AS cell,
       min(t.value) AS min_value, max(t.value) AS max_value
FROM years y JOIN t USING (file_id, kode_indikator, year)
GROUP BY ALL;
COMMENT ON TABLE mart.review_target IS 'Indikator yang targetnya untuk satu tahun berbeda antar tabel Renstra (Tabel 4.1, 6.1, 7.1, 7.2, Lampiran).';
