-- calc.rekon_kumulatif_turun: cumulative figures that go down. Realisasi is
-- reported cumulative from January, so a kegiatan's realisasi kinerja and
-- anggaran (a unit's and Keuangan's) can only stay or rise from one month
-- to the next. Each month's figure is compared with the latest earlier
-- month of the same year that has one (a month missing or unreadable is
-- stepped over).
CREATE TABLE calc.rekon_kumulatif_turun AS
WITH p AS (SELECT year, month FROM meta.periode),
v AS (
    SELECT unit, year, month, kode, uraian, 'Realisasi kinerja' AS kolom, kinerja AS nilai,
           file, sheet, kinerja_cell AS cell, kinerja_raw AS raw_text
    FROM clean.realisasi WHERE jenis IN ('kegiatan', 'sub kegiatan') AND row_kind = 'data' AND kinerja IS NOT NULL
    UNION ALL
    SELECT unit, year, month, kode, uraian, 'Realisasi anggaran', anggaran, file, sheet, anggaran_cell, anggaran_raw
    FROM clean.realisasi WHERE jenis IN ('kegiatan', 'sub kegiatan') AND row_kind = 'data' AND anggaran IS NOT NULL
    UNION ALL
    SELECT 'KEU', year, month, kode, uraian, 'Realisasi anggaran', anggaran, file, sheet, anggaran_cell, anggaran_raw
    FROM clean.anggaran_resmi WHERE row_kind = 'data' AND anggaran IS NOT NULL AND kode IS NOT NULL
),
l AS (
    SELECT v.*,
           lag(v.nilai) OVER w AS sebelum, lag(v.month) OVER w AS bulan_sebelum,
           lag(v.file) OVER w AS file_sebelum, lag(v.cell) OVER w AS cell_sebelum
    FROM v JOIN p ON v.year = p.year AND v.month <= p.month
    WINDOW w AS (PARTITION BY v.unit, v.year, v.kode, v.kolom ORDER BY v.month)
)
SELECT 'rekon.kumulatif_turun' AS rule, 'sedang' AS severity, unit, year, month, kode, uraian, kolom,
       nilai, sebelum AS pembanding, CAST(nilai - sebelum AS DECIMAL(38,10)) AS selisih,
       nilai >= sebelum AS lolos, file, sheet, cell, raw_text,
       file_sebelum || '!' || cell_sebelum AS pembanding_asal,
       kolom || ' kumulatif s.d. ' || meta.nama_bulan(month) || ' ' || year || ' (' || meta.id_num(nilai)
       || ') lebih kecil daripada s.d. ' || meta.nama_bulan(bulan_sebelum) || ' (' || meta.id_num(sebelum)
       || '). Realisasi diisi kumulatif sejak Januari, jadi tidak boleh turun; periksa salah ketik.' AS message
FROM l WHERE sebelum IS NOT NULL;
COMMENT ON TABLE calc.rekon_kumulatif_turun IS 'Rekonsiliasi angka kumulatif: realisasi kinerja dan anggaran per kegiatan tidak boleh turun dari bulan ke bulan dalam satu tahun.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.rule IS 'Kode aturan rekonsiliasi.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.severity IS 'Tingkat keparahan bila pemeriksaan gagal: tinggi, sedang, rendah.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.unit IS 'Unit yang laporannya diperiksa (KEU: Sub Bagian Keuangan dan Aset).';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.year IS 'Tahun laporan.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.month IS 'Bulan laporan.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.kode IS 'Kode rekening kegiatan.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.uraian IS 'Uraian kegiatan, nama indikator atau nama kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.kolom IS 'Kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.nilai IS 'Angka kumulatif bulan ini.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.pembanding IS 'Angka kumulatif bulan terakhir sebelumnya yang terisi.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.selisih IS 'nilai − pembanding; kosong bila salah satunya tidak ada.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.lolos IS 'Benar bila pemeriksaan cocok; salah bila menjadi temuan.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.file IS 'Berkas laporan yang diperiksa.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.sheet IS 'Lembar yang diperiksa.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.cell IS 'Sel nilai yang diperiksa; kosong bila tidak mengenai satu sel.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.raw_text IS 'Isi asli sel itu.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.pembanding_asal IS 'Asal angka pembanding: berkas!sel, atau keterangan.';
COMMENT ON COLUMN calc.rekon_kumulatif_turun.message IS 'Penjelasan dalam Bahasa Indonesia (untuk pemeriksaan yang gagal).';
