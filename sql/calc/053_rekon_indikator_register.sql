-- calc.rekon_indikator_register: a program indicator a unit typed in its
-- report against the same indicator computed from the registers of the
-- same month (mart.indikator_bulanan). The registers are the evidence: a
-- typed value more than 0,01 percentage point away from the computed one
-- (rounding to two decimals) fails.
CREATE TABLE calc.rekon_indikator_register AS
SELECT 'rekon.indikator_register' AS rule, 'sedang' AS severity, i.unit_lapor AS unit, i.year, i.month,
       i.kode_indikator AS kode, i.indikator AS uraian, 'Realisasi kinerja' AS kolom,
       i.nilai_lapor AS nilai, i.nilai AS pembanding, i.selisih,
       abs(i.selisih) <= 0.01 AS lolos,
       i.file_lapor AS file, i.sheet_lapor AS sheet, i.cell_lapor AS cell, i.raw_lapor AS raw_text,
       'register ' || i.file_register || ': ' || meta.id_num(i.pembilang) || ' ÷ ' || meta.id_num(i.penyebut) || ' × 100' AS pembanding_asal,
       i.kode_indikator || ' ' || i.indikator || ' s.d. ' || meta.nama_bulan(i.month) || ' ' || i.year
       || ' diketik ' || meta.id_num(i.nilai_lapor) || ', sedangkan hitungan dari register ' || i.unit_register || ' memberi '
       || meta.id_num(i.nilai) || ' (' || meta.id_num(i.pembilang) || ' ÷ ' || meta.id_num(i.penyebut)
       || ' × 100). Periksa angka yang diketik atau registernya.' AS message
FROM mart.indikator_bulanan i, meta.periode p
WHERE i.year = p.year AND i.month <= p.month AND i.nilai_lapor IS NOT NULL AND i.nilai IS NOT NULL;
COMMENT ON TABLE calc.rekon_indikator_register IS 'Rekonsiliasi indikator: nilai indikator yang diketik unit dibanding hitungan dari register bulan yang sama (toleransi 0,01).';
COMMENT ON COLUMN calc.rekon_indikator_register.rule IS 'Kode aturan rekonsiliasi.';
COMMENT ON COLUMN calc.rekon_indikator_register.severity IS 'Tingkat keparahan bila pemeriksaan gagal: tinggi, sedang, rendah.';
COMMENT ON COLUMN calc.rekon_indikator_register.unit IS 'Unit yang laporannya diperiksa (KEU: Sub Bagian Keuangan dan Aset).';
COMMENT ON COLUMN calc.rekon_indikator_register.year IS 'Tahun laporan.';
COMMENT ON COLUMN calc.rekon_indikator_register.month IS 'Bulan laporan.';
COMMENT ON COLUMN calc.rekon_indikator_register.kode IS 'Kode indikator.';
COMMENT ON COLUMN calc.rekon_indikator_register.uraian IS 'Uraian kegiatan, nama indikator atau nama kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_indikator_register.kolom IS 'Kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_indikator_register.nilai IS 'Nilai indikator yang diketik unit.';
COMMENT ON COLUMN calc.rekon_indikator_register.pembanding IS 'Nilai indikator hasil hitung dari register (mart.indikator_bulanan).';
COMMENT ON COLUMN calc.rekon_indikator_register.selisih IS 'nilai − pembanding; kosong bila salah satunya tidak ada.';
COMMENT ON COLUMN calc.rekon_indikator_register.lolos IS 'Benar bila pemeriksaan cocok; salah bila menjadi temuan.';
COMMENT ON COLUMN calc.rekon_indikator_register.file IS 'Berkas laporan yang diperiksa.';
COMMENT ON COLUMN calc.rekon_indikator_register.sheet IS 'Lembar yang diperiksa.';
COMMENT ON COLUMN calc.rekon_indikator_register.cell IS 'Sel nilai yang diperiksa; kosong bila tidak mengenai satu sel.';
COMMENT ON COLUMN calc.rekon_indikator_register.raw_text IS 'Isi asli sel itu.';
COMMENT ON COLUMN calc.rekon_indikator_register.pembanding_asal IS 'Asal angka pembanding: berkas!sel, atau keterangan.';
COMMENT ON COLUMN calc.rekon_indikator_register.message IS 'Penjelasan dalam Bahasa Indonesia (untuk pemeriksaan yang gagal).';
