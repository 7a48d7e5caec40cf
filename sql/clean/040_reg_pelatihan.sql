-- clean.reg_pelatihan: the participants of training run by Bidang PK and PUM, to the month, with their sex.
-- One row per register line of the current report of each month; a JUMLAH
-- line is kept with row_kind 'total'.
CREATE TABLE clean.reg_pelatihan AS
SELECT unit, year, month, file, sheet, row_no, row_kind,
       TRY_CAST(trim(max(raw_text) FILTER (WHERE field = 'no')) AS INTEGER) AS no,
       max(raw_text) FILTER (WHERE field = 'kegiatan') AS kegiatan,
       TRY_CAST(max(norm) FILTER (WHERE field = 'tanggal') AS DATE) AS tanggal,
       max(raw_text) FILTER (WHERE field = 'nama_peserta') AS nama_peserta,
       max(norm) FILTER (WHERE field = 'jenis_kelamin') AS jenis_kelamin,
       max(raw_text) FILTER (WHERE field = 'asal') AS asal,
       max(raw_text) FILTER (WHERE field = 'kecamatan') AS kecamatan
FROM clean.nilai_laporan WHERE form = 'bulanan.pelatihan'
GROUP BY unit, year, month, file, sheet, row_no, row_kind;
COMMENT ON TABLE clean.reg_pelatihan IS 'Peserta pelatihan Bidang PK dan PUM sampai bulan laporan, dengan jenis kelaminnya.';
COMMENT ON COLUMN clean.reg_pelatihan.unit IS 'Unit pelapor.';
COMMENT ON COLUMN clean.reg_pelatihan.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.reg_pelatihan.month IS 'Bulan laporan (isi register per akhir bulan ini).';
COMMENT ON COLUMN clean.reg_pelatihan.file IS 'Berkas laporan.';
COMMENT ON COLUMN clean.reg_pelatihan.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.reg_pelatihan.row_no IS 'Nomor baris.';
COMMENT ON COLUMN clean.reg_pelatihan.row_kind IS 'data atau total (baris JUMLAH).';
COMMENT ON COLUMN clean.reg_pelatihan.no IS 'Nomor urut.';
COMMENT ON COLUMN clean.reg_pelatihan.kegiatan IS 'Nama pelatihan.';
COMMENT ON COLUMN clean.reg_pelatihan.tanggal IS 'Tanggal pelatihan.';
COMMENT ON COLUMN clean.reg_pelatihan.nama_peserta IS 'Nama peserta.';
COMMENT ON COLUMN clean.reg_pelatihan.jenis_kelamin IS 'Jenis kelamin: L atau P.';
COMMENT ON COLUMN clean.reg_pelatihan.asal IS 'Asal koperasi atau usaha.';
COMMENT ON COLUMN clean.reg_pelatihan.kecamatan IS 'Kecamatan.';
