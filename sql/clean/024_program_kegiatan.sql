-- clean.program_kegiatan: the rows of Tabel 6.1 with their place in the plan.
-- The block (BELANJA TIDAK LANGSUNG / BELANJA LANGSUNG) is the last block
-- total row above a row. A row without kode and uraian continues the row
-- above (another indicator of the same program). The parent of a kode is the
-- longest other kode of the same block that is its prefix by segments;
-- tingkat counts the levels from the top of the block (1 = program in
-- BELANJA LANGSUNG, 2 = kegiatan). Nothing here depends on the number of
-- segments a kode rekening has. A plan coded by Permendagri 90/2019 has no
-- blocks (blok is empty): its levels are program, kegiatan and sub kegiatan.
-- daun marks the budget lines: a row of the program hierarchy with no row
-- under it (a kegiatan of the 13/2006 plan, a sub kegiatan of a 90/2019
-- one), whose realisasi anggaran is reported; the Rp of a row above them is
-- the sum of theirs.
CREATE TABLE clean.program_kegiatan AS
WITH r AS (
    SELECT r.file_id, r.sheet, r.row_no, r.seq, r.row_kind,
           max(v.raw_text) FILTER (WHERE v.field = 'kode_rekening')  AS kode_typed,
           max(v.raw_text) FILTER (WHERE v.field = 'uraian')         AS uraian_typed,
           max(v.raw_text) FILTER (WHERE v.field = 'indikator')      AS indikator,
           trim(max(v.raw_text) FILTER (WHERE v.field = 'kode_indikator')) AS kode_indikator,
           upper(trim(max(v.raw_text) FILTER (WHERE v.field = 'unit'))) AS unit,
           max(v.raw_text) FILTER (WHERE v.field = 'catatan')        AS catatan
    FROM raw.rows r
    LEFT JOIN raw.values v ON v.file_id = r.file_id AND v.sheet = r.sheet AND v.row_no = r.row_no AND v.form = r.form
    WHERE r.form = 'renstra.tabel61' AND r.row_kind IN ('data', 'total', 'continuation')
    GROUP BY ALL
),
b AS (
    SELECT *,
           -- the block a row belongs to: the label of the nearest block total row above or at it
           last_value(CASE WHEN row_kind = 'total' THEN upper(trim(uraian_typed)) END IGNORE NULLS)
               OVER (PARTITION BY file_id, sheet ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS blok,
           -- continuation rows take the kode and uraian of the row above
           CASE WHEN row_kind = 'total' THEN NULL ELSE
           last_value(CASE WHEN row_kind = 'data' THEN trim(kode_typed) END IGNORE NULLS)
               OVER (PARTITION BY file_id, sheet ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) END AS kode,
           CASE WHEN row_kind = 'total' THEN trim(uraian_typed) ELSE
           last_value(CASE WHEN row_kind = 'data' THEN trim(uraian_typed) END IGNORE NULLS)
               OVER (PARTITION BY file_id, sheet ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) END AS uraian
    FROM r
),
codes AS (
    -- a bidang urusan line above the programs (2.17) heads the table, it is
    -- no program's parent
    SELECT DISTINCT file_id, sheet, blok, kode FROM b WHERE kode IS NOT NULL AND NOT regexp_full_match(kode, '[0-9]+\.[0-9]{2}')
),
parent AS (
    SELECT c.file_id, c.sheet, c.kode, p.kode AS parent_kode
    FROM codes c JOIN codes p
      ON p.file_id = c.file_id AND p.sheet = c.sheet AND p.blok IS NOT DISTINCT FROM c.blok
     AND starts_with(c.kode, p.kode || '.')
    QUALIFY row_number() OVER (PARTITION BY c.file_id, c.sheet, c.kode ORDER BY length(p.kode) DESC) = 1
),
depth AS (
    -- levels from the top of the block: a kode's number of ancestors + 1
    SELECT c.file_id, c.sheet, c.kode,
           1 + (SELECT count(*) FROM codes a
                WHERE a.file_id = c.file_id AND a.sheet = c.sheet AND a.blok IS NOT DISTINCT FROM c.blok
                  AND starts_with(c.kode, a.kode || '.')) AS tingkat
    FROM codes c
)
SELECT b.file_id, f.path AS file, b.sheet, b.row_no, b.seq, b.row_kind, b.blok,
       b.kode, p.parent_kode, d.tingkat,
       CASE WHEN b.row_kind = 'total' THEN 'blok'
            WHEN regexp_full_match(b.kode, '[0-9]+\.[0-9]{2}') THEN 'urusan'
            WHEN b.blok IS DISTINCT FROM 'BELANJA TIDAK LANGSUNG' AND d.tingkat = 1 THEN 'program'
            WHEN b.blok IS DISTINCT FROM 'BELANJA TIDAK LANGSUNG' AND d.tingkat = 2 THEN 'kegiatan'
            WHEN b.blok IS DISTINCT FROM 'BELANJA TIDAK LANGSUNG' THEN 'sub kegiatan'
            ELSE 'belanja tidak langsung' END AS jenis,
       coalesce(b.row_kind <> 'total' AND b.blok IS DISTINCT FROM 'BELANJA TIDAK LANGSUNG' AND d.tingkat > 1
           AND NOT EXISTS (SELECT 1 FROM parent c WHERE c.file_id = b.file_id AND c.sheet = b.sheet AND c.parent_kode = b.kode), false) AS daun,
       b.uraian, b.indikator, b.kode_indikator, b.unit, b.catatan,
       b.row_kind = 'continuation' AS lanjutan
FROM b
JOIN raw.files f USING (file_id)
LEFT JOIN parent p ON p.file_id = b.file_id AND p.sheet = b.sheet AND p.kode = b.kode
LEFT JOIN depth d ON d.file_id = b.file_id AND d.sheet = b.sheet AND d.kode = b.kode;
COMMENT ON TABLE clean.program_kegiatan IS 'Baris Tabel 6.1: blok belanja, kode rekening, induknya, jenis (program/kegiatan/belanja tidak langsung), uraian, indikator dan unit penanggung jawab.';
COMMENT ON COLUMN clean.program_kegiatan.file_id IS 'Berkas workbook Renstra asal (raw.files.file_id).';
COMMENT ON COLUMN clean.program_kegiatan.file IS 'Jalur workbook Renstra, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.program_kegiatan.sheet IS 'Lembar Tabel 6.1 asal baris.';
COMMENT ON COLUMN clean.program_kegiatan.row_no IS 'Nomor baris di lembar, mulai dari 1.';
COMMENT ON COLUMN clean.program_kegiatan.seq IS 'Urutan baris di Tabel 6.1, mulai dari 1.';
COMMENT ON COLUMN clean.program_kegiatan.row_kind IS 'Jenis baris: data, total (baris total blok belanja) atau continuation (lanjutan: indikator lain dari baris di atasnya).';
COMMENT ON COLUMN clean.program_kegiatan.blok IS 'Blok belanja tempat baris berada: BELANJA TIDAK LANGSUNG atau BELANJA LANGSUNG (Renstra 13/2006); kosong untuk Renstra 90/2019 yang tidak mengenal blok.';
COMMENT ON COLUMN clean.program_kegiatan.kode IS 'Kode rekening program/kegiatan/belanja (mis. 1.2.11.1.2.11.01.18.021); baris lanjutan memakai kode baris di atasnya; kosong untuk baris total blok.';
COMMENT ON COLUMN clean.program_kegiatan.parent_kode IS 'Kode rekening induk dalam blok yang sama (mis. program dari suatu kegiatan); kosong untuk tingkat teratas.';
COMMENT ON COLUMN clean.program_kegiatan.tingkat IS 'Tingkat dari puncak blok: 1 = program (atau pos teratas belanja tidak langsung), 2 = kegiatan, 3 = sub kegiatan (Renstra 90/2019) atau pos di bawahnya; kosong untuk baris total blok.';
COMMENT ON COLUMN clean.program_kegiatan.jenis IS 'Jenis baris: blok, urusan (baris bidang urusan di atas program, mis. 2.17), program, kegiatan, sub kegiatan, belanja tidak langsung.';
COMMENT ON COLUMN clean.program_kegiatan.uraian IS 'Nama program, kegiatan atau pos belanja; untuk baris total, nama bloknya.';
COMMENT ON COLUMN clean.program_kegiatan.indikator IS 'Indikator kinerja baris seperti tercetak: hasil (outcome) untuk program, keluaran untuk kegiatan; kosong bila tidak ada.';
COMMENT ON COLUMN clean.program_kegiatan.kode_indikator IS 'Kode indikator di clean.indikator (mis. IP-01-1) bila indikator baris ini terdaftar; kosong bila tidak.';
COMMENT ON COLUMN clean.program_kegiatan.unit IS 'Kode unit kerja penanggung jawab (SEK, PKK, P2K, PK, PUM).';
COMMENT ON COLUMN clean.program_kegiatan.catatan IS 'Catatan transkripsi baris (mis. kegiatan tercetak di dua baris, nilai bergeser kolom); kosong bila tidak ada.';
COMMENT ON COLUMN clean.program_kegiatan.daun IS 'Benar untuk baris anggaran: program/kegiatan/sub kegiatan tanpa baris di bawahnya (kegiatan Renstra 13/2006, sub kegiatan Renstra 90/2019); realisasi anggarannya dilaporkan, Rp baris di atasnya adalah jumlahnya.';
COMMENT ON COLUMN clean.program_kegiatan.lanjutan IS 'Benar untuk baris lanjutan (indikator tambahan dari program/kegiatan di atasnya).';
