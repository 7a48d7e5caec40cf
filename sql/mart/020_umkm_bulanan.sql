-- mart.umkm_bulanan: the UMKM registered through I-Jus Melon, per month the
-- exports cover (from the month of the first counted licence to the month
-- of the latest date of issue in them). A licence counts when
-- clean.ijus.dihitung: a number, a date, one of the 16 kecamatan, the latest
-- registration of its number, not a second licence of the same person and
-- business, not a copy an older export holds again.
--
--   izin_baru         licences issued in the month;
--   kumulatif_ekspor  licences issued up to the month's end, by the exports;
--   jumlah            "Jumlah UMKM yang memiliki IUMK" at the month's end,
--                     running on from the published history: the last
--                     year Tabel 2.3 gives (5.918 in 2016) plus the
--                     licences the exports date after it. Without a
--                     published year, the exports' own count. Empty for the
--                     months of published years: the table stands there;
--                     the exports' count is kumulatif_ekspor beside it.
CREATE TABLE mart.umkm_bulanan AS
WITH d AS (SELECT * FROM clean.ijus WHERE dihitung),
rentang AS (
    SELECT date_trunc('month', min(tanggal_terbit)) AS awal,
           (SELECT date_trunc('month', max(tanggal_terbit)) FROM clean.ijus) AS akhir
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
           sum(tenaga_kerja_l) AS tk_l, sum(tenaga_kerja_p) AS tk_p,
           count(*) FILTER (WHERE tenaga_kerja_l IS NULL AND tenaga_kerja_p IS NULL) AS tk_kosong
    FROM d GROUP BY ALL
),
dasar AS (
    -- the last published year of the IUMK row of Tabel 2.3
    SELECT max(year) AS tahun, arg_max(value, year) AS nilai,
           arg_max(file || ' ' || sheet || '!' || cell, year) AS sumber
    FROM clean.tabel23
    WHERE measure = 'realisasi' AND status = 'ok' AND lower(indikator) LIKE '%iumk%'
),
berkas AS (SELECT string_agg(DISTINCT file, '; ' ORDER BY file) AS berkas FROM d),
-- the licences the exports date in or before that year: the table counts them
sampai_dasar AS (SELECT count(*) AS izin FROM d, dasar WHERE year(d.tanggal_terbit) <= dasar.tahun),
m AS (
    SELECT b.year, b.month, b.akhir_bulan,
           coalesce(n.izin_baru, 0) AS izin_baru,
           CAST(coalesce(n.tk_l, 0) AS DECIMAL(38,10)) AS tk_l,
           CAST(coalesce(n.tk_p, 0) AS DECIMAL(38,10)) AS tk_p,
           coalesce(n.tk_kosong, 0) AS tk_kosong,
           sum(coalesce(n.izin_baru, 0)) OVER w AS kumulatif_ekspor,
           CAST(sum(coalesce(n.tk_l, 0)) OVER w AS DECIMAL(38,10)) AS tk_l_kumulatif,
           CAST(sum(coalesce(n.tk_p, 0)) OVER w AS DECIMAL(38,10)) AS tk_p_kumulatif
    FROM bulan b LEFT JOIN baru n USING (year, month)
    WINDOW w AS (ORDER BY b.year, b.month)
)
SELECT m.year, m.month, m.izin_baru, m.tk_l, m.tk_p, m.tk_kosong,
       m.kumulatif_ekspor, m.tk_l_kumulatif, m.tk_p_kumulatif,
       CASE WHEN dasar.tahun IS NULL THEN m.kumulatif_ekspor
            WHEN m.year > dasar.tahun THEN CAST(dasar.nilai AS BIGINT)
                 + m.kumulatif_ekspor - sampai_dasar.izin END AS jumlah,
       dasar.tahun AS dasar_tahun, CAST(dasar.nilai AS BIGINT) AS dasar_nilai, dasar.sumber AS dasar_sumber,
       CASE WHEN dasar.tahun IS NULL THEN 'izin terbit s.d. ' || meta.nama_bulan(m.month) || ' ' || m.year || ' menurut ekspor'
            WHEN m.year > dasar.tahun THEN meta.id_num(dasar.nilai) || ' (Tabel 2.3, ' || dasar.tahun || ') + '
                 || meta.id_num(m.kumulatif_ekspor - sampai_dasar.izin)
                 || ' izin terbit Januari ' || (dasar.tahun + 1) || ' s.d. ' || meta.nama_bulan(m.month) || ' ' || m.year || ' menurut ekspor'
            ELSE 'tahun terbitan Tabel 2.3: angka terbitan yang berlaku' END AS dasar,
       berkas.berkas
FROM m, dasar, berkas, sampai_dasar
ORDER BY m.year, m.month;
COMMENT ON TABLE mart.umkm_bulanan IS 'UMKM ber-IUMK dari ekspor I-Jus Melon per bulan: izin terbit, tenaga kerja L/P, jumlah kumulatif menurut ekspor, dan Jumlah UMKM yang memiliki IUMK yang bersambung dari Tabel 2.3 terbitan.';
COMMENT ON COLUMN mart.umkm_bulanan.year IS 'Tahun.';
COMMENT ON COLUMN mart.umkm_bulanan.month IS 'Bulan, 1–12.';
COMMENT ON COLUMN mart.umkm_bulanan.izin_baru IS 'Izin yang terbit pada bulan ini dan dihitung (clean.ijus.dihitung).';
COMMENT ON COLUMN mart.umkm_bulanan.tk_l IS 'Tenaga kerja laki-laki usaha yang izinnya terbit bulan ini.';
COMMENT ON COLUMN mart.umkm_bulanan.tk_p IS 'Tenaga kerja perempuan usaha yang izinnya terbit bulan ini.';
COMMENT ON COLUMN mart.umkm_bulanan.tk_kosong IS 'Izin bulan ini tanpa angka tenaga kerja sama sekali (tidak dihitung nol di kolom tenaga kerja, hanya tidak ada).';
COMMENT ON COLUMN mart.umkm_bulanan.kumulatif_ekspor IS 'Izin yang terbit sampai akhir bulan ini menurut ekspor.';
COMMENT ON COLUMN mart.umkm_bulanan.tk_l_kumulatif IS 'Tenaga kerja laki-laki semua usaha yang izinnya terbit sampai akhir bulan ini.';
COMMENT ON COLUMN mart.umkm_bulanan.tk_p_kumulatif IS 'Tenaga kerja perempuan semua usaha yang izinnya terbit sampai akhir bulan ini.';
COMMENT ON COLUMN mart.umkm_bulanan.jumlah IS 'Jumlah UMKM yang memiliki IUMK pada akhir bulan: angka tahun terakhir Tabel 2.3 terbitan ditambah izin yang terbit sesudahnya menurut ekspor; tanpa riwayat, hitungan ekspor; kosong untuk bulan di tahun terbitan.';
COMMENT ON COLUMN mart.umkm_bulanan.dasar_tahun IS 'Tahun terakhir baris IUMK di Tabel 2.3 terbitan, dasar sambungan.';
COMMENT ON COLUMN mart.umkm_bulanan.dasar_nilai IS 'Angka tahun itu (mis. 5.918 untuk 2016).';
COMMENT ON COLUMN mart.umkm_bulanan.dasar_sumber IS 'Berkas, lembar dan sel angka dasar.';
COMMENT ON COLUMN mart.umkm_bulanan.dasar IS 'Bagaimana jumlah dihitung, dalam kata-kata.';
COMMENT ON COLUMN mart.umkm_bulanan.berkas IS 'Berkas ekspor yang dihitung.';
