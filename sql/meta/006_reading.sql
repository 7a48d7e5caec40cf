-- meta.reading: what the raw rows of this warehouse were read with (one
-- row). A later run copies the raw rows of an unchanged file from this
-- warehouse instead of reading it again only when it would read with the
-- same: the same program (its reading code and raw schema), the same read
-- limits, the same NIK key, and for .xls/.ods the same LibreOffice.
CREATE TABLE meta.reading (
    reader    VARCHAR NOT NULL,  -- fingerprint of the program and its read limits
    nik_key   VARCHAR NOT NULL,  -- fingerprint of the NIK key ('' without one); never the key
    converter VARCHAR NOT NULL   -- the LibreOffice that converted .xls/.ods ('' when none)
);
COMMENT ON TABLE meta.reading IS 'Dengan apa baris raw gudang data ini dibaca (satu baris): proses berikutnya menyalin baris raw berkas yang tidak berubah dari gudang ini, tanpa membacanya lagi, hanya bila program, batas baca, kunci NIK dan LibreOffice-nya sama.';
COMMENT ON COLUMN meta.reading.reader IS 'Sidik program (kode pembaca dan skema raw) beserta batas bacanya.';
COMMENT ON COLUMN meta.reading.nik_key IS 'Sidik kunci NIK (HMAC sebuah teks tetap dengan kunci itu, bukan kuncinya); kosong tanpa kunci.';
COMMENT ON COLUMN meta.reading.converter IS 'LibreOffice yang mengonversi .xls/.ods (jalur, ukuran dan waktu programnya); kosong bila tidak terpasang.';
