-- mart.padanan_putus: where a Tabel 2.4 window spans a change of plan (its
-- years follow two Renstra, clean.renstra_berlaku), every program of the
-- earlier plan (and every group of its Belanja Tidak Langsung, a row of
-- Tabel 2.4 too) needs its successor and every program of the later one its
-- predecessor in the planner's Padanan Kode (clean.padanan_kode; hapus and
-- baru count as an answer); likewise, in a Tabel 2.3 window, every
-- indicator (IKU and program indicators), where an indicator the next plan
-- keeps under the same code is its own successor. One without is a break
-- in the series, named here with its row (Tabel 6.1, or the Indikator
-- sheet), never left silent. A program merged into a successor that
-- continues another program's row (gabung) is listed too, so its row's end
-- is explained.
CREATE TABLE mart.padanan_putus AS
WITH w AS (SELECT DISTINCT tabel, first_year, last_year FROM mart.windows),
plans AS (
    SELECT w.tabel, w.first_year, w.last_year, b.file_id, min(b.year) AS dari, max(b.year) AS sampai
    FROM w JOIN clean.renstra_berlaku b ON b.year BETWEEN w.first_year AND w.last_year
    GROUP BY ALL
),
pairs AS (
    SELECT a.tabel, a.first_year, a.last_year, a.file_id AS lama_id, a.sampai AS lama_sampai, b.file_id AS baru_id, b.dari AS baru_dari
    FROM plans a JOIN plans b ON a.tabel = b.tabel AND a.first_year = b.first_year AND a.last_year = b.last_year AND a.sampai < b.dari
),
prog24 AS (
    SELECT DISTINCT ON (file_id, kode) 'tabel24' AS tabel, file_id, file, sheet, row_no, kode, uraian
    FROM clean.program_kegiatan
    WHERE NOT lanjutan AND kode IS NOT NULL
      AND (jenis = 'program' OR (blok = 'BELANJA TIDAK LANGSUNG' AND tingkat = 2)) -- the rows of Tabel 2.4
    ORDER BY file_id, kode, row_no
),
prog23 AS (
    SELECT DISTINCT ON (file_id, kode) 'tabel23' AS tabel, file_id, file, sheet, row_no, kode, nama AS uraian
    FROM clean.indikator
    WHERE kode IS NOT NULL AND tingkat IN ('Tujuan', 'Sasaran', 'Program') -- the rows of Tabel 2.3
    ORDER BY file_id, kode, row_no
),
prog AS (SELECT * FROM prog24 UNION ALL SELECT * FROM prog23),
ok AS (SELECT * FROM clean.padanan_kode WHERE status = 'ok'),
first_of AS (
    -- the row each successor continues (clean.padanan_deret)
    SELECT n.tabel, d.kode AS kode_baru, d.akar AS lama FROM clean.padanan_deret d JOIN prog n ON n.kode = d.kode
)
SELECT s.tabel, s.first_year, s.last_year, 'tanpa_pengganti' AS masalah, p.kode, p.uraian, p.file, p.sheet, 'A' || p.row_no AS cell,
       rl.judul AS renstra, rb.judul AS renstra_lain, s.lama_sampai AS tahun_akhir, NULL AS kode_lain
FROM pairs s JOIN prog p ON p.file_id = s.lama_id AND p.tabel = s.tabel
JOIN clean.renstra rl ON rl.file_id = s.lama_id JOIN clean.renstra rb ON rb.file_id = s.baru_id
WHERE NOT EXISTS (SELECT 1 FROM ok o WHERE o.kode_lama = p.kode)
  AND NOT EXISTS (SELECT 1 FROM prog c WHERE c.file_id = s.baru_id AND c.tabel = p.tabel AND c.kode = p.kode)
UNION ALL
SELECT s.tabel, s.first_year, s.last_year, 'tanpa_pendahulu', p.kode, p.uraian, p.file, p.sheet, 'A' || p.row_no,
       rb.judul, rl.judul, s.baru_dari, NULL
FROM pairs s JOIN prog p ON p.file_id = s.baru_id AND p.tabel = s.tabel
JOIN clean.renstra rl ON rl.file_id = s.lama_id JOIN clean.renstra rb ON rb.file_id = s.baru_id
WHERE NOT EXISTS (SELECT 1 FROM ok o WHERE o.kode_baru = p.kode)
  AND NOT EXISTS (SELECT 1 FROM prog c WHERE c.file_id = s.lama_id AND c.tabel = p.tabel AND c.kode = p.kode)
UNION ALL
SELECT DISTINCT s.tabel, s.first_year, s.last_year, 'digabung', p.kode, p.uraian, p.file, p.sheet, 'A' || p.row_no,
       rl.judul, rb.judul, s.lama_sampai, o.kode_baru
FROM pairs s JOIN prog p ON p.file_id = s.lama_id AND p.tabel = s.tabel
JOIN ok o ON o.kode_lama = p.kode AND o.kode_baru IS NOT NULL
JOIN first_of f ON f.tabel = p.tabel AND f.kode_baru = o.kode_baru AND f.lama <> p.kode
JOIN clean.renstra rl ON rl.file_id = s.lama_id JOIN clean.renstra rb ON rb.file_id = s.baru_id
WHERE NOT EXISTS (SELECT 1 FROM ok o2 JOIN first_of f2 ON f2.tabel = p.tabel AND f2.kode_baru = o2.kode_baru AND f2.lama = p.kode WHERE o2.kode_lama = p.kode)
  AND NOT EXISTS (SELECT 1 FROM prog c WHERE c.file_id = s.baru_id AND c.tabel = p.tabel AND c.kode = p.kode);
COMMENT ON TABLE mart.padanan_putus IS 'Program (Tabel 2.4) atau indikator (Tabel 2.3) yang deretnya putus pada jendela yang melintasi pergantian Renstra: tanpa pengganti, tanpa pendahulu di lembar Padanan Kode, atau digabung ke kode yang melanjutkan baris lain.';
COMMENT ON COLUMN mart.padanan_putus.tabel IS 'tabel24 (program, pos Belanja Tidak Langsung) atau tabel23 (indikator).';
COMMENT ON COLUMN mart.padanan_putus.first_year IS 'Tahun awal jendela Tabel 2.4.';
COMMENT ON COLUMN mart.padanan_putus.last_year IS 'Tahun akhir jendela Tabel 2.4.';
COMMENT ON COLUMN mart.padanan_putus.masalah IS 'tanpa_pengganti (program Renstra lama tanpa padanan), tanpa_pendahulu (program Renstra baru tanpa padanan), digabung (deretnya berakhir; dilanjutkan baris program lain).';
COMMENT ON COLUMN mart.padanan_putus.kode IS 'Kode program atau indikator.';
COMMENT ON COLUMN mart.padanan_putus.uraian IS 'Nama program di Tabel 6.1, atau nama indikator di lembar Indikator, Renstra-nya.';
COMMENT ON COLUMN mart.padanan_putus.file IS 'Workbook Renstra program itu.';
COMMENT ON COLUMN mart.padanan_putus.sheet IS 'Lembar Tabel 6.1 atau Indikator.';
COMMENT ON COLUMN mart.padanan_putus.cell IS 'Sel kode program atau indikator.';
COMMENT ON COLUMN mart.padanan_putus.renstra IS 'Judul Renstra program itu.';
COMMENT ON COLUMN mart.padanan_putus.renstra_lain IS 'Judul Renstra di sisi lain pergantian.';
COMMENT ON COLUMN mart.padanan_putus.tahun_akhir IS 'Tahun terakhir (tanpa_pengganti, digabung) atau pertama (tanpa_pendahulu) Renstra program itu dalam jendela.';
COMMENT ON COLUMN mart.padanan_putus.kode_lain IS 'Untuk digabung: kode pengganti yang melanjutkan baris lain.';
