-- clean.unit: the Sekretariat and the Bidang, from the Renstra workbook.
CREATE TABLE clean.unit AS
SELECT file_id, row_no,
       upper(trim(max(raw_text) FILTER (WHERE field = 'kode'))) AS kode,
       max(raw_text) FILTER (WHERE field = 'nama')  AS nama,
       max(raw_text) FILTER (WHERE field = 'jenis') AS jenis,
       max(raw_text) FILTER (WHERE field = 'seksi') AS seksi,
       max(raw_text) FILTER (WHERE field = 'tugas') AS tugas
FROM raw.values WHERE form = 'renstra.unit'
GROUP BY file_id, sheet, row_no;
COMMENT ON TABLE clean.unit IS 'Unit kerja: Sekretariat dan Bidang, dengan seksi/sub bagian dan tugas ringkasnya.';
COMMENT ON COLUMN clean.unit.file_id IS 'Berkas workbook Renstra asal (raw.files.file_id).';
COMMENT ON COLUMN clean.unit.row_no IS 'Baris di lembar unit workbook Renstra (urutan unit).';
COMMENT ON COLUMN clean.unit.kode IS 'Kode singkat unit kerja, huruf besar: SEK, PKK, P2K, PK, PUM.';
COMMENT ON COLUMN clean.unit.nama IS 'Nama unit kerja (mis. Bidang Pemberdayaan Usaha Mikro).';
COMMENT ON COLUMN clean.unit.jenis IS 'Jenis unit: Sekretariat atau Bidang.';
COMMENT ON COLUMN clean.unit.seksi IS 'Seksi atau sub bagian di bawah unit, dipisah titik koma.';
COMMENT ON COLUMN clean.unit.tugas IS 'Ringkasan tugas unit kerja.';
