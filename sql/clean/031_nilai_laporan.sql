-- clean.nilai_laporan: every value of the current monthly reports, with the
-- report's unit and month and the kind of row it sits in. The report tables
-- of this stage pivot it; superseded and unidentified reports are left out
-- (they stay in raw).
CREATE TABLE clean.nilai_laporan AS
SELECT l.unit, l.year, l.month, l.path AS file, v.file_id, v.sheet, v.form, v.row_no, r.row_kind, r.row_key,
       v.field, v.year AS field_year, v.cell, v.raw_text, v.num, v.norm, v.status, v.percent
FROM raw.values v
JOIN raw.rows r USING (file_id, sheet, form, row_no)
JOIN clean.laporan l ON l.file_id = v.file_id AND l.current
WHERE v.form LIKE 'bulanan.%' AND v.form <> 'bulanan.meta' AND r.row_kind IN ('data', 'total');
COMMENT ON TABLE clean.nilai_laporan IS 'Setiap nilai laporan bulanan yang berlaku, dengan unit, bulan dan jenis barisnya; dasar tabel laporan di tahap ini.';
COMMENT ON COLUMN clean.nilai_laporan.unit IS 'Unit pelapor.';
COMMENT ON COLUMN clean.nilai_laporan.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.nilai_laporan.month IS 'Bulan laporan.';
COMMENT ON COLUMN clean.nilai_laporan.file IS 'Berkas laporan.';
COMMENT ON COLUMN clean.nilai_laporan.file_id IS 'Berkas (raw.files.file_id).';
COMMENT ON COLUMN clean.nilai_laporan.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.nilai_laporan.form IS 'Formulir (bulanan.realisasi, bulanan.koperasi, …).';
COMMENT ON COLUMN clean.nilai_laporan.row_no IS 'Nomor baris di lembar.';
COMMENT ON COLUMN clean.nilai_laporan.row_kind IS 'data atau total (baris JUMLAH).';
COMMENT ON COLUMN clean.nilai_laporan.row_key IS 'Isi kolom kunci baris (Kode Rekening atau No).';
COMMENT ON COLUMN clean.nilai_laporan.field IS 'Arti kolom.';
COMMENT ON COLUMN clean.nilai_laporan.field_year IS 'Tahun kolom (untuk kolom per tahun, mis. Omset Tahun 2017).';
COMMENT ON COLUMN clean.nilai_laporan.cell IS 'Sel.';
COMMENT ON COLUMN clean.nilai_laporan.raw_text IS 'Isi sel seperti tersimpan.';
COMMENT ON COLUMN clean.nilai_laporan.num IS 'Angka terbaca.';
COMMENT ON COLUMN clean.nilai_laporan.norm IS 'Tanggal, ya/tidak, L/P dalam satu ejaan.';
COMMENT ON COLUMN clean.nilai_laporan.status IS 'ok, kosong, tidak_terbaca, teks.';
COMMENT ON COLUMN clean.nilai_laporan.percent IS 'Diketik dengan tanda persen.';
