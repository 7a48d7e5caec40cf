-- clean.reg_kesehatan: the health assessments of KSP/USP that Bidang P2K has made in the year, to the month: score and predikat.
-- One row per register line of the current report of each month; a JUMLAH
-- line is kept with row_kind 'total'.
CREATE TABLE clean.reg_kesehatan AS
SELECT unit, year, month, file, sheet, row_no, row_kind,
       TRY_CAST(trim(max(raw_text) FILTER (WHERE field = 'no')) AS INTEGER) AS no,
       max(raw_text) FILTER (WHERE field = 'nomor_badan_hukum') AS nomor_badan_hukum,
       max(raw_text) FILTER (WHERE field = 'nama_koperasi') AS nama,
       TRY_CAST(max(norm) FILTER (WHERE field = 'tanggal_penilaian') AS DATE) AS tanggal,
       max(num) FILTER (WHERE field = 'skor' AND status = 'ok') AS skor,
       max(raw_text) FILTER (WHERE field = 'predikat') AS predikat
FROM clean.nilai_laporan WHERE form = 'bulanan.kesehatan'
GROUP BY unit, year, month, file, sheet, row_no, row_kind;
COMMENT ON TABLE clean.reg_kesehatan IS 'Penilaian kesehatan KSP/USP oleh Bidang P2K sepanjang tahun sampai bulan laporan: skor dan predikat.';
COMMENT ON COLUMN clean.reg_kesehatan.unit IS 'Unit pelapor.';
COMMENT ON COLUMN clean.reg_kesehatan.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.reg_kesehatan.month IS 'Bulan laporan (isi register per akhir bulan ini).';
COMMENT ON COLUMN clean.reg_kesehatan.file IS 'Berkas laporan.';
COMMENT ON COLUMN clean.reg_kesehatan.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.reg_kesehatan.row_no IS 'Nomor baris.';
COMMENT ON COLUMN clean.reg_kesehatan.row_kind IS 'data atau total (baris JUMLAH).';
COMMENT ON COLUMN clean.reg_kesehatan.no IS 'Nomor urut.';
COMMENT ON COLUMN clean.reg_kesehatan.nomor_badan_hukum IS 'Nomor badan hukum koperasi.';
COMMENT ON COLUMN clean.reg_kesehatan.nama IS 'Nama koperasi.';
COMMENT ON COLUMN clean.reg_kesehatan.tanggal IS 'Tanggal penilaian.';
COMMENT ON COLUMN clean.reg_kesehatan.skor IS 'Skor penilaian (0–100).';
COMMENT ON COLUMN clean.reg_kesehatan.predikat IS 'Predikat seperti diketik: Sehat, Cukup Sehat, Dalam Pengawasan, Dalam Pengawasan Khusus.';
