-- clean.ijus as kinerja defined it before copies were kept apart (commit
-- c750cad): one row per licence export row read, a copy marked salinan.
-- TestIncrementalRunsEqualFullRuns holds clean.ijus (the rows that are not
-- copies) and clean.ijus_salinan (the copies) to it, row for row.
WITH kec AS (
    SELECT DISTINCT kode, kecamatan, lower(regexp_replace(kecamatan, '[^A-Za-z]', '', 'g')) AS kunci FROM raw.wilayah
),
r AS (
    SELECT i.*, f.path AS file,
           lower(regexp_replace(
               regexp_replace(regexp_replace(regexp_replace(lower(trim(i.kecamatan)), '^kec(amatan)?\.?\s*', ''),
                              '\bsmg\b\.?', 'semarang', 'g'), '\btmr\b', 'timur', 'g'),
               '[^a-z]', '', 'g')) AS kec_kunci,
           CASE WHEN upper(trim(i.jenis_kelamin)) IN ('L', 'LAKI-LAKI', 'LAKI LAKI', 'PRIA') THEN 'L'
                WHEN upper(trim(i.jenis_kelamin)) IN ('P', 'PEREMPUAN', 'WANITA') THEN 'P' END AS jk,
           meta.norm_nama(i.nama_usaha) AS usaha_kunci
    FROM raw.ijus i JOIN raw.files f USING (file_id)
),
s AS (
    SELECT r.*,
           r.nomor_izin IS NOT NULL AND r.file_id < max(r.file_id) OVER (
               PARTITION BY r.nomor_izin, r.tanggal_iso, coalesce(r.nik_hash, r.nik_mask)) AS salinan
    FROM r
),
k AS (
    SELECT s.*, kec.kecamatan AS kecamatan_baku, kec.kode AS kode_kecamatan,
           CASE WHEN s.nomor_izin IS NOT NULL AND NOT s.salinan THEN
               row_number() OVER (PARTITION BY s.nomor_izin, s.salinan ORDER BY CAST(s.tanggal_iso AS DATE) DESC NULLS LAST, s.file_id DESC, s.row_no DESC) END AS urut_izin
    FROM s LEFT JOIN kec ON kec.kunci = s.kec_kunci
),
u AS (
    -- per person and business, the licence numbers in order of issue
    SELECT nik_hash, usaha_kunci, nomor_izin, min(CAST(tanggal_iso AS DATE)) AS pertama
    FROM k WHERE nik_hash IS NOT NULL AND nomor_izin IS NOT NULL AND usaha_kunci <> '' AND NOT salinan
    GROUP BY ALL
),
un AS (
    SELECT *, row_number() OVER (PARTITION BY nik_hash, usaha_kunci ORDER BY pertama NULLS LAST, nomor_izin) AS ke FROM u
),
-- Size classes by the rule in force on the date of issue: mikro when the
-- capital or the turnover is within the mikro bound, else kecil when within
-- the kecil bound, else menengah (DOMAIN.md; UU 20/2008, then PP 7/2021
-- from its enactment on 2 February 2021).
aturan(nama, mulai, mikro_modal, mikro_omset, kecil_modal, kecil_omset) AS (
    VALUES ('UU 20/2008', DATE '2008-07-04', 50000000, 300000000, 500000000, 2500000000),
           ('PP 7/2021', DATE '2021-02-02', 1000000000, 2000000000, 5000000000, 15000000000)
)
SELECT k.file_id, k.file, k.sheet, k.row_no, k.nomor_izin, CAST(k.tanggal_iso AS DATE) AS tanggal_terbit,
       k.nik_hash, k.nik_mask, k.nik_valid, k.nik_perempuan, k.jk, k.nama_usaha, k.kelurahan,
       k.kecamatan AS kecamatan_asli, k.kecamatan_baku AS kecamatan, k.kode_kecamatan, k.sektor,
       k.modal_rp AS modal, k.omset_rp AS omset, k.tk_l_n AS tenaga_kerja_l, k.tk_p_n AS tenaga_kerja_p, k.status,
       a.nama AS aturan_ukuran,
       CASE WHEN a.nama IS NULL OR (k.modal_rp IS NULL AND k.omset_rp IS NULL) THEN NULL
            WHEN k.modal_rp <= a.mikro_modal OR k.omset_rp <= a.mikro_omset THEN 'mikro'
            WHEN k.modal_rp <= a.kecil_modal OR k.omset_rp <= a.kecil_omset THEN 'kecil'
            ELSE 'menengah' END AS ukuran,
       k.salinan,
       NOT k.salinan AND coalesce(k.urut_izin = 1, true) AS terkini,
       coalesce(un.ke > 1, false) AS ganda_usaha,
       CASE WHEN NOT k.salinan THEN list_filter([
            CASE WHEN k.nomor_izin IS NULL OR k.tanggal_terbit IS NULL OR k.nik_mask IS NULL OR k.kecamatan IS NULL THEN 'wajib_kosong' END,
            CASE WHEN k.nik_mask IS NOT NULL AND NOT k.nik_valid THEN 'nik_salah' END,
            CASE WHEN k.nik_valid AND k.jk IS NOT NULL AND k.nik_perempuan <> (k.jk = 'P') THEN 'nik_jenis_kelamin' END,
            CASE WHEN k.kecamatan IS NOT NULL AND k.kecamatan_baku IS NULL THEN 'kecamatan_asing' END,
            CASE WHEN k.urut_izin > 1 THEN 'duplikat_izin' END,
            CASE WHEN un.ke > 1 AND k.urut_izin = 1 THEN 'duplikat_usaha' END], x -> x IS NOT NULL) END AS masalah_semua,
       masalah_semua[1] AS masalah,
       k.nomor_izin IS NOT NULL AND k.tanggal_iso IS NOT NULL AND k.kecamatan_baku IS NOT NULL
           AND NOT k.salinan AND k.urut_izin = 1 AND NOT coalesce(un.ke > 1, false) AS dihitung
FROM k LEFT JOIN un ON un.nik_hash = k.nik_hash AND un.usaha_kunci = k.usaha_kunci AND un.nomor_izin = k.nomor_izin
LEFT JOIN aturan a ON a.mulai = (SELECT max(x.mulai) FROM aturan x WHERE x.mulai <= CAST(k.tanggal_iso AS DATE))
