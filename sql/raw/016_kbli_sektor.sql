-- raw.kbli_sektor: Semarang's sector words (Batik, Olahan Pangan …) for
-- the KBLI codes an awalan (prefix) starts; the longest prefix decides, a
-- code none starts is lain-lain. Loaded by every run from
-- pipelines/read/oss (kbli-sektor.tsv), data an office can change.
CREATE TABLE raw.kbli_sektor (
    awalan  VARCHAR NOT NULL,
    sektor  VARCHAR NOT NULL,
    catatan VARCHAR
);
COMMENT ON TABLE raw.kbli_sektor IS 'Padanan kode KBLI dengan jenis/sektor usaha Kota Semarang (Batik, Handycraft, Olahan Pangan, …): awalan kode terpanjang yang cocok menentukan; kode lain lain-lain.';
COMMENT ON COLUMN raw.kbli_sektor.awalan IS 'Awalan kode KBLI, 2 sampai 5 angka.';
COMMENT ON COLUMN raw.kbli_sektor.sektor IS 'Sektor usaha Kota Semarang.';
COMMENT ON COLUMN raw.kbli_sektor.catatan IS 'Kode yang dicakup dan alasannya.';
