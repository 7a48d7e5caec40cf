-- calc.tabel24_laporan: Tabel 2.4 for the years after the published history,
-- from the monthly reports: for every year in which Sub Bagian Keuangan dan
-- Aset sent its December report, each program (Belanja Langsung) and each
-- group of Belanja Tidak Langsung of the Renstra (Tabel 6.1) with
--   anggaran  = the sum of the pagu Keuangan's lines under it carry that
--               December (the year's budget as Keuangan records it),
--   realisasi = the sum of their realisasi to December.
-- A row takes the number and name of the published row a planner paired
-- with the program (clean.padanan), else of the one with the same name
-- (meta.norm_nama), so its years join that row's history; a program the
-- history does not have gets the next number of its section. A program of
-- a later Renstra that a planner paired with its predecessor
-- (clean.padanan_kode: 13/2006's 1.2.11.1.2.11.01.17 is 90/2019's 2.17.07)
-- continues the predecessor's row, so a window across the change of plan
-- is one series; several successors of one program (pecah) add up in its
-- row, and a program merged from several (gabung) continues the first of
-- them in the Renstra's order (the others' rows end; calc.padanan_putus
-- says so). Years the published table already has are left to it. Same
-- columns as clean.tabel24.
CREATE TABLE calc.tabel24_laporan AS
WITH keu AS (
    SELECT k.year, k.kode, k.pagu, k.anggaran, k.file, k.sheet, k.file_id
    FROM clean.anggaran_resmi k
    WHERE k.month = 12 AND k.row_kind = 'data' AND k.kode IS NOT NULL
      -- a subtotal line over other lines of the same report (a kegiatan
      -- above its sub kegiatan, as SIPD prints them) is not added again
      AND NOT EXISTS (SELECT 1 FROM clean.anggaran_resmi c
                      WHERE c.file = k.file AND c.month = 12 AND c.row_kind = 'data' AND c.kode LIKE k.kode || '.%')
),
plan_order AS (
    -- the plans in the order of their periods: a later plan's rows come after
    SELECT file_id, periode_awal, dense_rank() OVER (ORDER BY periode_awal, file_id) - 1 AS k FROM clean.renstra
),
grp AS (
    -- each program once, as its earliest plan places it (a code several
    -- plans keep is one row) and its latest plan names it
    SELECT pk.kode, arg_max(pk.uraian, [r.k, -pk.seq]) AS uraian,
           min(10000 * r.k + pk.seq) AS plan_seq,
           CASE WHEN bool_or(pk.blok = 'BELANJA TIDAK LANGSUNG') THEN 'I' ELSE 'II' END AS section
    FROM clean.program_kegiatan pk JOIN plan_order r USING (file_id)
    WHERE NOT pk.lanjutan AND pk.kode IS NOT NULL
      AND ((pk.jenis = 'program') OR (pk.blok = 'BELANJA TIDAK LANGSUNG' AND pk.tingkat = 2))
    GROUP BY pk.kode
),
akar AS (
    -- the row a program's series continues (clean.padanan_deret), where that is a row of this table
    SELECT g.kode, CASE WHEN d.akar IN (SELECT kode FROM grp) THEN d.akar ELSE g.kode END AS akar
    FROM grp g LEFT JOIN clean.padanan_deret d ON d.kode = g.kode
),
hist AS (
    SELECT DISTINCT no, uraian, section, seq, meta.norm_nama(uraian) AS nama FROM clean.tabel24_rows WHERE row_kind = 'data'
),
hist_years AS (
    SELECT DISTINCT no, uraian, year FROM clean.tabel24 WHERE status = 'ok' AND measure IN ('anggaran', 'realisasi')
),
-- A planner's pairing (clean.padanan) comes before a match by name.
matched AS (
    SELECT g.*, h.no AS h_no, h.uraian AS h_uraian, h.seq AS h_seq
    FROM grp g
    LEFT JOIN (SELECT DISTINCT nama, kode FROM clean.padanan WHERE status = 'ok') p ON p.kode = g.kode
    LEFT JOIN hist h ON h.section = g.section AND (h.nama = p.nama OR h.nama = meta.norm_nama(g.uraian))
    WHERE g.kode IN (SELECT akar FROM akar)
    QUALIFY row_number() OVER (PARTITION BY g.kode ORDER BY (h.nama = p.nama) DESC NULLS LAST, h.seq) = 1
),
numbered AS (
    SELECT m.*,
           coalesce(h_no, coalesce((SELECT any_value(split_part(h.no, '.', 1)) FROM hist h WHERE h.section = m.section),
                                   CASE section WHEN 'I' THEN '1' ELSE '2' END) || '.' || (
               coalesce((SELECT max(TRY_CAST(split_part(h.no, '.', 2) AS INTEGER)) FROM hist h WHERE h.section = m.section), 0)
               + row_number() OVER (PARTITION BY section, h_no IS NULL ORDER BY plan_seq, kode))) AS no,
           coalesce(h_uraian, uraian) AS nama_baris,
           coalesce(h_seq, 1000 + plan_seq) AS seq
    FROM matched m
),
sums AS (
    SELECT n.no, n.nama_baris, n.section, n.seq, k.year, any_value(k.file_id) AS file_id, any_value(k.file) AS file, any_value(k.sheet) AS sheet,
           sum(k.pagu) AS anggaran, sum(k.anggaran) AS realisasi, count(*) AS baris
    FROM numbered n JOIN akar a ON a.akar = n.kode JOIN keu k ON k.kode LIKE a.kode || '.%'
    GROUP BY ALL
)
SELECT s.file_id, s.file, s.sheet, s.seq, s.section, s.no, s.nama_baris AS uraian, m.measure, s.year,
       CASE m.measure WHEN 'anggaran' THEN s.anggaran ELSE s.realisasi END AS value,
       CASE WHEN (CASE m.measure WHEN 'anggaran' THEN s.anggaran ELSE s.realisasi END) IS NULL THEN 'kosong' ELSE 'ok' END AS status,
       'jumlah ' || s.baris || ' baris laporan Keuangan Desember ' || s.year AS raw_text, NULL AS cell
FROM sums s CROSS JOIN (VALUES ('anggaran'), ('realisasi')) m(measure)
WHERE NOT EXISTS (SELECT 1 FROM hist_years h WHERE h.no = s.no AND h.uraian = s.nama_baris AND h.year = s.year);
COMMENT ON TABLE calc.tabel24_laporan IS 'Tabel 2.4 untuk tahun sesudah riwayat terbitan, dari laporan Keuangan bulan Desember: anggaran (pagu) dan realisasi per program dan kelompok Belanja Tidak Langsung, bersambung dengan baris riwayat yang namanya sama.';
COMMENT ON COLUMN calc.tabel24_laporan.file_id IS 'Berkas laporan Keuangan Desember (raw.files).';
COMMENT ON COLUMN calc.tabel24_laporan.file IS 'Berkas laporan Keuangan Desember.';
COMMENT ON COLUMN calc.tabel24_laporan.sheet IS 'Lembar laporan Keuangan.';
COMMENT ON COLUMN calc.tabel24_laporan.seq IS 'Urutan baris: urutan baris riwayat yang sama namanya, atau 1000 + urutan di Renstra untuk baris baru.';
COMMENT ON COLUMN calc.tabel24_laporan.section IS 'Bagian: I (Belanja Tidak Langsung) atau II (Belanja Langsung).';
COMMENT ON COLUMN calc.tabel24_laporan.no IS 'Nomor baris: nomor baris riwayat, atau nomor berikutnya di bagiannya.';
COMMENT ON COLUMN calc.tabel24_laporan.uraian IS 'Uraian baris: nama baris riwayat, atau nama program di Renstra.';
COMMENT ON COLUMN calc.tabel24_laporan.measure IS 'anggaran atau realisasi.';
COMMENT ON COLUMN calc.tabel24_laporan.year IS 'Tahun.';
COMMENT ON COLUMN calc.tabel24_laporan.value IS 'Jumlah rupiah baris-baris laporan Keuangan Desember di bawah program/kelompok ini.';
COMMENT ON COLUMN calc.tabel24_laporan.status IS 'ok, atau kosong bila tidak ada angka.';
COMMENT ON COLUMN calc.tabel24_laporan.raw_text IS 'Asal angka: jumlah berapa baris laporan Keuangan.';
COMMENT ON COLUMN calc.tabel24_laporan.cell IS 'Kosong: angka ini jumlah beberapa sel.';
