-- mart.tabel24: Tabel 2.4 Anggaran dan Realisasi Pendanaan Pelayanan (form
-- T-C.24) rebuilt for each window: anggaran and realisasi as published, and
--
--   rasio = realisasi ÷ anggaran × 100, truncated toward zero to a whole
--           number (3.443.251.771 ÷ 3.573.364.891 = 96,36 → 96);
--   rata-rata pertumbuhan, by the setting metode_pertumbuhan:
--     awal_akhir (default, the seed's) = (last year with data − first year
--       with data) ÷ first × 100, truncated toward zero (−50,85 → −50);
--     rata_rata_tahunan = mean of the year-on-year growth between
--       consecutive years with data, truncated;
--     cagr = ((last ÷ first)^(1 ÷ years between) − 1) × 100, truncated.
--   No growth from fewer than two years of data: shown empty, never 0.
--
-- A published growth figure is compared only in the window its table was
-- published for (the years of its header). The years after the published
-- history come from the monthly reports (calc.tabel24_laporan).
CREATE TABLE mart.tabel24 AS
WITH w AS (SELECT first_year, last_year FROM mart.windows WHERE tabel = 'tabel24'),
method AS (SELECT value AS m FROM clean.settings WHERE key = 'metode_pertumbuhan'),
latest AS (
    SELECT * FROM (SELECT * FROM clean.tabel24 UNION ALL BY NAME SELECT * FROM calc.tabel24_laporan)
    QUALIFY row_number() OVER (PARTITION BY no, uraian, measure, year ORDER BY file_id DESC) = 1
),
spans AS (
    SELECT no, uraian, max(file_first_year) AS file_first_year, max(file_last_year) AS file_last_year,
           min(seq) AS seq, any_value(section) AS section
    FROM (SELECT no, uraian, file_first_year, file_last_year, seq, section FROM clean.tabel24_rows WHERE row_kind = 'data'
          UNION ALL
          SELECT DISTINCT no, uraian, NULL, NULL, seq, section FROM calc.tabel24_laporan)
    GROUP BY no, uraian
),
row_window AS (
    SELECT w.first_year, w.last_year, s.*
    FROM w JOIN spans s ON EXISTS (
        SELECT 1 FROM latest l WHERE l.no = s.no AND l.uraian = s.uraian
          AND l.measure IN ('anggaran', 'realisasi') AND l.status = 'ok'
          AND l.year BETWEEN w.first_year AND w.last_year)
),
years AS (
    SELECT rw.*, unnest(generate_series(rw.first_year, rw.last_year)) AS year FROM row_window rw
),
pick AS (
    SELECT y.*,
           a.value AS anggaran, a.status AS anggaran_status, a.cell AS anggaran_cell, a.raw_text AS anggaran_raw, a.file AS anggaran_file, a.sheet AS anggaran_sheet,
           r.value AS realisasi, r.status AS realisasi_status, r.cell AS realisasi_cell, r.raw_text AS realisasi_raw, r.file AS realisasi_file, r.sheet AS realisasi_sheet,
           q.value AS rasio_published, q.status AS rasio_status, q.cell AS rasio_cell, q.raw_text AS rasio_raw, q.file AS rasio_file, q.sheet AS rasio_sheet
    FROM years y
    LEFT JOIN latest a ON a.no = y.no AND a.uraian = y.uraian AND a.measure = 'anggaran'  AND a.year = y.year
    LEFT JOIN latest r ON r.no = y.no AND r.uraian = y.uraian AND r.measure = 'realisasi' AND r.year = y.year
    LEFT JOIN latest q ON q.no = y.no AND q.uraian = y.uraian AND q.measure = 'rasio'     AND q.year = y.year
),
series AS (
    -- the years with data of each row, measure and window, with the previous one
    SELECT first_year, last_year, no, uraian, measure, year, value,
           lag(value) OVER (PARTITION BY first_year, last_year, no, uraian, measure ORDER BY year) AS prev
    FROM (
        SELECT first_year, last_year, no, uraian, 'anggaran' AS measure, year, anggaran AS value FROM pick WHERE anggaran_status = 'ok'
        UNION ALL
        SELECT first_year, last_year, no, uraian, 'realisasi', year, realisasi FROM pick WHERE realisasi_status = 'ok'
    )
),
growth AS (
    SELECT first_year, last_year, no, uraian, measure,
           count(*) AS n_years, min(year) AS y0, max(year) AS y1,
           arg_min(value, year) AS v0, arg_max(value, year) AS v1,
           avg(CASE WHEN prev IS NOT NULL AND prev <> 0 THEN (CAST(value AS DOUBLE) - CAST(prev AS DOUBLE)) / CAST(prev AS DOUBLE) * 100 END) AS mean_yoy
    FROM series GROUP BY ALL
),
growth_value AS (
    SELECT g.*, m.m AS method,
           CASE WHEN n_years < 2 OR v0 = 0 THEN NULL
                WHEN m.m = 'awal_akhir' THEN meta.pct_trunc(v1 - v0, v0)
                WHEN m.m = 'rata_rata_tahunan' THEN CAST(trunc(mean_yoy) AS DECIMAL(38,10))
                WHEN m.m = 'cagr' AND v0 > 0 AND v1 >= 0
                     THEN CAST(trunc((power(CAST(v1 AS DOUBLE) / CAST(v0 AS DOUBLE), 1.0 / (y1 - y0)) - 1) * 100) AS DECIMAL(38,10))
           END AS value,
           CASE WHEN n_years < 2 THEN 'hanya ' || n_years || ' tahun berdata (' || y0 || ')'
                WHEN v0 = 0 THEN 'nilai tahun pertama (' || y0 || ') 0'
                WHEN m.m = 'awal_akhir' THEN '(' || meta.id_num(v1) || ' − ' || meta.id_num(v0) || ') ÷ ' || meta.id_num(v0) || ' × 100, ' || y0 || '→' || y1 || ', dipotong'
                WHEN m.m = 'rata_rata_tahunan' THEN 'rata-rata pertumbuhan tahunan ' || y0 || '→' || y1 || ', dipotong'
                ELSE 'pertumbuhan majemuk tahunan ' || y0 || '→' || y1 || ', dipotong' END AS basis
    FROM growth g, method m
)
SELECT first_year, last_year, seq, section, no, uraian, 'anggaran' AS measure, year,
       anggaran AS value, anggaran AS published, anggaran_status AS published_status, anggaran_raw AS published_raw,
       anggaran_file AS file, anggaran_sheet AS sheet, anggaran_cell AS cell, NULL AS basis
FROM pick
UNION ALL
SELECT first_year, last_year, seq, section, no, uraian, 'realisasi', year,
       realisasi, realisasi, realisasi_status, realisasi_raw, realisasi_file, realisasi_sheet, realisasi_cell, NULL
FROM pick
UNION ALL
SELECT first_year, last_year, seq, section, no, uraian, 'rasio', year,
       CASE WHEN anggaran_status = 'ok' AND realisasi_status = 'ok' AND anggaran <> 0 THEN meta.pct_trunc(realisasi, anggaran) END,
       rasio_published, rasio_status, rasio_raw, rasio_file, rasio_sheet, rasio_cell,
       CASE WHEN anggaran_status = 'ok' AND realisasi_status = 'ok' AND anggaran <> 0
            THEN meta.id_num(realisasi) || ' ÷ ' || meta.id_num(anggaran) || ' × 100, dipotong'
            WHEN anggaran_status = 'ok' AND anggaran = 0 THEN 'anggaran 0: rasio tidak dapat dihitung'
            WHEN anggaran_status IS DISTINCT FROM 'ok' THEN 'tidak ada anggaran'
            ELSE 'tidak ada realisasi' END
FROM pick
UNION ALL
SELECT rw.first_year, rw.last_year, rw.seq, rw.section, rw.no, rw.uraian, 'pertumbuhan_' || gm.measure, NULL,
       gv.value,
       CASE WHEN rw.first_year = rw.file_first_year AND rw.last_year = rw.file_last_year THEN p.value END,
       CASE WHEN rw.first_year = rw.file_first_year AND rw.last_year = rw.file_last_year THEN coalesce(p.status, 'kosong') END,
       p.raw_text, coalesce(p.file, f.file), coalesce(p.sheet, f.sheet), p.cell,
       coalesce(gv.basis, 'tidak ada data')
FROM row_window rw
CROSS JOIN (VALUES ('anggaran'), ('realisasi')) AS gm(measure)
LEFT JOIN growth_value gv ON gv.first_year = rw.first_year AND gv.last_year = rw.last_year AND gv.no = rw.no AND gv.uraian = rw.uraian AND gv.measure = gm.measure
LEFT JOIN latest p ON p.no = rw.no AND p.uraian = rw.uraian AND p.measure = 'pertumbuhan_' || gm.measure
LEFT JOIN (
    -- where the row is published; for a row only the monthly reports have, their file
    SELECT no, uraian, arg_min(file, k) AS file, arg_min(sheet, k) AS sheet
    FROM (SELECT no, uraian, file, sheet, 0 AS k FROM clean.tabel24 UNION ALL SELECT no, uraian, file, sheet, 1 FROM calc.tabel24_laporan)
    GROUP BY no, uraian
) f ON f.no = rw.no AND f.uraian = rw.uraian;
COMMENT ON TABLE mart.tabel24 IS 'Tabel 2.4 yang dibangun ulang per jendela tahun: anggaran dan realisasi seperti terbit, rasio (dipotong ke bilangan bulat) dan rata-rata pertumbuhan (metode menurut pengaturan) dihitung ulang; kolom published menyimpan angka terbitan.';
COMMENT ON COLUMN mart.tabel24.first_year IS 'Tahun pertama jendela review workbook ini (mis. 2011).';
COMMENT ON COLUMN mart.tabel24.last_year IS 'Tahun terakhir jendela review workbook ini (mis. 2016).';
COMMENT ON COLUMN mart.tabel24.seq IS 'Urutan baris di tabel terbitan, mulai dari 1.';
COMMENT ON COLUMN mart.tabel24.section IS 'Bagian baris: I (belanja tidak langsung) atau II (belanja langsung); lihat mart.tabel24_sections.';
COMMENT ON COLUMN mart.tabel24.no IS 'Nomor baris seperti tercetak (mis. 1.1, 2.8).';
COMMENT ON COLUMN mart.tabel24.uraian IS 'Uraian belanja atau program seperti tercetak.';
COMMENT ON COLUMN mart.tabel24.measure IS 'Kolom tabel: anggaran, realisasi, rasio (per tahun), pertumbuhan_anggaran, pertumbuhan_realisasi (rata-rata pertumbuhan, tidak per tahun).';
COMMENT ON COLUMN mart.tabel24.year IS 'Tahun (mis. 2016); kosong untuk rata-rata pertumbuhan yang tidak per tahun.';
COMMENT ON COLUMN mart.tabel24.value IS 'Angka yang ditampilkan: anggaran dan realisasi dalam rupiah seperti terbit; rasio = realisasi ÷ anggaran × 100 dipotong ke bilangan bulat (96,36 menjadi 96); pertumbuhan dalam persen bulat menurut metode_pertumbuhan; kosong bila tidak ada atau tidak dapat dihitung.';
COMMENT ON COLUMN mart.tabel24.published IS 'Angka seperti tercetak di tabel terbitan, untuk dibandingkan dengan value; pertumbuhan hanya diisi bila jendela sama dengan rentang tahun tabel terbitannya.';
COMMENT ON COLUMN mart.tabel24.published_status IS 'Status angka terbitan: ok, kosong, tidak_terbaca; kosong (NULL) bila tidak ada sel terbitan yang sebanding.';
COMMENT ON COLUMN mart.tabel24.published_raw IS 'Isi sel terbitan apa adanya.';
COMMENT ON COLUMN mart.tabel24.file IS 'Berkas asal angka terbitan, relatif terhadap folder masukan.';
COMMENT ON COLUMN mart.tabel24.sheet IS 'Lembar asal angka terbitan.';
COMMENT ON COLUMN mart.tabel24.cell IS 'Sel asal angka terbitan (gaya A1); kosong bila tabel terbitan tidak mempunyai sel itu.';
COMMENT ON COLUMN mart.tabel24.basis IS 'Untuk rasio dan pertumbuhan: perhitungan dengan angkanya atau alasan tidak dapat dihitung (mis. hanya 1 tahun berdata (2016), tidak ada anggaran); kosong untuk anggaran dan realisasi.';
