-- clean.renstra: each Renstra workbook read, with its period. Everything
-- about a plan period comes from here, never from code.
CREATE TABLE clean.renstra AS
WITH kv AS (
    SELECT file_id, row_no,
           lower(trim(max(raw_text) FILTER (WHERE field = 'kunci'))) AS k,
           trim(max(raw_text) FILTER (WHERE field = 'nilai'))        AS v
    FROM raw.values WHERE form = 'renstra.dokumen'
    GROUP BY file_id, row_no
)
SELECT kv.file_id, f.path AS file,
       max(v) FILTER (WHERE k = 'judul')                         AS judul,
       max(v) FILTER (WHERE k = 'perangkat daerah')              AS perangkat_daerah,
       max(v) FILTER (WHERE k = 'urusan')                        AS urusan,
       TRY_CAST(max(v) FILTER (WHERE k = 'periode awal') AS INTEGER)           AS periode_awal,
       TRY_CAST(max(v) FILTER (WHERE k = 'periode akhir') AS INTEGER)          AS periode_akhir,
       TRY_CAST(max(v) FILTER (WHERE k = 'tahun awal perencanaan') AS INTEGER) AS tahun_awal_perencanaan
FROM kv JOIN raw.files f USING (file_id)
GROUP BY kv.file_id, f.path;
COMMENT ON TABLE clean.renstra IS 'Dokumen Renstra yang dibaca: judul, perangkat daerah, urusan, periode awal dan akhir.';
