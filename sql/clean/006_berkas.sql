-- clean.berkas: the inputs of this run, with the forms recognised in each.
CREATE TABLE clean.berkas AS
SELECT f.file_id, f.path, f.size_bytes, f.sha256, f.status, f.note,
       (SELECT string_agg(s.sheet || ' → ' || s.form, '; ' ORDER BY s.sheet_index)
          FROM clean.formulir s WHERE s.file_id = f.file_id) AS formulir
FROM raw.files f;
COMMENT ON TABLE clean.berkas IS 'Berkas masukan proses ini: jalur, ukuran, SHA-256, status, dan formulir yang dikenali di tiap lembar.';
COMMENT ON COLUMN clean.berkas.file_id IS 'Nomor berkas dalam proses ini (raw.files.file_id).';
COMMENT ON COLUMN clean.berkas.path IS 'Jalur berkas relatif terhadap folder masukan, dipisah "/".';
COMMENT ON COLUMN clean.berkas.size_bytes IS 'Ukuran berkas dalam byte.';
COMMENT ON COLUMN clean.berkas.sha256 IS 'Hash SHA-256 isi berkas; dua berkas dengan hash sama berisi data yang sama persis.';
COMMENT ON COLUMN clean.berkas.status IS 'dibaca, dilewati (bukan data, mis. catatan), gagal (tidak dapat dibuka), duplikat (isi sama dengan berkas lain).';
COMMENT ON COLUMN clean.berkas.note IS 'Alasan berkas dilewati, gagal atau duplikat (mis. dokumen pendamping); kosong untuk berkas yang dibaca.';
COMMENT ON COLUMN clean.berkas.formulir IS 'Lembar dan formulir yang dikenali, bentuk "lembar → formulir" dipisah titik koma; kosong bila tidak ada.';
