-- calc.rekon_pagu_sipd: the pagu a unit's report (and Keuangan's workbook)
-- gives a sub kegiatan against SIPD-RI's pagu for it in the same month: a
-- report still carrying the pagu from before a shift (pergeseran) or a
-- change (perubahan) measures its realisasi against a budget that no longer
-- stands. Checked where the report typed a pagu, for every month SIPD-RI
-- holds; a sub kegiatan SIPD-RI lacks is rekon.anggaran_sipd's finding.
CREATE TABLE calc.rekon_pagu_sipd AS
WITH p AS (SELECT year, month FROM meta.periode),
s AS (SELECT x.* FROM clean.sipd_sub_kegiatan x JOIN p ON x.year = p.year AND x.month <= p.month WHERE x.pagu_kosong = 0),
v AS (
    SELECT unit, year, month, kode, uraian, pagu, file, sheet, pagu_cell
    FROM clean.realisasi WHERE jenis IN ('kegiatan', 'sub kegiatan') AND row_kind = 'data' AND pagu IS NOT NULL
    UNION ALL
    SELECT 'KEU', year, month, kode, uraian, pagu, file, sheet, pagu_cell
    FROM clean.keuangan WHERE row_kind = 'data' AND pagu IS NOT NULL AND kode IS NOT NULL
)
SELECT 'rekon.pagu_sipd' AS rule, 'sedang' AS severity, v.unit, v.year, v.month, v.kode, v.uraian,
       'Pagu' AS kolom, v.pagu AS nilai, s.pagu AS pembanding, CAST(v.pagu - s.pagu AS DECIMAL(38,10)) AS selisih,
       v.pagu = s.pagu AS lolos, v.file, v.sheet, v.pagu_cell AS cell, meta.id_num(v.pagu) AS raw_text,
       s.file || coalesce('!' || s.pagu_cell, '') AS pembanding_asal,
       'Pagu sub kegiatan ' || v.kode || ' di laporan ' || CASE v.unit WHEN 'KEU' THEN 'Keuangan' ELSE v.unit END || ' '
       || meta.nama_bulan(v.month) || ' ' || v.year || ' Rp ' || meta.id_num(v.pagu) || ' berbeda dengan pagu SIPD-RI Rp '
       || meta.id_num(s.pagu) || ' (selisih Rp ' || meta.id_num(v.pagu - s.pagu)
       || CASE WHEN s.pagu_murni IS NOT NULL AND s.pagu_murni <> s.pagu AND v.pagu = s.pagu_murni
               THEN '; itu pagu murni, sebelum pergeseran/perubahan' ELSE '' END
       || '). Pagu SIPD-RI yang berlaku; mohon kolom pagu laporan disesuaikan.' AS message
FROM v JOIN p ON v.year = p.year AND v.month <= p.month
JOIN s ON s.year = v.year AND s.month = v.month AND s.kode = v.kode;
COMMENT ON TABLE calc.rekon_pagu_sipd IS 'Rekonsiliasi pagu per sub kegiatan: pagu di laporan unit (dan laporan Keuangan) dibanding pagu SIPD-RI bulan yang sama.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.rule IS 'Kode aturan rekonsiliasi.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.severity IS 'Tingkat keparahan bila pemeriksaan gagal: tinggi, sedang, rendah.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.unit IS 'Unit yang laporannya diperiksa (KEU: Sub Bagian Keuangan dan Aset).';
COMMENT ON COLUMN calc.rekon_pagu_sipd.year IS 'Tahun laporan.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.month IS 'Bulan laporan.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.kode IS 'Kode sub kegiatan.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.uraian IS 'Uraian sub kegiatan.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.kolom IS 'Kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.nilai IS 'Pagu menurut laporan yang diperiksa (rupiah).';
COMMENT ON COLUMN calc.rekon_pagu_sipd.pembanding IS 'Pagu menurut SIPD-RI (rupiah), jumlah pagu rekening sub kegiatan.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.selisih IS 'nilai − pembanding; kosong bila salah satunya tidak ada.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.lolos IS 'Benar bila pemeriksaan cocok; salah bila menjadi temuan.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.file IS 'Berkas yang diperiksa.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.sheet IS 'Lembar yang diperiksa.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.cell IS 'Sel nilai yang diperiksa.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.raw_text IS 'Pagu sel itu seperti tampil (angka terbaca).';
COMMENT ON COLUMN calc.rekon_pagu_sipd.pembanding_asal IS 'Asal angka pembanding: berkas ekspor SIPD-RI!sel-sel yang dijumlah.';
COMMENT ON COLUMN calc.rekon_pagu_sipd.message IS 'Penjelasan dalam Bahasa Indonesia (untuk pemeriksaan yang gagal).';
