-- mart.unit: the units of the Dinas as the Renstra workbook lists them.
CREATE TABLE mart.unit AS
SELECT kode, first(nama ORDER BY row_no) AS nama, first(jenis ORDER BY row_no) AS jenis,
       first(seksi ORDER BY row_no) AS seksi, CAST(row_number() OVER (ORDER BY min(row_no), kode) AS INTEGER) AS urut
FROM clean.unit WHERE kode IS NOT NULL
GROUP BY kode;
COMMENT ON TABLE mart.unit IS 'Unit kerja Dinas: kode, nama, jenis (Sekretariat/Bidang) dan seksinya, dari workbook Renstra.';
COMMENT ON COLUMN mart.unit.urut IS 'Urutan unit seperti di workbook Renstra (Sekretariat dulu); laporan mengikuti urutan ini.';
COMMENT ON COLUMN mart.unit.kode IS 'Kode unit: SEK, PKK, P2K, PK, PUM.';
COMMENT ON COLUMN mart.unit.nama IS 'Nama unit.';
COMMENT ON COLUMN mart.unit.jenis IS 'Sekretariat atau Bidang.';
COMMENT ON COLUMN mart.unit.seksi IS 'Seksi atau sub bagian di bawah unit, dipisah titik koma.';
