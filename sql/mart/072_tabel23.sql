-- mart.tabel23: Tabel 2.3 Review Pencapaian Kinerja Pelayanan (form T-C.23)
-- rebuilt for each window: per indicator row, the targets and realisasi as
-- published, and the rasio capaian recomputed.
--
--   rasio capaian = realisasi ÷ target × 100, rounded half up to two
--   decimals (78,62 ÷ 75 → 104,83), as the seed prints it. No rasio when the
--   target is missing or zero, or realisasi is missing: shown empty, never 0.
--
-- published/published_status/cell keep the figure the input printed, so the
-- review can compare it with the recomputed value. A window that starts
-- within a Renstra's period (and runs on into the next plan's) also shows the Renstra's targets and the realisasi of the
-- monthly reports (calc.tabel23_laporan) where the published table prints
-- none; a window of the years before (2011–2016) is the published table as
-- it was.
CREATE TABLE mart.tabel23 AS
WITH w AS (SELECT first_year, last_year FROM mart.windows WHERE tabel = 'tabel23'),
src AS (
    SELECT w.first_year, w.last_year, 0 AS asal, h.* FROM w, clean.tabel23 h
    UNION ALL BY NAME
    SELECT w.first_year, w.last_year, 1 AS asal, l.* FROM w JOIN calc.tabel23_laporan l
      ON l.year BETWEEN w.first_year AND w.last_year
     AND EXISTS (SELECT 1 FROM clean.renstra r WHERE l.year BETWEEN r.periode_awal AND r.periode_akhir)
     -- a window that starts in a Renstra's period (2016–2021, or 2016–2022 across two plans)
     AND EXISTS (SELECT 1 FROM clean.renstra r WHERE w.first_year BETWEEN r.periode_awal AND r.periode_akhir)
),
latest AS (
    SELECT * FROM src
    QUALIFY row_number() OVER (PARTITION BY first_year, last_year, no, indikator, measure, year
                               ORDER BY status = 'ok' DESC, asal, file_id DESC) = 1
),
rows AS (
    SELECT first_year, last_year, no, indikator, min(seq) AS seq,
           bool_or(percent) FILTER (WHERE measure IN ('target', 'realisasi') AND status = 'ok') AS persen
    FROM latest GROUP BY first_year, last_year, no, indikator
),
row_window AS (
    -- a row belongs to a window when it has a target or realisasi in it
    SELECT r.*
    FROM rows r WHERE EXISTS (
        SELECT 1 FROM latest l WHERE l.first_year = r.first_year AND l.last_year = r.last_year
          AND l.no = r.no AND l.indikator = r.indikator
          AND l.measure IN ('target', 'realisasi') AND l.status = 'ok'
          AND l.year BETWEEN r.first_year AND r.last_year)
),
years AS (
    SELECT rw.*, unnest(generate_series(rw.first_year, rw.last_year)) AS year FROM row_window rw
),
pick AS (
    SELECT y.*, t.asal AS target_asal,
           t.value AS target, t.status AS target_status, t.cell AS target_cell, t.raw_text AS target_raw, t.file AS target_file, t.sheet AS target_sheet,
           r.value AS realisasi, r.status AS realisasi_status, r.cell AS realisasi_cell, r.raw_text AS realisasi_raw, r.file AS realisasi_file, r.sheet AS realisasi_sheet,
           q.value AS rasio_published, q.status AS rasio_status, q.cell AS rasio_cell, q.raw_text AS rasio_raw, q.file AS rasio_file, q.sheet AS rasio_sheet
    FROM years y
    LEFT JOIN latest t ON (t.first_year, t.last_year) = (y.first_year, y.last_year) AND t.no = y.no AND t.indikator = y.indikator AND t.measure = 'target'    AND t.year = y.year
    LEFT JOIN latest r ON (r.first_year, r.last_year) = (y.first_year, y.last_year) AND r.no = y.no AND r.indikator = y.indikator AND r.measure = 'realisasi' AND r.year = y.year
    LEFT JOIN latest q ON (q.first_year, q.last_year) = (y.first_year, y.last_year) AND q.no = y.no AND q.indikator = y.indikator AND q.measure = 'rasio'     AND q.year = y.year
)
SELECT first_year, last_year, seq, no, indikator, coalesce(persen, false) AS persen,
       'target' AS measure, year, target AS value, target AS published, target_status AS published_status,
       target_raw AS published_raw, target_file AS file, target_sheet AS sheet, target_cell AS cell, NULL AS basis
FROM pick
UNION ALL
SELECT first_year, last_year, seq, no, indikator, coalesce(persen, false),
       'realisasi', year, realisasi, realisasi, realisasi_status,
       realisasi_raw, realisasi_file, realisasi_sheet, realisasi_cell, NULL
FROM pick
UNION ALL
SELECT first_year, last_year, seq, no, indikator, coalesce(persen, false),
       'rasio', year,
       CASE WHEN target_status = 'ok' AND realisasi_status = 'ok' AND target <> 0
            THEN meta.pct_round2(realisasi, target) END,
       -- a rasio over a target the published table did not print (the
       -- Renstra's) has no published figure to be compared with
       CASE WHEN target_asal = 0 THEN rasio_published END, CASE WHEN target_asal = 0 THEN rasio_status END,
       CASE WHEN target_asal = 0 THEN rasio_raw END, CASE WHEN target_asal = 0 THEN rasio_file END,
       CASE WHEN target_asal = 0 THEN rasio_sheet END, CASE WHEN target_asal = 0 THEN rasio_cell END,
       CASE WHEN target_status = 'ok' AND realisasi_status = 'ok' AND target <> 0
            THEN meta.id_num(realisasi) || ' ÷ ' || meta.id_num(target) || ' × 100, dibulatkan 2 desimal'
            WHEN target_status = 'ok' AND target = 0 THEN 'target 0: rasio tidak dapat dihitung'
            WHEN target_status IS DISTINCT FROM 'ok' THEN 'tidak ada target'
            ELSE 'tidak ada realisasi' END
FROM pick
UNION ALL
-- target SPM / IKK / lainnya: one value per row, as published
SELECT rw.first_year, rw.last_year, rw.seq, rw.no, rw.indikator, coalesce(rw.persen, false),
       l.measure, NULL, l.value, l.value, l.status, l.raw_text, l.file, l.sheet, l.cell, NULL
FROM row_window rw
JOIN latest l ON (l.first_year, l.last_year) = (rw.first_year, rw.last_year) AND l.no = rw.no AND l.indikator = rw.indikator
WHERE l.measure IN ('target_spm', 'target_ikk', 'target_lainnya');
COMMENT ON TABLE mart.tabel23 IS 'Tabel 2.3 yang dibangun ulang per jendela tahun: target dan realisasi seperti terbit, rasio capaian dihitung ulang (realisasi ÷ target × 100, dibulatkan dua desimal); kolom published menyimpan angka terbitan untuk dibandingkan.';
COMMENT ON COLUMN mart.tabel23.first_year IS 'Tahun pertama jendela review workbook ini (mis. 2011).';
COMMENT ON COLUMN mart.tabel23.last_year IS 'Tahun terakhir jendela review workbook ini (mis. 2016).';
COMMENT ON COLUMN mart.tabel23.seq IS 'Urutan baris indikator di tabel, mulai dari 1.';
COMMENT ON COLUMN mart.tabel23.no IS 'Nomor baris seperti tercetak di kolom No.';
COMMENT ON COLUMN mart.tabel23.indikator IS 'Nama indikator kinerja seperti tercetak.';
COMMENT ON COLUMN mart.tabel23.persen IS 'Benar bila target dan realisasi indikator ini berupa persen (ditampilkan dengan %).';
COMMENT ON COLUMN mart.tabel23.measure IS 'Kolom tabel: target, realisasi, rasio (per tahun), target_spm, target_ikk, target_lainnya (tidak per tahun).';
COMMENT ON COLUMN mart.tabel23.year IS 'Tahun (mis. 2011); kosong untuk target SPM, IKK dan lainnya yang tidak per tahun.';
COMMENT ON COLUMN mart.tabel23.value IS 'Angka yang ditampilkan: target dan realisasi seperti terbit (persen sebagai angka persen, mis. 77,2); rasio capaian dihitung ulang = realisasi ÷ target × 100, dibulatkan setengah ke atas 2 desimal (mis. 104,83); kosong bila tidak ada atau tidak dapat dihitung.';
COMMENT ON COLUMN mart.tabel23.published IS 'Angka seperti tercetak di tabel terbitan, untuk dibandingkan dengan value; kosong bila tidak dicantumkan.';
COMMENT ON COLUMN mart.tabel23.published_status IS 'Status angka terbitan: ok, kosong, tidak_terbaca; kosong (NULL) bila tabel terbitan tidak mempunyai sel untuk tahun itu.';
COMMENT ON COLUMN mart.tabel23.published_raw IS 'Isi sel terbitan apa adanya (mis. 103,57 % atau 0.772).';
COMMENT ON COLUMN mart.tabel23.file IS 'Berkas asal angka terbitan, relatif terhadap folder masukan.';
COMMENT ON COLUMN mart.tabel23.sheet IS 'Lembar asal angka terbitan.';
COMMENT ON COLUMN mart.tabel23.cell IS 'Sel asal angka terbitan (gaya A1).';
COMMENT ON COLUMN mart.tabel23.basis IS 'Untuk rasio: perhitungan dengan angkanya (mis. 77,2 ÷ 75 × 100, dibulatkan 2 desimal) atau alasan tidak dapat dihitung (tidak ada target, tidak ada realisasi, target 0); kosong untuk kolom lain.';
