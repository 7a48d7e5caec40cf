-- clean.tujuan_sasaran: the plan hierarchy above programs (visi, misi,
-- tujuan, sasaran, strategi, arah kebijakan).
CREATE TABLE clean.tujuan_sasaran AS
SELECT file_id,
       trim(max(raw_text) FILTER (WHERE field = 'kode'))       AS kode,
       trim(max(raw_text) FILTER (WHERE field = 'jenis'))      AS jenis,
       max(raw_text) FILTER (WHERE field = 'uraian')           AS uraian,
       trim(max(raw_text) FILTER (WHERE field = 'kode_induk')) AS kode_induk
FROM raw.values WHERE form = 'renstra.tujuan_sasaran'
GROUP BY file_id, sheet, row_no;
COMMENT ON TABLE clean.tujuan_sasaran IS 'Visi, misi, tujuan, sasaran, strategi dan arah kebijakan dengan kode induknya.';
