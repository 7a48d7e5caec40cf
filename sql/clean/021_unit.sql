-- clean.unit: the Sekretariat and the Bidang, from the Renstra workbook.
CREATE TABLE clean.unit AS
SELECT file_id,
       upper(trim(max(raw_text) FILTER (WHERE field = 'kode'))) AS kode,
       max(raw_text) FILTER (WHERE field = 'nama')  AS nama,
       max(raw_text) FILTER (WHERE field = 'jenis') AS jenis,
       max(raw_text) FILTER (WHERE field = 'seksi') AS seksi,
       max(raw_text) FILTER (WHERE field = 'tugas') AS tugas
FROM raw.values WHERE form = 'renstra.unit'
GROUP BY file_id, sheet, row_no;
COMMENT ON TABLE clean.unit IS 'Unit kerja: Sekretariat dan Bidang, dengan seksi/sub bagian dan tugas ringkasnya.';
