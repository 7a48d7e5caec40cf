-- mart.review: everything the review workbook lists, in one table with one
-- shape: where (table, row, column, year, file, sheet, cell), what was
-- published, what was recomputed, the difference, how serious, and a message
-- in Bahasa Indonesia. Categories:
--   Selisih terbitan    a published figure the recomputation does not reproduce
--   Jumlah tidak cocok  an internal total of an input that does not add up
--   Antar tabel         two tables of the inputs disagree on the same figure
--   Masukan             problems met reading the inputs and the settings
CREATE TABLE mart.review AS
WITH all_rows AS (
    SELECT 1 AS k, 'Selisih terbitan' AS kategori, severity, rule, tabel,
           no || ' ' || baris AS baris, kolom, year AS tahun,
           published, recomputed, difference, file, sheet, cell, raw_text, NULL AS expected, message,
           first_year || '-' || last_year AS jendela, seq
    FROM mart.review_selisih
    UNION ALL
    SELECT 2, 'Jumlah tidak cocok', severity, rule, tabel, baris, kolom, year,
           published, recomputed, difference, file, sheet, cell, raw_text, NULL, message, NULL, seq
    FROM mart.review_rencana
    UNION ALL
    SELECT 3, 'Antar tabel', 'sedang', 'target.beda', tabel, kode_indikator || ' ' || indikator, 'Target', year,
           NULL, NULL, max_value - min_value, file, sheet, cell, NULL, NULL,
           'Target ' || year || ' berbeda antar tabel: ' || values_list || '.', NULL, NULL
    FROM mart.review_target
    UNION ALL
    SELECT 3, 'Antar tabel', 'sedang', 'silang.t24_t61', 'Tabel 2.4', no || ' ' || uraian, 'Realisasi', year,
           realisasi_t24, rp_t61, difference, file, sheet, cell, NULL, NULL,
           'Realisasi ' || year || ' di Tabel 2.4 (' || meta.id_num(realisasi_t24) || ') berbeda dengan Tabel 6.1 ' || kode || ' ' || uraian_renstra
           || ' (' || meta.id_num(rp_t61) || ', ' || sheet_t61 || '!' || cells_t61 || '); selisih ' || meta.id_num(difference) || '.', NULL, NULL
    FROM mart.review_silang
    UNION ALL
    SELECT 4, 'Masukan', severity, rule, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, raw_text, expected, message, NULL, seq
    FROM raw.findings
    UNION ALL
    SELECT 4, 'Masukan', 'sedang', 'pengaturan.nilai', NULL, key, NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, typed_value, array_to_string(allowed, ', '),
           'Nilai pengaturan "' || key || '" tidak dikenal; dipakai nilai bawaan "' || value || '".', NULL, NULL
    FROM clean.settings WHERE invalid
    UNION ALL
    SELECT 4, 'Masukan', 'info', 'pengaturan.kunci', NULL, key, NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, key, NULL, 'Kunci pengaturan ini tidak dikenal; diabaikan.', NULL, NULL
    FROM clean.settings_unknown
    UNION ALL
    SELECT 4, 'Masukan', 'sedang', 'pengaturan.jendela', NULL, 'jendela_review', NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, part, 'rentang tahun, mis. 2011-2016',
           'Bagian "' || part || '" dari jendela_review bukan rentang tahun; diabaikan.', NULL, NULL
    FROM mart.windows_invalid
    UNION ALL
    SELECT 4, 'Masukan', 'rendah', 'indikator.polaritas', 'Indikator', kode || ' ' || nama, 'Polaritas', NULL, NULL, NULL, NULL,
           file, sheet, polaritas_cell, polaritas_typed, 'positif atau negatif',
           'Polaritas kosong atau tidak dikenal; indikator ini dihitung sebagai positif (makin besar makin baik).', NULL, NULL
    FROM clean.indikator WHERE polaritas_typed IS NULL OR polaritas_typed NOT IN ('positif', 'negatif')
)
SELECT row_number() OVER (ORDER BY k, tabel NULLS LAST, jendela NULLS LAST, seq NULLS LAST, baris NULLS LAST, kolom NULLS LAST, tahun NULLS FIRST, file, sheet, cell, rule, message) AS seq,
       kategori, severity, rule, tabel, baris, kolom, tahun,
       CAST(published AS DECIMAL(38,10)) AS published, CAST(recomputed AS DECIMAL(38,10)) AS recomputed,
       CAST(difference AS DECIMAL(38,10)) AS difference,
       file, sheet, cell, raw_text, expected, message, jendela
FROM all_rows;
COMMENT ON TABLE mart.review IS 'Semua temuan review: selisih angka terbitan dengan hitung ulang, jumlah yang tidak cocok, ketidaksesuaian antar tabel, dan masalah berkas masukan.';
