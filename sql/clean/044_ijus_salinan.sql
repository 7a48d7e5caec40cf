-- clean.ijus_salinan: the rows of an I-Jus Melon export that a later
-- file's export holds again (same licence number, date of issue and NIK): a
-- planner who drops every month's full export repeats all earlier licences,
-- which is not a second registration and not a finding. A narrow row each,
-- where it is and the file that holds it last (their paths in
-- clean.berkas: a path on each of a million rows cost most of the table),
-- so that a dozen monthly exports cost little more than the latest;
-- clean.ijus holds the rest.
CREATE TABLE clean.ijus_salinan AS
WITH terakhir AS (
    -- the last file that holds each licence; a row repeated field for
    -- field is whole at its latest place (raw.ijus_isi), so the whole rows
    -- tell
    SELECT nomor_izin, tanggal_iso, coalesce(nik_hash, nik_mask) AS nik, max(file_id) AS file_id
    FROM raw.ijus_isi WHERE nomor_izin IS NOT NULL GROUP BY ALL
),
baris AS (
    SELECT file_id, sheet, row_no, nomor_izin, tanggal_iso, coalesce(nik_hash, nik_mask) AS nik FROM raw.ijus_isi
    UNION ALL
    SELECT s.file_id, s.sheet, s.row_no, i.nomor_izin, i.tanggal_iso, coalesce(i.nik_hash, i.nik_mask)
    FROM raw.ijus_sama s JOIN raw.ijus_isi i ON i.isi_a = s.isi_a AND i.isi_b = s.isi_b
)
SELECT b.file_id, b.sheet, b.row_no, b.nomor_izin, CAST(b.tanggal_iso AS DATE) AS tanggal_terbit,
       t.file_id AS file_id_terakhir
FROM baris b
JOIN terakhir t ON t.nomor_izin = b.nomor_izin AND t.tanggal_iso IS NOT DISTINCT FROM b.tanggal_iso AND t.nik IS NOT DISTINCT FROM b.nik
WHERE b.file_id < t.file_id;
COMMENT ON TABLE clean.ijus_salinan IS 'Baris ekspor I-Jus Melon yang dimuat lagi oleh ekspor di berkas yang lebih baru (nomor izin, tanggal terbit dan NIK sama): salinan, bukan pendaftaran kedua; satu baris ringkas per salinan.';
COMMENT ON COLUMN clean.ijus_salinan.file_id IS 'Berkas ekspor tempat salinan (raw.files.file_id; jalurnya di clean.berkas).';
COMMENT ON COLUMN clean.ijus_salinan.sheet IS 'Lembar (untuk .xlsx).';
COMMENT ON COLUMN clean.ijus_salinan.row_no IS 'Nomor baris di berkas; isi lengkapnya di raw.ijus.';
COMMENT ON COLUMN clean.ijus_salinan.nomor_izin IS 'Nomor izin.';
COMMENT ON COLUMN clean.ijus_salinan.tanggal_terbit IS 'Tanggal terbit; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.ijus_salinan.file_id_terakhir IS 'Berkas terakhir yang memuat izin ini (raw.files.file_id); barisnya di sana yang ada di clean.ijus.';
