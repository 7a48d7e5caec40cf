-- calc.rekon_anggaran_keuangan: the realisasi anggaran a unit reports for
-- each of its kegiatan (sub kegiatan) against the authoritative figure for
-- the same kegiatan and month (clean.anggaran_resmi): SIPD-RI's for a month
-- a SIPD-RI export holds (rule rekon.anggaran_sipd), else Sub Bagian
-- Keuangan dan Aset's workbook (rekon.anggaran_keuangan). Checked for every
-- kegiatan where the unit typed a figure, in every month of the period's
-- year up to the period where the source has the month; a kegiatan missing
-- from it, or left blank there, fails. A Keuangan cell that could not be
-- read is not compared (it has its own finding).
CREATE TABLE calc.rekon_anggaran_keuangan AS
WITH p AS (SELECT year, month FROM meta.periode),
u AS (
    SELECT r.* FROM clean.realisasi r JOIN p ON r.year = p.year AND r.month <= p.month
    WHERE r.jenis IN ('kegiatan', 'sub kegiatan') AND r.row_kind = 'data' AND r.anggaran IS NOT NULL
),
k AS (
    SELECT k.* FROM clean.anggaran_resmi k JOIN p ON k.year = p.year AND k.month <= p.month
    WHERE k.row_kind = 'data'
),
keu_bulan AS (SELECT DISTINCT year, month, file, sumber, CASE sumber WHEN 'SIPD-RI' THEN 'ekspor SIPD-RI' ELSE 'laporan Keuangan' END AS nama FROM k)
SELECT CASE kb.sumber WHEN 'SIPD-RI' THEN 'rekon.anggaran_sipd' ELSE 'rekon.anggaran_keuangan' END AS rule, 'tinggi' AS severity, u.unit, u.year, u.month, u.kode, u.uraian,
       'Realisasi anggaran' AS kolom, u.anggaran AS nilai, k.anggaran AS pembanding,
       CAST(u.anggaran - k.anggaran AS DECIMAL(38,10)) AS selisih,
       coalesce(u.anggaran = k.anggaran, false) AS lolos,
       u.file, u.sheet, u.anggaran_cell AS cell, u.anggaran_raw AS raw_text,
       coalesce(kb.file || '!' || k.anggaran_cell, kb.file) AS pembanding_asal,
       CASE WHEN k.kode IS NULL THEN
                'Kegiatan ' || u.kode || ' tidak ada di ' || kb.nama || ' ' || meta.nama_bulan(u.month) || ' ' || u.year
                || ' (' || kb.file || '); realisasi anggaran ' || u.unit || ' Rp ' || meta.id_num(u.anggaran) || ' tidak dapat dicocokkan.'
            WHEN k.anggaran IS NULL THEN
                'Realisasi anggaran kegiatan ' || u.kode || ' kosong di ' || kb.nama || ' ' || meta.nama_bulan(u.month) || ' ' || u.year
                || ', padahal ' || u.unit || ' melaporkan Rp ' || meta.id_num(u.anggaran) || '.'
            ELSE 'Realisasi anggaran ' || u.unit || ' s.d. ' || meta.nama_bulan(u.month) || ' ' || u.year || ' Rp ' || meta.id_num(u.anggaran)
                || ' berbeda dengan ' || CASE kb.sumber WHEN 'SIPD-RI' THEN 'SIPD-RI' ELSE 'Keuangan' END || ' Rp ' || meta.id_num(k.anggaran)
                || ' (selisih Rp ' || meta.id_num(u.anggaran - k.anggaran)
                || '). Angka ' || CASE kb.sumber WHEN 'SIPD-RI' THEN 'SIPD-RI' ELSE 'Keuangan' END || ' yang berlaku; mohon unit menyesuaikan.'
       END AS message
FROM u
JOIN keu_bulan kb ON kb.year = u.year AND kb.month = u.month
LEFT JOIN k ON k.year = u.year AND k.month = u.month AND k.kode = u.kode
WHERE k.anggaran_status IS DISTINCT FROM 'tidak_terbaca';
COMMENT ON TABLE calc.rekon_anggaran_keuangan IS 'Rekonsiliasi realisasi anggaran per kegiatan: angka unit dibanding angka resmi (ekspor SIPD-RI bila ada untuk bulan itu, selain itu laporan Sub Bagian Keuangan dan Aset), tiap bulan.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.rule IS 'Kode aturan rekonsiliasi.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.severity IS 'Tingkat keparahan bila pemeriksaan gagal: tinggi, sedang, rendah.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.unit IS 'Unit yang laporannya diperiksa (KEU: Sub Bagian Keuangan dan Aset).';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.year IS 'Tahun laporan.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.month IS 'Bulan laporan.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.kode IS 'Kode rekening kegiatan.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.uraian IS 'Uraian kegiatan, nama indikator atau nama kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.kolom IS 'Kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.nilai IS 'Realisasi anggaran kumulatif yang dilaporkan unit (rupiah).';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.pembanding IS 'Realisasi anggaran kumulatif menurut SIPD-RI atau Keuangan (rupiah); kosong bila sumber itu tidak mencatatnya.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.selisih IS 'nilai − pembanding; kosong bila salah satunya tidak ada.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.lolos IS 'Benar bila pemeriksaan cocok; salah bila menjadi temuan.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.file IS 'Berkas laporan yang diperiksa.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.sheet IS 'Lembar yang diperiksa.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.cell IS 'Sel nilai yang diperiksa; kosong bila tidak mengenai satu sel.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.raw_text IS 'Isi asli sel itu.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.pembanding_asal IS 'Asal angka pembanding: berkas!sel, atau keterangan.';
COMMENT ON COLUMN calc.rekon_anggaran_keuangan.message IS 'Penjelasan dalam Bahasa Indonesia (untuk pemeriksaan yang gagal).';
