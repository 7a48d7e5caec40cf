-- calc.ind_kualitas_usaha: IP-16-1 Prosentase Meningkatnya Kualitas Usaha Mikro yang dibina,
-- from Bidang PUM's register of coached micro businesses (UMKM Binaan).
--
--   Jumlah Pelaku Usaha Yang Berhasil Meningkatkan Kualitas Usaha
--   ÷ Jumlah Pelaku Usaha yang dibina × 100
--
-- A business counts when its Kualitas Usaha Meningkat column reads Ya; a
-- blank (not yet assessed) or Tidak is in the denominator only.
CREATE TABLE calc.ind_kualitas_usaha AS
WITH laporan AS (
    SELECT DISTINCT l.year, l.month, l.unit, l.path AS file
    FROM clean.laporan l JOIN clean.formulir s ON s.file_id = l.file_id AND s.form = 'bulanan.umkm_binaan'
    WHERE l.current
),
n AS (
    SELECT year, month,
           count(*) FILTER (WHERE kualitas_usaha) AS naik,
           count(*) AS dibina,
           count(*) FILTER (WHERE kualitas_usaha AND jenis_kelamin = 'P') AS naik_p,
           count(*) FILTER (WHERE jenis_kelamin = 'P') AS dibina_p
    FROM clean.reg_umkm WHERE row_kind = 'data'
    GROUP BY year, month
)
SELECT 'IP-16-1' AS kode_indikator, l.year, l.month, l.unit, l.file,
       CAST(coalesce(n.naik, 0) AS DECIMAL(38,10)) AS pembilang,
       CAST(coalesce(n.dibina, 0) AS DECIMAL(38,10)) AS penyebut,
       meta.pct_round2(pembilang, nullif(penyebut, 0)) AS nilai,
       CAST(coalesce(n.naik_p, 0) AS DECIMAL(38,10)) AS pembilang_perempuan,
       CAST(coalesce(n.dibina_p, 0) AS DECIMAL(38,10)) AS penyebut_perempuan
FROM laporan l LEFT JOIN n USING (year, month);
COMMENT ON TABLE calc.ind_kualitas_usaha IS 'IP-16-1 Prosentase Meningkatnya Kualitas Usaha Mikro yang dibina, per bulan laporan, dari register UMKM Binaan Bidang PUM.';
COMMENT ON COLUMN calc.ind_kualitas_usaha.kode_indikator IS 'Kode indikator (clean.indikator).';
COMMENT ON COLUMN calc.ind_kualitas_usaha.year IS 'Tahun laporan (N).';
COMMENT ON COLUMN calc.ind_kualitas_usaha.month IS 'Bulan laporan: register per akhir bulan ini.';
COMMENT ON COLUMN calc.ind_kualitas_usaha.unit IS 'Unit yang melaporkan register.';
COMMENT ON COLUMN calc.ind_kualitas_usaha.file IS 'Berkas laporan tempat register dibaca.';
COMMENT ON COLUMN calc.ind_kualitas_usaha.pembilang IS 'Jumlah usaha mikro dibina yang kualitas usahanya meningkat (Ya).';
COMMENT ON COLUMN calc.ind_kualitas_usaha.penyebut IS 'Jumlah pelaku usaha mikro di register UMKM Binaan pada akhir bulan.';
COMMENT ON COLUMN calc.ind_kualitas_usaha.nilai IS 'Nilai indikator, pembilang ÷ penyebut × 100 dibulatkan setengah ke atas dua desimal (persen); kosong bila penyebut nol atau tidak ada.';
COMMENT ON COLUMN calc.ind_kualitas_usaha.pembilang_perempuan IS 'Bagian pembilang yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
COMMENT ON COLUMN calc.ind_kualitas_usaha.penyebut_perempuan IS 'Bagian penyebut yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
