-- clean.renstra_berlaku: the plan each year is reported against. A year is
-- covered by every Renstra whose period holds it; the year a plan takes its
-- kondisi awal from (tahun awal perencanaan: 2016 of the Renstra
-- 2016–2021, 2021 of a Renstra 2021–2026) is a plan year only where no
-- other plan has targets for it. Where two plans have targets for a year
-- (2025 and 2026 under the Renstra 2021–2026 and 2025–2029) the setting
-- renstra_ganda chooses: baru, the plan whose period starts last, or lama.
-- Every workbook names the plan it follows from here (mart.laporan).
CREATE TABLE clean.renstra_berlaku AS
WITH s AS (SELECT value AS pilihan FROM clean.settings WHERE key = 'renstra_ganda'),
c AS (
    SELECT CAST(y.y AS INTEGER) AS year, r.file_id, r.file, r.judul, r.periode_awal, r.periode_akhir,
           y.y = coalesce(r.tahun_awal_perencanaan, r.periode_awal) AS tahun_awal
    FROM clean.renstra r, range(r.periode_awal, r.periode_akhir + 1) y(y)
    WHERE r.periode_awal IS NOT NULL AND r.periode_akhir IS NOT NULL AND r.periode_awal <= r.periode_akhir
),
ranked AS (
    SELECT c.*, s.pilihan,
           count(*) FILTER (WHERE NOT c.tahun_awal) OVER (PARTITION BY c.year) AS bertarget,
           row_number() OVER (PARTITION BY c.year
                              ORDER BY c.tahun_awal,
                                       CASE WHEN s.pilihan = 'lama' THEN c.periode_awal ELSE -c.periode_awal END,
                                       c.file) AS urut,
           string_agg(c.judul || ' (' || c.periode_awal || '–' || c.periode_akhir || ')', '; ' ORDER BY c.periode_awal)
               OVER (PARTITION BY c.year) AS semua
    FROM c, s
)
SELECT year, file_id, file, judul, periode_awal, periode_akhir, tahun_awal,
       CASE WHEN bertarget > 1 THEN 'dicakup ' || bertarget || ' Renstra (' || semua || '); dipilih menurut pengaturan renstra_ganda = ' || pilihan
            WHEN tahun_awal THEN 'tahun awal perencanaan (kondisi awal) Renstra ini; tidak ada Renstra lain yang bertarget untuk tahun ini'
            ELSE 'satu-satunya Renstra bertarget untuk tahun ini' END AS alasan
FROM ranked WHERE urut = 1;
COMMENT ON TABLE clean.renstra_berlaku IS 'Renstra yang diikuti setiap tahun: satu baris per tahun yang dicakup suatu Renstra. Tahun yang dicakup dua Renstra bertarget (mis. 2025–2026) dipilih menurut pengaturan renstra_ganda.';
COMMENT ON COLUMN clean.renstra_berlaku.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.renstra_berlaku.file_id IS 'Berkas workbook Renstra yang diikuti (raw.files.file_id).';
COMMENT ON COLUMN clean.renstra_berlaku.file IS 'Jalur workbook Renstra yang diikuti, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.renstra_berlaku.judul IS 'Judul Renstra yang diikuti (lembar Dokumen).';
COMMENT ON COLUMN clean.renstra_berlaku.periode_awal IS 'Tahun awal periode Renstra yang diikuti.';
COMMENT ON COLUMN clean.renstra_berlaku.periode_akhir IS 'Tahun akhir periode Renstra yang diikuti.';
COMMENT ON COLUMN clean.renstra_berlaku.tahun_awal IS 'Benar bila tahun ini tahun awal perencanaan (kondisi awal) Renstra itu, bukan tahun bertarget.';
COMMENT ON COLUMN clean.renstra_berlaku.alasan IS 'Mengapa Renstra ini yang diikuti (satu-satunya, tahun awal, atau pilihan pengaturan renstra_ganda bila dua Renstra mencakup tahun itu).';
