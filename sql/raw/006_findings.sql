-- raw.findings: problems in the data met while reading, for the people who
-- typed it: where, what was there, what was expected.
CREATE TABLE raw.findings (
    seq       INTEGER NOT NULL,
    severity  VARCHAR NOT NULL,     -- tinggi, sedang, rendah, info
    rule      VARCHAR NOT NULL,
    file      VARCHAR,
    sheet     VARCHAR,
    cell      VARCHAR,
    raw_text  VARCHAR,
    expected  VARCHAR,
    message   VARCHAR NOT NULL
);
COMMENT ON TABLE raw.findings IS 'Temuan saat membaca berkas masukan: berkas, lembar, sel, isi asli, yang diharapkan, dan penjelasannya.';
