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
COMMENT ON COLUMN clean.renstra.file_id IS 'Berkas workbook Renstra (raw.files.file_id).';
COMMENT ON COLUMN clean.renstra.file IS 'Jalur workbook Renstra, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.renstra.judul IS 'Judul dokumen Renstra (mis. Perubahan Rencana Strategis (Renstra) II 2016-2021).';
COMMENT ON COLUMN clean.renstra.perangkat_daerah IS 'Nama perangkat daerah pemilik Renstra (mis. Dinas Koperasi dan Usaha Mikro Kota Semarang).';
COMMENT ON COLUMN clean.renstra.urusan IS 'Kode dan nama urusan pemerintahan (mis. 2.11 Koperasi, Usaha Kecil dan Menengah).';
COMMENT ON COLUMN clean.renstra.periode_awal IS 'Tahun awal periode Renstra (mis. 2016).';
COMMENT ON COLUMN clean.renstra.periode_akhir IS 'Tahun akhir periode Renstra (mis. 2021).';
COMMENT ON COLUMN clean.renstra.tahun_awal_perencanaan IS 'Tahun awal perencanaan, yaitu tahun data capaian awal (kondisi awal) di Tabel 6.1 (mis. 2016).';
