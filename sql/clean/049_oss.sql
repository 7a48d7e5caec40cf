-- clean.oss: the project rows of the OSS exports (one per NIB and project,
-- KBLI), with what the cleaning decided:
--   nib           the NIB with the spaces typed inside it taken out;
--   kecamatan     normalised to one of Semarang's 16, as for I-Jus Melon;
--   kategori_kbli the KBLI 2020 section of the code (first two digits);
--   sektor        Semarang's sector word for the code (raw.kbli_sektor:
--                 the longest prefix decides, else lain-lain);
--   skala         the export's own scale (uraian_skala_usaha "Usaha
--                 Mikro", or its code 01 … 04) as mikro, kecil, menengah
--                 or besar;
--   jk            the owner's sex as typed, L or P;
--   salinan       true for a row whose NIB and project (and date of issue)
--                 a later file's export holds again: a planner who drops
--                 every month's full export repeats every earlier
--                 project, which is not a second registration and is not
--                 a finding;
--   masalah_semua every problem of the row, in the order wajib_kosong
--                 (NIB, tanggal terbit or kecamatan blank), nib_salah (not
--                 13 digits), nik_salah, nik_jenis_kelamin,
--                 kecamatan_asing, kbli_salah (not five digits of a known
--                 section), skala_asing (a scale that is none of the four);
--                 duplikat_usaha, a business-level finding, is in
--                 clean.oss_usaha.
CREATE TABLE clean.oss AS
WITH src AS (
    SELECT * FROM raw.oss_isi
    UNION ALL
    SELECT i.* REPLACE (s.file_id AS file_id, s.sheet AS sheet, s.row_no AS row_no)
    FROM raw.oss_sama s JOIN raw.oss_isi i ON i.isi_a = s.isi_a AND i.isi_b = s.isi_b
),
r AS (
    SELECT *, nullif(regexp_replace(coalesce(nib, ''), '\s', '', 'g'), '') AS nib_kunci,
           coalesce(id_proyek, kbli, '') AS proyek_kunci
    FROM src
),
terakhir AS (
    -- the last file that holds each project
    SELECT nib_kunci, proyek_kunci, tanggal_iso, max(file_id) AS file_id FROM r WHERE nib_kunci IS NOT NULL GROUP BY ALL
),
kec AS (
    SELECT DISTINCT kode, kecamatan, meta.kunci_kecamatan(kecamatan) AS kunci FROM raw.wilayah
),
-- typed text normalised once per distinct text
kb AS (
    SELECT kk.asli, kec.kecamatan AS kecamatan_baku, kec.kode AS kode_kecamatan
    FROM (SELECT DISTINCT kecamatan AS asli, meta.kunci_kecamatan(kecamatan) AS kunci FROM raw.oss_isi WHERE kecamatan IS NOT NULL) kk
    LEFT JOIN kec ON kec.kunci = kk.kunci
),
kode AS (
    SELECT k.asli, k.kode, c.kategori,
           CASE WHEN c.kategori IS NULL THEN NULL
                ELSE coalesce((SELECT arg_max(s.sektor, length(s.awalan)) FROM raw.kbli_sektor s WHERE starts_with(k.kode, s.awalan)), 'lain-lain') END AS sektor
    FROM (SELECT DISTINCT kbli AS asli, trim(kbli) AS kode FROM raw.oss_isi WHERE kbli IS NOT NULL) k
    LEFT JOIN raw.kbli_kategori c ON regexp_full_match(k.kode, '[0-9]{5}') AND CAST(left(k.kode, 2) AS INTEGER) BETWEEN c.dari AND c.sampai
),
sk AS (
    SELECT asli, CASE WHEN t ~ '.*\bmikro\b.*' OR t IN ('01', '1') THEN 'mikro'
                      WHEN t ~ '.*\bkecil\b.*' OR t IN ('02', '2') THEN 'kecil'
                      WHEN t ~ '.*\bmenengah\b.*' OR t IN ('03', '3') THEN 'menengah'
                      WHEN t ~ '.*\bbesar\b.*' OR t IN ('04', '4') THEN 'besar' END AS skala
    FROM (SELECT DISTINCT skala_usaha AS asli, lower(trim(skala_usaha)) AS t FROM raw.oss_isi WHERE skala_usaha IS NOT NULL)
)
SELECT r.file_id, f.path AS file, r.sheet, r.row_no, r.nib AS nib_asli, r.nib_kunci AS nib, r.id_proyek,
       CAST(r.tanggal_iso AS DATE) AS tanggal_terbit,
       r.nik_hash, r.nik_mask, r.nik_valid, r.nik_perempuan, meta.jk(r.jenis_kelamin) AS jk, r.nama_usaha, r.alamat, r.kelurahan,
       r.kecamatan AS kecamatan_asli, kb.kecamatan_baku AS kecamatan, kb.kode_kecamatan,
       r.kbli, kode.kategori AS kategori_kbli, kode.sektor, r.judul_kbli, r.skala_usaha AS skala_asli, sk.skala, r.risiko,
       r.modal_rp AS modal, r.investasi_rp AS investasi, r.omset_rp AS omset, r.tki_n AS tki, r.tki_l_n AS tki_l, r.tki_p_n AS tki_p,
       coalesce(t.file_id > r.file_id, false) AS salinan,
       CASE WHEN NOT coalesce(t.file_id > r.file_id, false) THEN list_filter([
            CASE WHEN r.nib_kunci IS NULL OR r.tanggal_iso IS NULL OR r.kecamatan IS NULL THEN 'wajib_kosong' END,
            CASE WHEN r.nib_kunci IS NOT NULL AND NOT regexp_full_match(r.nib_kunci, '[0-9]{13}') THEN 'nib_salah' END,
            CASE WHEN r.nik_mask IS NOT NULL AND NOT r.nik_valid THEN 'nik_salah' END,
            CASE WHEN r.nik_valid AND meta.jk(r.jenis_kelamin) IS NOT NULL AND r.nik_perempuan <> (meta.jk(r.jenis_kelamin) = 'P') THEN 'nik_jenis_kelamin' END,
            CASE WHEN r.kecamatan IS NOT NULL AND kb.kecamatan_baku IS NULL THEN 'kecamatan_asing' END,
            CASE WHEN r.kbli IS NOT NULL AND kode.kategori IS NULL THEN 'kbli_salah' END,
            CASE WHEN r.skala_usaha IS NOT NULL AND sk.skala IS NULL THEN 'skala_asing' END], x -> x IS NOT NULL) END AS masalah_semua
FROM r JOIN raw.files f USING (file_id)
LEFT JOIN terakhir t ON t.nib_kunci = r.nib_kunci AND t.proyek_kunci = r.proyek_kunci AND t.tanggal_iso IS NOT DISTINCT FROM r.tanggal_iso
LEFT JOIN kb ON kb.asli = r.kecamatan
LEFT JOIN kode ON kode.asli = r.kbli
LEFT JOIN sk ON sk.asli = r.skala_usaha;
COMMENT ON TABLE clean.oss IS 'Baris proyek ekspor OSS (satu per NIB dan proyek/KBLI) dengan keputusan pembersihan: NIB, kecamatan baku, kategori KBLI 2020 dan sektor Kota Semarang, skala usaha, jenis kelamin, salinan ekspor bulan berikutnya, dan masalah baris.';
COMMENT ON COLUMN clean.oss.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN clean.oss.file IS 'Berkas ekspor, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.oss.sheet IS 'Lembar (untuk .xlsx).';
COMMENT ON COLUMN clean.oss.row_no IS 'Nomor baris di berkas.';
COMMENT ON COLUMN clean.oss.nib_asli IS 'NIB seperti tertulis.';
COMMENT ON COLUMN clean.oss.nib IS 'NIB tanpa spasi; kosong bila kosong.';
COMMENT ON COLUMN clean.oss.id_proyek IS 'ID proyek.';
COMMENT ON COLUMN clean.oss.tanggal_terbit IS 'Tanggal terbit; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.oss.nik_hash IS 'Hash berkunci NIK pemilik (raw.oss.nik_hash); kosong tanpa NIK.';
COMMENT ON COLUMN clean.oss.nik_mask IS 'NIK pemilik tersamar.';
COMMENT ON COLUMN clean.oss.nik_valid IS 'Benar bila NIK sah.';
COMMENT ON COLUMN clean.oss.nik_perempuan IS 'Jenis kelamin menurut NIK.';
COMMENT ON COLUMN clean.oss.jk IS 'Jenis kelamin pemilik seperti diketik, dibakukan: L atau P.';
COMMENT ON COLUMN clean.oss.nama_usaha IS 'Nama perusahaan/usaha.';
COMMENT ON COLUMN clean.oss.alamat IS 'Alamat usaha.';
COMMENT ON COLUMN clean.oss.kelurahan IS 'Kelurahan seperti tertulis.';
COMMENT ON COLUMN clean.oss.kecamatan_asli IS 'Kecamatan seperti tertulis.';
COMMENT ON COLUMN clean.oss.kecamatan IS 'Kecamatan baku (salah satu dari 16 kecamatan Kota Semarang); kosong bila bukan.';
COMMENT ON COLUMN clean.oss.kode_kecamatan IS 'Kode kecamatan baku.';
COMMENT ON COLUMN clean.oss.kbli IS 'Kode KBLI seperti tertulis.';
COMMENT ON COLUMN clean.oss.kategori_kbli IS 'Kategori KBLI 2020 (A–U) menurut dua angka pertama; kosong bila kode bukan lima angka.';
COMMENT ON COLUMN clean.oss.sektor IS 'Sektor usaha Kota Semarang menurut kode KBLI (raw.kbli_sektor), lain-lain bila tidak ada padanannya; kosong bila kode tidak terbaca.';
COMMENT ON COLUMN clean.oss.judul_kbli IS 'Judul KBLI seperti tertulis.';
COMMENT ON COLUMN clean.oss.skala_asli IS 'Skala usaha seperti tertulis.';
COMMENT ON COLUMN clean.oss.skala IS 'Skala usaha menurut ekspor: mikro, kecil, menengah atau besar; kosong bila tidak ada atau tidak dikenal.';
COMMENT ON COLUMN clean.oss.risiko IS 'Tingkat risiko proyek.';
COMMENT ON COLUMN clean.oss.modal IS 'Modal usaha (rupiah).';
COMMENT ON COLUMN clean.oss.investasi IS 'Jumlah investasi proyek (rupiah).';
COMMENT ON COLUMN clean.oss.omset IS 'Hasil penjualan per tahun (rupiah).';
COMMENT ON COLUMN clean.oss.tki IS 'Tenaga kerja proyek.';
COMMENT ON COLUMN clean.oss.tki_l IS 'Tenaga kerja laki-laki proyek.';
COMMENT ON COLUMN clean.oss.tki_p IS 'Tenaga kerja perempuan proyek.';
COMMENT ON COLUMN clean.oss.salinan IS 'Benar bila NIB dan proyek yang sama (dengan tanggal terbit yang sama) dimuat lagi oleh ekspor di berkas yang lebih baru: salinan, bukan pendaftaran kedua dan bukan temuan.';
COMMENT ON COLUMN clean.oss.masalah_semua IS 'Semua masalah baris, berurutan: wajib_kosong (NIB, tanggal terbit atau kecamatan kosong), nib_salah, nik_salah, nik_jenis_kelamin, kecamatan_asing, kbli_salah, skala_asing; kosong untuk salinan.';
