-- clean.oss_usaha: the businesses of the OSS exports, one per NIB: a NIB
-- with several projects (KBLI) is one business. From the rows of
-- clean.oss that are not copies, with a NIB of 13 digits:
--   tanggal_terbit, kecamatan, sektor, jk … those of its first project
--                   (by date of issue, then place);
--   ukuran          the export's own scale (the largest its projects
--                   give), else PP 7/2021's rule on modal usaha and hasil
--                   penjualan (mikro when either is within the mikro
--                   bound, Rp 1 M / Rp 2 M; kecil within Rp 5 M / Rp 15 M;
--                   menengah within Rp 10 M / Rp 50 M; else besar), else
--                   the same rule on the projects' jumlah investasi, which
--                   includes land and buildings the rule leaves out
--                   (ukuran_dasar says which);
--   jk              the owner's sex as typed, else as the NIK codes it;
--   duplikat_usaha  true for a second NIB of the same person (NIK hash)
--                   and business name, later than the first; without a
--                   NIK, of the same business name, address and kecamatan;
--   dihitung        whether it counts as a registered UMKM of OSS: a date,
--                   one of the 16 kecamatan, not besar, not a second NIB of
--                   the same person and business. Whether it holds an IUMK
--                   already is clean.umkm_izin's to say.
CREATE TABLE clean.oss_usaha AS
WITH p AS (
    -- the columns the decisions need, of the rows that are projects of a NIB
    SELECT nib, file_id, sheet, row_no, tanggal_terbit, nik_mask, skala, modal, omset, investasi, tki, tki_l, tki_p
    FROM clean.oss WHERE NOT salinan AND nib IS NOT NULL AND regexp_full_match(nib, '[0-9]{13}')
),
rank_skala(skala, peringkat) AS (VALUES ('mikro', 1), ('kecil', 2), ('menengah', 3), ('besar', 4)),
-- the first project of each NIB (by date of issue, then place), chosen on
-- its place alone, and what all its projects add up to: a million wide
-- rows ordered whole, or an ordered aggregate per field, do not fit in the
-- warehouse's memory
pertama AS (
    SELECT nib, file_id, sheet, row_no FROM (SELECT nib, file_id, sheet, row_no, tanggal_terbit FROM p)
    QUALIFY row_number() OVER (PARTITION BY nib ORDER BY tanggal_terbit NULLS LAST, file_id, coalesce(sheet, ''), row_no) = 1
),
semua AS (
    SELECT nib, count(*) AS proyek, bool_or(nik_mask IS NOT NULL) AS ada_nik,
           max(r.peringkat) AS skala_peringkat,
           max(modal) AS modal, max(omset) AS omset, sum(investasi) AS investasi,
           sum(tki) AS tki, sum(tki_l) AS tki_l, sum(tki_p) AS tki_p
    FROM p LEFT JOIN rank_skala r USING (skala)
    GROUP BY nib
),
u AS (
    -- the first project's date, place and text, with what all projects
    -- add up to
    SELECT e.nib, e.tanggal_terbit, s.proyek, e.kbli, e.file_id, e.file, e.sheet, e.row_no,
           e.nik_hash, s.ada_nik, CASE WHEN e.nik_valid THEN e.nik_perempuan END AS nik_perempuan,
           e.jk AS jk_ketik, e.nama_usaha, e.alamat, e.kelurahan, e.kecamatan_asli, e.kecamatan, e.kode_kecamatan,
           e.sektor, e.kategori_kbli, s.skala_peringkat, s.modal, s.omset, s.investasi, s.tki, s.tki_l, s.tki_p
    FROM pertama f JOIN clean.oss e ON e.file_id = f.file_id AND e.row_no = f.row_no AND e.sheet IS NOT DISTINCT FROM f.sheet
    JOIN semua s ON s.nib = f.nib
),
aturan AS (
    SELECT *, CASE WHEN skala_peringkat IS NOT NULL THEN 'skala ekspor OSS'
                   WHEN modal IS NOT NULL OR omset IS NOT NULL THEN 'PP 7/2021: modal usaha atau hasil penjualan'
                   WHEN investasi IS NOT NULL THEN 'PP 7/2021: jumlah investasi (termasuk tanah dan bangunan)' END AS ukuran_dasar,
           CASE WHEN skala_peringkat IS NOT NULL THEN skala_peringkat
                WHEN modal IS NOT NULL OR omset IS NOT NULL THEN
                    CASE WHEN modal <= 1000000000 OR omset <= 2000000000 THEN 1
                         WHEN modal <= 5000000000 OR omset <= 15000000000 THEN 2
                         WHEN modal <= 10000000000 OR omset <= 50000000000 THEN 3 ELSE 4 END
                WHEN investasi IS NOT NULL THEN
                    CASE WHEN investasi <= 1000000000 THEN 1 WHEN investasi <= 5000000000 THEN 2
                         WHEN investasi <= 10000000000 THEN 3 ELSE 4 END END AS peringkat
    FROM u
),
g AS (
    -- a second NIB of the same person and business: the NIK hash and the
    -- business name agree, or where there is no NIK, the name, the address
    -- and the kecamatan (as clean.umkm_izin tells an IUMK's business)
    SELECT nib, row_number() OVER (PARTITION BY nik_hash, meta.norm_nama(nama_usaha),
                                   CASE WHEN nik_hash IS NULL THEN meta.norm_alamat(alamat) END,
                                   CASE WHEN nik_hash IS NULL THEN kode_kecamatan END
                                   ORDER BY tanggal_terbit NULLS LAST, nib) AS ke
    FROM u WHERE meta.norm_nama(nama_usaha) <> '' AND (nik_hash IS NOT NULL OR (meta.norm_alamat(alamat) <> '' AND kode_kecamatan IS NOT NULL))
)
SELECT a.nib, a.tanggal_terbit, a.proyek, a.kbli, a.file_id, a.file, a.sheet, a.row_no,
       a.nik_hash, a.ada_nik, coalesce(a.jk_ketik, CASE WHEN a.nik_perempuan THEN 'P' WHEN NOT a.nik_perempuan THEN 'L' END) AS jk,
       CASE WHEN a.jk_ketik IS NOT NULL THEN 'diketik' WHEN a.nik_perempuan IS NOT NULL THEN 'NIK' END AS jk_dasar,
       a.nama_usaha, a.alamat, a.kelurahan, a.kecamatan_asli, a.kecamatan, a.kode_kecamatan, a.sektor, a.kategori_kbli,
       (SELECT skala FROM rank_skala WHERE peringkat = a.peringkat) AS ukuran, a.ukuran_dasar,
       a.modal, a.omset, a.investasi, a.tki, a.tki_l, a.tki_p,
       coalesce(g.ke > 1, false) AS duplikat_usaha,
       a.tanggal_terbit IS NOT NULL AND a.kecamatan IS NOT NULL AND coalesce(a.peringkat, 1) < 4 AND NOT coalesce(g.ke > 1, false) AS dihitung
FROM aturan a LEFT JOIN g USING (nib)
ORDER BY a.nib;
COMMENT ON TABLE clean.oss_usaha IS 'Usaha dari ekspor OSS, satu per NIB (NIB dengan beberapa proyek/KBLI adalah satu usaha): tanggal terbit pertama, tempat, sektor, ukuran usaha, jenis kelamin pemilik, NIB kedua orang dan usaha yang sama, dan apakah dihitung.';
COMMENT ON COLUMN clean.oss_usaha.nib IS 'NIB (13 angka).';
COMMENT ON COLUMN clean.oss_usaha.tanggal_terbit IS 'Tanggal terbit proyek yang pertama.';
COMMENT ON COLUMN clean.oss_usaha.proyek IS 'Jumlah baris proyek NIB ini (bukan salinan).';
COMMENT ON COLUMN clean.oss_usaha.kbli IS 'Kode KBLI proyek pertama (proyek lainnya di clean.oss).';
COMMENT ON COLUMN clean.oss_usaha.file_id IS 'Berkas baris proyek pertama (raw.files.file_id).';
COMMENT ON COLUMN clean.oss_usaha.file IS 'Berkas baris proyek pertama.';
COMMENT ON COLUMN clean.oss_usaha.sheet IS 'Lembar baris proyek pertama.';
COMMENT ON COLUMN clean.oss_usaha.row_no IS 'Nomor baris proyek pertama.';
COMMENT ON COLUMN clean.oss_usaha.nik_hash IS 'Hash berkunci NIK pemilik; kosong bila tidak ada.';
COMMENT ON COLUMN clean.oss_usaha.ada_nik IS 'Benar bila ekspor memuat NIK pemilik usaha ini (sah atau tidak).';
COMMENT ON COLUMN clean.oss_usaha.jk IS 'Jenis kelamin pemilik: L atau P, seperti diketik, bila tidak ada menurut NIK.';
COMMENT ON COLUMN clean.oss_usaha.jk_dasar IS 'Dari mana jenis kelamin: diketik atau NIK; kosong bila tidak diketahui.';
COMMENT ON COLUMN clean.oss_usaha.nama_usaha IS 'Nama perusahaan/usaha.';
COMMENT ON COLUMN clean.oss_usaha.alamat IS 'Alamat usaha.';
COMMENT ON COLUMN clean.oss_usaha.kelurahan IS 'Kelurahan seperti tertulis.';
COMMENT ON COLUMN clean.oss_usaha.kecamatan_asli IS 'Kecamatan seperti tertulis.';
COMMENT ON COLUMN clean.oss_usaha.kecamatan IS 'Kecamatan baku; kosong bila bukan salah satu dari 16.';
COMMENT ON COLUMN clean.oss_usaha.kode_kecamatan IS 'Kode kecamatan baku.';
COMMENT ON COLUMN clean.oss_usaha.sektor IS 'Sektor usaha Kota Semarang menurut KBLI proyek pertama.';
COMMENT ON COLUMN clean.oss_usaha.kategori_kbli IS 'Kategori KBLI 2020 proyek pertama.';
COMMENT ON COLUMN clean.oss_usaha.ukuran IS 'mikro, kecil, menengah atau besar (lihat ukuran_dasar).';
COMMENT ON COLUMN clean.oss_usaha.ukuran_dasar IS 'Dasar ukuran: skala ekspor OSS, atau aturan PP 7/2021 pada modal usaha/hasil penjualan, atau pada jumlah investasi (termasuk tanah dan bangunan); kosong bila tidak ada.';
COMMENT ON COLUMN clean.oss_usaha.modal IS 'Modal usaha (rupiah), terbesar di baris-barisnya.';
COMMENT ON COLUMN clean.oss_usaha.omset IS 'Hasil penjualan per tahun (rupiah), terbesar di baris-barisnya.';
COMMENT ON COLUMN clean.oss_usaha.investasi IS 'Jumlah investasi semua proyeknya (rupiah).';
COMMENT ON COLUMN clean.oss_usaha.tki IS 'Tenaga kerja semua proyeknya.';
COMMENT ON COLUMN clean.oss_usaha.tki_l IS 'Tenaga kerja laki-laki semua proyeknya.';
COMMENT ON COLUMN clean.oss_usaha.tki_p IS 'Tenaga kerja perempuan semua proyeknya.';
COMMENT ON COLUMN clean.oss_usaha.duplikat_usaha IS 'Benar untuk NIB kedua dan seterusnya dari orang (hash NIK) dan nama usaha yang sama; tanpa NIK: nama usaha, alamat dan kecamatan yang sama.';
COMMENT ON COLUMN clean.oss_usaha.dihitung IS 'Benar bila dihitung sebagai UMKM terdaftar di OSS: ada tanggal terbit dan salah satu dari 16 kecamatan, bukan usaha besar, bukan NIB kedua orang dan usaha yang sama.';
