-- clean.ijus_terakhir: for each row of the I-Jus Melon exports as stored
-- whole (raw.ijus_isi: each content once, at its latest place), the last
-- file that holds its licence (same licence number, date of issue and
-- NIK). Every place of that content in an earlier file is a copy
-- (clean.ijus_salinan): a planner who drops every month's full export
-- repeats all earlier licences. Only rows whose licence a later file holds
-- are here; with the exports in one file, none is.
CREATE TABLE clean.ijus_terakhir AS
WITH ekspor AS (
    SELECT count(DISTINCT file_id) AS berkas FROM (SELECT file_id FROM raw.ijus_isi UNION ALL SELECT file_id FROM raw.ijus_sama)
),
terakhir AS (
    SELECT nomor_izin, tanggal_iso, coalesce(nik_hash, nik_mask) AS nik, max(file_id) AS file_id
    FROM raw.ijus_isi WHERE nomor_izin IS NOT NULL AND (SELECT berkas FROM ekspor) > 1 GROUP BY ALL
),
-- the earliest place of each content (a later place of it is a row of
-- raw.ijus_sama only when the whole row is in a later file still)
awal AS (
    SELECT isi_a, isi_b, min(file_id) AS file_id FROM raw.ijus_sama WHERE (SELECT berkas FROM ekspor) > 1 GROUP BY ALL
)
SELECT i.isi_a, i.isi_b, i.nomor_izin, CAST(i.tanggal_iso AS DATE) AS tanggal_terbit, t.file_id AS file_id_terakhir
FROM raw.ijus_isi i
JOIN terakhir t ON t.nomor_izin = i.nomor_izin AND t.tanggal_iso IS NOT DISTINCT FROM i.tanggal_iso
               AND t.nik IS NOT DISTINCT FROM coalesce(i.nik_hash, i.nik_mask)
LEFT JOIN awal a ON a.isi_a = i.isi_a AND a.isi_b = i.isi_b
WHERE least(i.file_id, coalesce(a.file_id, i.file_id)) < t.file_id;
COMMENT ON TABLE clean.ijus_terakhir IS 'Untuk tiap isi baris ekspor I-Jus Melon (raw.ijus_isi) yang izinnya (nomor izin, tanggal terbit dan NIK sama) dimuat lagi oleh berkas yang lebih baru: berkas terakhir yang memuatnya. Setiap tempat isi itu di berkas yang lebih lama adalah salinan (clean.ijus_salinan).';
COMMENT ON COLUMN clean.ijus_terakhir.isi_a IS 'Isi baris (raw.ijus_isi.isi_a).';
COMMENT ON COLUMN clean.ijus_terakhir.isi_b IS 'Isi baris (raw.ijus_isi.isi_b).';
COMMENT ON COLUMN clean.ijus_terakhir.nomor_izin IS 'Nomor izin.';
COMMENT ON COLUMN clean.ijus_terakhir.tanggal_terbit IS 'Tanggal terbit; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.ijus_terakhir.file_id_terakhir IS 'Berkas terakhir yang memuat izin ini (raw.files.file_id).';
