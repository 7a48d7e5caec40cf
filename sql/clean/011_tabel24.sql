-- clean.tabel24_rows and clean.tabel24: published Tabel 2.4 (Anggaran dan
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

CREATE TABLE clean.tabel24 AS
SELECT r.file_id, r.file, r.sheet, r.seq, r.section, r.no, r.uraian,
       v.field AS measure, v.year, v.num AS value, v.status, v.raw_text, v.cell
FROM raw.values v
JOIN clean.tabel24_rows r ON r.file_id = v.file_id AND r.sheet = v.sheet AND r.row_no = v.row_no
WHERE v.form = 'tabel24' AND r.row_kind = 'data';
COMMENT ON TABLE clean.tabel24 IS 'Nilai Tabel 2.4 terbitan: anggaran, realisasi, rasio per tahun dan rata-rata pertumbuhan, dengan sel asalnya.';
