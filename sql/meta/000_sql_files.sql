-- meta.sql_files: every SQL file applied to this warehouse, in order, with
-- the SHA-256 of its text, so an auditor can tell which rules built it.
CREATE SCHEMA IF NOT EXISTS meta;
CREATE TABLE meta.sql_files (
    seq    INTEGER NOT NULL,
    stage  VARCHAR NOT NULL,
    name   VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    ms     DECIMAL(38,10)    -- how long it took to apply, in milliseconds
);
COMMENT ON TABLE meta.sql_files IS 'Berkas SQL yang membangun gudang data ini, berurutan, dengan hash isinya.';
COMMENT ON COLUMN meta.sql_files.seq IS 'Urutan penerapan, mulai 1.';
COMMENT ON COLUMN meta.sql_files.stage IS 'Tahap: meta, raw, clean, mart.';
COMMENT ON COLUMN meta.sql_files.name IS 'Nama berkas SQL tanpa .sql, mis. 011_tabel24.';
COMMENT ON COLUMN meta.sql_files.sha256 IS 'Hash SHA-256 isi berkas SQL.';
COMMENT ON COLUMN meta.sql_files.ms IS 'Lama penerapan berkas SQL ini dalam milidetik: tempat waktu sebuah proses habis.';
