-- clean.sipd: the rows of Keuangan's SIPD-RI realisasi exports (sub
-- kegiatan × rekening), with what the cleaning decided:
--   year, month       the month the row's realisasi is cumulative to (its
--                     periode, else its bulan and tahun, else the file name);
--   kode_sub_kegiatan the code as written, or read from the front of the
--                     name where the export puts them in one column;
--                     kode_valid when it has the six parts of Permendagri
--                     90/2019 (X.XX.XX.X.XX.XXXX);
--   row_kind          data for a rekening row; jumlah for a total over other
--                     rows (no rekening, or a rekening another row of the same
--                     sub kegiatan and month extends, as the LRA's levels);
--   realisasi         realisasi s.d. bulan ini, or the month's added to the
--                     month before's where the export splits them;
--   ekspor_lengkap    the file has every column the reconciliation needs
--                     (the reader's sipd.kolom finding says what is missing);
--   dipakai           the row counts in the official realisasi: a data row of
--                     a complete export, with a period, a valid code and a
--                     realisasi read, not a repeat of a row above it, and of
--                     the export that holds the month (the last saved, then
--                     the last by name, when two exports hold it);
--   masalah_semua     every problem of the row: periode_tidak_terbaca,
--                     kode_salah, rekening_salah, angka_salah (a pagu or a
--                     realisasi that could not be read), duplikat (the same
--                     sub kegiatan, rekening and month again in the file),
--                     melebihi_pagu (a rekening spent past its pagu), asing
--                     (a sub kegiatan the year's Renstra does not have).
CREATE TABLE clean.sipd AS
WITH src AS (
    SELECT * FROM raw.sipd_isi
    UNION ALL
    SELECT i.* REPLACE (s.file_id AS file_id, s.sheet AS sheet, s.row_no AS row_no)
    FROM raw.sipd_sama s JOIN raw.sipd_isi i ON i.isi_a = s.isi_a AND i.isi_b = s.isi_b
),
r AS (
    SELECT src.*,
           nullif(regexp_replace(coalesce(nullif(trim(kode_sub_kegiatan), ''),
                                          regexp_extract(coalesce(nama_sub_kegiatan, ''), '^\s*([0-9X]+(\.[0-9]+)+)', 1)), '\s', '', 'g'), '') AS kode_sub,
           nullif(regexp_replace(coalesce(kode_rekening, ''), '\s', '', 'g'), '') AS rek,
           CAST(periode_iso AS DATE) AS periode_akhir,
           coalesce(realisasi_rp, CASE WHEN realisasi IS NULL THEN realisasi_lalu_rp + realisasi_bulan_rp END) AS real_rp
    FROM src
),
berkas AS (
    -- a file is complete when its header gave every column the
    -- reconciliation needs: a column missing leaves its field blank on
    -- every row
    SELECT r.file_id, f.path, f.saved_at,
           count(kode_sub) > 0 AND count(rek) > 0 AND count(pagu) > 0
           AND (count(realisasi) > 0 OR (count(realisasi_lalu) > 0 AND count(realisasi_bulan) > 0)) AS lengkap
    FROM r JOIN raw.files f USING (file_id) GROUP BY ALL
),
plan AS (
    SELECT DISTINCT b.year, pk.kode, pk.unit, pk.uraian
    FROM clean.program_kegiatan pk JOIN clean.renstra_berlaku b ON b.file_id = pk.file_id
    WHERE pk.kode IS NOT NULL
),
b AS (
    SELECT r.*, f.path AS file, f.lengkap,
           year(r.periode_akhir) AS year, month(r.periode_akhir) AS month,
           r.kode_sub IS NOT NULL AND regexp_full_match(r.kode_sub, '[0-9X]\.[0-9X]{2}\.[0-9]{2}\.[0-9]\.[0-9]{2}\.[0-9]{4}') AS kode_valid,
           r.rek IS NULL OR regexp_full_match(r.rek, '[4-6](\.[0-9]{1,2}){0,4}(\.[0-9]{4})?') AS rek_valid,
           -- a rekening another row of the sub kegiatan extends is a level total
           r.rek IS NULL OR EXISTS (SELECT 1 FROM r c WHERE c.file_id = r.file_id AND c.sheet IS NOT DISTINCT FROM r.sheet
                                      AND c.kode_sub IS NOT DISTINCT FROM r.kode_sub AND c.periode_akhir IS NOT DISTINCT FROM r.periode_akhir
                                      AND starts_with(c.rek, r.rek || '.')) AS jumlah,
           row_number() OVER (PARTITION BY r.file_id, r.sheet, r.kode_sub, r.rek, r.periode_akhir ORDER BY r.row_no) AS ke
    FROM r JOIN berkas f USING (file_id)
),
pilih AS (
    -- the export that holds each month
    SELECT year, month, arg_max(file_id, struct_pack(s := coalesce(saved_at, TIMESTAMPTZ '1970-01-01 00:00:00+00'), p := path)) AS file_id
    FROM (SELECT DISTINCT b.year, b.month, b.file_id, f.saved_at, f.path FROM b JOIN berkas f USING (file_id)
          WHERE b.lengkap AND b.year IS NOT NULL) x
    GROUP BY year, month
)
SELECT b.file_id, b.file, b.sheet, b.row_no, b.year, b.month, b.tahun AS tahun_asli, b.periode AS periode_asli,
       b.kode_sub_kegiatan AS kode_sub_kegiatan_asli, b.kode_sub AS kode_sub_kegiatan, b.kode_valid,
       coalesce(b.nama_sub_kegiatan, pl.uraian) AS nama_sub_kegiatan, pl.unit AS unit_kegiatan,
       b.kode_rekening AS kode_rekening_asli, b.rek AS kode_rekening, b.nama_rekening,
       CASE WHEN b.jumlah THEN 'jumlah' ELSE 'data' END AS row_kind,
       b.pagu_rp AS pagu, b.pagu_murni_rp AS pagu_murni, b.real_rp AS realisasi,
       b.pagu AS pagu_raw, coalesce(b.realisasi, b.realisasi_lalu || ' + ' || b.realisasi_bulan) AS realisasi_raw,
       b.kolom_pagu || b.row_no AS pagu_cell, b.kolom_realisasi || b.row_no AS realisasi_cell,
       b.lengkap AS ekspor_lengkap,
       b.lengkap AND NOT b.jumlah AND b.year IS NOT NULL AND b.kode_valid AND b.real_rp IS NOT NULL AND b.ke = 1
           AND p.file_id IS NOT NULL AS dipakai,
       CASE WHEN b.lengkap THEN list_filter([
            CASE WHEN b.periode_akhir IS NULL THEN 'periode_tidak_terbaca' END,
            CASE WHEN NOT b.kode_valid THEN 'kode_salah' END,
            CASE WHEN NOT b.rek_valid THEN 'rekening_salah' END,
            CASE WHEN (b.pagu IS NOT NULL AND b.pagu_rp IS NULL) OR (b.realisasi IS NOT NULL AND b.realisasi_rp IS NULL)
                   OR (b.realisasi IS NULL AND ((b.realisasi_lalu IS NOT NULL AND b.realisasi_lalu_rp IS NULL)
                                             OR (b.realisasi_bulan IS NOT NULL AND b.realisasi_bulan_rp IS NULL))) THEN 'angka_salah' END,
            CASE WHEN b.ke > 1 THEN 'duplikat' END,
            CASE WHEN NOT b.jumlah AND b.real_rp > b.pagu_rp THEN 'melebihi_pagu' END,
            CASE WHEN b.kode_valid AND b.year IS NOT NULL AND pl.kode IS NULL
                  AND EXISTS (SELECT 1 FROM plan q WHERE q.year = b.year) THEN 'asing' END], x -> x IS NOT NULL)
            ELSE [] END AS masalah_semua
FROM b
LEFT JOIN pilih p ON p.year = b.year AND p.month = b.month AND p.file_id = b.file_id
LEFT JOIN plan pl ON pl.year = b.year AND pl.kode = b.kode_sub;
COMMENT ON TABLE clean.sipd IS 'Baris ekspor realisasi SIPD-RI (sub kegiatan × rekening) dengan hasil pembersihan: bulan yang menjadi batas realisasi kumulatif, kode sub kegiatan baku, jenis baris (rekening atau jumlah), apakah baris dipakai sebagai realisasi resmi, dan semua masalahnya.';
COMMENT ON COLUMN clean.sipd.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN clean.sipd.file IS 'Jalur berkas ekspor, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.sipd.sheet IS 'Lembar, untuk ekspor .xlsx; kosong untuk .csv.';
COMMENT ON COLUMN clean.sipd.row_no IS 'Nomor baris di berkas, mulai dari 1.';
COMMENT ON COLUMN clean.sipd.year IS 'Tahun periode realisasi.';
COMMENT ON COLUMN clean.sipd.month IS 'Bulan yang menjadi batas realisasi kumulatif (s.d. bulan ini).';
COMMENT ON COLUMN clean.sipd.tahun_asli IS 'Tahun anggaran seperti tertulis.';
COMMENT ON COLUMN clean.sipd.periode_asli IS 'Periode seperti tertulis.';
COMMENT ON COLUMN clean.sipd.kode_sub_kegiatan_asli IS 'Kode sub kegiatan seperti tertulis.';
COMMENT ON COLUMN clean.sipd.kode_sub_kegiatan IS 'Kode sub kegiatan tanpa spasi; dari depan nama bila ekspor menyatukannya.';
COMMENT ON COLUMN clean.sipd.kode_valid IS 'Benar bila kode sub kegiatan berbentuk X.XX.XX.X.XX.XXXX (Permendagri 90/2019).';
COMMENT ON COLUMN clean.sipd.nama_sub_kegiatan IS 'Nama sub kegiatan seperti tertulis, atau menurut Renstra bila ekspor tidak menuliskannya.';
COMMENT ON COLUMN clean.sipd.unit_kegiatan IS 'Unit penanggung jawab sub kegiatan menurut Renstra yang berlaku.';
COMMENT ON COLUMN clean.sipd.kode_rekening_asli IS 'Kode rekening seperti tertulis.';
COMMENT ON COLUMN clean.sipd.kode_rekening IS 'Kode rekening tanpa spasi.';
COMMENT ON COLUMN clean.sipd.nama_rekening IS 'Nama rekening seperti tertulis.';
COMMENT ON COLUMN clean.sipd.row_kind IS 'data (baris rekening) atau jumlah (baris total: tanpa rekening, atau rekening tingkat atas yang dirinci baris lain).';
COMMENT ON COLUMN clean.sipd.pagu IS 'Pagu terbaca (rupiah).';
COMMENT ON COLUMN clean.sipd.pagu_murni IS 'Pagu murni terbaca (rupiah).';
COMMENT ON COLUMN clean.sipd.realisasi IS 'Realisasi s.d. bulan ini (rupiah): kolomnya, atau realisasi s.d. bulan lalu ditambah realisasi bulan ini.';
COMMENT ON COLUMN clean.sipd.pagu_raw IS 'Isi asli sel pagu.';
COMMENT ON COLUMN clean.sipd.realisasi_raw IS 'Isi asli sel realisasi (atau kedua sel yang dijumlah).';
COMMENT ON COLUMN clean.sipd.pagu_cell IS 'Sel pagu (kolom dan baris di berkas).';
COMMENT ON COLUMN clean.sipd.realisasi_cell IS 'Sel realisasi s.d. bulan ini.';
COMMENT ON COLUMN clean.sipd.ekspor_lengkap IS 'Benar bila ekspor memiliki semua kolom yang dibutuhkan rekonsiliasi (sub kegiatan, rekening, pagu, realisasi).';
COMMENT ON COLUMN clean.sipd.dipakai IS 'Benar bila baris dihitung dalam realisasi resmi bulannya.';
COMMENT ON COLUMN clean.sipd.masalah_semua IS 'Semua masalah baris: periode_tidak_terbaca, kode_salah, rekening_salah, angka_salah, duplikat, melebihi_pagu, asing.';
