-- clean.indikator: each indicator with satuan, polarity, formula (Lampiran)
-- and responsible unit. Polarity decides capaian: positif R ÷ T × 100,
-- negatif (2T − R) ÷ T × 100. A blank or unknown polarity is read as positif
-- and listed in the review.
CREATE TABLE clean.indikator AS
WITH p AS (
    SELECT file_id, sheet, row_no,
           trim(max(raw_text) FILTER (WHERE field = 'kode'))       AS kode,
           max(raw_text) FILTER (WHERE field = 'nama')             AS nama,
           trim(max(raw_text) FILTER (WHERE field = 'tingkat'))    AS tingkat,
           trim(max(raw_text) FILTER (WHERE field = 'kode_induk')) AS kode_induk,
           trim(max(raw_text) FILTER (WHERE field = 'satuan'))     AS satuan,
           lower(trim(max(raw_text) FILTER (WHERE field = 'polaritas'))) AS polaritas_typed,
           max(cell) FILTER (WHERE field = 'polaritas')            AS polaritas_cell,
           max(raw_text) FILTER (WHERE field = 'formula')          AS formula,
           upper(trim(max(raw_text) FILTER (WHERE field = 'unit'))) AS unit,
           max(raw_text) FILTER (WHERE field = 'nama_lain')        AS nama_lain,
           max(raw_text) FILTER (WHERE field = 'catatan')          AS catatan
    FROM raw.values WHERE form = 'renstra.indikator'
    GROUP BY file_id, sheet, row_no
)
SELECT p.file_id, f.path AS file, p.sheet, p.row_no, p.kode, p.nama, p.tingkat, p.kode_induk, p.satuan,
       CASE WHEN p.polaritas_typed IN ('negatif', 'negative', '-') THEN 'negatif' ELSE 'positif' END AS polaritas,
       p.polaritas_typed, p.polaritas_cell,
       p.formula, p.unit, p.nama_lain, p.catatan
FROM p JOIN raw.files f USING (file_id);
COMMENT ON TABLE clean.indikator IS 'Indikator kinerja: satuan, polaritas (positif: makin besar makin baik; negatif: sebaliknya), formula Lampiran, unit penanggung jawab.';
