-- clean.reg_koperasi: the cooperative register Bidang PKK reports each month: every cooperative with its status, members and employees by sex, turnover of the two previous years and assets.
-- One row per register line of the current report of each month; a JUMLAH
-- line is kept with row_kind 'total'.
CREATE TABLE clean.reg_koperasi AS
SELECT unit, year, month, file, sheet, row_no, row_kind,
       TRY_CAST(trim(max(raw_text) FILTER (WHERE field = 'no')) AS INTEGER) AS no,
       max(raw_text) FILTER (WHERE field = 'nomor_badan_hukum') AS nomor_badan_hukum,
       max(raw_text) FILTER (WHERE field = 'nama_koperasi') AS nama,
       max(raw_text) FILTER (WHERE field = 'jenis') AS jenis,
       max(raw_text) FILTER (WHERE field = 'kecamatan') AS kecamatan,
       max(norm) FILTER (WHERE field = 'status_aktif') = 'ya' AS aktif,
       max(cell) FILTER (WHERE field = 'status_aktif') AS aktif_cell,
       max(num) FILTER (WHERE field = 'tahun_rat' AND status = 'ok') AS tahun_rat,
       max(num) FILTER (WHERE field = 'anggota_l' AND status = 'ok') AS anggota_l,
       max(num) FILTER (WHERE field = 'anggota_p' AND status = 'ok') AS anggota_p,
       max(num) FILTER (WHERE field = 'karyawan_l' AND status = 'ok') AS karyawan_l,
       max(num) FILTER (WHERE field = 'karyawan_p' AND status = 'ok') AS karyawan_p,
       max(num) FILTER (WHERE field = 'omset' AND field_year = year - 2 AND status = 'ok') AS omset_n2,
       max(num) FILTER (WHERE field = 'omset' AND field_year = year - 1 AND status = 'ok') AS omset_n1,
       max(num) FILTER (WHERE field = 'aset' AND status = 'ok') AS aset
FROM clean.nilai_laporan WHERE form = 'bulanan.koperasi'
GROUP BY unit, year, month, file, sheet, row_no, row_kind;
COMMENT ON TABLE clean.reg_koperasi IS 'Register koperasi yang dilaporkan Bidang PKK tiap bulan: status aktif, anggota dan karyawan per jenis kelamin, omset dua tahun sebelumnya, aset.';
COMMENT ON COLUMN clean.reg_koperasi.unit IS 'Unit pelapor.';
COMMENT ON COLUMN clean.reg_koperasi.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.reg_koperasi.month IS 'Bulan laporan (isi register per akhir bulan ini).';
COMMENT ON COLUMN clean.reg_koperasi.file IS 'Berkas laporan.';
COMMENT ON COLUMN clean.reg_koperasi.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.reg_koperasi.row_no IS 'Nomor baris.';
COMMENT ON COLUMN clean.reg_koperasi.row_kind IS 'data atau total (baris JUMLAH).';
COMMENT ON COLUMN clean.reg_koperasi.no IS 'Nomor urut di register.';
COMMENT ON COLUMN clean.reg_koperasi.nomor_badan_hukum IS 'Nomor badan hukum koperasi.';
COMMENT ON COLUMN clean.reg_koperasi.nama IS 'Nama koperasi.';
COMMENT ON COLUMN clean.reg_koperasi.jenis IS 'Jenis koperasi (KSP, KSPPS, Konsumen, …).';
COMMENT ON COLUMN clean.reg_koperasi.kecamatan IS 'Kecamatan seperti diketik.';
COMMENT ON COLUMN clean.reg_koperasi.aktif IS 'Benar bila koperasi berstatus aktif; kosong bila tidak diisi.';
COMMENT ON COLUMN clean.reg_koperasi.aktif_cell IS 'Sel status aktif.';
COMMENT ON COLUMN clean.reg_koperasi.tahun_rat IS 'Tahun Rapat Anggota Tahunan terakhir.';
COMMENT ON COLUMN clean.reg_koperasi.anggota_l IS 'Anggota laki-laki.';
COMMENT ON COLUMN clean.reg_koperasi.anggota_p IS 'Anggota perempuan.';
COMMENT ON COLUMN clean.reg_koperasi.karyawan_l IS 'Karyawan laki-laki.';
COMMENT ON COLUMN clean.reg_koperasi.karyawan_p IS 'Karyawan perempuan.';
COMMENT ON COLUMN clean.reg_koperasi.omset_n2 IS 'Omset tahun N−2 (dua tahun sebelum tahun laporan), rupiah.';
COMMENT ON COLUMN clean.reg_koperasi.omset_n1 IS 'Omset tahun N−1 (setahun sebelum tahun laporan), rupiah.';
COMMENT ON COLUMN clean.reg_koperasi.aset IS 'Aset, rupiah.';
