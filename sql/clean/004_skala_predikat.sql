-- clean.skala_predikat: the scale that names a capaian, highest first: a
-- capaian above a row's batas takes its predikat; the last row, without a
-- batas, takes the rest. By default Permendagri 86/2017 (> 90 Sangat
-- Tinggi, > 75 Tinggi, > 65 Sedang, > 50 Rendah, otherwise Sangat Rendah);
-- an office that uses another scale types it in the Pengaturan workbook,
-- sheet Skala Predikat, and it is used when no row of it has a problem
-- (clean.skala_predikat_isian). meta.predikat reads this table.
CREATE TABLE clean.skala_predikat AS
WITH ok AS (
    SELECT count(*) > 0 AND count(masalah) = 0 AS ok FROM clean.skala_predikat_isian
),
bawaan(urut, predikat, batas) AS (
    VALUES (1, 'Sangat Tinggi', 90), (2, 'Tinggi', 75), (3, 'Sedang', 65), (4, 'Rendah', 50), (5, 'Sangat Rendah', NULL)
)
SELECT CAST(row_number() OVER (ORDER BY batas DESC NULLS LAST) AS INTEGER) AS urut, predikat, batas,
       'Pengaturan' AS asal, file, sheet, cell
FROM clean.skala_predikat_isian
WHERE (SELECT ok FROM ok)
UNION ALL
SELECT urut, predikat, CAST(batas AS DECIMAL(38,10)), 'Permendagri 86/2017', NULL, NULL, NULL
FROM bawaan
WHERE NOT (SELECT ok FROM ok);
COMMENT ON TABLE clean.skala_predikat IS 'Skala predikat capaian yang berlaku, tertinggi dulu: capaian di atas batas suatu baris mendapat predikatnya; baris terakhir (tanpa batas) untuk sisanya. Bawaan Permendagri 86/2017, atau skala di lembar Skala Predikat workbook Pengaturan bila sah.';
COMMENT ON COLUMN clean.skala_predikat.urut IS 'Urutan, 1 = predikat tertinggi.';
COMMENT ON COLUMN clean.skala_predikat.predikat IS 'Nama predikat, mis. Sangat Tinggi.';
COMMENT ON COLUMN clean.skala_predikat.batas IS 'Capaian (%) yang harus dilampaui untuk predikat ini; kosong untuk predikat terendah.';
COMMENT ON COLUMN clean.skala_predikat.asal IS 'Permendagri 86/2017 (bawaan) atau Pengaturan.';
COMMENT ON COLUMN clean.skala_predikat.file IS 'Berkas Pengaturan asal skala; kosong untuk bawaan.';
COMMENT ON COLUMN clean.skala_predikat.sheet IS 'Lembar asal skala.';
COMMENT ON COLUMN clean.skala_predikat.cell IS 'Sel nama predikat.';
