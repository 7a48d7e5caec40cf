-- mart.evaluasi_renja_predikat: the footer of each E.81 form — the average
-- tingkat capaian (columns 14 and 16, kinerja and anggaran) over the rows
-- that have one, and its predikat on the scale in force (clean.skala_predikat;
-- Permendagri 86/2017's unless the office set its own), for the Dinas and for
-- each unit. Program outcomes and kegiatan outputs are averaged apart
-- (tingkat), as the form keeps the two levels: a program's Rp is the sum of
-- its kegiatan, so averaging both levels together would count the same
-- rupiah twice. Averages are rounded half up to two decimals; the predikat
-- is of the rounded average. Before the fourth quarter the figures are the
-- year to date against the year's target.
CREATE TABLE mart.evaluasi_renja_predikat AS
WITH r AS (
    SELECT triwulan, year, 'Dinas' AS lingkup, 0 AS urut, jenis AS tingkat,
           capaian_tahun_k, capaian_tahun_rp, capaian_renstra_k, capaian_renstra_rp FROM mart.evaluasi_renja
    UNION ALL
    SELECT triwulan, year, unit, 1, jenis,
           capaian_tahun_k, capaian_tahun_rp, capaian_renstra_k, capaian_renstra_rp FROM mart.evaluasi_renja
),
a AS (
    SELECT triwulan, year, lingkup, urut, tingkat,
           count(capaian_tahun_k) AS baris_k, count(capaian_tahun_rp) AS baris_rp,
           meta.pct_round2(sum(capaian_tahun_k), 100 * count(capaian_tahun_k)) AS rata_k,
           meta.pct_round2(sum(capaian_tahun_rp), 100 * count(capaian_tahun_rp)) AS rata_rp,
           meta.pct_round2(sum(capaian_renstra_k), 100 * count(capaian_renstra_k)) AS renstra_k,
           meta.pct_round2(sum(capaian_renstra_rp), 100 * count(capaian_renstra_rp)) AS renstra_rp
    FROM r GROUP BY ALL
)
SELECT triwulan, year, lingkup, tingkat,
       baris_k, rata_k AS rata_capaian_k, meta.predikat(rata_k) AS predikat_k,
       baris_rp, rata_rp AS rata_capaian_rp, meta.predikat(rata_rp) AS predikat_rp,
       renstra_k AS rata_renstra_k, meta.predikat(renstra_k) AS predikat_renstra_k,
       renstra_rp AS rata_renstra_rp, meta.predikat(renstra_rp) AS predikat_renstra_rp
FROM a ORDER BY triwulan, urut, lingkup, tingkat DESC;
COMMENT ON TABLE mart.evaluasi_renja_predikat IS 'Kaki formulir E.81: rata-rata tingkat capaian Renja (kolom 14) dan Renstra (kolom 16), kinerja dan anggaran, dan predikatnya, per triwulan, untuk Dinas dan tiap unit, terpisah untuk program dan kegiatan.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.triwulan IS 'Triwulan formulir; sebelum triwulan IV angkanya s.d. triwulan itu terhadap target tahunan.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.year IS 'Tahun Renja.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.lingkup IS 'Dinas (semua baris) atau kode unit.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.tingkat IS 'program (indikator outcome program; Rp = jumlah kegiatannya) atau kegiatan (indikator output kegiatan).';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.baris_k IS 'Jumlah baris yang punya capaian kinerja (kolom 14 K).';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.rata_capaian_k IS 'Rata-rata tingkat capaian kinerja Renja (kolom 14 K, %), dua desimal.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.predikat_k IS 'Predikat kinerja dari rata-rata kolom 14 K: Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah (atau skala kantor).';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.baris_rp IS 'Jumlah baris yang punya tingkat realisasi anggaran (kolom 14 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.rata_capaian_rp IS 'Rata-rata tingkat realisasi anggaran Renja (kolom 14 Rp, %), dua desimal.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.predikat_rp IS 'Predikat realisasi anggaran Renja pada skala yang sama.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.rata_renstra_k IS 'Rata-rata tingkat capaian kinerja Renstra s.d. tahun berjalan (kolom 16 K, %).';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.predikat_renstra_k IS 'Predikat dari rata-rata kolom 16 K.';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.rata_renstra_rp IS 'Rata-rata tingkat realisasi anggaran Renstra s.d. tahun berjalan (kolom 16 Rp, %).';
COMMENT ON COLUMN mart.evaluasi_renja_predikat.predikat_renstra_rp IS 'Predikat dari rata-rata kolom 16 Rp.';
