-- calc.ind_omset_koperasi: IP-18-3 Prosentase Omset Koperasi, from the
-- turnover columns of Bidang PKK's cooperative register.
--
--   (Jumlah Omset Koperasi Tahun N−1 − Jumlah Omset Koperasi Tahun N−2)
--   ÷ Jumlah Omset Koperasi Tahun N−2 × 100
--
-- Summed over the cooperatives on the register at the end of the month that
-- have both years' turnover; a cooperative with one of them blank or
-- unreadable is left out of both sums, so the growth compares like with
-- like.
CREATE TABLE calc.ind_omset_koperasi AS
WITH laporan AS (
    SELECT DISTINCT l.year, l.month, l.unit, l.path AS file
    FROM clean.laporan l JOIN clean.formulir s ON s.file_id = l.file_id AND s.form = 'bulanan.koperasi'
    WHERE l.current
),
n AS (
    SELECT year, month, sum(omset_n1) AS n1, sum(omset_n2) AS n2
    FROM clean.reg_koperasi
    WHERE row_kind = 'data' AND omset_n1 IS NOT NULL AND omset_n2 IS NOT NULL
    GROUP BY year, month
)
SELECT 'IP-18-3' AS kode_indikator, l.year, l.month, l.unit, l.file,
       CAST(n.n1 - n.n2 AS DECIMAL(38,10)) AS pembilang,
       CAST(n.n2 AS DECIMAL(38,10)) AS penyebut,
       meta.pct_round2(pembilang, nullif(penyebut, 0)) AS nilai,
       CAST(NULL AS DECIMAL(38,10)) AS pembilang_perempuan,
       CAST(NULL AS DECIMAL(38,10)) AS penyebut_perempuan
FROM laporan l LEFT JOIN n USING (year, month);
COMMENT ON TABLE calc.ind_omset_koperasi IS 'IP-18-3 Prosentase Omset Koperasi per bulan laporan: (omset N−1 − omset N−2) ÷ omset N−2 × 100, dijumlah atas koperasi di register Bidang PKK.';
COMMENT ON COLUMN calc.ind_omset_koperasi.kode_indikator IS 'Kode indikator (clean.indikator).';
COMMENT ON COLUMN calc.ind_omset_koperasi.year IS 'Tahun laporan (N).';
COMMENT ON COLUMN calc.ind_omset_koperasi.month IS 'Bulan laporan: register per akhir bulan ini.';
COMMENT ON COLUMN calc.ind_omset_koperasi.unit IS 'Unit yang melaporkan register.';
COMMENT ON COLUMN calc.ind_omset_koperasi.file IS 'Berkas laporan tempat register dibaca.';
COMMENT ON COLUMN calc.ind_omset_koperasi.pembilang IS 'Omset N−1 dikurangi omset N−2 (rupiah), atas koperasi yang kedua omsetnya terisi.';
COMMENT ON COLUMN calc.ind_omset_koperasi.penyebut IS 'Omset N−2 (rupiah), atas koperasi yang kedua omsetnya terisi.';
COMMENT ON COLUMN calc.ind_omset_koperasi.nilai IS 'Nilai indikator, pembilang ÷ penyebut × 100 dibulatkan setengah ke atas dua desimal (persen); kosong bila penyebut nol atau tidak ada.';
COMMENT ON COLUMN calc.ind_omset_koperasi.pembilang_perempuan IS 'Bagian pembilang yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
COMMENT ON COLUMN calc.ind_omset_koperasi.penyebut_perempuan IS 'Bagian penyebut yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
