-- mart.umkm_sebaran: the counted registrations (IUMK and NIB) of
-- mart.umkm_bulanan spread by
-- kecamatan, sektor, jenis kelamin of the owner and size class, per month:
-- issued in the month, in the year up to the month, and up to the month's
-- end; with the workers of the year's licences, L and P. Every kecamatan of
-- Semarang has a row, also with none; sectors as the exports spell them
-- (case and spaces aside); no gender or size known is its own category.
CREATE TABLE mart.umkm_sebaran AS
-- each spelling of a sector once: its key (case and spaces aside) and its
-- tidied text; a million registrations hold a few dozen spellings
WITH eja AS (
    SELECT sektor, lower(regexp_replace(trim(coalesce(sektor, '')), '\s+', ' ', 'g')) AS sektor_kunci,
           regexp_replace(trim(sektor), '\s+', ' ', 'g') AS rapi
    FROM (SELECT DISTINCT sektor FROM clean.umkm_izin WHERE dihitung)
),
d AS (
    SELECT CAST(year(u.tanggal_terbit) AS INTEGER) AS year, CAST(month(u.tanggal_terbit) AS INTEGER) AS month,
           u.tenaga_kerja_l, u.tenaga_kerja_p,
           u.kecamatan, e.sektor_kunci,
           coalesce(u.jk, '(tidak diketahui)') AS jk, coalesce(u.ukuran, '(tidak diketahui)') AS ukuran
    FROM clean.umkm_izin u JOIN eja e ON e.sektor IS NOT DISTINCT FROM u.sektor
    WHERE u.dihitung
),
sektor AS (
    SELECT sektor_kunci, coalesce(nullif(min(rapi), ''), '(kosong)') AS nama
    FROM eja GROUP BY 1
),
-- the registrations counted once by all four categories together (a
-- million registrations are some tens of thousands of combinations), then
-- by each
d4 AS (
    SELECT year, month, kecamatan, sektor_kunci, jk, ukuran,
           count(*) AS izin, sum(tenaga_kerja_l) AS tk_l, sum(tenaga_kerja_p) AS tk_p
    FROM d GROUP BY ALL
),
long AS (
    SELECT year, month, izin, tk_l, tk_p, 'kecamatan' AS dimensi, kecamatan AS kategori FROM d4
    UNION ALL SELECT d4.year, d4.month, d4.izin, d4.tk_l, d4.tk_p, 'sektor', s.nama FROM d4 JOIN sektor s USING (sektor_kunci)
    UNION ALL SELECT year, month, izin, tk_l, tk_p, 'jenis_kelamin', jk FROM d4
    UNION ALL SELECT year, month, izin, tk_l, tk_p, 'ukuran', ukuran FROM d4
),
kategori AS (
    SELECT DISTINCT 'kecamatan' AS dimensi, kecamatan AS kategori, kode AS urut FROM clean.wilayah
    UNION ALL SELECT DISTINCT dimensi, kategori, NULL FROM long WHERE dimensi <> 'kecamatan'
),
grid AS (
    SELECT b.year, b.month, k.dimensi, k.kategori, k.urut FROM mart.umkm_bulanan b, kategori k
),
n AS (
    SELECT year, month, dimensi, kategori, CAST(sum(izin) AS BIGINT) AS izin, sum(tk_l) AS tk_l, sum(tk_p) AS tk_p
    FROM long GROUP BY ALL
),
s AS (
    SELECT g.year, g.month, g.dimensi, g.kategori,
           coalesce(n.izin, 0) AS izin_baru,
           sum(coalesce(n.izin, 0)) OVER (PARTITION BY g.dimensi, g.kategori, g.year ORDER BY g.month) AS izin_tahun_berjalan,
           sum(coalesce(n.izin, 0)) OVER (PARTITION BY g.dimensi, g.kategori ORDER BY g.year, g.month) AS izin_kumulatif,
           CAST(sum(coalesce(n.tk_l, 0)) OVER (PARTITION BY g.dimensi, g.kategori, g.year ORDER BY g.month) AS DECIMAL(38,10)) AS tk_l_tahun_berjalan,
           CAST(sum(coalesce(n.tk_p, 0)) OVER (PARTITION BY g.dimensi, g.kategori, g.year ORDER BY g.month) AS DECIMAL(38,10)) AS tk_p_tahun_berjalan,
           row_number() OVER (PARTITION BY g.year, g.month, g.dimensi ORDER BY g.urut NULLS LAST,
                                     CASE g.kategori WHEN 'mikro' THEN 1 WHEN 'kecil' THEN 2 WHEN 'menengah' THEN 3 END NULLS LAST,
                                     g.kategori LIKE '(%', g.kategori) AS urut
    FROM grid g LEFT JOIN n USING (year, month, dimensi, kategori)
)
SELECT year, month, dimensi, kategori, izin_baru, izin_tahun_berjalan,
       meta.pct_round2(izin_tahun_berjalan, nullif(sum(izin_tahun_berjalan) OVER (PARTITION BY year, month, dimensi), 0)) AS bagian,
       izin_kumulatif, tk_l_tahun_berjalan, tk_p_tahun_berjalan, urut
FROM s
ORDER BY year, month, dimensi, urut;
COMMENT ON TABLE mart.umkm_sebaran IS 'Sebaran izin UMKM yang dihitung (mart.umkm_bulanan) menurut kecamatan, sektor, jenis kelamin pemilik dan ukuran usaha, per bulan: terbit bulan ini, tahun berjalan, dan kumulatif; dengan tenaga kerja L/P tahun berjalan.';
COMMENT ON COLUMN mart.umkm_sebaran.year IS 'Tahun.';
COMMENT ON COLUMN mart.umkm_sebaran.month IS 'Bulan, 1–12.';
COMMENT ON COLUMN mart.umkm_sebaran.dimensi IS 'kecamatan, sektor, jenis_kelamin (pemilik) atau ukuran (mikro/kecil/menengah menurut aturan tahun terbit).';
COMMENT ON COLUMN mart.umkm_sebaran.kategori IS 'Kecamatan baku, sektor seperti dieja ekspor, L/P, atau ukuran; (tidak diketahui) atau (kosong) bila tidak ada.';
COMMENT ON COLUMN mart.umkm_sebaran.izin_baru IS 'Izin yang terbit pada bulan ini.';
COMMENT ON COLUMN mart.umkm_sebaran.izin_tahun_berjalan IS 'Izin yang terbit Januari sampai bulan ini, tahun yang sama.';
COMMENT ON COLUMN mart.umkm_sebaran.bagian IS 'Bagian kategori dari izin tahun berjalan dalam dimensinya (persen, dua desimal).';
COMMENT ON COLUMN mart.umkm_sebaran.izin_kumulatif IS 'Izin yang terbit sampai akhir bulan ini menurut ekspor.';
COMMENT ON COLUMN mart.umkm_sebaran.tk_l_tahun_berjalan IS 'Tenaga kerja laki-laki usaha yang izinnya terbit Januari sampai bulan ini.';
COMMENT ON COLUMN mart.umkm_sebaran.tk_p_tahun_berjalan IS 'Tenaga kerja perempuan usaha yang izinnya terbit Januari sampai bulan ini.';
COMMENT ON COLUMN mart.umkm_sebaran.urut IS 'Urutan baris dalam dimensi: kecamatan menurut kode, ukuran dari mikro ke menengah, lainnya menurut nama, yang tidak diketahui terakhir.';
