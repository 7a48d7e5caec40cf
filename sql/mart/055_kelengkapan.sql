-- mart.kelengkapan: which monthly reports came. Every unit with a plan for
-- the period's year (mart.rencana_tahunan) and Sub Bagian Keuangan dan Aset
-- (KEU) owe a report for every month from January to the period; one row
-- per unit and month with the file used (the current version) and the
-- versions it replaced. A file nobody could identify counts for no one.
CREATE TABLE mart.kelengkapan AS
WITH p AS (SELECT year, month FROM meta.periode),
units AS (
    SELECT u.kode, u.nama, u.urut FROM mart.unit u
    WHERE u.kode IN (SELECT r.unit FROM mart.rencana_tahunan r JOIN p ON r.year = p.year WHERE r.berlaku)
    UNION ALL SELECT 'KEU', 'Sub Bagian Keuangan dan Aset', 100
),
expected AS (
    SELECT u.kode AS unit, u.nama, u.urut, p.year, CAST(m.month AS INTEGER) AS month
    FROM units u, p, range(1, p.month + 1) m(month)
),
files AS (
    SELECT unit, year, month,
           max(path) FILTER (WHERE current) AS file,
           string_agg(path, '; ' ORDER BY path) FILTER (WHERE NOT current) AS diganti
    FROM clean.laporan WHERE unit IS NOT NULL AND year IS NOT NULL AND month IS NOT NULL
    GROUP BY ALL
)
SELECT e.unit, e.nama AS unit_nama, e.urut, e.year, e.month, f.file IS NOT NULL AS ada, f.file, f.diganti
FROM expected e LEFT JOIN files f USING (unit, year, month)
ORDER BY e.urut, e.unit, e.month;
COMMENT ON TABLE mart.kelengkapan IS 'Kelengkapan laporan bulanan: setiap unit yang punya rencana tahun itu dan Keuangan, setiap bulan Januari s.d. periode, dengan berkas yang dipakai dan versi yang digantikannya.';
COMMENT ON COLUMN mart.kelengkapan.unit IS 'Kode unit; KEU untuk Sub Bagian Keuangan dan Aset.';
COMMENT ON COLUMN mart.kelengkapan.unit_nama IS 'Nama unit.';
COMMENT ON COLUMN mart.kelengkapan.urut IS 'Urutan unit (Renstra), Keuangan terakhir.';
COMMENT ON COLUMN mart.kelengkapan.year IS 'Tahun.';
COMMENT ON COLUMN mart.kelengkapan.month IS 'Bulan.';
COMMENT ON COLUMN mart.kelengkapan.ada IS 'Benar bila laporan unit bulan itu ada.';
COMMENT ON COLUMN mart.kelengkapan.file IS 'Berkas laporan yang dipakai (versi terakhir).';
COMMENT ON COLUMN mart.kelengkapan.diganti IS 'Berkas versi lebih awal yang digantikan, dipisah titik koma; kosong bila tidak ada.';
