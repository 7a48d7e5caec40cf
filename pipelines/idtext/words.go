package idtext

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Months are the Indonesian month names, January first; their usual
// abbreviations are accepted too (Jan, Feb, Mar, Apr, Mei, Jun, Jul, Agu/Agt/Ags,
// Sep/Sept, Okt, Nov, Des).
var Months = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}

var monthWords = func() map[string]int {
	m := map[string]int{}
	for i, name := range Months {
		m[strings.ToLower(name)] = i + 1
		m[strings.ToLower(name[:3])] = i + 1
	}
	for w, n := range map[string]int{"pebruari": 2, "peb": 2, "nopember": 11, "nop": 11, "agt": 8, "ags": 8, "agu": 8, "sept": 9, "okt": 10, "des": 12,
		"january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10, "december": 12, "oct": 10, "dec": 12, "aug": 8} {
		m[w] = n
	}
	return m
}()

// ParseMonth reads a month: a name ("Juni", "jun", "JUNI"), or its number
// (1–12, "06").
func ParseMonth(raw string) (int, error) {
	s := strings.ToLower(strings.Trim(normalizeSpace(raw), "."))
	if n, ok := monthWords[s]; ok {
		return n, nil
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= 12 {
		return n, nil
	}
	return 0, &ParseError{Raw: raw, Expected: "nama bulan, mis. Juni, atau angka 1–12", Reason: "bukan nama bulan"}
}

// ExpectMonth is what a month cell should hold, for a finding.
const ExpectMonth = "bulan, mis. Juni, Jun-19, Juni 2019, 06/2019 atau 2019-06"

// ParseMonthYear reads a month with or without its year, in the forms
// people and spreadsheet programs write it: "Juni", "6"; "Jan-19" (Excel's
// own short display), "Jan 2019", "Januari '19", "January 2019", "Agt
// 2019"; "01/2019", "1-2019", "2019-01", "2019/01"; a whole date
// ("31/01/2019", "31 Januari 2019"). year is 0 when the text gives none; a
// two-digit year is of this century. A year outside 1990–2100 or a month
// outside 1–12 is an error, never a guess.
func ParseMonthYear(raw string) (month, year int, err error) {
	fail := func(reason string) (int, int, error) {
		return 0, 0, &ParseError{Raw: raw, Expected: ExpectMonth, Reason: reason}
	}
	s := strings.ToLower(normalizeSpace(raw))
	if s == "" {
		return fail("kosong")
	}
	if m, err := ParseMonth(s); err == nil {
		return m, 0, nil
	}
	if d, err := ParseDate(raw); err == nil {
		return int(d.Month()), d.Year(), nil
	}
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '-' || r == '/' || r == '.' || r == ',' || r == '\'' || r == '’'
	})
	if len(parts) != 2 {
		return fail("bukan bulan dan tahun")
	}
	yearOf := func(p string) (int, bool) {
		if !isAllDigits(p) || (len(p) != 2 && len(p) != 4) {
			return 0, false
		}
		y, _ := strconv.Atoi(p)
		if len(p) == 2 {
			y += 2000
		}
		return y, y >= 1990 && y <= 2100
	}
	monthOf := func(p string) (int, bool) {
		if isAllDigits(p) && len(p) > 2 {
			return 0, false
		}
		m, err := ParseMonth(p)
		return m, err == nil
	}
	// month then year (Jan-19, 01/2019), or a four-digit year then month (2019-01)
	if m, ok := monthOf(parts[0]); ok {
		if y, ok := yearOf(parts[1]); ok {
			return m, y, nil
		}
		return fail("tahun tidak terbaca")
	}
	if len(parts[0]) == 4 {
		if y, ok := yearOf(parts[0]); ok {
			if m, ok := monthOf(parts[1]); ok {
				return m, y, nil
			}
		}
	}
	return fail("bukan nama bulan")
}

func isAllDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// ExpectDate is what a date cell should hold, for a finding.
const ExpectDate = "tanggal, mis. 30/06/2018 atau 30 Juni 2018"

// ParseDate reads a date typed the Indonesian way: "30/06/2018", "30-6-2018",
// "30.06.2018", "30 Juni 2018", "30 Jun 2018", "2018-06-30". Day comes before
// month; a date that does not exist (31 Juni) is an error, never moved to
// the next valid day.
func ParseDate(raw string) (time.Time, error) {
	s := normalizeSpace(raw)
	fail := func(reason string) (time.Time, error) {
		return time.Time{}, &ParseError{Raw: raw, Expected: ExpectDate, Reason: reason}
	}
	if s == "" {
		return fail("kosong")
	}
	var d, m, y int
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' || r == ' ' || r == ',' })
	if len(fields) != 3 {
		return fail("tidak terdiri dari hari, bulan dan tahun")
	}
	num := func(f string) (int, bool) {
		n, err := strconv.Atoi(f)
		return n, err == nil && len(f) <= 4
	}
	if n, ok := num(fields[0]); ok && len(fields[0]) == 4 { // 2018-06-30
		y = n
		var ok1, ok2 bool
		m, ok1 = num(fields[1])
		d, ok2 = num(fields[2])
		if !ok1 || !ok2 {
			return fail("susunan tanggal tidak dikenal")
		}
	} else {
		var ok1, ok2 bool
		d, ok1 = num(fields[0])
		y, ok2 = num(fields[2])
		if !ok1 || !ok2 {
			return fail("susunan tanggal tidak dikenal")
		}
		if mm, ok := num(fields[1]); ok {
			m = mm
		} else if mm, err := ParseMonth(fields[1]); err == nil {
			m = mm
		} else {
			return fail(fmt.Sprintf("%q bukan nama bulan", fields[1]))
		}
	}
	if len(fields[len(fields)-1]) == 2 && y < 100 && len(fields[0]) != 4 {
		return fail("tahun harus empat angka")
	}
	if y < 1900 || y > 2100 {
		return fail("tahun di luar 1900–2100")
	}
	if m < 1 || m > 12 {
		return fail("bulan di luar 1–12")
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if d < 1 || t.Day() != d || int(t.Month()) != m {
		return fail("tanggal itu tidak ada")
	}
	return t, nil
}

// DateFromSerial turns an Excel date serial into a date (1900 date system,
// with Excel's phantom 29 February 1900; date1904 for the 1904 system).
func DateFromSerial(serial float64, date1904 bool) (time.Time, error) {
	if serial < 1 || serial > 2958465 {
		return time.Time{}, &ParseError{Raw: strconv.FormatFloat(serial, 'f', -1, 64), Expected: ExpectDate, Reason: "nomor seri tanggal di luar jangkauan"}
	}
	days := int(serial)
	if date1904 {
		return time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days), nil
	}
	if days >= 60 { // Excel counts 29 February 1900, which never was
		days--
	}
	return time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days), nil
}

var yesWords = map[string]bool{"ya": true, "y": true, "yes": true, "✓": true, "√": true, "1": true, "benar": true, "ada": true, "sudah": true, "baik": true, "aktif": true}
var noWords = map[string]bool{"tidak": true, "t": true, "tdk": true, "no": true, "n": true, "0": true, "salah": true, "belum": true, "kurang": true, "tidak baik": true, "tidak aktif": true, "non aktif": true, "nonaktif": true}

// ParseYesNo reads a yes/no answer: "Ya"/"Y"/"✓"/"1"/"Baik"/"Aktif" or
// "Tidak"/"T"/"0"/"Belum"/"Tidak aktif". ok is false for a blank or "-".
func ParseYesNo(raw string) (value, ok bool, err error) {
	s := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(normalizeSpace(raw), "-", " ")), " "))
	switch {
	case s == "" || missingMarkers[s]:
		return false, false, nil
	case yesWords[s]:
		return true, true, nil
	case noWords[s]:
		return false, true, nil
	}
	return false, false, &ParseError{Raw: raw, Expected: "Ya atau Tidak", Reason: "bukan jawaban ya/tidak"}
}

// ParseGender reads jenis kelamin: L, P (perempuan), W (wanita), Laki-laki,
// Pria, Perempuan, Wanita. The result is "L" or "P".
func ParseGender(raw string) (string, bool, error) {
	s := strings.ToLower(strings.Join(strings.Fields(strings.NewReplacer("-", " ", ".", " ").Replace(normalizeSpace(raw))), " "))
	switch s {
	case "", "-":
		return "", false, nil
	case "l", "lk", "laki laki", "laki", "pria", "male", "m":
		return "L", true, nil
	case "p", "pr", "w", "perempuan", "wanita", "female", "f":
		return "P", true, nil
	}
	return "", false, &ParseError{Raw: raw, Expected: "L (laki-laki) atau P (perempuan)", Reason: "jenis kelamin tidak dikenal"}
}
