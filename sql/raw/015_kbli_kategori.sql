-- raw.kbli_kategori: KBLI 2020's 21 kategori (sections) and the golongan
-- pokok each covers, the reference an OSS project's KBLI code is read by.
-- Loaded by every run from pipelines/read/oss (kbli-kategori.tsv).
CREATE TABLE raw.kbli_kategori (
    kategori VARCHAR NOT NULL,
    nama     VARCHAR NOT NULL,
    dari     INTEGER NOT NULL,
    sampai   INTEGER NOT NULL
);
COMMENT ON TABLE raw.kbli_kategori IS 'Kategori KBLI 2020 (A–U) dengan golongan pokok (dua angka pertama kode) yang dicakupnya; rujukan membaca kode KBLI proyek OSS.';
COMMENT ON COLUMN raw.kbli_kategori.kategori IS 'Huruf kategori, A sampai U.';
COMMENT ON COLUMN raw.kbli_kategori.nama IS 'Nama kategori.';
COMMENT ON COLUMN raw.kbli_kategori.dari IS 'Golongan pokok pertama yang dicakup (mis. 10).';
COMMENT ON COLUMN raw.kbli_kategori.sampai IS 'Golongan pokok terakhir yang dicakup (mis. 33).';
