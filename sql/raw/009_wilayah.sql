-- raw.wilayah: Semarang's kecamatan and kelurahan with the kecamatan's code
-- (the 5th and 6th digits of a NIK registered there), the reference the
-- licence export's places are checked against. Loaded by every run from
-- pipelines/read/ijus (Kecamatan), one list for the generator and the cleaning.
CREATE TABLE raw.wilayah (
    kode       VARCHAR NOT NULL,
    kecamatan  VARCHAR NOT NULL,
    kelurahan  VARCHAR NOT NULL
);
COMMENT ON TABLE raw.wilayah IS 'Kecamatan dan kelurahan Kota Semarang dengan kode kecamatan (angka ke-5 dan ke-6 NIK), rujukan pemeriksaan tempat di ekspor I-Jus Melon.';
COMMENT ON COLUMN raw.wilayah.kode IS 'Kode kecamatan dua angka, mis. 01 untuk Semarang Tengah.';
COMMENT ON COLUMN raw.wilayah.kecamatan IS 'Nama kecamatan baku.';
COMMENT ON COLUMN raw.wilayah.kelurahan IS 'Nama kelurahan baku.';
