-- mart.rekon_tidak_lapor: a unit or a month missing. Every unit with a plan
-- for the year (mart.rencana_tahunan) and Sub Bagian Keuangan dan Aset must
-- send a report for every month from January to the period; a report that
-- exists only as a file nobody could identify does not count. Years in
-- which no monthly report came at all are not checked (the monthly
-- reporting had not started).
CREATE TABLE mart.rekon_tidak_lapor AS
WITH p AS (SELECT year, month FROM meta.periode),
units AS (
    SELECT DISTINCT r.unit FROM mart.rencana_tahunan r JOIN p ON r.year = p.year WHERE r.unit IS NOT NULL
    UNION SELECT 'KEU'
),
expected AS (
    SELECT u.unit, p.year, m.month
    FROM units u, p, range(1, p.month + 1) m(month)
    WHERE EXISTS (SELECT 1 FROM clean.laporan l WHERE l.current AND l.year = p.year)
),
found AS (
    SELECT unit, year, month, min(path) AS file FROM clean.laporan WHERE current GROUP BY ALL
)
SELECT 'rekon.tidak_lapor' AS rule, 'tinggi' AS severity, e.unit, e.year, CAST(e.month AS INTEGER) AS month,
       NULL AS kode, coalesce(un.nama, 'Sub Bagian Keuangan dan Aset') AS uraian, 'Laporan' AS kolom,
       CAST(NULL AS DECIMAL(38,10)) AS nilai, CAST(NULL AS DECIMAL(38,10)) AS pembanding, CAST(NULL AS DECIMAL(38,10)) AS selisih,
       f.file IS NOT NULL AS lolos, f.file, NULL AS sheet, NULL AS cell, NULL AS raw_text,
       NULL AS pembanding_asal,
       'Laporan ' || coalesce(un.nama, 'Sub Bagian Keuangan dan Aset') || ' (' || e.unit || ') bulan ' || meta.nama_bulan(e.month) || ' ' || e.year
       || ' tidak ada di folder masukan (atau unit dan periodenya tidak dapat dikenali).' AS message
FROM expected e
LEFT JOIN found f ON f.unit = e.unit AND f.year = e.year AND f.month = e.month
LEFT JOIN (SELECT DISTINCT kode, first(nama) AS nama FROM mart.unit GROUP BY kode) un ON un.kode = e.unit;
COMMENT ON TABLE mart.rekon_tidak_lapor IS 'Rekonsiliasi kelengkapan: setiap unit yang punya rencana tahun itu dan Keuangan wajib mengirim laporan setiap bulan sampai periode.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.rule IS 'Kode aturan rekonsiliasi.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.severity IS 'Tingkat keparahan bila pemeriksaan gagal: tinggi, sedang, rendah.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.unit IS 'Unit yang laporannya diperiksa (KEU: Sub Bagian Keuangan dan Aset).';
COMMENT ON COLUMN mart.rekon_tidak_lapor.year IS 'Tahun laporan.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.month IS 'Bulan laporan.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.kode IS 'Kosong: pemeriksaan mengenai laporan.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.uraian IS 'Uraian kegiatan, nama indikator atau nama kolom yang diperiksa.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.kolom IS 'Kolom yang diperiksa.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.nilai IS 'Kosong.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.pembanding IS 'Kosong.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.selisih IS 'nilai − pembanding; kosong bila salah satunya tidak ada.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.lolos IS 'Benar bila pemeriksaan cocok; salah bila menjadi temuan.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.file IS 'Berkas laporan yang diperiksa.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.sheet IS 'Lembar yang diperiksa.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.cell IS 'Sel nilai yang diperiksa; kosong bila tidak mengenai satu sel.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.raw_text IS 'Isi asli sel itu.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.pembanding_asal IS 'Asal angka pembanding: berkas!sel, atau keterangan.';
COMMENT ON COLUMN mart.rekon_tidak_lapor.message IS 'Penjelasan dalam Bahasa Indonesia (untuk pemeriksaan yang gagal).';
