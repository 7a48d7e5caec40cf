-- mart.windows: the year windows Tabel 2.3 and Tabel 2.4 are written for,
-- one workbook each. From the setting jendela_review ("2011-2016; 2017-2021",
-- a single year "2016" is a window of one); when it is empty, one window per
-- table spanning the years the table has data for.
CREATE TABLE mart.windows AS
WITH setting AS (
    SELECT value FROM clean.settings WHERE key = 'jendela_review'
),
parts AS (
    SELECT trim(p) AS part FROM setting, unnest(string_split(setting.value, ';')) AS u(p)
    WHERE trim(p) <> ''
),
parsed AS (
    SELECT part,
           TRY_CAST(coalesce(nullif(regexp_extract(part, '^(\d{4})\s*[-–]\s*(\d{4})$', 1), ''), nullif(regexp_extract(part, '^(\d{4})$', 1), '')) AS INTEGER) AS first_year,
           TRY_CAST(coalesce(nullif(regexp_extract(part, '^(\d{4})\s*[-–]\s*(\d{4})$', 2), ''), nullif(regexp_extract(part, '^(\d{4})$', 1), '')) AS INTEGER) AS last_year
    FROM parts
),
valid AS (
    SELECT DISTINCT first_year, last_year FROM parsed
    WHERE first_year IS NOT NULL AND last_year >= first_year
),
tables(tabel) AS (VALUES ('tabel23'), ('tabel24')),
data_years AS (
    SELECT 'tabel23' AS tabel, min(year) AS first_year, max(year) AS last_year FROM (
        SELECT year, status FROM clean.tabel23 UNION ALL SELECT year, status FROM calc.tabel23_laporan
    ) WHERE status = 'ok' AND year IS NOT NULL
    UNION ALL
    SELECT 'tabel24', min(year), max(year) FROM (
        SELECT year, status FROM clean.tabel24 UNION ALL SELECT year, status FROM calc.tabel24_laporan
    ) WHERE status = 'ok' AND year IS NOT NULL
)
SELECT t.tabel, v.first_year, v.last_year, 'pengaturan' AS asal
FROM tables t, valid v
UNION ALL
SELECT d.tabel, d.first_year, d.last_year, 'data' AS asal
FROM data_years d
WHERE d.first_year IS NOT NULL AND NOT EXISTS (SELECT 1 FROM valid);
COMMENT ON TABLE mart.windows IS 'Rentang tahun (jendela review) setiap workbook Tabel 2.3 dan Tabel 2.4; asal = pengaturan atau data.';
COMMENT ON COLUMN mart.windows.tabel IS 'Tabel yang ditulis: tabel23 (Tabel 2.3) atau tabel24 (Tabel 2.4).';
COMMENT ON COLUMN mart.windows.first_year IS 'Tahun pertama jendela review (mis. 2011).';
COMMENT ON COLUMN mart.windows.last_year IS 'Tahun terakhir jendela review (mis. 2016).';
COMMENT ON COLUMN mart.windows.asal IS 'Asal jendela: pengaturan (dari jendela_review) atau data (rentang tahun berdata, karena pengaturan kosong).';
