-- calc.review_rencana: internal totals of Tabel 6.1 that do not add up.
--   t61.akhir       a row's "kondisi akhir" Rp is not the sum of its years
--                   (said plainly when it is the sum without the first year);
--   t61.akhir_kosong a row with Rp in its years prints no "kondisi akhir";
--   t61.induk       a program's Rp in a year is not the sum of its kegiatan;
--   t61.blok        a block total (BELANJA LANGSUNG …) in a year is not the
--                   sum of the block's top rows;
--   t61.ganda       one kode has two Rp figures for the same year.
CREATE TABLE calc.review_rencana AS
WITH base AS (
    SELECT file_id, min(year) AS first_year FROM clean.rencana WHERE year IS NOT NULL GROUP BY file_id
),
row_sums AS (
    SELECT r.file_id, r.file, r.sheet, r.row_no, r.seq, r.blok, r.kode, r.jenis,
           sum(r.value) FILTER (WHERE NOT r.akhir AND r.year IS NOT NULL AND r.status = 'ok') AS sum_all,
           sum(r.value) FILTER (WHERE NOT r.akhir AND r.year > b.first_year AND r.status = 'ok') AS sum_wo_first,
           count(*) FILTER (WHERE NOT r.akhir AND r.year = b.first_year AND r.status = 'ok') > 0 AS has_first,
           max(r.value) FILTER (WHERE r.akhir AND r.status = 'ok') AS akhir,
           max(r.cell) FILTER (WHERE r.akhir) AS akhir_cell,
           max(r.raw_text) FILTER (WHERE r.akhir) AS akhir_raw,
           min(r.year) FILTER (WHERE NOT r.akhir AND r.status = 'ok') AS y0,
           max(r.year) FILTER (WHERE NOT r.akhir AND r.status = 'ok') AS y1,
           any_value(b.first_year) AS first_year
    FROM clean.rencana r JOIN base b USING (file_id)
    WHERE r.measure = 'rp' AND NOT r.lanjutan
    GROUP BY ALL
),
akhir AS (
    SELECT s.*,
           s.has_first AND s.akhir = s.sum_wo_first AS excludes_first,
           (SELECT string_agg(o.kode_or_blok || ' (' || meta.id_num(o.akhir) || ')', ', ')
              FROM (SELECT coalesce(kode, blok) AS kode_or_blok, akhir, sum_all, file_id, jenis FROM row_sums) o
             WHERE o.file_id = s.file_id AND o.jenis = 'blok' AND o.akhir = o.sum_all AND s.jenis = 'blok') AS blocks_including
    FROM row_sums s
    WHERE s.akhir IS NOT NULL AND s.akhir <> s.sum_all
),
kids AS (
    SELECT p.file_id, p.file, p.sheet, p.kode, p.year, p.rp,
           sum(c.rp) AS kids_rp, count(c.kode) AS n_kids, any_value(p.cells) AS cells
    FROM clean.pagu p
    JOIN clean.program_kegiatan pk ON pk.file_id = p.file_id AND pk.kode = p.kode AND NOT pk.lanjutan
    JOIN clean.pagu c ON c.file_id = p.file_id AND c.year = p.year
         AND c.kode IN (SELECT k.kode FROM clean.program_kegiatan k WHERE k.file_id = p.file_id AND k.parent_kode = p.kode)
    GROUP BY ALL
),
blocks AS (
    SELECT p.file_id, p.file, p.sheet, p.blok, p.year, p.rp, p.cells,
           (SELECT sum(c.rp) FROM clean.pagu c
             WHERE c.file_id = p.file_id AND c.year = p.year AND c.blok = p.blok AND c.jenis <> 'blok'
               AND c.kode IN (SELECT k.kode FROM clean.program_kegiatan k WHERE k.file_id = p.file_id AND k.tingkat = 1)) AS top_rp
    FROM clean.pagu p WHERE p.jenis = 'blok'
)
SELECT 'Tabel 6.1' AS tabel, seq, coalesce(kode, blok) AS baris, 'Kondisi akhir (Rp)' AS kolom, NULL::INTEGER AS year,
       akhir AS published, sum_all AS recomputed, sum_all - akhir AS difference, file, sheet, akhir_cell AS cell, akhir_raw AS raw_text,
       'sedang' AS severity, 't61.akhir' AS rule,
       'Kondisi akhir ' || meta.id_num(akhir) || ' tidak sama dengan jumlah ' || y0 || '–' || y1 || ' (' || meta.id_num(sum_all) || ')'
       || CASE WHEN excludes_first THEN '; sama dengan jumlah tanpa tahun awal ' || first_year || ' (' || meta.id_num(sum_wo_first) || ').'
               ELSE '.' END
       || CASE WHEN excludes_first AND blocks_including IS NOT NULL THEN ' Total blok lain menyertakan ' || first_year || ': ' || blocks_including || '.' ELSE '' END
       AS message
FROM akhir
UNION ALL
SELECT 'Tabel 6.1', s.seq, coalesce(s.kode, s.blok), 'Kondisi akhir (Rp)', NULL,
       NULL, s.sum_all, NULL, s.file, s.sheet,
       -- the empty cell: the column of the sheet's other "kondisi akhir" Rp cells, this row
       (SELECT regexp_extract(any_value(o.cell), '^[A-Z]+') FROM clean.rencana o
         WHERE o.file_id = s.file_id AND o.sheet = s.sheet AND o.akhir AND o.measure = 'rp') || s.row_no,
       NULL, 'rendah', 't61.akhir_kosong',
       'Kondisi akhir tidak dicantumkan; jumlah tahun-tahunnya ' || meta.id_num(s.sum_all) || '.'
FROM row_sums s
WHERE s.akhir IS NULL AND s.sum_all IS NOT NULL
UNION ALL
SELECT 'Tabel 6.1', (SELECT min(seq) FROM clean.program_kegiatan k WHERE k.file_id = kids.file_id AND k.kode = kids.kode),
       kode, 'Rp', year, rp, kids_rp, kids_rp - rp, file, sheet, cells, NULL, 'tinggi', 't61.induk',
       'Pagu ' || year || ' ' || meta.id_num(rp) || ' tidak sama dengan jumlah ' || n_kids || ' kegiatannya (' || meta.id_num(kids_rp) || ').'
FROM kids WHERE rp <> kids_rp
UNION ALL
SELECT 'Tabel 6.1', (SELECT min(seq) FROM clean.program_kegiatan k WHERE k.file_id = blocks.file_id AND k.blok = blocks.blok),
       blok, 'Rp', year, rp, top_rp, top_rp - rp, file, sheet, cells, NULL, 'tinggi', 't61.blok',
       'Total ' || blok || ' ' || year || ' ' || meta.id_num(rp) || ' tidak sama dengan jumlah baris teratas bloknya (' || meta.id_num(top_rp) || ').'
FROM blocks WHERE top_rp IS NOT NULL AND rp <> top_rp
UNION ALL
SELECT 'Tabel 6.1', (SELECT min(seq) FROM clean.program_kegiatan k WHERE k.file_id = p.file_id AND k.kode = p.kode),
       kode, 'Rp', year, NULL, rp, NULL, file, sheet, cells, NULL, 'sedang', 't61.ganda',
       'Kode ini mempunyai ' || rows_with_value || ' angka Rp untuk tahun ' || year || ' (sel ' || cells || '); dijumlahkan menjadi ' || meta.id_num(rp) || '.'
FROM clean.pagu p WHERE rows_with_value > 1;
COMMENT ON TABLE calc.review_rencana IS 'Jumlah dalam Tabel 6.1 Renstra yang tidak cocok: kondisi akhir vs jumlah tahunan, program vs kegiatannya, total blok vs programnya.';
COMMENT ON COLUMN calc.review_rencana.tabel IS 'Tabel yang diperiksa: Tabel 6.1.';
COMMENT ON COLUMN calc.review_rencana.seq IS 'Urutan baris di Tabel 6.1 (clean.program_kegiatan.seq).';
COMMENT ON COLUMN calc.review_rencana.baris IS 'Kode rekening baris, atau nama blok untuk total blok belanja (mis. BELANJA LANGSUNG).';
COMMENT ON COLUMN calc.review_rencana.kolom IS 'Kolom yang diperiksa: Kondisi akhir (Rp) atau Rp (pagu tahunan).';
COMMENT ON COLUMN calc.review_rencana.year IS 'Tahun pagu (mis. 2017); kosong untuk kondisi akhir periode.';
COMMENT ON COLUMN calc.review_rencana.published IS 'Angka tercetak dalam rupiah; kosong bila tidak dicantumkan atau untuk angka ganda (t61.ganda).';
COMMENT ON COLUMN calc.review_rencana.recomputed IS 'Jumlah hitung ulang dalam rupiah: jumlah tahun-tahunnya, jumlah kegiatannya, jumlah baris teratas blok, atau jumlah angka ganda.';
COMMENT ON COLUMN calc.review_rencana.difference IS 'Selisih hitung ulang − tercetak, dalam rupiah; kosong bila angka tercetak kosong.';
COMMENT ON COLUMN calc.review_rencana.file IS 'Workbook Renstra, relatif terhadap folder masukan.';
COMMENT ON COLUMN calc.review_rencana.sheet IS 'Lembar Tabel 6.1.';
COMMENT ON COLUMN calc.review_rencana.cell IS 'Sel angka tercetak (gaya A1); beberapa sel dipisah koma untuk pagu yang tercetak di lebih dari satu baris.';
COMMENT ON COLUMN calc.review_rencana.raw_text IS 'Isi sel kondisi akhir apa adanya; kosong untuk aturan lain.';
COMMENT ON COLUMN calc.review_rencana.severity IS 'Tingkat keparahan: tinggi (t61.induk, t61.blok), sedang (t61.akhir, t61.ganda), rendah (t61.akhir_kosong).';
COMMENT ON COLUMN calc.review_rencana.rule IS 'Kode aturan: t61.akhir (kondisi akhir bukan jumlah tahunan), t61.akhir_kosong, t61.induk (program bukan jumlah kegiatannya), t61.blok (total blok bukan jumlah programnya), t61.ganda (dua angka Rp untuk satu kode dan tahun).';
COMMENT ON COLUMN calc.review_rencana.message IS 'Penjelasan ketidakcocokan dalam Bahasa Indonesia, dengan angkanya.';
