-- raw.sheets: the sheets of every spreadsheet read, and which form each was
-- recognised as (empty when none).
CREATE TABLE raw.sheets (
    file_id     INTEGER NOT NULL,
    sheet_index INTEGER NOT NULL,
    sheet       VARCHAR NOT NULL,
    form        VARCHAR,            -- tabel23, tabel24, renstra.tabel61, pengaturan, …
    title       VARCHAR,            -- the title text that identified it
    max_row     INTEGER NOT NULL,
    max_col     INTEGER NOT NULL,
    cells       INTEGER NOT NULL
);
COMMENT ON TABLE raw.sheets IS 'Lembar kerja setiap berkas spreadsheet dan jenis formulir yang dikenali.';
COMMENT ON COLUMN raw.sheets.file_id IS 'Berkas asal lembar (raw.files.file_id).';
COMMENT ON COLUMN raw.sheets.sheet_index IS 'Urutan lembar di dalam workbook, mulai dari 0.';
COMMENT ON COLUMN raw.sheets.sheet IS 'Nama lembar (tab) di workbook.';
COMMENT ON COLUMN raw.sheets.form IS 'Formulir yang dikenali: tabel23, tabel24, pengaturan, renstra.dokumen, renstra.unit, renstra.tujuan_sasaran, renstra.indikator, renstra.tabel41, renstra.tabel61, renstra.tabel71, renstra.tabel72, renstra.lampiran; kosong bila lembar tidak dikenali.';
COMMENT ON COLUMN raw.sheets.title IS 'Teks judul lembar yang membuatnya dikenali sebagai formulir itu; kosong bila lembar tidak dikenali.';
COMMENT ON COLUMN raw.sheets.max_row IS 'Nomor baris terakhir yang terpakai di lembar.';
COMMENT ON COLUMN raw.sheets.max_col IS 'Nomor kolom terakhir yang terpakai di lembar (A = 1).';
COMMENT ON COLUMN raw.sheets.cells IS 'Jumlah sel berisi di lembar (baris raw.cells untuk lembar ini).';
