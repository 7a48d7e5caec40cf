-- raw.cells: every non-empty cell of every sheet read, exactly as stored in
-- the file (raw_text) and as a spreadsheet program shows it (display_text).
CREATE TABLE raw.cells (
    file_id      INTEGER NOT NULL,
    sheet        VARCHAR NOT NULL,
    row_no       INTEGER NOT NULL,  -- 1-based, as in the spreadsheet
    col_no       INTEGER NOT NULL,  -- 1-based: A = 1
    cell         VARCHAR NOT NULL,  -- A1 reference
    cell_type    VARCHAR NOT NULL,  -- number, text, bool, error, formula, date
    raw_text     VARCHAR NOT NULL,
    display_text VARCHAR NOT NULL,
    num_format   VARCHAR,
    formula      VARCHAR
);
COMMENT ON TABLE raw.cells IS 'Setiap sel berisi dari setiap lembar yang dibaca, persis seperti tersimpan di berkas (raw_text) dan seperti tampil di Excel (display_text).';
COMMENT ON COLUMN raw.cells.raw_text IS 'Isi sel seperti tersimpan: angka dalam format C (titik desimal), teks apa adanya.';
COMMENT ON COLUMN raw.cells.display_text IS 'Isi sel seperti tampil di program spreadsheet, sesuai format angkanya.';
