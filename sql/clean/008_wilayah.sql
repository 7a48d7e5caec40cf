-- clean.wilayah: Semarang's kecamatan and kelurahan, the reference of the
-- licence export's places.
CREATE TABLE clean.wilayah AS
SELECT kode, kecamatan, kelurahan FROM raw.wilayah;
COMMENT ON TABLE clean.wilayah IS 'Kecamatan dan kelurahan Kota Semarang dengan kode kecamatan (angka ke-5 dan ke-6 NIK).';
COMMENT ON COLUMN clean.wilayah.kode IS 'Kode kecamatan dua angka, mis. 01 untuk Semarang Tengah.';
COMMENT ON COLUMN clean.wilayah.kecamatan IS 'Nama kecamatan baku.';
COMMENT ON COLUMN clean.wilayah.kelurahan IS 'Nama kelurahan baku.';
