-- calc.ind_akses_pembiayaan: IP-17-3 Prosentase Akses Pembiayaan, from
-- Bidang PUM's register of Kredit Wibawa applications.
--
--   Jumlah Realisasi UMK yang mengakses Kredit Wibawa Tahun N
--   ÷ Jumlah Pengajuan Kredit Wibawa Tahun N × 100
--
-- The denominator is the applications made in year N (an application
-- without a readable date is counted: it is on the year's register); the
-- numerator those of them marked Direalisasikan Ya, realised in N.
CREATE TABLE calc.ind_akses_pembiayaan AS
WITH laporan AS (
    SELECT DISTINCT l.year, l.month, l.unit, l.path AS file
    FROM clean.laporan l JOIN clean.formulir s ON s.file_id = l.file_id AND s.form = 'bulanan.kredit_wibawa'
    WHERE l.current
),
pengajuan AS (
    SELECT year, month, jenis_kelamin,
           coalesce(direalisasikan, false) AND coalesce(year(tanggal_realisasi) = year, true) AS realisasi
    FROM clean.reg_kredit
    WHERE row_kind = 'data' AND coalesce(year(tanggal_pengajuan) = year, true)
),
n AS (
    SELECT year, month,
           count(*) FILTER (WHERE realisasi) AS realisasi, count(*) AS pengajuan,
           count(*) FILTER (WHERE realisasi AND jenis_kelamin = 'P') AS realisasi_p,
           count(*) FILTER (WHERE jenis_kelamin = 'P') AS pengajuan_p
    FROM pengajuan GROUP BY year, month
)
SELECT 'IP-17-3' AS kode_indikator, l.year, l.month, l.unit, l.file,
       CAST(coalesce(n.realisasi, 0) AS DECIMAL(38,10)) AS pembilang,
       CAST(coalesce(n.pengajuan, 0) AS DECIMAL(38,10)) AS penyebut,
       meta.pct_round2(pembilang, nullif(penyebut, 0)) AS nilai,
       CAST(coalesce(n.realisasi_p, 0) AS DECIMAL(38,10)) AS pembilang_perempuan,
       CAST(coalesce(n.pengajuan_p, 0) AS DECIMAL(38,10)) AS penyebut_perempuan
FROM laporan l LEFT JOIN n USING (year, month);
COMMENT ON TABLE calc.ind_akses_pembiayaan IS 'IP-17-3 Prosentase Akses Pembiayaan per bulan laporan: pengajuan Kredit Wibawa yang direalisasikan ÷ pengajuan tahun itu × 100, dari register Bidang PUM.';
COMMENT ON COLUMN calc.ind_akses_pembiayaan.kode_indikator IS 'Kode indikator (clean.indikator).';
COMMENT ON COLUMN calc.ind_akses_pembiayaan.year IS 'Tahun laporan (N).';
COMMENT ON COLUMN calc.ind_akses_pembiayaan.month IS 'Bulan laporan: register per akhir bulan ini.';
COMMENT ON COLUMN calc.ind_akses_pembiayaan.unit IS 'Unit yang melaporkan register.';
COMMENT ON COLUMN calc.ind_akses_pembiayaan.file IS 'Berkas laporan tempat register dibaca.';
COMMENT ON COLUMN calc.ind_akses_pembiayaan.pembilang IS 'Jumlah pengajuan Kredit Wibawa tahun N yang direalisasikan (Ya) pada tahun N.';
COMMENT ON COLUMN calc.ind_akses_pembiayaan.penyebut IS 'Jumlah pengajuan Kredit Wibawa tahun N di register sampai akhir bulan.';
COMMENT ON COLUMN calc.ind_akses_pembiayaan.nilai IS 'Nilai indikator, pembilang ÷ penyebut × 100 dibulatkan setengah ke atas dua desimal (persen); kosong bila penyebut nol atau tidak ada.';
COMMENT ON COLUMN calc.ind_akses_pembiayaan.pembilang_perempuan IS 'Bagian pembilang yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
COMMENT ON COLUMN calc.ind_akses_pembiayaan.penyebut_perempuan IS 'Bagian penyebut yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
