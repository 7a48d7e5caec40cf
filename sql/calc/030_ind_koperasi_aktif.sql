-- calc.ind_koperasi_aktif: IP-18-1 Prosentase Koperasi Aktif, from Bidang
-- PKK's cooperative register, for every month reported.
--
--   Jumlah Koperasi Aktif Th N ÷ Jumlah Koperasi Th N × 100
--
-- Every cooperative on the register at the end of the month is in the
-- denominator; those whose status reads Aktif are in the numerator. A status
-- that could not be read is not counted active (it has its own finding).
CREATE TABLE calc.ind_koperasi_aktif AS
WITH laporan AS (
    SELECT DISTINCT l.year, l.month, l.unit, l.path AS file
    FROM clean.laporan l JOIN clean.formulir s ON s.file_id = l.file_id AND s.form = 'bulanan.koperasi'
    WHERE l.current
),
n AS (
    SELECT year, month, count(*) FILTER (WHERE aktif) AS aktif, count(*) AS semua
    FROM clean.reg_koperasi WHERE row_kind = 'data'
    GROUP BY year, month
)
SELECT 'IP-18-1' AS kode_indikator, l.year, l.month, l.unit, l.file,
       CAST(coalesce(n.aktif, 0) AS DECIMAL(38,10)) AS pembilang,
       CAST(coalesce(n.semua, 0) AS DECIMAL(38,10)) AS penyebut,
       meta.pct_round2(pembilang, nullif(penyebut, 0)) AS nilai,
       CAST(NULL AS DECIMAL(38,10)) AS pembilang_perempuan,
       CAST(NULL AS DECIMAL(38,10)) AS penyebut_perempuan
FROM laporan l LEFT JOIN n USING (year, month);
COMMENT ON TABLE calc.ind_koperasi_aktif IS 'IP-18-1 Prosentase Koperasi Aktif per bulan laporan, dihitung dari register koperasi Bidang PKK: koperasi aktif ÷ koperasi × 100.';
COMMENT ON COLUMN calc.ind_koperasi_aktif.kode_indikator IS 'Kode indikator (clean.indikator).';
COMMENT ON COLUMN calc.ind_koperasi_aktif.year IS 'Tahun laporan (N).';
COMMENT ON COLUMN calc.ind_koperasi_aktif.month IS 'Bulan laporan: register per akhir bulan ini.';
COMMENT ON COLUMN calc.ind_koperasi_aktif.unit IS 'Unit yang melaporkan register.';
COMMENT ON COLUMN calc.ind_koperasi_aktif.file IS 'Berkas laporan tempat register dibaca.';
COMMENT ON COLUMN calc.ind_koperasi_aktif.pembilang IS 'Jumlah koperasi berstatus Aktif di register.';
COMMENT ON COLUMN calc.ind_koperasi_aktif.penyebut IS 'Jumlah koperasi di register pada akhir bulan.';
COMMENT ON COLUMN calc.ind_koperasi_aktif.nilai IS 'Nilai indikator, pembilang ÷ penyebut × 100 dibulatkan setengah ke atas dua desimal (persen); kosong bila penyebut nol atau tidak ada.';
COMMENT ON COLUMN calc.ind_koperasi_aktif.pembilang_perempuan IS 'Bagian pembilang yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
COMMENT ON COLUMN calc.ind_koperasi_aktif.penyebut_perempuan IS 'Bagian penyebut yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
