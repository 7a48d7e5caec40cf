-- clean.formulir: every sheet recognised as a form, per file: what the
-- mart asks of a file's sheets (is this file a cooperative register?)
-- without reading raw.
CREATE TABLE clean.formulir AS
SELECT file_id, sheet_index, sheet, form
FROM raw.sheets
WHERE form IS NOT NULL;
COMMENT ON TABLE clean.formulir IS 'Setiap lembar yang dikenali sebagai formulir, per berkas.';
COMMENT ON COLUMN clean.formulir.file_id IS 'Berkas asal lembar (raw.files.file_id).';
COMMENT ON COLUMN clean.formulir.sheet_index IS 'Urutan lembar di dalam workbook, mulai dari 0.';
COMMENT ON COLUMN clean.formulir.sheet IS 'Nama lembar (tab) di workbook.';
COMMENT ON COLUMN clean.formulir.form IS 'Formulir yang dikenali, mis. bulanan.realisasi, bulanan.koperasi, renstra.indikator (lihat raw.sheets.form).';
