-- mart.indikator_bulanan: every indicator the registers allow, per month,
-- beside the year's target and the value the responsible unit typed in its
-- report for the same month. One row per indicator, month and typing unit
-- (a month where nobody typed it has one row with the typed columns empty).
-- The computation is in the mart.ind_* tables, one per indicator, each with
-- its Lampiran formula in its header.
CREATE TABLE mart.indikator_bulanan AS
WITH hitung AS (
    SELECT * FROM calc.ind_koperasi_aktif
    UNION ALL BY NAME SELECT * FROM calc.ind_koperasi_sehat
    UNION ALL BY NAME SELECT * FROM calc.ind_koperasi_baik
    UNION ALL BY NAME SELECT * FROM calc.ind_omset_koperasi
    UNION ALL BY NAME SELECT * FROM calc.ind_umkm_omset_naik
    UNION ALL BY NAME SELECT * FROM calc.ind_kualitas_produk
    UNION ALL BY NAME SELECT * FROM calc.ind_kualitas_usaha
    UNION ALL BY NAME SELECT * FROM calc.ind_akses_pembiayaan
    UNION ALL BY NAME SELECT * FROM calc.ind_akses_pemasaran
    UNION ALL BY NAME SELECT * FROM mart.ind_legalitas
),
target AS (
    SELECT kode_indikator, year,
           arg_min(value, r) AS target
    FROM (SELECT t.*, CASE t.sumber WHEN 'Tabel 7.2' THEN 1 WHEN 'Tabel 6.1' THEN 2 WHEN 'Tabel 7.1' THEN 3 WHEN 'Tabel 4.1' THEN 4 ELSE 5 END
                 + CASE WHEN b.file_id = t.file_id THEN 0 ELSE 10 END AS r -- the plan in force for the year first
          FROM clean.target t LEFT JOIN clean.renstra_berlaku b ON b.year = t.year
          WHERE t.value IS NOT NULL AND t.status = 'ok')
    GROUP BY kode_indikator, year
),
ketik AS (
    SELECT unit, year, month, kode_indikator, file, sheet, kinerja, kinerja_raw, kinerja_cell, kinerja_status
    FROM clean.realisasi
    WHERE kode_indikator IS NOT NULL AND row_kind = 'data'
)
SELECT h.kode_indikator, i.nama AS indikator, i.unit AS unit_penanggung_jawab, h.year, h.month,
       h.unit AS unit_register, h.file AS file_register, coalesce(h.file_penyebut, h.file) AS file_penyebut,
       h.pembilang, h.penyebut, h.nilai, h.pembilang_perempuan, h.penyebut_perempuan,
       t.target,
       k.unit AS unit_lapor, k.kinerja AS nilai_lapor, k.kinerja_raw AS raw_lapor, k.kinerja_status AS status_lapor,
       k.file AS file_lapor, k.sheet AS sheet_lapor, k.kinerja_cell AS cell_lapor,
       CAST(k.kinerja - h.nilai AS DECIMAL(38,10)) AS selisih
FROM hitung h
LEFT JOIN (SELECT DISTINCT kode, nama, unit FROM clean.indikator) i ON i.kode = h.kode_indikator
LEFT JOIN target t ON t.kode_indikator = h.kode_indikator AND t.year = h.year
LEFT JOIN ketik k ON k.kode_indikator = h.kode_indikator AND k.year = h.year AND k.month = h.month;
COMMENT ON TABLE mart.indikator_bulanan IS 'Indikator yang dapat dihitung dari register, per bulan laporan, di samping target tahun itu dan nilai yang diketik unit penanggung jawab di laporannya bulan yang sama.';
COMMENT ON COLUMN mart.indikator_bulanan.kode_indikator IS 'Kode indikator (clean.indikator).';
COMMENT ON COLUMN mart.indikator_bulanan.indikator IS 'Nama indikator menurut Renstra.';
COMMENT ON COLUMN mart.indikator_bulanan.unit_penanggung_jawab IS 'Unit penanggung jawab indikator menurut Renstra.';
COMMENT ON COLUMN mart.indikator_bulanan.year IS 'Tahun laporan.';
COMMENT ON COLUMN mart.indikator_bulanan.month IS 'Bulan laporan.';
COMMENT ON COLUMN mart.indikator_bulanan.unit_register IS 'Unit yang melaporkan register tempat indikator dihitung.';
COMMENT ON COLUMN mart.indikator_bulanan.file_register IS 'Berkas laporan yang memuat register (asal pembilang).';
COMMENT ON COLUMN mart.indikator_bulanan.file_penyebut IS 'Berkas laporan yang memuat register asal penyebut; sama dengan file_register kecuali penyebutnya dari register unit lain (IKU-01: register koperasi Bidang PKK).';
COMMENT ON COLUMN mart.indikator_bulanan.pembilang IS 'Pembilang rumus Lampiran (lihat tabel mart.ind_* indikator ini).';
COMMENT ON COLUMN mart.indikator_bulanan.penyebut IS 'Penyebut rumus Lampiran.';
COMMENT ON COLUMN mart.indikator_bulanan.nilai IS 'Nilai indikator hasil hitung dari register (persen, dua desimal).';
COMMENT ON COLUMN mart.indikator_bulanan.pembilang_perempuan IS 'Bagian pembilang yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
COMMENT ON COLUMN mart.indikator_bulanan.penyebut_perempuan IS 'Bagian penyebut yang pelakunya perempuan; kosong bila register tidak mencatat jenis kelamin.';
COMMENT ON COLUMN mart.indikator_bulanan.target IS 'Target indikator tahun itu (Tabel 7.2, bila tidak ada Tabel 6.1, 7.1, 4.1, Lampiran).';
COMMENT ON COLUMN mart.indikator_bulanan.unit_lapor IS 'Unit yang mengetik nilai indikator di laporan realisasinya; kosong bila tidak ada yang mengetik.';
COMMENT ON COLUMN mart.indikator_bulanan.nilai_lapor IS 'Nilai indikator yang diketik unit; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN mart.indikator_bulanan.raw_lapor IS 'Isi asli sel nilai yang diketik.';
COMMENT ON COLUMN mart.indikator_bulanan.status_lapor IS 'Status pembacaan sel itu: ok, kosong, tidak_terbaca.';
COMMENT ON COLUMN mart.indikator_bulanan.file_lapor IS 'Berkas laporan realisasi tempat nilai diketik.';
COMMENT ON COLUMN mart.indikator_bulanan.sheet_lapor IS 'Lembar tempat nilai diketik.';
COMMENT ON COLUMN mart.indikator_bulanan.cell_lapor IS 'Sel tempat nilai diketik.';
COMMENT ON COLUMN mart.indikator_bulanan.selisih IS 'Nilai diketik − nilai hitung; kosong bila salah satunya tidak ada.';
