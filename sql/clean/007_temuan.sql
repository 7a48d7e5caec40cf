-- clean.temuan: the findings met reading the inputs, as the review lists
-- them (category Masukan).
CREATE TABLE clean.temuan AS
SELECT seq, severity, rule, file, sheet, cell, raw_text, expected, message
FROM raw.findings;
COMMENT ON TABLE clean.temuan IS 'Temuan saat membaca berkas masukan: berkas, lembar, sel, isi asli, yang diharapkan, dan penjelasannya.';
COMMENT ON COLUMN clean.temuan.seq IS 'Nomor urut temuan (urut berkas, lembar, sel).';
COMMENT ON COLUMN clean.temuan.severity IS 'Tingkat keparahan: tinggi, sedang, rendah, info.';
COMMENT ON COLUMN clean.temuan.rule IS 'Kode aturan yang menghasilkan temuan, mis. baca.angka, baca.berkas, baca.lembar, baca.kepala, baca.kolom, baca.duplikat.';
COMMENT ON COLUMN clean.temuan.file IS 'Jalur berkas tempat temuan, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.temuan.sheet IS 'Nama lembar tempat temuan; kosong bila temuan mengenai berkas utuh.';
COMMENT ON COLUMN clean.temuan.cell IS 'Alamat sel tempat temuan (gaya A1); kosong bila temuan tidak mengenai satu sel.';
COMMENT ON COLUMN clean.temuan.raw_text IS 'Isi asli yang bermasalah, seperti diketik; NIK disamarkan.';
COMMENT ON COLUMN clean.temuan.expected IS 'Yang diharapkan di tempat itu (mis. angka, nilai rupiah, baris judul kolom); kosong bila tidak ada.';
COMMENT ON COLUMN clean.temuan.message IS 'Penjelasan temuan dalam Bahasa Indonesia untuk orang yang mengetik datanya.';
