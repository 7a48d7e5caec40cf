-- meta.migrations: every SQL file applied to this warehouse, in order, with
-- the SHA-256 of its text, so an auditor can tell which rules built it.
CREATE SCHEMA IF NOT EXISTS meta;
CREATE TABLE meta.migrations (
    seq    INTEGER NOT NULL,
    stage  VARCHAR NOT NULL,
    name   VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL
);
COMMENT ON TABLE meta.migrations IS 'Berkas SQL yang membangun gudang data ini, berurutan, dengan hash isinya.';
