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
COMMENT ON COLUMN clean.tujuan_sasaran.file_id IS 'Berkas workbook Renstra asal (raw.files.file_id).';
COMMENT ON COLUMN clean.tujuan_sasaran.kode IS 'Kode unsur rencana (mis. V1, M4, T1, S1, ST1, AK1, TR1, SR1).';
COMMENT ON COLUMN clean.tujuan_sasaran.jenis IS 'Jenis unsur rencana: Visi, Misi, Tujuan, Sasaran, Strategi, Arah Kebijakan, Tujuan RPJMD, Sasaran RPJMD.';
COMMENT ON COLUMN clean.tujuan_sasaran.uraian IS 'Rumusan visi, misi, tujuan, sasaran, strategi atau arah kebijakan.';
COMMENT ON COLUMN clean.tujuan_sasaran.kode_induk IS 'Kode unsur di atasnya dalam hierarki rencana (mis. S1 untuk strategi ST1); kosong untuk visi.';
