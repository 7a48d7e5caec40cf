-- clean.padanan_kode: a planner's pairings of a program (kegiatan, sub
-- kegiatan), or an indicator, of one Renstra with its successor in the
-- next (Pengaturan,
-- sheet Padanan Kode): across a change of coding (13/2006's
-- 1.2.11.1.2.11.01.17 is 90/2019's 2.17.07) and across the nomenclature's
-- yearly updates, each with what changed (perubahan): lanjut, ganti nama,
-- gabung (several old into one new), pecah (one old into several new),
-- baru (no old code), hapus (no new code). A pairing is used only when
-- both codes are rows of Tabel 6.1 of a Renstra, the old one's plan
-- starting before the new one's; otherwise it is listed in the review and
-- ignored. Until the inputs hold two Renstra the sheet waits (status
-- satu_renstra, not a problem): an office may keep it ready for the plan
-- to come.
CREATE TABLE clean.padanan_kode AS
WITH typed AS (
    SELECT v.file_id, v.sheet, v.row_no,
           trim(max(v.raw_text) FILTER (WHERE v.field = 'kode_lama'))  AS kode_lama,
           trim(max(v.raw_text) FILTER (WHERE v.field = 'kode_baru'))  AS kode_baru,
           trim(max(v.raw_text) FILTER (WHERE v.field = 'uraian_lama')) AS uraian_lama,
           trim(max(v.raw_text) FILTER (WHERE v.field = 'uraian_baru')) AS uraian_baru,
           lower(trim(max(v.raw_text) FILTER (WHERE v.field = 'perubahan'))) AS perubahan_typed,
           max(v.raw_text) FILTER (WHERE v.field = 'keterangan') AS keterangan,
           max(v.cell) FILTER (WHERE v.field = 'kode_lama') AS cell_lama,
           max(v.cell) FILTER (WHERE v.field = 'kode_baru') AS cell_baru,
           max(v.cell) FILTER (WHERE v.field = 'perubahan') AS cell_perubahan
    FROM raw.values v
    WHERE v.form = 'pengaturan.padanan_kode'
    GROUP BY ALL
),
per_plan AS (
    -- every code with the plans that hold it: a code continued into the
    -- next plan (IP-18-1, or 2.17.06 from 2021-2026 to 2025-2029) is in both
    SELECT DISTINCT pk.kode, pk.jenis, r.periode_awal, pk.uraian
    FROM clean.program_kegiatan pk JOIN clean.renstra r USING (file_id)
    WHERE pk.kode IS NOT NULL AND NOT pk.lanjutan AND pk.jenis IN ('program', 'kegiatan', 'sub kegiatan', 'belanja tidak langsung')
    UNION
    -- an indicator's code (IP-18-1): Tabel 2.3 follows it into its successor
    SELECT DISTINCT i.kode, 'indikator', r.periode_awal, i.nama
    FROM clean.indikator i JOIN clean.renstra r USING (file_id)
    WHERE i.kode IS NOT NULL AND i.kode NOT IN (SELECT kode FROM clean.program_kegiatan WHERE kode IS NOT NULL)
),
kode AS (
    SELECT kode, min(jenis) AS jenis, min(periode_awal) AS periode_awal, max(periode_awal) AS periode_akhir_awal, min(uraian) AS uraian
    FROM per_plan GROUP BY kode
),
t AS (
    SELECT t.*, nullif(t.kode_lama, '') AS lama, nullif(t.kode_baru, '') AS baru,
           coalesce(nullif(t.perubahan_typed, ''),
                    CASE WHEN nullif(t.kode_lama, '') IS NULL THEN 'baru' WHEN nullif(t.kode_baru, '') IS NULL THEN 'hapus' ELSE 'lanjut' END) AS perubahan
    FROM typed t
    WHERE coalesce(t.kode_lama, '') <> '' OR coalesce(t.kode_baru, '') <> ''
)
SELECT t.lama AS kode_lama, ol.uraian AS uraian_lama, ol.jenis AS jenis_lama,
       t.baru AS kode_baru, nw.uraian AS uraian_baru, nw.jenis AS jenis_baru,
       t.perubahan, t.keterangan,
       CASE WHEN (SELECT count(*) FROM clean.renstra) < 2 THEN 'satu_renstra'
            WHEN t.perubahan NOT IN ('lanjut', 'ganti nama', 'gabung', 'pecah', 'baru', 'hapus') THEN 'perubahan_tidak_dikenal'
            WHEN t.lama IS NULL AND t.perubahan <> 'baru' THEN 'kode_lama_kosong'
            WHEN t.baru IS NULL AND t.perubahan <> 'hapus' THEN 'kode_baru_kosong'
            WHEN t.lama IS NOT NULL AND ol.kode IS NULL THEN 'kode_lama_tidak_dikenal'
            WHEN t.baru IS NOT NULL AND nw.kode IS NULL THEN 'kode_baru_tidak_dikenal'
            WHEN t.lama IS NOT NULL AND t.baru IS NOT NULL AND ol.periode_awal >= nw.periode_akhir_awal THEN 'urutan_terbalik'
            ELSE 'ok' END AS status,
       f.path AS file, t.sheet, t.row_no,
       CASE WHEN t.perubahan NOT IN ('lanjut', 'ganti nama', 'gabung', 'pecah', 'baru', 'hapus') THEN coalesce(t.cell_perubahan, 'E' || t.row_no)
            WHEN (t.lama IS NOT NULL AND ol.kode IS NULL) OR (t.lama IS NULL AND t.perubahan <> 'baru') THEN coalesce(t.cell_lama, 'A' || t.row_no)
            ELSE coalesce(t.cell_baru, 'C' || t.row_no) END AS cell,
       CASE WHEN t.perubahan NOT IN ('lanjut', 'ganti nama', 'gabung', 'pecah', 'baru', 'hapus') THEN t.perubahan_typed
            WHEN (t.lama IS NOT NULL AND ol.kode IS NULL) OR (t.lama IS NULL AND t.perubahan <> 'baru') THEN t.kode_lama
            ELSE t.kode_baru END AS raw_text
FROM t
JOIN raw.files f ON f.file_id = t.file_id
LEFT JOIN kode ol ON ol.kode = t.lama
LEFT JOIN kode nw ON nw.kode = t.baru;
COMMENT ON TABLE clean.padanan_kode IS 'Padanan kode program/kegiatan/sub kegiatan Renstra lama dengan penggantinya di Renstra baru (Pengaturan, lembar Padanan Kode): lanjut, ganti nama, gabung, pecah, baru, hapus. Deret Tabel 2.4 bersambung melalui padanan ini.';
COMMENT ON COLUMN clean.padanan_kode.kode_lama IS 'Kode di Renstra lama (mis. 1.2.11.1.2.11.01.17); kosong untuk yang baru.';
COMMENT ON COLUMN clean.padanan_kode.uraian_lama IS 'Uraian kode lama menurut Tabel 6.1 Renstra-nya.';
COMMENT ON COLUMN clean.padanan_kode.jenis_lama IS 'Jenis kode lama: program, kegiatan, sub kegiatan, indikator.';
COMMENT ON COLUMN clean.padanan_kode.kode_baru IS 'Kode penggantinya di Renstra baru (mis. 2.17.07); kosong untuk yang dihapus.';
COMMENT ON COLUMN clean.padanan_kode.uraian_baru IS 'Uraian kode baru menurut Tabel 6.1 Renstra-nya.';
COMMENT ON COLUMN clean.padanan_kode.jenis_baru IS 'Jenis kode baru: program, kegiatan, sub kegiatan, indikator.';
COMMENT ON COLUMN clean.padanan_kode.perubahan IS 'Apa yang berubah: lanjut, ganti nama, gabung, pecah, baru, hapus (kosong = lanjut, atau baru/hapus bila satu kodenya kosong).';
COMMENT ON COLUMN clean.padanan_kode.keterangan IS 'Keterangan yang diketik perencana.';
COMMENT ON COLUMN clean.padanan_kode.status IS 'ok; satu_renstra bila masukan baru memuat satu Renstra (padanan menunggu, bukan masalah); atau mengapa padanan diabaikan: perubahan_tidak_dikenal, kode_lama_kosong, kode_baru_kosong, kode_lama_tidak_dikenal, kode_baru_tidak_dikenal, urutan_terbalik (kode lama dari Renstra yang tidak lebih dahulu).';
COMMENT ON COLUMN clean.padanan_kode.file IS 'Berkas Pengaturan asal padanan.';
COMMENT ON COLUMN clean.padanan_kode.sheet IS 'Lembar asal padanan.';
COMMENT ON COLUMN clean.padanan_kode.row_no IS 'Nomor baris di lembar.';
COMMENT ON COLUMN clean.padanan_kode.cell IS 'Sel yang bermasalah (kode atau perubahan), atau kode baru bila padanan benar.';
COMMENT ON COLUMN clean.padanan_kode.raw_text IS 'Isi sel itu seperti diketik.';
