-- Exact arithmetic for the rules of the published tables. DuckDB divides
-- DECIMALs in DOUBLE; a rasio truncated to a whole number must not depend on
-- binary rounding, so values are scaled to integers (DECIMAL(38,10) × 10^10)
-- and divided as HUGEINT.

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
    CAST(meta.div_half_up(meta.scaled(r) * 10000, meta.scaled(t)) AS DECIMAL(38,0)) * CAST(0.01 AS DECIMAL(3,2));
