package ijus

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Record is one registration of an export: a row of cells read by the
// Reader's header. It is only valid until the next row is read (the
// cells may be reused).
type Record struct {
	Row   int
	cells []string
	rd    *Reader
}

// Field is the text of the named field (FieldNIK …), trimmed; "" when the
// cell is blank or the export has no such column.
func (r Record) Field(name string) string {
	if i, ok := r.rd.Columns.Field[name]; ok && i < len(r.cells) {
		return strings.TrimSpace(r.cells[i])
	}
	return ""
}

// Index is the 0-based column the named field is in, or -1 when the
// export has no such column: At(Index(name)) is Field(name), the map
// looked up once per table instead of once per row.
func (r Record) Index(name string) int {
	if i, ok := r.rd.Columns.Field[name]; ok {
		return i
	}
	return -1
}

// At is the text of column i, trimmed; "" when i < 0, the cell is blank or
// the row ends before it.
func (r Record) At(i int) string {
	if i >= 0 && i < len(r.cells) {
		return strings.TrimSpace(r.cells[i])
	}
	return ""
}

// Source is the reader the record was read by: the same for every record
// of one table.
func (r Record) Source() *Reader { return r.rd }

// ColumnName is the column letter of the named field in a spreadsheet
// ("K"; a CSV opened in one shows its columns the same way), or "" when
// the export has no such column.
func (r Record) ColumnName(name string) string {
	i, ok := r.rd.Columns.Field[name]
	if !ok {
		return ""
	}
	s, _ := excelize.ColumnNumberToName(i + 1)
	return s
}

// Form is the kind of export the record is a row of.
func (r Record) Form() string { return r.rd.Form.Name }

// Extra is the record's non-blank cells that no field claimed, by their
// header label ("kolom N" beyond the header), or nil.
func (r Record) Extra() map[string]string {
	var extra map[string]string
	add := func(label, v string) {
		if v = strings.TrimSpace(v); v != "" {
			if extra == nil {
				extra = map[string]string{}
			}
			extra[label] = v
		}
	}
	for _, i := range r.rd.Columns.Extra {
		if i < len(r.cells) {
			add(r.rd.Header[i], r.cells[i])
		}
	}
	for i := len(r.rd.Header); i < len(r.cells); i++ {
		add("kolom "+strconv.Itoa(i+1), r.cells[i])
	}
	return extra
}

// ExtraJSON is the record's extra columns as a JSON object with sorted
// keys, or "" when there are none.
func (r Record) ExtraJSON() string {
	extra := r.Extra()
	if len(extra) == 0 {
		return ""
	}
	b, _ := json.Marshal(extra) // map keys are sorted
	return string(b)
}

// ErrNoHeader is returned for a table in which no row within the first
// headerScan looks like a licence export's header.
var ErrNoHeader = errors.New("baris judul kolom ekspor izin (I-Jus Melon: NIK, nomor izin/tanggal terbit …; OSS: NIB, KBLI …) tidak ditemukan")

const headerScan = 20

// Reader turns rows of a table into records: it finds the header row among
// the first rows, then maps every later row by it. Blank rows are skipped.
type Reader struct {
	// Forms are the kinds of export the header is looked for as, in
	// order; none is IUMK alone. Form is the one found.
	Forms     []Form
	Form      Form
	Header    []string
	Columns   Columns
	HeaderRow int
	found     bool
}

// Row takes the next row of the table (r is its 1-based number); it returns
// a record, or ok false for a row that is not one (above or at the header,
// or blank). After headerScan rows without a header it returns ErrNoHeader.
func (rd *Reader) Row(r int, cells []string) (Record, bool, error) {
	if !rd.found {
		forms := rd.Forms
		if len(forms) == 0 {
			forms = []Form{IUMK}
		}
		for _, form := range forms {
			if !form.Key(form.Match(cells)) {
				continue
			}
			rd.found, rd.HeaderRow, rd.Form = true, r, form
			rd.Header = make([]string, len(cells))
			for i, c := range cells {
				rd.Header[i] = strings.Clone(c) // the row's strings may be the reader's buffer
			}
			rd.Columns = form.Match(rd.Header)
			return Record{}, false, nil
		}
		if r >= headerScan {
			return Record{}, false, ErrNoHeader
		}
		return Record{}, false, nil
	}
	blank := true
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			blank = false
			break
		}
	}
	if blank {
		return Record{}, false, nil
	}
	rec := Record{Row: r, cells: cells, rd: rd}
	return rec, true, nil
}

// SerialDate turns a date cell's serial number into 2006-01-02; other text
// is returned as it is.
func SerialDate(v string, date1904 bool) string {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f < 1 || f > 2958465 {
		return v
	}
	t, err := excelize.ExcelDateToTime(f, date1904)
	if err != nil {
		return v
	}
	return t.Format(time.DateOnly)
}

// CSV reads a CSV export from r: UTF-8 with or without a byte-order mark,
// else Windows-1252; comma or semicolon, whichever the header line has more
// of. Rows stream through fn; memory does not grow with the file.
func CSV(r io.Reader, fn func(row int, cells []string) error) (encoding string, err error) {
	br := bufio.NewReaderSize(r, 1<<20)
	head, _ := br.Peek(1 << 20)
	var src io.Reader = br
	switch {
	case bytes.HasPrefix(head, []byte("\ufeff")):
		br.Discard(3)
		encoding = "utf8bom"
	case utf8.Valid(head) || (len(head) == 1<<20 && utf8.Valid(head[:bytes.LastIndexByte(head, '\n')+1])):
		encoding = "utf8"
	default:
		encoding = "cp1252"
		src = newCP1252Reader(br)
	}
	line := head
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	cr := csv.NewReader(src)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	if bytes.Count(line, []byte(";")) > bytes.Count(line, []byte(",")) {
		cr.Comma = ';'
	}
	row := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return encoding, nil
		}
		row++
		if err != nil {
			return encoding, fmt.Errorf("baris %d: %w", row, err)
		}
		if err := fn(row, rec); err != nil {
			return encoding, err
		}
	}
}
