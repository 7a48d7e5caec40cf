// Package finding holds problems found in the data: not program errors, but
// things the people who typed the inputs should know, in their language,
// with the place (file, sheet, cell) and the text that was there.
package finding

import (
	"regexp"
	"sort"
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
}

// Log collects findings. It is safe for concurrent use.
type Log struct {
	mu    sync.Mutex
	items []Finding
}

// nikLike matches a run of 16 digits: a national ID number (NIK) must never
// appear in a finding, whatever column it was typed into.
var nikLike = regexp.MustCompile(`\d{16}`)

// Redact masks anything that looks like a NIK, keeping the region code (six
// digits) so a person can still find the row: 3374xx…
func Redact(s string) string {
	// Most text holds no run of 16 digits: one pass over the bytes spares
	// it the regular expression (a licence export redacts millions).
	run, long := 0, false
	for i := 0; i < len(s) && !long; i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			long = run >= 16
		} else {
			run = 0
		}
	}
	if !long {
		return s
	}
	return nikLike.ReplaceAllStringFunc(s, func(m string) string {
		return m[:6] + "**********"
	})
}

// Add records a finding, redacted.
func (l *Log) Add(f Finding) {
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
