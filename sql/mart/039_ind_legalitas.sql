-- mart.ind_legalitas: IP-17-4 Prosentase Legalitas Pelaku Usaha, from the
-- I-Jus Melon exports (mart.umkm_bulanan).
--
--   (Jumlah UMK terdaftar tahun N − Jumlah UMK terdaftar tahun N−1)
--   ÷ Jumlah UMK terdaftar tahun N−1 × 100
--
-- "Terdaftar tahun N" is the number of UMKM holding an IUMK at the end of
-- the month (year to date), N−1 that at the end of the year before: the
-- published Tabel 2.3 figure for a published year, else the count running
-- on from it. A month without both has no row: no value, not 0.
CREATE TABLE mart.ind_legalitas AS
WITH lalu AS (
    -- the number at the end of each year: the exports' running count, and
    -- the published year it runs on from (the only published year a month
    -- with a running count can follow)
    SELECT year, jumlah FROM mart.umkm_bulanan WHERE month = 12 AND jumlah IS NOT NULL
    UNION ALL
    SELECT DISTINCT dasar_tahun, dasar_nilai FROM mart.umkm_bulanan WHERE dasar_tahun IS NOT NULL
)
SELECT 'IP-17-4' AS kode_indikator, b.year, b.month, 'PUM' AS unit, b.berkas AS file,
       CAST(b.jumlah - l.jumlah AS DECIMAL(38,10)) AS pembilang,
       CAST(l.jumlah AS DECIMAL(38,10)) AS penyebut,
       meta.pct_round2(pembilang, nullif(penyebut, 0)) AS nilai,
       CAST(NULL AS DECIMAL(38,10)) AS pembilang_perempuan,
       CAST(NULL AS DECIMAL(38,10)) AS penyebut_perempuan
FROM mart.umkm_bulanan b JOIN lalu l ON l.year = b.year - 1
WHERE b.jumlah IS NOT NULL
ORDER BY b.year, b.month;
COMMENT ON TABLE mart.ind_legalitas IS 'IP-17-4 Prosentase Legalitas Pelaku Usaha per bulan dari ekspor I-Jus Melon: (jumlah UMK terdaftar tahun N sampai akhir bulan − jumlah akhir tahun N−1) ÷ jumlah akhir tahun N−1 × 100.';
COMMENT ON COLUMN mart.ind_legalitas.kode_indikator IS 'Kode indikator (clean.indikator).';
COMMENT ON COLUMN mart.ind_legalitas.year IS 'Tahun N.';
COMMENT ON COLUMN mart.ind_legalitas.month IS 'Bulan: jumlah tahun N sampai akhir bulan ini.';
COMMENT ON COLUMN mart.ind_legalitas.unit IS 'Unit penanggung jawab IUMK (Bidang PUM).';
COMMENT ON COLUMN mart.ind_legalitas.file IS 'Berkas ekspor I-Jus Melon yang dihitung.';
COMMENT ON COLUMN mart.ind_legalitas.pembilang IS 'Jumlah UMK terdaftar sampai akhir bulan dikurangi jumlah akhir tahun N−1 (pertambahan).';
COMMENT ON COLUMN mart.ind_legalitas.penyebut IS 'Jumlah UMK terdaftar akhir tahun N−1 (Tabel 2.3 terbitan bila tahun itu terbit).';
COMMENT ON COLUMN mart.ind_legalitas.nilai IS 'Nilai indikator, pembilang ÷ penyebut × 100 dibulatkan setengah ke atas dua desimal (persen); kosong bila penyebut nol.';
COMMENT ON COLUMN mart.ind_legalitas.pembilang_perempuan IS 'Tidak dihitung: jumlah tahun terbitan tidak dipisah menurut jenis kelamin.';
COMMENT ON COLUMN mart.ind_legalitas.penyebut_perempuan IS 'Tidak dihitung: jumlah tahun terbitan tidak dipisah menurut jenis kelamin.';
