-- clean.keuangan: Sub Bagian Keuangan dan Aset's realisasi anggaran per
-- kegiatan and Belanja Tidak Langsung line, cumulative to the month: the
-- authoritative spending figures. JUMLAH rows kept for the totals check.
CREATE TABLE clean.keuangan AS
SELECT year, month, file, sheet, row_no, row_kind, trim(row_key) AS kode,
       max(raw_text) FILTER (WHERE field = 'uraian')                    AS uraian,
       upper(trim(max(raw_text) FILTER (WHERE field = 'unit')))         AS unit_kegiatan,
       max(num)      FILTER (WHERE field = 'pagu' AND status = 'ok')    AS pagu,
       max(cell)     FILTER (WHERE field = 'pagu')                      AS pagu_cell,
       max(num)      FILTER (WHERE field = 'realisasi_anggaran' AND status = 'ok') AS anggaran,
       max(status)   FILTER (WHERE field = 'realisasi_anggaran')        AS anggaran_status,
       max(raw_text) FILTER (WHERE field = 'realisasi_anggaran')        AS anggaran_raw,
       max(cell)     FILTER (WHERE field = 'realisasi_anggaran')        AS anggaran_cell,
       max(raw_text) FILTER (WHERE field = 'keterangan')                AS keterangan
FROM clean.nilai_laporan WHERE form = 'bulanan.keuangan'
GROUP BY ALL;
COMMENT ON TABLE clean.keuangan IS 'Realisasi anggaran per kegiatan dan baris Belanja Tidak Langsung menurut Sub Bagian Keuangan dan Aset (angka resmi), kumulatif sampai bulan laporan.';
COMMENT ON COLUMN clean.keuangan.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.keuangan.month IS 'Bulan laporan.';
COMMENT ON COLUMN clean.keuangan.file IS 'Berkas laporan Keuangan.';
COMMENT ON COLUMN clean.keuangan.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.keuangan.row_no IS 'Nomor baris.';
COMMENT ON COLUMN clean.keuangan.row_kind IS 'data atau total (baris JUMLAH).';
COMMENT ON COLUMN clean.keuangan.kode IS 'Kode rekening kegiatan atau belanja.';
COMMENT ON COLUMN clean.keuangan.uraian IS 'Uraian seperti di laporan.';
COMMENT ON COLUMN clean.keuangan.unit_kegiatan IS 'Unit penanggung jawab kegiatan seperti di laporan.';
COMMENT ON COLUMN clean.keuangan.pagu IS 'Pagu seperti di laporan (rupiah).';
COMMENT ON COLUMN clean.keuangan.pagu_cell IS 'Sel pagu.';
COMMENT ON COLUMN clean.keuangan.anggaran IS 'Realisasi anggaran kumulatif (rupiah).';
COMMENT ON COLUMN clean.keuangan.anggaran_status IS 'ok, kosong, tidak_terbaca.';
COMMENT ON COLUMN clean.keuangan.anggaran_raw IS 'Isi asli sel realisasi anggaran.';
COMMENT ON COLUMN clean.keuangan.anggaran_cell IS 'Sel realisasi.';
COMMENT ON COLUMN clean.keuangan.keterangan IS 'Keterangan dari Keuangan.';
