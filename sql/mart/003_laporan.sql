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
    (SELECT string_agg(uraian, '; ' ORDER BY kode) FROM clean.tujuan_sasaran WHERE jenis = 'Sasaran') AS sasaran,
    (SELECT string_agg(CASE WHEN batas IS NULL THEN '≤ ' || meta.id_num(atas) || ' ' || predikat
                            WHEN atas IS NULL THEN '> ' || meta.id_num(batas) || ' ' || predikat
                            ELSE '> ' || meta.id_num(batas) || ' s.d. ' || meta.id_num(atas) || ' ' || predikat END, '; ' ORDER BY urut)
     FROM (SELECT *, lag(batas) OVER (ORDER BY urut) AS atas FROM clean.skala_predikat)) AS skala_predikat,
    (SELECT any_value(CASE asal WHEN 'Pengaturan' THEN file || ', lembar ' || sheet ELSE asal END) FROM clean.skala_predikat) AS skala_predikat_asal
FROM meta.periode p;
COMMENT ON TABLE mart.laporan IS 'Identitas laporan (perangkat daerah, urusan, periode, Renstra, sasaran) dan pengaturan yang memengaruhi angka (metode pertumbuhan, skala predikat).';
COMMENT ON COLUMN mart.laporan.perangkat_daerah IS 'Nama perangkat daerah pada judul laporan, dari Renstra terbaru; Perangkat Daerah bila tidak ada Renstra.';
COMMENT ON COLUMN mart.laporan.urusan IS 'Kode dan nama urusan pemerintahan dari Renstra terbaru (mis. 2.11 Koperasi, Usaha Kecil dan Menengah); kosong bila tidak ada Renstra.';
COMMENT ON COLUMN mart.laporan.metode_pertumbuhan IS 'Metode rata-rata pertumbuhan Tabel 2.4 yang berlaku: awal_akhir (bawaan), rata_rata_tahunan atau cagr.';
COMMENT ON COLUMN mart.laporan.period IS 'Periode yang dilaporkan, TTTT-BB (meta.periode).';
COMMENT ON COLUMN mart.laporan.period_year IS 'Tahun periode.';
COMMENT ON COLUMN mart.laporan.period_month IS 'Bulan periode, 1–12.';
COMMENT ON COLUMN mart.laporan.renstra_awal IS 'Tahun awal Renstra yang mencakup tahun periode; kosong bila tidak ada.';
COMMENT ON COLUMN mart.laporan.renstra_akhir IS 'Tahun akhir Renstra yang mencakup tahun periode; kosong bila tidak ada.';
COMMENT ON COLUMN mart.laporan.sasaran IS 'Sasaran perangkat daerah menurut Renstra (dipisah titik koma bila lebih dari satu).';
COMMENT ON COLUMN mart.laporan.skala_predikat IS 'Skala predikat yang berlaku dalam kata-kata, mis. > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; …; ≤ 50 Sangat Rendah.';
COMMENT ON COLUMN mart.laporan.skala_predikat_asal IS 'Asal skala predikat: Permendagri 86/2017 (bawaan), atau berkas dan lembar Pengaturan tempat skala diketik.';
