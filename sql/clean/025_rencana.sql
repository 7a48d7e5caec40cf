-- clean.rencana: every target and Rp figure of Tabel 6.1, per row and year
-- (NULL year = "kondisi akhir periode"), with its cell.
CREATE TABLE clean.rencana AS
SELECT pk.file_id, pk.file, pk.sheet, pk.row_no, pk.seq, pk.blok, pk.kode, pk.jenis, pk.lanjutan,
       CASE v.field WHEN 'target_akhir' THEN 'target' WHEN 'rp_akhir' THEN 'rp' ELSE v.field END AS measure,
       v.field IN ('target_akhir', 'rp_akhir') AS akhir,
       v.year, v.num AS value, coalesce(v.percent, false) AS percent, v.unit, v.status, v.raw_text, v.cell
FROM raw.values v
JOIN clean.program_kegiatan pk ON pk.file_id = v.file_id AND pk.sheet = v.sheet AND pk.row_no = v.row_no
WHERE v.form = 'renstra.tabel61' AND v.field IN ('target', 'rp', 'target_akhir', 'rp_akhir');
COMMENT ON TABLE clean.rencana IS 'Target dan pagu (Rp) Tabel 6.1 per baris dan tahun; tahun kosong = kondisi akhir periode Renstra.';
