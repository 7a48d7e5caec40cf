-- calc.ind_koperasi_baik: IKU-01 Prosentase Koperasi Baik, from Bidang P2K's
-- kelembagaan / usaha / keuangan assessment and Bidang PKK's register.
--
--   Jumlah Koperasi yang indikator kelembagaan, usaha dan keuangan baik Th N
--   ÷ Jumlah Koperasi Th N × 100
--
-- The denominator is every cooperative on PKK's register at the end of the
-- month; the numerator those of them P2K found baik on all three counts,
-- matched by nomor badan hukum. A month without PKK's register has no value.
CREATE TABLE calc.ind_koperasi_baik AS
WITH laporan AS (
    SELECT DISTINCT l.year, l.month, l.unit, l.path AS file
    FROM clean.laporan l JOIN clean.formulir s ON s.file_id = l.file_id AND s.form = 'bulanan.koperasi_baik'
    WHERE l.current
),
koperasi AS (
    SELECT DISTINCT year, month, upper(trim(nomor_badan_hukum)) AS bh
    FROM clean.reg_koperasi WHERE row_kind = 'data'
),
register AS (
    -- the report holding PKK's register of the month: the denominator's file
    SELECT DISTINCT l.year, l.month, l.path AS file
    FROM clean.laporan l JOIN clean.formulir s ON s.file_id = l.file_id AND s.form = 'bulanan.koperasi'
    WHERE l.current
),
baik AS (
    SELECT DISTINCT year, month, upper(trim(nomor_badan_hukum)) AS bh
    FROM clean.reg_koperasi_baik
    WHERE row_kind = 'data' AND kelembagaan AND usaha AND keuangan
),
n AS (
    SELECT k.year, k.month, count(*) AS koperasi, count(b.bh) AS baik
    FROM koperasi k LEFT JOIN baik b USING (year, month, bh)
    GROUP BY k.year, k.month
)
SELECT 'IKU-01' AS kode_indikator, l.year, l.month, l.unit, l.file, g.file AS file_penyebut,
       CAST(n.baik AS DECIMAL(38,10)) AS pembilang,
       CAST(n.koperasi AS DECIMAL(38,10)) AS penyebut,
       meta.pct_round2(pembilang, nullif(penyebut, 0)) AS nilai,
       CAST(NULL AS DECIMAL(38,10)) AS pembilang_perempuan,
       CAST(NULL AS DECIMAL(38,10)) AS penyebut_perempuan
FROM laporan l LEFT JOIN n USING (year, month) LEFT JOIN register g USING (year, month);
COMMENT ON TABLE calc.ind_koperasi_baik IS 'IKU-01 Prosentase Koperasi Baik per bulan laporan: koperasi yang kelembagaan, usaha dan keuangannya baik (penilaian Bidang P2K) ÷ koperasi di register Bidang PKK × 100.';
COMMENT ON COLUMN calc.ind_koperasi_baik.kode_indikator IS 'Kode indikator (clean.indikator).';
COMMENT ON COLUMN calc.ind_koperasi_baik.year IS 'Tahun laporan (N).';
COMMENT ON COLUMN calc.ind_koperasi_baik.month IS 'Bulan laporan: register per akhir bulan ini.';
COMMENT ON COLUMN calc.ind_koperasi_baik.unit IS 'Unit yang melaporkan register.';
COMMENT ON COLUMN calc.ind_koperasi_baik.file IS 'Berkas laporan tempat register dibaca.';
COMMENT ON COLUMN calc.ind_koperasi_baik.pembilang IS 'Jumlah koperasi di register yang dinilai baik kelembagaan, usaha dan keuangannya.';
COMMENT ON COLUMN calc.ind_koperasi_baik.penyebut IS 'Jumlah koperasi di register koperasi Bidang PKK pada akhir bulan; kosong bila register PKK bulan itu tidak ada.';
COMMENT ON COLUMN calc.ind_koperasi_baik.nilai IS 'Nilai indikator, pembilang ÷ penyebut × 100 dibulatkan setengah ke atas dua desimal (persen); kosong bila penyebut nol atau tidak ada.';
COMMENT ON COLUMN calc.ind_koperasi_baik.pembilang_perempuan IS 'Bagian pembilang yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
COMMENT ON COLUMN calc.ind_koperasi_baik.penyebut_perempuan IS 'Bagian penyebut yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
COMMENT ON COLUMN calc.ind_koperasi_baik.file_penyebut IS 'Berkas laporan Bidang PKK yang memuat register koperasi bulan itu: asal penyebut.';
