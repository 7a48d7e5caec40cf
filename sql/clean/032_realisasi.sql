-- clean.realisasi: what each unit reported, cumulative to the month, per
-- kegiatan (realisasi kinerja and anggaran) and per program indicator (the
-- value the unit typed), with permasalahan and solusi and the cells they
-- came from. A program's indicator row is matched to its indicator code by
-- the indicator's name, or, when the name was edited, by being the unit's
-- only indicator of that program. JUMLAH rows are kept (row_kind 'total')
-- for the totals check.
CREATE TABLE clean.realisasi AS
WITH r AS (
    SELECT unit, year, month, file, sheet, row_no, row_kind, trim(row_key) AS kode,
           max(raw_text) FILTER (WHERE field = 'uraian')                     AS uraian,
           max(raw_text) FILTER (WHERE field = 'indikator')                  AS indikator,
           max(num)      FILTER (WHERE field = 'realisasi_kinerja' AND status = 'ok') AS kinerja,
           max(status)   FILTER (WHERE field = 'realisasi_kinerja')          AS kinerja_status,
           max(raw_text) FILTER (WHERE field = 'realisasi_kinerja')          AS kinerja_raw,
           max(cell)     FILTER (WHERE field = 'realisasi_kinerja')          AS kinerja_cell,
           max(num)      FILTER (WHERE field = 'realisasi_anggaran' AND status = 'ok') AS anggaran,
           max(status)   FILTER (WHERE field = 'realisasi_anggaran')         AS anggaran_status,
           max(raw_text) FILTER (WHERE field = 'realisasi_anggaran')         AS anggaran_raw,
           max(cell)     FILTER (WHERE field = 'realisasi_anggaran')         AS anggaran_cell,
           max(num)      FILTER (WHERE field = 'pagu' AND status = 'ok')     AS pagu,
           max(cell)     FILTER (WHERE field = 'pagu')                       AS pagu_cell,
           max(raw_text) FILTER (WHERE field = 'permasalahan')               AS permasalahan,
           max(raw_text) FILTER (WHERE field = 'solusi')                     AS solusi
    FROM clean.nilai_laporan WHERE form = 'bulanan.realisasi'
    GROUP BY ALL
),
ind AS (
    SELECT DISTINCT kode, unit, kode_indikator, meta.norm_nama(indikator) AS nama
    FROM clean.program_kegiatan WHERE kode_indikator IS NOT NULL
),
jenis AS (
    SELECT DISTINCT kode, first(jenis) AS jenis FROM clean.program_kegiatan WHERE kode IS NOT NULL GROUP BY kode
)
SELECT r.unit, r.year, r.month, r.file, r.sheet, r.row_no, r.row_kind, r.kode,
       coalesce(j.jenis, CASE WHEN r.row_kind = 'total' THEN 'jumlah' END) AS jenis,
       CASE WHEN j.jenis = 'program' AND r.indikator IS NOT NULL THEN
           coalesce((SELECT i.kode_indikator FROM ind i WHERE i.kode = r.kode AND i.nama = meta.norm_nama(r.indikator) LIMIT 1),
                    (SELECT any_value(i.kode_indikator) FROM ind i WHERE i.kode = r.kode AND i.unit = r.unit HAVING count(*) = 1))
       END AS kode_indikator,
       r.uraian, r.indikator, r.kinerja, r.kinerja_status, r.kinerja_raw, r.kinerja_cell,
       r.anggaran, r.anggaran_status, r.anggaran_raw, r.anggaran_cell, r.pagu, r.pagu_cell, r.permasalahan, r.solusi
FROM r LEFT JOIN jenis j ON j.kode = r.kode;
COMMENT ON TABLE clean.realisasi IS 'Laporan unit per kegiatan dan indikator program, kumulatif sampai bulan laporan: realisasi kinerja, realisasi anggaran, permasalahan dan solusi, dengan sel asalnya; baris JUMLAH disimpan untuk diperiksa.';
COMMENT ON COLUMN clean.realisasi.unit IS 'Unit pelapor.';
COMMENT ON COLUMN clean.realisasi.year IS 'Tahun laporan.';
COMMENT ON COLUMN clean.realisasi.month IS 'Bulan laporan (realisasi kumulatif sampai akhir bulan ini).';
COMMENT ON COLUMN clean.realisasi.file IS 'Berkas laporan.';
COMMENT ON COLUMN clean.realisasi.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.realisasi.row_no IS 'Nomor baris.';
COMMENT ON COLUMN clean.realisasi.row_kind IS 'data atau total (baris JUMLAH).';
COMMENT ON COLUMN clean.realisasi.kode IS 'Kode rekening program atau kegiatan.';
COMMENT ON COLUMN clean.realisasi.jenis IS 'program, kegiatan, atau jumlah.';
COMMENT ON COLUMN clean.realisasi.kode_indikator IS 'Untuk baris indikator program: kode indikatornya.';
COMMENT ON COLUMN clean.realisasi.uraian IS 'Nama program/kegiatan seperti di laporan.';
COMMENT ON COLUMN clean.realisasi.indikator IS 'Indikator seperti di laporan.';
COMMENT ON COLUMN clean.realisasi.kinerja IS 'Realisasi kinerja kumulatif (untuk indikator program: nilai indikator yang diketik unit, mis. persen).';
COMMENT ON COLUMN clean.realisasi.kinerja_status IS 'ok, kosong, tidak_terbaca.';
COMMENT ON COLUMN clean.realisasi.kinerja_raw IS 'Isi sel realisasi kinerja seperti tersimpan.';
COMMENT ON COLUMN clean.realisasi.kinerja_cell IS 'Sel realisasi kinerja.';
COMMENT ON COLUMN clean.realisasi.anggaran IS 'Realisasi anggaran kumulatif menurut unit (rupiah).';
COMMENT ON COLUMN clean.realisasi.anggaran_status IS 'ok, kosong, tidak_terbaca.';
COMMENT ON COLUMN clean.realisasi.anggaran_raw IS 'Isi asli sel realisasi anggaran.';
COMMENT ON COLUMN clean.realisasi.anggaran_cell IS 'Sel realisasi anggaran.';
COMMENT ON COLUMN clean.realisasi.pagu IS 'Pagu seperti tercantum di laporan (rupiah).';
COMMENT ON COLUMN clean.realisasi.pagu_cell IS 'Sel pagu.';
COMMENT ON COLUMN clean.realisasi.permasalahan IS 'Permasalahan yang ditulis unit.';
COMMENT ON COLUMN clean.realisasi.solusi IS 'Solusi yang ditulis unit.';
