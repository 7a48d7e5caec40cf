-- mart.realisasi_bulanan: where each row of the year's plan stands at the
-- end of every month of the period's year up to the period — realisasi
-- kinerja and anggaran, cumulative — from the current monthly reports. The
-- monitoring and the Renja evaluation (E.81) read it.
--   kinerja   the value the responsible unit typed for the row; when that
--             month's report is missing or the cell is empty, the latest
--             earlier month's (bulan_kinerja tells which).
--   anggaran  for a kegiatan or a Belanja Tidak Langsung line, the
--             authoritative figure (clean.anggaran_resmi: SIPD-RI's, else
--             Keuangan's workbook), else the unit's, again the latest up
--             to the month, Keuangan's when both are of the same month; for
--             a program or a subtotal line, the sum of the lines under it
--             (every plan row whose kode extends its kode).
CREATE TABLE mart.realisasi_bulanan AS
WITH p AS (SELECT year, month FROM meta.periode),
plan AS (
    SELECT r.* RENAME (daun AS daun_rencana),
           NOT EXISTS (SELECT 1 FROM mart.rencana_tahunan c
                       WHERE c.year = r.year AND c.berlaku AND c.kode LIKE r.kode || '.%') AS daun
    FROM mart.rencana_tahunan r JOIN p USING (year)
    WHERE r.berlaku
),
bulan AS (SELECT CAST(m.month AS INTEGER) AS month FROM p, range(1, p.month + 1) m(month)),
grid AS (
    SELECT plan.unit, plan.year, b.month, plan.seq, plan.kode, plan.kode_indikator, plan.jenis, plan.daun, plan.daun_rencana
    FROM plan, bulan b
),
u AS (SELECT * FROM clean.realisasi WHERE row_kind = 'data' AND kode IS NOT NULL),
k AS (SELECT * FROM clean.anggaran_resmi WHERE row_kind = 'data' AND kode IS NOT NULL AND anggaran IS NOT NULL),
kin AS (
    SELECT g.unit, g.month, g.kode, g.kode_indikator,
           arg_max(u.kinerja, u.month) AS kinerja, max(u.month) AS bulan_kinerja,
           arg_max(u.file, u.month) AS file_kinerja, arg_max(u.sheet, u.month) AS sheet_kinerja,
           arg_max(u.kinerja_cell, u.month) AS cell_kinerja
    FROM grid g JOIN u ON u.unit = g.unit AND u.year = g.year AND u.month <= g.month AND u.kode = g.kode
                      AND u.kode_indikator IS NOT DISTINCT FROM g.kode_indikator AND u.kinerja IS NOT NULL
    GROUP BY g.unit, g.month, g.kode, g.kode_indikator
),
catatan AS (
    SELECT g.unit, g.month, g.kode, g.kode_indikator, max(u.permasalahan) AS permasalahan, max(u.solusi) AS solusi
    FROM grid g JOIN u ON u.unit = g.unit AND u.year = g.year AND u.month = g.month AND u.kode = g.kode
                      AND u.kode_indikator IS NOT DISTINCT FROM g.kode_indikator
    GROUP BY g.unit, g.month, g.kode, g.kode_indikator
),
ang_unit AS (
    SELECT g.month, g.kode, arg_max(u.anggaran, u.month) AS anggaran, max(u.month) AS bulan,
           arg_max(u.file, u.month) AS file, arg_max(u.sheet, u.month) AS sheet, arg_max(u.anggaran_cell, u.month) AS cell
    FROM grid g JOIN u ON u.year = g.year AND u.month <= g.month AND u.kode = g.kode AND u.anggaran IS NOT NULL
    WHERE g.daun
    GROUP BY g.month, g.kode
),
ang_keu AS (
    SELECT g.month, g.kode, arg_max(k.anggaran, k.month) AS anggaran, max(k.month) AS bulan, arg_max(k.sumber, k.month) AS sumber,
           arg_max(k.file, k.month) AS file, arg_max(k.sheet, k.month) AS sheet, arg_max(k.anggaran_cell, k.month) AS cell
    FROM grid g JOIN k ON k.year = g.year AND k.month <= g.month AND k.kode = g.kode
    WHERE g.daun
    GROUP BY g.month, g.kode
),
daun AS (
    SELECT g.*, kin.kinerja, kin.bulan_kinerja, kin.file_kinerja, kin.sheet_kinerja, kin.cell_kinerja, c.permasalahan, c.solusi,
           CASE WHEN ak.bulan IS NOT NULL AND (au.bulan IS NULL OR ak.bulan >= au.bulan) THEN ak.anggaran ELSE au.anggaran END AS anggaran,
           CASE WHEN ak.bulan IS NOT NULL AND (au.bulan IS NULL OR ak.bulan >= au.bulan) THEN ak.file ELSE au.file END AS file_anggaran,
           CASE WHEN ak.bulan IS NOT NULL AND (au.bulan IS NULL OR ak.bulan >= au.bulan) THEN ak.sheet ELSE au.sheet END AS sheet_anggaran,
           CASE WHEN ak.bulan IS NOT NULL AND (au.bulan IS NULL OR ak.bulan >= au.bulan) THEN ak.cell ELSE au.cell END AS cell_anggaran,
           CASE WHEN ak.bulan IS NOT NULL AND (au.bulan IS NULL OR ak.bulan >= au.bulan) THEN ak.sumber
                WHEN au.bulan IS NOT NULL THEN 'unit' END AS sumber_anggaran,
           greatest(ak.bulan, au.bulan) AS bulan_anggaran
    FROM grid g
    LEFT JOIN kin ON kin.unit = g.unit AND kin.month = g.month AND kin.kode = g.kode AND kin.kode_indikator IS NOT DISTINCT FROM g.kode_indikator
    LEFT JOIN catatan c ON c.unit = g.unit AND c.month = g.month AND c.kode = g.kode AND c.kode_indikator IS NOT DISTINCT FROM g.kode_indikator
    LEFT JOIN ang_unit au ON au.month = g.month AND au.kode = g.kode AND g.daun
    LEFT JOIN ang_keu ak ON ak.month = g.month AND ak.kode = g.kode AND g.daun
),
lines AS (SELECT DISTINCT month, kode, anggaran, bulan_anggaran FROM daun WHERE daun AND anggaran IS NOT NULL)
SELECT d.unit, d.year, d.month, d.seq, d.kode, d.kode_indikator, d.jenis, coalesce(d.daun_rencana, false) AS daun,
       d.kinerja, d.bulan_kinerja, d.file_kinerja, d.sheet_kinerja, d.cell_kinerja,
       CASE WHEN d.daun THEN d.anggaran
            ELSE (SELECT sum(l.anggaran) FROM lines l WHERE l.month = d.month AND l.kode LIKE d.kode || '.%') END AS anggaran,
       CASE WHEN d.daun THEN d.sumber_anggaran ELSE 'jumlah baris di bawahnya' END AS sumber_anggaran,
       CASE WHEN d.daun THEN d.bulan_anggaran
            ELSE (SELECT min(l.bulan_anggaran) FROM lines l WHERE l.month = d.month AND l.kode LIKE d.kode || '.%') END AS bulan_anggaran,
       CASE WHEN d.daun THEN d.file_anggaran END AS file_anggaran,
       CASE WHEN d.daun THEN d.sheet_anggaran END AS sheet_anggaran,
       CASE WHEN d.daun THEN d.cell_anggaran END AS cell_anggaran,
       d.permasalahan, d.solusi
FROM daun d;
COMMENT ON TABLE mart.realisasi_bulanan IS 'Posisi setiap baris rencana tahun periode pada akhir setiap bulan sampai periode: realisasi kinerja dan anggaran kumulatif dari laporan bulanan yang berlaku.';
COMMENT ON COLUMN mart.realisasi_bulanan.unit IS 'Unit penanggung jawab baris rencana.';
COMMENT ON COLUMN mart.realisasi_bulanan.year IS 'Tahun.';
COMMENT ON COLUMN mart.realisasi_bulanan.month IS 'Bulan: posisi pada akhir bulan ini.';
COMMENT ON COLUMN mart.realisasi_bulanan.seq IS 'Urutan baris di Renstra (mart.rencana_tahunan.seq).';
COMMENT ON COLUMN mart.realisasi_bulanan.kode IS 'Kode rekening program, kegiatan atau baris belanja.';
COMMENT ON COLUMN mart.realisasi_bulanan.kode_indikator IS 'Kode indikator program; kosong untuk kegiatan.';
COMMENT ON COLUMN mart.realisasi_bulanan.jenis IS 'program, kegiatan, atau belanja tidak langsung.';
COMMENT ON COLUMN mart.realisasi_bulanan.daun IS 'Benar untuk baris anggaran Renstra (kegiatan Renstra 13/2006, sub kegiatan Renstra 90/2019; mart.rencana_tahunan.daun): anggarannya dilaporkan; program dan kegiatan di atasnya menjumlah baris di bawahnya.';
COMMENT ON COLUMN mart.realisasi_bulanan.kinerja IS 'Realisasi kinerja kumulatif yang dilaporkan unit; bila bulan ini tidak ada, bulan terakhir sebelumnya yang ada.';
COMMENT ON COLUMN mart.realisasi_bulanan.bulan_kinerja IS 'Bulan laporan asal angka kinerja.';
COMMENT ON COLUMN mart.realisasi_bulanan.file_kinerja IS 'Berkas laporan asal angka kinerja.';
COMMENT ON COLUMN mart.realisasi_bulanan.cell_kinerja IS 'Sel asal angka kinerja.';
COMMENT ON COLUMN mart.realisasi_bulanan.anggaran IS 'Realisasi anggaran kumulatif (rupiah): Keuangan, bila tidak ada laporan unit; untuk program dan baris jumlah, jumlah baris di bawahnya.';
COMMENT ON COLUMN mart.realisasi_bulanan.sheet_kinerja IS 'Lembar asal angka kinerja.';
COMMENT ON COLUMN mart.realisasi_bulanan.file_anggaran IS 'Berkas asal angka anggaran (ekspor SIPD-RI, laporan Keuangan atau unit); kosong untuk jumlah.';
COMMENT ON COLUMN mart.realisasi_bulanan.sheet_anggaran IS 'Lembar asal angka anggaran.';
COMMENT ON COLUMN mart.realisasi_bulanan.cell_anggaran IS 'Sel asal angka anggaran.';
COMMENT ON COLUMN mart.realisasi_bulanan.sumber_anggaran IS 'Asal angka anggaran: SIPD-RI, Keuangan (laporan bulanan), unit, atau jumlah baris di bawahnya.';
COMMENT ON COLUMN mart.realisasi_bulanan.bulan_anggaran IS 'Bulan laporan asal angka anggaran (untuk jumlah: bulan paling lama di antara barisnya).';
COMMENT ON COLUMN mart.realisasi_bulanan.permasalahan IS 'Permasalahan yang ditulis unit di laporan bulan ini.';
COMMENT ON COLUMN mart.realisasi_bulanan.solusi IS 'Solusi yang ditulis unit di laporan bulan ini.';
