-- clean.ijus_keputusan: what the cleaning decided for each licence
-- registration of the I-Jus Melon exports (clean.ijus shows it beside the
-- row as read): one narrow row per row read that no later export holds
-- again (those are clean.ijus_salinan), with the few values the figures
-- are counted from. The texts as written stay in raw.ijus_isi, joined by
-- the row's content (isi_a, isi_b): writing a million wide rows a second
-- time cost more than all the decisions.
--   kecamatan    normalised to one of Semarang's 16 (case, "Kec.", "Smg",
--                "Tmr" and spaces do not matter); empty when it is none;
--   jk           L or P;
--   terkini      false for a row whose licence number was registered again
--                later (the latest counts; both stay traceable);
--   ganda_usaha  true for a second licence of the same person (NIK hash)
--                and business name under another licence number: of one
--                person's licences for one business the first issued
--                counts (the earliest date of issue, then the lowest
--                number);
--   masalah_semua every problem of the row, in the order wajib_kosong
--                (nomor izin, tanggal terbit, NIK or kecamatan blank),
--                nik_salah, nik_jenis_kelamin, kecamatan_asing,
--                duplikat_izin, duplikat_usaha: a duplicate licence with a
--                bad NIK is both, each a finding;
--   dihitung     whether the row counts as a registered UMKM in the
--                figures (mart.umkm_*): a licence number, a date of issue,
--                one of the 16 kecamatan, the latest registration of its
--                number and not a second licence of the same person and
--                business. A NIK problem alone does not stop a licence
--                from counting: the licence was issued; the NIK is fixed.
-- The decisions of a closed set of values are stored as ENUM types: a
-- million VARCHAR values of two to sixteen kinds cost DuckDB about 0,1 s a
-- column to write, an ENUM a byte a value (the five columns: 0,48 s against
-- 0,18 s). The views over the table (clean.ijus, clean.umkm_izin) show them
-- as text again.
CREATE TYPE clean.jenis_kelamin AS ENUM ('L', 'P');
CREATE TYPE clean.kecamatan_baku AS ENUM (SELECT DISTINCT kecamatan FROM raw.wilayah WHERE kecamatan IS NOT NULL ORDER BY kecamatan);
CREATE TYPE clean.kode_kecamatan AS ENUM (SELECT DISTINCT kode FROM raw.wilayah WHERE kode IS NOT NULL ORDER BY kode);
CREATE TYPE clean.aturan_ukuran AS ENUM ('UU 20/2008', 'PP 7/2021');
CREATE TYPE clean.ukuran_usaha AS ENUM ('mikro', 'kecil', 'menengah');
CREATE TABLE clean.ijus_keputusan AS
WITH kec AS (
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
-- Size classes by the rule in force on the date of issue: mikro when the
-- capital or the turnover is within the mikro bound, else kecil when within
-- the kecil bound, else menengah (DOMAIN.md; UU 20/2008, then PP 7/2021
-- from its enactment on 2 February 2021).
aturan(nama, mulai, mikro_modal, mikro_omset, kecil_modal, kecil_omset) AS (
    VALUES ('UU 20/2008', DATE '2008-07-04', 50000000, 300000000, 500000000, 2500000000),
           ('PP 7/2021', DATE '2021-02-02', 1000000000, 2000000000, 5000000000, 15000000000)
),
-- the rule in force on each date of issue, found once per date: an ASOF
-- join sorts both sides, and the million rows took four seconds
per_tanggal AS (
    SELECT t.tanggal, a.* EXCLUDE (mulai)
    FROM (SELECT DISTINCT CAST(tanggal_iso AS DATE) AS tanggal FROM raw.ijus_isi WHERE tanggal_iso IS NOT NULL) t
    ASOF JOIN aturan a ON t.tanggal >= a.mulai
),
-- The rows that may be registrations: every whole row, and of the rows
-- repeated field for field those repeated in their own file or without a
-- licence number (a row with one repeated in a later file is a copy,
-- clean.ijus_salinan; a row without one is never a copy). A copy is none
-- of them.
r AS (
    SELECT *, CAST(tanggal_iso AS DATE) AS tanggal,
           CASE WHEN upper(trim(jenis_kelamin)) IN ('L', 'LAKI-LAKI', 'LAKI LAKI', 'PRIA') THEN 'L'
                WHEN upper(trim(jenis_kelamin)) IN ('P', 'PEREMPUAN', 'WANITA') THEN 'P' END AS jk
    FROM (
    SELECT file_id, sheet, row_no, isi_a, isi_b, nomor_izin, tanggal_terbit, tanggal_iso, nik_hash, nik_mask, nik_valid, nik_perempuan,
           jenis_kelamin, nama_usaha, kecamatan, sektor, modal_rp, omset_rp, tk_l_n, tk_p_n
    FROM raw.ijus_isi
    UNION ALL
    SELECT s.file_id, s.sheet, s.row_no, i.isi_a, i.isi_b, i.nomor_izin, i.tanggal_terbit, i.tanggal_iso, i.nik_hash, i.nik_mask, i.nik_valid, i.nik_perempuan,
           i.jenis_kelamin, i.nama_usaha, i.kecamatan, i.sektor, i.modal_rp, i.omset_rp, i.tk_l_n, i.tk_p_n
    FROM raw.ijus_sama s JOIN raw.ijus_isi i ON i.isi_a = s.isi_a AND i.isi_b = s.isi_b
    WHERE i.file_id = s.file_id OR i.nomor_izin IS NULL)
),
-- Each row, narrow, with every decision that needs no other row: its
-- kecamatan, sex, size class and the problems it has on its own. The
-- decisions across rows (duplicates) follow; a million wide rows carried
-- through them cost seconds.
n AS MATERIALIZED (
    SELECT r.file_id, r.sheet, r.row_no, r.isi_a, r.isi_b, r.nomor_izin, r.tanggal, r.nik_hash,
           coalesce(nm.usaha_kunci, '') AS usaha_kunci, r.sektor, r.tk_l_n, r.tk_p_n, r.jk,
           kb.kecamatan_baku, kb.kode_kecamatan,
           a.nama AS aturan_ukuran,
           CASE WHEN a.nama IS NULL OR (r.modal_rp IS NULL AND r.omset_rp IS NULL) THEN NULL
                WHEN r.modal_rp <= a.mikro_modal OR r.omset_rp <= a.mikro_omset THEN 'mikro'
                WHEN r.modal_rp <= a.kecil_modal OR r.omset_rp <= a.kecil_omset THEN 'kecil'
                ELSE 'menengah' END AS ukuran,
           list_filter([
               CASE WHEN r.nomor_izin IS NULL OR r.tanggal_terbit IS NULL OR r.nik_mask IS NULL OR r.kecamatan IS NULL THEN 'wajib_kosong' END,
               CASE WHEN r.nik_mask IS NOT NULL AND NOT r.nik_valid THEN 'nik_salah' END,
               CASE WHEN r.nik_valid AND r.jk IS NOT NULL AND r.nik_perempuan <> (r.jk = 'P') THEN 'nik_jenis_kelamin' END,
               CASE WHEN r.kecamatan IS NOT NULL AND kb.kecamatan_baku IS NULL THEN 'kecamatan_asing' END], x -> x IS NOT NULL) AS masalah_sendiri
    FROM r
    LEFT JOIN nm ON nm.asli = r.nama_usaha
    LEFT JOIN kb ON kb.asli = r.kecamatan
    LEFT JOIN per_tanggal a ON a.tanggal = r.tanggal
    -- a copy (clean.ijus_salinan) is a place before the last file of its licence
    LEFT JOIN clean.ijus_terakhir c ON c.isi_a = r.isi_a AND c.isi_b = r.isi_b
    WHERE r.file_id >= coalesce(c.file_id_terakhir, r.file_id)
),
-- The registrations of each licence number, latest first. Most numbers
-- are registered once: a hash of the number finds those that may not be,
-- and only their rows are ordered (by the number itself).
izin_ulang AS (
    SELECT hash(nomor_izin) AS h FROM n WHERE nomor_izin IS NOT NULL GROUP BY 1 HAVING count(*) > 1
),
u AS (
    SELECT file_id, sheet, row_no,
           row_number() OVER (PARTITION BY nomor_izin ORDER BY tanggal DESC NULLS LAST, file_id DESC, row_no DESC) AS urut_izin
    FROM n WHERE nomor_izin IS NOT NULL AND hash(nomor_izin) IN (SELECT h FROM izin_ulang)
),
-- Per person and business, the licence number issued first: the earliest
-- date of issue, then the lowest number; any other is a second licence.
-- Again a hash finds the people and businesses with more than one row.
usaha_ulang AS (
    SELECT hash(nik_hash, usaha_kunci) AS h
    FROM n WHERE nik_hash IS NOT NULL AND nomor_izin IS NOT NULL AND usaha_kunci <> ''
    GROUP BY 1 HAVING count(*) > 1
),
p AS (
    SELECT nik_hash, usaha_kunci, min({'t': coalesce(tanggal, DATE 'infinity'), 'n': nomor_izin}).n AS izin_pertama
    FROM n WHERE nik_hash IS NOT NULL AND nomor_izin IS NOT NULL AND usaha_kunci <> ''
         AND hash(nik_hash, usaha_kunci) IN (SELECT h FROM usaha_ulang)
    GROUP BY ALL
),
d AS (
    SELECT n.*, CASE WHEN n.nomor_izin IS NOT NULL THEN coalesce(u.urut_izin, 1) END AS urut_izin,
           p.izin_pertama <> n.nomor_izin AS ganda
    FROM n
    LEFT JOIN u ON u.file_id = n.file_id AND u.row_no = n.row_no AND u.sheet IS NOT DISTINCT FROM n.sheet
    LEFT JOIN p ON p.nik_hash = n.nik_hash AND p.usaha_kunci = n.usaha_kunci
)
SELECT file_id, sheet, row_no, isi_a, isi_b, nomor_izin, tanggal AS tanggal_terbit, CAST(jk AS clean.jenis_kelamin) AS jk,
       CAST(kecamatan_baku AS clean.kecamatan_baku) AS kecamatan, CAST(kode_kecamatan AS clean.kode_kecamatan) AS kode_kecamatan,
       sektor, tk_l_n AS tenaga_kerja_l, tk_p_n AS tenaga_kerja_p,
       CAST(aturan_ukuran AS clean.aturan_ukuran) AS aturan_ukuran, CAST(ukuran AS clean.ukuran_usaha) AS ukuran,
       coalesce(urut_izin = 1, true) AS terkini,
       coalesce(ganda, false) AS ganda_usaha,
       list_concat(masalah_sendiri, list_filter([
            CASE WHEN urut_izin > 1 THEN 'duplikat_izin' END,
            CASE WHEN ganda AND urut_izin = 1 THEN 'duplikat_usaha' END], x -> x IS NOT NULL)) AS masalah_semua,
       nomor_izin IS NOT NULL AND tanggal IS NOT NULL AND kecamatan_baku IS NOT NULL
           AND urut_izin = 1 AND NOT coalesce(ganda, false) AS dihitung
FROM d;
COMMENT ON TABLE clean.ijus_keputusan IS 'Keputusan pembersihan tiap registrasi izin ekspor I-Jus Melon (baris terbaca yang tidak dimuat lagi oleh ekspor yang lebih baru), ringkas: kecamatan baku, jenis kelamin, izin terkini, izin ganda orang dan usaha yang sama, masalah baris, dan nilai yang dihitung; teks seperti tertulis di raw.ijus_isi (isi_a, isi_b). clean.ijus menampilkan keduanya berdampingan.';
COMMENT ON COLUMN clean.ijus_keputusan.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN clean.ijus_keputusan.sheet IS 'Lembar (untuk .xlsx).';
COMMENT ON COLUMN clean.ijus_keputusan.row_no IS 'Nomor baris di berkas.';
COMMENT ON COLUMN clean.ijus_keputusan.isi_a IS 'Isi baris (raw.ijus_isi.isi_a): baris itu di raw.ijus_isi memuat teksnya seperti tertulis.';
COMMENT ON COLUMN clean.ijus_keputusan.isi_b IS 'Isi baris (raw.ijus_isi.isi_b).';
COMMENT ON COLUMN clean.ijus_keputusan.nomor_izin IS 'Nomor izin.';
COMMENT ON COLUMN clean.ijus_keputusan.tanggal_terbit IS 'Tanggal terbit; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.ijus_keputusan.jk IS 'Jenis kelamin seperti diketik, dibakukan: L atau P; kosong bila tidak dikenal.';
COMMENT ON COLUMN clean.ijus_keputusan.kecamatan IS 'Kecamatan baku (salah satu dari 16 kecamatan Kota Semarang); kosong bila bukan.';
COMMENT ON COLUMN clean.ijus_keputusan.kode_kecamatan IS 'Kode kecamatan baku.';
COMMENT ON COLUMN clean.ijus_keputusan.sektor IS 'Jenis/sektor usaha seperti tertulis.';
COMMENT ON COLUMN clean.ijus_keputusan.tenaga_kerja_l IS 'Tenaga kerja laki-laki.';
COMMENT ON COLUMN clean.ijus_keputusan.tenaga_kerja_p IS 'Tenaga kerja perempuan.';
COMMENT ON COLUMN clean.ijus_keputusan.aturan_ukuran IS 'Aturan ukuran usaha yang berlaku pada tanggal terbit: UU 20/2008 atau PP 7/2021 (sejak 2 Februari 2021); kosong tanpa tanggal.';
COMMENT ON COLUMN clean.ijus_keputusan.ukuran IS 'mikro, kecil atau menengah menurut aturan itu: mikro bila modal atau omset dalam batas mikro, selain itu kecil bila dalam batas kecil, selain itu menengah; kosong tanpa modal dan omset atau tanpa tanggal.';
COMMENT ON COLUMN clean.ijus_keputusan.terkini IS 'Salah untuk baris yang nomor izinnya terdaftar lagi kemudian (yang dihitung yang terakhir).';
COMMENT ON COLUMN clean.ijus_keputusan.ganda_usaha IS 'Benar untuk izin kedua dan seterusnya dari orang (hash NIK) dan nama usaha yang sama dengan nomor izin lain.';
COMMENT ON COLUMN clean.ijus_keputusan.masalah_semua IS 'Semua masalah baris, berurutan: wajib_kosong (nomor izin, tanggal terbit, NIK atau kecamatan kosong), nik_salah, nik_jenis_kelamin, kecamatan_asing, duplikat_izin, duplikat_usaha; kosong bila baik.';
COMMENT ON COLUMN clean.ijus_keputusan.dihitung IS 'Benar bila baris dihitung sebagai UMKM ber-IUMK: ada nomor izin, tanggal terbit dan salah satu dari 16 kecamatan, pendaftaran terakhir nomor itu, bukan salinan, bukan izin kedua orang dan usaha yang sama. Masalah NIK saja tidak menghapus hitungan.';
