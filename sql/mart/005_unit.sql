-- mart.unit: the units of the Dinas as the Renstra workbook lists them.
CREATE TABLE mart.unit AS
SELECT DISTINCT kode, nama, jenis, seksi FROM clean.unit WHERE kode IS NOT NULL;
COMMENT ON TABLE mart.unit IS 'Unit kerja Dinas: kode, nama, jenis (Sekretariat/Bidang) dan seksinya, dari workbook Renstra.';
COMMENT ON COLUMN mart.unit.kode IS 'Kode unit: SEK, PKK, P2K, PK, PUM.';
COMMENT ON COLUMN mart.unit.nama IS 'Nama unit.';
COMMENT ON COLUMN mart.unit.jenis IS 'Sekretariat atau Bidang.';
COMMENT ON COLUMN mart.unit.seksi IS 'Seksi atau sub bagian di bawah unit, dipisah titik koma.';
