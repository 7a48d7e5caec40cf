-- meta.run_outputs: the files every finished run published, with content
-- hash, so a workbook in hand can be matched to the run that wrote it.
CREATE TABLE meta.run_outputs (
    run_id VARCHAR NOT NULL,
    file   VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    bytes  BIGINT NOT NULL
);
COMMENT ON TABLE meta.run_outputs IS 'Berkas yang diterbitkan setiap proses, dengan hash SHA-256: untuk mencocokkan workbook di tangan dengan proses yang menulisnya.';
COMMENT ON COLUMN meta.run_outputs.run_id IS 'Proses (meta.runs.run_id).';
COMMENT ON COLUMN meta.run_outputs.file IS 'Jalur berkas relatif terhadap folder keluaran (periode/nama).';
COMMENT ON COLUMN meta.run_outputs.sha256 IS 'Hash SHA-256 isi berkas.';
COMMENT ON COLUMN meta.run_outputs.bytes IS 'Ukuran berkas dalam byte.';
