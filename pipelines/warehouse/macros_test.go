package warehouse

import (
	"context"
	"database/sql"
	"math/big"
	"strings"
	"testing"
)

// The rules of the published tables are SQL macros (sql/meta/002_macros.sql).
// Every expected value below is worked by hand with integer arithmetic, or
// computed independently with math/big.

// macroDB is a fresh warehouse with the meta stage (which defines the
// macros) applied.
func macroDB(t *testing.T) *DB {
	t.Helper()
	db, _ := freshWarehouse(t, "meta")
	return db
}

// sqlText evaluates expr and returns CAST(expr AS VARCHAR) and whether it
// was not NULL.
func sqlText(t *testing.T, db *DB, expr string, args ...any) (string, bool) {
	t.Helper()
	var v sql.NullString
	if err := db.QueryRowContext(context.Background(), `SELECT CAST(`+expr+` AS VARCHAR)`, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v.String, v.Valid
}

func sqlType(t *testing.T, db *DB, expr string) string {
	t.Helper()
	var typ string
	if err := db.QueryRowContext(context.Background(), `SELECT typeof(`+expr+`)`).Scan(&typ); err != nil {
		t.Fatalf("typeof(%s): %v", expr, err)
	}
	return typ
}

const null = "NULL"

type macroCase struct {
	expr string
	want string // CAST(... AS VARCHAR); null for NULL
}

func runMacroCases(t *testing.T, db *DB, cases []macroCase) {
	t.Helper()
	for _, c := range cases {
		got, ok := sqlText(t, db, c.expr)
		if !ok {
			got = null
		}
		if got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

func TestMacroPctTrunc(t *testing.T) {
	db := macroDB(t)
	runMacroCases(t, db, []macroCase{
		// 344325177100 ÷ 3573364891: 3573364891×96 = 343043029536 ≤ it <
		// 3573364891×97 = 346616394427 → 96 (96,36).
		{"meta.pct_trunc(3443251771, 3573364891)", "96.0000000000"},
		// 166088380000 ÷ 1767065200: ×93 = 164337063600 ≤ it < ×94 =
		// 166104128800 → 93 (93,99: truncated, not rounded to 94).
		{"meta.pct_trunc(1660883800, 1767065200)", "93.0000000000"},
		// Growth: 3573364891 − 2596602000 = 976762891; 97676289100 ÷
		// 2596602000: ×37 = 96074274000 ≤ it < ×38 = 98670876000 → 37.
		{"meta.pct_trunc(3573364891 - 2596602000, 2596602000)", "37.0000000000"},
		// 210102600 − 427501900 = −217399300; 21739930000 ÷ 427501900:
		// ×50 = 21375095000 ≤ it < ×51 = 21802596900 → −50,85 → −50
		// (toward zero, not −51).
		{"meta.pct_trunc(210102600 - 427501900, 427501900)", "-50.0000000000"},
		{"meta.pct_trunc(96, 100)", "96.0000000000"}, // exactly 96
		{"meta.pct_trunc(100, 100)", "100.0000000000"},
		{"meta.pct_trunc(1, 3)", "33.0000000000"},   // 33,33…
		{"meta.pct_trunc(2, 3)", "66.0000000000"},   // 66,67… truncated
		{"meta.pct_trunc(-1, 3)", "-33.0000000000"}, // toward zero
		{"meta.pct_trunc(1, -3)", "-33.0000000000"}, // toward zero
		{"meta.pct_trunc(-1, -3)", "33.0000000000"}, // signs cancel
		{"meta.pct_trunc(99.999, 100)", "99.0000000000"},
		{"meta.pct_trunc(0.5, 0.7)", "71.0000000000"}, // 71,43
		{"meta.pct_trunc(0, 7)", "0.0000000000"},
		{"meta.pct_trunc(0.0000000001, 1)", "0.0000000000"},
		// In binary floating point 0.29 × 100 = 28.999999999999996 and
		// 0.57 × 100 = 56.99999999999999: truncation would give 28 and 56.
		{"meta.pct_trunc(0.29, 1)", "29.0000000000"},
		{"meta.pct_trunc(0.57, 1)", "57.0000000000"},
		{"meta.pct_trunc(-0.29, 1)", "-29.0000000000"},
		{"meta.pct_trunc(CAST(0.29 AS DOUBLE), 1)", "29.0000000000"}, // a DOUBLE is first made DECIMAL(38,10)
		// No ratio against zero or a missing value.
		{"meta.pct_trunc(5, 0)", null},
		{"meta.pct_trunc(0, 0)", null},
		{"meta.pct_trunc(5, 0.0)", null},
		{"meta.pct_trunc(NULL, 5)", null},
		{"meta.pct_trunc(5, NULL)", null},
	})
}

func TestMacroPctRound2(t *testing.T) {
	db := macroDB(t)
	// With R = r×10^10 and T = t×10^10 the macro computes the hundredths of
	// a percent q = (2·|R·10^4| + |T|) ÷ (2·|T|), signed, then q ÷ 100.
	runMacroCases(t, db, []macroCase{
		// 786200 ÷ 75 = 10482,67 hundredths → 10483 → 104,83.
		{"meta.pct_round2(78.62, 75)", "104.8300000000"},
		{"meta.pct_round2(-78.62, 75)", "-104.8300000000"},
		// 772000 ÷ 75 = 10293,33 → 10293 → 102,93.
		{"meta.pct_round2(77.2, 75)", "102.9300000000"},
		// 111420000 ÷ 10380 = 10734,10 (10380×10734 = 111418920, rest 1080)
		// → 10734 → 107,34.
		{"meta.pct_round2(11142, 10380)", "107.3400000000"},
		// 112080000 ÷ 10587 = 10586,57 (10587×10586 = 112073982, rest 6018
		// > 10587/2) → 10587 → 105,87.
		{"meta.pct_round2(11208, 10587)", "105.8700000000"},
		// Exact halves. 1,00005 ÷ 1 × 100 = 100,005: R·10^4 =
		// 10000500000×10^4, T = 10^10, (2·100005000000000 + 10^10) ÷
		// (2·10^10) = 200020000000000 ÷ 20000000000 = 10001 → 100,01.
		{"meta.pct_round2(1.00005, 1)", "100.0100000000"},
		{"meta.pct_round2(-1.00005, 1)", "-100.0100000000"}, // away from zero
		{"meta.pct_round2(1.00005, -1)", "-100.0100000000"},
		{"meta.pct_round2(-1.00005, -1)", "100.0100000000"},
		// 1,00004 → 100,004: (200008 + 20) ÷ 20 (in units of 10^9) = 10001,4
		// → 10000 → 100,00.
		{"meta.pct_round2(1.00004, 1)", "100.0000000000"},
		// 1 ÷ 32 = 3,125 %: 10000 ÷ 32 = 312,5 hundredths; (20000 + 32) ÷ 64
		// = 313 → 3,13. Negative: −3,13.
		{"meta.pct_round2(1, 32)", "3.1300000000"},
		{"meta.pct_round2(-1, 32)", "-3.1300000000"},
		{"meta.pct_round2(1, -32)", "-3.1300000000"},
		// 1 ÷ 20000 = 0,005 %: 10000 ÷ 20000 = 0,5 hundredths; (20000 +
		// 20000) ÷ 40000 = 1 → 0,01. Negative: −0,01.
		{"meta.pct_round2(1, 20000)", "0.0100000000"},
		{"meta.pct_round2(-1, 20000)", "-0.0100000000"},
		// 1 ÷ 40000 = 0,0025 %: (20000 + 40000) ÷ 80000 = 0 → 0.
		{"meta.pct_round2(1, 40000)", "0.0000000000"},
		// 0,01005 = 1,005 %: 100,5 hundredths → 101 → 1,01. (In DOUBLE
		// 1.005 is 1.00499999999999989…, which rounds to 1,00.)
		{"meta.pct_round2(0.01005, 1)", "1.0100000000"},
		// Just under a half: 0,3124999999 ÷ 10 → 312,4999999 hundredths → 3,12.
		{"meta.pct_round2(0.3124999999, 10)", "3.1200000000"},
		{"meta.pct_round2(1, 3)", "33.3300000000"}, // 3333,33 → 3333
		{"meta.pct_round2(2, 3)", "66.6700000000"}, // 6666,67 → 6667
		{"meta.pct_round2(0, 3)", "0.0000000000"},
		{"meta.pct_round2(5, 0)", null},
		{"meta.pct_round2(-5, 0)", null},
		{"meta.pct_round2(NULL, 5)", null},
		{"meta.pct_round2(5, NULL)", null},
	})
}

// Both percentage macros return DECIMAL(38,10) whatever they are given, so a
// UNION of rules never narrows a column.
func TestMacroPctResultType(t *testing.T) {
	db := macroDB(t)
	for _, args := range []string{
		"1, 3",
		"78.62, 75",
		"CAST(1 AS BIGINT), CAST(3 AS HUGEINT)",
		"CAST(2596602000 AS DECIMAL(38,10)), CAST(3573364891 AS DECIMAL(38,10))",
		"CAST(0.5 AS DOUBLE), 2",
		"5, 0",
	} {
		for _, m := range []string{"meta.pct_trunc", "meta.pct_round2"} {
			expr := m + "(" + args + ")"
			if typ := sqlType(t, db, expr); typ != "DECIMAL(38,10)" {
				t.Errorf("typeof(%s) = %s, want DECIMAL(38,10)", expr, typ)
			}
		}
	}
}

// decimalGrid is a set of DECIMAL(38,10) values, as text, that the oracle
// test combines pairwise.
var decimalGrid = []string{
	"0", "1", "-1", "3", "-7", "32", "75", "100", "0.5", "-0.7", "0.29", "78.62",
	"1.00005", "-1.00005", "0.0000000001", "10380", "11142", "123456.789",
	"2596602000", "3573364891", "-217399300", "427501900",
}

// scaledInt is x × 10^10 for a decimal text with at most 10 decimals.
func scaledInt(t *testing.T, s string) *big.Int {
	t.Helper()
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		t.Fatalf("bad decimal %q", s)
	}
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(10), nil)))
	if !r.IsInt() {
		t.Fatalf("%q has more than 10 decimals", s)
	}
	return new(big.Int).Set(r.Num())
}

// decimal10 prints n ÷ 10^scale as DuckDB prints a DECIMAL(38,10).
func decimal10(n *big.Int, scale int) string {
	neg := n.Sign() < 0
	digits := new(big.Int).Abs(n).String()
	for len(digits) <= scale {
		digits = "0" + digits
	}
	s := digits[:len(digits)-scale] + "." + digits[len(digits)-scale:] + strings.Repeat("0", 10-scale)
	if neg {
		s = "-" + s
	}
	return s
}

// halfUp is n ÷ d rounded half away from zero.
func halfUp(n, d *big.Int) *big.Int {
	an, ad := new(big.Int).Abs(n), new(big.Int).Abs(d)
	q := new(big.Int).Mul(an, big.NewInt(2))
	q.Add(q, ad)
	q.Quo(q, new(big.Int).Mul(ad, big.NewInt(2)))
	if n.Sign()*d.Sign() < 0 {
		q.Neg(q)
	}
	return q
}

// The macros on DECIMAL(38,10) columns, as the mart applies them to
// raw.values.num, against math/big over every pair of the grid.
func TestMacroPctAgainstBigArithmetic(t *testing.T) {
	ctx := context.Background()
	db := macroDB(t)
	if _, err := db.ExecContext(ctx, `CREATE TABLE scratch_pairs (k INTEGER, r DECIMAL(38,10), t DECIMAL(38,10))`); err != nil {
		t.Fatal(err)
	}
	b := NewBatch("scratch_pairs", Col{"k", Int32}, Col{"r", Decimal}, Col{"t", Decimal})
	defer b.Release()
	type pair struct{ r, t string }
	var pairs []pair
	for _, r := range decimalGrid {
		for _, d := range decimalGrid {
			if err := b.Add(len(pairs), r, d); err != nil {
				t.Fatal(err)
			}
			pairs = append(pairs, pair{r, d})
		}
	}
	if err := db.Load(ctx, b); err != nil {
		t.Fatal(err)
	}
	rows, err := db.QueryContext(ctx, `SELECT k, CAST(meta.pct_trunc(r, t) AS VARCHAR), CAST(meta.pct_round2(r, t) AS VARCHAR)
		FROM scratch_pairs ORDER BY k`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	hundred, tenThousand := big.NewInt(100), big.NewInt(10000)
	n := 0
	for rows.Next() {
		var k int
		var trunc, round2 sql.NullString
		if err := rows.Scan(&k, &trunc, &round2); err != nil {
			t.Fatal(err)
		}
		p := pairs[k]
		R, T := scaledInt(t, p.r), scaledInt(t, p.t)
		wantTrunc, wantRound2 := null, null
		if T.Sign() != 0 {
			q := new(big.Int).Quo(new(big.Int).Mul(R, hundred), T) // Quo truncates toward zero
			wantTrunc = decimal10(q, 0)
			wantRound2 = decimal10(halfUp(new(big.Int).Mul(R, tenThousand), T), 2)
		}
		gotTrunc, gotRound2 := null, null
		if trunc.Valid {
			gotTrunc = trunc.String
		}
		if round2.Valid {
			gotRound2 = round2.String
		}
		if gotTrunc != wantTrunc {
			t.Errorf("pct_trunc(%s, %s) = %s, want %s", p.r, p.t, gotTrunc, wantTrunc)
		}
		if gotRound2 != wantRound2 {
			t.Errorf("pct_round2(%s, %s) = %s, want %s", p.r, p.t, gotRound2, wantRound2)
		}
		n++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n != len(pairs) {
		t.Errorf("%d results, want %d", n, len(pairs))
	}
}

func TestMacroIntegerDivision(t *testing.T) {
	db := macroDB(t)
	h := func(s string) string { return "CAST('" + s + "' AS HUGEINT)" }
	runMacroCases(t, db, []macroCase{
		// Truncated toward zero, every sign combination.
		{"meta.div_trunc(" + h("7") + ", " + h("2") + ")", "3"},
		{"meta.div_trunc(" + h("-7") + ", " + h("2") + ")", "-3"},
		{"meta.div_trunc(" + h("7") + ", " + h("-2") + ")", "-3"},
		{"meta.div_trunc(" + h("-7") + ", " + h("-2") + ")", "3"},
		{"meta.div_trunc(" + h("6") + ", " + h("-3") + ")", "-2"},
		{"meta.div_trunc(" + h("-1") + ", " + h("3") + ")", "0"},
		{"meta.div_trunc(" + h("0") + ", " + h("-5") + ")", "0"},
		{"meta.div_trunc(" + h("7") + ", " + h("0") + ")", null},
		{"meta.div_trunc(" + h("-7") + ", " + h("0") + ")", null},
		// Beyond BIGINT: 10^30 + 1 = 3 × 333333333333333333333333333333 + 2.
		{"meta.div_trunc(" + h("1000000000000000000000000000001") + ", " + h("-3") + ")", "-333333333333333333333333333333"},
		// Half away from zero: 7/2 = 3,5 → 4; 5/2 = 2,5 → 3; 4/3 → 1; 5/3 → 2.
		{"meta.div_half_up(" + h("7") + ", " + h("2") + ")", "4"},
		{"meta.div_half_up(" + h("-7") + ", " + h("2") + ")", "-4"},
		{"meta.div_half_up(" + h("5") + ", " + h("-2") + ")", "-3"},
		{"meta.div_half_up(" + h("-5") + ", " + h("-2") + ")", "3"},
		{"meta.div_half_up(" + h("4") + ", " + h("3") + ")", "1"},
		{"meta.div_half_up(" + h("-4") + ", " + h("3") + ")", "-1"},
		{"meta.div_half_up(" + h("5") + ", " + h("3") + ")", "2"},
		{"meta.div_half_up(" + h("-5") + ", " + h("-3") + ")", "2"},
		{"meta.div_half_up(" + h("1") + ", " + h("2") + ")", "1"},
		{"meta.div_half_up(" + h("-1") + ", " + h("2") + ")", "-1"},
		{"meta.div_half_up(" + h("1") + ", " + h("3") + ")", "0"},
		{"meta.div_half_up(" + h("0") + ", " + h("-3") + ")", "0"},
		{"meta.div_half_up(" + h("5") + ", " + h("0") + ")", null},
		// (2·(10^30 + 2) + 4) ÷ 8 = (2·10^30 + 8) ÷ 8 = 250000000000000000000000000001:
		// (10^30 + 2) ÷ 4 = 250000000000000000000000000000,5 → away from zero.
		{"meta.div_half_up(" + h("-1000000000000000000000000000002") + ", " + h("4") + ")", "-250000000000000000000000000001"},
	})
	for _, expr := range []string{
		"meta.div_trunc(" + h("-7") + ", " + h("2") + ")",
		"meta.div_half_up(" + h("-7") + ", " + h("2") + ")",
	} {
		if typ := sqlType(t, db, expr); typ != "HUGEINT" {
			t.Errorf("typeof(%s) = %s, want HUGEINT", expr, typ)
		}
	}

	// Against math/big over a grid of HUGEINTs of every sign.
	grid := []string{"0", "1", "-1", "2", "-3", "7", "-10", "99", "1000000007", "-2596602000",
		"35733648910000000000", "-100000000000000000000000000000000000"}
	for _, ns := range grid {
		for _, ds := range grid {
			n, _ := new(big.Int).SetString(ns, 10)
			d, _ := new(big.Int).SetString(ds, 10)
			wantTrunc, wantHalf := null, null
			if d.Sign() != 0 {
				wantTrunc = new(big.Int).Quo(n, d).String()
				wantHalf = halfUp(n, d).String()
			}
			for _, c := range []struct{ macro, want string }{{"meta.div_trunc", wantTrunc}, {"meta.div_half_up", wantHalf}} {
				got, ok := sqlText(t, db, c.macro+"(CAST(? AS HUGEINT), CAST(? AS HUGEINT))", ns, ds)
				if !ok {
					got = null
				}
				if got != c.want {
					t.Errorf("%s(%s, %s) = %s, want %s", c.macro, ns, ds, got, c.want)
				}
			}
		}
	}
}

func TestMacroIdNum(t *testing.T) {
	db := macroDB(t)
	runMacroCases(t, db, []macroCase{
		{"meta.id_num(1066266500)", "1.066.266.500"},
		{"meta.id_num(-1066266500)", "-1.066.266.500"},
		{"meta.id_num(104.83)", "104,83"},
		{"meta.id_num(-104.83)", "-104,83"},
		{"meta.id_num(-50)", "-50"},
		{"meta.id_num(0)", "0"},
		{"meta.id_num(0.5)", "0,5"},
		{"meta.id_num(-0.5)", "-0,5"},
		{"meta.id_num(NULL)", "\u2013"}, // en dash
		{"meta.id_num(CAST(2596602000 AS DECIMAL(38,10)))", "2.596.602.000"},
		{"meta.id_num(CAST('2596602000.0000000000' AS DECIMAL(38,10)))", "2.596.602.000"},
		{"meta.id_num(CAST(104.83 AS DECIMAL(38,10)))", "104,83"},
		{"meta.id_num(CAST(0 AS DECIMAL(38,10)))", "0"},
		{"meta.id_num(CAST(NULL AS DECIMAL(38,10)))", "\u2013"},
		{"meta.id_num(999)", "999"},
		{"meta.id_num(1000)", "1.000"},
		{"meta.id_num(1234567.891)", "1.234.567,891"},
		{"meta.id_num(0.0000000001)", "0,0000000001"},
		{"meta.id_num(9223372036854775807)", "9.223.372.036.854.775.807"},
		{"meta.id_num(CAST(0.25 AS DOUBLE))", "0,25"},
		// As the review messages use them, on the percentage rules.
		{"meta.id_num(meta.pct_round2(78.62, 75))", "104,83"},
		{"meta.id_num(meta.pct_trunc(210102600 - 427501900, 427501900))", "-50"},
		{"meta.id_num(meta.pct_trunc(5, 0))", "\u2013"},
	})
}

func TestMacroNormNama(t *testing.T) {
	db := macroDB(t)
	norm := func(s any) string {
		t.Helper()
		got, ok := sqlText(t, db, "meta.norm_nama(?)", s)
		if !ok {
			t.Fatalf("norm_nama(%v) is NULL", s)
		}
		return got
	}

	// Exact normal forms.
	for _, c := range []struct {
		in   any
		want string
	}{
		{"Prog. Penguatan Kelembagaan Koperasi", "program penguatan kelembagaan koperasi"},
		{"PROGRAM PENGUATAN KELEMBAGAAN KOPERASI", "program penguatan kelembagaan koperasi"},
		{"Gaji dan Tunjangan", "gaji tunjangan"},
		{"Prog.Peningk.Kapasitas", "program peningkatan kapasitas"},
		{"  Belanja   Pegawai  ", "belanja pegawai"},
		{"Usaha Mikro, Kecil dan Menengah (UMKM)", "usaha mikro kecil menengah umkm"},
		{"Dana Bagi Hasil yang Diterima serta Lain-lain", "dana hasil diterima lain lain"},
		{"Dan dan DAN", ""},
		{"Program 1.2.3", "program 1 2 3"},
		{"Pendanaan Daerah", "pendanaan daerah"},                   // "dan" inside a word stays
		{"Progres Fisik Peningkatan", "progres fisik peningkatan"}, // only the word "prog" is written out
		{nil, ""},
	} {
		if got := norm(c.in); got != c.want {
			t.Errorf("norm_nama(%q) = %q, want %q", c.in, got, c.want)
		}
	}

	// The abbreviated name of the brief: abbreviations written out, "&"
	// treated as "dan" (both are filler and go).
	abbrev := norm("Prog. Peningk. Pengembangan Sistem Capain Kinerja & Keu.")
	if !strings.Contains(abbrev, "program peningkatan") {
		t.Errorf("norm_nama(abbreviated) = %q, want it to contain %q", abbrev, "program peningkatan")
	}
	if strings.ContainsAny(abbrev, "&.") {
		t.Errorf("norm_nama(abbreviated) = %q still holds punctuation", abbrev)
	}
	if full := norm("Program Peningkatan Pengembangan Sistem Capain Kinerja dan Keu"); abbrev != full {
		t.Errorf("'&' and 'dan' normalise differently: %q vs %q", abbrev, full)
	}

	// Pairs that must match, and pairs that must not.
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Prog. Penguatan Kelembagaan Koperasi", "PROGRAM PENGUATAN KELEMBAGAAN KOPERASI", true},
		{"Gaji dan Tunjangan", "GAJI DAN TUNJANGAN", true},
		{"Gaji & Tunjangan", "Gaji dan Tunjangan", true},
		{"Prog. Peningk. Pengembangan Sistem", "Program Peningkatan Pengembangan Sistem", true},
		{"Program Peningkatan", "Program Pengembangan", false},
		{"Belanja Pegawai", "Belanja Barang", false},
	} {
		if got := norm(c.a) == norm(c.b); got != c.same {
			t.Errorf("norm_nama(%q) = %q, norm_nama(%q) = %q: same = %v, want %v", c.a, norm(c.a), c.b, norm(c.b), got, c.same)
		}
	}
	if typ := sqlType(t, db, "meta.norm_nama('x')"); typ != "VARCHAR" {
		t.Errorf("typeof(norm_nama) = %s, want VARCHAR", typ)
	}
}

// The edges found after the first tests: a value that rounds to zero prints
// without a sign, and numbers beyond BIGINT still print.
func TestMacroIdNumEdges(t *testing.T) {
	db := macroDB(t)
	for expr, want := range map[string]string{
		"meta.id_num(-0.00000000004)":                                 "0",
		"meta.id_num(CAST('12345678901234567890' AS DECIMAL(38,10)))": "12.345.678.901.234.567.890",
		"meta.id_num(-0.5)":                                           "-0,5",
	} {
		if got, _ := sqlText(t, db, expr); got != want {
			t.Errorf("%s = %q, want %q", expr, got, want)
		}
	}
}

func TestBatchRefusesAnInt32OutOfRange(t *testing.T) {
	b := NewBatch("t", Col{"n", Int32})
	defer b.Release()
	if err := b.Add(int64(1) << 31); err == nil {
		t.Error("2^31 accepted into an INTEGER column (it would wrap to a negative number)")
	}
	if b.Len() != 0 {
		t.Errorf("a refused row left %d rows", b.Len())
	}
	if err := b.Add(int64(-1) << 31); err != nil {
		t.Errorf("-2^31 fits INTEGER: %v", err)
	}
}

func TestMacroNamaBulan(t *testing.T) {
	db := macroDB(t)
	for m, want := range map[int]string{1: "Januari", 6: "Juni", 8: "Agustus", 12: "Desember"} {
		if got, ok := sqlText(t, db, "meta.nama_bulan(?)", m); !ok || got != want {
			t.Errorf("nama_bulan(%d) = %q, %v; want %q", m, got, ok, want)
		}
	}
	if got, ok := sqlText(t, db, "meta.nama_bulan(13)"); ok {
		t.Errorf("nama_bulan(13) = %q, want NULL", got)
	}
}

func TestMacroPredikat(t *testing.T) {
	// The scale is a table of the clean stage; without a typed one it is
	// Permendagri 86/2017's.
	db, _ := freshWarehouse(t, "meta", "raw", "clean")
	for x, want := range map[string]string{
		"100": "Sangat Tinggi", "90.01": "Sangat Tinggi", "90": "Tinggi", "75.5": "Tinggi", "75": "Sedang",
		"65.01": "Sedang", "65": "Rendah", "50.01": "Rendah", "50": "Sangat Rendah", "0": "Sangat Rendah", "-3": "Sangat Rendah",
	} {
		if got, ok := sqlText(t, db, "meta.predikat(CAST(? AS DECIMAL(38,10)))", x); !ok || got != want {
			t.Errorf("predikat(%s) = %q, want %q", x, got, want)
		}
	}
	if _, ok := sqlText(t, db, "meta.predikat(NULL)"); ok {
		t.Error("predikat(NULL) should be NULL")
	}
}

func TestMacroCapaian(t *testing.T) {
	db := macroDB(t)
	for _, c := range []struct{ r, t, pol, want string }{
		{"78.62", "75", "positif", "104.83"}, // the seed's Tabel 2.3 rule
		{"8", "10", "negatif", "120.00"},     // less is better: 2×10 − 8 = 12
		{"12", "10", "negatif", "80.00"},
		{"5", "10", "", "50.00"},
	} {
		got, ok := sqlText(t, db, "CAST(meta.capaian(CAST(? AS DECIMAL(38,10)), CAST(? AS DECIMAL(38,10)), ?) AS DECIMAL(10,2))", c.r, c.t, c.pol)
		if !ok || got != c.want {
			t.Errorf("capaian(%s, %s, %s) = %q, want %s", c.r, c.t, c.pol, got, c.want)
		}
	}
	if _, ok := sqlText(t, db, "meta.capaian(5, 0, 'positif')"); ok {
		t.Error("capaian against a zero target should be NULL")
	}
}

// TestNormMacrosWordByWord: meta.norm_nama and meta.norm_alamat, written
// word by word, give what the rules' regular expressions over the whole
// text give (the macros' earlier form, here as the reference), on random
// texts built of the words and characters the rules treat specially.
func TestNormMacrosWordByWord(t *testing.T) {
	db := macroDB(t)
	ctx := context.Background()
	for _, m := range []string{
		`CREATE TEMP MACRO ref_nama(s) AS trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
			regexp_replace(' ' || lower(coalesce(s, '')) || ' ', '[^a-z0-9]+', '  ', 'g'),
			' prog ', ' program ', 'g'), ' peningk ', ' peningkatan ', 'g'), ' (dan|bagi|yang|yg|serta) ', ' ', 'g'), ' +', ' ', 'g'))`,
		`CREATE TEMP MACRO ref_alamat(s) AS trim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
			regexp_replace(' ' || lower(coalesce(s, '')) || ' ', '[^a-z0-9]+', '  ', 'g'),
			' jalan ', ' jl ', 'g'), ' (no|nomor|nmr) ', ' ', 'g'), ' 0+([0-9])', ' \1', 'g'), ' +', ' ', 'g'))`,
		`CREATE TEMP TABLE teks (s VARCHAR)`,
	} {
		if _, err := db.ExecContext(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	pieces := []string{"dan", "DAN", "bagi", "yang", "yg", "serta", "prog", "Prog.", "peningk", "jalan", "Jalan", "jl", "no", "No.",
		"nomor", "nmr", "0", "00", "007", "0a", "00a", "10", "rt", "01", "a", "B", "Pemuda", "É", "ü", "Kelvin\u212a", "&",
		" ", "  ", ".", ",", "-", "/", "\t", "\n", "'", "ß", "İ", "12", "0.5"}
	seed := uint64(1)
	next := func(n int) int { // a fixed sequence: the same texts every run
		seed = seed*6364136223846793005 + 1442695040888963407
		return int((seed >> 33) % uint64(n))
	}
	texts := []any{nil, "", " ", "dan dan dan", "  prog  peningk  ", "00 000 0001 0a0"}
	for range 5000 {
		var b strings.Builder
		for range next(12) {
			b.WriteString(pieces[next(len(pieces))])
			if next(3) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if _, err := db.ExecContext(ctx, `INSERT INTO teks VALUES (?)`, s); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := db.QueryContext(ctx, `SELECT s, meta.norm_nama(s), ref_nama(s), meta.norm_alamat(s), ref_alamat(s) FROM teks
		WHERE meta.norm_nama(s) IS DISTINCT FROM ref_nama(s) OR meta.norm_alamat(s) IS DISTINCT FROM ref_alamat(s) LIMIT 10`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var s, n, rn, a, ra sql.NullString
		if err := rows.Scan(&s, &n, &rn, &a, &ra); err != nil {
			t.Fatal(err)
		}
		t.Errorf("%q: norm_nama %q, by the regular expressions %q; norm_alamat %q, by them %q", s.String, n.String, rn.String, a.String, ra.String)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}
