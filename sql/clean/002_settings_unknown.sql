-- clean.settings_unknown: keys typed in a Pengaturan sheet that kinerja does
-- not know (listed in the review, otherwise ignored).
CREATE TABLE clean.settings_unknown AS
SELECT f.path AS file, v.sheet, v.cell, v.raw_text AS key
FROM raw.values v JOIN raw.files f USING (file_id)
WHERE v.form = 'pengaturan' AND v.field = 'kunci'
  AND lower(trim(v.raw_text)) NOT IN (SELECT key FROM clean.settings);
COMMENT ON TABLE clean.settings_unknown IS 'Kunci pengaturan yang diketik tetapi tidak dikenal kinerja; diabaikan dan dicantumkan di Review.';
COMMENT ON COLUMN clean.settings_unknown.file IS 'Berkas Pengaturan tempat kunci diketik.';
COMMENT ON COLUMN clean.settings_unknown.sheet IS 'Lembar tempat kunci diketik.';
COMMENT ON COLUMN clean.settings_unknown.cell IS 'Sel kunci (gaya A1).';
COMMENT ON COLUMN clean.settings_unknown.key IS 'Kunci pengaturan seperti diketik, yang tidak dikenal kinerja.';
