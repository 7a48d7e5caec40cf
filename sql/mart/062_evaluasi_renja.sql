-- mart.evaluasi_renja: the Renja evaluation, Permendagri 86/2017 form E.81,
-- at the end of each quarter of the period's year up to the period (one
-- form per triwulan), for every program indicator and kegiatan of the
-- year's plan (Belanja Langsung). K is kinerja, Rp anggaran.
--   target_renstra      the Renstra's end-of-period condition (Tabel 6.1)
--   realisasi_lalu      realisasi of the Renstra's earlier years, from their
--                       December reports (Keuangan's anggaran where it has
--                       the line); empty when a year's is not in the inputs
--                       (keterangan says which); zero in the first year
--   tw1 … tw4           realisasi in each quarter: the cumulative figure at
--                       the quarter's end minus the one at the end of the
--                       quarter before; for a percentage (not additive) the
--                       figure at the quarter's end; empty after the form's
--                       quarter
--   realisasi_tahun     cumulative at the form's quarter end
--   realisasi_renstra   realisasi_lalu + realisasi_tahun (a percentage: the
--                       year's figure)
--   capaian_tahun       realisasi_tahun against the year's target (meta.capaian)
--   capaian_renstra     realisasi_renstra against target_renstra
-- A program printed with several indicators carries its pagu, and so its
-- spending, on one of their rows only.
CREATE TABLE mart.evaluasi_renja AS
WITH p AS (SELECT year, month FROM meta.periode),
tw AS (SELECT CAST(q.q AS INTEGER) AS triwulan FROM p, range(1, p.month // 3 + 1) q(q)),
plan AS (
    SELECT r.*, r.satuan = '%' OR r.persen AS persen_k,
           rs.periode_awal
    FROM mart.rencana_tahunan r JOIN p USING (year)
    JOIN clean.renstra rs ON r.year BETWEEN rs.periode_awal AND rs.periode_akhir
    WHERE r.blok = 'BELANJA LANGSUNG' AND r.jenis IN ('program', 'kegiatan')
      AND (r.jenis = 'kegiatan' OR r.kode_indikator IS NOT NULL OR r.pagu IS NOT NULL)
),
pos AS (
    SELECT b.unit, b.seq, b.month, b.kinerja, b.anggaran FROM mart.realisasi_bulanan b WHERE b.month % 3 = 0
),
lalu AS (
    SELECT pl.unit, pl.seq,
           count(DISTINCT y.year) AS tahun_perlu,
           count(DISTINCT d.year) AS tahun_ada,
           string_agg(DISTINCT CAST(y.year AS VARCHAR), ', ' ORDER BY CAST(y.year AS VARCHAR)) FILTER (WHERE d.year IS NULL) AS tahun_kurang,
           CASE WHEN bool_or(pl.persen_k) THEN arg_max(d.kinerja, d.year) ELSE sum(d.kinerja) END AS k,
           sum(d.anggaran) AS rp
    FROM plan pl
    CROSS JOIN LATERAL (SELECT CAST(y AS INTEGER) AS year FROM range(pl.periode_awal, pl.year) t(y)) y
    LEFT JOIN (
        SELECT r.unit, r.year, r.kode, r.kode_indikator, r.kinerja,
               coalesce(k.anggaran, r.anggaran) AS anggaran
        FROM clean.realisasi r
        LEFT JOIN clean.keuangan k ON k.year = r.year AND k.month = 12 AND k.kode = r.kode AND k.row_kind = 'data'
        WHERE r.month = 12 AND r.row_kind = 'data'
    ) d ON d.unit = pl.unit AND d.year = y.year AND d.kode = pl.kode AND d.kode_indikator IS NOT DISTINCT FROM pl.kode_indikator
    GROUP BY pl.unit, pl.seq
),
f AS (
    SELECT t.triwulan, pl.*,
           CASE WHEN l.tahun_perlu IS NULL THEN CASE WHEN NOT pl.persen_k THEN 0 END
                WHEN l.tahun_ada = l.tahun_perlu THEN l.k END AS realisasi_lalu_k,
           CASE WHEN l.tahun_perlu IS NULL THEN 0
                WHEN l.tahun_ada = l.tahun_perlu THEN l.rp END AS realisasi_lalu_rp,
           l.tahun_kurang,
           max(q.kinerja) FILTER (WHERE q.month = 3) AS k3, max(q.kinerja) FILTER (WHERE q.month = 6) AS k6,
           max(q.kinerja) FILTER (WHERE q.month = 9) AS k9, max(q.kinerja) FILTER (WHERE q.month = 12) AS k12,
           max(q.anggaran) FILTER (WHERE q.month = 3) AS a3, max(q.anggaran) FILTER (WHERE q.month = 6) AS a6,
           max(q.anggaran) FILTER (WHERE q.month = 9) AS a9, max(q.anggaran) FILTER (WHERE q.month = 12) AS a12
    FROM tw t CROSS JOIN plan pl
    LEFT JOIN lalu l ON l.unit = pl.unit AND l.seq = pl.seq
    LEFT JOIN pos q ON q.unit = pl.unit AND q.seq = pl.seq AND q.month <= 3 * t.triwulan
    GROUP BY ALL
),
g AS (
    SELECT f.*,
           k3 AS tw1_k,
           CASE WHEN triwulan < 2 THEN NULL WHEN persen_k THEN k6 ELSE k6 - coalesce(k3, 0) END AS tw2_k,
           CASE WHEN triwulan < 3 THEN NULL WHEN persen_k THEN k9 ELSE k9 - coalesce(k6, k3, 0) END AS tw3_k,
           CASE WHEN triwulan < 4 THEN NULL WHEN persen_k THEN k12 ELSE k12 - coalesce(k9, k6, k3, 0) END AS tw4_k,
           a3 AS tw1_rp,
           CASE WHEN triwulan >= 2 THEN a6 - coalesce(a3, 0) END AS tw2_rp,
           CASE WHEN triwulan >= 3 THEN a9 - coalesce(a6, a3, 0) END AS tw3_rp,
           CASE WHEN triwulan >= 4 THEN a12 - coalesce(a9, a6, a3, 0) END AS tw4_rp,
           [k3, k6, k9, k12][triwulan] AS realisasi_tahun_k,
           [a3, a6, a9, a12][triwulan] AS realisasi_tahun_rp
    FROM f
)
SELECT g.triwulan, g.year, g.unit, un.nama AS unit_nama, g.seq, g.jenis, g.kode, g.uraian, g.indikator, g.kode_indikator, g.satuan,
       g.target_akhir AS target_renstra_k, g.pagu_akhir AS target_renstra_rp,
       g.realisasi_lalu_k, g.realisasi_lalu_rp,
       g.target AS target_tahun_k, g.pagu AS target_tahun_rp,
       g.tw1_k, CASE WHEN g.pagu IS NOT NULL OR g.jenis = 'kegiatan' THEN g.tw1_rp END AS tw1_rp,
       g.tw2_k, CASE WHEN g.pagu IS NOT NULL OR g.jenis = 'kegiatan' THEN g.tw2_rp END AS tw2_rp,
       g.tw3_k, CASE WHEN g.pagu IS NOT NULL OR g.jenis = 'kegiatan' THEN g.tw3_rp END AS tw3_rp,
       g.tw4_k, CASE WHEN g.pagu IS NOT NULL OR g.jenis = 'kegiatan' THEN g.tw4_rp END AS tw4_rp,
       g.realisasi_tahun_k,
       CASE WHEN g.pagu IS NOT NULL OR g.jenis = 'kegiatan' THEN g.realisasi_tahun_rp END AS realisasi_tahun_rp,
       CASE WHEN g.persen_k THEN g.realisasi_tahun_k ELSE g.realisasi_lalu_k + g.realisasi_tahun_k END AS realisasi_renstra_k,
       CASE WHEN g.pagu IS NOT NULL OR g.jenis = 'kegiatan' THEN g.realisasi_lalu_rp + g.realisasi_tahun_rp END AS realisasi_renstra_rp,
       meta.capaian(g.realisasi_tahun_k, g.target, coalesce(i.polaritas, 'positif')) AS capaian_tahun_k,
       meta.pct_round2(g.realisasi_tahun_rp, nullif(g.pagu, 0)) AS capaian_tahun_rp,
       meta.capaian(realisasi_renstra_k, g.target_akhir, coalesce(i.polaritas, 'positif')) AS capaian_renstra_k,
       meta.pct_round2(realisasi_renstra_rp, nullif(g.pagu_akhir, 0)) AS capaian_renstra_rp,
       CASE WHEN g.tahun_kurang IS NOT NULL THEN 'Realisasi tahun ' || g.tahun_kurang || ' tidak ada di masukan.' END AS keterangan
FROM g
LEFT JOIN mart.unit un ON un.kode = g.unit
LEFT JOIN (SELECT kode, first(polaritas) AS polaritas FROM clean.indikator GROUP BY kode) i ON i.kode = g.kode_indikator;
COMMENT ON TABLE mart.evaluasi_renja IS 'Evaluasi hasil Renja (Permendagri 86/2017 formulir E.81) pada akhir setiap triwulan tahun periode sampai periode: per indikator program dan kegiatan, K = kinerja, Rp = anggaran.';
COMMENT ON COLUMN mart.evaluasi_renja.triwulan IS 'Triwulan formulir (1–4): data s.d. akhir triwulan ini.';
COMMENT ON COLUMN mart.evaluasi_renja.year IS 'Tahun Renja yang dievaluasi.';
COMMENT ON COLUMN mart.evaluasi_renja.unit IS 'Unit penanggung jawab.';
COMMENT ON COLUMN mart.evaluasi_renja.unit_nama IS 'Nama unit penanggung jawab.';
COMMENT ON COLUMN mart.evaluasi_renja.seq IS 'Urutan baris di Renstra.';
COMMENT ON COLUMN mart.evaluasi_renja.jenis IS 'program atau kegiatan.';
COMMENT ON COLUMN mart.evaluasi_renja.kode IS 'Kode rekening program atau kegiatan.';
COMMENT ON COLUMN mart.evaluasi_renja.uraian IS 'Uraian program atau kegiatan.';
COMMENT ON COLUMN mart.evaluasi_renja.indikator IS 'Indikator kinerja program (outcome) atau kegiatan (output).';
COMMENT ON COLUMN mart.evaluasi_renja.kode_indikator IS 'Kode indikator program; kosong untuk kegiatan.';
COMMENT ON COLUMN mart.evaluasi_renja.satuan IS 'Satuan kinerja.';
COMMENT ON COLUMN mart.evaluasi_renja.target_renstra_k IS 'Target kinerja Renstra pada akhir periode (kolom 6 K).';
COMMENT ON COLUMN mart.evaluasi_renja.target_renstra_rp IS 'Pagu Renstra pada akhir periode, rupiah (kolom 6 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_lalu_k IS 'Realisasi kinerja Renstra s.d. tahun lalu (kolom 7 K); kosong bila laporan Desember tahun sebelumnya tidak ada.';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_lalu_rp IS 'Realisasi anggaran Renstra s.d. tahun lalu, rupiah (kolom 7 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.target_tahun_k IS 'Target kinerja Renja tahun berjalan (kolom 8 K).';
COMMENT ON COLUMN mart.evaluasi_renja.target_tahun_rp IS 'Pagu Renja tahun berjalan, rupiah (kolom 8 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.tw1_k IS 'Realisasi kinerja triwulan I (kolom 9 K).';
COMMENT ON COLUMN mart.evaluasi_renja.tw1_rp IS 'Realisasi anggaran triwulan I, rupiah (kolom 9 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.tw2_k IS 'Realisasi kinerja triwulan II (kolom 10 K); persen: posisi akhir triwulan.';
COMMENT ON COLUMN mart.evaluasi_renja.tw2_rp IS 'Realisasi anggaran triwulan II, rupiah (kolom 10 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.tw3_k IS 'Realisasi kinerja triwulan III (kolom 11 K).';
COMMENT ON COLUMN mart.evaluasi_renja.tw3_rp IS 'Realisasi anggaran triwulan III, rupiah (kolom 11 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.tw4_k IS 'Realisasi kinerja triwulan IV (kolom 12 K).';
COMMENT ON COLUMN mart.evaluasi_renja.tw4_rp IS 'Realisasi anggaran triwulan IV, rupiah (kolom 12 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_tahun_k IS 'Realisasi capaian kinerja Renja yang dievaluasi, kumulatif s.d. akhir triwulan (kolom 13 K).';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_tahun_rp IS 'Realisasi anggaran Renja yang dievaluasi, kumulatif s.d. akhir triwulan, rupiah (kolom 13 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_renstra_k IS 'Realisasi kinerja Renstra s.d. tahun berjalan (kolom 14 K).';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_renstra_rp IS 'Realisasi anggaran Renstra s.d. tahun berjalan, rupiah (kolom 14 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.capaian_tahun_k IS 'Tingkat capaian kinerja Renja tahun berjalan (%): kolom 13 terhadap kolom 8, menurut polaritas indikator.';
COMMENT ON COLUMN mart.evaluasi_renja.capaian_tahun_rp IS 'Tingkat realisasi anggaran Renja tahun berjalan (%): kolom 13 Rp ÷ kolom 8 Rp × 100.';
COMMENT ON COLUMN mart.evaluasi_renja.capaian_renstra_k IS 'Tingkat capaian kinerja Renstra s.d. tahun berjalan (%), kolom 15 K: kolom 14 terhadap kolom 6.';
COMMENT ON COLUMN mart.evaluasi_renja.capaian_renstra_rp IS 'Tingkat realisasi anggaran Renstra s.d. tahun berjalan (%), kolom 15 Rp: kolom 14 Rp ÷ kolom 6 Rp × 100.';
COMMENT ON COLUMN mart.evaluasi_renja.keterangan IS 'Keterangan (kolom 17), mis. tahun yang realisasinya tidak ada di masukan.';
