-- clean.tabel23_rows and clean.tabel23: published Tabel 2.3 (Review
-- Pencapaian Kinerja Pelayanan, Permendagri 86/2017 form T-C.23) as typed
-- rows and values, each value with the cell it came from. Where several
-- files publish the same row, measure and year, the last file in path order
-- wins (clean keeps all of them; marts pick).
CREATE TABLE clean.tabel23_rows AS
SELECT r.file_id, f.path AS file, r.sheet, r.seq, r.row_no, r.row_kind, r.section,
       r.row_key AS no, r.label AS indikator,
       (SELECT min(year) FROM raw.values y WHERE y.file_id = r.file_id AND y.sheet = r.sheet AND y.form = r.form) AS file_first_year,
       (SELECT max(year) FROM raw.values y WHERE y.file_id = r.file_id AND y.sheet = r.sheet AND y.form = r.form) AS file_last_year
FROM raw.rows r JOIN raw.files f USING (file_id)
WHERE r.form = 'tabel23' AND r.row_kind IN ('data', 'section');
COMMENT ON TABLE clean.tabel23_rows IS 'Baris Tabel 2.3 terbitan: No, indikator, dan rentang tahun berkasnya.';

CREATE TABLE clean.tabel23 AS
SELECT r.file_id, r.file, r.sheet, r.seq, r.no, r.indikator,
       v.field AS measure, v.year, v.num AS value, coalesce(v.percent, false) AS percent,
       v.status, v.raw_text, v.cell
FROM raw.values v
JOIN clean.tabel23_rows r ON r.file_id = v.file_id AND r.sheet = v.sheet AND r.row_no = v.row_no
WHERE v.form = 'tabel23' AND r.row_kind = 'data';
COMMENT ON TABLE clean.tabel23 IS 'Nilai Tabel 2.3 terbitan: target, realisasi, rasio per tahun (dan target SPM/IKK/lainnya), dengan sel asalnya.';
