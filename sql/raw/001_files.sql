-- raw.files: every file found in the inputs folder, read or not, with its
-- content hash. Nothing in the inputs folder is modified or deleted.
CREATE SCHEMA IF NOT EXISTS raw;
CREATE TABLE raw.files (
    file_id     INTEGER PRIMARY KEY,
    path        VARCHAR NOT NULL,   -- relative to the inputs folder, '/'-separated
    size_bytes  BIGINT NOT NULL,
    sha256      VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,   -- spreadsheet, document, other
    status      VARCHAR NOT NULL,   -- dibaca, dilewati, gagal, duplikat
    note        VARCHAR,
    modified_at TIMESTAMPTZ,        -- the file system's modification time
    saved_at    TIMESTAMPTZ,        -- when the workbook says it was last saved
    sheet_count INTEGER,            -- what reading it found: sheets read,
    forms       VARCHAR,            -- the forms recognised (comma-separated, in sheet order),
    cell_count  INTEGER,            -- cells kept in raw.cells (or export cells read)
    value_count INTEGER             -- and values read
);
COMMENT ON TABLE raw.files IS 'Semua berkas di folder masukan: jalur, ukuran, hash SHA-256, dan apakah dibaca, dilewati atau gagal.';
COMMENT ON COLUMN raw.files.sha256 IS 'Hash SHA-256 isi berkas; dua berkas dengan hash sama berisi data yang sama persis.';
COMMENT ON COLUMN raw.files.status IS 'dibaca, dilewati (bukan data, mis. catatan), gagal (tidak dapat dibuka), duplikat (isi sama dengan berkas lain).';
COMMENT ON COLUMN raw.files.file_id IS 'Nomor berkas dalam proses ini; kunci penghubung ke raw.sheets, raw.cells, raw.rows dan raw.values.';
COMMENT ON COLUMN raw.files.path IS 'Jalur berkas relatif terhadap folder masukan, dipisah "/" (mis. renstra/Renstra_2016-2021.xlsx).';
COMMENT ON COLUMN raw.files.size_bytes IS 'Ukuran berkas dalam byte.';
COMMENT ON COLUMN raw.files.kind IS 'Jenis berkas: spreadsheet, document (catatan .md, .txt, .pdf) atau other.';
COMMENT ON COLUMN raw.files.note IS 'Alasan berkas dilewati, gagal atau duplikat (mis. dokumen pendamping, format .xls lama, berkas kunci Excel); kosong untuk berkas yang dibaca.';
COMMENT ON COLUMN raw.files.modified_at IS 'Waktu berkas terakhir diubah menurut sistem berkas (berubah bila berkas disalin).';
COMMENT ON COLUMN raw.files.saved_at IS 'Waktu workbook terakhir disimpan menurut isinya sendiri (properti dokumen); dipakai untuk menentukan laporan mana yang terbaru.';
COMMENT ON COLUMN raw.files.sheet_count IS 'Lembar yang terbaca; kosong untuk berkas yang tidak dibaca.';
COMMENT ON COLUMN raw.files.forms IS 'Formulir yang dikenali, dipisah koma, urut lembar (mis. bulanan.kinerja,bulanan.anggaran); kosong bila tidak ada.';
COMMENT ON COLUMN raw.files.cell_count IS 'Sel yang terbaca dari berkas.';
COMMENT ON COLUMN raw.files.value_count IS 'Nilai formulir (atau baris ekspor) yang terbaca dari berkas.';
