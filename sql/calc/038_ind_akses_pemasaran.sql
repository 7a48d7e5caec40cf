-- calc.ind_akses_pemasaran: IP-21-2 Prosentase Akses Pemasaran, from Bidang
-- PUM's register of marketing facilitation and the Renstra's targets.
--
--   UMKM yang difasilitasi akses pemasarannya Tahun N ÷ Target 5 tahun × 100
--
-- The numerator counts businesses, not events: a business at two
-- exhibitions counts once (by its name, compared with meta.norm_nama). The
-- five-year target is the sum of the end-of-period targets (Tabel 6.1
-- "kondisi akhir") of the kegiatan of the indicator's program whose satuan
-- is UMKM, in the Renstra covering year N.
CREATE TABLE calc.ind_akses_pemasaran AS
WITH laporan AS (
    SELECT DISTINCT l.year, l.month, l.unit, l.path AS file
    FROM clean.laporan l JOIN clean.formulir s ON s.file_id = l.file_id AND s.form = 'bulanan.pemasaran'
    WHERE l.current
),
target AS (
    SELECT k.year, sum(k.target_akhir) AS lima_tahun
    FROM mart.rencana_tahunan p
    JOIN mart.rencana_tahunan k ON k.parent_kode = p.kode AND k.year = p.year AND k.jenis = 'kegiatan' AND k.berlaku
    WHERE p.kode_indikator = 'IP-21-2' AND lower(k.satuan) = 'umkm'
    GROUP BY k.year
),
usaha AS (
    SELECT year, month, meta.norm_nama(nama) AS nama, bool_or(jenis_kelamin = 'P') AS perempuan
    FROM clean.reg_pemasaran
    WHERE row_kind = 'data' AND meta.norm_nama(nama) <> ''
    GROUP BY year, month, meta.norm_nama(nama)
),
n AS (
    SELECT year, month, count(*) AS usaha, count(*) FILTER (WHERE perempuan) AS usaha_p
    FROM usaha GROUP BY year, month
)
SELECT 'IP-21-2' AS kode_indikator, l.year, l.month, l.unit, l.file,
       CAST(coalesce(n.usaha, 0) AS DECIMAL(38,10)) AS pembilang,
       CAST(t.lima_tahun AS DECIMAL(38,10)) AS penyebut,
       meta.pct_round2(pembilang, nullif(penyebut, 0)) AS nilai,
       CAST(coalesce(n.usaha_p, 0) AS DECIMAL(38,10)) AS pembilang_perempuan,
       CAST(NULL AS DECIMAL(38,10)) AS penyebut_perempuan
FROM laporan l LEFT JOIN n USING (year, month) LEFT JOIN target t USING (year);
COMMENT ON TABLE calc.ind_akses_pemasaran IS 'IP-21-2 Prosentase Akses Pemasaran per bulan laporan: UMKM yang difasilitasi pemasarannya tahun N ÷ target lima tahun × 100, dari register Pemasaran Bidang PUM dan target Renstra.';
COMMENT ON COLUMN calc.ind_akses_pemasaran.kode_indikator IS 'Kode indikator (clean.indikator).';
COMMENT ON COLUMN calc.ind_akses_pemasaran.year IS 'Tahun laporan (N).';
COMMENT ON COLUMN calc.ind_akses_pemasaran.month IS 'Bulan laporan: register per akhir bulan ini.';
COMMENT ON COLUMN calc.ind_akses_pemasaran.unit IS 'Unit yang melaporkan register.';
COMMENT ON COLUMN calc.ind_akses_pemasaran.file IS 'Berkas laporan tempat register dibaca.';
COMMENT ON COLUMN calc.ind_akses_pemasaran.pembilang IS 'Jumlah UMKM (berbeda nama) yang difasilitasi pemasarannya tahun N sampai akhir bulan.';
COMMENT ON COLUMN calc.ind_akses_pemasaran.penyebut IS 'Target lima tahun: jumlah target kondisi akhir Renstra kegiatan program indikator ini yang bersatuan UMKM.';
COMMENT ON COLUMN calc.ind_akses_pemasaran.nilai IS 'Nilai indikator, pembilang ÷ penyebut × 100 dibulatkan setengah ke atas dua desimal (persen); kosong bila penyebut nol atau tidak ada.';
COMMENT ON COLUMN calc.ind_akses_pemasaran.pembilang_perempuan IS 'Bagian pembilang yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
COMMENT ON COLUMN calc.ind_akses_pemasaran.penyebut_perempuan IS 'Bagian penyebut yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
