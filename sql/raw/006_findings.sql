-- raw.findings: problems in the data met while reading, for the people who
-- typed it: where, what was there, what was expected.
CREATE TABLE raw.findings (
    seq       INTEGER NOT NULL,
    severity  VARCHAR NOT NULL,     -- tinggi, sedang, rendah, info
    rule      VARCHAR NOT NULL,
    file      VARCHAR,
    sheet     VARCHAR,
    cell      VARCHAR,
    raw_text  VARCHAR,
    expected  VARCHAR,
    message   VARCHAR NOT NULL,
    file_id   INTEGER              -- the input whose reading met it; empty for the run's own
);
COMMENT ON TABLE raw.findings IS 'Temuan saat membaca berkas masukan: berkas, lembar, sel, isi asli, yang diharapkan, dan penjelasannya.';
COMMENT ON COLUMN raw.findings.seq IS 'Nomor urut temuan (urut berkas, lembar, sel).';
COMMENT ON COLUMN raw.findings.severity IS 'Tingkat keparahan: tinggi, sedang, rendah, info.';
COMMENT ON COLUMN raw.findings.rule IS 'Kode aturan yang menghasilkan temuan, mis. baca.angka, baca.berkas, baca.lembar, baca.kepala, baca.kolom, baca.duplikat.';
COMMENT ON COLUMN raw.findings.file IS 'Jalur berkas tempat temuan, relatif terhadap folder masukan.';
COMMENT ON COLUMN raw.findings.sheet IS 'Nama lembar tempat temuan; kosong bila temuan mengenai berkas utuh.';
COMMENT ON COLUMN raw.findings.cell IS 'Alamat sel tempat temuan (gaya A1); kosong bila temuan tidak mengenai satu sel.';
COMMENT ON COLUMN raw.findings.raw_text IS 'Isi asli yang bermasalah, seperti diketik; deret 16 digit (NIK) disamarkan.';
COMMENT ON COLUMN raw.findings.expected IS 'Yang diharapkan di tempat itu (mis. angka, nilai rupiah, baris judul kolom); kosong bila tidak ada.';
COMMENT ON COLUMN raw.findings.message IS 'Penjelasan temuan dalam Bahasa Indonesia untuk orang yang mengetik datanya.';
COMMENT ON COLUMN raw.findings.file_id IS 'Berkas (raw.files.file_id) yang pembacaannya menghasilkan temuan ini; kosong untuk temuan proses (mis. berkas ganda, konversi, kunci NIK).';
