-- raw.sheets: the sheets of every spreadsheet read, and which form each was
-- recognised as (empty when none).
CREATE TABLE raw.sheets (
    file_id     INTEGER NOT NULL,
    sheet_index INTEGER NOT NULL,
    sheet       VARCHAR NOT NULL,
    form        VARCHAR,            -- tabel23, tabel24, renstra.tabel61, pengaturan, …
    title       VARCHAR,            -- the title text that identified it
    max_row     INTEGER NOT NULL,
    max_col     INTEGER NOT NULL,
    cells       INTEGER NOT NULL
);
COMMENT ON TABLE raw.sheets IS 'Lembar kerja setiap berkas spreadsheet dan jenis formulir yang dikenali.';
