-- mart.evaluasi_renja_predikat: the footer of each E.81 form — the average
-- tingkat capaian of the year's Renja (kinerja and anggaran) over the rows
-- that have one, and its predikat on the Permendagri 86/2017 scale (> 90
-- Sangat Tinggi, > 75 Tinggi, > 65 Sedang, > 50 Rendah, else Sangat
-- Rendah), for the Dinas and for each unit. Averages are rounded half up to
-- two decimals; the predikat is of the rounded average.
CREATE TABLE mart.evaluasi_renja_predikat AS
WITH r AS (
    SELECT triwulan, year, 'Dinas' AS lingkup, 0 AS urut, capaian_tahun_k, capaian_tahun_rp FROM mart.evaluasi_renja
    UNION ALL
    SELECT triwulan, year, unit, 1, capaian_tahun_k, capaian_tahun_rp FROM mart.evaluasi_renja
),
a AS (
    SELECT triwulan, year, lingkup, urut,
           count(capaian_tahun_k) AS baris_k, count(capaian_tahun_rp) AS baris_rp,
           meta.pct_round2(sum(capaian_tahun_k), 100 * count(capaian_tahun_k)) AS rata_k,
           meta.pct_round2(sum(capaian_tahun_rp), 100 * count(capaian_tahun_rp)) AS rata_rp
    FROM r GROUP BY ALL
)
SELECT triwulan, year, lingkup, baris_k, rata_k AS rata_capaian_k, meta.predikat(rata_k) AS predikat_k,
       baris_rp, rata_rp AS rata_capaian_rp, meta.predikat(rata_rp) AS predikat_rp
FROM a ORDER BY triwulan, urut, lingkup;
COMMENT ON TABLE mart.evaluasi_renja_predikat IS 'Kaki formulir E.81: rata-rata tingkat capaian Renja tahun berjalan (kinerja dan anggaran) dan predikatnya, per triwulan, untuk Dinas dan tiap unit.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.triwulan IS 'Triwulan formulir.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.year IS 'Tahun Renja.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.lingkup IS 'Dinas (semua baris) atau kode unit.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.baris_k IS 'Jumlah baris yang punya capaian kinerja.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.rata_capaian_k IS 'Rata-rata tingkat capaian kinerja (%), dua desimal.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.predikat_k IS 'Predikat kinerja: Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.baris_rp IS 'Jumlah baris yang punya tingkat realisasi anggaran.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.rata_capaian_rp IS 'Rata-rata tingkat realisasi anggaran (%), dua desimal.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.predikat_rp IS 'Predikat realisasi anggaran pada skala yang sama.';
