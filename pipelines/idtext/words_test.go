package idtext

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	want := time.Date(2018, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"30/06/2018", "30-6-2018", "30.06.2018", "30 Juni 2018", "30 juni 2018", "30 JUN 2018", "30-Jun-2018", "2018-06-30", " 30 / 06 / 2018 ", "30 June 2018"} {
		got, err := ParseDate(s)
		if err != nil || !got.Equal(want) {
			t.Errorf("ParseDate(%q) = %v, %v; want 30 Juni 2018", s, got, err)
		}
	}
	for _, s := range []string{"31/06/2018", "30/13/2018", "06/30/2018", "30-Jun-18", "30 Juno 2018", "29/02/2019", "", "2018", "30/06", "kemarin", "0/06/2018", "30/06/20180"} {
		if got, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) = %v; want an error (no guessing)", s, got)
		}
	}
	if got, err := ParseDate("29 Februari 2020"); err != nil || got.Day() != 29 {
		t.Errorf("a leap day: %v %v", got, err)
	}
}

func TestDateFromSerial(t *testing.T) {
	for serial, want := range map[float64]string{
		43281: "2018-06-30", 1: "1900-01-01", 59: "1900-02-28", 61: "1900-03-01", 43281.75: "2018-06-30",
	} {
		got, err := DateFromSerial(serial, false)
		if err != nil || got.Format("2006-01-02") != want {
			t.Errorf("serial %v = %v, %v; want %s", serial, got, err, want)
		}
	}
	if got, _ := DateFromSerial(41819, true); got.Format("2006-01-02") != "2018-06-30" {
		t.Errorf("1904 system: %v", got)
	}
	if _, err := DateFromSerial(0, false); err == nil {
		t.Error("serial 0 accepted")
	}
}

func TestParseMonth(t *testing.T) {
	for s, want := range map[string]int{"Juni": 6, "jun": 6, "JUNI": 6, "6": 6, "06": 6, "Agustus": 8, "Agt": 8, "Des.": 12, "Nopember": 11, "Pebruari": 2} {
		if got, err := ParseMonth(s); err != nil || got != want {
			t.Errorf("ParseMonth(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"", "13", "0", "Juno", "bulan"} {
		if _, err := ParseMonth(s); err == nil {
			t.Errorf("ParseMonth(%q) accepted", s)
		}
	}
}

func TestParseYesNoAndGender(t *testing.T) {
	for s, want := range map[string]bool{"Ya": true, "Y": true, "✓": true, "1": true, "Baik": true, "Aktif": true, "Tidak": false, "T": false, "tdk": false, "0": false, "Tidak Baik": false, "Non-aktif": false, "Belum": false} {
		got, ok, err := ParseYesNo(s)
		if err != nil || !ok || got != want {
			t.Errorf("ParseYesNo(%q) = %v %v %v; want %v", s, got, ok, err, want)
		}
	}
	for _, s := range []string{"", "-"} {
		if _, ok, err := ParseYesNo(s); ok || err != nil {
			t.Errorf("ParseYesNo(%q): blank must be no answer", s)
		}
	}
	for _, s := range []string{"x", "mungkin", "2"} {
		if _, _, err := ParseYesNo(s); err == nil {
			t.Errorf("ParseYesNo(%q) accepted: a cross or a number is not an answer to guess", s)
		}
	}
	for s, want := range map[string]string{"L": "L", "Laki-laki": "L", "laki laki": "L", "Pria": "L", "P": "P", "Perempuan": "P", "Wanita": "P", "W": "P"} {
		if got, ok, err := ParseGender(s); err != nil || !ok || got != want {
			t.Errorf("ParseGender(%q) = %q %v %v; want %s", s, got, ok, err, want)
		}
	}
	if _, _, err := ParseGender("X"); err == nil {
		t.Error("ParseGender(X) accepted")
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"30/06/2018", "30 Juni 2018", "2018-06-30", "31/06/2018", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if pe, ok := err.(*ParseError); !ok || pe.Reason == "" {
				t.Fatalf("ParseDate(%q): unhelpful error %v", s, err)
			}
			return
		}
		// A date read prints back and reads the same.
		back, err := ParseDate(d.Format("02/01/2006"))
		if err != nil || !back.Equal(d) {
			t.Fatalf("ParseDate(%q) = %v; reading %s back gives %v, %v", s, d, d.Format("02/01/2006"), back, err)
		}
		if d.Year() < 1900 || d.Year() > 2100 {
			t.Fatalf("ParseDate(%q) = %v: year out of range", s, d)
		}
	})
}

func FuzzParseYesNoGenderMonth(f *testing.F) {
	for _, s := range []string{"Ya", "Tidak", "L", "Perempuan", "Juni", "6", "-", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok, err := ParseYesNo(s); err != nil && (ok || v) {
			t.Fatalf("ParseYesNo(%q): a value with an error", s)
		}
		if g, ok, err := ParseGender(s); err == nil && ok && g != "L" && g != "P" {
			t.Fatalf("ParseGender(%q) = %q", s, g)
		}
		if m, err := ParseMonth(s); err == nil && (m < 1 || m > 12) {
			t.Fatalf("ParseMonth(%q) = %d", s, m)
		}
	})
}

func TestParseMonthYear(t *testing.T) {
	for raw, want := range map[string][2]int{
		"Juni": {6, 0}, "06": {6, 0}, "Jan-19": {1, 2019}, "jan-19": {1, 2019}, "Jan 2019": {1, 2019}, "Januari 2019": {1, 2019},
		"Januari '19": {1, 2019}, "Jan'19": {1, 2019}, "January 2019": {1, 2019}, "Agt 2019": {8, 2019}, "Ags-19": {8, 2019},
		"Okt 2019": {10, 2019}, "Nop 2019": {11, 2019}, "Des-19": {12, 2019}, "Dec-19": {12, 2019}, "May 2019": {5, 2019},
		"01/2019": {1, 2019}, "1-2019": {1, 2019}, "2019-01": {1, 2019}, "2019/01": {1, 2019}, "12.2019": {12, 2019},
		"31/01/2019": {1, 2019}, "31 Januari 2019": {1, 2019}, " Februari  2019 ": {2, 2019},
	} {
		m, y, err := ParseMonthYear(raw)
		if err != nil || m != want[0] || y != want[1] {
			t.Errorf("ParseMonthYear(%q) = %d, %d, %v; want %v", raw, m, y, err, want)
		}
	}
	for _, raw := range []string{"", "13/2019", "Jan-1919x", "2019", "Juno 2019", "Jan-1850", "0/2019", "Jan 19 20", "2019-13", "bulan ini", "19-Jan"} {
		if m, y, err := ParseMonthYear(raw); err == nil {
			t.Errorf("ParseMonthYear(%q) = %d, %d; want an error", raw, m, y)
		}
	}
}

// FuzzParseMonthYear: whatever is typed, a month read is 1–12 with a year
// of 0 or 1990–2100, and an error says what was expected.
func FuzzParseMonthYear(f *testing.F) {
	for _, s := range []string{"Jan-19", "Januari '19", "01/2019", "2019-01", "31/01/2019", "Juni", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, y, err := ParseMonthYear(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Expected == "" {
				t.Fatalf("ParseMonthYear(%q): unhelpful error %v", s, err)
			}
			return
		}
		if m < 1 || m > 12 || (y != 0 && (y < 1990 || y > 2100)) {
			t.Fatalf("ParseMonthYear(%q) = %d, %d", s, m, y)
		}
	})
}
