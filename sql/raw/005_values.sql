-- raw.values: each value of a recognised form table with its meaning (field,
-- year), its cell and raw text, and the number read from it. A value that
-- could not be read keeps its raw text, status 'tidak_terbaca', and a finding.
CREATE TABLE raw.values (
    file_id   INTEGER NOT NULL,
    sheet     VARCHAR NOT NULL,
    form      VARCHAR NOT NULL,
    row_no    INTEGER NOT NULL,
    field     VARCHAR NOT NULL,     -- e.g. anggaran, realisasi, rasio, target, rp, uraian
    year      INTEGER,              -- for per-year columns
    cell      VARCHAR NOT NULL,
    raw_text  VARCHAR NOT NULL,
    num       DECIMAL(38,10),       -- the number read, exact
    percent   BOOLEAN,              -- typed with % (or a percent-formatted cell)
    unit      VARCHAR,              -- unit typed after the number ("12 bulan")
    status    VARCHAR NOT NULL      -- ok, kosong, tidak_terbaca, teks
);
COMMENT ON TABLE raw.values IS 'Setiap nilai tabel formulir beserta artinya (kolom, tahun), alamat sel, teks aslinya, dan angka hasil pembacaan.';
COMMENT ON COLUMN raw.values.status IS 'ok (angka terbaca), kosong (sel kosong atau "-" / "N/A"), tidak_terbaca (bukan angka yang sah; ada temuan), teks (kolom teks).';
