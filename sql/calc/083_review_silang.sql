-- calc.review_silang: Tabel 2.4's realisasi for the Renstra's first planning
-- year against the Rp Tabel 6.1 prints for that year ("data capaian pada
-- tahun awal perencanaan"), for rows a planner paired with a Renstra
-- program (clean.padanan) and rows whose names are the same once the
-- published abbreviations are written out ("Prog." → program). Rows whose
-- names differ and that nobody paired are not compared.
CREATE TABLE calc.review_silang AS
WITH r AS (SELECT file_id, coalesce(tahun_awal_perencanaan, periode_awal) AS y FROM clean.renstra),
t61 AS (
    SELECT p.file_id, p.kode, pk.uraian, meta.norm_nama(pk.uraian) AS nama, p.year, p.rp, p.file, p.sheet, p.cells
    FROM clean.pagu p
    JOIN r ON r.file_id = p.file_id AND r.y = p.year
    JOIN (SELECT DISTINCT file_id, kode, uraian FROM clean.program_kegiatan WHERE NOT lanjutan) pk
      ON pk.file_id = p.file_id AND pk.kode = p.kode
),
t24 AS (
    SELECT no, uraian, meta.norm_nama(uraian) AS nama, year, value, file, sheet, cell
    FROM clean.tabel24 WHERE measure = 'realisasi' AND status = 'ok'
    QUALIFY row_number() OVER (PARTITION BY no, uraian, year ORDER BY file_id DESC) = 1
)
SELECT t24.no, t24.uraian, t61.kode, t61.uraian AS uraian_renstra, t24.year,
       t24.value AS realisasi_t24, t61.rp AS rp_t61, t61.rp - t24.value AS difference,
       t24.file, t24.sheet, t24.cell, t61.file AS file_t61, t61.sheet AS sheet_t61, t61.cells AS cells_t61
FROM t24
JOIN t61 ON t61.year = t24.year
 AND (t61.nama = t24.nama
      OR EXISTS (SELECT 1 FROM clean.padanan p WHERE p.status = 'ok' AND p.nama = t24.nama AND p.kode = t61.kode))
WHERE t24.value <> t61.rp;
COMMENT ON TABLE calc.review_silang IS 'Realisasi Tabel 2.4 tahun awal perencanaan yang berbeda dengan angka Rp Tabel 6.1 untuk program/belanja yang sama namanya.';
COMMENT ON COLUMN calc.review_silang.no IS 'Nomor baris di Tabel 2.4 (mis. 1.1).';
COMMENT ON COLUMN calc.review_silang.uraian IS 'Uraian baris di Tabel 2.4 seperti tercetak.';
COMMENT ON COLUMN calc.review_silang.kode IS 'Kode rekening baris Tabel 6.1 yang namanya sama atau yang dipadankan (clean.padanan).';
COMMENT ON COLUMN calc.review_silang.uraian_renstra IS 'Uraian baris Tabel 6.1 seperti tercetak.';
COMMENT ON COLUMN calc.review_silang.year IS 'Tahun awal perencanaan Renstra yang dibandingkan (mis. 2016).';
COMMENT ON COLUMN calc.review_silang.realisasi_t24 IS 'Realisasi tahun itu menurut Tabel 2.4, dalam rupiah.';
COMMENT ON COLUMN calc.review_silang.rp_t61 IS 'Angka Rp tahun itu menurut Tabel 6.1, dalam rupiah.';
COMMENT ON COLUMN calc.review_silang.difference IS 'Selisih Tabel 6.1 − Tabel 2.4, dalam rupiah.';
COMMENT ON COLUMN calc.review_silang.file IS 'Berkas Tabel 2.4, relatif terhadap folder masukan.';
COMMENT ON COLUMN calc.review_silang.sheet IS 'Lembar Tabel 2.4.';
COMMENT ON COLUMN calc.review_silang.cell IS 'Sel realisasi di Tabel 2.4 (gaya A1).';
COMMENT ON COLUMN calc.review_silang.file_t61 IS 'Workbook Renstra yang memuat Tabel 6.1, relatif terhadap folder masukan.';
COMMENT ON COLUMN calc.review_silang.sheet_t61 IS 'Lembar Tabel 6.1.';
COMMENT ON COLUMN calc.review_silang.cells_t61 IS 'Sel angka Rp di Tabel 6.1, dipisah koma bila lebih dari satu.';
