-- clean.reg_pemasaran: the businesses Bidang PUM facilitated in marketing (exhibitions, promotion), to the month.
-- One row per register line of the current report of each month; a JUMLAH
-- line is kept with row_kind 'total'.
CREATE TABLE clean.reg_pemasaran AS
SELECT unit, year, month, file, sheet, row_no, row_kind,
       TRY_CAST(trim(max(raw_text) FILTER (WHERE field = 'no')) AS INTEGER) AS no,
       max(raw_text) FILTER (WHERE field = 'nama_usaha') AS nama,
       max(norm) FILTER (WHERE field = 'jenis_kelamin') AS jenis_kelamin,
       max(raw_text) FILTER (WHERE field = 'kegiatan') AS kegiatan,
       TRY_CAST(max(norm) FILTER (WHERE field = 'tanggal') AS DATE) AS tanggal,
       max(raw_text) FILTER (WHERE field = 'lokasi') AS lokasi
FROM clean.nilai_laporan WHERE form = 'bulanan.pemasaran'
GROUP BY unit, year, month, file, sheet, row_no, row_kind;
COMMENT ON TABLE clean.reg_pemasaran IS 'Usaha yang difasilitasi pemasarannya (pameran, promosi) oleh Bidang PUM sampai bulan laporan.';
COMMENT ON COLUMN clean.reg_pemasaran.unit IS 'Unit pelapor.';
COMMENT ON COLUMN clean.reg_pemasaran.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.reg_pemasaran.month IS 'Bulan laporan (isi register per akhir bulan ini).';
COMMENT ON COLUMN clean.reg_pemasaran.file IS 'Berkas laporan.';
COMMENT ON COLUMN clean.reg_pemasaran.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.reg_pemasaran.row_no IS 'Nomor baris.';
COMMENT ON COLUMN clean.reg_pemasaran.row_kind IS 'data atau total (baris JUMLAH).';
COMMENT ON COLUMN clean.reg_pemasaran.no IS 'Nomor urut.';
COMMENT ON COLUMN clean.reg_pemasaran.nama IS 'Nama usaha.';
COMMENT ON COLUMN clean.reg_pemasaran.jenis_kelamin IS 'Jenis kelamin: L atau P.';
COMMENT ON COLUMN clean.reg_pemasaran.kegiatan IS 'Kegiatan atau pameran.';
COMMENT ON COLUMN clean.reg_pemasaran.tanggal IS 'Tanggal kegiatan.';
COMMENT ON COLUMN clean.reg_pemasaran.lokasi IS 'Lokasi.';
