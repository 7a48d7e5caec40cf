-- clean.tabel23: the values of the published Tabel 2.3 — targets, realisasi and
-- rasio per year, and target SPM / IKK / lainnya — each with the cell it came
-- from, as typed (percent flag kept).
CREATE TABLE clean.tabel23 AS
SELECT r.file_id, r.file, r.sheet, r.seq, r.no, r.indikator,
       v.field AS measure, v.year, v.num AS value, coalesce(v.percent, false) AS percent,
       v.status, v.raw_text, v.cell
FROM raw.values v
JOIN clean.tabel23_rows r ON r.file_id = v.file_id AND r.sheet = v.sheet AND r.row_no = v.row_no
WHERE v.form = 'tabel23' AND r.row_kind = 'data';
COMMENT ON TABLE clean.tabel23 IS 'Nilai Tabel 2.3 terbitan: target, realisasi, rasio per tahun (dan target SPM/IKK/lainnya), dengan sel asalnya.';
