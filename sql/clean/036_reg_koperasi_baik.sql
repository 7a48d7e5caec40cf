-- clean.reg_koperasi_baik: the kelembagaan / usaha / keuangan assessment of cooperatives by Bidang P2K, to the month.
-- One row per register line of the current report of each month; a JUMLAH
-- line is kept with row_kind 'total'.
CREATE TABLE clean.reg_koperasi_baik AS
SELECT unit, year, month, file, sheet, row_no, row_kind,
       TRY_CAST(trim(max(raw_text) FILTER (WHERE field = 'no')) AS INTEGER) AS no,
       max(raw_text) FILTER (WHERE field = 'nomor_badan_hukum') AS nomor_badan_hukum,
       max(raw_text) FILTER (WHERE field = 'nama_koperasi') AS nama,
       max(norm) FILTER (WHERE field = 'kelembagaan') = 'ya' AS kelembagaan,
       max(norm) FILTER (WHERE field = 'usaha') = 'ya' AS usaha,
       max(norm) FILTER (WHERE field = 'keuangan') = 'ya' AS keuangan
FROM clean.nilai_laporan WHERE form = 'bulanan.koperasi_baik'
GROUP BY unit, year, month, file, sheet, row_no, row_kind;
COMMENT ON TABLE clean.reg_koperasi_baik IS 'Penilaian kelembagaan, usaha dan keuangan koperasi oleh Bidang P2K sampai bulan laporan.';
COMMENT ON COLUMN clean.reg_koperasi_baik.unit IS 'Unit pelapor.';
COMMENT ON COLUMN clean.reg_koperasi_baik.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.reg_koperasi_baik.month IS 'Bulan laporan (isi register per akhir bulan ini).';
COMMENT ON COLUMN clean.reg_koperasi_baik.file IS 'Berkas laporan.';
COMMENT ON COLUMN clean.reg_koperasi_baik.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.reg_koperasi_baik.row_no IS 'Nomor baris.';
COMMENT ON COLUMN clean.reg_koperasi_baik.row_kind IS 'data atau total (baris JUMLAH).';
COMMENT ON COLUMN clean.reg_koperasi_baik.no IS 'Nomor urut.';
COMMENT ON COLUMN clean.reg_koperasi_baik.nomor_badan_hukum IS 'Nomor badan hukum koperasi.';
COMMENT ON COLUMN clean.reg_koperasi_baik.nama IS 'Nama koperasi.';
COMMENT ON COLUMN clean.reg_koperasi_baik.kelembagaan IS 'Kelembagaan baik.';
COMMENT ON COLUMN clean.reg_koperasi_baik.usaha IS 'Usaha baik.';
COMMENT ON COLUMN clean.reg_koperasi_baik.keuangan IS 'Keuangan baik.';
