// Package finding holds problems found in the data: not program errors, but
// things the people who typed the inputs should know, in their language,
// with the place (file, sheet, cell) and the text that was there.
package finding

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Severity grades a finding.
type Severity string

const (
	Tinggi Severity = "tinggi" // a published or delivered figure is wrong or missing
	Sedang Severity = "sedang" // a value could not be used; a figure may be incomplete
	Rendah Severity = "rendah" // rounding-level differences, cosmetic problems
	Info   Severity = "info"   // what was skipped or assumed, for the record
)

// Severities in report order.
var Severities = []Severity{Tinggi, Sedang, Rendah, Info}

// Finding is one problem in the data.
type Finding struct {
	Severity Severity
	Rule     string // stable code, e.g. "baca.angka"
	File     string // relative to the inputs folder
	Sheet    string
	Cell     string
	Raw      string // the text that was there
	Expected string
	Message  string // Bahasa Indonesia
	// FileID is the input (raw.files.file_id) whose reading met it, 0 for
	// the run's own: a later run that copies an unchanged file's rows
	// instead of reading it takes these findings with them.
	FileID int
}

// Log collects findings. It is safe for concurrent use.
type Log struct {
	mu    sync.Mutex
	items []Finding
}

// nikLike matches a run of 16 digits: a national ID number (NIK) must never
// appear in a finding, whatever column it was typed into.
var nikLike = regexp.MustCompile(`\d{16}`)

// spacedNIK matches a NIK typed in groups, as people copy it from a KTP:
// 3374 0155 0890 0002, 3374-0155-0890-0002, 3374.0155.0890.0002, 337401
// 550890 0002, 33 74 01 550890 0002 — one separator throughout.
var spacedNIK = regexp.MustCompile(`(?:^|[^\d.\-])(` +
	`\d{4}(?: \d{4}){3}|\d{4}(?:-\d{4}){3}|\d{4}(?:\.\d{4}){3}|` +
	`\d{6} \d{6} \d{4}|\d{6}-\d{6}-\d{4}|\d{6}\.\d{6}\.\d{4}|` +
	`\d{2} \d{2} \d{2} \d{6} \d{4}|\d{2}-\d{2}-\d{2}-\d{6}-\d{4}|\d{2}\.\d{2}\.\d{2}\.\d{6}\.\d{4}` +
	`)(?:$|[^\d])`)

// Redact masks anything that looks like a NIK, keeping the region code (six
// digits) so a person can still find the row: 3374xx… A run of 16 digits is
// masked whatever it is; 16 digits in groups (3374 0155 0890 0002) when
// they read as a NIK — a province code and a date of birth where a NIK has
// them — so that a list of years or an amount is left alone.
func Redact(s string) string {
	// Most text holds no 16 digits: one pass over the bytes spares it the
	// regular expressions (a licence export redacts millions).
	run, digits, long := 0, 0, false
	for i := 0; i < len(s) && !long; i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			digits++
			long = run >= 16
		} else {
			run = 0
		}
	}
	if digits < 16 {
		return s
	}
	if long {
		s = nikLike.ReplaceAllStringFunc(s, func(m string) string { return m[:6] + "**********" })
	}
	return spacedNIK.ReplaceAllStringFunc(s, func(m string) string {
		loc := spacedNIK.FindStringSubmatchIndex(m)
		group := m[loc[2]:loc[3]]
		bare := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, group)
		if !nikShaped(bare) {
			return m
		}
		// keep the region code's digits, mask every other digit, keep the separators
		var b strings.Builder
		seen := 0
		for _, r := range group {
			if r >= '0' && r <= '9' {
				seen++
				if seen > 6 {
					r = '*'
				}
			}
			b.WriteRune(r)
		}
		return m[:loc[2]] + b.String() + m[loc[3]:]
	})
}

// provinces are the first two digits a NIK can start with: Indonesia's
// province codes (Kemendagri).
var provinces = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range [][2]int{{11, 19}, {21, 21}, {31, 36}, {51, 53}, {61, 65}, {71, 76}, {81, 82}, {91, 96}} {
		for p := r[0]; p <= r[1]; p++ {
			m[strconv.Itoa(p)] = true
		}
	}
	return m
}()

// nikShaped tells 16 digits whose province code and date of birth are
// where a NIK has them: a province code of Indonesia, a day 01–31 (a
// woman's 41–71) and a month 01–12.
func nikShaped(d string) bool {
	if len(d) != 16 || !provinces[d[:2]] {
		return false
	}
	day, _ := strconv.Atoi(d[6:8])
	month, _ := strconv.Atoi(d[8:10])
	return (day >= 1 && day <= 31 || day >= 41 && day <= 71) && month >= 1 && month <= 12
}

// Add records a finding, redacted.
func (l *Log) Add(f Finding) {
	f.File = Redact(f.File)
	f.Sheet = Redact(f.Sheet)
	f.Raw = Redact(f.Raw)
	f.Message = Redact(f.Message)
	f.Expected = Redact(f.Expected)
	l.mu.Lock()
	l.items = append(l.items, f)
	l.mu.Unlock()
}

// All returns the findings in a stable order: by file, sheet, cell position
// and rule, so two runs over the same inputs list them identically.
func (l *Log) All() []Finding {
	l.mu.Lock()
	out := append([]Finding(nil), l.items...)
	l.mu.Unlock()
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Sheet != b.Sheet {
			return a.Sheet < b.Sheet
		}
		if ra, rb := cellOrder(a.Cell), cellOrder(b.Cell); ra != rb {
			if ra[0] != rb[0] {
				return ra[0] < rb[0]
			}
			return ra[1] < rb[1]
		}
		return a.Rule < b.Rule
	})
	return out
}

// Truncate forgets every finding added after the first n: what a step
// found before it was abandoned and begun again.
func (l *Log) Truncate(n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if n < len(l.items) {
		l.items = l.items[:n]
	}
}

// Len is the number of findings.
func (l *Log) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.items)
}

var cellRe = regexp.MustCompile(`^([A-Z]+)([0-9]+)$`)

// cellOrder sorts A2 before A10 and B1 after A9 within a sheet: row, then column.
func cellOrder(ref string) [2]int {
	m := cellRe.FindStringSubmatch(ref)
	if m == nil {
		return [2]int{0, 0}
	}
	col := 0
	for _, ch := range m[1] {
		col = col*26 + int(ch-'A'+1)
	}
	row := 0
	for _, ch := range m[2] {
		row = row*10 + int(ch-'0')
	}
	return [2]int{row, col}
}
