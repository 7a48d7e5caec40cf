-- clean.anggaran_resmi: the authoritative realisasi anggaran per budget line
-- and month, cumulative, that the documents print: SIPD-RI's
-- (clean.sipd_sub_kegiatan) for a month a complete SIPD-RI export holds;
-- else Keuangan's monthly workbook (clean.keuangan), which stays for an
-- office without SIPD-RI exports and for the years before it. sumber says
-- which. Same columns as clean.keuangan, with the source's file_id.
CREATE TABLE clean.anggaran_resmi AS
WITH s AS (SELECT DISTINCT year, month FROM clean.sipd_sub_kegiatan)
SELECT 'SIPD-RI' AS sumber, x.file_id, x.year, x.month, x.file, x.sheet, x.baris_awal AS row_no, 'data' AS row_kind, x.kode, x.uraian,
       x.unit_kegiatan, x.pagu, x.pagu_cell, x.anggaran, 'ok' AS anggaran_status, CAST(x.anggaran AS VARCHAR) AS anggaran_raw,
       x.anggaran_cell, NULL::VARCHAR AS keterangan
FROM clean.sipd_sub_kegiatan x
UNION ALL
SELECT 'Keuangan', f.file_id, k.year, k.month, k.file, k.sheet, k.row_no, k.row_kind, k.kode, k.uraian,
       k.unit_kegiatan, k.pagu, k.pagu_cell, k.anggaran, k.anggaran_status, k.anggaran_raw, k.anggaran_cell, k.keterangan
FROM clean.keuangan k JOIN raw.files f ON f.path = k.file
WHERE NOT EXISTS (SELECT 1 FROM s WHERE s.year = k.year AND s.month = k.month);
COMMENT ON TABLE clean.anggaran_resmi IS 'Realisasi anggaran resmi per baris anggaran dan bulan (kumulatif) yang dicetak dokumen: dari ekspor SIPD-RI untuk bulan yang dimuat ekspor SIPD-RI lengkap, selain itu dari laporan bulanan Keuangan.';
COMMENT ON COLUMN clean.anggaran_resmi.sumber IS 'SIPD-RI atau Keuangan (laporan bulanan Sub Bagian Keuangan dan Aset).';
COMMENT ON COLUMN clean.anggaran_resmi.file_id IS 'Berkas asal (raw.files.file_id).';
COMMENT ON COLUMN clean.anggaran_resmi.year IS 'Tahun.';
COMMENT ON COLUMN clean.anggaran_resmi.month IS 'Bulan.';
COMMENT ON COLUMN clean.anggaran_resmi.file IS 'Berkas asal.';
COMMENT ON COLUMN clean.anggaran_resmi.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.anggaran_resmi.row_no IS 'Nomor baris (SIPD-RI: baris rekening pertama).';
COMMENT ON COLUMN clean.anggaran_resmi.row_kind IS 'data atau total (baris JUMLAH laporan Keuangan).';
COMMENT ON COLUMN clean.anggaran_resmi.kode IS 'Kode rekening kegiatan / sub kegiatan atau belanja.';
COMMENT ON COLUMN clean.anggaran_resmi.uraian IS 'Uraian.';
COMMENT ON COLUMN clean.anggaran_resmi.unit_kegiatan IS 'Unit penanggung jawab.';
COMMENT ON COLUMN clean.anggaran_resmi.pagu IS 'Pagu (rupiah): SIPD-RI jumlah pagu rekeningnya; Keuangan seperti di laporan.';
COMMENT ON COLUMN clean.anggaran_resmi.pagu_cell IS 'Sel pagu.';
COMMENT ON COLUMN clean.anggaran_resmi.anggaran IS 'Realisasi anggaran kumulatif (rupiah).';
COMMENT ON COLUMN clean.anggaran_resmi.anggaran_status IS 'ok, kosong, tidak_terbaca.';
COMMENT ON COLUMN clean.anggaran_resmi.anggaran_raw IS 'Isi asli sel realisasi (SIPD-RI: jumlah yang dihitung).';
COMMENT ON COLUMN clean.anggaran_resmi.anggaran_cell IS 'Sel realisasi (SIPD-RI: sel-sel rekening yang dijumlah).';
COMMENT ON COLUMN clean.anggaran_resmi.keterangan IS 'Keterangan.';
