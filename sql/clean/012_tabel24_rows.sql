-- clean.tabel24_rows: the rows of the published Tabel 2.4 (Anggaran dan
-- Realisasi Pendanaan Pelayanan, form T-C.24): section rows (I BELANJA TIDAK
-- LANGSUNG, II BELANJA LANGSUNG), program rows, and their values with cells.
CREATE TABLE clean.tabel24_rows AS
SELECT r.file_id, f.path AS file, r.sheet, r.seq, r.row_no, r.row_kind, r.section,
       r.row_key AS no, r.label AS uraian,
       (SELECT min(year) FROM raw.values y WHERE y.file_id = r.file_id AND y.sheet = r.sheet AND y.form = r.form) AS file_first_year,
       (SELECT max(year) FROM raw.values y WHERE y.file_id = r.file_id AND y.sheet = r.sheet AND y.form = r.form) AS file_last_year
FROM raw.rows r JOIN raw.files f USING (file_id)
WHERE r.form = 'tabel24' AND r.row_kind IN ('data', 'section');
COMMENT ON TABLE clean.tabel24_rows IS 'Baris Tabel 2.4 terbitan: bagian (I, II), No, uraian, dan rentang tahun berkasnya.';
COMMENT ON COLUMN clean.tabel24_rows.file_id IS 'Berkas asal baris (raw.files.file_id).';
COMMENT ON COLUMN clean.tabel24_rows.file IS 'Jalur berkas Tabel 2.4 terbitan, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.tabel24_rows.sheet IS 'Lembar asal baris.';
COMMENT ON COLUMN clean.tabel24_rows.seq IS 'Urutan baris di dalam tabel terbitan, mulai dari 1.';
COMMENT ON COLUMN clean.tabel24_rows.row_no IS 'Nomor baris di lembar, mulai dari 1.';
COMMENT ON COLUMN clean.tabel24_rows.row_kind IS 'Jenis baris: data (baris belanja/program) atau section (judul bagian I BELANJA TIDAK LANGSUNG, II BELANJA LANGSUNG).';
COMMENT ON COLUMN clean.tabel24_rows.section IS 'Bagian tempat baris berada: I (belanja tidak langsung) atau II (belanja langsung).';
COMMENT ON COLUMN clean.tabel24_rows.no IS 'Nomor baris seperti tercetak (mis. 1.1, 2.8; I atau II untuk baris judul bagian).';
COMMENT ON COLUMN clean.tabel24_rows.uraian IS 'Uraian belanja atau program seperti tercetak (mis. Gaji dan Tunjangan, Prog. Penguatan Kelembagaan Koperasi).';
COMMENT ON COLUMN clean.tabel24_rows.file_first_year IS 'Tahun pertama kolom per tahun di tabel terbitan itu (mis. 2011).';
COMMENT ON COLUMN clean.tabel24_rows.file_last_year IS 'Tahun terakhir kolom per tahun di tabel terbitan itu (mis. 2016).';
