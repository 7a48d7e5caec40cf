-- clean.satuan: the spellings of units met in targets, and the unit each
-- stands for. Add a row here when a new abbreviation turns up.
CREATE TABLE clean.satuan AS
SELECT * FROM (VALUES
    ('%', '%'), ('persen', '%'),
    ('bln', 'bulan'), ('bulan', 'bulan'),
    ('org', 'orang'), ('orang', 'orang'),
    ('kop', 'koperasi'), ('koperasi', 'koperasi'),
    ('keg', 'kegiatan'), ('kegiatan', 'kegiatan'),
    ('klmpr', 'kelompok'), ('kelompok', 'kelompok'),
    ('umkm', 'UMKM'), ('kumkm', 'KUMKM'),
    ('unit', 'unit'), ('buku', 'buku'), ('dokumen', 'dokumen'),
    ('provinsi', 'provinsi'), ('prosentase', '%')
) AS t(typed, satuan);
COMMENT ON TABLE clean.satuan IS 'Ejaan satuan yang ditemui (bln, org, kop, …) dan satuan bakunya.';
COMMENT ON COLUMN clean.satuan.typed IS 'Ejaan satuan seperti ditemui, huruf kecil (mis. bln, org, kop, %).';
COMMENT ON COLUMN clean.satuan.satuan IS 'Satuan baku yang dimaksud (mis. bulan, orang, koperasi, %).';
