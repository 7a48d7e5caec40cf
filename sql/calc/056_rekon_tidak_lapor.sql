-- calc.rekon_tidak_lapor: a unit or a month missing, from mart.kelengkapan:
-- every unit with a plan for the year and Sub Bagian Keuangan dan Aset must
-- send a report for every month from January to the period; a report that
-- exists only as a file nobody could identify does not count. Years in
-- which no monthly report came at all are not checked (the monthly
-- reporting had not started).
CREATE TABLE calc.rekon_tidak_lapor AS
SELECT 'rekon.tidak_lapor' AS rule, 'tinggi' AS severity, k.unit, k.year, k.month,
       NULL AS kode, k.unit_nama AS uraian, 'Laporan' AS kolom,
       CAST(NULL AS DECIMAL(38,10)) AS nilai, CAST(NULL AS DECIMAL(38,10)) AS pembanding, CAST(NULL AS DECIMAL(38,10)) AS selisih,
       k.ada AS lolos, k.file, NULL AS sheet, NULL AS cell, NULL AS raw_text,
       NULL AS pembanding_asal,
       'Laporan ' || k.unit_nama || ' (' || k.unit || ') bulan ' || meta.nama_bulan(k.month) || ' ' || k.year
       || ' tidak ada di folder masukan (atau unit dan periodenya tidak dapat dikenali).' AS message
FROM mart.kelengkapan k
WHERE EXISTS (SELECT 1 FROM mart.kelengkapan a WHERE a.ada AND a.year = k.year);
COMMENT ON TABLE calc.rekon_tidak_lapor IS 'Rekonsiliasi kelengkapan: setiap unit yang punya rencana tahun itu dan Keuangan wajib mengirim laporan setiap bulan sampai periode.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.rule IS 'Kode aturan rekonsiliasi.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.severity IS 'Tingkat keparahan bila pemeriksaan gagal: tinggi, sedang, rendah.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.unit IS 'Unit yang laporannya diperiksa (KEU: Sub Bagian Keuangan dan Aset).';
COMMENT ON COLUMN calc.rekon_tidak_lapor.year IS 'Tahun laporan.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.month IS 'Bulan laporan.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.kode IS 'Kosong: pemeriksaan mengenai laporan.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.uraian IS 'Uraian kegiatan, nama indikator atau nama kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.kolom IS 'Kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.nilai IS 'Kosong.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.pembanding IS 'Kosong.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.selisih IS 'nilai − pembanding; kosong bila salah satunya tidak ada.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.lolos IS 'Benar bila pemeriksaan cocok; salah bila menjadi temuan.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.file IS 'Berkas laporan yang diperiksa.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.sheet IS 'Lembar yang diperiksa.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.cell IS 'Sel nilai yang diperiksa; kosong bila tidak mengenai satu sel.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.raw_text IS 'Isi asli sel itu.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.pembanding_asal IS 'Asal angka pembanding: berkas!sel, atau keterangan.';
COMMENT ON COLUMN calc.rekon_tidak_lapor.message IS 'Penjelasan dalam Bahasa Indonesia (untuk pemeriksaan yang gagal).';
