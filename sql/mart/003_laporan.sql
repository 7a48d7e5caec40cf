-- mart.laporan: what every workbook says about itself: whose report it is
-- (from the Renstra workbook) and the settings its figures depend on.
CREATE TABLE mart.laporan AS
SELECT
    coalesce((SELECT any_value(perangkat_daerah ORDER BY periode_akhir DESC) FROM clean.renstra), 'Perangkat Daerah') AS perangkat_daerah,
    (SELECT any_value(urusan ORDER BY periode_akhir DESC) FROM clean.renstra) AS urusan,
    (SELECT value FROM clean.settings WHERE key = 'metode_pertumbuhan') AS metode_pertumbuhan;
COMMENT ON TABLE mart.laporan IS 'Identitas laporan (perangkat daerah, urusan) dan pengaturan yang memengaruhi angka (metode pertumbuhan).';
COMMENT ON COLUMN mart.laporan.perangkat_daerah IS 'Nama perangkat daerah pada judul laporan, dari Renstra terbaru; Perangkat Daerah bila tidak ada Renstra.';
COMMENT ON COLUMN mart.laporan.urusan IS 'Kode dan nama urusan pemerintahan dari Renstra terbaru (mis. 2.11 Koperasi, Usaha Kecil dan Menengah); kosong bila tidak ada Renstra.';
COMMENT ON COLUMN mart.laporan.metode_pertumbuhan IS 'Metode rata-rata pertumbuhan Tabel 2.4 yang berlaku: awal_akhir (bawaan), rata_rata_tahunan atau cagr.';
