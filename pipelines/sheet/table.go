package sheet

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/idtext"
)

// RowKind classifies a row of a form table.
type RowKind string

const (
	RowData         RowKind = "data"
	RowSection      RowKind = "section"      // "I  BELANJA TIDAK LANGSUNG"
	RowTotal        RowKind = "total"        // "JUMLAH", "TOTAL": checked, not read as data
	RowContinuation RowKind = "continuation" // no key and no label: more of the row above
	RowNote         RowKind = "note"         // "Sumber data: …", "* Data IUMK."
)

// Status says what became of a value.
type Status string

const (
	StatusOK         Status = "ok"
	StatusEmpty      Status = "kosong"
	StatusUnreadable Status = "tidak_terbaca"
	StatusText       Status = "teks"
)

// Field is a column meaning: which header columns carry it and how to read
// them. Parse is nil for a text field.
type Field struct {
	Name  string
	Match func(Column) bool
	Parse func(string) (idtext.Number, error)
	Kind  Kind // for fields that are neither text nor a number: dates, yes/no, gender, months
}

// Kind is what a non-numeric field holds; its normalised form goes to
// Value.Norm.
type Kind int

const (
	KindText   Kind = iota // or a number, when Parse is set
	KindDate               // Norm "2018-06-30"
	KindYesNo              // Norm "ya" or "tidak"
	KindGender             // Norm "L" or "P"
	KindMonth              // Norm "1"…"12"
)

// TableSpec describes a form table.
type TableSpec struct {
	MaxScan int        // rows searched for the header (default 30)
	Anchors [][]string // words that must label cells of the header's top row
	Key     []string   // words of the key column label ("no", "kode rekening")
	Label   []string   // words of the label column ("uraian", "indikator")
	Fields  []Field
	// Classify may refine the generic row kind (e.g. a row without a key
	// whose label is a section name).
	Classify func(r *TableRow, kind RowKind) RowKind
}

// Value is one value of a table, with the cell it came from.
type Value struct {
	Field  string
	Year   int // 0 for columns that are not per year
	Ref    string
	Raw    string
	Num    idtext.Number
	Status Status
	Err    *idtext.ParseError
	Text   string // for text fields
	Norm   string // for dates, yes/no, gender, months: the value in one spelling
}

// TableRow is a row of a form table.
type TableRow struct {
	Row     int
	Seq     int
	Kind    RowKind
	Key     string
	Label   string
	Section string
	Values  []Value
}

// Get returns the row's value of field for year.
func (r *TableRow) Get(field string, year int) (Value, bool) {
	for _, v := range r.Values {
		if v.Field == field && v.Year == year {
			return v, true
		}
	}
	return Value{}, false
}

// Table is a form table as read.
type Table struct {
	Header    *Header
	KeyCol    int
	LabelCol  int
	Rows      []TableRow
	Unclaimed []Column // header columns no field matched: kept in raw.cells, reported
	Years     []int    // the years the header names, ascending
}

// ReadTable finds the table's header and reads its rows. ok is false when the
// sheet holds no such header.
func ReadTable(g *Grid, spec TableSpec) (*Table, bool) {
	scan := spec.MaxScan
	if scan == 0 {
		scan = 30
	}
	h, ok := FindHeader(g, scan, spec.Anchors...)
	if !ok {
		return nil, false
	}
	t := &Table{Header: h}
	if c, ok := h.Find(spec.Key...); ok && len(spec.Key) > 0 {
		t.KeyCol = c.Col
	}
	if c, ok := h.Find(spec.Label...); ok && len(spec.Label) > 0 {
		t.LabelCol = c.Col
	}
	type claim struct {
		field Field
		col   Column
	}
	var claims []claim
	years := map[int]bool{}
	for _, col := range h.Columns {
		claimed := false
		for _, f := range spec.Fields {
			if f.Match(col) {
				claims = append(claims, claim{f, col})
				if y := col.Year(); y > 0 && f.Parse != nil {
					years[y] = true
				}
				claimed = true
				break
			}
		}
		if !claimed && col.Col != t.KeyCol && col.Col != t.LabelCol {
			t.Unclaimed = append(t.Unclaimed, col)
		}
	}
	for y := 1900; y <= 2100; y++ {
		if years[y] {
			t.Years = append(t.Years, y)
		}
	}

	section := ""
	seq := 0
	afterTotal := false
	for r := h.DataStart(); r <= g.MaxRow; r++ {
		if g.RowEmpty(r) {
			continue
		}
		row := TableRow{Row: r, Key: g.Text(r, t.KeyCol), Label: g.Text(r, t.LabelCol)}
		for _, cl := range claims {
			year := 0
			if cl.field.Parse != nil {
				year = cl.col.Year()
			}
			row.Values = append(row.Values, readValue(g.At(r, cl.col.Col), r, cl.col.Col, cl.field, year, g.Date1904))
		}
		kind := genericKind(g, &row, t)
		if afterTotal && kind != RowTotal && isSentenceRow(g, r) {
			kind = RowNote // a remark typed under the totals
		}
		if kind == RowTotal {
			afterTotal = true
		}
		if spec.Classify != nil {
			kind = spec.Classify(&row, kind)
		}
		row.Kind = kind
		if kind == RowSection {
			section = row.Key
			if section == "" {
				section = row.Label
			}
		}
		row.Section = section
		seq++
		row.Seq = seq
		t.Rows = append(t.Rows, row)
	}
	return t, true
}

// isSentenceRow reports whether a row holds only one cell, of five words or
// more: below a JUMLAH row that is a remark, not a line of the table.
func isSentenceRow(g *Grid, r int) bool {
	text := ""
	for _, cell := range g.Row(r) {
		if s := cell.Text(); s != "" {
			if text != "" {
				return false
			}
			text = s
		}
	}
	return len(strings.Fields(text)) >= 5
}

func genericKind(g *Grid, row *TableRow, t *Table) RowKind {
	first := ""
	filled := 0
	for _, cell := range g.Row(row.Row) {
		if s := cell.Text(); s != "" {
			if first == "" {
				first = s
			}
			filled++
		}
	}
	switch {
	case filled == 1 && IsNoteLabel(first):
		return RowNote
	case IsTotalLabel(row.Key) || (row.Key == "" && IsTotalLabel(row.Label)):
		return RowTotal
	case IsRoman(row.Key):
		return RowSection
	case row.Key == "" && row.Label == "":
		return RowContinuation
	}
	return RowData
}

func readValue(cell *Cell, r, c int, f Field, year int, date1904 bool) Value {
	v := Value{Field: f.Name, Year: year}
	if cell != nil {
		v.Ref, v.Raw = cell.Ref, cell.Raw
	} else {
		v.Ref = cellRef(r, c)
	}
	if f.Kind != KindText {
		return readKind(cell, f.Kind, v, date1904)
	}
	if f.Parse == nil {
		v.Text = cell.Text()
		v.Status = StatusText
		if v.Text == "" {
			v.Status = StatusEmpty
		}
		return v
	}
	n, err := cell.Number(f.Parse)
	switch {
	case err != nil:
		v.Status = StatusUnreadable
		pe, ok := err.(*idtext.ParseError)
		if !ok {
			pe = &idtext.ParseError{Raw: v.Raw, Expected: idtext.ExpectNumber, Reason: err.Error()}
		}
		v.Err = pe
	case n.Missing:
		v.Status = StatusEmpty
		v.Num = n
	default:
		v.Status = StatusOK
		v.Num = n
	}
	return v
}

func cellRef(r, c int) string { return Ref(c, r) }

// Ref is the A1 reference of column c, row r (1-based).
func Ref(c, r int) string {
	ref, _ := excelize.CoordinatesToCellName(c, r)
	return ref
}

// Form is a kind of table a sheet can hold, recognised by its title or,
// failing that, by its header.
type Form struct {
	Code     string
	Title    *regexp.Regexp // matched against Norm() of the top rows' text and of the sheet name
	NameOnly bool           // Title matches the sheet name only (a hidden metadata sheet)
	Spec     TableSpec
}

// Recognize finds which of forms a sheet holds. A title decides first: the
// topmost text of the first ten rows that names a form (a column label
// further down, "Unit Kerja Penanggung Jawab", does not outrank the table's
// title above it), else the sheet's name; a sheet without one is matched by
// its header anchors. The title text found is returned for the record.
func Recognize(g *Grid, forms []Form) (Form, string, bool) {
	for _, f := range forms {
		if f.Title != nil && f.NameOnly && f.Title.MatchString(Norm(g.Sheet)) {
			return f, g.Sheet, true
		}
	}
	for r := 1; r <= g.MaxRow && r <= 10; r++ {
		for _, cell := range g.Row(r) {
			t := cell.Text()
			if t == "" {
				continue
			}
			n := Norm(t)
			for _, f := range forms {
				if f.Title != nil && !f.NameOnly && f.Title.MatchString(n) {
					return f, t, true
				}
			}
		}
	}
	for _, f := range forms {
		if f.Title != nil && !f.NameOnly && f.Title.MatchString(Norm(g.Sheet)) {
			return f, g.Sheet, true
		}
	}
	for _, f := range forms {
		if _, ok := FindHeader(g, 30, f.Spec.Anchors...); ok && len(f.Spec.Anchors) > 0 {
			return f, "", true
		}
	}
	return Form{}, "", false
}

// readKind reads a date, yes/no, gender or month cell into Value.Norm.
func readKind(cell *Cell, kind Kind, v Value, date1904 bool) Value {
	text := cell.Text()
	if cell == nil || text == "" {
		v.Status = StatusEmpty
		return v
	}
	var err error
	switch kind {
	case KindDate:
		var t time.Time
		var ok bool
		t, ok, err = cell.Date(date1904)
		if err == nil && ok {
			v.Norm = t.Format("2006-01-02")
		}
	case KindYesNo:
		var yes, ok bool
		yes, ok, err = idtext.ParseYesNo(text)
		if err == nil && ok {
			v.Norm = map[bool]string{true: "ya", false: "tidak"}[yes]
		}
	case KindGender:
		var g string
		var ok bool
		g, ok, err = idtext.ParseGender(text)
		if err == nil && ok {
			v.Norm = g
		}
	case KindMonth:
		var m int
		if cell.Type == TypeNumber {
			text = cell.Raw
		}
		m, err = idtext.ParseMonth(text)
		if err == nil {
			v.Norm = strconv.Itoa(m)
		}
	}
	switch {
	case err != nil:
		v.Status = StatusUnreadable
		pe, ok := err.(*idtext.ParseError)
		if !ok {
			pe = &idtext.ParseError{Raw: text, Expected: "isi yang sah", Reason: err.Error()}
		}
		v.Err = pe
	case v.Norm == "":
		v.Status = StatusEmpty
	default:
		v.Status = StatusOK
	}
	return v
}
