-- clean.tabel23: the values of the published Tabel 2.3 — targets, realisasi and
-- rasio per year, and target SPM / IKK / lainnya — each with the cell it came
-- from, as typed (percent flag kept).
CREATE TABLE clean.tabel23 AS
SELECT r.file_id, r.file, r.sheet, r.seq, r.no, r.indikator,
       v.field AS measure, v.year, v.num AS value, coalesce(v.percent, false) AS percent,
       v.status, v.raw_text, v.cell
FROM raw.values v
JOIN clean.tabel23_rows r ON r.file_id = v.file_id AND r.sheet = v.sheet AND r.row_no = v.row_no
WHERE v.form = 'tabel23' AND r.row_kind = 'data';
COMMENT ON TABLE clean.tabel23 IS 'Nilai Tabel 2.3 terbitan: target, realisasi, rasio per tahun (dan target SPM/IKK/lainnya), dengan sel asalnya.';
COMMENT ON COLUMN clean.tabel23.file_id IS 'Berkas asal nilai (raw.files.file_id).';
COMMENT ON COLUMN clean.tabel23.file IS 'Jalur berkas Tabel 2.3 terbitan, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.tabel23.sheet IS 'Lembar asal nilai.';
COMMENT ON COLUMN clean.tabel23.seq IS 'Urutan baris indikator di tabel terbitan, mulai dari 1.';
COMMENT ON COLUMN clean.tabel23.no IS 'Nomor baris seperti tercetak di kolom No.';
COMMENT ON COLUMN clean.tabel23.indikator IS 'Nama indikator kinerja seperti tercetak.';
COMMENT ON COLUMN clean.tabel23.measure IS 'Jenis nilai: target, realisasi, rasio (per tahun), target_spm, target_ikk, target_lainnya (tidak per tahun).';
COMMENT ON COLUMN clean.tabel23.year IS 'Tahun (mis. 2011); kosong untuk target SPM, IKK dan lainnya yang tidak per tahun.';
COMMENT ON COLUMN clean.tabel23.value IS 'Angka terbitan seperti terbaca, dalam satuan indikator; persen sebagai angka persen (77,2 untuk 77,2%); kosong bila sel kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.tabel23.percent IS 'Benar bila angka ditulis sebagai persen (dengan % atau sel berformat persen).';
COMMENT ON COLUMN clean.tabel23.status IS 'ok (angka terbaca), kosong (sel kosong, "-" atau "N/A"), tidak_terbaca (bukan angka yang sah; ada temuan).';
COMMENT ON COLUMN clean.tabel23.raw_text IS 'Isi sel apa adanya (angka tersimpan dalam format C, mis. 0.772 untuk 77,2%).';
COMMENT ON COLUMN clean.tabel23.cell IS 'Alamat sel asal nilai (gaya A1).';
