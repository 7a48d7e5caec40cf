-- calc.windows_invalid: parts of the setting jendela_review that are not a
-- year range (listed in the review, otherwise ignored).
CREATE TABLE calc.windows_invalid AS
WITH setting AS (SELECT value, file, sheet, cell FROM clean.settings WHERE key = 'jendela_review'),
parts AS (SELECT trim(p) AS part, file, sheet, cell FROM setting, unnest(string_split(setting.value, ';')) AS u(p) WHERE trim(p) <> '')
SELECT * FROM parts
WHERE NOT regexp_full_match(part, '\d{4}\s*[-–]\s*\d{4}|\d{4}')
   OR (regexp_full_match(part, '\d{4}\s*[-–]\s*\d{4}')
       AND CAST(regexp_extract(part, '^(\d{4})', 1) AS INTEGER) > CAST(regexp_extract(part, '(\d{4})$', 1) AS INTEGER));
COMMENT ON TABLE calc.windows_invalid IS 'Bagian pengaturan jendela_review yang bukan rentang tahun; diabaikan dan dicantumkan di Review.';
COMMENT ON COLUMN calc.windows_invalid.part IS 'Bagian jendela_review seperti diketik yang bukan rentang tahun sah (mis. 2016-2011 atau 2011/2016).';
COMMENT ON COLUMN calc.windows_invalid.file IS 'Berkas Pengaturan tempat jendela_review diketik.';
COMMENT ON COLUMN calc.windows_invalid.sheet IS 'Lembar tempat jendela_review diketik.';
COMMENT ON COLUMN calc.windows_invalid.cell IS 'Sel nilai jendela_review (gaya A1).';
