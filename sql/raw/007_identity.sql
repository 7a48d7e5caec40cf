-- raw.identity: every clue to whose report a file is and for which period:
-- the template's hidden metadata, the header block above a table ("Unit:",
-- "Bulan:", "Tahun:"), and the folder and file name. clean.laporan decides,
-- in that order of trust.
CREATE TABLE raw.identity (
    file_id  INTEGER NOT NULL,
    source   VARCHAR NOT NULL,  -- metadata, kepala, nama berkas
    key      VARCHAR NOT NULL,  -- unit, tahun, bulan, versi, formulir
    value    VARCHAR,           -- as found (for bulan: 1–12)
    raw_text VARCHAR,
    sheet    VARCHAR,
    cell     VARCHAR
);
COMMENT ON TABLE raw.identity IS 'Petunjuk unit dan periode setiap berkas: metadata tersembunyi templat, blok kepala di atas tabel (Unit:, Bulan:, Tahun:), dan nama folder/berkas.';
COMMENT ON COLUMN raw.identity.file_id IS 'Berkas (raw.files.file_id).';
COMMENT ON COLUMN raw.identity.source IS 'Asal petunjuk: metadata (lembar tersembunyi templat), kepala (blok kepala di atas tabel), nama berkas (folder dan nama berkas).';
COMMENT ON COLUMN raw.identity.key IS 'Yang ditunjuk: unit, tahun, bulan, versi (versi templat).';
COMMENT ON COLUMN raw.identity.value IS 'Nilai petunjuk; untuk bulan berupa angka 1–12, untuk unit kode atau nama seperti tertulis.';
COMMENT ON COLUMN raw.identity.raw_text IS 'Teks aslinya.';
COMMENT ON COLUMN raw.identity.sheet IS 'Lembar tempat petunjuk ditemukan; kosong untuk nama berkas.';
COMMENT ON COLUMN raw.identity.cell IS 'Sel tempat petunjuk ditemukan; kosong untuk nama berkas.';
