-- clean.tabel23_rows: the rows of the published Tabel 2.3 (Review
-- Pencapaian Kinerja Pelayanan, Permendagri 86/2017 form T-C.23) with the
-- year span of the file that published them. Where several files publish the
-- same row, measure and year, clean keeps all of them and the marts take the
-- last file in path order.
CREATE TABLE clean.tabel23_rows AS
SELECT r.file_id, f.path AS file, r.sheet, r.seq, r.row_no, r.row_kind, r.section,
       r.row_key AS no, r.label AS indikator,
       (SELECT min(year) FROM raw.values y WHERE y.file_id = r.file_id AND y.sheet = r.sheet AND y.form = r.form) AS file_first_year,
       (SELECT max(year) FROM raw.values y WHERE y.file_id = r.file_id AND y.sheet = r.sheet AND y.form = r.form) AS file_last_year
FROM raw.rows r JOIN raw.files f USING (file_id)
WHERE r.form = 'tabel23' AND r.row_kind IN ('data', 'section');
COMMENT ON TABLE clean.tabel23_rows IS 'Baris Tabel 2.3 terbitan: No, indikator, dan rentang tahun berkasnya.';
COMMENT ON COLUMN clean.tabel23_rows.file_id IS 'Berkas asal baris (raw.files.file_id).';
COMMENT ON COLUMN clean.tabel23_rows.file IS 'Jalur berkas Tabel 2.3 terbitan, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.tabel23_rows.sheet IS 'Lembar asal baris.';
COMMENT ON COLUMN clean.tabel23_rows.seq IS 'Urutan baris di dalam tabel terbitan, mulai dari 1.';
COMMENT ON COLUMN clean.tabel23_rows.row_no IS 'Nomor baris di lembar, mulai dari 1.';
COMMENT ON COLUMN clean.tabel23_rows.row_kind IS 'Jenis baris: data (baris indikator) atau section (judul bagian).';
COMMENT ON COLUMN clean.tabel23_rows.section IS 'Bagian tempat baris berada; kosong bila tabel tidak berbagian (biasanya Tabel 2.3).';
COMMENT ON COLUMN clean.tabel23_rows.no IS 'Nomor baris seperti tercetak di kolom No (mis. 1).';
COMMENT ON COLUMN clean.tabel23_rows.indikator IS 'Nama indikator kinerja seperti tercetak.';
COMMENT ON COLUMN clean.tabel23_rows.file_first_year IS 'Tahun pertama kolom per tahun di tabel terbitan itu (mis. 2011).';
COMMENT ON COLUMN clean.tabel23_rows.file_last_year IS 'Tahun terakhir kolom per tahun di tabel terbitan itu (mis. 2016).';
