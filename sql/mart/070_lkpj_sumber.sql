-- mart.lkpj_sumber: where every figure of mart.lkpj comes from — for each
-- row (urut) and column, the input cells it is made of: the Renstra's
-- target cells (Tabel 6.1), the pagu cell of Keuangan's report (the DPA)
-- or else the Renstra's, the unit's realisasi cell and
-- Keuangan's (or the unit's) realisasi Rp cell of the monthly report; a
-- subtotal or JUMLAH lists every cell it adds up. capaian and serapan are
-- computed from the row's other columns (see their rules) and are traced
-- through them. nilai is the number read from the cell, so the figure is
-- the sum of its rows' nilai.
CREATE TABLE mart.lkpj_sumber AS
WITH l AS (SELECT * FROM mart.lkpj),
rt AS (SELECT * FROM mart.rencana_tahunan WHERE berlaku),
rb AS (SELECT r.* FROM mart.realisasi_bulanan r JOIN meta.periode p ON p.year = r.year AND p.month = r.month),
dpa AS (
    -- Keuangan's pagu cell of a kegiatan as it stood at the period, where the LKPJ takes its pagu
    SELECT k.kode, arg_max(k.file, k.month) AS file, arg_max(k.sheet, k.month) AS sheet,
           arg_max(k.pagu_cell, k.month) AS cell, arg_max(k.pagu, k.month) AS pagu
    FROM clean.anggaran_resmi k JOIN meta.periode p ON k.year = p.year AND k.month <= p.month
    WHERE k.row_kind = 'data' AND k.pagu IS NOT NULL
    GROUP BY k.kode
),
pagu AS (
    SELECT rt.year, rt.seq, rt.unit, coalesce(d.file, rt.file) AS file, coalesce(d.sheet, rt.sheet) AS sheet,
           CASE WHEN d.kode IS NOT NULL THEN d.cell ELSE rt.pagu_cell END AS cell, coalesce(d.pagu, rt.pagu) AS pagu
    FROM rt LEFT JOIN dpa d ON d.kode = rt.kode AND rt.daun
),
keg AS (SELECT * FROM l WHERE daun),
under AS (
    -- the budget lines a program's (or a kegiatan's) first row, or JUMLAH, adds up
    SELECT s.urut, k.seq AS keg_seq, k.unit AS keg_unit
    FROM l s JOIN keg k ON (s.tingkat = 'jumlah' OR (s.tingkat IN ('program', 'kegiatan') AND NOT s.daun AND s.pagu IS NOT NULL AND k.kode LIKE s.kode || '.%'))
)
SELECT l.urut, 'target' AS kolom, rt.file, rt.sheet, rt.target_cell AS cell, rt.target AS nilai
FROM l JOIN rt ON rt.year = l.year AND rt.seq = l.seq AND rt.unit = l.unit
WHERE l.target IS NOT NULL
UNION ALL
SELECT l.urut, 'realisasi', rb.file_kinerja, rb.sheet_kinerja, rb.cell_kinerja, rb.kinerja
FROM l JOIN rb ON rb.seq = l.seq AND rb.unit = l.unit
WHERE l.realisasi IS NOT NULL
UNION ALL
SELECT l.urut, 'pagu', g.file, g.sheet, g.cell, g.pagu
FROM l JOIN pagu g ON g.year = l.year AND g.seq = l.seq AND g.unit = l.unit
WHERE l.daun AND l.pagu IS NOT NULL
UNION ALL
SELECT u.urut, 'pagu', g.file, g.sheet, g.cell, g.pagu
FROM under u JOIN meta.periode p ON true JOIN pagu g ON g.year = p.year AND g.seq = u.keg_seq AND g.unit = u.keg_unit
WHERE g.pagu IS NOT NULL
UNION ALL
SELECT l.urut, 'realisasi_rp', rb.file_anggaran, rb.sheet_anggaran, rb.cell_anggaran, rb.anggaran
FROM l JOIN rb ON rb.seq = l.seq AND rb.unit = l.unit
WHERE l.daun AND l.realisasi_rp IS NOT NULL
UNION ALL
SELECT u.urut, 'realisasi_rp', rb.file_anggaran, rb.sheet_anggaran, rb.cell_anggaran, rb.anggaran
FROM under u JOIN rb ON rb.seq = u.keg_seq AND rb.unit = u.keg_unit
WHERE rb.anggaran IS NOT NULL;
COMMENT ON TABLE mart.lkpj_sumber IS 'Asal setiap angka LKPJ: untuk tiap baris (urut) dan kolom, sel masukan pembentuknya — sel target dan pagu Renstra, sel realisasi laporan unit, sel realisasi anggaran laporan Keuangan; angka jumlah mencantumkan semua sel yang dijumlahkan.';
COMMENT ON COLUMN mart.lkpj_sumber.urut IS 'Baris mart.lkpj (urut).';
COMMENT ON COLUMN mart.lkpj_sumber.kolom IS 'Kolom: target, realisasi, pagu, realisasi_rp. capaian dan serapan dihitung dari kolom-kolom ini.';
COMMENT ON COLUMN mart.lkpj_sumber.file IS 'Berkas masukan, relatif terhadap folder masukan.';
COMMENT ON COLUMN mart.lkpj_sumber.sheet IS 'Lembar berkas masukan.';
COMMENT ON COLUMN mart.lkpj_sumber.cell IS 'Sel berkas masukan (gaya A1).';
COMMENT ON COLUMN mart.lkpj_sumber.nilai IS 'Angka yang dibaca dari sel itu; angka LKPJ = jumlah nilai baris-barisnya.';
