-- mart.berkas: the inputs of this run, as the review workbook lists them:
-- path, size, SHA-256, status, and the forms recognised in each.
CREATE TABLE mart.berkas AS
SELECT file_id, path, size_bytes, sha256, status, note, formulir
FROM clean.berkas;
COMMENT ON TABLE mart.berkas IS 'Berkas masukan proses ini: jalur, ukuran, SHA-256, status, dan formulir yang dikenali di tiap lembar.';
COMMENT ON COLUMN mart.berkas.file_id IS 'Nomor berkas dalam proses ini (raw.files.file_id).';
COMMENT ON COLUMN mart.berkas.path IS 'Jalur berkas relatif terhadap folder masukan, dipisah "/".';
COMMENT ON COLUMN mart.berkas.size_bytes IS 'Ukuran berkas dalam byte.';
COMMENT ON COLUMN mart.berkas.sha256 IS 'Hash SHA-256 isi berkas; dua berkas dengan hash sama berisi data yang sama persis.';
COMMENT ON COLUMN mart.berkas.status IS 'dibaca, dilewati (bukan data, mis. catatan), gagal (tidak dapat dibuka), duplikat (isi sama dengan berkas lain).';
COMMENT ON COLUMN mart.berkas.note IS 'Alasan berkas dilewati, gagal atau duplikat (mis. dokumen pendamping); kosong untuk berkas yang dibaca.';
COMMENT ON COLUMN mart.berkas.formulir IS 'Lembar dan formulir yang dikenali, bentuk "lembar → formulir" dipisah titik koma; kosong bila tidak ada.';
