-- clean.tabel23_rows: the rows of the published Tabel 2.3 (Review
-- Pencapaian Kinerja Pelayanan, Permendagri 86/2017 form T-C.23) with the
-- year span of the file that published them. Where several files publish the
-- same row, measure and year, clean keeps all of them and the marts take the
-- last file in path order.
CREATE TABLE clean.tabel23_rows AS
SELECT r.file_id, f.path AS file, r.sheet, r.seq, r.row_no, r.row_kind, r.section,
       r.row_key AS no, r.label AS indikator,
       (SELECT min(year) FROM raw.values y WHERE y.file_id = r.file_id AND y.sheet = r.sheet AND y.form = r.form) AS file_first_year,
       (SELECT max(year) FROM raw.values y WHERE y.file_id = r.file_id AND y.sheet = r.sheet AND y.form = r.form) AS file_last_year
FROM raw.rows r JOIN raw.files f USING (file_id)
WHERE r.form = 'tabel23' AND r.row_kind IN ('data', 'section');
COMMENT ON TABLE clean.tabel23_rows IS 'Baris Tabel 2.3 terbitan: No, indikator, dan rentang tahun berkasnya.';
