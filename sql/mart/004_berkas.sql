-- mart.berkas: the inputs of this run, as the review workbook lists them:
-- path, size, SHA-256, status, and the forms recognised in each.
CREATE TABLE mart.berkas AS
SELECT f.file_id, f.path, f.size_bytes, f.sha256, f.status, f.note,
       (SELECT string_agg(s.sheet || ' → ' || s.form, '; ' ORDER BY s.sheet_index)
          FROM raw.sheets s WHERE s.file_id = f.file_id AND s.form IS NOT NULL) AS formulir
FROM raw.files f;
COMMENT ON TABLE mart.berkas IS 'Berkas masukan proses ini: jalur, ukuran, SHA-256, status, dan formulir yang dikenali di tiap lembar.';
