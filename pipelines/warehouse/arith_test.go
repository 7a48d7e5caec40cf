package warehouse

import (
	"context"
	"database/sql"
	"testing"
)

// The rules of the published tables are SQL macros (sql/meta/002_macros.sql).
// Expected values below are worked by hand with integer arithmetic.
func TestArithmeticMacros(t *testing.T) {
	ctx := context.Background()
	db, _ := freshWarehouse(t, "meta")
	eval := func(expr string) (string, bool) {
		t.Helper()
		var v sql.NullString
		if err := db.QueryRowContext(ctx, `SELECT CAST(`+expr+` AS VARCHAR)`).Scan(&v); err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v.String, v.Valid
	}
	cases := []struct{ expr, want string }{
		// Tabel 2.4 rasio: truncated toward zero to a whole number.
		{"meta.pct_trunc(3443251771, 3573364891)", "96.0000000000"}, // 96,36
		{"meta.pct_trunc(1660883800, 1767065200)", "93.0000000000"}, // 93,99
		{"meta.pct_trunc(96, 100)", "96.0000000000"},                // exactly 96: no binary rounding down
		{"meta.pct_trunc(1, 3)", "33.0000000000"},                   // 33,33…
		{"meta.pct_trunc(3573364891 - 2596602000, 2596602000)", "37.0000000000"},
		{"meta.pct_trunc(210102600 - 427501900, 427501900)", "-50.0000000000"}, // −50,85 → −50, not −51
		{"meta.pct_trunc(0.5, 0.7)", "71.0000000000"},                          // 71,43 with decimals
		// Tabel 2.3 rasio: half up to two decimals.
		{"meta.pct_round2(78.62, 75)", "104.8300000000"}, // 104,8266…
		{"meta.pct_round2(77.2, 75)", "102.9300000000"},  // 102,9333…
		{"meta.pct_round2(11142, 10380)", "107.3400000000"},
		{"meta.pct_round2(11208, 10587)", "105.8700000000"}, // 105,8656…
		{"meta.pct_round2(1.00005, 1)", "100.0100000000"},   // 100,005 exactly: half goes up
		{"meta.pct_round2(1.00004, 1)", "100.0000000000"},   // 100,004: down
		{"meta.pct_round2(-1.00005, 1)", "-100.0100000000"}, // half away from zero
		// Exact integer division.
		{"meta.div_trunc(CAST(-7 AS HUGEINT), 2)", "-3"},
		{"meta.div_trunc(CAST(7 AS HUGEINT), -2)", "-3"},
		{"meta.div_trunc(CAST(-7 AS HUGEINT), -2)", "3"},
		{"meta.div_half_up(CAST(5 AS HUGEINT), 2)", "3"},
		{"meta.div_half_up(CAST(-5 AS HUGEINT), 2)", "-3"},
		{"meta.div_half_up(CAST(4 AS HUGEINT), 3)", "1"},
		// Numbers in messages, the Indonesian way.
		{"meta.id_num(1066266500)", "1.066.266.500"},
		{"meta.id_num(CAST(2596602000 AS DECIMAL(38,10)))", "2.596.602.000"},
		{"meta.id_num(104.83)", "104,83"},
		{"meta.id_num(-50)", "-50"},
		{"meta.id_num(0)", "0"},
		{"meta.id_num(0.5)", "0,5"},
		{"meta.id_num(NULL)", "–"},
	}
	for _, c := range cases {
		if got, _ := eval(c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
	for _, expr := range []string{"meta.pct_trunc(5, 0)", "meta.pct_round2(5, 0)"} {
		if got, ok := eval(expr); ok {
			t.Errorf("%s = %s, want NULL (no ratio against zero)", expr, got)
		}
	}
	for _, expr := range []string{"meta.pct_trunc(1, 3)", "meta.pct_round2(1, 3)"} {
		var typ string
		if err := db.QueryRowContext(ctx, `SELECT typeof(`+expr+`)`).Scan(&typ); err != nil || typ != "DECIMAL(38,10)" {
			t.Errorf("typeof(%s) = %s, %v; want DECIMAL(38,10) so unions never narrow", expr, typ, err)
		}
	}
	// Names match across tables once abbreviations and filler words go.
	same := [][2]string{
		{"Prog. Penguatan Kelembagaan Koperasi", "PROGRAM PENGUATAN KELEMBAGAAN KOPERASI"},
		{"Gaji dan Tunjangan", "GAJI DAN TUNJANGAN"},
		{"Prog. peningkatan pengembangan pemasaran dan jaringan usaha umkm", "PROGRAM PENINGKATAN DAN PENGEMBANGAN PEMASARAN DAN JARINGAN USAHA UMKM"},
		{"Prog. Peningk. Pengembangan Sistem", "Program Peningkatan Pengembangan Sistem"},
	}
	for _, p := range same {
		var eq bool
		if err := db.QueryRowContext(ctx, `SELECT meta.norm_nama(?) = meta.norm_nama(?)`, p[0], p[1]).Scan(&eq); err != nil || !eq {
			t.Errorf("norm_nama(%q) ≠ norm_nama(%q) (%v)", p[0], p[1], err)
		}
	}
	var eq bool
	db.QueryRowContext(ctx, `SELECT meta.norm_nama('Prog. Pengembangan Sistem Pendukung Usaha bagi UMKM') = meta.norm_nama('PROGRAM PENGEMBANGAN SISTEM PENDUKUNG USAHA BAGI KOPERASI USAHA MIKRO KECIL MENENGAH')`).Scan(&eq)
	if eq {
		t.Error("different names must not match")
	}
}
