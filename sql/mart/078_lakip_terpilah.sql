-- mart.lakip_terpilah: the LAKIP's data split by sex (PUG/ARG reporting),
-- for the period's year up to its month, where the data has the sex of who
-- is counted:
--   indikator  each indicator computed from a register that records the
--              sex of the businesses or people it counts (coached micro
--              businesses, training participants …): the numerator and the
--              denominator, with the women's part of each
--              (mart.indikator_bulanan);
--   umkm       the UMKM that obtained a licence (IUMK) or a NIB in the year
--              so far, by the owner's sex (mart.umkm_sebaran), where any
--              registration's sex is known.
-- Nothing is shown for data without the sex: an empty share, never 0.
CREATE TABLE mart.lakip_terpilah AS
WITH p AS (SELECT year, month FROM meta.periode),
ind AS (
    SELECT 1 AS bagian, i.kode_indikator AS kode, i.indikator AS uraian, i.unit_penanggung_jawab AS unit,
           i.pembilang AS jumlah, i.pembilang_perempuan AS perempuan, CAST(NULL AS DECIMAL(38,10)) AS tidak_diketahui,
           i.penyebut, i.penyebut_perempuan, i.file_register AS sumber
    FROM mart.indikator_bulanan i, p
    WHERE i.year = p.year AND i.month = p.month AND i.pembilang_perempuan IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY i.kode_indikator ORDER BY i.unit_lapor NULLS LAST) = 1
),
umkm AS (
    SELECT 2 AS bagian, CAST(NULL AS VARCHAR) AS kode,
           'UMKM yang memperoleh izin usaha (IUMK/NIB), Januari s.d. ' || meta.nama_bulan(any_value(p.month)) || ' ' || any_value(p.year) AS uraian,
           'PUM' AS unit,
           CAST(sum(s.izin_tahun_berjalan) AS DECIMAL(38,10)) AS jumlah,
           CAST(sum(s.izin_tahun_berjalan) FILTER (WHERE s.kategori = 'P') AS DECIMAL(38,10)) AS perempuan,
           CAST(sum(s.izin_tahun_berjalan) FILTER (WHERE s.kategori NOT IN ('L', 'P')) AS DECIMAL(38,10)) AS tidak_diketahui,
           CAST(NULL AS DECIMAL(38,10)) AS penyebut, CAST(NULL AS DECIMAL(38,10)) AS penyebut_perempuan,
           (SELECT string_agg(DISTINCT file, '; ' ORDER BY file) FROM mart.umkm_berkas) AS sumber
    FROM mart.umkm_sebaran s, p
    WHERE s.dimensi = 'jenis_kelamin' AND s.year = p.year AND s.month = p.month
    HAVING sum(s.izin_tahun_berjalan) FILTER (WHERE s.kategori IN ('L', 'P')) > 0
)
SELECT row_number() OVER (ORDER BY t.bagian, t.kode) AS urut, CASE t.bagian WHEN 1 THEN 'indikator' ELSE 'umkm' END AS bagian,
       t.kode, t.uraian, t.unit, u.nama AS unit_nama, t.jumlah,
       CAST(t.jumlah - t.perempuan - coalesce(t.tidak_diketahui, 0) AS DECIMAL(38,10)) AS laki_laki, t.perempuan,
       -- the women's share of those whose sex is known
       meta.pct_round2(t.perempuan, nullif(t.jumlah - coalesce(t.tidak_diketahui, 0), 0)) AS persen_perempuan,
       t.tidak_diketahui, t.penyebut, t.penyebut_perempuan, t.sumber
FROM (SELECT * FROM ind UNION ALL SELECT * FROM umkm) t
LEFT JOIN mart.unit u ON u.kode = t.unit
ORDER BY urut;
COMMENT ON TABLE mart.lakip_terpilah IS 'Data terpilah menurut jenis kelamin untuk LAKIP (PUG/ARG), tahun periode sampai bulannya: indikator dari register yang mencatat jenis kelamin pelaku, dan UMKM yang memperoleh izin (IUMK/NIB) menurut jenis kelamin pemilik.';
COMMENT ON COLUMN mart.lakip_terpilah.urut IS 'Urutan baris.';
COMMENT ON COLUMN mart.lakip_terpilah.bagian IS 'indikator (dari register) atau umkm (izin usaha).';
COMMENT ON COLUMN mart.lakip_terpilah.kode IS 'Kode indikator; kosong untuk baris UMKM.';
COMMENT ON COLUMN mart.lakip_terpilah.uraian IS 'Nama indikator atau uraian baris.';
COMMENT ON COLUMN mart.lakip_terpilah.unit IS 'Kode unit penanggung jawab.';
COMMENT ON COLUMN mart.lakip_terpilah.unit_nama IS 'Nama unit penanggung jawab, seperti dicetak.';
COMMENT ON COLUMN mart.lakip_terpilah.jumlah IS 'Pembilang indikator, atau jumlah UMKM yang memperoleh izin tahun berjalan.';
COMMENT ON COLUMN mart.lakip_terpilah.laki_laki IS 'Dari jumlah itu: laki-laki (jumlah − perempuan − tidak diketahui).';
COMMENT ON COLUMN mart.lakip_terpilah.perempuan IS 'Dari jumlah itu: yang pelakunya/pemiliknya perempuan.';
COMMENT ON COLUMN mart.lakip_terpilah.persen_perempuan IS 'Bagian perempuan dari yang jenis kelaminnya diketahui (persen, dua desimal).';
COMMENT ON COLUMN mart.lakip_terpilah.tidak_diketahui IS 'UMKM yang jenis kelamin pemiliknya tidak diketahui (ekspor tanpa kolom itu dan tanpa NIK); kosong untuk indikator.';
COMMENT ON COLUMN mart.lakip_terpilah.penyebut IS 'Penyebut indikator.';
COMMENT ON COLUMN mart.lakip_terpilah.penyebut_perempuan IS 'Bagian penyebut yang perempuan; kosong bila register tidak mencatatnya.';
COMMENT ON COLUMN mart.lakip_terpilah.sumber IS 'Berkas register atau ekspor.';
