-- calc.ind_koperasi_sehat: IP-18-2 Prosentase Koperasi Sehat, from Bidang
-- P2K's health assessments and Bidang PKK's cooperative register.
--
--   Jumlah koperasi sehat th N ÷ Jumlah KSP/USP th N × 100
--
-- The denominator is the KSP/USP (jenis KSP, KSPPS, USP) on PKK's register
-- at the end of the month; the numerator those of them P2K assessed in the
-- year with predikat Sehat (the predikat as typed, or, when it was left
-- blank, the score on the Per Deputi 06/2016 scale: 80 or more), matched by
-- nomor badan hukum. A month without PKK's register has no value.
CREATE TABLE calc.ind_koperasi_sehat AS
WITH laporan AS (
    SELECT DISTINCT l.year, l.month, l.unit, l.path AS file
    FROM clean.laporan l JOIN clean.formulir s ON s.file_id = l.file_id AND s.form = 'bulanan.kesehatan'
    WHERE l.current
),
ksp AS (
    SELECT DISTINCT year, month, upper(trim(nomor_badan_hukum)) AS bh
    FROM clean.reg_koperasi
    WHERE row_kind = 'data' AND regexp_matches(upper(trim(coalesce(jenis, ''))), '^(KSP|KSPPS|USP|KSP ?/ ?USP)$')
),
sehat AS (
    SELECT DISTINCT year, month, upper(trim(nomor_badan_hukum)) AS bh
    FROM clean.reg_kesehatan
    WHERE row_kind = 'data' AND coalesce(lower(trim(predikat)) = 'sehat', skor >= 80)
),
n AS (
    SELECT k.year, k.month, count(*) AS ksp, count(s.bh) AS sehat
    FROM ksp k LEFT JOIN sehat s USING (year, month, bh)
    GROUP BY k.year, k.month
)
SELECT 'IP-18-2' AS kode_indikator, l.year, l.month, l.unit, l.file,
       CAST(n.sehat AS DECIMAL(38,10)) AS pembilang,
       CAST(n.ksp AS DECIMAL(38,10)) AS penyebut,
       meta.pct_round2(pembilang, nullif(penyebut, 0)) AS nilai,
       CAST(NULL AS DECIMAL(38,10)) AS pembilang_perempuan,
       CAST(NULL AS DECIMAL(38,10)) AS penyebut_perempuan
FROM laporan l LEFT JOIN n USING (year, month);
COMMENT ON TABLE calc.ind_koperasi_sehat IS 'IP-18-2 Prosentase Koperasi Sehat per bulan laporan: KSP/USP berpredikat Sehat (penilaian kesehatan Bidang P2K) ÷ KSP/USP di register koperasi Bidang PKK × 100.';
COMMENT ON COLUMN calc.ind_koperasi_sehat.kode_indikator IS 'Kode indikator (clean.indikator).';
COMMENT ON COLUMN calc.ind_koperasi_sehat.year IS 'Tahun laporan (N).';
COMMENT ON COLUMN calc.ind_koperasi_sehat.month IS 'Bulan laporan: register per akhir bulan ini.';
COMMENT ON COLUMN calc.ind_koperasi_sehat.unit IS 'Unit yang melaporkan register.';
COMMENT ON COLUMN calc.ind_koperasi_sehat.file IS 'Berkas laporan tempat register dibaca.';
COMMENT ON COLUMN calc.ind_koperasi_sehat.pembilang IS 'Jumlah KSP/USP di register koperasi yang dinilai Sehat tahun ini.';
COMMENT ON COLUMN calc.ind_koperasi_sehat.penyebut IS 'Jumlah KSP/USP (jenis KSP, KSPPS, USP) di register koperasi Bidang PKK pada akhir bulan; kosong bila register PKK bulan itu tidak ada.';
COMMENT ON COLUMN calc.ind_koperasi_sehat.nilai IS 'Nilai indikator, pembilang ÷ penyebut × 100 dibulatkan setengah ke atas dua desimal (persen); kosong bila penyebut nol atau tidak ada.';
COMMENT ON COLUMN calc.ind_koperasi_sehat.pembilang_perempuan IS 'Bagian pembilang yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
COMMENT ON COLUMN calc.ind_koperasi_sehat.penyebut_perempuan IS 'Bagian penyebut yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
