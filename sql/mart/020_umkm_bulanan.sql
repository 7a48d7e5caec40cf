-- mart.umkm_bulanan: the UMKM registered through I-Jus Melon (IUMK) and
-- OSS (NIB), per month the exports cover (from the month of the first
-- counted registration to the month of the latest date of issue in them).
-- A registration counts when clean.umkm_izin.dihitung: an IUMK licence
-- clean.ijus counts (a number, a date, one of the 16 kecamatan, the latest
-- registration of its number, not a second licence of the same person and
-- business, not a copy an older export holds again), or a NIB
-- clean.oss_usaha counts whose business holds no IUMK already.
--
--   izin_baru         registrations issued in the month (IUMK + NIB);
--   izin_baru_iumk, izin_baru_oss  of them, by system;
--   oss_sudah_iumk    NIB issued in the month to businesses that hold an
--                     IUMK already: not counted again;
--   kumulatif_ekspor  licences issued up to the month's end, by the exports;
--   jumlah            "Jumlah UMKM yang memiliki IUMK" at the month's end,
--                     running on from the published history: the last
--                     year Tabel 2.3 gives (5.918 in 2016) plus the
--                     licences the exports date after it. Without a
--                     published year, the exports' own count. Empty for the
--                     months of published years: the table stands there;
--                     the exports' count is kumulatif_ekspor beside it.
CREATE TABLE mart.umkm_bulanan AS
WITH d AS (SELECT * FROM clean.umkm_izin WHERE dihitung),
rentang AS (
    SELECT date_trunc('month', min(tanggal_terbit)) AS awal,
           (SELECT date_trunc('month', max(t)) FROM (SELECT tanggal_terbit AS t FROM clean.ijus_keputusan UNION ALL SELECT tanggal_terbit FROM clean.oss)) AS akhir
    FROM d
),
bulan AS (
    SELECT CAST(year(b) AS INTEGER) AS year, CAST(month(b) AS INTEGER) AS month, CAST(last_day(b) AS DATE) AS akhir_bulan
    FROM rentang, unnest(generate_series(rentang.awal, rentang.akhir, INTERVAL 1 MONTH)) AS u(b)
    WHERE rentang.awal IS NOT NULL
),
baru AS (
    SELECT CAST(year(tanggal_terbit) AS INTEGER) AS year, CAST(month(tanggal_terbit) AS INTEGER) AS month,
           count(*) AS izin_baru,
           count(*) FILTER (WHERE sistem = 'IUMK') AS izin_baru_iumk,
           count(*) FILTER (WHERE sistem = 'OSS') AS izin_baru_oss,
           sum(tenaga_kerja_l) AS tk_l, sum(tenaga_kerja_p) AS tk_p,
           count(*) FILTER (WHERE tenaga_kerja_l IS NULL AND tenaga_kerja_p IS NULL AND tenaga_kerja IS NULL) AS tk_kosong,
           sum(tenaga_kerja) FILTER (WHERE tenaga_kerja_l IS NULL AND tenaga_kerja_p IS NULL) AS tk_tanpa_pisah
    FROM d GROUP BY ALL
),
dasar AS (
    -- the last published year of the IUMK row of Tabel 2.3
    SELECT max(year) AS tahun, arg_max(value, year) AS nilai,
           arg_max(file || ' ' || sheet || '!' || cell, year) AS sumber
    FROM clean.tabel23
    WHERE measure = 'realisasi' AND status = 'ok' AND lower(indikator) LIKE '%iumk%'
),
sudah AS (
    SELECT CAST(year(tanggal_terbit) AS INTEGER) AS year, CAST(month(tanggal_terbit) AS INTEGER) AS month, count(*) AS oss_sudah_iumk
    FROM clean.umkm_izin WHERE sistem = 'OSS' AND NOT dihitung GROUP BY ALL
),
-- the words the basis is said in: the exports, and the systems they are of
sumber AS (
    SELECT CASE WHEN bool_or(sistem = 'OSS') THEN
               CASE WHEN bool_or(sistem = 'IUMK') THEN 'ekspor I-Jus Melon (IUMK) dan OSS (NIB)'
                    ELSE 'ekspor OSS (NIB)' END
           ELSE 'ekspor' END AS kata
    FROM clean.umkm_izin
),
berkas AS (SELECT string_agg(DISTINCT file, '; ' ORDER BY file) AS berkas FROM d),
-- the licences the exports date in or before that year: the table counts them
sampai_dasar AS (SELECT count(*) AS izin FROM d, dasar WHERE year(d.tanggal_terbit) <= dasar.tahun),
m AS (
    SELECT b.year, b.month, b.akhir_bulan,
           coalesce(n.izin_baru, 0) AS izin_baru,
           coalesce(n.izin_baru_iumk, 0) AS izin_baru_iumk,
           coalesce(n.izin_baru_oss, 0) AS izin_baru_oss,
           coalesce(su.oss_sudah_iumk, 0) AS oss_sudah_iumk,
           CAST(coalesce(n.tk_l, 0) AS DECIMAL(38,10)) AS tk_l,
           CAST(coalesce(n.tk_p, 0) AS DECIMAL(38,10)) AS tk_p,
           coalesce(n.tk_kosong, 0) AS tk_kosong,
           CAST(coalesce(n.tk_tanpa_pisah, 0) AS DECIMAL(38,10)) AS tk_tanpa_pisah,
           sum(coalesce(n.izin_baru, 0)) OVER w AS kumulatif_ekspor,
           CAST(sum(coalesce(n.tk_l, 0)) OVER w AS DECIMAL(38,10)) AS tk_l_kumulatif,
           CAST(sum(coalesce(n.tk_p, 0)) OVER w AS DECIMAL(38,10)) AS tk_p_kumulatif
    FROM bulan b LEFT JOIN baru n USING (year, month) LEFT JOIN sudah su USING (year, month)
    WINDOW w AS (ORDER BY b.year, b.month)
)
SELECT m.year, m.month, m.izin_baru, m.izin_baru_iumk, m.izin_baru_oss, m.oss_sudah_iumk, m.tk_l, m.tk_p, m.tk_kosong, m.tk_tanpa_pisah,
       m.kumulatif_ekspor, m.tk_l_kumulatif, m.tk_p_kumulatif,
       CASE WHEN dasar.tahun IS NULL THEN m.kumulatif_ekspor
            WHEN m.year > dasar.tahun THEN CAST(dasar.nilai AS BIGINT)
                 + m.kumulatif_ekspor - sampai_dasar.izin END AS jumlah,
       dasar.tahun AS dasar_tahun, CAST(dasar.nilai AS BIGINT) AS dasar_nilai, dasar.sumber AS dasar_sumber,
       CASE WHEN dasar.tahun IS NULL THEN 'izin terbit s.d. ' || meta.nama_bulan(m.month) || ' ' || m.year || ' menurut ' || sumber.kata
            WHEN m.year > dasar.tahun THEN meta.id_num(dasar.nilai) || ' (Tabel 2.3, ' || dasar.tahun || ') + '
                 || meta.id_num(m.kumulatif_ekspor - sampai_dasar.izin)
                 || ' izin terbit Januari ' || (dasar.tahun + 1) || ' s.d. ' || meta.nama_bulan(m.month) || ' ' || m.year || ' menurut ' || sumber.kata
            ELSE 'tahun terbitan Tabel 2.3: angka terbitan yang berlaku' END AS dasar,
       berkas.berkas
FROM m, dasar, berkas, sampai_dasar, sumber
ORDER BY m.year, m.month;
COMMENT ON TABLE mart.umkm_bulanan IS 'UMKM ber-izin dari ekspor I-Jus Melon (IUMK) dan OSS (NIB) per bulan, usaha yang ada di keduanya dihitung sekali: izin terbit, tenaga kerja L/P, jumlah kumulatif menurut ekspor, dan Jumlah UMKM yang memiliki IUMK yang bersambung dari Tabel 2.3 terbitan.';
COMMENT ON COLUMN mart.umkm_bulanan.year IS 'Tahun.';
COMMENT ON COLUMN mart.umkm_bulanan.month IS 'Bulan, 1–12.';
COMMENT ON COLUMN mart.umkm_bulanan.izin_baru IS 'Izin (IUMK) dan NIB yang terbit pada bulan ini dan dihitung (clean.umkm_izin.dihitung).';
COMMENT ON COLUMN mart.umkm_bulanan.izin_baru_iumk IS 'Dari izin_baru: IUMK I-Jus Melon.';
COMMENT ON COLUMN mart.umkm_bulanan.izin_baru_oss IS 'Dari izin_baru: NIB OSS usaha yang belum ber-IUMK.';
COMMENT ON COLUMN mart.umkm_bulanan.oss_sudah_iumk IS 'NIB yang terbit bulan ini untuk usaha yang sudah ber-IUMK: tidak dihitung lagi.';
COMMENT ON COLUMN mart.umkm_bulanan.tk_l IS 'Tenaga kerja laki-laki usaha yang izinnya terbit bulan ini.';
COMMENT ON COLUMN mart.umkm_bulanan.tk_p IS 'Tenaga kerja perempuan usaha yang izinnya terbit bulan ini.';
COMMENT ON COLUMN mart.umkm_bulanan.tk_kosong IS 'Izin bulan ini tanpa angka tenaga kerja sama sekali (tidak dihitung nol di kolom tenaga kerja, hanya tidak ada).';
COMMENT ON COLUMN mart.umkm_bulanan.tk_tanpa_pisah IS 'Tenaga kerja usaha yang izinnya terbit bulan ini yang ekspornya tidak memisah L/P (ekspor OSS: tki), tidak masuk kolom L dan P.';
COMMENT ON COLUMN mart.umkm_bulanan.kumulatif_ekspor IS 'Izin yang terbit sampai akhir bulan ini menurut ekspor.';
COMMENT ON COLUMN mart.umkm_bulanan.tk_l_kumulatif IS 'Tenaga kerja laki-laki semua usaha yang izinnya terbit sampai akhir bulan ini.';
COMMENT ON COLUMN mart.umkm_bulanan.tk_p_kumulatif IS 'Tenaga kerja perempuan semua usaha yang izinnya terbit sampai akhir bulan ini.';
COMMENT ON COLUMN mart.umkm_bulanan.jumlah IS 'Jumlah UMKM yang memiliki IUMK pada akhir bulan: angka tahun terakhir Tabel 2.3 terbitan ditambah izin yang terbit sesudahnya menurut ekspor; tanpa riwayat, hitungan ekspor; kosong untuk bulan di tahun terbitan.';
COMMENT ON COLUMN mart.umkm_bulanan.dasar_tahun IS 'Tahun terakhir baris IUMK di Tabel 2.3 terbitan, dasar sambungan.';
COMMENT ON COLUMN mart.umkm_bulanan.dasar_nilai IS 'Angka tahun itu (mis. 5.918 untuk 2016).';
COMMENT ON COLUMN mart.umkm_bulanan.dasar_sumber IS 'Berkas, lembar dan sel angka dasar.';
COMMENT ON COLUMN mart.umkm_bulanan.dasar IS 'Bagaimana jumlah dihitung, dalam kata-kata.';
COMMENT ON COLUMN mart.umkm_bulanan.berkas IS 'Berkas ekspor yang dihitung.';
