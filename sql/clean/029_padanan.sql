-- clean.padanan: rows of the published Tabel 2.4 paired by a planner with
-- the Renstra program they are (Pengaturan workbook, sheet Padanan), where
-- the two name it differently: "Prog. Pengembangan Sistem Pendukung Usaha
-- bagi UMKM" is program 1.2.11.1.2.11.01.17. A pairing is used only when
-- its kode is a program of a Renstra and its uraian a row of a published
-- Tabel 2.4; otherwise it is listed in the review and ignored. Without a
-- pairing, rows are matched by name (meta.norm_nama).
CREATE TABLE clean.padanan AS
WITH typed AS (
    SELECT v.file_id, v.sheet, v.row_no,
           trim(max(v.raw_text) FILTER (WHERE v.field = 'uraian')) AS uraian,
           trim(max(v.raw_text) FILTER (WHERE v.field = 'kode'))   AS kode,
           max(v.cell) FILTER (WHERE v.field = 'uraian')           AS cell_uraian,
           max(v.cell) FILTER (WHERE v.field = 'kode')             AS cell_kode
    FROM raw.values v
    WHERE v.form = 'pengaturan.padanan'
    GROUP BY ALL
),
program AS (
    SELECT DISTINCT kode, uraian FROM clean.program_kegiatan WHERE jenis = 'program' AND NOT lanjutan AND kode IS NOT NULL
),
published AS (
    SELECT DISTINCT meta.norm_nama(uraian) AS nama FROM clean.tabel24_rows WHERE row_kind = 'data'
)
SELECT t.uraian, meta.norm_nama(t.uraian) AS nama, t.kode, p.uraian AS uraian_renstra,
       CASE WHEN coalesce(t.uraian, '') = '' THEN 'uraian_kosong'
            WHEN coalesce(t.kode, '') = '' THEN 'kode_kosong'
            WHEN p.kode IS NULL THEN 'kode_tidak_dikenal'
            WHEN meta.norm_nama(t.uraian) NOT IN (SELECT nama FROM published) THEN 'uraian_tidak_ada'
            ELSE 'ok' END AS status,
       f.path AS file, t.sheet, t.row_no,
       CASE WHEN p.kode IS NULL AND coalesce(t.kode, '') <> '' OR coalesce(t.kode, '') = '' AND coalesce(t.uraian, '') <> ''
            THEN coalesce(t.cell_kode, 'B' || t.row_no) ELSE coalesce(t.cell_uraian, 'A' || t.row_no) END AS cell
FROM typed t
JOIN raw.files f ON f.file_id = t.file_id
LEFT JOIN program p ON p.kode = t.kode
WHERE coalesce(t.uraian, '') <> '' OR coalesce(t.kode, '') <> '';
COMMENT ON TABLE clean.padanan IS 'Padanan baris Tabel 2.4 terbitan dengan program Renstra yang namanya berbeda, dari lembar Padanan di workbook Pengaturan; hanya yang berstatus ok yang dipakai.';
COMMENT ON COLUMN clean.padanan.uraian IS 'Uraian baris Tabel 2.4 seperti diketik di lembar Padanan.';
COMMENT ON COLUMN clean.padanan.nama IS 'Uraian itu dinormalkan (meta.norm_nama), untuk mencocokkan dengan baris Tabel 2.4.';
COMMENT ON COLUMN clean.padanan.kode IS 'Kode rekening program Renstra yang dipadankan, mis. 1.2.11.1.2.11.01.17.';
COMMENT ON COLUMN clean.padanan.uraian_renstra IS 'Nama program itu di Renstra; kosong bila kodenya tidak dikenal.';
COMMENT ON COLUMN clean.padanan.status IS 'ok (dipakai), uraian_kosong, kode_kosong, kode_tidak_dikenal (bukan program di Renstra mana pun), uraian_tidak_ada (tidak ada baris Tabel 2.4 terbitan dengan nama itu).';
COMMENT ON COLUMN clean.padanan.file IS 'Berkas Pengaturan, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.padanan.sheet IS 'Lembar padanan.';
COMMENT ON COLUMN clean.padanan.row_no IS 'Nomor baris di lembar padanan.';
COMMENT ON COLUMN clean.padanan.cell IS 'Sel yang bermasalah, atau sel uraian bila padanan sah (gaya A1).';
