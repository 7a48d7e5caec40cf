-- raw.rows: the rows of every recognised form table, classified.
CREATE TABLE raw.rows (
    file_id   INTEGER NOT NULL,
    sheet     VARCHAR NOT NULL,
    form      VARCHAR NOT NULL,
    row_no    INTEGER NOT NULL,
    seq       INTEGER NOT NULL,     -- order within the table, from 1
    row_kind  VARCHAR NOT NULL,     -- data, section, total, continuation
    row_key   VARCHAR,              -- the No / Kode Rekening column as typed
    label     VARCHAR,              -- the Uraian / Indikator column as typed
    section   VARCHAR               -- the section the row belongs to (e.g. "I")
);
COMMENT ON TABLE raw.rows IS 'Baris tabel formulir yang dikenali: baris data, judul bagian (I, II), baris jumlah, atau lanjutan baris sebelumnya.';
COMMENT ON COLUMN raw.rows.file_id IS 'Berkas asal baris (raw.files.file_id).';
COMMENT ON COLUMN raw.rows.sheet IS 'Nama lembar tempat baris berada.';
COMMENT ON COLUMN raw.rows.form IS 'Formulir tabel tempat baris ini, mis. tabel23, tabel24, renstra.tabel61 (lihat raw.sheets.form).';
COMMENT ON COLUMN raw.rows.row_no IS 'Nomor baris di lembar, mulai dari 1 seperti di spreadsheet.';
COMMENT ON COLUMN raw.rows.seq IS 'Urutan baris di dalam tabel formulir, mulai dari 1.';
COMMENT ON COLUMN raw.rows.row_kind IS 'Jenis baris: data, section (judul bagian, mis. I BELANJA TIDAK LANGSUNG), total (baris JUMLAH/TOTAL atau total blok belanja), continuation (lanjutan baris di atasnya, tanpa kode dan uraian), note (catatan kaki, mis. Sumber data).';
COMMENT ON COLUMN raw.rows.row_key IS 'Isi kolom No / Kode Rekening / kode baris seperti diketik (mis. 1.1, I, 1.2.11.1.2.11.01.18); untuk baris note berisi teks catatannya; kosong bila tidak ada.';
COMMENT ON COLUMN raw.rows.label IS 'Isi kolom label baris seperti diketik (Uraian, Indikator atau nama); kosong bila tidak ada.';
COMMENT ON COLUMN raw.rows.section IS 'Bagian tempat baris berada (mis. I atau II di Tabel 2.4); kosong bila tabel tidak berbagian.';
