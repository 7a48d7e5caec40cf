-- mart.lakip_efisiensi: per program of the LKPJ, the average capaian of its
-- indicators (mart.lakip_kinerja) beside the serapan of its budget
-- (mart.lkpj): a program that achieved more than it spent used its budget
-- efficiently (PermenPAN-RB 53/2014, analisis efisiensi). A program
-- without an indicator capaian shows its serapan alone.
CREATE TABLE mart.lakip_efisiensi AS
WITH prog AS (
    SELECT kode, any_value(uraian) AS uraian, any_value(unit_nama) AS unit_nama, min(urut) AS urut,
           any_value(pagu) FILTER (WHERE pagu IS NOT NULL) AS pagu,
           any_value(realisasi_rp) FILTER (WHERE pagu IS NOT NULL) AS realisasi_rp,
           any_value(serapan) FILTER (WHERE pagu IS NOT NULL) AS serapan
    FROM mart.lkpj WHERE tingkat = 'program' GROUP BY kode
),
cap AS (
    SELECT program_kode, count(*) AS indikator, count(capaian) AS indikator_bercapaian,
           round(avg(capaian), 2) AS rata_capaian
    FROM mart.lakip_kinerja WHERE jenis = 'Program' GROUP BY program_kode
)
SELECT CAST(row_number() OVER (ORDER BY p.urut) AS INTEGER) AS urut, p.kode, p.uraian, p.unit_nama,
       coalesce(c.indikator, 0) AS indikator, coalesce(c.indikator_bercapaian, 0) AS indikator_bercapaian,
       CAST(c.rata_capaian AS DECIMAL(38,10)) AS rata_capaian, p.pagu, p.realisasi_rp, p.serapan,
       CAST(c.rata_capaian - p.serapan AS DECIMAL(38,10)) AS selisih,
       CASE WHEN c.rata_capaian IS NULL OR p.serapan IS NULL THEN NULL
            WHEN c.rata_capaian >= p.serapan THEN 'efisien' ELSE 'kurang efisien' END AS penilaian
FROM prog p LEFT JOIN cap c ON c.program_kode = p.kode;
COMMENT ON TABLE mart.lakip_efisiensi IS 'Efisiensi per program untuk LAKIP: rata-rata capaian indikator program di samping serapan anggarannya.';
COMMENT ON COLUMN mart.lakip_efisiensi.urut IS 'Urutan program seperti di LKPJ.';
COMMENT ON COLUMN mart.lakip_efisiensi.kode IS 'Kode program.';
COMMENT ON COLUMN mart.lakip_efisiensi.uraian IS 'Nama program.';
COMMENT ON COLUMN mart.lakip_efisiensi.unit_nama IS 'Unit pelaksana.';
COMMENT ON COLUMN mart.lakip_efisiensi.indikator IS 'Jumlah indikator program bertarget tahun ini.';
COMMENT ON COLUMN mart.lakip_efisiensi.indikator_bercapaian IS 'Jumlah indikator program yang capaiannya dapat dihitung.';
COMMENT ON COLUMN mart.lakip_efisiensi.rata_capaian IS 'Rata-rata capaian indikator program (%), dua desimal; kosong bila tidak ada.';
COMMENT ON COLUMN mart.lakip_efisiensi.pagu IS 'Pagu program (jumlah kegiatannya, rupiah).';
COMMENT ON COLUMN mart.lakip_efisiensi.realisasi_rp IS 'Realisasi anggaran program (rupiah).';
COMMENT ON COLUMN mart.lakip_efisiensi.serapan IS 'Serapan anggaran program (%).';
COMMENT ON COLUMN mart.lakip_efisiensi.selisih IS 'Rata-rata capaian − serapan, dalam poin persen.';
COMMENT ON COLUMN mart.lakip_efisiensi.penilaian IS 'efisien bila capaian ≥ serapan, kurang efisien bila di bawahnya; kosong bila salah satunya tidak ada.';
