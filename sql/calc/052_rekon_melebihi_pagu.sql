-- calc.rekon_melebihi_pagu: realisasi anggaran above the kegiatan's pagu for
-- the year. The pagu is the Renstra's (mart.rencana_tahunan); for a
-- Keuangan line the Renstra does not plan (Belanja Tidak Langsung items),
-- the pagu typed in Keuangan's report. Checked for the unit's and
-- Keuangan's figures, every month; bulan_pertama tells since when.
CREATE TABLE calc.rekon_melebihi_pagu AS
WITH p AS (SELECT year, month FROM meta.periode),
plan AS (
    SELECT year, kode, max(pagu) AS pagu, max(file || '!' || pagu_cell) AS asal
    FROM mart.rencana_tahunan WHERE berlaku AND daun AND pagu IS NOT NULL
    GROUP BY year, kode
),
v AS (
    SELECT unit, year, month, kode, uraian, anggaran, NULL AS pagu_ketik, NULL AS pagu_cell,
           file, sheet, anggaran_cell AS cell, anggaran_raw AS raw_text
    FROM clean.realisasi WHERE jenis IN ('kegiatan', 'sub kegiatan') AND row_kind = 'data' AND anggaran IS NOT NULL
    UNION ALL
    SELECT 'KEU', year, month, kode, uraian, anggaran, pagu, pagu_cell, file, sheet, anggaran_cell, anggaran_raw
    FROM clean.anggaran_resmi WHERE row_kind = 'data' AND anggaran IS NOT NULL AND kode IS NOT NULL
),
c AS (
    SELECT v.*, coalesce(pl.pagu, v.pagu_ketik) AS pagu,
           coalesce(pl.asal, v.file || '!' || v.pagu_cell) AS pagu_asal
    FROM v JOIN p ON v.year = p.year AND v.month <= p.month
    LEFT JOIN plan pl ON pl.year = v.year AND pl.kode = v.kode
    WHERE coalesce(pl.pagu, v.pagu_ketik) IS NOT NULL
),
f AS (
    SELECT c.*, min(month) FILTER (WHERE anggaran > pagu) OVER (PARTITION BY unit, year, kode) AS bulan_pertama
    FROM c
)
SELECT 'rekon.melebihi_pagu' AS rule, 'tinggi' AS severity, unit, year, month, kode, uraian,
       'Realisasi anggaran' AS kolom, anggaran AS nilai, pagu AS pembanding,
       CAST(anggaran - pagu AS DECIMAL(38,10)) AS selisih, anggaran <= pagu AS lolos,
       file, sheet, cell, raw_text, pagu_asal AS pembanding_asal,
       'Realisasi anggaran s.d. ' || meta.nama_bulan(month) || ' ' || year || ' Rp ' || meta.id_num(anggaran)
       || ' melebihi pagu Rp ' || meta.id_num(pagu) || ' sebesar Rp ' || meta.id_num(anggaran - pagu)
       || CASE WHEN bulan_pertama < month THEN ' (melebihi pagu sejak ' || meta.nama_bulan(bulan_pertama) || ')' ELSE '' END
       || '.' AS message,
       bulan_pertama
FROM f;
COMMENT ON TABLE calc.rekon_melebihi_pagu IS 'Rekonsiliasi realisasi anggaran dengan pagu: realisasi kumulatif per kegiatan (unit dan Keuangan) tidak boleh melebihi pagu tahun itu.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.rule IS 'Kode aturan rekonsiliasi.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.severity IS 'Tingkat keparahan bila pemeriksaan gagal: tinggi, sedang, rendah.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.unit IS 'Unit yang laporannya diperiksa (KEU: Sub Bagian Keuangan dan Aset).';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.year IS 'Tahun laporan.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.month IS 'Bulan laporan.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.kode IS 'Kode rekening kegiatan atau baris Keuangan.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.uraian IS 'Uraian kegiatan, nama indikator atau nama kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.kolom IS 'Kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.nilai IS 'Realisasi anggaran kumulatif (rupiah).';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.pembanding IS 'Pagu tahun itu (rupiah): Renstra, atau yang diketik Keuangan untuk baris yang tidak ada di Renstra.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.selisih IS 'nilai − pembanding; kosong bila salah satunya tidak ada.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.lolos IS 'Benar bila pemeriksaan cocok; salah bila menjadi temuan.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.file IS 'Berkas laporan yang diperiksa.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.sheet IS 'Lembar yang diperiksa.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.cell IS 'Sel nilai yang diperiksa; kosong bila tidak mengenai satu sel.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.raw_text IS 'Isi asli sel itu.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.pembanding_asal IS 'Asal angka pembanding: berkas!sel, atau keterangan.';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.message IS 'Penjelasan dalam Bahasa Indonesia (untuk pemeriksaan yang gagal).';
COMMENT ON COLUMN calc.rekon_melebihi_pagu.bulan_pertama IS 'Bulan pertama tahun itu realisasi melebihi pagu; kosong bila tidak pernah.';
