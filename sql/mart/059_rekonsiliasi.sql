-- mart.rekonsiliasi: the audit table of the reconciliation — every check
-- made on the monthly reports of the period's year up to the period, passed
-- or failed, one row each, from the rule tables mart.rekon_*:
--   rekon.anggaran_keuangan  unit's realisasi anggaran vs Keuangan's, per kegiatan
--   rekon.anggaran_sipd      … vs SIPD-RI's, for a month a SIPD-RI export holds
--   rekon.keuangan_sipd      Keuangan's workbook vs SIPD-RI, per sub kegiatan
--   rekon.pagu_sipd          a report's pagu vs SIPD-RI's
--   rekon.kumulatif_turun    a cumulative figure lower than the month before
--   rekon.melebihi_pagu      realisasi anggaran above the year's pagu
--   rekon.indikator_register an indicator typed vs computed from the registers
--   rekon.jumlah             a JUMLAH row vs the sum of its rows
--   rekon.tidak_lapor        a unit's report for a month missing
-- The failed ones are the Rekonsiliasi findings of the review.
CREATE TABLE mart.rekonsiliasi AS
WITH semua AS (
    SELECT rule, severity, unit, year, month, kode, uraian, kolom, nilai, pembanding, selisih, lolos, file, sheet, cell, raw_text, pembanding_asal, message FROM calc.rekon_anggaran_keuangan
    UNION ALL SELECT rule, severity, unit, year, month, kode, uraian, kolom, nilai, pembanding, selisih, lolos, file, sheet, cell, raw_text, pembanding_asal, message FROM calc.rekon_kumulatif_turun
    UNION ALL SELECT rule, severity, unit, year, month, kode, uraian, kolom, nilai, pembanding, selisih, lolos, file, sheet, cell, raw_text, pembanding_asal, message FROM calc.rekon_melebihi_pagu
    UNION ALL SELECT rule, severity, unit, year, month, kode, uraian, kolom, nilai, pembanding, selisih, lolos, file, sheet, cell, raw_text, pembanding_asal, message FROM calc.rekon_indikator_register
    UNION ALL SELECT rule, severity, unit, year, month, kode, uraian, kolom, nilai, pembanding, selisih, lolos, file, sheet, cell, raw_text, pembanding_asal, message FROM calc.rekon_jumlah
    UNION ALL SELECT rule, severity, unit, year, month, kode, uraian, kolom, nilai, pembanding, selisih, lolos, file, sheet, cell, raw_text, pembanding_asal, message FROM calc.rekon_tidak_lapor
    UNION ALL SELECT rule, severity, unit, year, month, kode, uraian, kolom, nilai, pembanding, selisih, lolos, file, sheet, cell, raw_text, pembanding_asal, message FROM calc.rekon_keuangan_sipd
    UNION ALL SELECT rule, severity, unit, year, month, kode, uraian, kolom, nilai, pembanding, selisih, lolos, file, sheet, cell, raw_text, pembanding_asal, message FROM calc.rekon_pagu_sipd
)
SELECT row_number() OVER (ORDER BY rule, unit, year, month, kode NULLS FIRST, kolom, uraian, file, cell) AS seq, *
FROM semua;
COMMENT ON TABLE mart.rekonsiliasi IS 'Tabel audit rekonsiliasi: setiap pemeriksaan atas laporan bulanan tahun periode sampai bulan periode, lolos maupun gagal; yang gagal menjadi temuan Rekonsiliasi di workbook Review.';
COMMENT ON COLUMN mart.rekonsiliasi.rule IS 'Kode aturan: rekon.anggaran_keuangan, rekon.kumulatif_turun, rekon.melebihi_pagu, rekon.indikator_register, rekon.jumlah, rekon.tidak_lapor.';
COMMENT ON COLUMN mart.rekonsiliasi.severity IS 'Tingkat keparahan bila pemeriksaan gagal: tinggi, sedang, rendah.';
COMMENT ON COLUMN mart.rekonsiliasi.unit IS 'Unit yang laporannya diperiksa (KEU: Sub Bagian Keuangan dan Aset).';
COMMENT ON COLUMN mart.rekonsiliasi.year IS 'Tahun laporan.';
COMMENT ON COLUMN mart.rekonsiliasi.month IS 'Bulan laporan.';
COMMENT ON COLUMN mart.rekonsiliasi.kode IS 'Kode rekening kegiatan, kode indikator, atau kosong.';
COMMENT ON COLUMN mart.rekonsiliasi.uraian IS 'Uraian kegiatan, nama indikator atau nama kolom yang diperiksa.';
COMMENT ON COLUMN mart.rekonsiliasi.kolom IS 'Kolom yang diperiksa.';
COMMENT ON COLUMN mart.rekonsiliasi.nilai IS 'Angka yang diperiksa.';
COMMENT ON COLUMN mart.rekonsiliasi.pembanding IS 'Angka pembanding.';
COMMENT ON COLUMN mart.rekonsiliasi.selisih IS 'nilai − pembanding; kosong bila salah satunya tidak ada.';
COMMENT ON COLUMN mart.rekonsiliasi.lolos IS 'Benar bila pemeriksaan cocok; salah bila menjadi temuan.';
COMMENT ON COLUMN mart.rekonsiliasi.file IS 'Berkas laporan yang diperiksa.';
COMMENT ON COLUMN mart.rekonsiliasi.sheet IS 'Lembar yang diperiksa.';
COMMENT ON COLUMN mart.rekonsiliasi.cell IS 'Sel nilai yang diperiksa; kosong bila tidak mengenai satu sel.';
COMMENT ON COLUMN mart.rekonsiliasi.raw_text IS 'Isi asli sel itu.';
COMMENT ON COLUMN mart.rekonsiliasi.pembanding_asal IS 'Asal angka pembanding: berkas!sel, atau keterangan.';
COMMENT ON COLUMN mart.rekonsiliasi.message IS 'Penjelasan dalam Bahasa Indonesia (untuk pemeriksaan yang gagal).';
COMMENT ON COLUMN mart.rekonsiliasi.seq IS 'Nomor urut pemeriksaan.';
