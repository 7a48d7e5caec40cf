-- mart.laporan: what every workbook says about itself: whose report it is
-- (from the Renstra workbook) and the settings its figures depend on.
CREATE TABLE mart.laporan AS
SELECT
    coalesce((SELECT any_value(perangkat_daerah ORDER BY periode_akhir DESC) FROM clean.renstra), 'Perangkat Daerah') AS perangkat_daerah,
    (SELECT any_value(urusan ORDER BY periode_akhir DESC) FROM clean.renstra) AS urusan,
    (SELECT value FROM clean.settings WHERE key = 'metode_pertumbuhan') AS metode_pertumbuhan;
COMMENT ON TABLE mart.laporan IS 'Identitas laporan (perangkat daerah, urusan) dan pengaturan yang memengaruhi angka (metode pertumbuhan).';
