-- raw.oss_sama: the places of the OSS export rows that repeat, field for
-- field, a row of raw.oss_isi (a later place, or a later row of the same
-- sheet): a narrow row each instead of the whole row again, so that a dozen
-- monthly full exports cost little more than the latest.
CREATE TABLE raw.oss_sama (
    file_id  INTEGER NOT NULL,
    sheet    VARCHAR,
    row_no   INTEGER NOT NULL,
    isi_a    BIGINT NOT NULL,
    isi_b    BIGINT NOT NULL
);
COMMENT ON TABLE raw.oss_sama IS 'Tempat baris ekspor OSS yang isinya sama persis dengan baris di raw.oss_isi (di berkas yang lebih baru, atau lebih bawah di lembar yang sama): satu baris ringkas, bukan seluruh isinya lagi.';
COMMENT ON COLUMN raw.oss_sama.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN raw.oss_sama.sheet IS 'Lembar, untuk ekspor .xlsx; kosong untuk .csv.';
COMMENT ON COLUMN raw.oss_sama.row_no IS 'Nomor baris di berkas (baris judul kolom dihitung), mulai dari 1.';
COMMENT ON COLUMN raw.oss_sama.isi_a IS '64 bit pertama SHA-256 isi baris: isinya di baris raw.oss_isi yang berhash sama.';
COMMENT ON COLUMN raw.oss_sama.isi_b IS '64 bit kedua SHA-256 isi baris.';
