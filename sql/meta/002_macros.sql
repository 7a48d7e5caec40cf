-- Exact arithmetic for the rules of the published tables. DuckDB divides
-- DECIMALs in DOUBLE; a rasio truncated to a whole number must not depend on
-- binary rounding, so values are scaled to integers (DECIMAL(38,10) × 10^10)
-- and divided as HUGEINT. The scaling holds values below 10^18 (a billion
-- billion rupiah); larger ones raise an overflow error rather than a wrong
-- figure.

-- The integer form of a DECIMAL(38,10) value: x × 10^10.
CREATE MACRO meta.scaled(x) AS CAST(CAST(x AS DECIMAL(38,10)) * 10000000000 AS HUGEINT);

-- n ÷ d truncated toward zero (96,36 → 96; −50,85 → −50).
CREATE MACRO meta.div_trunc(n, d) AS
    CASE WHEN d = 0 THEN NULL
         ELSE sign(n) * sign(d) * (abs(n) // abs(d)) END;

-- n ÷ d rounded half away from zero (104,825 → 104,83).
CREATE MACRO meta.div_half_up(n, d) AS
    CASE WHEN d = 0 THEN NULL
         ELSE sign(n) * sign(d) * ((2 * abs(n) + abs(d)) // (2 * abs(d))) END;

-- r ÷ t × 100, truncated toward zero to a whole number (Tabel 2.4 rasio and
-- growth, as the seed prints them).
CREATE MACRO meta.pct_trunc(r, t) AS
    CAST(meta.div_trunc(meta.scaled(r) * 100, meta.scaled(t)) AS DECIMAL(38,10));

-- r ÷ t × 100, rounded half up to two decimals (Tabel 2.3 rasio capaian).
CREATE MACRO meta.pct_round2(r, t) AS
    CAST(CAST(meta.div_half_up(meta.scaled(r) * 10000, meta.scaled(t)) AS DECIMAL(38,0)) * CAST(0.01 AS DECIMAL(3,2)) AS DECIMAL(38,10));

-- A number the Indonesian way, for messages: 1.066.266.500 ; 104,83 ; -50.
-- The sign is taken after rounding to ten decimals, so a value that rounds
-- to zero prints "0", not "-0".
CREATE MACRO meta.id_num(x) AS
    CASE WHEN x IS NULL THEN '–' ELSE
        (CASE WHEN CAST(x AS DECIMAL(38,10)) < 0 THEN '-' ELSE '' END)
        || replace(format('{:,}', CAST(trunc(abs(CAST(x AS DECIMAL(38,10)))) AS HUGEINT)), ',', '.')
        || CASE WHEN abs(CAST(x AS DECIMAL(38,10))) = trunc(abs(CAST(x AS DECIMAL(38,10)))) THEN ''
                ELSE ',' || rtrim(split_part(CAST(abs(CAST(x AS DECIMAL(38,10))) AS VARCHAR), '.', 2), '0') END
    END;

-- A name reduced for matching across tables: lower case, punctuation to
-- spaces, the abbreviations the published tables use written out
-- ("Prog." → program, "Peningk." → peningkatan), and the filler words that
-- come and go between tables (dan, &, bagi, yang, serta) dropped.
-- Word by word (split at every run of other characters than a-z and 0-9):
-- one pass of one regular expression, not five over the whole text, which
-- over a million OSS businesses cost seconds.
CREATE MACRO meta.norm_nama(s) AS
    array_to_string(list_transform(
        list_filter(regexp_split_to_array(lower(coalesce(s, '')), '[^a-z0-9]+'),
                    w -> w <> '' AND w NOT IN ('dan', 'bagi', 'yang', 'yg', 'serta')),
        w -> CASE w WHEN 'prog' THEN 'program' WHEN 'peningk' THEN 'peningkatan' ELSE w END), ' ');

-- A month's name in Bahasa Indonesia, for messages: 1 → Januari.
CREATE MACRO meta.nama_bulan(m) AS
    ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
     'September', 'Oktober', 'November', 'Desember'][m];

-- The predikat of a capaian on the scale in force (clean.skala_predikat:
-- Permendagri 86/2017 unless the Pengaturan workbook sets another): the
-- first predikat, highest first, whose batas the capaian exceeds, or the
-- lowest one. The table is read when a query uses the macro, so it is used
-- from the clean stage on.
CREATE MACRO meta.predikat(x) AS
    CASE WHEN x IS NULL THEN NULL
         ELSE (SELECT s.predikat FROM clean.skala_predikat s
               WHERE s.batas IS NULL OR x > s.batas ORDER BY s.urut LIMIT 1) END;

-- Capaian of a realisasi r against a target t, in percent to two decimals:
-- r ÷ t × 100 when more is better, (2t − r) ÷ t × 100 when less is better
-- (polaritas negatif).
CREATE MACRO meta.capaian(r, t, polaritas) AS
    CASE WHEN polaritas = 'negatif' THEN meta.pct_round2(2 * t - r, nullif(t, 0))
         ELSE meta.pct_round2(r, nullif(t, 0)) END;

-- A kecamatan as typed, reduced to the key Semarang's 16 are matched by:
-- case, "Kec.", "Smg", "Tmr", spaces and punctuation do not matter
-- ("Kec. Smg Utara" → semarangutara).
CREATE MACRO meta.kunci_kecamatan(s) AS
    lower(regexp_replace(
        regexp_replace(regexp_replace(regexp_replace(lower(trim(s)), '^kec(amatan)?\.?\s*', ''),
                       '\bsmg\b\.?', 'semarang', 'g'), '\btmr\b', 'timur', 'g'),
        '[^a-z]', '', 'g'));

-- An address reduced for telling the same place in two registers: lower
-- case, punctuation to spaces, "jalan" as jl, the words no/nomor dropped
-- and the leading zeros of numbers (RT 01 → rt 1): "Jalan Pemuda No 12 RT
-- 01" and "JL. PEMUDA NO.12 RT 1" are one place.
CREATE MACRO meta.norm_alamat(s) AS
    array_to_string(list_transform(
        list_filter(regexp_split_to_array(lower(coalesce(s, '')), '[^a-z0-9]+'),
                    w -> w <> '' AND w NOT IN ('no', 'nomor', 'nmr')),
        w -> CASE WHEN w = 'jalan' THEN 'jl'
                  WHEN w[1] = '0' THEN regexp_replace(w, '^0+([0-9])', '\1')
                  ELSE w END), ' ');

-- Jenis kelamin as typed, as L or P; NULL when it is neither.
CREATE MACRO meta.jk(s) AS
    CASE WHEN upper(trim(s)) IN ('L', 'LAKI-LAKI', 'LAKI LAKI', 'LAKI', 'PRIA') THEN 'L'
         WHEN upper(trim(s)) IN ('P', 'PEREMPUAN', 'WANITA') THEN 'P' END;
