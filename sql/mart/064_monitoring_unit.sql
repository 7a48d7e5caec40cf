-- mart.monitoring_unit: the monitoring summed per unit for the period — pagu
-- and spending of its kegiatan, serapan, the average capaian of its
-- kegiatan, how many of the year's monthly reports came, whether the
-- period's did, and how many reconciliation findings it has — then
-- Belanja Tidak Langsung (Keuangan) and the Dinas as a whole.
CREATE TABLE mart.monitoring_unit AS
WITH p AS (SELECT year, month FROM meta.periode),
units AS (
    SELECT kode, nama, urut FROM mart.unit
    WHERE kode IN (SELECT unit FROM mart.monitoring)
),
keg AS (
    SELECT unit, count(*) AS kegiatan, sum(pagu) AS pagu, sum(realisasi_anggaran) AS realisasi_anggaran,
           sum(capaian) AS jumlah_capaian, count(capaian) AS ada_capaian
    FROM mart.monitoring WHERE daun AND jenis <> 'belanja tidak langsung' GROUP BY unit
),
btl AS (
    SELECT sum(pagu) AS pagu, sum(realisasi_anggaran) AS realisasi_anggaran
    FROM mart.monitoring m
    WHERE jenis = 'belanja tidak langsung'
      AND NOT EXISTS (SELECT 1 FROM mart.monitoring c WHERE c.jenis = m.jenis AND c.kode LIKE m.kode || '.%')
),
lap AS (
    SELECT k.unit, count(*) FILTER (WHERE k.ada) AS diterima, bool_or(k.ada AND k.month = p.month) AS bulan_ini
    FROM mart.kelengkapan k JOIN p ON k.year = p.year
    GROUP BY k.unit
),
temuan AS (
    SELECT unit, count(DISTINCT rule || coalesce(kode, '') || CASE WHEN rule = 'rekon.melebihi_pagu' THEN '' ELSE CAST(month AS VARCHAR) END) AS n
    FROM mart.rekonsiliasi WHERE NOT lolos GROUP BY unit
),
rows AS (
    SELECT u.urut, u.kode AS unit, u.nama,
           -- a 13/2006 plan's Belanja Langsung; a 90/2019 plan has no blocks, all is belanja
           CASE WHEN EXISTS (SELECT 1 FROM mart.monitoring WHERE blok = 'BELANJA TIDAK LANGSUNG') THEN 'BELANJA LANGSUNG' ELSE 'BELANJA' END AS blok, k.kegiatan, k.pagu, k.realisasi_anggaran,
           meta.pct_round2(k.realisasi_anggaran, nullif(k.pagu, 0)) AS serapan,
           meta.pct_round2(k.jumlah_capaian, 100 * nullif(k.ada_capaian, 0)) AS rata_capaian,
           coalesce(l.diterima, 0) AS laporan_diterima, coalesce(l.bulan_ini, false) AS laporan_bulan_ini,
           coalesce(t.n, 0) AS temuan_rekonsiliasi
    FROM units u
    LEFT JOIN keg k ON k.unit = u.kode
    LEFT JOIN lap l ON l.unit = u.kode
    LEFT JOIN temuan t ON t.unit = u.kode
    UNION ALL
    SELECT 100, 'KEU', 'Sub Bagian Keuangan dan Aset',
           -- its own lines under a 13/2006 plan; under 90/2019 only its reports and findings
           CASE WHEN b.pagu IS NOT NULL OR b.realisasi_anggaran IS NOT NULL THEN 'BELANJA TIDAK LANGSUNG' ELSE 'LAPORAN KEUANGAN' END,
           NULL, b.pagu, b.realisasi_anggaran,
           meta.pct_round2(b.realisasi_anggaran, nullif(b.pagu, 0)), NULL,
           coalesce(l.diterima, 0), coalesce(l.bulan_ini, false), coalesce(t.n, 0)
    FROM btl b LEFT JOIN lap l ON l.unit = 'KEU' LEFT JOIN temuan t ON t.unit = 'KEU'
)
SELECT r.*, p.month AS laporan_seharusnya FROM rows r, p
UNION ALL
SELECT 1000, 'DINAS', 'Jumlah Dinas', 'JUMLAH', sum(kegiatan), sum(pagu), sum(realisasi_anggaran),
       meta.pct_round2(sum(realisasi_anggaran), nullif(sum(pagu), 0)), NULL,
       NULL, NULL, sum(temuan_rekonsiliasi), max(p.month)
FROM rows, p
ORDER BY 1;
COMMENT ON TABLE mart.monitoring_unit IS 'Ringkasan monitoring per unit pada periode: pagu dan realisasi anggaran kegiatan, serapan, rata-rata capaian kinerja, kelengkapan laporan, jumlah temuan rekonsiliasi; lalu Belanja Tidak Langsung dan jumlah Dinas.';
COMMENT ON COLUMN mart.monitoring_unit.urut IS 'Urutan baris.';
COMMENT ON COLUMN mart.monitoring_unit.unit IS 'Kode unit; KEU untuk Belanja Tidak Langsung, DINAS untuk jumlah.';
COMMENT ON COLUMN mart.monitoring_unit.nama IS 'Nama unit.';
COMMENT ON COLUMN mart.monitoring_unit.blok IS 'BELANJA LANGSUNG, BELANJA TIDAK LANGSUNG (Renstra 13/2006), BELANJA (Renstra 90/2019, tanpa blok), LAPORAN KEUANGAN (baris Keuangan di bawah Renstra 90/2019: laporan dan temuannya saja), atau JUMLAH.';
COMMENT ON COLUMN mart.monitoring_unit.kegiatan IS 'Jumlah baris anggaran unit tahun ini: kegiatan (Renstra 13/2006) atau sub kegiatan (Renstra 90/2019).';
COMMENT ON COLUMN mart.monitoring_unit.pagu IS 'Jumlah pagu (rupiah).';
COMMENT ON COLUMN mart.monitoring_unit.realisasi_anggaran IS 'Jumlah realisasi anggaran kumulatif s.d. periode (rupiah).';
COMMENT ON COLUMN mart.monitoring_unit.serapan IS 'Serapan (%): realisasi ÷ pagu × 100, dua desimal.';
COMMENT ON COLUMN mart.monitoring_unit.rata_capaian IS 'Rata-rata capaian kinerja kegiatan unit (%) terhadap target setahun, dua desimal.';
COMMENT ON COLUMN mart.monitoring_unit.laporan_diterima IS 'Jumlah bulan tahun ini (s.d. periode) yang laporannya diterima.';
COMMENT ON COLUMN mart.monitoring_unit.laporan_bulan_ini IS 'Benar bila laporan bulan periode diterima.';
COMMENT ON COLUMN mart.monitoring_unit.temuan_rekonsiliasi IS 'Jumlah temuan rekonsiliasi atas laporan unit (melebihi pagu dihitung sekali per kegiatan).';
COMMENT ON COLUMN mart.monitoring_unit.laporan_seharusnya IS 'Jumlah laporan yang seharusnya sudah diterima (bulan periode).';
