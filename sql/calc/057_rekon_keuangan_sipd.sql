-- calc.rekon_keuangan_sipd: Keuangan's monthly workbook against SIPD-RI,
-- for a month both hold: the workbook is no longer the source of the
-- documents then, but it is what the office still circulates, and a figure
-- in it that SIPD-RI does not have is a figure someone will quote. Every
-- budget line of the workbook (a line other lines of it refine, a kegiatan
-- above its sub kegiatan, is not compared) against SIPD-RI's sum of the
-- sub kegiatan's rekening; and every sub kegiatan of the plan SIPD-RI has
-- that the workbook lacks.
CREATE TABLE calc.rekon_keuangan_sipd AS
WITH p AS (SELECT year, month FROM meta.periode),
s AS (SELECT x.* FROM clean.sipd_sub_kegiatan x JOIN p ON x.year = p.year AND x.month <= p.month),
k AS (
    SELECT k.* FROM clean.keuangan k JOIN p ON k.year = p.year AND k.month <= p.month
    WHERE k.row_kind = 'data' AND k.kode IS NOT NULL AND k.anggaran_status IS DISTINCT FROM 'tidak_terbaca'
      AND NOT EXISTS (SELECT 1 FROM clean.keuangan c WHERE c.file = k.file AND c.row_kind = 'data' AND c.kode LIKE k.kode || '.%')
),
bulan AS (
    -- months both sources hold
    SELECT DISTINCT k.year, k.month, k.file AS keu_file, s.file AS sipd_file
    FROM k JOIN s ON s.year = k.year AND s.month = k.month
),
ks AS (
    SELECT coalesce(k.year, s.year) AS year, coalesce(k.month, s.month) AS month, coalesce(k.kode, s.kode) AS kode,
           coalesce(k.uraian, s.uraian) AS uraian, k.anggaran, k.sheet, k.anggaran_cell, k.anggaran_raw,
           k.kode IS NOT NULL AS di_keu, s.anggaran AS sipd, s.anggaran_cell AS sipd_cell, s.kode IS NOT NULL AS di_sipd,
           s.unit_kegiatan
    FROM k FULL JOIN s ON s.year = k.year AND s.month = k.month AND s.kode = k.kode
),
pasang AS (
    -- a sub kegiatan SIPD-RI has that the plan does not is the export's
    -- own finding (sipd.asing), not the workbook's
    SELECT ks.*, b.keu_file, b.sipd_file FROM ks JOIN bulan b USING (year, month)
    WHERE ks.di_keu OR ks.unit_kegiatan IS NOT NULL
)
SELECT 'rekon.keuangan_sipd' AS rule, 'sedang' AS severity, 'KEU' AS unit, year, month, kode, uraian,
       'Realisasi anggaran' AS kolom, anggaran AS nilai, sipd AS pembanding, CAST(anggaran - sipd AS DECIMAL(38,10)) AS selisih,
       coalesce(anggaran = sipd, false) AS lolos,
       keu_file AS file, sheet, anggaran_cell AS cell, anggaran_raw AS raw_text,
       sipd_file || coalesce('!' || sipd_cell, '') AS pembanding_asal,
       CASE WHEN NOT di_sipd THEN 'Kegiatan ' || kode || ' ada di laporan Keuangan ' || meta.nama_bulan(month) || ' ' || year
                || ' (Rp ' || coalesce(meta.id_num(anggaran), 'kosong') || ') tetapi tidak ada di ekspor SIPD-RI (' || sipd_file || '); angka SIPD-RI yang berlaku.'
            WHEN NOT di_keu THEN 'Sub kegiatan ' || kode || ' ada di ekspor SIPD-RI ' || meta.nama_bulan(month) || ' ' || year
                || ' (Rp ' || meta.id_num(sipd) || ') tetapi tidak ada di laporan Keuangan (' || keu_file || ').'
            WHEN anggaran IS NULL THEN 'Realisasi anggaran sub kegiatan ' || kode || ' kosong di laporan Keuangan ' || meta.nama_bulan(month) || ' ' || year
                || ', padahal SIPD-RI mencatat Rp ' || meta.id_num(sipd) || '.'
            ELSE 'Realisasi anggaran di laporan Keuangan s.d. ' || meta.nama_bulan(month) || ' ' || year || ' Rp ' || meta.id_num(anggaran)
                || ' berbeda dengan SIPD-RI Rp ' || meta.id_num(sipd) || ' (selisih Rp ' || meta.id_num(anggaran - sipd)
                || '). Angka SIPD-RI yang berlaku dan yang dicetak dokumen; mohon laporan Keuangan disesuaikan.'
       END AS message
FROM pasang
WHERE keu_file IS NOT NULL;
COMMENT ON TABLE calc.rekon_keuangan_sipd IS 'Rekonsiliasi laporan bulanan Keuangan dengan ekspor SIPD-RI untuk bulan yang dimuat keduanya: realisasi anggaran per sub kegiatan.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.rule IS 'Kode aturan rekonsiliasi.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.severity IS 'Tingkat keparahan bila pemeriksaan gagal: tinggi, sedang, rendah.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.unit IS 'Unit yang laporannya diperiksa (KEU: Sub Bagian Keuangan dan Aset).';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.year IS 'Tahun laporan.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.month IS 'Bulan laporan.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.kode IS 'Kode sub kegiatan.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.uraian IS 'Uraian sub kegiatan.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.kolom IS 'Kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.nilai IS 'Realisasi anggaran kumulatif menurut laporan Keuangan (rupiah).';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.pembanding IS 'Realisasi anggaran kumulatif menurut SIPD-RI (rupiah).';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.selisih IS 'nilai − pembanding; kosong bila salah satunya tidak ada.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.lolos IS 'Benar bila pemeriksaan cocok; salah bila menjadi temuan.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.file IS 'Berkas yang diperiksa.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.sheet IS 'Lembar yang diperiksa.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.cell IS 'Sel nilai yang diperiksa.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.raw_text IS 'Isi asli sel itu.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.pembanding_asal IS 'Asal angka pembanding: berkas ekspor SIPD-RI!sel-sel yang dijumlah.';
COMMENT ON COLUMN calc.rekon_keuangan_sipd.message IS 'Penjelasan dalam Bahasa Indonesia (untuk pemeriksaan yang gagal).';
