-- clean.laporan: every file holding a monthly report, with whose report it
-- is (unit) and for which month, decided from its clues in order of trust —
-- the template's hidden metadata, then the header block above the table,
-- then the folder and file name — and which file is current when several
-- report the same unit and month: the one saved last (the workbook's own
-- "saved" time, then the file's time, then the path). Every file stays in
-- raw; only current ones feed the marts.
CREATE TABLE clean.laporan AS
WITH files AS (
    SELECT DISTINCT v.file_id,
           bool_or(v.form = 'bulanan.keuangan') OVER (PARTITION BY v.file_id) AS keuangan
    FROM raw.values v WHERE v.form LIKE 'bulanan.%' AND v.form <> 'bulanan.meta'
),
units AS (
    SELECT kode, meta.norm_nama(nama) AS nama FROM clean.unit
    UNION ALL SELECT 'KEU', meta.norm_nama('Sub Bagian Keuangan dan Aset')
),
clues AS (
    SELECT i.*, CASE i.source WHEN 'metadata' THEN 1 WHEN 'kepala' THEN 2 ELSE 3 END AS trust,
           CASE WHEN i.key = 'unit' THEN (SELECT u.kode FROM units u WHERE u.kode = upper(trim(i.value)) OR u.nama = meta.norm_nama(i.value) LIMIT 1) END AS unit_kode
    FROM raw.identity i
),
picked AS (
    SELECT f.file_id, f.keuangan,
           CASE WHEN f.keuangan THEN 'KEU' ELSE arg_min(c.unit_kode, c.trust) FILTER (WHERE c.key = 'unit' AND c.unit_kode IS NOT NULL AND c.unit_kode <> 'KEU') END AS unit,
           min(c.trust) FILTER (WHERE c.key = 'unit' AND c.unit_kode IS NOT NULL) AS unit_trust,
           count(DISTINCT c.unit_kode) FILTER (WHERE c.key = 'unit' AND c.unit_kode IS NOT NULL AND c.unit_kode <> 'KEU' AND c.trust <= 2) AS unit_claims,
           TRY_CAST(arg_min(c.value, c.trust) FILTER (WHERE c.key = 'tahun') AS INTEGER) AS year,
           min(c.trust) FILTER (WHERE c.key = 'tahun') AS year_trust,
           count(DISTINCT c.value) FILTER (WHERE c.key = 'tahun' AND c.trust <= 2) AS year_claims,
           TRY_CAST(arg_min(c.value, c.trust) FILTER (WHERE c.key = 'bulan') AS INTEGER) AS month,
           min(c.trust) FILTER (WHERE c.key = 'bulan') AS month_trust,
           count(DISTINCT c.value) FILTER (WHERE c.key = 'bulan' AND c.trust <= 2) AS month_claims
    FROM files f LEFT JOIN clues c ON c.file_id = f.file_id
    GROUP BY f.file_id, f.keuangan
),
ranked AS (
    SELECT p.*, rf.path, rf.saved_at, rf.modified_at, rf.sha256,
           row_number() OVER (PARTITION BY p.unit, p.year, p.month
                              ORDER BY rf.saved_at DESC NULLS LAST, rf.modified_at DESC NULLS LAST, rf.path DESC) AS version_rank
    FROM picked p JOIN raw.files rf ON rf.file_id = p.file_id
)
SELECT file_id, path, sha256, unit, year, month,
       CASE WHEN year IS NOT NULL AND month IS NOT NULL THEN printf('%04d-%02d', year, month) END AS period,
       ['metadata', 'kepala', 'nama berkas'][unit_trust] AS unit_asal,
       ['metadata', 'kepala', 'nama berkas'][least(year_trust, month_trust)] AS periode_asal,
       unit_claims > 1 OR year_claims > 1 OR month_claims > 1 AS bertentangan,
       saved_at, modified_at,
       unit IS NOT NULL AND year IS NOT NULL AND month IS NOT NULL AND version_rank = 1 AS current,
       CASE WHEN version_rank > 1 AND unit IS NOT NULL AND year IS NOT NULL AND month IS NOT NULL
            THEN (SELECT r2.path FROM ranked r2 WHERE r2.unit = ranked.unit AND r2.year = ranked.year AND r2.month = ranked.month AND r2.version_rank = 1) END AS diganti_oleh
FROM ranked;
COMMENT ON TABLE clean.laporan IS 'Setiap berkas laporan bulanan: unit dan bulannya (dari metadata templat, blok kepala, atau nama berkas), dan apakah berkas ini yang berlaku (disimpan paling akhir untuk unit dan bulan itu).';
COMMENT ON COLUMN clean.laporan.file_id IS 'Berkas (raw.files.file_id).';
COMMENT ON COLUMN clean.laporan.path IS 'Jalur berkas relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.laporan.sha256 IS 'Hash SHA-256 isi berkas.';
COMMENT ON COLUMN clean.laporan.unit IS 'Kode unit pelapor (SEK, PKK, P2K, PK, PUM; KEU untuk Sub Bagian Keuangan); kosong bila tidak dapat ditentukan.';
COMMENT ON COLUMN clean.laporan.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.laporan.month IS 'Bulan laporan, 1–12.';
COMMENT ON COLUMN clean.laporan.period IS 'Periode laporan TTTT-BB.';
COMMENT ON COLUMN clean.laporan.unit_asal IS 'Dari mana unit diketahui: metadata, kepala, nama berkas.';
COMMENT ON COLUMN clean.laporan.periode_asal IS 'Dari mana periode diketahui (yang paling tidak terpercaya di antara tahun dan bulan).';
COMMENT ON COLUMN clean.laporan.bertentangan IS 'Benar bila metadata dan blok kepala menyebut unit, tahun atau bulan yang berbeda.';
COMMENT ON COLUMN clean.laporan.saved_at IS 'Waktu workbook disimpan menurut isinya.';
COMMENT ON COLUMN clean.laporan.modified_at IS 'Waktu berkas diubah menurut sistem berkas.';
COMMENT ON COLUMN clean.laporan.current IS 'Benar bila berkas ini laporan yang berlaku untuk unit dan bulannya; laporan yang diganti tetap tersimpan di raw.';
COMMENT ON COLUMN clean.laporan.diganti_oleh IS 'Untuk laporan yang diganti: berkas penggantinya.';
