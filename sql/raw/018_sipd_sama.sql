-- raw.sipd_sama: the places of the SIPD-RI export rows that repeat, field
-- for field, a row of raw.sipd_isi (a later place, or a later row of the
-- same sheet): a narrow row each instead of the whole row again.
CREATE TABLE raw.sipd_sama (
    file_id  INTEGER NOT NULL,
    sheet    VARCHAR,
    row_no   INTEGER NOT NULL,
    isi_a    BIGINT NOT NULL,
    isi_b    BIGINT NOT NULL
);
COMMENT ON TABLE raw.sipd_sama IS 'Tempat baris ekspor SIPD-RI yang isinya sama persis dengan baris di raw.sipd_isi (di berkas yang lebih baru, atau lebih bawah di lembar yang sama): satu baris ringkas, bukan seluruh isinya lagi.';
COMMENT ON COLUMN raw.sipd_sama.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN raw.sipd_sama.sheet IS 'Lembar, untuk ekspor .xlsx; kosong untuk .csv.';
COMMENT ON COLUMN raw.sipd_sama.row_no IS 'Nomor baris di berkas (baris judul kolom dihitung), mulai dari 1.';
COMMENT ON COLUMN raw.sipd_sama.isi_a IS '64 bit pertama SHA-256 isi baris: isinya di baris raw.sipd_isi yang berhash sama.';
COMMENT ON COLUMN raw.sipd_sama.isi_b IS '64 bit kedua SHA-256 isi baris.';
