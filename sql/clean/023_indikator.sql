-- clean.indikator: each indicator with satuan, polarity, formula (Lampiran)
-- and responsible unit. Polarity decides capaian: positif R ÷ T × 100,
-- negatif (2T − R) ÷ T × 100. A blank or unknown polarity is read as positif
-- and listed in the review.
CREATE TABLE clean.indikator AS
WITH p AS (
    SELECT file_id, sheet, row_no,
           trim(max(raw_text) FILTER (WHERE field = 'kode'))       AS kode,
           max(raw_text) FILTER (WHERE field = 'nama')             AS nama,
           trim(max(raw_text) FILTER (WHERE field = 'tingkat'))    AS tingkat,
           trim(max(raw_text) FILTER (WHERE field = 'kode_induk')) AS kode_induk,
           trim(max(raw_text) FILTER (WHERE field = 'satuan'))     AS satuan,
           lower(trim(max(raw_text) FILTER (WHERE field = 'polaritas'))) AS polaritas_typed,
           max(cell) FILTER (WHERE field = 'polaritas')            AS polaritas_cell,
           max(raw_text) FILTER (WHERE field = 'formula')          AS formula,
           max(cell) FILTER (WHERE field = 'formula')              AS formula_cell,
           upper(trim(max(raw_text) FILTER (WHERE field = 'unit'))) AS unit,
           max(raw_text) FILTER (WHERE field = 'nama_lain')        AS nama_lain,
           max(raw_text) FILTER (WHERE field = 'catatan')          AS catatan
    FROM raw.values WHERE form = 'renstra.indikator'
    GROUP BY file_id, sheet, row_no
)
SELECT p.file_id, f.path AS file, p.sheet, p.row_no, p.kode, p.nama, p.tingkat, p.kode_induk, p.satuan,
       CASE WHEN p.polaritas_typed IN ('negatif', 'negative', '-') THEN 'negatif' ELSE 'positif' END AS polaritas,
       p.polaritas_typed, p.polaritas_cell,
       p.formula, p.formula_cell, p.unit, p.nama_lain, p.catatan
FROM p JOIN raw.files f USING (file_id);
COMMENT ON TABLE clean.indikator IS 'Indikator kinerja: satuan, polaritas (positif: makin besar makin baik; negatif: sebaliknya), formula Lampiran, unit penanggung jawab.';
COMMENT ON COLUMN clean.indikator.file_id IS 'Berkas workbook Renstra asal (raw.files.file_id).';
COMMENT ON COLUMN clean.indikator.file IS 'Jalur workbook Renstra, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.indikator.sheet IS 'Lembar daftar indikator asal baris.';
COMMENT ON COLUMN clean.indikator.row_no IS 'Nomor baris di lembar, mulai dari 1.';
COMMENT ON COLUMN clean.indikator.kode IS 'Kode indikator (mis. IKU-01, IP-18-1, RPJMD-01); dipakai sebagai kode_indikator di tabel lain.';
COMMENT ON COLUMN clean.indikator.nama IS 'Nama indikator kinerja (mis. Prosentase koperasi aktif).';
COMMENT ON COLUMN clean.indikator.tingkat IS 'Tingkat rencana yang diukur indikator: Tujuan RPJMD, Sasaran RPJMD, Tujuan atau Program.';
COMMENT ON COLUMN clean.indikator.kode_induk IS 'Kode unsur yang diukur: kode tujuan/sasaran (mis. T1, TR1) atau kode rekening program (mis. 1.2.11.1.2.11.01.18).';
COMMENT ON COLUMN clean.indikator.satuan IS 'Satuan indikator (mis. %, orang, UMKM, provinsi).';
COMMENT ON COLUMN clean.indikator.polaritas IS 'Polaritas yang dipakai: positif (makin besar makin baik, capaian = R ÷ T × 100) atau negatif (makin kecil makin baik, capaian = (2T − R) ÷ T × 100); kosong atau tak dikenal dianggap positif.';
COMMENT ON COLUMN clean.indikator.polaritas_typed IS 'Polaritas seperti diketik, huruf kecil; kosong bila tidak diisi.';
COMMENT ON COLUMN clean.indikator.polaritas_cell IS 'Alamat sel polaritas (gaya A1), untuk temuan polaritas kosong atau tak dikenal.';
COMMENT ON COLUMN clean.indikator.formula IS 'Rumus perhitungan indikator menurut Lampiran Renstra; kosong bila Lampiran tidak memuat formulasi.';
COMMENT ON COLUMN clean.indikator.formula_cell IS 'Sel asal formula (lembar Indikator).';
COMMENT ON COLUMN clean.indikator.unit IS 'Kode unit kerja penanggung jawab (SEK, PKK, P2K, PK, PUM; lihat clean.unit).';
COMMENT ON COLUMN clean.indikator.nama_lain IS 'Ejaan lain nama indikator di tabel Renstra lainnya, dipisah " | "; kosong bila tidak ada.';
COMMENT ON COLUMN clean.indikator.catatan IS 'Catatan transkripsi: di tabel mana indikator tercetak dan alasan pemilihan unit penanggung jawab.';
