-- clean.reg_kredit: the Kredit Wibawa applications handled by Bidang PUM, to the month, and whether each was realised.
-- One row per register line of the current report of each month; a JUMLAH
-- line is kept with row_kind 'total'.
CREATE TABLE clean.reg_kredit AS
SELECT unit, year, month, file, sheet, row_no, row_kind,
       TRY_CAST(trim(max(raw_text) FILTER (WHERE field = 'no')) AS INTEGER) AS no,
       max(raw_text) FILTER (WHERE field = 'nama_usaha') AS nama,
       max(norm) FILTER (WHERE field = 'jenis_kelamin') AS jenis_kelamin,
       TRY_CAST(max(norm) FILTER (WHERE field = 'tanggal_pengajuan') AS DATE) AS tanggal_pengajuan,
       max(num) FILTER (WHERE field = 'nilai_pengajuan' AND status = 'ok') AS nilai_pengajuan,
       max(norm) FILTER (WHERE field = 'direalisasikan') = 'ya' AS direalisasikan,
       TRY_CAST(max(norm) FILTER (WHERE field = 'tanggal_realisasi') AS DATE) AS tanggal_realisasi,
       max(num) FILTER (WHERE field = 'nilai_realisasi' AND status = 'ok') AS nilai_realisasi
FROM clean.nilai_laporan WHERE form = 'bulanan.kredit_wibawa'
GROUP BY unit, year, month, file, sheet, row_no, row_kind;
COMMENT ON TABLE clean.reg_kredit IS 'Pengajuan Kredit Wibawa yang difasilitasi Bidang PUM sampai bulan laporan, dan apakah sudah direalisasikan.';
COMMENT ON COLUMN clean.reg_kredit.unit IS 'Unit pelapor.';
COMMENT ON COLUMN clean.reg_kredit.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.reg_kredit.month IS 'Bulan laporan (isi register per akhir bulan ini).';
COMMENT ON COLUMN clean.reg_kredit.file IS 'Berkas laporan.';
COMMENT ON COLUMN clean.reg_kredit.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.reg_kredit.row_no IS 'Nomor baris.';
COMMENT ON COLUMN clean.reg_kredit.row_kind IS 'data atau total (baris JUMLAH).';
COMMENT ON COLUMN clean.reg_kredit.no IS 'Nomor urut.';
COMMENT ON COLUMN clean.reg_kredit.nama IS 'Nama usaha pengaju.';
COMMENT ON COLUMN clean.reg_kredit.jenis_kelamin IS 'Jenis kelamin: L atau P.';
COMMENT ON COLUMN clean.reg_kredit.tanggal_pengajuan IS 'Tanggal pengajuan.';
COMMENT ON COLUMN clean.reg_kredit.nilai_pengajuan IS 'Nilai pengajuan, rupiah.';
COMMENT ON COLUMN clean.reg_kredit.direalisasikan IS 'Benar bila kredit sudah direalisasikan.';
COMMENT ON COLUMN clean.reg_kredit.tanggal_realisasi IS 'Tanggal realisasi.';
COMMENT ON COLUMN clean.reg_kredit.nilai_realisasi IS 'Nilai realisasi, rupiah.';
