-- meta.run_inputs: the input files of every finished run, with content hash
-- and what was read from each.
CREATE TABLE meta.run_inputs (
    run_id     VARCHAR NOT NULL,
    path       VARCHAR NOT NULL,
    sha256     VARCHAR,
    size_bytes BIGINT,
    status     VARCHAR,
    sheets     INTEGER,
    cells      INTEGER,
    "values"   INTEGER,
    findings   INTEGER,
    copied     BOOLEAN             -- its raw rows were copied from the warehouse published before
);
COMMENT ON TABLE meta.run_inputs IS 'Berkas masukan setiap proses: jalur, hash SHA-256, ukuran, status, jumlah lembar, sel, nilai dan temuan.';
COMMENT ON COLUMN meta.run_inputs.run_id IS 'Proses (meta.runs.run_id).';
COMMENT ON COLUMN meta.run_inputs.path IS 'Jalur berkas relatif terhadap folder masukan.';
COMMENT ON COLUMN meta.run_inputs.sha256 IS 'Hash SHA-256 isi berkas saat dibaca.';
COMMENT ON COLUMN meta.run_inputs.size_bytes IS 'Ukuran berkas dalam byte.';
COMMENT ON COLUMN meta.run_inputs.status IS 'dibaca, dilewati, gagal, duplikat.';
COMMENT ON COLUMN meta.run_inputs.sheets IS 'Jumlah lembar kerja.';
COMMENT ON COLUMN meta.run_inputs.cells IS 'Jumlah sel berisi yang dibaca.';
COMMENT ON COLUMN meta.run_inputs."values" IS 'Jumlah nilai formulir yang dikenali.';
COMMENT ON COLUMN meta.run_inputs.findings IS 'Jumlah temuan saat membaca berkas ini.';
COMMENT ON COLUMN meta.run_inputs.copied IS 'Benar bila baris raw berkas ini disalin dari gudang data yang terbit sebelumnya (isinya tidak berubah sejak dibaca), tidak dibaca ulang; kosong untuk proses dari versi sebelum ini.';
