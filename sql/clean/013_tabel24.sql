-- clean.tabel24: the values of the published Tabel 2.4 — anggaran, realisasi
-- and rasio per year, rata-rata pertumbuhan — each with the cell it came from.
CREATE TABLE clean.tabel24 AS
SELECT r.file_id, r.file, r.sheet, r.seq, r.section, r.no, r.uraian,
       v.field AS measure, v.year, v.num AS value, v.status, v.raw_text, v.cell
FROM raw.values v
JOIN clean.tabel24_rows r ON r.file_id = v.file_id AND r.sheet = v.sheet AND r.row_no = v.row_no
WHERE v.form = 'tabel24' AND r.row_kind = 'data';
COMMENT ON TABLE clean.tabel24 IS 'Nilai Tabel 2.4 terbitan: anggaran, realisasi, rasio per tahun dan rata-rata pertumbuhan, dengan sel asalnya.';
