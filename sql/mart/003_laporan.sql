-- mart.laporan: what every workbook says about itself: whose report it is
-- (from the Renstra workbook), the period it reports (meta.periode), the
-- Renstra covering that period, and the settings its figures depend on.
CREATE TABLE mart.laporan AS
SELECT
    coalesce((SELECT any_value(perangkat_daerah ORDER BY periode_akhir DESC) FROM clean.renstra), 'Perangkat Daerah') AS perangkat_daerah,
    (SELECT any_value(urusan ORDER BY periode_akhir DESC) FROM clean.renstra) AS urusan,
    (SELECT value FROM clean.settings WHERE key = 'metode_pertumbuhan') AS metode_pertumbuhan,
    p.period, p.year AS period_year, p.month AS period_month,
    (SELECT min(periode_awal) FROM clean.renstra r WHERE p.year BETWEEN r.periode_awal AND r.periode_akhir) AS renstra_awal,
    (SELECT max(periode_akhir) FROM clean.renstra r WHERE p.year BETWEEN r.periode_awal AND r.periode_akhir) AS renstra_akhir,
    (SELECT string_agg(uraian, '; ' ORDER BY kode) FROM clean.tujuan_sasaran WHERE jenis = 'Sasaran') AS sasaran
FROM meta.periode p;
COMMENT ON TABLE mart.laporan IS 'Identitas laporan (perangkat daerah, urusan, periode, Renstra, sasaran) dan pengaturan yang memengaruhi angka (metode pertumbuhan).';
COMMENT ON COLUMN mart.laporan.perangkat_daerah IS 'Nama perangkat daerah pada judul laporan, dari Renstra terbaru; Perangkat Daerah bila tidak ada Renstra.';
COMMENT ON COLUMN mart.laporan.urusan IS 'Kode dan nama urusan pemerintahan dari Renstra terbaru (mis. 2.11 Koperasi, Usaha Kecil dan Menengah); kosong bila tidak ada Renstra.';
COMMENT ON COLUMN mart.laporan.metode_pertumbuhan IS 'Metode rata-rata pertumbuhan Tabel 2.4 yang berlaku: awal_akhir (bawaan), rata_rata_tahunan atau cagr.';
COMMENT ON COLUMN mart.laporan.period IS 'Periode yang dilaporkan, TTTT-BB (meta.periode).';
COMMENT ON COLUMN mart.laporan.period_year IS 'Tahun periode.';
COMMENT ON COLUMN mart.laporan.period_month IS 'Bulan periode, 1–12.';
COMMENT ON COLUMN mart.laporan.renstra_awal IS 'Tahun awal Renstra yang mencakup tahun periode; kosong bila tidak ada.';
COMMENT ON COLUMN mart.laporan.renstra_akhir IS 'Tahun akhir Renstra yang mencakup tahun periode; kosong bila tidak ada.';
COMMENT ON COLUMN mart.laporan.sasaran IS 'Sasaran perangkat daerah menurut Renstra (dipisah titik koma bila lebih dari satu).';
