-- clean.pagu: indicative budget per kode (or block) and year. A kegiatan
-- printed on two rows (unit changed from "12 bulan" to "100%") contributes
-- both rows; the year of each appears in one row only.
CREATE TABLE clean.pagu AS
SELECT file_id, file, sheet, blok, coalesce(kode, blok) AS kode, any_value(jenis) AS jenis, year,
       sum(value) AS rp, count(*) AS rows_with_value, string_agg(cell, ', ' ORDER BY row_no) AS cells
FROM clean.rencana
WHERE measure = 'rp' AND NOT akhir AND status = 'ok' AND NOT lanjutan
GROUP BY ALL;
COMMENT ON TABLE clean.pagu IS 'Pagu indikatif per program/kegiatan (atau blok belanja) per tahun, dari Tabel 6.1.';
