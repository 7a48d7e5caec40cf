-- calc.tabel23_laporan: Tabel 2.3 for the Renstra's years, beyond what the
-- published history prints: each indicator of the Renstra (IKU and program
-- indicators) with
--   target    = the Renstra's target of every year it gives one (Tabel 7.2,
--               else 6.1, 7.1, 4.1, Lampiran; its first year is the kondisi
--               awal),
--   realisasi = for every year whose December reports came, the value
--               computed from the registers in December
--               (mart.indikator_bulanan), else the value the responsible
--               unit typed in its December report.
-- A row takes the number and name of the published row the planner paired
-- it with (clean.padanan_tabel23), else of the one with the same indicator
-- name (meta.norm_nama, a "(2010-2015)" in the published name ignored), so
-- its years join that row's history; an indicator the history does not have
-- gets the next number. An indicator of a later Renstra that a planner
-- paired with its predecessor under another code (clean.padanan_kode)
-- continues the predecessor's row, as one continued under the same code
-- does; where both give a year (a plan's kondisi awal is the last year of
-- the one before) the figure of the plan in force that year stands. A
-- figure the published table already prints is left to it. Same columns
-- as clean.tabel23.
--
-- The row "Jumlah UMKM … yang memiliki IUMK" runs on from its last
-- published year with the I-Jus Melon exports (mart.umkm_bulanan.jumlah at
-- December), for every year up to the period's whose December the exports
-- cover; it has no target (N/A in the published table).
CREATE TABLE calc.tabel23_laporan AS
WITH reported AS (SELECT DISTINCT year FROM clean.laporan WHERE current AND month = 12 AND year IS NOT NULL),
years AS (
    SELECT y.year, r.year IS NOT NULL AS reported
    FROM (SELECT year FROM reported
          UNION
          SELECT DISTINCT t.year FROM clean.target t JOIN clean.renstra r ON t.year BETWEEN r.periode_awal AND r.periode_akhir
          WHERE t.value IS NOT NULL AND t.status = 'ok') y
    LEFT JOIN reported r USING (year)
),
ind AS (
    -- an indicator as the latest plan that lists it names it
    SELECT i.kode, arg_max(i.nama, [r.periode_awal, -i.row_no]) AS nama, arg_max(i.satuan, [r.periode_awal, -i.row_no]) AS satuan
    FROM clean.indikator i JOIN clean.renstra r USING (file_id)
    WHERE i.tingkat IN ('Tujuan', 'Sasaran', 'Program') GROUP BY i.kode
),
target AS (
    SELECT kode_indikator, year,
           arg_min(value, r) AS value,
           arg_min(file, r) AS file,
           arg_min(sheet, r) AS sheet,
           arg_min(cell, r) AS cell,
           arg_min(raw_text, r) AS raw_text,
           bool_or(percent) AS percent
    FROM (SELECT t.*, CASE t.sumber WHEN 'Tabel 7.2' THEN 1 WHEN 'Tabel 6.1' THEN 2 WHEN 'Tabel 7.1' THEN 3 WHEN 'Tabel 4.1' THEN 4 ELSE 5 END
                 + CASE WHEN b.file_id = t.file_id THEN 0 ELSE 10 END AS r -- the plan in force for the year first
          FROM clean.target t LEFT JOIN clean.renstra_berlaku b ON b.year = t.year
          WHERE t.value IS NOT NULL AND t.status = 'ok')
    GROUP BY kode_indikator, year
),
register AS (
    SELECT kode_indikator, year, any_value(nilai) AS value, any_value(file_register) AS file
    FROM mart.indikator_bulanan WHERE month = 12 AND nilai IS NOT NULL GROUP BY ALL
),
ketik AS (
    SELECT kode_indikator, year, any_value(kinerja) AS value, any_value(file) AS file, any_value(sheet) AS sheet,
           any_value(kinerja_cell) AS cell, any_value(kinerja_raw) AS raw_text
    FROM clean.realisasi WHERE month = 12 AND row_kind = 'data' AND kode_indikator IS NOT NULL AND kinerja IS NOT NULL
    GROUP BY ALL
),
vals AS (
    SELECT i.kode, i.nama, y.year, coalesce(t.percent, i.satuan = '%', false) AS percent,
           t.value AS target, t.file AS t_file, t.sheet AS t_sheet, t.cell AS t_cell, t.raw_text AS t_raw,
           coalesce(g.value, k.value) AS realisasi,
           CASE WHEN g.value IS NOT NULL THEN g.file ELSE k.file END AS r_file,
           CASE WHEN g.value IS NOT NULL THEN 'register' ELSE k.sheet END AS r_sheet,
           CASE WHEN g.value IS NULL THEN k.cell END AS r_cell,
           CASE WHEN g.value IS NOT NULL THEN 'hitungan register Desember ' || y.year ELSE k.raw_text END AS r_raw
    FROM ind i CROSS JOIN years y
    LEFT JOIN target t ON t.kode_indikator = i.kode AND t.year = y.year
    LEFT JOIN register g ON g.kode_indikator = i.kode AND g.year = y.year AND y.reported
    LEFT JOIN ketik k ON k.kode_indikator = i.kode AND k.year = y.year AND y.reported
    WHERE t.value IS NOT NULL OR coalesce(g.value, k.value) IS NOT NULL
),
akar AS (
    -- the row an indicator's series continues (clean.padanan_deret), where that is an indicator of this table
    SELECT i.kode, CASE WHEN d.akar IN (SELECT kode FROM ind) THEN d.akar ELSE i.kode END AS akar
    FROM ind i LEFT JOIN clean.padanan_deret d ON d.kode = i.kode
),
berlaku AS (
    -- the indicator codes of the plan in force each year
    SELECT DISTINCT b.year, i.kode FROM clean.renstra_berlaku b JOIN clean.indikator i ON i.file_id = b.file_id
),
hist AS (
    SELECT DISTINCT no, indikator, seq,
           meta.norm_nama(regexp_replace(indikator, '\(\s*\d{4}\s*[-–]\s*\d{4}\s*\)', '', 'g')) AS nama,
           meta.norm_nama(indikator) AS nama_terbit
    FROM clean.tabel23
),
hist_years AS (SELECT DISTINCT no, indikator, measure, year FROM clean.tabel23 WHERE status = 'ok' AND measure IN ('target', 'realisasi')),
rows AS (
    SELECT r.kode, r.nama, meta.norm_nama(r.nama) AS norm
    FROM (SELECT a.akar AS kode, coalesce(min(i.nama), any_value(v.nama)) AS nama
          FROM vals v JOIN akar a ON a.kode = v.kode LEFT JOIN ind i ON i.kode = a.akar
          GROUP BY a.akar) r
),
paired AS (
    SELECT p.kode, h.no, h.indikator, h.seq
    FROM clean.padanan_tabel23 p JOIN hist h ON h.nama_terbit = p.nama
    WHERE p.status = 'ok'
),
matched AS (
    SELECT r.kode, r.nama, coalesce(pr.no, h.no) AS no, coalesce(pr.indikator, h.indikator) AS indikator, coalesce(pr.seq, h.seq) AS seq
    FROM rows r
    LEFT JOIN paired pr ON pr.kode = r.kode
    LEFT JOIN hist h ON pr.kode IS NULL AND h.nama = r.norm
),
numbered AS (
    SELECT m.kode, coalesce(m.no, CAST(
               coalesce((SELECT max(TRY_CAST(no AS INTEGER)) FROM hist), 0)
               + row_number() OVER (PARTITION BY m.no IS NULL ORDER BY m.kode) AS VARCHAR)) AS no,
           coalesce(m.indikator, m.nama) AS indikator,
           coalesce(m.seq, 1000 + row_number() OVER (ORDER BY m.kode)) AS seq
    FROM matched m
),
iumk_hist AS (
    SELECT any_value(no) AS no, any_value(indikator) AS indikator, min(seq) AS seq
    FROM clean.tabel23 WHERE lower(indikator) LIKE '%iumk%'
),
iumk AS (
    SELECT b.year, b.jumlah, b.dasar, b.berkas,
           coalesce(h.no, CAST(greatest(coalesce((SELECT max(TRY_CAST(no AS INTEGER)) FROM hist), 0),
                                        coalesce((SELECT max(TRY_CAST(no AS INTEGER)) FROM numbered), 0)) + 1 AS VARCHAR)) AS no,
           coalesce(h.indikator, 'Jumlah UMKM (Usaha Mikro Kecil dan Menengah) yang memiliki IUMK') AS indikator,
           coalesce(h.seq, 2000) AS seq
    FROM mart.umkm_bulanan b, iumk_hist h, meta.periode p
    WHERE b.month = 12 AND b.jumlah IS NOT NULL AND b.year <= p.year
)
SELECT (SELECT max(file_id) FROM clean.umkm_izin WHERE dihitung) AS file_id, i.berkas AS file,
       (SELECT CASE WHEN NOT bool_or(sistem = 'OSS') THEN 'ekspor I-Jus Melon' WHEN bool_or(sistem = 'IUMK') THEN 'ekspor I-Jus Melon dan OSS'
                    ELSE 'ekspor OSS' END FROM clean.umkm_izin WHERE dihitung) AS sheet,
       i.seq, i.no, i.indikator, 'realisasi' AS measure, i.year,
       CAST(i.jumlah AS DECIMAL(38,10)) AS value, false AS percent, 'ok' AS status, i.dasar AS raw_text, NULL AS cell
FROM iumk i
WHERE NOT EXISTS (SELECT 1 FROM hist_years h WHERE h.no = i.no AND h.indikator = i.indikator AND h.measure = 'realisasi' AND h.year = i.year)
UNION ALL
SELECT f.file_id, v.t_file AS file, v.t_sheet AS sheet, n.seq, n.no, n.indikator, 'target' AS measure, v.year,
       v.target AS value, v.percent, CASE WHEN v.target IS NULL THEN 'kosong' ELSE 'ok' END AS status, v.t_raw AS raw_text, v.t_cell AS cell
FROM vals v JOIN akar a ON a.kode = v.kode JOIN numbered n ON n.kode = a.akar LEFT JOIN clean.berkas f ON f.path = v.t_file
WHERE v.target IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM hist_years h WHERE h.no = n.no AND h.indikator = n.indikator AND h.measure = 'target' AND h.year = v.year)
QUALIFY row_number() OVER (PARTITION BY n.no, n.indikator, v.year
                           ORDER BY EXISTS (SELECT 1 FROM berlaku b WHERE b.year = v.year AND b.kode = v.kode) DESC, v.kode) = 1
UNION ALL
SELECT f.file_id, v.r_file, v.r_sheet, n.seq, n.no, n.indikator, 'realisasi', v.year,
       v.realisasi, v.percent, CASE WHEN v.realisasi IS NULL THEN 'kosong' ELSE 'ok' END, v.r_raw, v.r_cell
FROM vals v JOIN akar a ON a.kode = v.kode JOIN numbered n ON n.kode = a.akar LEFT JOIN clean.berkas f ON f.path = v.r_file
WHERE v.year IN (SELECT year FROM reported)
  AND NOT EXISTS (SELECT 1 FROM hist_years h WHERE h.no = n.no AND h.indikator = n.indikator AND h.measure = 'realisasi' AND h.year = v.year)
QUALIFY row_number() OVER (PARTITION BY n.no, n.indikator, v.year
                           ORDER BY EXISTS (SELECT 1 FROM berlaku b WHERE b.year = v.year AND b.kode = v.kode) DESC, v.kode) = 1;
COMMENT ON TABLE calc.tabel23_laporan IS 'Tabel 2.3 untuk tahun sesudah riwayat terbitan, dari laporan bulanan Desember: target dan realisasi indikator Renstra, bersambung dengan baris riwayat yang namanya sama.';
COMMENT ON COLUMN calc.tabel23_laporan.file_id IS 'Berkas asal angka (raw.files).';
COMMENT ON COLUMN calc.tabel23_laporan.file IS 'Berkas asal angka: Renstra untuk target, laporan bulanan untuk realisasi.';
COMMENT ON COLUMN calc.tabel23_laporan.sheet IS 'Lembar asal angka; register bila realisasi dihitung dari register.';
COMMENT ON COLUMN calc.tabel23_laporan.seq IS 'Urutan baris: urutan baris riwayat yang sama namanya, atau 1000 + urutan kode indikator untuk baris baru.';
COMMENT ON COLUMN calc.tabel23_laporan.no IS 'Nomor baris: nomor baris riwayat, atau nomor berikutnya.';
COMMENT ON COLUMN calc.tabel23_laporan.indikator IS 'Nama indikator: nama baris riwayat, atau nama di Renstra untuk baris baru.';
COMMENT ON COLUMN calc.tabel23_laporan.measure IS 'target atau realisasi.';
COMMENT ON COLUMN calc.tabel23_laporan.year IS 'Tahun.';
COMMENT ON COLUMN calc.tabel23_laporan.value IS 'Nilai target atau realisasi.';
COMMENT ON COLUMN calc.tabel23_laporan.percent IS 'Benar bila indikator dalam persen.';
COMMENT ON COLUMN calc.tabel23_laporan.status IS 'ok, atau kosong bila tidak ada angka.';
COMMENT ON COLUMN calc.tabel23_laporan.raw_text IS 'Isi asli sel, atau keterangan asal angka.';
COMMENT ON COLUMN calc.tabel23_laporan.cell IS 'Sel asal angka; kosong untuk hitungan register.';
