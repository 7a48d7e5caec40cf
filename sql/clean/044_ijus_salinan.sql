-- clean.ijus_salinan: the rows of an I-Jus Melon export that a later
-- file's export holds again (same licence number, date of issue and NIK): a
-- planner who drops every month's full export repeats all earlier licences,
-- which is not a second registration and not a finding. A narrow row each,
-- where it is and the file that holds it last, so that a dozen monthly
-- exports cost little more than the latest; clean.ijus holds the rest.
CREATE TABLE clean.ijus_salinan AS
WITH terakhir AS (
    SELECT nomor_izin, tanggal_iso, coalesce(nik_hash, nik_mask) AS nik, max(file_id) AS file_id
    FROM raw.ijus WHERE nomor_izin IS NOT NULL GROUP BY ALL
)
SELECT i.file_id, f.path AS file, i.sheet, i.row_no, i.nomor_izin, CAST(i.tanggal_iso AS DATE) AS tanggal_terbit,
       t.file_id AS file_id_terakhir, ft.path AS file_terakhir
FROM raw.ijus i
JOIN terakhir t ON t.nomor_izin = i.nomor_izin AND t.tanggal_iso IS NOT DISTINCT FROM i.tanggal_iso
               AND t.nik IS NOT DISTINCT FROM coalesce(i.nik_hash, i.nik_mask)
JOIN raw.files f ON f.file_id = i.file_id
JOIN raw.files ft ON ft.file_id = t.file_id
WHERE i.file_id < t.file_id;
COMMENT ON TABLE clean.ijus_salinan IS 'Baris ekspor I-Jus Melon yang dimuat lagi oleh ekspor di berkas yang lebih baru (nomor izin, tanggal terbit dan NIK sama): salinan, bukan pendaftaran kedua; satu baris ringkas per salinan.';
COMMENT ON COLUMN clean.ijus_salinan.file_id IS 'Berkas ekspor tempat salinan (raw.files.file_id).';
COMMENT ON COLUMN clean.ijus_salinan.file IS 'Berkas ekspor tempat salinan, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.ijus_salinan.sheet IS 'Lembar (untuk .xlsx).';
COMMENT ON COLUMN clean.ijus_salinan.row_no IS 'Nomor baris di berkas; isi lengkapnya di raw.ijus.';
COMMENT ON COLUMN clean.ijus_salinan.nomor_izin IS 'Nomor izin.';
COMMENT ON COLUMN clean.ijus_salinan.tanggal_terbit IS 'Tanggal terbit; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.ijus_salinan.file_id_terakhir IS 'Berkas terakhir yang memuat izin ini (raw.files.file_id); barisnya di sana yang ada di clean.ijus.';
COMMENT ON COLUMN clean.ijus_salinan.file_terakhir IS 'Berkas terakhir yang memuat izin ini, relatif terhadap folder masukan.';
