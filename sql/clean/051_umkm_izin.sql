-- clean.umkm_izin: the registered UMKM of both licensing systems, one row
-- per business each counts: the IUMK licences of I-Jus Melon
-- (clean.ijus.dihitung, to 2021) and the NIB of OSS (clean.oss_usaha.
-- dihitung, from August 2021). A business registered in both is counted
-- once, by its IUMK: an OSS business is the same as an IUMK licence when
--   1. the owner's NIK hash and the business name agree (names compared
--      as meta.norm_nama reduces them: case and punctuation aside), or
--   2. the NIK hash and the address agree (meta.norm_alamat: "Jalan" and
--      "Jl.", "No." and zeros aside: a renamed business at its place), or
--   3. where one side has no NIK (an export without it, or no NIK key),
--      the business name, the address and the kecamatan all agree.
-- The first way that finds a licence decides (then the lowest licence
-- number); sama_dengan names it and cocok says how.
CREATE TABLE clean.umkm_izin AS
WITH iumk AS (
    SELECT nomor_izin, file_id, file, sheet, row_no, tanggal_terbit, nik_hash, nama_usaha, alamat,
           kecamatan, kode_kecamatan, sektor, jk, ukuran, tenaga_kerja_l, tenaga_kerja_p
    FROM clean.ijus WHERE dihitung
),
oss AS (
    SELECT nib, file_id, file, sheet, row_no, tanggal_terbit, nik_hash, nama_usaha, alamat,
           kecamatan, kode_kecamatan, sektor, jk, ukuran, tki, tki_l, tki_p
    FROM clean.oss_usaha WHERE dihitung
),
-- The names and addresses are reduced only on the rows that could be
-- matched (a NIK the other system also has, or no NIK on one side): the
-- regular expressions cost seconds over a million licences, and without
-- OSS exports nothing is matched at all. (The rows are taken first, into a
-- table of their own: else the keys are computed on every row.)
ada AS (
    SELECT EXISTS (SELECT 1 FROM iumk) AS iumk, EXISTS (SELECT 1 FROM iumk WHERE nik_hash IS NULL) AS iumk_tanpa_nik,
           EXISTS (SELECT 1 FROM oss) AS oss, EXISTS (SELECT 1 FROM oss WHERE nik_hash IS NULL) AS oss_tanpa_nik
),
ik_baris AS MATERIALIZED (
    SELECT i.nomor_izin, i.nik_hash, i.kode_kecamatan, i.nama_usaha, i.alamat
    FROM iumk i, ada
    WHERE ada.oss AND (ada.oss_tanpa_nik OR i.nik_hash IS NULL OR i.nik_hash IN (SELECT nik_hash FROM oss))
),
ok_baris AS MATERIALIZED (
    SELECT o.nib, o.nik_hash, o.kode_kecamatan, o.nama_usaha, o.alamat
    FROM oss o, ada
    WHERE ada.iumk AND (ada.iumk_tanpa_nik OR o.nik_hash IS NULL OR o.nik_hash IN (SELECT nik_hash FROM iumk))
),
ik AS MATERIALIZED (
    SELECT nomor_izin, nik_hash, kode_kecamatan, meta.norm_nama(nama_usaha) AS usaha_kunci, meta.norm_alamat(alamat) AS alamat_kunci
    FROM ik_baris
),
ok AS MATERIALIZED (
    SELECT nib, nik_hash, kode_kecamatan, meta.norm_nama(nama_usaha) AS usaha_kunci, meta.norm_alamat(alamat) AS alamat_kunci
    FROM ok_baris
),
c AS (
    SELECT o.nib, i.nomor_izin, 1 AS urut, 'NIK dan nama usaha' AS cara
    FROM ok o JOIN ik i ON i.nik_hash = o.nik_hash AND i.usaha_kunci = o.usaha_kunci WHERE o.usaha_kunci <> ''
    UNION ALL
    SELECT o.nib, i.nomor_izin, 2, 'NIK dan alamat'
    FROM ok o JOIN ik i ON i.nik_hash = o.nik_hash AND i.alamat_kunci = o.alamat_kunci WHERE o.alamat_kunci <> ''
    UNION ALL
    SELECT o.nib, i.nomor_izin, 3, 'nama usaha, alamat dan kecamatan (tanpa NIK)'
    FROM ok o JOIN ik i ON i.usaha_kunci = o.usaha_kunci AND i.alamat_kunci = o.alamat_kunci AND i.kode_kecamatan = o.kode_kecamatan
    WHERE (o.nik_hash IS NULL OR i.nik_hash IS NULL) AND o.usaha_kunci <> '' AND o.alamat_kunci <> ''
),
cocok AS (
    SELECT nib, arg_min(nomor_izin, (urut, nomor_izin)) AS nomor_izin, arg_min(cara, (urut, nomor_izin)) AS cara FROM c GROUP BY nib
)
SELECT 'IUMK' AS sistem, nomor_izin AS nomor, file_id, file, sheet, row_no, tanggal_terbit, kecamatan, kode_kecamatan, sektor, jk, ukuran,
       tenaga_kerja_l, tenaga_kerja_p, CAST(NULL AS DECIMAL(38,10)) AS tenaga_kerja,
       true AS dihitung, CAST(NULL AS VARCHAR) AS sama_dengan, CAST(NULL AS VARCHAR) AS cocok
FROM iumk
UNION ALL
SELECT 'OSS', o.nib, o.file_id, o.file, o.sheet, o.row_no, o.tanggal_terbit, o.kecamatan, o.kode_kecamatan, o.sektor, o.jk, o.ukuran,
       o.tki_l, o.tki_p, o.tki, c.nib IS NULL, c.nomor_izin, c.cara
FROM oss o LEFT JOIN cocok c USING (nib)
ORDER BY sistem, nomor;
COMMENT ON TABLE clean.umkm_izin IS 'UMKM terdaftar dari kedua sistem perizinan, satu baris per usaha: IUMK I-Jus Melon (sampai 2021) dan NIB OSS (sejak Agustus 2021). Usaha OSS yang sudah ber-IUMK (NIK dan nama usaha, NIK dan alamat, atau tanpa NIK: nama usaha, alamat dan kecamatan sama) tidak dihitung lagi.';
COMMENT ON COLUMN clean.umkm_izin.sistem IS 'IUMK (I-Jus Melon) atau OSS (NIB).';
COMMENT ON COLUMN clean.umkm_izin.nomor IS 'Nomor izin IUMK atau NIB.';
COMMENT ON COLUMN clean.umkm_izin.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN clean.umkm_izin.file IS 'Berkas ekspor.';
COMMENT ON COLUMN clean.umkm_izin.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.umkm_izin.row_no IS 'Nomor baris (untuk NIB: baris proyek pertama).';
COMMENT ON COLUMN clean.umkm_izin.tanggal_terbit IS 'Tanggal terbit izin atau NIB (proyek pertama).';
COMMENT ON COLUMN clean.umkm_izin.kecamatan IS 'Kecamatan baku.';
COMMENT ON COLUMN clean.umkm_izin.kode_kecamatan IS 'Kode kecamatan baku.';
COMMENT ON COLUMN clean.umkm_izin.sektor IS 'Sektor usaha: seperti dieja ekspor I-Jus Melon, atau menurut KBLI untuk NIB.';
COMMENT ON COLUMN clean.umkm_izin.jk IS 'Jenis kelamin pemilik, L atau P; kosong bila tidak diketahui.';
COMMENT ON COLUMN clean.umkm_izin.ukuran IS 'mikro, kecil atau menengah.';
COMMENT ON COLUMN clean.umkm_izin.tenaga_kerja_l IS 'Tenaga kerja laki-laki.';
COMMENT ON COLUMN clean.umkm_izin.tenaga_kerja_p IS 'Tenaga kerja perempuan.';
COMMENT ON COLUMN clean.umkm_izin.tenaga_kerja IS 'Tenaga kerja seluruhnya menurut ekspor OSS (tki), juga bila tidak dipisah L/P; kosong untuk IUMK.';
COMMENT ON COLUMN clean.umkm_izin.dihitung IS 'Benar bila usaha ini dihitung dalam Jumlah UMKM yang memiliki izin; salah untuk NIB usaha yang sudah ber-IUMK (dihitung lewat IUMK-nya).';
COMMENT ON COLUMN clean.umkm_izin.sama_dengan IS 'Untuk NIB yang sudah ber-IUMK: nomor izin IUMK-nya.';
COMMENT ON COLUMN clean.umkm_izin.cocok IS 'Bagaimana NIB dikenali sama dengan IUMK itu: NIK dan nama usaha, NIK dan alamat, atau nama usaha, alamat dan kecamatan (tanpa NIK).';
