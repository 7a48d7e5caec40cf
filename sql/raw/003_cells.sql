-- raw.cells: every non-empty cell of every sheet read, exactly as stored in
-- the file (raw_text) and as a spreadsheet program shows it (display_text).
CREATE TABLE raw.cells (
    file_id      INTEGER NOT NULL,
    sheet        VARCHAR NOT NULL,
    row_no       INTEGER NOT NULL,  -- 1-based, as in the spreadsheet
    col_no       INTEGER NOT NULL,  -- 1-based: A = 1
    cell         VARCHAR NOT NULL,  -- A1 reference
    cell_type    VARCHAR NOT NULL,  -- number, text, bool, error, date (a formula cell: the type of its result)
    raw_text     VARCHAR NOT NULL,
    display_text VARCHAR NOT NULL,
    num_format   VARCHAR,
    formula      VARCHAR
);
COMMENT ON TABLE raw.cells IS 'Setiap sel berisi dari setiap lembar yang dibaca, persis seperti tersimpan di berkas (raw_text) dan seperti tampil di Excel (display_text).';
COMMENT ON COLUMN raw.cells.raw_text IS 'Isi sel seperti tersimpan: angka dalam format C (titik desimal), teks apa adanya.';
COMMENT ON COLUMN raw.cells.display_text IS 'Isi sel seperti tampil di program spreadsheet, sesuai format angkanya.';
COMMENT ON COLUMN raw.cells.file_id IS 'Berkas asal sel (raw.files.file_id).';
COMMENT ON COLUMN raw.cells.sheet IS 'Nama lembar tempat sel berada.';
COMMENT ON COLUMN raw.cells.row_no IS 'Nomor baris sel, mulai dari 1 seperti di spreadsheet.';
COMMENT ON COLUMN raw.cells.col_no IS 'Nomor kolom sel, mulai dari 1 (A = 1, B = 2, …).';
COMMENT ON COLUMN raw.cells.cell IS 'Alamat sel gaya A1 (mis. C7).';
COMMENT ON COLUMN raw.cells.cell_type IS 'Jenis isi sel seperti tersimpan: number, text, bool, error, date; sel berumus memakai jenis nilai hasilnya.';
COMMENT ON COLUMN raw.cells.num_format IS 'Kode format angka sel (mis. #,##0 atau 0.0%); kosong bila formatnya General.';
COMMENT ON COLUMN raw.cells.formula IS 'Rumus Excel di sel, bila sel berisi rumus; kosong bila tidak.';
