package finding

import (
	"errors"
	"log/slog"
	"strings"
	"testing"
)

func TestRedactNIK(t *testing.T) {
	var l Log
	l.Add(Finding{Severity: Sedang, Rule: "x", Raw: "3374011203900001", Message: "NIK 3374011203900001 ganda"})
	f := l.All()[0]
	if strings.Contains(f.Raw+f.Message, "3374011203900001") || !strings.Contains(f.Raw, "337401") {
		t.Errorf("NIK not masked: %+v", f)
	}
}

func TestOrder(t *testing.T) {
	var l Log
	for _, c := range []string{"A10", "B1", "A2"} {
		l.Add(Finding{File: "f", Sheet: "s", Cell: c})
	}
	var got []string
	for _, f := range l.All() {
		got = append(got, f.Cell)
	}
	if strings.Join(got, ",") != "B1,A2,A10" {
		t.Errorf("order %v, want B1,A2,A10 (row first)", got)
	}
}

// A NIK typed in groups, as people copy it from a KTP, is masked with its
// separators kept; years, amounts, a NIP and a phone number are not.
func TestRedactSpacedNIK(t *testing.T) {
	for in, want := range map[string]string{
		"NIK 3374 0155 0890 0002 ganda":  "NIK 3374 01** **** **** ganda",
		"3374-0155-0890-0002":            "3374-01**-****-****",
		"(3374.0155.0890.0003)":          "(3374.01**.****.****)",
		"337401 550890 0002":             "337401 ****** ****",
		"33 74 01 550890 0002, pemilik":  "33 74 01 ****** ****, pemilik",
		"KTP_3374015508900004_Budi.xlsx": "KTP_337401**********_Budi.xlsx",
		"Tahun 2018 2019 2020 2021":      "Tahun 2018 2019 2020 2021",
		"NIP. 19610831 198503 2 008":     "NIP. 19610831 198503 2 008",
		"Rp 1.234.567.890":               "Rp 1.234.567.890",
		"0812-3456-7890":                 "0812-3456-7890",
		"1.2.11.1.2.11.01.18.021":        "1.2.11.1.2.11.01.18.021",
		"3374 0155 0890 0002 dan 1234":   "3374 01** **** **** dan 1234",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzRedact(f *testing.F) {
	for _, s := range []string{"3374 0155 0890 0002", "NIK: 3374-0155-0890-0002.", "2018 2019 2020 2021", "3374015508900004", "a 33 74 01 550890 0002 b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Redact(s)
		if len(got) != len(s) {
			t.Fatalf("Redact(%q) = %q: the length changed", s, got)
		}
		if Redact(got) != got {
			t.Fatalf("Redact is not stable on %q", got)
		}
		if nikLike.MatchString(got) {
			t.Fatalf("Redact(%q) = %q keeps 16 digits in a row", s, got)
		}
	})
}

// Every log line goes through the masker: its message, its texts, its
// errors, in groups and in attributes set once for the logger.
func TestMaskingLogs(t *testing.T) {
	var b strings.Builder
	log := slog.New(Masking(slog.NewJSONHandler(&b, nil))).With("file", "KTP_3374015508900004_Budi.xlsx")
	log.Info("read 3374-0155-0890-0002", "error", errors.New("open /in/3374 0155 0890 0003.xlsx: denied"),
		slog.Group("g", "path", "arsip/3374015508900004/x.xlsx"), "n", 3374015508900004)
	out := b.String()
	for _, nik := range []string{"3374015508900004", "3374-0155-0890-0002", "3374 0155 0890 0003"} {
		if strings.Contains(out, nik) {
			t.Errorf("the log line holds %q: %s", nik, out)
		}
	}
	if !strings.Contains(out, "KTP_337401**********_Budi.xlsx") || !strings.Contains(out, `"error":"open /in/3374 01** **** ****.xlsx: denied"`) {
		t.Errorf("not masked as expected: %s", out)
	}
}
