-- clean.renstra: each Renstra workbook read, with its period. Everything
-- about a plan period comes from here, never from code. The period is the
-- Dokumen sheet's (Periode Awal, Periode Akhir), else the years its title
-- names ("… 2025-2029"), else the years of its Tabel 6.1; the tahun awal
-- perencanaan (the kondisi awal's year) is the Dokumen's, else the first
-- year of Tabel 6.1 (its "Data capaian pada tahun awal perencanaan"
-- columns come first). A workbook with a Tabel 6.1 and no Dokumen sheet is
-- a Renstra too.
CREATE TABLE clean.renstra AS
WITH kv AS (
    SELECT file_id, row_no,
           lower(trim(max(raw_text) FILTER (WHERE field = 'kunci'))) AS k,
           trim(max(raw_text) FILTER (WHERE field = 'nilai'))        AS v
    FROM raw.values WHERE form = 'renstra.dokumen'
    GROUP BY file_id, row_no
),
doc AS (
    SELECT file_id,
           max(v) FILTER (WHERE k = 'judul')                         AS judul,
           max(v) FILTER (WHERE k = 'perangkat daerah')              AS perangkat_daerah,
           max(v) FILTER (WHERE k = 'urusan')                        AS urusan,
           TRY_CAST(max(v) FILTER (WHERE k = 'periode awal') AS INTEGER)           AS periode_awal,
           TRY_CAST(max(v) FILTER (WHERE k = 'periode akhir') AS INTEGER)          AS periode_akhir,
           TRY_CAST(max(v) FILTER (WHERE k = 'tahun awal perencanaan') AS INTEGER) AS tahun_awal_perencanaan
    FROM kv GROUP BY file_id
),
years AS (
    SELECT file_id, min(year) AS pertama, max(year) AS terakhir
    FROM raw.values WHERE form = 'renstra.tabel61' AND field IN ('target', 'rp') AND year IS NOT NULL
    GROUP BY file_id
),
files AS (SELECT file_id FROM doc UNION SELECT file_id FROM years)
SELECT x.file_id, f.path AS file,
       coalesce(d.judul, 'Renstra ' || regexp_replace(f.path, '^.*/', '')) AS judul,
       d.perangkat_daerah, d.urusan,
       coalesce(d.periode_awal, TRY_CAST(nullif(regexp_extract(d.judul, '(\d{4})\s*[-–]\s*(\d{4})', 1), '') AS INTEGER), y.pertama) AS periode_awal,
       coalesce(d.periode_akhir, TRY_CAST(nullif(regexp_extract(d.judul, '(\d{4})\s*[-–]\s*(\d{4})', 2), '') AS INTEGER), y.terakhir) AS periode_akhir,
       coalesce(d.tahun_awal_perencanaan, y.pertama) AS tahun_awal_perencanaan
FROM files x JOIN raw.files f USING (file_id)
LEFT JOIN doc d USING (file_id)
LEFT JOIN years y USING (file_id);
COMMENT ON TABLE clean.renstra IS 'Dokumen Renstra yang dibaca: judul, perangkat daerah, urusan, periode awal dan akhir.';
COMMENT ON COLUMN clean.renstra.file_id IS 'Berkas workbook Renstra (raw.files.file_id).';
COMMENT ON COLUMN clean.renstra.file IS 'Jalur workbook Renstra, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.renstra.judul IS 'Judul dokumen Renstra (mis. Perubahan Rencana Strategis (Renstra) II 2016-2021).';
COMMENT ON COLUMN clean.renstra.perangkat_daerah IS 'Nama perangkat daerah pemilik Renstra (mis. Dinas Koperasi dan Usaha Mikro Kota Semarang).';
COMMENT ON COLUMN clean.renstra.urusan IS 'Kode dan nama urusan pemerintahan (mis. 2.11 Koperasi, Usaha Kecil dan Menengah).';
COMMENT ON COLUMN clean.renstra.periode_awal IS 'Tahun awal periode Renstra (mis. 2016): dari lembar Dokumen, atau dari judulnya (… 2025-2029), atau tahun pertama Tabel 6.1.';
COMMENT ON COLUMN clean.renstra.periode_akhir IS 'Tahun akhir periode Renstra (mis. 2021): dari lembar Dokumen, atau dari judulnya, atau tahun terakhir Tabel 6.1.';
COMMENT ON COLUMN clean.renstra.tahun_awal_perencanaan IS 'Tahun awal perencanaan, yaitu tahun data capaian awal (kondisi awal) di Tabel 6.1 (mis. 2016); dari lembar Dokumen, atau tahun pertama Tabel 6.1.';
