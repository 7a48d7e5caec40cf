-- clean.ijus: the licence registrations of the I-Jus Melon exports, one row
-- per row read that no later export holds again (those are
-- clean.ijus_salinan), with what the cleaning decided:
--   kecamatan    normalised to one of Semarang's 16 (case, "Kec.", "Smg",
--                "Tmr" and spaces do not matter); empty when it is none;
--   jk           L or P;
--   salinan      false: a row an export of a later file holds again
--                (same licence number, date of issue and NIK) is in
--                clean.ijus_salinan, not here: a planner who drops every
--                month's full export repeats all earlier licences, which
--                is not a second registration and is not a finding, and
--                costs only a narrow row;
--   terkini      false for a row whose licence number was registered again
--                later (the latest counts; both stay traceable here);
--   ganda_usaha  true for a second licence of the same person (NIK hash)
--                and business name under another licence number;
--   masalah_semua every problem of the row, in the order wajib_kosong
--                (nomor izin, tanggal terbit, NIK or kecamatan blank),
--                nik_salah, nik_jenis_kelamin, kecamatan_asing,
--                duplikat_izin, duplikat_usaha: a duplicate licence with a
--                bad NIK is both, each a finding;
--   masalah      the first of them;
--   dihitung     whether the row counts as a registered UMKM in the
--                figures (mart.umkm_*): a licence number, a date of issue,
--                one of the 16 kecamatan, the latest registration of its
--                number and not a second licence of the same person and
--                business. A NIK problem alone does not stop a licence
--                from counting: the licence was issued; the NIK is fixed.
CREATE TABLE clean.ijus AS
WITH src AS (
    -- the rows that may be registrations: every whole row, and of the
    -- rows repeated field for field those repeated in their own file or
    -- without a licence number (a row with one repeated in a later file is
    -- a copy, clean.ijus_salinan; a row without one is never a copy)
    SELECT * FROM raw.ijus_isi
    UNION ALL
    SELECT i.* REPLACE (s.file_id AS file_id, s.sheet AS sheet, s.row_no AS row_no)
    FROM raw.ijus_sama s JOIN raw.ijus_isi i ON i.isi_a = s.isi_a AND i.isi_b = s.isi_b
    WHERE i.file_id = s.file_id OR i.nomor_izin IS NULL
),
kec AS (
    SELECT DISTINCT kode, kecamatan, lower(regexp_replace(kecamatan, '[^A-Za-z]', '', 'g')) AS kunci FROM raw.wilayah
),
-- Typed text is normalised once per distinct text: a planner who drops
-- every month's full export repeats the same names and places a dozen
-- times.
kb AS (
    SELECT kk.asli, kec.kecamatan AS kecamatan_baku, kec.kode AS kode_kecamatan
    FROM (SELECT kecamatan AS asli,
                 lower(regexp_replace(
                     regexp_replace(regexp_replace(regexp_replace(lower(trim(kecamatan)), '^kec(amatan)?\.?\s*', ''),
                                    '\bsmg\b\.?', 'semarang', 'g'), '\btmr\b', 'timur', 'g'),
                     '[^a-z]', '', 'g')) AS kunci
          FROM (SELECT DISTINCT kecamatan FROM raw.ijus_isi WHERE kecamatan IS NOT NULL)) kk
    LEFT JOIN kec ON kec.kunci = kk.kunci
),
nm AS (
    SELECT nama_usaha AS asli, meta.norm_nama(nama_usaha) AS usaha_kunci
    FROM (SELECT DISTINCT nama_usaha FROM raw.ijus_isi WHERE nama_usaha IS NOT NULL)
),
-- The decisions are taken on a narrow copy of the rows (what they need,
-- and the row's place), the wide rows joined once at the end: ordering and
-- grouping whole rows, a million of them, was most of this table's cost.
n AS (
    SELECT i.file_id, i.sheet, i.row_no, i.nomor_izin, CAST(i.tanggal_iso AS DATE) AS tanggal, i.nik_hash,
           coalesce(nm.usaha_kunci, '') AS usaha_kunci,
           c.file_id IS NOT NULL AS salinan
    FROM src i
    LEFT JOIN nm ON nm.asli = i.nama_usaha
    LEFT JOIN clean.ijus_salinan c ON c.file_id = i.file_id AND c.row_no = i.row_no AND c.sheet IS NOT DISTINCT FROM i.sheet
),
-- per person and business, the licence number issued first: the earliest
-- date of issue, then the lowest number; any other is a second licence
p AS (
    SELECT nik_hash, usaha_kunci, min({'t': coalesce(tanggal, DATE 'infinity'), 'n': nomor_izin}).n AS izin_pertama
    FROM n WHERE nik_hash IS NOT NULL AND nomor_izin IS NOT NULL AND usaha_kunci <> '' AND NOT salinan
    GROUP BY ALL
),
-- the registrations of each licence number, latest first, numbered
-- over the narrow rows; a copy is none of them
d AS (
    SELECT n.file_id, n.sheet, n.row_no, n.salinan,
           CASE WHEN n.nomor_izin IS NOT NULL THEN
               row_number() OVER (PARTITION BY n.nomor_izin ORDER BY n.tanggal DESC NULLS LAST, n.file_id DESC, n.row_no DESC) END AS urut_izin,
           p.izin_pertama <> n.nomor_izin AS ganda
    FROM n LEFT JOIN p ON p.nik_hash = n.nik_hash AND p.usaha_kunci = n.usaha_kunci
    WHERE NOT n.salinan
),
k AS (
    SELECT i.*, f.path AS file, kb.kecamatan_baku, kb.kode_kecamatan, d.salinan, d.urut_izin, d.ganda,
           CASE WHEN upper(trim(i.jenis_kelamin)) IN ('L', 'LAKI-LAKI', 'LAKI LAKI', 'PRIA') THEN 'L'
                WHEN upper(trim(i.jenis_kelamin)) IN ('P', 'PEREMPUAN', 'WANITA') THEN 'P' END AS jk
    FROM src i JOIN raw.files f USING (file_id)
    JOIN d ON d.file_id = i.file_id AND d.row_no = i.row_no AND d.sheet IS NOT DISTINCT FROM i.sheet
    LEFT JOIN kb ON kb.asli = i.kecamatan
),
-- Size classes by the rule in force on the date of issue: mikro when the
-- capital or the turnover is within the mikro bound, else kecil when within
-- the kecil bound, else menengah (DOMAIN.md; UU 20/2008, then PP 7/2021
-- from its enactment on 2 February 2021).
aturan(nama, mulai, mikro_modal, mikro_omset, kecil_modal, kecil_omset) AS (
    VALUES ('UU 20/2008', DATE '2008-07-04', 50000000, 300000000, 500000000, 2500000000),
           ('PP 7/2021', DATE '2021-02-02', 1000000000, 2000000000, 5000000000, 15000000000)
),
-- the rule in force on each date of issue, found once per date: an ASOF
-- join sorts both sides, and the million wide rows took four seconds
per_tanggal AS (
    SELECT t.tanggal, a.* EXCLUDE (mulai)
    FROM (SELECT DISTINCT CAST(tanggal_iso AS DATE) AS tanggal FROM raw.ijus_isi WHERE tanggal_iso IS NOT NULL) t
    ASOF JOIN aturan a ON t.tanggal >= a.mulai
)
SELECT k.file_id, k.file, k.sheet, k.row_no, k.nomor_izin, CAST(k.tanggal_iso AS DATE) AS tanggal_terbit,
       k.nik_hash, k.nik_mask, k.nik_valid, k.nik_perempuan, k.jk, k.nama_usaha, k.alamat, k.kelurahan,
       k.kecamatan AS kecamatan_asli, k.kecamatan_baku AS kecamatan, k.kode_kecamatan, k.sektor,
       k.modal_rp AS modal, k.omset_rp AS omset, k.tk_l_n AS tenaga_kerja_l, k.tk_p_n AS tenaga_kerja_p, k.status,
       a.nama AS aturan_ukuran,
       CASE WHEN a.nama IS NULL OR (k.modal_rp IS NULL AND k.omset_rp IS NULL) THEN NULL
            WHEN k.modal_rp <= a.mikro_modal OR k.omset_rp <= a.mikro_omset THEN 'mikro'
            WHEN k.modal_rp <= a.kecil_modal OR k.omset_rp <= a.kecil_omset THEN 'kecil'
            ELSE 'menengah' END AS ukuran,
       k.salinan,
       NOT k.salinan AND coalesce(k.urut_izin = 1, true) AS terkini,
       coalesce(k.ganda, false) AS ganda_usaha,
       CASE WHEN NOT k.salinan THEN list_filter([
            CASE WHEN k.nomor_izin IS NULL OR k.tanggal_terbit IS NULL OR k.nik_mask IS NULL OR k.kecamatan IS NULL THEN 'wajib_kosong' END,
            CASE WHEN k.nik_mask IS NOT NULL AND NOT k.nik_valid THEN 'nik_salah' END,
            CASE WHEN k.nik_valid AND k.jk IS NOT NULL AND k.nik_perempuan <> (k.jk = 'P') THEN 'nik_jenis_kelamin' END,
            CASE WHEN k.kecamatan IS NOT NULL AND k.kecamatan_baku IS NULL THEN 'kecamatan_asing' END,
            CASE WHEN k.urut_izin > 1 THEN 'duplikat_izin' END,
            CASE WHEN k.ganda AND k.urut_izin = 1 THEN 'duplikat_usaha' END], x -> x IS NOT NULL) END AS masalah_semua,
       masalah_semua[1] AS masalah,
       k.nomor_izin IS NOT NULL AND k.tanggal_iso IS NOT NULL AND k.kecamatan_baku IS NOT NULL
           AND NOT k.salinan AND k.urut_izin = 1 AND NOT coalesce(k.ganda, false) AS dihitung
FROM k LEFT JOIN per_tanggal a ON a.tanggal = CAST(k.tanggal_iso AS DATE);
COMMENT ON TABLE clean.ijus IS 'Registrasi izin dari ekspor I-Jus Melon, satu baris per baris terbaca yang tidak dimuat lagi oleh ekspor yang lebih baru (salinannya di clean.ijus_salinan), dengan keputusan pembersihan: kecamatan baku, jenis kelamin, izin terkini, izin ganda orang dan usaha yang sama, dan masalah baris.';
COMMENT ON COLUMN clean.ijus.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN clean.ijus.file IS 'Berkas ekspor, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.ijus.sheet IS 'Lembar (untuk .xlsx).';
COMMENT ON COLUMN clean.ijus.row_no IS 'Nomor baris di berkas.';
COMMENT ON COLUMN clean.ijus.nomor_izin IS 'Nomor izin.';
COMMENT ON COLUMN clean.ijus.tanggal_terbit IS 'Tanggal terbit; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.ijus.nik_hash IS 'Hash berkunci NIK (raw.ijus.nik_hash).';
COMMENT ON COLUMN clean.ijus.nik_mask IS 'NIK tersamar.';
COMMENT ON COLUMN clean.ijus.nik_valid IS 'Benar bila NIK sah.';
COMMENT ON COLUMN clean.ijus.nik_perempuan IS 'Jenis kelamin menurut NIK.';
COMMENT ON COLUMN clean.ijus.jk IS 'Jenis kelamin seperti diketik, dibakukan: L atau P; kosong bila tidak dikenal.';
COMMENT ON COLUMN clean.ijus.nama_usaha IS 'Nama usaha.';
COMMENT ON COLUMN clean.ijus.alamat IS 'Alamat usaha seperti tertulis.';
COMMENT ON COLUMN clean.ijus.kelurahan IS 'Kelurahan seperti tertulis.';
COMMENT ON COLUMN clean.ijus.kecamatan_asli IS 'Kecamatan seperti tertulis.';
COMMENT ON COLUMN clean.ijus.kecamatan IS 'Kecamatan baku (salah satu dari 16 kecamatan Kota Semarang); kosong bila bukan.';
COMMENT ON COLUMN clean.ijus.kode_kecamatan IS 'Kode kecamatan baku.';
COMMENT ON COLUMN clean.ijus.sektor IS 'Jenis/sektor usaha.';
COMMENT ON COLUMN clean.ijus.modal IS 'Modal usaha (rupiah).';
COMMENT ON COLUMN clean.ijus.omset IS 'Omset per tahun (rupiah).';
COMMENT ON COLUMN clean.ijus.tenaga_kerja_l IS 'Tenaga kerja laki-laki.';
COMMENT ON COLUMN clean.ijus.tenaga_kerja_p IS 'Tenaga kerja perempuan.';
COMMENT ON COLUMN clean.ijus.status IS 'Status izin.';
COMMENT ON COLUMN clean.ijus.aturan_ukuran IS 'Aturan ukuran usaha yang berlaku pada tanggal terbit: UU 20/2008 atau PP 7/2021 (sejak 2 Februari 2021); kosong tanpa tanggal.';
COMMENT ON COLUMN clean.ijus.ukuran IS 'mikro, kecil atau menengah menurut aturan itu: mikro bila modal atau omset dalam batas mikro, selain itu kecil bila dalam batas kecil, selain itu menengah; kosong tanpa modal dan omset atau tanpa tanggal.';
COMMENT ON COLUMN clean.ijus.salinan IS 'Selalu salah di sini: baris yang dimuat lagi oleh ekspor di berkas yang lebih baru (nomor izin, tanggal terbit dan NIK sama) adalah salinan, bukan pendaftaran kedua dan bukan temuan, dan tercatat di clean.ijus_salinan.';
COMMENT ON COLUMN clean.ijus.terkini IS 'Salah untuk baris yang nomor izinnya terdaftar lagi kemudian (yang dihitung yang terakhir).';
COMMENT ON COLUMN clean.ijus.ganda_usaha IS 'Benar untuk izin kedua dan seterusnya dari orang (hash NIK) dan nama usaha yang sama dengan nomor izin lain.';
COMMENT ON COLUMN clean.ijus.masalah IS 'Masalah baris yang pertama (lihat masalah_semua); kosong bila baik.';
COMMENT ON COLUMN clean.ijus.masalah_semua IS 'Semua masalah baris, berurutan: wajib_kosong (nomor izin, tanggal terbit, NIK atau kecamatan kosong), nik_salah, nik_jenis_kelamin, kecamatan_asing, duplikat_izin, duplikat_usaha; kosong bila baik.';
COMMENT ON COLUMN clean.ijus.dihitung IS 'Benar bila baris dihitung sebagai UMKM ber-IUMK: ada nomor izin, tanggal terbit dan salah satu dari 16 kecamatan, pendaftaran terakhir nomor itu, bukan salinan, bukan izin kedua orang dan usaha yang sama. Masalah NIK saja tidak menghapus hitungan.';

