-- clean.umkm_cocok: the OSS businesses (NIB) that already hold an IUMK
-- licence of I-Jus Melon, and which licence: the same business when
--   1. the owner's NIK hash and the business name agree (names compared
--      as meta.norm_nama reduces them: case and punctuation aside), or
--   2. the NIK hash and the address agree (meta.norm_alamat: "Jalan" and
--      "Jl.", "No." and zeros aside: a renamed business at its place), or
--   3. where one side has no NIK (an export without it, or no NIK key),
--      the business name, the address and the kecamatan all agree.
-- The first way that finds a licence decides (then the lowest licence
-- number). clean.umkm_izin counts such a NIB through its IUMK.
CREATE TABLE clean.umkm_cocok AS
WITH iumk AS (
    -- the counted licences with their texts as read (clean.ijus), read
    -- only when there is an OSS business to match them with: a million
    -- licences are otherwise not joined to their texts at all
    SELECT k.nomor_izin, i.nik_hash, i.nama_usaha, i.alamat, CAST(k.kode_kecamatan AS VARCHAR) AS kode_kecamatan
    FROM (SELECT * FROM clean.ijus_keputusan WHERE dihitung AND EXISTS (SELECT 1 FROM clean.oss_usaha WHERE dihitung)) k
    JOIN raw.ijus_isi i ON i.isi_a = k.isi_a AND i.isi_b = k.isi_b
),
oss AS (
    SELECT nib, nik_hash, nama_usaha, alamat, kode_kecamatan FROM clean.oss_usaha WHERE dihitung
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
)
SELECT nib, arg_min(nomor_izin, (urut, nomor_izin)) AS nomor_izin, arg_min(cara, (urut, nomor_izin)) AS cara FROM c GROUP BY nib
ORDER BY nib;
COMMENT ON TABLE clean.umkm_cocok IS 'NIB OSS yang usahanya sudah ber-IUMK I-Jus Melon, dan IUMK yang mana: NIK dan nama usaha sama, NIK dan alamat sama, atau (bila salah satu tanpa NIK) nama usaha, alamat dan kecamatan sama; cara pertama yang menemukan menentukan.';
COMMENT ON COLUMN clean.umkm_cocok.nib IS 'NIB (clean.oss_usaha.nib).';
COMMENT ON COLUMN clean.umkm_cocok.nomor_izin IS 'Nomor izin IUMK usaha yang sama (clean.ijus.nomor_izin); yang terkecil bila lebih dari satu cocok dengan cara yang sama.';
COMMENT ON COLUMN clean.umkm_cocok.cara IS 'Bagaimana dikenali: NIK dan nama usaha, NIK dan alamat, atau nama usaha, alamat dan kecamatan (tanpa NIK).';
