-- mart.lakip_kinerja: the performance part of the LAKIP (PermenPAN-RB
-- 53/2014, Bab III) for the period's year: every indicator of the Renstra
-- at tujuan/sasaran level (IKU, the Perjanjian Kinerja) and program level
-- that has a target for the year, with
--   target      the year's target (Tabel 7.2, else 6.1, 7.1, 4.1, Lampiran);
--   realisasi   computed from the units' registers with the Lampiran
--               formula (mart.indikator_bulanan) where the registers allow,
--               else the value the responsible unit typed for the program
--               row (mart.realisasi_bulanan), at the period's month;
--   capaian     by the indicator's polarity (meta.capaian), and predikat;
--   N−1, N−2    realisasi of the two years before from Tabel 2.3
--               (published history and December reports; matched by the
--               indicator's name or the planner's Padanan Tabel 2.3), else
--               for the Renstra's first year its kondisi awal; target the
--               Renstra's of that year, else Tabel 2.3's;
--   target_akhir the target of the Renstra's last year, and how far the
--               realisasi has come towards it (capaian_akhir).
-- Each figure keeps the file, sheet and cell it came from.
CREATE TABLE mart.lakip_kinerja AS
WITH p AS (SELECT period_year AS year, period_month AS month, renstra_akhir FROM mart.laporan),
target AS (
    SELECT kode_indikator, year,
           arg_min(value, r) AS target, arg_min(file, r) AS file, arg_min(sheet, r) AS sheet, arg_min(cell, r) AS cell
    FROM (SELECT t.*, CASE t.sumber WHEN 'Tabel 7.2' THEN 1 WHEN 'Tabel 6.1' THEN 2 WHEN 'Tabel 7.1' THEN 3 WHEN 'Tabel 4.1' THEN 4 ELSE 5 END
                 + CASE WHEN b.file_id = t.file_id THEN 0 ELSE 10 END AS r -- the plan in force for the year first
          FROM clean.target t LEFT JOIN clean.renstra_berlaku b ON b.year = t.year
          WHERE t.value IS NOT NULL AND t.status = 'ok')
    GROUP BY kode_indikator, year
),
ind AS (
    -- an indicator as the plan in force for the year lists it (an
    -- indicator continued into a later plan keeps its code, with the
    -- later plan's program as its parent)
    SELECT i.kode, i.nama, i.tingkat, i.kode_induk, i.satuan, i.polaritas, i.formula, i.unit, i.nama_lain, i.row_no AS urut_renstra
    FROM clean.indikator i CROSS JOIN p
    LEFT JOIN clean.renstra_berlaku b ON b.year = p.year AND b.file_id = i.file_id
    WHERE i.tingkat IN ('Tujuan', 'Sasaran', 'Program')
    QUALIFY row_number() OVER (PARTITION BY i.kode ORDER BY b.file_id IS NOT NULL DESC, i.file_id, i.row_no) = 1
),
reg AS (
    SELECT b.kode_indikator, any_value(b.nilai) AS nilai, any_value(b.pembilang) AS pembilang, any_value(b.penyebut) AS penyebut,
           any_value(b.file_register) AS file, any_value(b.file_penyebut) AS file_penyebut, any_value(b.unit_register) AS unit
    FROM mart.indikator_bulanan b JOIN p ON p.year = b.year AND p.month = b.month
    WHERE b.nilai IS NOT NULL
    GROUP BY b.kode_indikator
),
ketik AS (
    SELECT r.kode_indikator, any_value(r.kinerja) AS kinerja, any_value(r.file_kinerja) AS file,
           any_value(r.sheet_kinerja) AS sheet, any_value(r.cell_kinerja) AS cell, any_value(r.bulan_kinerja) AS bulan
    FROM mart.realisasi_bulanan r JOIN p ON p.year = r.year AND p.month = r.month
    WHERE r.kode_indikator IS NOT NULL AND r.kinerja IS NOT NULL
    GROUP BY r.kode_indikator
),
hist AS (
    -- Tabel 2.3's realisasi and target by indicator name and year, any
    -- window, a "(2010-2015)" in a published name ignored
    SELECT meta.norm_nama(regexp_replace(indikator, '\(\s*\d{4}\s*[-–]\s*\d{4}\s*\)', '', 'g')) AS nama, year,
           any_value(value) FILTER (WHERE measure = 'realisasi') AS realisasi,
           any_value(value) FILTER (WHERE measure = 'target') AS target
    FROM mart.tabel23 WHERE value IS NOT NULL
    GROUP BY ALL
),
names AS (
    SELECT kode, meta.norm_nama(nama) AS nama FROM ind
    UNION
    -- an indicator a later plan renamed: its predecessor's name (clean.padanan_kode)
    SELECT p.kode_baru, meta.norm_nama(i.nama)
    FROM clean.padanan_kode p JOIN clean.indikator i ON i.kode = p.kode_lama
    WHERE p.status = 'ok' AND p.jenis_lama = 'indikator' AND p.jenis_baru = 'indikator'
    UNION
    SELECT kode, meta.norm_nama(trim(x)) FROM ind, unnest(string_split(coalesce(nama_lain, ''), '|')) u(x) WHERE trim(x) <> ''
),
paired AS (
    -- a published Tabel 2.3 row the planner paired with the indicator
    SELECT kode, meta.norm_nama(regexp_replace(uraian, '\(\s*\d{4}\s*[-–]\s*\d{4}\s*\)', '', 'g')) AS nama
    FROM clean.padanan_tabel23 WHERE status = 'ok'
),
awal AS (
    -- the Renstra's kondisi awal: the realisasi of its first year, as that
    -- Renstra prints it (the plan before may give the same year a target)
    SELECT t.kode_indikator AS kode, t.year,
           arg_min(t.value, CASE t.sumber WHEN 'Tabel 7.2' THEN 1 WHEN 'Tabel 6.1' THEN 2 WHEN 'Tabel 7.1' THEN 3 WHEN 'Tabel 4.1' THEN 4 ELSE 5 END) AS realisasi
    FROM clean.target t JOIN clean.renstra rs ON rs.file_id = t.file_id AND t.year = rs.tahun_awal_perencanaan
    WHERE t.value IS NOT NULL AND t.status = 'ok'
    GROUP BY t.kode_indikator, t.year
),
hk0 AS (
    SELECT n.kode, h.year, any_value(h.realisasi) AS realisasi, any_value(h.target) AS target
    FROM (SELECT * FROM names UNION SELECT * FROM paired) n JOIN hist h USING (nama) GROUP BY ALL
),
hk AS (
    -- N−1 and N−2: the realisasi Tabel 2.3 has (published, or the December
    -- reports), else the Renstra's kondisi awal for its first year; the
    -- target the Renstra's for the year, else Tabel 2.3's
    SELECT coalesce(h.kode, a.kode, t.kode_indikator) AS kode, coalesce(h.year, a.year, t.year) AS year,
           coalesce(h.realisasi, a.realisasi) AS realisasi,
           CASE WHEN h.realisasi IS NOT NULL THEN 'Tabel 2.3' WHEN a.realisasi IS NOT NULL THEN 'kondisi awal Renstra' END AS realisasi_asal,
           coalesce(t.target, h.target) AS target
    FROM hk0 h
    FULL JOIN awal a ON a.kode = h.kode AND a.year = h.year
    FULL JOIN target t ON t.kode_indikator = coalesce(h.kode, a.kode) AND t.year = coalesce(h.year, a.year)
),
rows AS (
    SELECT i.*, p.year, p.month, t.target, t.file AS target_file, t.sheet AS target_sheet, t.cell AS target_cell,
           ta.target AS target_akhir, ta.file AS target_akhir_file, ta.sheet AS target_akhir_sheet, ta.cell AS target_akhir_cell,
           coalesce(g.nilai, k.kinerja) AS realisasi,
           CASE WHEN g.nilai IS NOT NULL THEN 'register' WHEN k.kinerja IS NOT NULL THEN 'laporan unit' END AS sumber_realisasi,
           g.pembilang, g.penyebut,
           CASE WHEN g.nilai IS NOT NULL THEN g.file ELSE k.file END AS realisasi_file,
           CASE WHEN g.nilai IS NOT NULL THEN g.file_penyebut END AS penyebut_file,
           CASE WHEN g.nilai IS NULL THEN k.sheet END AS realisasi_sheet,
           CASE WHEN g.nilai IS NULL THEN k.cell END AS realisasi_cell
    FROM ind i CROSS JOIN p
    JOIN target t ON t.kode_indikator = i.kode AND t.year = p.year
    LEFT JOIN target ta ON ta.kode_indikator = i.kode AND ta.year = p.renstra_akhir
    LEFT JOIN reg g ON g.kode_indikator = i.kode
    LEFT JOIN ketik k ON k.kode_indikator = i.kode
)
SELECT CAST(row_number() OVER (ORDER BY CASE WHEN r.tingkat = 'Program' THEN 2 ELSE 1 END, r.kode) AS INTEGER) AS urut,
       r.year, r.month, CASE WHEN r.tingkat = 'Program' THEN 'Program' ELSE 'IKU' END AS jenis,
       (SELECT string_agg(t.uraian, '; ' ORDER BY t.kode) FROM clean.tujuan_sasaran t JOIN clean.renstra_berlaku b ON b.file_id = t.file_id AND b.year = r.year
        WHERE t.jenis = 'Sasaran') AS sasaran,
       r.kode AS kode_indikator, r.nama AS indikator, r.formula, r.satuan, r.polaritas, r.unit,
       CASE WHEN r.tingkat = 'Program' THEN r.kode_induk END AS program_kode,
       r.target, r.realisasi, meta.capaian(r.realisasi, r.target, r.polaritas) AS capaian,
       meta.predikat(meta.capaian(r.realisasi, r.target, r.polaritas)) AS predikat,
       r.sumber_realisasi, r.pembilang, r.penyebut,
       h1.realisasi AS realisasi_n1, h1.target AS target_n1, meta.capaian(h1.realisasi, h1.target, r.polaritas) AS capaian_n1, h1.realisasi_asal AS realisasi_n1_asal,
       h2.realisasi AS realisasi_n2, h2.target AS target_n2, meta.capaian(h2.realisasi, h2.target, r.polaritas) AS capaian_n2, h2.realisasi_asal AS realisasi_n2_asal,
       r.target_akhir, meta.capaian(r.realisasi, r.target_akhir, r.polaritas) AS capaian_akhir,
       r.target_file, r.target_sheet, r.target_cell, r.realisasi_file, r.realisasi_sheet, r.realisasi_cell, r.penyebut_file,
       r.target_akhir_file, r.target_akhir_sheet, r.target_akhir_cell
FROM rows r
LEFT JOIN hk h1 ON h1.kode = r.kode AND h1.year = r.year - 1
LEFT JOIN hk h2 ON h2.kode = r.kode AND h2.year = r.year - 2;
COMMENT ON TABLE mart.lakip_kinerja IS 'Kinerja untuk LAKIP tahun periode: indikator tujuan/sasaran (IKU, Perjanjian Kinerja) dan program yang bertarget tahun itu — target, realisasi (dari register atau laporan unit), capaian, predikat, perbandingan dengan dua tahun sebelumnya dan dengan target akhir Renstra, beserta sel asal.';
COMMENT ON COLUMN mart.lakip_kinerja.urut IS 'Urutan: IKU dulu, lalu indikator program, menurut kode.';
COMMENT ON COLUMN mart.lakip_kinerja.year IS 'Tahun LAKIP.';
COMMENT ON COLUMN mart.lakip_kinerja.month IS 'Bulan posisi data (12 = akhir tahun).';
COMMENT ON COLUMN mart.lakip_kinerja.jenis IS 'IKU (indikator tujuan/sasaran, Perjanjian Kinerja) atau Program.';
COMMENT ON COLUMN mart.lakip_kinerja.sasaran IS 'Sasaran perangkat daerah menurut Renstra.';
COMMENT ON COLUMN mart.lakip_kinerja.kode_indikator IS 'Kode indikator (mis. IKU-01, IP-18-1).';
COMMENT ON COLUMN mart.lakip_kinerja.indikator IS 'Nama indikator.';
COMMENT ON COLUMN mart.lakip_kinerja.formula IS 'Formula indikator menurut Lampiran Renstra.';
COMMENT ON COLUMN mart.lakip_kinerja.satuan IS 'Satuan.';
COMMENT ON COLUMN mart.lakip_kinerja.polaritas IS 'positif (makin besar makin baik) atau negatif.';
COMMENT ON COLUMN mart.lakip_kinerja.unit IS 'Unit penanggung jawab.';
COMMENT ON COLUMN mart.lakip_kinerja.program_kode IS 'Kode program untuk indikator program; kosong untuk IKU.';
COMMENT ON COLUMN mart.lakip_kinerja.target IS 'Target tahun itu.';
COMMENT ON COLUMN mart.lakip_kinerja.realisasi IS 'Realisasi s.d. bulan posisi: hitungan register bila ada, selain itu nilai yang diketik unit; kosong bila tidak ada (bukan 0).';
COMMENT ON COLUMN mart.lakip_kinerja.capaian IS 'Capaian (%) menurut polaritas; kosong bila target atau realisasi tidak ada.';
COMMENT ON COLUMN mart.lakip_kinerja.predikat IS 'Predikat capaian (meta.predikat).';
COMMENT ON COLUMN mart.lakip_kinerja.sumber_realisasi IS 'register (dihitung dari register unit) atau laporan unit (diketik).';
COMMENT ON COLUMN mart.lakip_kinerja.pembilang IS 'Untuk realisasi dari register: pembilang rumus.';
COMMENT ON COLUMN mart.lakip_kinerja.penyebut IS 'Untuk realisasi dari register: penyebut rumus.';
COMMENT ON COLUMN mart.lakip_kinerja.realisasi_n1 IS 'Realisasi tahun N−1 (Tabel 2.3); kosong bila tidak ada data.';
COMMENT ON COLUMN mart.lakip_kinerja.target_n1 IS 'Target tahun N−1 (Tabel 2.3).';
COMMENT ON COLUMN mart.lakip_kinerja.capaian_n1 IS 'Capaian tahun N−1 (%).';
COMMENT ON COLUMN mart.lakip_kinerja.realisasi_n2 IS 'Realisasi tahun N−2 (Tabel 2.3); kosong bila tidak ada data.';
COMMENT ON COLUMN mart.lakip_kinerja.target_n2 IS 'Target tahun N−2 (Tabel 2.3).';
COMMENT ON COLUMN mart.lakip_kinerja.capaian_n2 IS 'Capaian tahun N−2 (%).';
COMMENT ON COLUMN mart.lakip_kinerja.target_akhir IS 'Target tahun terakhir Renstra (kondisi akhir).';
COMMENT ON COLUMN mart.lakip_kinerja.capaian_akhir IS 'Realisasi tahun N terhadap target akhir Renstra (%): sejauh mana target lima tahun tercapai.';
COMMENT ON COLUMN mart.lakip_kinerja.target_file IS 'Berkas asal target.';
COMMENT ON COLUMN mart.lakip_kinerja.target_sheet IS 'Lembar asal target.';
COMMENT ON COLUMN mart.lakip_kinerja.target_cell IS 'Sel asal target.';
COMMENT ON COLUMN mart.lakip_kinerja.realisasi_file IS 'Berkas asal realisasi: laporan unit, atau laporan yang memuat registernya.';
COMMENT ON COLUMN mart.lakip_kinerja.realisasi_sheet IS 'Lembar asal realisasi yang diketik; kosong untuk hitungan register.';
COMMENT ON COLUMN mart.lakip_kinerja.realisasi_cell IS 'Sel asal realisasi yang diketik; kosong untuk hitungan register.';
COMMENT ON COLUMN mart.lakip_kinerja.target_akhir_file IS 'Berkas asal target akhir.';
COMMENT ON COLUMN mart.lakip_kinerja.target_akhir_sheet IS 'Lembar asal target akhir.';
COMMENT ON COLUMN mart.lakip_kinerja.target_akhir_cell IS 'Sel asal target akhir.';
COMMENT ON COLUMN mart.lakip_kinerja.realisasi_n1_asal IS 'Asal realisasi N−1: Tabel 2.3 (terbitan atau laporan Desember) atau kondisi awal Renstra; kosong bila tidak ada.';
COMMENT ON COLUMN mart.lakip_kinerja.realisasi_n2_asal IS 'Asal realisasi N−2: Tabel 2.3 (terbitan atau laporan Desember) atau kondisi awal Renstra; kosong bila tidak ada.';
COMMENT ON COLUMN mart.lakip_kinerja.penyebut_file IS 'Untuk realisasi dari register: berkas laporan yang memuat register asal penyebut (IKU-01: register koperasi Bidang PKK); kosong untuk realisasi yang diketik.';
