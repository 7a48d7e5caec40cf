-- mart.evaluasi_renja: the Renja evaluation, Permendagri 86/2017 form E.81,
-- at the end of each quarter of the period's year up to the period (one
-- form per triwulan), for every program indicator and kegiatan of the
-- year's plan (Belanja Langsung). K is kinerja, Rp anggaran; the column
-- numbers are the form's.
--   (6)  target_renstra      the Renstra's end-of-period condition (Tabel 6.1)
--   (7)  realisasi_lalu      realisasi of the Renstra's earlier years: a
--                            year's December reports (Keuangan's anggaran
--                            where it has the line), else for the Renstra's
--                            first year its kondisi awal (Tabel 6.1's data
--                            capaian pada tahun awal perencanaan); a
--                            percentage is the latest year's position, a
--                            count or rupiah the sum. lalu_tahun names the
--                            years it holds, lalu_kurang those it lacks
--   (8)  target_tahun        the year's target; Rp the DPA pagu from
--                            Keuangan's report at the quarter's end, else the
--                            Renstra's pagu of the year (pagu_asal says which)
--   (9)–(12) tw1 … tw4       realisasi in each quarter: the cumulative figure
--                            at the quarter's end minus the one at the end of
--                            the quarter before; for a percentage (not
--                            additive) the figure at the quarter's end; empty
--                            after the form's quarter
--   (13) realisasi_tahun     = 9+10+11+12: cumulative at the form's quarter end
--   (14) capaian_tahun       = 13 ÷ 8 × 100 (meta.capaian for K: polarity)
--   (15) realisasi_renstra   = 7 + 13 (a percentage: the year's position)
--   (16) capaian_renstra     = 15 ÷ 6 × 100
-- A program's Rp in 8–13 is the sum of its budget lines (the program has no
-- budget of its own): its kegiatan under a 13/2006 plan, its sub kegiatan
-- under a 90/2019 one, where a kegiatan's Rp is likewise the sum of its sub
-- kegiatan; in 6 and 7 the Renstra's own figure. It stands on the program's
-- first indicator row, and a program line of the Renstra with no indicator
-- adds no row of its own. melebihi_pagu marks a realisasi
-- anggaran over its pagu (the Review's Rekonsiliasi sheet has the finding).
CREATE TABLE mart.evaluasi_renja AS
WITH p AS (SELECT year, month FROM meta.periode),
tw AS (SELECT CAST(q.q AS INTEGER) AS triwulan FROM p, range(1, p.month // 3 + 1) q(q)),
plan0 AS (
    SELECT r.*, r.satuan = '%' OR r.persen AS persen_k,
           rs.periode_awal, rs.tahun_awal_perencanaan
    FROM mart.rencana_tahunan r JOIN p USING (year)
    JOIN clean.renstra rs ON rs.file = r.file
    WHERE r.berlaku AND r.blok IS DISTINCT FROM 'BELANJA TIDAK LANGSUNG' AND r.jenis IN ('program', 'kegiatan', 'sub kegiatan')
      AND (r.jenis <> 'program' OR r.kode_indikator IS NOT NULL OR r.pagu IS NOT NULL)
),
plan AS (
    -- a program line without an indicator is only the carrier of the
    -- program's pagu: it stays only when the program has no indicator at all
    SELECT * FROM plan0 pl
    WHERE pl.jenis <> 'program' OR pl.kode_indikator IS NOT NULL
       OR NOT EXISTS (SELECT 1 FROM plan0 o WHERE o.jenis = 'program' AND o.kode = pl.kode AND o.kode_indikator IS NOT NULL)
),
first_row AS (SELECT kode, min(seq) AS seq FROM plan WHERE NOT daun GROUP BY kode),
program_pagu AS (
    SELECT kode, max(pagu_akhir) AS pagu_akhir FROM plan0 WHERE NOT daun GROUP BY kode
),
pos AS (
    SELECT b.unit, b.seq, b.month, b.kinerja, b.anggaran FROM mart.realisasi_bulanan b WHERE b.month % 3 = 0
),
lalu_src AS (
    SELECT r.year, r.kode, r.kode_indikator, NULL AS satuan, r.kinerja, coalesce(k.anggaran, r.anggaran) AS anggaran
    FROM clean.realisasi r
    LEFT JOIN clean.anggaran_resmi k ON k.year = r.year AND k.month = 12 AND k.kode = r.kode AND k.row_kind = 'data'
    WHERE r.month = 12 AND r.row_kind = 'data'
    UNION ALL
    -- the Renstra's first year, where no December report of it came: its
    -- kondisi awal as the Renstra prints it
    SELECT a.year, a.kode, a.kode_indikator, lower(a.satuan), a.target, a.pagu
    FROM mart.rencana_tahunan a JOIN clean.renstra rs ON a.year = rs.tahun_awal_perencanaan AND a.file = rs.file
    WHERE NOT EXISTS (SELECT 1 FROM clean.realisasi d WHERE d.year = a.year AND d.month = 12 AND d.kode = a.kode AND d.row_kind = 'data')
      AND (a.target IS NOT NULL OR a.pagu IS NOT NULL)
),
lalu_years AS (
    SELECT DISTINCT pl.kode, pl.kode_indikator, lower(pl.satuan) AS satuan, pl.persen_k, CAST(y.y AS INTEGER) AS year
    FROM plan pl, range(pl.periode_awal, pl.year) y(y)
),
lalu AS (
    -- kinerja where the year's figure is in the same satuan (a kondisi awal
    -- of "12 bulan" is not a percentage); rupiah per kode
    SELECT ly.kode, ly.kode_indikator,
           count(DISTINCT ly.year) AS tahun_perlu,
           count(DISTINCT coalesce(dk.year, dr.year)) AS tahun_ada,
           string_agg(DISTINCT CAST(coalesce(dk.year, dr.year) AS VARCHAR), ', ' ORDER BY CAST(coalesce(dk.year, dr.year) AS VARCHAR)) AS tahun_isi,
           string_agg(DISTINCT CAST(ly.year AS VARCHAR), ', ' ORDER BY CAST(ly.year AS VARCHAR)) FILTER (WHERE dk.year IS NULL AND dr.year IS NULL) AS tahun_kurang,
           count(DISTINCT dk.year) AS tahun_k, count(DISTINCT dr.year) AS tahun_rp,
           CASE WHEN bool_or(ly.persen_k) THEN arg_max(dk.kinerja, dk.year) FILTER (WHERE dk.kinerja IS NOT NULL) ELSE sum(dk.kinerja) END AS k,
           sum(dr.anggaran) AS rp
    FROM lalu_years ly
    LEFT JOIN (SELECT year, kode, kode_indikator, satuan, any_value(kinerja) AS kinerja
               FROM lalu_src WHERE kinerja IS NOT NULL GROUP BY ALL) dk
      ON dk.year = ly.year AND dk.kode = ly.kode AND dk.kode_indikator IS NOT DISTINCT FROM ly.kode_indikator
     AND (dk.satuan IS NULL OR dk.satuan = ly.satuan)
    LEFT JOIN (SELECT year, kode, max(anggaran) AS anggaran FROM lalu_src WHERE anggaran IS NOT NULL GROUP BY ALL) dr
      ON dr.year = ly.year AND dr.kode = ly.kode
    GROUP BY ly.kode, ly.kode_indikator
),
dpa AS (
    -- Keuangan's pagu of a kegiatan as it stood at each quarter's end
    SELECT t.triwulan, k.kode, arg_max(k.pagu, k.month) AS pagu
    FROM tw t JOIN clean.anggaran_resmi k ON k.month <= 3 * t.triwulan AND k.row_kind = 'data' AND k.pagu IS NOT NULL
    JOIN p ON k.year = p.year
    GROUP BY ALL
),
f AS (
    SELECT t.triwulan, pl.*,
           CASE WHEN l.tahun_perlu IS NULL OR l.tahun_perlu = 0 THEN CASE WHEN NOT pl.persen_k THEN 0 END
                WHEN l.tahun_k > 0 THEN l.k END AS realisasi_lalu_k,
           CASE WHEN l.tahun_perlu IS NULL OR l.tahun_perlu = 0 THEN 0
                WHEN l.tahun_rp > 0 THEN l.rp END AS realisasi_lalu_rp,
           l.tahun_isi, l.tahun_kurang,
           d.pagu AS pagu_dpa,
           max(q.kinerja) FILTER (WHERE q.month = 3) AS k3, max(q.kinerja) FILTER (WHERE q.month = 6) AS k6,
           max(q.kinerja) FILTER (WHERE q.month = 9) AS k9, max(q.kinerja) FILTER (WHERE q.month = 12) AS k12,
           max(q.anggaran) FILTER (WHERE q.month = 3) AS a3, max(q.anggaran) FILTER (WHERE q.month = 6) AS a6,
           max(q.anggaran) FILTER (WHERE q.month = 9) AS a9, max(q.anggaran) FILTER (WHERE q.month = 12) AS a12
    FROM tw t CROSS JOIN plan pl
    LEFT JOIN lalu l ON l.kode = pl.kode AND l.kode_indikator IS NOT DISTINCT FROM pl.kode_indikator
    LEFT JOIN dpa d ON d.triwulan = t.triwulan AND d.kode = pl.kode AND pl.daun
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
           [a3, a6, a9, a12][triwulan] AS realisasi_tahun_rp,
           coalesce(pagu_dpa, pagu) AS pagu_tahun,
           CASE WHEN pagu_dpa IS NOT NULL THEN 'DPA' WHEN pagu IS NOT NULL THEN 'Renstra' END AS pagu_asal
    FROM f
),
kegiatan_rp AS (
    -- a program's or kegiatan's Rp in columns 8–13: the sums of its budget lines
    SELECT pr.kode, k.triwulan,
           sum(k.pagu_tahun) AS pagu_tahun, sum(k.tw1_rp) AS tw1_rp, sum(k.tw2_rp) AS tw2_rp,
           sum(k.tw3_rp) AS tw3_rp, sum(k.tw4_rp) AS tw4_rp, sum(k.realisasi_tahun_rp) AS realisasi_tahun_rp,
           CASE WHEN bool_and(k.pagu_asal = 'DPA') THEN 'DPA' WHEN bool_or(k.pagu_asal IS NOT NULL) THEN 'Renstra' END AS pagu_asal
    FROM first_row pr JOIN g k ON k.daun AND starts_with(k.kode, pr.kode || '.')
    GROUP BY ALL
),
h AS (
    SELECT g.* REPLACE (
               CASE WHEN g.daun THEN g.pagu_tahun WHEN fr.seq IS NOT NULL THEN kr.pagu_tahun END AS pagu_tahun,
               CASE WHEN g.daun THEN g.pagu_asal WHEN fr.seq IS NOT NULL THEN kr.pagu_asal END AS pagu_asal,
               CASE WHEN g.daun THEN g.tw1_rp WHEN fr.seq IS NOT NULL THEN kr.tw1_rp END AS tw1_rp,
               CASE WHEN g.daun THEN g.tw2_rp WHEN fr.seq IS NOT NULL THEN kr.tw2_rp END AS tw2_rp,
               CASE WHEN g.daun THEN g.tw3_rp WHEN fr.seq IS NOT NULL THEN kr.tw3_rp END AS tw3_rp,
               CASE WHEN g.daun THEN g.tw4_rp WHEN fr.seq IS NOT NULL THEN kr.tw4_rp END AS tw4_rp,
               CASE WHEN g.daun THEN g.realisasi_tahun_rp WHEN fr.seq IS NOT NULL THEN kr.realisasi_tahun_rp END AS realisasi_tahun_rp,
               CASE WHEN g.daun THEN g.pagu_akhir WHEN fr.seq IS NOT NULL THEN pp.pagu_akhir END AS pagu_akhir,
               CASE WHEN g.daun OR fr.seq IS NOT NULL THEN g.realisasi_lalu_rp END AS realisasi_lalu_rp
           ),
           fr.seq IS NOT NULL AS baris_program_pertama
    FROM g
    LEFT JOIN first_row fr ON NOT g.daun AND fr.kode = g.kode AND fr.seq = g.seq
    LEFT JOIN kegiatan_rp kr ON kr.kode = g.kode AND kr.triwulan = g.triwulan
    LEFT JOIN program_pagu pp ON pp.kode = g.kode
)
SELECT h.triwulan, h.year, h.unit, un.nama AS unit_nama, h.seq, h.jenis, h.kode, h.uraian, h.indikator, h.kode_indikator, h.satuan,
       h.baris_program_pertama,
       CASE WHEN h.jenis <> 'program' OR h.kode_indikator IS NOT NULL THEN h.target_akhir END AS target_renstra_k,
       h.pagu_akhir AS target_renstra_rp,
       CASE WHEN h.jenis <> 'program' OR h.kode_indikator IS NOT NULL THEN h.realisasi_lalu_k END AS realisasi_lalu_k,
       h.realisasi_lalu_rp,
       h.tahun_isi AS lalu_tahun, h.tahun_kurang AS lalu_kurang,
       h.target AS target_tahun_k, h.pagu_tahun AS target_tahun_rp, h.pagu_asal,
       h.tw1_k, h.tw1_rp, h.tw2_k, h.tw2_rp, h.tw3_k, h.tw3_rp, h.tw4_k, h.tw4_rp,
       h.realisasi_tahun_k, h.realisasi_tahun_rp,
       meta.capaian(h.realisasi_tahun_k, h.target, coalesce(i.polaritas, 'positif')) AS capaian_tahun_k,
       meta.pct_round2(h.realisasi_tahun_rp, nullif(h.pagu_tahun, 0)) AS capaian_tahun_rp,
       CASE WHEN h.persen_k THEN h.realisasi_tahun_k ELSE h.realisasi_lalu_k + h.realisasi_tahun_k END AS realisasi_renstra_k,
       h.realisasi_lalu_rp + h.realisasi_tahun_rp AS realisasi_renstra_rp,
       meta.capaian(CASE WHEN h.persen_k THEN h.realisasi_tahun_k ELSE h.realisasi_lalu_k + h.realisasi_tahun_k END,
                    h.target_akhir, coalesce(i.polaritas, 'positif')) AS capaian_renstra_k,
       meta.pct_round2(h.realisasi_lalu_rp + h.realisasi_tahun_rp, nullif(h.pagu_akhir, 0)) AS capaian_renstra_rp,
       coalesce(h.realisasi_tahun_rp > h.pagu_tahun, false) AS melebihi_pagu,
       CASE WHEN coalesce(h.realisasi_tahun_rp > h.pagu_tahun, false)
            THEN 'Realisasi anggaran melebihi pagu; lihat Review-Kinerja, lembar Rekonsiliasi.' END AS keterangan
FROM h
LEFT JOIN mart.unit un ON un.kode = h.unit
LEFT JOIN (SELECT i.kode, arg_min(i.polaritas, [CASE WHEN b.file_id IS NULL THEN 1 ELSE 0 END, i.file_id, i.row_no]) AS polaritas
           -- as the plan in force for the period's year lists it
           FROM clean.indikator i LEFT JOIN clean.renstra_berlaku b ON b.file_id = i.file_id AND b.year = (SELECT year FROM meta.periode)
           GROUP BY i.kode) i ON i.kode = h.kode_indikator;
COMMENT ON TABLE mart.evaluasi_renja IS 'Evaluasi hasil Renja (Permendagri 86/2017 formulir E.81) pada akhir setiap triwulan tahun periode sampai periode: per indikator program dan kegiatan, K = kinerja, Rp = anggaran.';
COMMENT ON COLUMN mart.evaluasi_renja.triwulan IS 'Triwulan formulir (1–4): data s.d. akhir triwulan ini.';
COMMENT ON COLUMN mart.evaluasi_renja.year IS 'Tahun Renja yang dievaluasi.';
COMMENT ON COLUMN mart.evaluasi_renja.unit IS 'Kode unit penanggung jawab (kolom 17 menampilkan namanya).';
COMMENT ON COLUMN mart.evaluasi_renja.unit_nama IS 'Nama unit penanggung jawab.';
COMMENT ON COLUMN mart.evaluasi_renja.seq IS 'Urutan baris di Renstra.';
COMMENT ON COLUMN mart.evaluasi_renja.jenis IS 'program atau kegiatan.';
COMMENT ON COLUMN mart.evaluasi_renja.kode IS 'Kode rekening program atau kegiatan.';
COMMENT ON COLUMN mart.evaluasi_renja.uraian IS 'Uraian program atau kegiatan.';
COMMENT ON COLUMN mart.evaluasi_renja.indikator IS 'Indikator kinerja program (outcome) atau kegiatan (output).';
COMMENT ON COLUMN mart.evaluasi_renja.kode_indikator IS 'Kode indikator program; kosong untuk kegiatan.';
COMMENT ON COLUMN mart.evaluasi_renja.satuan IS 'Satuan kinerja.';
COMMENT ON COLUMN mart.evaluasi_renja.baris_program_pertama IS 'Benar pada baris indikator pertama sebuah program: baris yang memuat angka Rp program.';
COMMENT ON COLUMN mart.evaluasi_renja.lalu_tahun IS 'Tahun-tahun yang termuat di realisasi s.d. tahun lalu (kolom 7), mis. 2016.';
COMMENT ON COLUMN mart.evaluasi_renja.lalu_kurang IS 'Tahun-tahun Renstra sebelum tahun berjalan yang realisasinya tidak ada di masukan; kosong bila lengkap.';
COMMENT ON COLUMN mart.evaluasi_renja.pagu_asal IS 'Asal pagu kolom 8 Rp: DPA (laporan Sub Bagian Keuangan dan Aset) atau Renstra (pagu indikatif tahun itu).';
COMMENT ON COLUMN mart.evaluasi_renja.melebihi_pagu IS 'Benar bila realisasi anggaran s.d. triwulan melebihi pagu (kolom 13 Rp > kolom 8 Rp); temuannya di Review, lembar Rekonsiliasi.';
COMMENT ON COLUMN mart.evaluasi_renja.target_renstra_k IS 'Target kinerja Renstra pada akhir periode (kolom 6 K).';
COMMENT ON COLUMN mart.evaluasi_renja.target_renstra_rp IS 'Pagu Renstra pada akhir periode, rupiah (kolom 6 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_lalu_k IS 'Realisasi kinerja Renstra s.d. tahun lalu (kolom 7 K): laporan Desember tahun-tahun sebelumnya, atau kondisi awal Renstra untuk tahun pertamanya; persen = posisi tahun terakhir berdata, selain itu jumlah; lalu_tahun menyebut tahun yang termuat.';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_lalu_rp IS 'Realisasi anggaran Renstra s.d. tahun lalu, rupiah (kolom 7 Rp); program: angka program di Renstra.';
COMMENT ON COLUMN mart.evaluasi_renja.target_tahun_k IS 'Target kinerja Renja tahun berjalan (kolom 8 K).';
COMMENT ON COLUMN mart.evaluasi_renja.target_tahun_rp IS 'Pagu Renja tahun berjalan, rupiah (kolom 8 Rp): pagu DPA dari laporan Sub Bagian Keuangan dan Aset, else pagu indikatif Renstra; program: jumlah kegiatannya.';
COMMENT ON COLUMN mart.evaluasi_renja.tw1_k IS 'Realisasi kinerja triwulan I (kolom 9 K).';
COMMENT ON COLUMN mart.evaluasi_renja.tw1_rp IS 'Realisasi anggaran triwulan I, rupiah (kolom 9 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.tw2_k IS 'Realisasi kinerja triwulan II (kolom 10 K); persen: posisi akhir triwulan.';
COMMENT ON COLUMN mart.evaluasi_renja.tw2_rp IS 'Realisasi anggaran triwulan II, rupiah (kolom 10 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.tw3_k IS 'Realisasi kinerja triwulan III (kolom 11 K).';
COMMENT ON COLUMN mart.evaluasi_renja.tw3_rp IS 'Realisasi anggaran triwulan III, rupiah (kolom 11 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.tw4_k IS 'Realisasi kinerja triwulan IV (kolom 12 K).';
COMMENT ON COLUMN mart.evaluasi_renja.tw4_rp IS 'Realisasi anggaran triwulan IV, rupiah (kolom 12 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_tahun_k IS 'Realisasi capaian kinerja Renja yang dievaluasi, kumulatif s.d. akhir triwulan (kolom 13 K = 9 + 10 + 11 + 12).';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_tahun_rp IS 'Realisasi anggaran Renja yang dievaluasi, kumulatif s.d. akhir triwulan, rupiah (kolom 13 Rp).';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_renstra_k IS 'Realisasi kinerja Renstra s.d. tahun berjalan (kolom 15 K) = kolom 7 + kolom 13; persen: posisi tahun berjalan.';
COMMENT ON COLUMN mart.evaluasi_renja.realisasi_renstra_rp IS 'Realisasi anggaran Renstra s.d. tahun berjalan, rupiah (kolom 15 Rp) = kolom 7 + kolom 13.';
COMMENT ON COLUMN mart.evaluasi_renja.capaian_tahun_k IS 'Tingkat capaian kinerja Renja tahun berjalan (kolom 14 K = 13 ÷ 8 × 100 %), menurut polaritas indikator.';
COMMENT ON COLUMN mart.evaluasi_renja.capaian_tahun_rp IS 'Tingkat realisasi anggaran Renja tahun berjalan (kolom 14 Rp = 13 ÷ 8 × 100 %).';
COMMENT ON COLUMN mart.evaluasi_renja.capaian_renstra_k IS 'Tingkat capaian kinerja Renstra s.d. tahun berjalan (kolom 16 K = 15 ÷ 6 × 100 %).';
COMMENT ON COLUMN mart.evaluasi_renja.capaian_renstra_rp IS 'Tingkat realisasi anggaran Renstra s.d. tahun berjalan (kolom 16 Rp = 15 ÷ 6 × 100 %).';
COMMENT ON COLUMN mart.evaluasi_renja.keterangan IS 'Keterangan (kolom 18): mis. realisasi anggaran melebihi pagu, dengan rujukan ke Review.';
