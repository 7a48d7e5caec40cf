-- mart.windows_invalid: parts of the setting jendela_review that are not a
-- year range (listed in the review, otherwise ignored).
CREATE TABLE mart.windows_invalid AS
WITH setting AS (SELECT value, file, sheet, cell FROM clean.settings WHERE key = 'jendela_review'),
parts AS (SELECT trim(p) AS part, file, sheet, cell FROM setting, unnest(string_split(setting.value, ';')) AS u(p) WHERE trim(p) <> '')
SELECT * FROM parts
WHERE NOT regexp_full_match(part, '\d{4}\s*[-–]\s*\d{4}|\d{4}')
   OR (regexp_full_match(part, '\d{4}\s*[-–]\s*\d{4}')
       AND CAST(regexp_extract(part, '^(\d{4})', 1) AS INTEGER) > CAST(regexp_extract(part, '(\d{4})$', 1) AS INTEGER));
COMMENT ON TABLE mart.windows_invalid IS 'Bagian pengaturan jendela_review yang bukan rentang tahun; diabaikan dan dicantumkan di Review.';
