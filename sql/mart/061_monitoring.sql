-- mart.monitoring: the monitoring of the period — every row of the year's
-- plan, per unit, at the end of the period's month: target, realisasi to
-- date, capaian (% of the year's target, by the indicator's polarity), pagu,
-- spent, serapan (% of pagu), the unit's permasalahan and solusi, and for
-- program indicators the value computed from the registers. A program
-- printed with several indicators carries its pagu, and so its spending, on
-- one of their rows only.
CREATE TABLE mart.monitoring AS
WITH p AS (SELECT year, month FROM meta.periode),
reg AS (
    SELECT kode_indikator, year, month, any_value(nilai) AS nilai
    FROM mart.indikator_bulanan GROUP BY ALL
)
SELECT r.unit, un.nama AS unit_nama, r.year, r.month, pl.seq, pl.blok, r.jenis, r.daun, r.kode, pl.uraian, pl.indikator, r.kode_indikator, pl.satuan,
       pl.target, r.kinerja AS realisasi, r.bulan_kinerja,
       meta.capaian(r.kinerja, pl.target, coalesce(i.polaritas, 'positif')) AS capaian,
       pl.pagu, CASE WHEN pl.pagu IS NOT NULL OR r.daun THEN r.anggaran END AS realisasi_anggaran,
       CASE WHEN pl.pagu IS NOT NULL OR r.daun THEN r.sumber_anggaran END AS sumber_anggaran,
       CASE WHEN pl.pagu IS NOT NULL OR r.daun THEN r.bulan_anggaran END AS bulan_anggaran,
       meta.pct_round2(r.anggaran, nullif(pl.pagu, 0)) AS serapan,
       g.nilai AS nilai_register,
       r.permasalahan, r.solusi, r.file_kinerja, r.cell_kinerja
FROM mart.realisasi_bulanan r
JOIN p ON p.year = r.year AND p.month = r.month
JOIN mart.rencana_tahunan pl ON pl.year = r.year AND pl.seq = r.seq AND pl.unit = r.unit AND pl.berlaku
LEFT JOIN mart.unit un ON un.kode = r.unit
LEFT JOIN (SELECT i.kode, arg_min(i.polaritas, [CASE WHEN b.file_id IS NULL THEN 1 ELSE 0 END, i.file_id, i.row_no]) AS polaritas
           -- as the plan in force for the period's year lists it
           FROM clean.indikator i LEFT JOIN clean.renstra_berlaku b ON b.file_id = i.file_id AND b.year = (SELECT year FROM meta.periode)
           GROUP BY i.kode) i ON i.kode = r.kode_indikator
LEFT JOIN reg g ON g.kode_indikator = r.kode_indikator AND g.year = r.year AND g.month = r.month;
COMMENT ON TABLE mart.monitoring IS 'Monitoring periode: setiap baris rencana tahun itu per unit pada akhir bulan periode — target, realisasi s.d. bulan ini, capaian, pagu, realisasi anggaran, serapan, permasalahan dan solusi.';
COMMENT ON COLUMN mart.monitoring.unit IS 'Unit penanggung jawab.';
COMMENT ON COLUMN mart.monitoring.unit_nama IS 'Nama unit.';
COMMENT ON COLUMN mart.monitoring.year IS 'Tahun periode.';
COMMENT ON COLUMN mart.monitoring.month IS 'Bulan periode.';
COMMENT ON COLUMN mart.monitoring.seq IS 'Urutan baris di Renstra.';
COMMENT ON COLUMN mart.monitoring.blok IS 'BELANJA TIDAK LANGSUNG atau BELANJA LANGSUNG.';
COMMENT ON COLUMN mart.monitoring.jenis IS 'program, kegiatan, atau belanja tidak langsung.';
COMMENT ON COLUMN mart.monitoring.daun IS 'Benar untuk baris anggaran (kegiatan Renstra 13/2006, sub kegiatan Renstra 90/2019): realisasi anggarannya dilaporkan; program dan kegiatan di atasnya menjumlah baris di bawahnya.';
COMMENT ON COLUMN mart.monitoring.kode IS 'Kode rekening.';
COMMENT ON COLUMN mart.monitoring.uraian IS 'Uraian program, kegiatan atau belanja.';
COMMENT ON COLUMN mart.monitoring.indikator IS 'Indikator kinerja (outcome program, output kegiatan).';
COMMENT ON COLUMN mart.monitoring.kode_indikator IS 'Kode indikator program; kosong untuk kegiatan.';
COMMENT ON COLUMN mart.monitoring.satuan IS 'Satuan target dan realisasi.';
COMMENT ON COLUMN mart.monitoring.target IS 'Target tahun itu menurut Renstra.';
COMMENT ON COLUMN mart.monitoring.realisasi IS 'Realisasi kinerja kumulatif s.d. bulan periode (atau bulan terakhir yang dilaporkan, lihat bulan_kinerja).';
COMMENT ON COLUMN mart.monitoring.bulan_kinerja IS 'Bulan laporan asal realisasi kinerja; lebih awal daripada periode bila laporan bulan itu tidak ada.';
COMMENT ON COLUMN mart.monitoring.capaian IS 'Capaian kinerja (%) terhadap target setahun: realisasi ÷ target × 100, atau (2 × target − realisasi) ÷ target × 100 untuk indikator berpolaritas negatif; dua desimal.';
COMMENT ON COLUMN mart.monitoring.pagu IS 'Pagu tahun itu menurut Renstra (rupiah).';
COMMENT ON COLUMN mart.monitoring.realisasi_anggaran IS 'Realisasi anggaran kumulatif s.d. bulan periode (rupiah), lihat sumber_anggaran.';
COMMENT ON COLUMN mart.monitoring.sumber_anggaran IS 'Asal realisasi anggaran: SIPD-RI, Keuangan (laporan bulanan), unit, atau jumlah baris di bawahnya.';
COMMENT ON COLUMN mart.monitoring.bulan_anggaran IS 'Bulan laporan asal realisasi anggaran.';
COMMENT ON COLUMN mart.monitoring.serapan IS 'Serapan anggaran (%): realisasi anggaran ÷ pagu × 100, dua desimal.';
COMMENT ON COLUMN mart.monitoring.nilai_register IS 'Untuk indikator program yang dapat dihitung dari register: nilai hitungannya bulan ini.';
COMMENT ON COLUMN mart.monitoring.permasalahan IS 'Permasalahan yang ditulis unit bulan ini.';
COMMENT ON COLUMN mart.monitoring.solusi IS 'Solusi yang ditulis unit bulan ini.';
COMMENT ON COLUMN mart.monitoring.file_kinerja IS 'Berkas laporan asal realisasi kinerja.';
COMMENT ON COLUMN mart.monitoring.cell_kinerja IS 'Sel asal realisasi kinerja.';
