-- mart.lkpj: the Dinas's part of the mayor's LKPJ for the period's year —
-- its urusan as the Renstra names it (2.11 Koperasi, Usaha Kecil dan
-- Menengah, mart.laporan), then each program of
-- Belanja Langsung (every program of a 90/2019 plan) with its indicators,
-- its kegiatan and, under each kegiatan, its sub kegiatan: indicator, satuan,
-- target of the year, realisasi to the period, capaian (by the indicator's
-- polarity), predikat (meta.predikat), pagu, realisasi Rp, serapan, and
-- the permasalahan and solusi the unit wrote. A program's pagu and
-- realisasi Rp are the subtotals of its budget lines as listed (its
-- kegiatan, or under a 90/2019 plan its sub kegiatan, a kegiatan carrying
-- the subtotal of its own), so they add up; the JUMLAH row is the sum of
-- the programs. A budget line's pagu is the DPA's
-- as Keuangan's report gives it at the period (pagu_asal 'DPA'; the
-- perubahan once it is in the report), else the Renstra's indicative pagu
-- of the year ('Renstra'). Run before December, the figures are the year to
-- date (month says to which month). From mart.monitoring, which holds the
-- period's position. melebihi_pagu marks a realisasi Rp over its pagu: the
-- Review's Rekonsiliasi sheet has the finding.
CREATE TABLE mart.lkpj AS
WITH m AS (SELECT * FROM mart.monitoring WHERE blok IS DISTINCT FROM 'BELANJA TIDAK LANGSUNG'),
dpa AS (
    SELECT k.kode, arg_max(k.pagu, k.month) AS pagu
    FROM clean.anggaran_resmi k JOIN meta.periode p ON k.year = p.year AND k.month <= p.month
    WHERE k.row_kind = 'data' AND k.pagu IS NOT NULL
    GROUP BY k.kode
),
prog AS (
    SELECT kode, min(seq) AS seq FROM m WHERE jenis = 'program' GROUP BY kode
),
daun AS (
    -- the budget lines, each with its pagu
    SELECT p.kode AS program, p.seq AS program_seq,
           k.* REPLACE (coalesce(d.pagu, k.pagu) AS pagu),
           CASE WHEN d.pagu IS NOT NULL THEN 'DPA' WHEN k.pagu IS NOT NULL THEN 'Renstra' END AS pagu_asal
    FROM m k JOIN prog p ON k.kode LIKE p.kode || '.%'
    LEFT JOIN dpa d ON d.kode = k.kode
    WHERE k.jenis <> 'program' AND k.daun
),
keg AS (
    -- the lines under a program: budget lines as they are, a kegiatan with
    -- sub kegiatan carrying their subtotals on its first row
    SELECT * FROM daun
    UNION ALL
    SELECT p.kode, p.seq, k.* REPLACE (
               CASE WHEN k.seq = f.seq THEN t.pagu END AS pagu,
               CASE WHEN k.seq = f.seq THEN t.realisasi_anggaran END AS realisasi_anggaran),
           CASE WHEN k.seq = f.seq THEN t.pagu_asal END
    FROM m k JOIN prog p ON k.kode LIKE p.kode || '.%'
    JOIN (SELECT kode, min(seq) AS seq FROM m WHERE jenis <> 'program' AND NOT daun GROUP BY kode) f ON f.kode = k.kode
    LEFT JOIN (SELECT k2.kode, sum(d.pagu) AS pagu, sum(d.realisasi_anggaran) AS realisasi_anggaran,
                      CASE WHEN bool_and(d.pagu_asal = 'DPA') THEN 'DPA' WHEN bool_or(d.pagu_asal IS NOT NULL) THEN 'Renstra' END AS pagu_asal
               FROM (SELECT DISTINCT kode FROM m WHERE jenis <> 'program' AND NOT daun) k2
               JOIN daun d ON d.kode LIKE k2.kode || '.%' GROUP BY k2.kode) t ON t.kode = k.kode
    WHERE k.jenis <> 'program' AND NOT k.daun
),
sub AS (
    SELECT program, sum(pagu) AS pagu, sum(realisasi_anggaran) AS realisasi_rp, count(*) AS kegiatan,
           CASE WHEN bool_and(pagu_asal = 'DPA') THEN 'DPA' WHEN bool_or(pagu_asal IS NOT NULL) THEN 'Renstra' END AS pagu_asal
    FROM daun GROUP BY program
),
rows AS (
    -- program indicator rows: the first carries the program's subtotals
    SELECT 'program' AS tingkat, p.seq AS program_seq, 0 AS sub_urut, r.seq, r.unit, r.unit_nama, r.kode, r.uraian,
           r.indikator, r.kode_indikator, r.satuan, r.target, r.realisasi, r.capaian,
           CASE WHEN r.seq = p.seq THEN s.pagu END AS pagu,
           CASE WHEN r.seq = p.seq THEN s.realisasi_rp END AS realisasi_rp,
           r.permasalahan, r.solusi, r.year, r.month,
           CASE WHEN r.seq = p.seq THEN s.pagu_asal END AS pagu_asal, false AS daun
    FROM m r JOIN prog p ON p.kode = r.kode LEFT JOIN sub s ON s.program = p.kode
    WHERE r.jenis = 'program'
    UNION ALL
    SELECT jenis, program_seq, 1, seq, unit, unit_nama, kode, uraian, indikator, kode_indikator, satuan, target,
           realisasi, capaian, pagu, realisasi_anggaran, permasalahan, solusi, year, month, pagu_asal, daun
    FROM keg
),
p AS (SELECT year, month FROM meta.periode)
SELECT 1 AS urut, 'urusan' AS tingkat, p.year, p.month, NULL AS seq, NULL AS unit, NULL AS unit_nama,
       coalesce(regexp_extract(u.urusan, '^([0-9.]+)\s', 1), '') AS kode,
       'Urusan ' || coalesce(trim(regexp_replace(u.urusan, '^[0-9.]+\s*', '')), '') AS uraian, NULL AS indikator, NULL AS kode_indikator, NULL AS satuan,
       NULL::DECIMAL(38,10) AS target, NULL::DECIMAL(38,10) AS realisasi, NULL::DECIMAL(38,10) AS capaian, NULL AS predikat,
       NULL::DECIMAL(38,10) AS pagu, NULL::DECIMAL(38,10) AS realisasi_rp, NULL::DECIMAL(38,10) AS serapan,
       NULL AS permasalahan, NULL AS solusi, NULL AS pagu_asal, false AS melebihi_pagu, false AS daun
FROM p, (SELECT any_value(urusan) AS urusan FROM mart.laporan) u WHERE EXISTS (SELECT 1 FROM rows)
UNION ALL
SELECT 1 + row_number() OVER (ORDER BY program_seq, sub_urut, seq), tingkat, year, month, seq, unit, unit_nama, kode, uraian,
       indikator, kode_indikator, satuan, target, realisasi, capaian, meta.predikat(capaian),
       pagu, realisasi_rp, meta.pct_round2(realisasi_rp, nullif(pagu, 0)), permasalahan, solusi,
       pagu_asal, coalesce(realisasi_rp > pagu, false), daun
FROM rows
UNION ALL
SELECT (SELECT count(*) FROM rows) + 2, 'jumlah', p.year, p.month, NULL, NULL, NULL, NULL, 'JUMLAH', NULL, NULL, NULL,
       NULL, NULL, NULL, NULL, s.pagu, s.realisasi_rp, meta.pct_round2(s.realisasi_rp, nullif(s.pagu, 0)), NULL, NULL,
       s.pagu_asal, coalesce(s.realisasi_rp > s.pagu, false), false
FROM p, (SELECT sum(pagu) AS pagu, sum(realisasi_rp) AS realisasi_rp,
                CASE WHEN bool_and(pagu_asal = 'DPA') THEN 'DPA' WHEN bool_or(pagu_asal IS NOT NULL) THEN 'Renstra' END AS pagu_asal FROM sub) s
WHERE EXISTS (SELECT 1 FROM rows);
COMMENT ON TABLE mart.lkpj IS 'LKPJ Dinas untuk tahun periode (s.d. bulan periode): urusan, program dan kegiatan Belanja Langsung dengan indikator, target, realisasi, capaian, predikat, pagu, realisasi Rp, serapan, permasalahan dan solusi; jumlah per program dan JUMLAH yang saling cocok.';
COMMENT ON COLUMN mart.lkpj.urut IS 'Urutan baris di workbook LKPJ, mulai dari 1.';
COMMENT ON COLUMN mart.lkpj.daun IS 'Benar untuk baris anggaran (kegiatan Renstra 13/2006, sub kegiatan Renstra 90/2019); pagu dan realisasi Rp program dan kegiatan di atasnya adalah jumlah baris-baris ini.';
COMMENT ON COLUMN mart.lkpj.tingkat IS 'urusan, program, kegiatan, sub kegiatan (Renstra 90/2019), atau jumlah.';
COMMENT ON COLUMN mart.lkpj.year IS 'Tahun LKPJ.';
COMMENT ON COLUMN mart.lkpj.month IS 'Bulan posisi data: 12 untuk LKPJ akhir tahun, lebih kecil untuk s.d. bulan berjalan.';
COMMENT ON COLUMN mart.lkpj.seq IS 'Urutan baris di Renstra (mart.rencana_tahunan.seq).';
COMMENT ON COLUMN mart.lkpj.unit IS 'Unit penanggung jawab.';
COMMENT ON COLUMN mart.lkpj.unit_nama IS 'Nama unit penanggung jawab.';
COMMENT ON COLUMN mart.lkpj.kode IS 'Kode urusan, program atau kegiatan.';
COMMENT ON COLUMN mart.lkpj.uraian IS 'Uraian urusan, program atau kegiatan; JUMLAH untuk baris jumlah.';
COMMENT ON COLUMN mart.lkpj.indikator IS 'Indikator kinerja (outcome program, output kegiatan).';
COMMENT ON COLUMN mart.lkpj.kode_indikator IS 'Kode indikator program; kosong untuk kegiatan.';
COMMENT ON COLUMN mart.lkpj.satuan IS 'Satuan target dan realisasi.';
COMMENT ON COLUMN mart.lkpj.target IS 'Target tahun itu menurut Renstra.';
COMMENT ON COLUMN mart.lkpj.realisasi IS 'Realisasi kinerja kumulatif s.d. bulan posisi.';
COMMENT ON COLUMN mart.lkpj.capaian IS 'Capaian kinerja (%) menurut polaritas indikator; kosong bila target atau realisasi tidak ada (tidak pernah 0 %).';
COMMENT ON COLUMN mart.lkpj.predikat IS 'Predikat capaian (meta.predikat, skala Permendagri 86/2017).';
COMMENT ON COLUMN mart.lkpj.pagu IS 'Pagu (rupiah): kegiatan menurut Renstra; program dan JUMLAH = jumlah kegiatan di bawahnya.';
COMMENT ON COLUMN mart.lkpj.realisasi_rp IS 'Realisasi anggaran kumulatif (rupiah): kegiatan menurut Keuangan; program dan JUMLAH = jumlah kegiatan di bawahnya.';
COMMENT ON COLUMN mart.lkpj.serapan IS 'Serapan anggaran (%): realisasi Rp ÷ pagu × 100, dua desimal.';
COMMENT ON COLUMN mart.lkpj.permasalahan IS 'Permasalahan yang ditulis unit di laporan bulan posisi.';
COMMENT ON COLUMN mart.lkpj.solusi IS 'Solusi yang ditulis unit di laporan bulan posisi.';
COMMENT ON COLUMN mart.lkpj.pagu_asal IS 'Asal pagu: DPA (laporan Sub Bagian Keuangan dan Aset pada periode) atau Renstra (pagu indikatif tahun itu); program dan JUMLAH: DPA bila semua kegiatannya DPA.';
COMMENT ON COLUMN mart.lkpj.melebihi_pagu IS 'Benar bila realisasi Rp melebihi pagu; temuannya di Review, lembar Rekonsiliasi.';
