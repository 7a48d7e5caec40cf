-- calc.ind_umkm_omset_naik: IKU-02 Prosentase pelaku usaha mikro dibina yang meningkat omsetnya,
-- from Bidang PUM's register of coached micro businesses (UMKM Binaan).
--
--   Jumlah Pelaku Usaha Mikro yang dibina yang meningkat omsetnya
--   ÷ Jumlah Pelaku Usaha Mikro yang dibina × 100
--
-- A business counts as grown when its turnover after coaching is above the
-- turnover before; one whose turnover after is not yet filled in (coached
-- recently) is in the denominator only.
CREATE TABLE calc.ind_umkm_omset_naik AS
WITH laporan AS (
    SELECT DISTINCT l.year, l.month, l.unit, l.path AS file
    FROM clean.laporan l JOIN clean.formulir s ON s.file_id = l.file_id AND s.form = 'bulanan.umkm_binaan'
    WHERE l.current
),
n AS (
    SELECT year, month,
           count(*) FILTER (WHERE omset_sesudah > omset_sebelum) AS naik,
           count(*) AS dibina,
           count(*) FILTER (WHERE omset_sesudah > omset_sebelum AND jenis_kelamin = 'P') AS naik_p,
           count(*) FILTER (WHERE jenis_kelamin = 'P') AS dibina_p
    FROM clean.reg_umkm WHERE row_kind = 'data'
    GROUP BY year, month
)
SELECT 'IKU-02' AS kode_indikator, l.year, l.month, l.unit, l.file,
       CAST(coalesce(n.naik, 0) AS DECIMAL(38,10)) AS pembilang,
       CAST(coalesce(n.dibina, 0) AS DECIMAL(38,10)) AS penyebut,
       meta.pct_round2(pembilang, nullif(penyebut, 0)) AS nilai,
       CAST(coalesce(n.naik_p, 0) AS DECIMAL(38,10)) AS pembilang_perempuan,
       CAST(coalesce(n.dibina_p, 0) AS DECIMAL(38,10)) AS penyebut_perempuan
FROM laporan l LEFT JOIN n USING (year, month);
COMMENT ON TABLE calc.ind_umkm_omset_naik IS 'IKU-02 Prosentase pelaku usaha mikro dibina yang meningkat omsetnya, per bulan laporan, dari register UMKM Binaan Bidang PUM.';
COMMENT ON COLUMN calc.ind_umkm_omset_naik.kode_indikator IS 'Kode indikator (clean.indikator).';
COMMENT ON COLUMN calc.ind_umkm_omset_naik.year IS 'Tahun laporan (N).';
COMMENT ON COLUMN calc.ind_umkm_omset_naik.month IS 'Bulan laporan: register per akhir bulan ini.';
COMMENT ON COLUMN calc.ind_umkm_omset_naik.unit IS 'Unit yang melaporkan register.';
COMMENT ON COLUMN calc.ind_umkm_omset_naik.file IS 'Berkas laporan tempat register dibaca.';
COMMENT ON COLUMN calc.ind_umkm_omset_naik.pembilang IS 'Jumlah usaha mikro dibina yang omset sesudah pembinaan lebih besar daripada sebelumnya.';
COMMENT ON COLUMN calc.ind_umkm_omset_naik.penyebut IS 'Jumlah pelaku usaha mikro di register UMKM Binaan pada akhir bulan.';
COMMENT ON COLUMN calc.ind_umkm_omset_naik.nilai IS 'Nilai indikator, pembilang ÷ penyebut × 100 dibulatkan setengah ke atas dua desimal (persen); kosong bila penyebut nol atau tidak ada.';
COMMENT ON COLUMN calc.ind_umkm_omset_naik.pembilang_perempuan IS 'Bagian pembilang yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
COMMENT ON COLUMN calc.ind_umkm_omset_naik.penyebut_perempuan IS 'Bagian penyebut yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
