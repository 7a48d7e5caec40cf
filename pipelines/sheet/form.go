package sheet

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"kinerja/pipelines/idtext"
)

// Norm lower-cases a label, turns punctuation into spaces and collapses
// whitespace, so "Taret  lainnya", "TARGET LAINNYA" and "Target-lainnya" can
// be matched with the same words. The percent sign is kept.
func Norm(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// Column is a header column: its position and the labels above it, from the
// top header row down ("Anggaran pada Tahun" → "2011").
type Column struct {
	Col  int
	Path []string
}

// Has reports whether any label of the path contains all the words.
func (c Column) Has(words ...string) bool {
	for _, p := range c.Path {
		n := " " + Norm(p) + " "
		all := true
		for _, w := range words {
			if !strings.Contains(n, " "+w) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// Last is the bottom label of the column.
func (c Column) Last() string {
	if len(c.Path) == 0 {
		return ""
	}
	return c.Path[len(c.Path)-1]
}

var yearRe = regexp.MustCompile(`\b(19[5-9][0-9]|20[0-9][0-9]|2100)\b`)

// Year is the year a column's labels name (the last one named), or 0.
func (c Column) Year() int {
	for i := len(c.Path) - 1; i >= 0; i-- {
		if m := yearRe.FindString(c.Path[i]); m != "" {
			y, _ := strconv.Atoi(m)
			return y
		}
	}
	return 0
}

// Header is the header block of a form table.
type Header struct {
	FirstRow, LastRow int
	NumberingRow      int // the "1 2 3 … 17" row under some official headers; 0 if none
	Columns           []Column
}

// DataStart is the first row after the header block.
func (h *Header) DataStart() int {
	if h.NumberingRow > 0 {
		return h.NumberingRow + 1
	}
	return h.LastRow + 1
}

// Find returns the first column whose path has all the words.
func (h *Header) Find(words ...string) (Column, bool) {
	for _, c := range h.Columns {
		if c.Has(words...) {
			return c, true
		}
	}
	return Column{}, false
}

// FindHeader looks in the first maxScan rows for the header of a table: the
// first row in which every anchor (a set of words, see Column.Has) is the
// label of some cell. Rows below it belong to the header while they hold only
// labels under group titles (two- and three-row headers, merged or not); a
// row numbering the columns 1, 2, 3 … closes the header.
func FindHeader(g *Grid, maxScan int, anchors ...[]string) (*Header, bool) {
	for r := 1; r <= g.MaxRow && r <= maxScan; r++ {
		if !rowHasAnchors(g, r, anchors) {
			continue
		}
		h := &Header{FirstRow: r, LastRow: r}
		keyCol := 0
		for _, cell := range g.Row(r) {
			if cell.Text() != "" {
				keyCol = cell.Col
				break
			}
		}
		for next := r + 1; next <= g.MaxRow && next <= r+3; next++ {
			if isNumberingRow(g, next) {
				h.NumberingRow = next
				break
			}
			if !isHeaderContinuation(g, next, keyCol) {
				break
			}
			h.LastRow = next
		}
		h.Columns = columnPaths(g, h.FirstRow, h.LastRow)
		return h, true
	}
	return nil, false
}

func rowHasAnchors(g *Grid, r int, anchors [][]string) bool {
	if len(anchors) > 1 {
		// a header of several anchors labels several columns: a lone cell
		// holding all their words is a sentence above the table ("Kode dan
		// nama program … dari nomenklatur"), not its header
		labels := 0
		for _, cell := range g.Row(r) {
			if cell.Text() != "" {
				labels++
			}
		}
		if labels < 2 {
			return false
		}
	}
	for _, words := range anchors {
		found := false
		for _, cell := range g.Row(r) {
			if t := cell.Text(); t != "" && (Column{Path: []string{t}}).Has(words...) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// isHeaderContinuation: row r is part of the header when the key column
// (the leftmost labelled one: No, Kode) is blank in it — merged from above or
// left empty under a two-row label — and it holds labels, none of them a
// number other than a year. Data rows fill the key column.
func isHeaderContinuation(g *Grid, r int, keyCol int) bool {
	if g.RowEmpty(r) || g.Text(r, keyCol) != "" {
		return false
	}
	for _, cell := range g.Row(r) {
		if cell.Text() == "" {
			continue
		}
		t := cell.Text()
		if yearRe.MatchString(t) && len(Norm(t)) <= 12 {
			continue
		}
		if cell.Type == TypeNumber {
			return false
		}
		if n, err := idtext.ParseNumber(t); err == nil && !n.Missing {
			return false
		}
	}
	return true
}

// isNumberingRow: at least three cells holding 1, 2, 3 … in order.
func isNumberingRow(g *Grid, r int) bool {
	want, count := 1, 0
	for _, cell := range g.Row(r) {
		t := cell.Text()
		if t == "" {
			continue
		}
		if t != strconv.Itoa(want) {
			return false
		}
		want++
		count++
	}
	return count >= 3
}

// columnPaths builds each column's labels over the header rows. A merged
// range lends its text to every cell it covers; without merges, a group title
// spans the empty cells to its right that have labels beneath them.
func columnPaths(g *Grid, first, last int) []Column {
	// The columns that can have a label: those with a cell in the header
	// rows, and those a merged range over them covers.
	present := map[int]bool{}
	for r := first; r <= last; r++ {
		for _, cell := range g.Row(r) {
			present[cell.Col] = true
		}
	}
	for _, m := range g.Merges {
		if m.FirstRow <= last && m.LastRow >= first {
			for c := m.FirstCol; c <= m.LastCol && c <= g.MaxCol; c++ {
				present[c] = true
			}
		}
	}
	colNums := make([]int, 0, len(present))
	for c := range present {
		colNums = append(colNums, c)
	}
	sort.Ints(colNums)
	var cols []Column
	for _, c := range colNums {
		var path []string
		for r := first; r <= last; r++ {
			label := headerLabel(g, first, r, c, last)
			if label == "" {
				continue
			}
			if len(path) > 0 && path[len(path)-1] == label {
				continue // a vertical merge repeats its text
			}
			path = append(path, label)
		}
		if len(path) > 0 {
			cols = append(cols, Column{Col: c, Path: path})
		}
	}
	return cols
}

func headerLabel(g *Grid, first, r, c, last int) string {
	if t := g.Text(r, c); t != "" {
		return t
	}
	if m, ok := g.MergeAt(r, c); ok {
		if m.FirstRow >= first && m.FirstRow <= last {
			return g.Text(m.FirstRow, m.FirstCol)
		}
		return ""
	}
	if r == last || !hasLabelBelow(g, r, c, last) {
		return ""
	}
	// Unmerged group title: the nearest label to the left, if every column
	// between has labels beneath it.
	for left := c - 1; left >= 1; left-- {
		if !hasLabelBelow(g, r, left, last) {
			return ""
		}
		if t := g.Text(r, left); t != "" {
			if _, merged := g.MergeAt(r, left); merged {
				return ""
			}
			return t
		}
	}
	return ""
}

func hasLabelBelow(g *Grid, r, c, last int) bool {
	for below := r + 1; below <= last; below++ {
		if g.Text(below, c) != "" {
			return true
		}
	}
	return false
}

// Title finds the first text in the top rows above the header that names the
// table ("TABEL 2.4 ANGGARAN DAN REALISASI …"); it returns "" when none
// matches re.
func Title(g *Grid, maxRow int, re *regexp.Regexp) string {
	for r := 1; r <= g.MaxRow && r <= maxRow; r++ {
		for _, cell := range g.Row(r) {
			if t := cell.Text(); t != "" && re.MatchString(Norm(t)) {
				return t
			}
		}
	}
	return ""
}

var romanRe = regexp.MustCompile(`^(?i)(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\.?$`)

// IsRoman reports whether s is a section number written in Roman numerals
// ("I", "II.", "iv").
func IsRoman(s string) bool { return romanRe.MatchString(strings.TrimSpace(s)) }

var totalRe = regexp.MustCompile(`^(jumlah|total|sub ?total|grand total|jumlah (total|seluruhnya|keseluruhan))$|^(total|sub ?total|jumlah total) `)

// IsTotalLabel reports whether a label marks a total row: "JUMLAH", "TOTAL",
// "Total Belanja", "Sub Total". "Jumlah UMKM …" is an indicator, not a total.
func IsTotalLabel(s string) bool { return totalRe.MatchString(Norm(s)) }

var noteRe = regexp.MustCompile(`^(sumber|keterangan|catatan|ket|note)\b`)

// IsNoteLabel reports whether a cell starts a footnote ("Sumber data: …",
// "* Data IUMK", "Keterangan: …").
func IsNoteLabel(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasPrefix(t, "*") || noteRe.MatchString(Norm(t))
}

// pivotMarks are what a pivot table writes into its cells (as Norm leaves
// them), in English and Indonesian Excel and LibreOffice: its total, its
// label headers, its value headers. "Total Keseluruhan" alone is not one:
// a person may end a form with it.
var pivotMarks = regexp.MustCompile(`^(grand total|row labels|label baris|column labels|label kolom|total hasil)$|^(sum of|count of|average of|jumlah dari|hitungan dari|rata rata dari) `)

// Summary tells whether a sheet is a pivot table or a summary a person
// made from the data (a "Rekap" with its Grand Total), by the words such
// a table writes, and returns the cell and text that tell it. A summary
// is not a form's data, however much its header looks like one.
func Summary(g *Grid) (ref, text string, ok bool) {
	for _, c := range g.Cells() {
		if c.Type != TypeText {
			continue
		}
		// a value header is a few words ("Jumlah dari Realisasi Anggaran");
		// a sentence that starts so ("Jumlah dari kegiatan yang …") is a remark
		if t := Norm(c.Display); pivotMarks.MatchString(t) && len(strings.Fields(t)) <= 6 {
			return c.Ref, strings.TrimSpace(c.Display), true
		}
	}
	return "", "", false
}
