-- clean.tabel24_rows: the rows of the published Tabel 2.4 (Anggaran dan
-- Realisasi Pendanaan Pelayanan, form T-C.24): section rows (I BELANJA TIDAK
-- LANGSUNG, II BELANJA LANGSUNG), program rows, and their values with cells.
CREATE TABLE clean.tabel24_rows AS
SELECT r.file_id, f.path AS file, r.sheet, r.seq, r.row_no, r.row_kind, r.section,
       r.row_key AS no, r.label AS uraian,
       (SELECT min(year) FROM raw.values y WHERE y.file_id = r.file_id AND y.sheet = r.sheet AND y.form = r.form) AS file_first_year,
       (SELECT max(year) FROM raw.values y WHERE y.file_id = r.file_id AND y.sheet = r.sheet AND y.form = r.form) AS file_last_year
FROM raw.rows r JOIN raw.files f USING (file_id)
WHERE r.form = 'tabel24' AND r.row_kind IN ('data', 'section');
COMMENT ON TABLE clean.tabel24_rows IS 'Baris Tabel 2.4 terbitan: bagian (I, II), No, uraian, dan rentang tahun berkasnya.';
