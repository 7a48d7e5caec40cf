-- clean.pagu: indicative budget per kode (or block) and year. A kegiatan
-- printed on two rows (unit changed from "12 bulan" to "100%") contributes
-- both rows; the year of each appears in one row only.
CREATE TABLE clean.pagu AS
SELECT file_id, file, sheet, blok, coalesce(kode, blok) AS kode, any_value(jenis) AS jenis, year,
       sum(value) AS rp, count(*) AS rows_with_value, string_agg(cell, ', ' ORDER BY row_no) AS cells
FROM clean.rencana
WHERE measure = 'rp' AND NOT akhir AND status = 'ok' AND NOT lanjutan
GROUP BY ALL;
COMMENT ON TABLE clean.pagu IS 'Pagu indikatif per program/kegiatan (atau blok belanja) per tahun, dari Tabel 6.1.';
COMMENT ON COLUMN clean.pagu.file_id IS 'Berkas workbook Renstra asal (raw.files.file_id).';
COMMENT ON COLUMN clean.pagu.file IS 'Jalur workbook Renstra, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.pagu.sheet IS 'Lembar Tabel 6.1 asal pagu.';
COMMENT ON COLUMN clean.pagu.blok IS 'Blok belanja: BELANJA TIDAK LANGSUNG atau BELANJA LANGSUNG.';
COMMENT ON COLUMN clean.pagu.kode IS 'Kode rekening program/kegiatan/belanja; nama blok untuk total blok belanja.';
COMMENT ON COLUMN clean.pagu.jenis IS 'Jenis baris: blok, program, kegiatan, sub kegiatan, belanja tidak langsung.';
COMMENT ON COLUMN clean.pagu.year IS 'Tahun pagu (mis. 2017).';
COMMENT ON COLUMN clean.pagu.rp IS 'Pagu indikatif dalam rupiah; jumlah semua baris kode itu bila tercetak di lebih dari satu baris.';
COMMENT ON COLUMN clean.pagu.rows_with_value IS 'Jumlah baris Tabel 6.1 yang memberi angka Rp untuk kode dan tahun ini; lebih dari 1 berarti angka ganda (dicantumkan di Review).';
COMMENT ON COLUMN clean.pagu.cells IS 'Sel asal angka Rp, dipisah koma (mis. G21 atau I22, Q23).';
