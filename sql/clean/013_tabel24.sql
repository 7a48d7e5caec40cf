-- clean.tabel24: the values of the published Tabel 2.4 — anggaran, realisasi
-- and rasio per year, rata-rata pertumbuhan — each with the cell it came from.
CREATE TABLE clean.tabel24 AS
SELECT r.file_id, r.file, r.sheet, r.seq, r.section, r.no, r.uraian,
       v.field AS measure, v.year, v.num AS value, v.status, v.raw_text, v.cell
FROM raw.values v
JOIN clean.tabel24_rows r ON r.file_id = v.file_id AND r.sheet = v.sheet AND r.row_no = v.row_no
WHERE v.form = 'tabel24' AND r.row_kind = 'data';
COMMENT ON TABLE clean.tabel24 IS 'Nilai Tabel 2.4 terbitan: anggaran, realisasi, rasio per tahun dan rata-rata pertumbuhan, dengan sel asalnya.';
COMMENT ON COLUMN clean.tabel24.file_id IS 'Berkas asal nilai (raw.files.file_id).';
COMMENT ON COLUMN clean.tabel24.file IS 'Jalur berkas Tabel 2.4 terbitan, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.tabel24.sheet IS 'Lembar asal nilai.';
COMMENT ON COLUMN clean.tabel24.seq IS 'Urutan baris di tabel terbitan, mulai dari 1.';
COMMENT ON COLUMN clean.tabel24.section IS 'Bagian baris: I (belanja tidak langsung) atau II (belanja langsung).';
COMMENT ON COLUMN clean.tabel24.no IS 'Nomor baris seperti tercetak (mis. 1.1, 2.8).';
COMMENT ON COLUMN clean.tabel24.uraian IS 'Uraian belanja atau program seperti tercetak.';
COMMENT ON COLUMN clean.tabel24.measure IS 'Jenis nilai: anggaran, realisasi, rasio (per tahun), pertumbuhan_anggaran, pertumbuhan_realisasi (rata-rata pertumbuhan, tidak per tahun).';
COMMENT ON COLUMN clean.tabel24.year IS 'Tahun (mis. 2016); kosong untuk rata-rata pertumbuhan yang tidak per tahun.';
COMMENT ON COLUMN clean.tabel24.value IS 'Angka terbitan seperti terbaca: rupiah untuk anggaran dan realisasi, persen untuk rasio dan pertumbuhan (mis. 96 untuk 96%); kosong bila sel kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.tabel24.status IS 'ok (angka terbaca), kosong (sel kosong, "-" atau "N/A"), tidak_terbaca (bukan angka yang sah; ada temuan).';
COMMENT ON COLUMN clean.tabel24.raw_text IS 'Isi sel apa adanya (angka tersimpan dalam format C, teks seperti diketik).';
COMMENT ON COLUMN clean.tabel24.cell IS 'Alamat sel asal nilai (gaya A1).';
