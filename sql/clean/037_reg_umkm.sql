-- clean.reg_umkm: the micro businesses Bidang PUM coaches, to the month: turnover before and after, product and business quality, owner's sex.
-- One row per register line of the current report of each month; a JUMLAH
-- line is kept with row_kind 'total'.
CREATE TABLE clean.reg_umkm AS
SELECT unit, year, month, file, sheet, row_no, row_kind,
       TRY_CAST(trim(max(raw_text) FILTER (WHERE field = 'no')) AS INTEGER) AS no,
       max(raw_text) FILTER (WHERE field = 'nama_usaha') AS nama,
       max(norm) FILTER (WHERE field = 'jenis_kelamin') AS jenis_kelamin,
       max(raw_text) FILTER (WHERE field = 'kecamatan') AS kecamatan,
       max(raw_text) FILTER (WHERE field = 'sektor') AS sektor,
       max(num) FILTER (WHERE field = 'omset_sebelum' AND status = 'ok') AS omset_sebelum,
       max(num) FILTER (WHERE field = 'omset_sesudah' AND status = 'ok') AS omset_sesudah,
       max(norm) FILTER (WHERE field = 'kualitas_produk') = 'ya' AS kualitas_produk,
       max(norm) FILTER (WHERE field = 'kualitas_usaha') = 'ya' AS kualitas_usaha,
       TRY_CAST(max(norm) FILTER (WHERE field = 'tanggal_dibina') AS DATE) AS tanggal_dibina
FROM clean.nilai_laporan WHERE form = 'bulanan.umkm_binaan'
GROUP BY unit, year, month, file, sheet, row_no, row_kind;
COMMENT ON TABLE clean.reg_umkm IS 'Usaha mikro binaan Bidang PUM sampai bulan laporan: omset sebelum dan sesudah dibina, kualitas produk dan usaha, jenis kelamin pemilik.';
COMMENT ON COLUMN clean.reg_umkm.unit IS 'Unit pelapor.';
COMMENT ON COLUMN clean.reg_umkm.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.reg_umkm.month IS 'Bulan laporan (isi register per akhir bulan ini).';
COMMENT ON COLUMN clean.reg_umkm.file IS 'Berkas laporan.';
COMMENT ON COLUMN clean.reg_umkm.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.reg_umkm.row_no IS 'Nomor baris.';
COMMENT ON COLUMN clean.reg_umkm.row_kind IS 'data atau total (baris JUMLAH).';
COMMENT ON COLUMN clean.reg_umkm.no IS 'Nomor urut.';
COMMENT ON COLUMN clean.reg_umkm.nama IS 'Nama usaha.';
COMMENT ON COLUMN clean.reg_umkm.jenis_kelamin IS 'Jenis kelamin pemilik: L atau P.';
COMMENT ON COLUMN clean.reg_umkm.kecamatan IS 'Kecamatan seperti diketik.';
COMMENT ON COLUMN clean.reg_umkm.sektor IS 'Sektor usaha.';
COMMENT ON COLUMN clean.reg_umkm.omset_sebelum IS 'Omset per tahun sebelum dibina, rupiah.';
COMMENT ON COLUMN clean.reg_umkm.omset_sesudah IS 'Omset per tahun sesudah dibina, rupiah; kosong bila belum diukur.';
COMMENT ON COLUMN clean.reg_umkm.kualitas_produk IS 'Kualitas produk meningkat; kosong bila belum dinilai.';
COMMENT ON COLUMN clean.reg_umkm.kualitas_usaha IS 'Kualitas usaha meningkat; kosong bila belum dinilai.';
COMMENT ON COLUMN clean.reg_umkm.tanggal_dibina IS 'Tanggal mulai dibina.';
