package sipd

import (
	"regexp"
	"strconv"
	"strings"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/read/monthly"
)

// A period as SIPD-RI's screens and people write it: "Maret 2022",
// "s.d. Maret 2022", "Januari s.d. Maret 2022", "01 Januari 2022 s.d. 31
// Maret 2022", "31/03/2022", "2022-03", "Periode: Maret 2022". The end of a
// range is what a cumulative realisasi is up to.
var (
	rangeRe  = regexp.MustCompile(`(?i)\s+(?:s\.?\s*/?\s*d\.?|sampai\s+dengan|sampai|hingga|-|–)\s+`)
	prefixRe = regexp.MustCompile(`(?i)^\s*(?:periode|bulan|per|posisi|keadaan)?\s*[:.]?\s*(?:s\.?\s*/?\s*d\.?|sampai\s+dengan|sampai|hingga)?\s*[:.]?\s*`)
)

// ParsePeriode reads the month a period text ends in, and its year where
// it says one (0 when not).
func ParsePeriode(raw string) (month, year int, err error) {
	s := strings.TrimSpace(raw)
	if parts := rangeRe.Split(s, -1); len(parts) > 1 {
		s = parts[len(parts)-1]
	}
	s = strings.TrimSpace(prefixRe.ReplaceAllString(s, ""))
	return idtext.ParseMonthYear(s)
}

// Period is the month and year a row's realisasi is cumulative to: from
// its periode column; else its bulan and tahun columns; else the file's
// name (SIPD_Realisasi_Maret_2022.xlsx, sipd-2022-03.csv). ok is false when
// none of them says both.
func Period(periode, bulan, tahun, path string) (month, year int, ok bool) {
	y := 0
	if t := strings.TrimSpace(tahun); t != "" {
		if n, err := strconv.Atoi(strings.TrimSuffix(t, ".0")); err == nil && n >= 1990 && n <= 2100 {
			y = n
		}
	}
	finish := func(m, yy int) (int, int, bool) {
		if yy == 0 {
			yy = y
		}
		return m, yy, m >= 1 && m <= 12 && yy != 0
	}
	if strings.TrimSpace(periode) != "" {
		if m, yy, err := ParsePeriode(periode); err == nil {
			return finish(m, yy)
		}
		return 0, 0, false // a period that says something else is not guessed past
	}
	if strings.TrimSpace(bulan) != "" {
		if m, yy, err := ParsePeriode(bulan); err == nil {
			return finish(m, yy)
		}
		return 0, 0, false
	}
	m, yy := 0, 0
	for _, c := range monthly.FromPath(path) {
		n, _ := strconv.Atoi(c.Value)
		switch {
		case c.Key == "bulan" && m == 0:
			m = n
		case c.Key == "tahun" && yy == 0:
			yy = n
		}
	}
	return finish(m, yy)
}

// PeriodText is the period as the warehouse keeps it beside the texts: the
// last day of the month ("2022-03-31"), or "" when there is none.
func PeriodText(month, year int, ok bool) string {
	if !ok {
		return ""
	}
	last := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month-1]
	if month == 2 && (year%4 == 0 && (year%100 != 0 || year%400 == 0)) {
		last = 29
	}
	return strconv.Itoa(year) + "-" + pad2(month) + "-" + pad2(last)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
