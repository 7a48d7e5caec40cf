-- clean.settings: the office's choices, each with its value, where it came
-- from (the Pengaturan workbook cell, or the default) and whether the typed
-- value was valid. An invalid value falls back to the default and is listed
-- in the review.
CREATE TABLE clean.settings AS
WITH defaults(key, default_value, allowed, description) AS (
    VALUES
    ('metode_pertumbuhan', 'awal_akhir', ['awal_akhir', 'rata_rata_tahunan', 'cagr'],
     'Cara menghitung rata-rata pertumbuhan Tabel 2.4'),
    ('jendela_review', '', NULL,
     'Rentang tahun tiap workbook Tabel 2.3/2.4, mis. 2011-2016; 2017-2021'),
    ('renstra_ganda', 'baru', ['baru', 'lama'],
     'Renstra yang diikuti pada tahun yang dicakup dua Renstra bertarget (mis. 2025-2026): baru = yang periodenya mulai paling akhir, lama = yang lebih dahulu'),
    ('kertas', 'a4', ['a4', 'f4', 'a3'],
     'Ukuran kertas cetak dokumen resmi: A4, F4 atau A3'),
    ('perangkat_daerah', '', NULL,
     'Nama perangkat daerah pada judul dokumen; kosong = nama di Renstra'),
    ('kepala_jabatan', '', NULL,
     'Jabatan penanda tangan dokumen; kosong = Kepala dan nama perangkat daerah'),
    ('kepala_nama', '', NULL, 'Nama kepala perangkat daerah beserta gelar, untuk blok tanda tangan'),
    ('kepala_pangkat', '', NULL, 'Pangkat/golongan kepala perangkat daerah'),
    ('kepala_nip', '', NULL, 'NIP kepala perangkat daerah'),
    ('evaluator_jabatan', 'Kepala Badan Perencanaan Pembangunan Daerah', NULL,
     'Jabatan yang mengevaluasi Renja (kolom Dievaluasi formulir E.81)'),
    ('evaluator_nama', '', NULL, 'Nama pejabat yang mengevaluasi Renja'),
    ('evaluator_pangkat', '', NULL, 'Pangkat/golongan pejabat yang mengevaluasi Renja'),
    ('evaluator_nip', '', NULL, 'NIP pejabat yang mengevaluasi Renja'),
    ('atasan_jabatan', '', NULL, 'Jabatan atasan kepala perangkat daerah, pihak kedua Perjanjian Kinerja (mis. Walikota)'),
    ('atasan_nama', '', NULL, 'Nama atasan kepala perangkat daerah, pihak kedua Perjanjian Kinerja'),
    ('tempat_ttd', '', NULL, 'Tempat penandatanganan dokumen (mis. Semarang)'),
    ('tanggal_ttd', '', NULL, 'Tanggal penandatanganan dokumen (mis. 31 Januari 2019); kosong = diisi tangan')
),
typed AS (
    SELECT file_id, sheet, row_no,
           lower(trim(max(raw_text) FILTER (WHERE field = 'kunci'))) AS key,
           trim(max(raw_text) FILTER (WHERE field = 'nilai'))        AS value,
           max(cell) FILTER (WHERE field = 'nilai')                  AS cell
    FROM raw.values
    WHERE form = 'pengaturan'
    GROUP BY file_id, sheet, row_no
),
latest AS (
    SELECT * FROM typed
    WHERE key IS NOT NULL
    QUALIFY row_number() OVER (PARTITION BY key ORDER BY file_id DESC, row_no DESC) = 1
)
SELECT d.key,
       CASE WHEN l.key IS NULL OR coalesce(l.value, '') = '' THEN d.default_value
            WHEN d.allowed IS NULL THEN l.value
            WHEN list_contains(d.allowed, lower(l.value)) THEN lower(l.value)
            ELSE d.default_value END                                   AS value,
       l.value                                                         AS typed_value,
       l.key IS NOT NULL AND coalesce(l.value, '') <> ''
           AND NOT (d.allowed IS NULL OR list_contains(d.allowed, lower(l.value))) AS invalid,
       d.allowed,
       d.description,
       f.path AS file, l.sheet, l.cell
FROM defaults d
LEFT JOIN latest l USING (key)
LEFT JOIN raw.files f ON f.file_id = l.file_id;
COMMENT ON TABLE clean.settings IS 'Pengaturan yang berlaku: nilai, asal (berkas/sel Pengaturan atau bawaan) dan apakah nilai yang diketik sah.';
COMMENT ON COLUMN clean.settings.key IS 'Nama pengaturan: metode_pertumbuhan, jendela_review, kertas, identitas dan penanda tangan dokumen (perangkat_daerah, kepala_*, evaluator_*, atasan_*, tempat_ttd, tanggal_ttd).';
COMMENT ON COLUMN clean.settings.value IS 'Nilai yang berlaku: nilai yang diketik bila sah (pilihan dari daftar dalam huruf kecil, teks bebas seperti diketik), selain itu nilai bawaan (metode_pertumbuhan: awal_akhir; kertas: a4; jendela_review: kosong, artinya sesuai tahun berdata).';
COMMENT ON COLUMN clean.settings.typed_value IS 'Nilai seperti diketik di lembar Pengaturan; kosong bila tidak diisi.';
COMMENT ON COLUMN clean.settings.invalid IS 'Benar bila nilai yang diketik tidak termasuk nilai yang diizinkan, sehingga dipakai nilai bawaan dan dicantumkan di Review.';
COMMENT ON COLUMN clean.settings.allowed IS 'Daftar nilai yang diizinkan (metode_pertumbuhan: awal_akhir, rata_rata_tahunan, cagr); kosong bila isinya bebas.';
COMMENT ON COLUMN clean.settings.description IS 'Penjelasan singkat arti pengaturan.';
COMMENT ON COLUMN clean.settings.file IS 'Berkas asal nilai yang diketik; kosong bila pengaturan tidak ada di berkas mana pun.';
COMMENT ON COLUMN clean.settings.sheet IS 'Lembar asal nilai yang diketik; kosong bila pengaturan tidak diketik.';
COMMENT ON COLUMN clean.settings.cell IS 'Sel asal nilai yang diketik (gaya A1); kosong bila pengaturan tidak diketik.';
