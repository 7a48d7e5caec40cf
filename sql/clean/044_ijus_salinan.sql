-- clean.ijus_salinan: the rows of an I-Jus Melon export that a later
-- file's export holds again (same licence number, date of issue and NIK): a
-- planner who drops every month's full export repeats all earlier licences,
-- which is not a second registration and not a finding. A narrow row each,
-- where it is and the file that holds it last (their paths in
-- clean.berkas); clean.ijus holds the rest. A view over the places of each
-- content and the last file of its licence (clean.ijus_terakhir): a dozen
-- monthly exports hold some 660 000 copies, and writing them out as a
-- table cost more than counting them where they are needed.
CREATE VIEW clean.ijus_salinan AS
SELECT p.file_id, p.sheet, p.row_no, t.nomor_izin, t.tanggal_terbit, t.file_id_terakhir
FROM (SELECT file_id, sheet, row_no, isi_a, isi_b FROM raw.ijus_isi
      UNION ALL
      SELECT file_id, sheet, row_no, isi_a, isi_b FROM raw.ijus_sama) p
JOIN clean.ijus_terakhir t ON t.isi_a = p.isi_a AND t.isi_b = p.isi_b
WHERE p.file_id < t.file_id_terakhir;
COMMENT ON VIEW clean.ijus_salinan IS 'Baris ekspor I-Jus Melon yang dimuat lagi oleh ekspor di berkas yang lebih baru (nomor izin, tanggal terbit dan NIK sama): salinan, bukan pendaftaran kedua; satu baris ringkas per salinan, dihitung dari clean.ijus_terakhir.';
COMMENT ON COLUMN clean.ijus_salinan.file_id IS 'Berkas ekspor tempat salinan (raw.files.file_id; jalurnya di clean.berkas).';
COMMENT ON COLUMN clean.ijus_salinan.sheet IS 'Lembar (untuk .xlsx).';
COMMENT ON COLUMN clean.ijus_salinan.row_no IS 'Nomor baris di berkas; isi lengkapnya di raw.ijus.';
COMMENT ON COLUMN clean.ijus_salinan.nomor_izin IS 'Nomor izin.';
COMMENT ON COLUMN clean.ijus_salinan.tanggal_terbit IS 'Tanggal terbit; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.ijus_salinan.file_id_terakhir IS 'Berkas terakhir yang memuat izin ini (raw.files.file_id); barisnya di sana yang ada di clean.ijus.';
