-- raw.rows: the rows of every recognised form table, classified.
CREATE TABLE raw.rows (
    file_id   INTEGER NOT NULL,
    sheet     VARCHAR NOT NULL,
    form      VARCHAR NOT NULL,
    row_no    INTEGER NOT NULL,
    seq       INTEGER NOT NULL,     -- order within the table, from 1
    row_kind  VARCHAR NOT NULL,     -- data, section, total, continuation
    row_key   VARCHAR,              -- the No / Kode Rekening column as typed
    label     VARCHAR,              -- the Uraian / Indikator column as typed
    section   VARCHAR               -- the section the row belongs to (e.g. "I")
);
COMMENT ON TABLE raw.rows IS 'Baris tabel formulir yang dikenali: baris data, judul bagian (I, II), baris jumlah, atau lanjutan baris sebelumnya.';
