package idtext

import (
	"math/big"
	"strconv"
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	cases := []struct {
		in      string
		want    string
		percent bool
		missing bool
	}{
		{"1.025", "1025", false, false},
		{"77,2%", "77.2", true, false},
		{"103,57 %", "103.57", true, false},
		{"78,62%", "78.62", true, false},
		{"2.596.602.000", "2596602000", false, false},
		{"3.507.068.354", "3507068354", false, false},
		{"(1.234)", "-1234", false, false},
		{"-50", "-50", false, false},
		{"−50", "-50", false, false}, // unicode minus
		{"- 50", "-50", false, false},
		{"+7", "7", false, false},
		{"1.234.567,89", "1234567.89", false, false},
		{"1,234,567.89", "1234567.89", false, false}, // English spelling, unambiguous
		{"1,234,567", "1234567", false, false},
		{"0,5%", "0.5", true, false},
		{"88,3", "88.3", false, false},
		{"77.2", "77.2", false, false},   // cannot be thousands grouping
		{"0.125", "0.125", false, false}, // a grouped number never starts with 0
		{"1 234 567", "1234567", false, false},
		{"1\u00a0234", "1234", false, false},
		{"  11.142 ", "11142", false, false},
		{"0", "0", false, false},
		{"007", "7", false, false},
		{",5", "0.5", false, false},
		{"(12,5%)", "-12.5", true, false},
		{"-", "", false, true},
		{"N/A", "", false, true},
		{"n/a", "", false, true},
		{"", "", false, true},
		{"—", "", false, true},
		{"1,00000000001", "1", false, false}, // beyond 10 decimals: rounded
		{"0,99999999999", "1", false, false},
	}
	for _, c := range cases {
		n, err := ParseNumber(c.in)
		if err != nil {
			t.Errorf("ParseNumber(%q): %v", c.in, err)
			continue
		}
		if n.Missing != c.missing {
			t.Errorf("ParseNumber(%q).Missing = %v, want %v", c.in, n.Missing, c.missing)
			continue
		}
		if c.missing {
			continue
		}
		if got := n.Value.String(); got != c.want || n.Percent != c.percent {
			t.Errorf("ParseNumber(%q) = %s (percent %v), want %s (percent %v)", c.in, got, n.Percent, c.want, c.percent)
		}
	}
}

func TestParseNumberRejects(t *testing.T) {
	for _, in := range []string{
		"abc", "12a", "1.2.3", "1.23.456", "1,2,3", "1.234,5,6", "(12", "12)", "--5",
		"1.234.56", "12.34.567", "Rp 1.000", "1 234.5", "1,5.000", "#DIV/0!", "5 %%", "%", "()", "-(5)",
	} {
		if n, err := ParseNumber(in); err == nil {
			t.Errorf("ParseNumber(%q) = %+v, want an error", in, n)
		} else if pe, ok := err.(*ParseError); !ok || pe.Reason == "" || pe.Raw != in {
			t.Errorf("ParseNumber(%q): error %v lacks raw text or reason", in, err)
		}
	}
}

func TestParseRupiah(t *testing.T) {
	cases := map[string]string{
		"Rp 2.596.602.000":    "2596602000",
		"Rp. 5.000,-":         "5000",
		"Rp5.000,00":          "5000",
		"IDR 1.000":           "1000",
		"2,5 M":               "2500000000",
		"50 jt":               "50000000",
		"50 jt.":              "50000000",
		"300 juta":            "300000000",
		"1,2 miliar":          "1200000000",
		"1 milyar":            "1000000000",
		"15 rb":               "15000",
		"Rp 1.5 jt":           "1500000",
		"(Rp 1.234)":          "",
		"3.573.364.891":       "3573364891",
		"Rp 0,333333333333 M": "333333333.333",
	}
	for in, want := range cases {
		n, err := ParseRupiah(in)
		if want == "" {
			if err == nil {
				t.Errorf("ParseRupiah(%q) = %s, want error", in, n.Value)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseRupiah(%q): %v", in, err)
			continue
		}
		if got := n.Value.String(); got != want {
			t.Errorf("ParseRupiah(%q) = %s, want %s", in, got, want)
		}
	}
	for _, in := range []string{"5 kg", "10%", "Rp abc", "2,5 X"} {
		if _, err := ParseRupiah(in); err == nil {
			t.Errorf("ParseRupiah(%q): want error", in)
		}
	}
}

func TestParseQuantity(t *testing.T) {
	cases := []struct{ in, value, unit string }{
		{"12 bulan", "12", "bulan"},
		{"12 bln", "12", "bln"},
		{"200 org", "200", "org"},
		{"1.500 Org", "1500", "Org"},
		{"6.412 UMKM", "6412", "UMKM"},
		{"3 provinsi", "3", "provinsi"},
		{"96 klmpr", "96", "klmpr"},
		{"100%", "100", ""},
		{"78,5%", "78.5", ""},
		{"1 buku", "1", "buku"},
		{"4 dokumen", "4", "dokumen"},
		{"1500", "1500", ""},
	}
	for _, c := range cases {
		n, err := ParseQuantity(c.in)
		if err != nil {
			t.Errorf("ParseQuantity(%q): %v", c.in, err)
			continue
		}
		if n.Value.String() != c.value || n.Unit != c.unit {
			t.Errorf("ParseQuantity(%q) = %s %q, want %s %q", c.in, n.Value, n.Unit, c.value, c.unit)
		}
	}
	for _, in := range []string{"UMKM", "12 bulan 3", "5% orang", "x12", "12a", "12 a"} {
		if _, err := ParseQuantity(in); err == nil {
			t.Errorf("ParseQuantity(%q): want error", in)
		}
	}
	if n, err := ParseQuantity("-"); err != nil || !n.Missing {
		t.Errorf("ParseQuantity(\"-\") = %+v, %v; want missing", n, err)
	}
}

func TestParseCNumber(t *testing.T) {
	cases := map[string]string{
		"2596602000":          "2596602000",
		"0.772":               "0.772",
		"1.5E-3":              "0.0015",
		"0.30000000000000004": "0.3",
		"-50.85":              "-50.85",
		"77.199999999999989":  "77.2",
		"1E+15":               "1000000000000000",
	}
	for in, want := range cases {
		d, err := ParseCNumber(in)
		if err != nil || d.String() != want {
			t.Errorf("ParseCNumber(%q) = %s, %v; want %s", in, d, err, want)
		}
	}
	if d, _ := ParseCNumber("0.772"); d.Mul100().String() != "77.2" {
		t.Errorf("Mul100(0.772) = %s", d.Mul100())
	}
}

func TestIndonesianRendering(t *testing.T) {
	for in, want := range map[string]string{
		"2596602000": "2.596.602.000", "77.2": "77,2", "-50": "-50", "1025": "1.025", "0.5": "0,5", "999": "999",
	} {
		n, err := ParseNumber(strings.ReplaceAll(in, ".", ","))
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if got := n.Value.Indonesian(); got != want {
			t.Errorf("Indonesian(%s) = %s, want %s", in, got, want)
		}
	}
}

// FuzzParseNumber: any text either parses or is refused with a reason; a
// parsed value survives printing the Indonesian way and reading back; and the
// value agrees with an independent reading by math/big when the text is in
// the plain Indonesian form.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1.025", "77,2%", "(1.234)", "2.596.602.000", "N/A", "-", "1,234.5", "0.125", "1 234", "abc", "12,5 %", "−3", "1.2.3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			pe, ok := err.(*ParseError)
			if !ok || pe.Reason == "" || pe.Expected == "" {
				t.Fatalf("ParseNumber(%q): unhelpful error %v", s, err)
			}
			return
		}
		if n.Missing {
			return
		}
		d := n.Value
		if strings.HasPrefix(d.Int, "0") && d.Int != "0" || strings.HasSuffix(d.Frac, "0") {
			t.Fatalf("ParseNumber(%q): non-canonical digits %+v", s, d)
		}
		back := d.Indonesian()
		if n.Percent {
			back += "%"
		}
		n2, err := ParseNumber(back)
		if err != nil || n2.Value != d || n2.Percent != n.Percent {
			t.Fatalf("ParseNumber(%q) = %s; printed %q reads back as %+v, %v", s, d, back, n2, err)
		}
		if _, ok := new(big.Rat).SetString(d.String()); !ok {
			t.Fatalf("ParseNumber(%q) = %q, not a decimal", s, d.String())
		}
	})
}

// FuzzParseRupiah and FuzzParseQuantity: never panic, never return a value
// together with an error, and a value is canonical.
func FuzzParseRupiah(f *testing.F) {
	for _, s := range []string{"Rp 2.596.602.000", "2,5 M", "50 jt.", "Rp. 5.000,-", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseRupiah(s)
		if err != nil {
			return
		}
		if !n.Missing {
			if _, e := strconv.ParseFloat(n.Value.String(), 64); e != nil {
				t.Fatalf("ParseRupiah(%q) = %q", s, n.Value.String())
			}
		}
	})
}

func FuzzParseQuantity(f *testing.F) {
	for _, s := range []string{"12 bulan", "1.500 Org", "100%", "6.412 UMKM", "-", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseQuantity(s)
		if err != nil || n.Missing {
			return
		}
		if strings.ContainsAny(n.Unit, "0123456789") {
			t.Fatalf("ParseQuantity(%q): unit %q holds digits", s, n.Unit)
		}
		if _, e := strconv.ParseFloat(n.Value.String(), 64); e != nil {
			t.Fatalf("ParseQuantity(%q) = %q", s, n.Value.String())
		}
	})
}
