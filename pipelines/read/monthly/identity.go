package monthly

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/sheet"
)

// Clue is one hint of whose report a file is (unit) and for which period
// (tahun, bulan), and where it was found.
type Clue struct {
	Source string // metadata, kepala, nama berkas
	Key    string // unit, tahun, bulan
	Value  string // bulan as 1–12; tahun as four digits; unit as written
	Raw    string
	Sheet  string
	Cell   string
}

var yearRe = regexp.MustCompile(`^(19|20)\d\d$`)

// FromPath reads the clues a folder and file name give:
// "2018/06/PUM.xlsx", "Laporan_PUM_Juni_2018.xlsx", "PKK 2018-06 revisi.xlsx".
// Every other word is offered as a unit candidate; the warehouse keeps the
// ones that are unit codes of the Renstra.
func FromPath(path string) []Clue {
	path = strings.TrimSuffix(path, pathExt(path))
	tokens := strings.FieldsFunc(path, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var out []Clue
	add := func(key, value, raw string) {
		out = append(out, Clue{Source: "nama berkas", Key: key, Value: value, Raw: raw})
	}
	afterYear := false
	for _, t := range tokens {
		switch {
		case yearRe.MatchString(t):
			add("tahun", t, t)
			afterYear = true
			continue
		case isDigits(t):
			// a month only as a number right after a year: 2018-06, 2018/06
			if n, _ := strconv.Atoi(t); afterYear && len(t) <= 2 && n >= 1 && n <= 12 {
				add("bulan", strconv.Itoa(n), t)
			}
		default:
			if m, err := idtext.ParseMonth(t); err == nil && len(t) >= 3 {
				add("bulan", strconv.Itoa(m), t)
			} else if len(t) >= 2 && len(t) <= 8 {
				add("unit", strings.ToUpper(t), t)
			}
		}
		afterYear = false
	}
	return out
}

func pathExt(p string) string {
	if i := strings.LastIndexByte(p, '.'); i >= 0 && !strings.ContainsAny(p[i:], "/\\") {
		return p[i:]
	}
	return ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

var labelRe = regexp.MustCompile(`(?i)^(unit kerja|unit|bidang|sub bagian|subbag|tahun anggaran|tahun|bulan laporan|bulan|periode laporan|periode|masa laporan)\b\s*:?\s*(.*)$`)

// monthOfCell reads the month (and the year, where given) of the cell at
// ref: a date cell by its date — Excel shows a typed "Jan-19" as a date
// formatted mmm-yy — else its text in any form idtext.ParseMonthYear reads.
func monthOfCell(g *sheet.Grid, r, c int, text string) (month, year int, err error) {
	if cell := g.At(r, c); cell != nil && cell.Type == sheet.TypeDate {
		if d, ok, err := cell.Date(g.Date1904); ok && err == nil {
			return int(d.Month()), d.Year(), nil
		}
	}
	return idtext.ParseMonthYear(text)
}

// FromHeaderBlock reads the clues in the rows above a table (rows 1 to
// upTo): "Unit: Bidang Pemberdayaan Usaha Mikro", "Bulan: Juni",
// "Tahun: 2018", "Periode: Juni 2018", with the value in the same cell or in
// the next one to the right.
func FromHeaderBlock(g *sheet.Grid, upTo int) []Clue {
	var out []Clue
	for r := 1; r <= upTo && r <= g.MaxRow; r++ {
		for _, cell := range g.Row(r) {
			c, text := cell.Col, cell.Text()
			if text == "" {
				continue
			}
			m := labelRe.FindStringSubmatch(text)
			if m == nil {
				continue
			}
			value := strings.TrimSpace(m[2])
			ref, vc := sheet.Ref(c, r), c
			if value == "" || value == ":" {
				// the value sits in the next non-empty cell to the right
				for cc := c + 1; cc <= g.MaxCol && cc <= c+3; cc++ {
					if v := strings.TrimSpace(strings.TrimPrefix(g.Text(r, cc), ":")); v != "" {
						value, ref, vc = v, sheet.Ref(cc, r), cc
						break
					}
				}
			}
			if value == "" {
				continue
			}
			clue := func(key, v string) {
				out = append(out, Clue{Source: "kepala", Key: key, Value: v, Raw: value, Sheet: g.Sheet, Cell: ref})
			}
			switch label := strings.ToLower(m[1]); {
			case strings.HasPrefix(label, "unit"), label == "bidang", label == "sub bagian", label == "subbag":
				unit := value
				if i := strings.LastIndex(unit, "("); i >= 0 && strings.HasSuffix(unit, ")") {
					clue("unit", strings.ToUpper(strings.TrimSpace(unit[i+1:len(unit)-1])))
					unit = strings.TrimSpace(unit[:i])
				}
				clue("unit", unit)
			case strings.HasPrefix(label, "tahun"):
				if yearRe.MatchString(value) {
					clue("tahun", value)
				}
			default: // bulan, periode: "Juni", "Jan-19", "Juni 2018", "2018-06", "06/2018", a date cell
				m, y, err := monthOfCell(g, r, vc, value)
				if err != nil {
					for _, pc := range FromPath(value) { // "Laporan Juni Tahun 2018"
						if pc.Key != "unit" {
							clue(pc.Key, pc.Value)
						}
					}
					continue
				}
				clue("bulan", strconv.Itoa(m))
				if y != 0 {
					clue("tahun", strconv.Itoa(y))
				}
			}
		}
	}
	return out
}
