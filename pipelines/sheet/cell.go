package sheet

import (
	"strconv"
	"strings"
	"time"

	"kinerja/pipelines/idtext"
)

// CellType is what a cell holds, as stored in the file. A formula cell has the
// type of its cached value and a non-empty Formula.
type CellType string

const (
	TypeNumber CellType = "number"
	TypeText   CellType = "text"
	TypeBool   CellType = "bool"
	TypeError  CellType = "error"
	TypeDate   CellType = "date"
)

// Cell is one non-empty cell.
type Cell struct {
	Row, Col int // 1-based
	Ref      string
	Type     CellType
	Raw      string // as stored: numbers in the C locale
	Display  string // as a spreadsheet program shows it
	NumFmt   string // the number format code, when not General
	Formula  string
	Percent  bool // numeric cell with a percent format: Raw 0.772 shows 77,2%
}

// Text is the cell's display text, trimmed; "" for a nil cell.
func (c *Cell) Text() string {
	if c == nil {
		return ""
	}
	return strings.TrimSpace(c.Display)
}

// Number reads a cell as a number with parse (ParseNumber, ParseRupiah or
// ParseQuantity) when it is text, or exactly as stored when it is numeric. A
// nil cell is Missing.
func (c *Cell) Number(parse func(string) (idtext.Number, error)) (idtext.Number, error) {
	if c == nil {
		return idtext.Number{Missing: true}, nil
	}
	switch c.Type {
	case TypeNumber:
		d, err := idtext.ParseCNumber(c.Raw)
		if err != nil {
			return idtext.Number{}, err
		}
		if c.Percent {
			return idtext.Number{Value: d.Mul100(), Percent: true}, nil
		}
		return idtext.Number{Value: d}, nil
	case TypeText:
		if c.Formula != "" {
			// A formula's cached result stored as text (some writers mark
			// every result so) is in the C locale: "1.234" is 1,234 thousandths.
			if d, err := idtext.ParseCNumber(c.Raw); err == nil {
				return idtext.Number{Value: d}, nil
			}
		}
		return parse(c.Raw)
	case TypeError:
		return idtext.Number{}, &idtext.ParseError{Raw: c.Raw, Expected: idtext.ExpectNumber, Reason: "sel berisi galat rumus Excel"}
	case TypeDate:
		return idtext.Number{}, &idtext.ParseError{Raw: c.Display, Expected: idtext.ExpectNumber, Reason: "sel berformat tanggal"}
	default:
		return idtext.Number{}, &idtext.ParseError{Raw: c.Raw, Expected: idtext.ExpectNumber, Reason: "sel berisi nilai benar/salah"}
	}
}

// Date reads a cell as a date: a date-formatted or numeric cell by its
// serial, a text cell with ParseDate.
func (c *Cell) Date(date1904 bool) (time.Time, bool, error) {
	if c == nil || strings.TrimSpace(c.Raw) == "" {
		return time.Time{}, false, nil
	}
	switch c.Type {
	case TypeDate, TypeNumber:
		f, err := strconv.ParseFloat(strings.TrimSpace(c.Raw), 64)
		if err != nil {
			return time.Time{}, false, &idtext.ParseError{Raw: c.Raw, Expected: idtext.ExpectDate, Reason: "isi sel tanggal tidak terbaca"}
		}
		t, err := idtext.DateFromSerial(f, date1904)
		return t, err == nil, err
	case TypeText:
		t, err := idtext.ParseDate(c.Raw)
		return t, err == nil, err
	}
	return time.Time{}, false, &idtext.ParseError{Raw: c.Raw, Expected: idtext.ExpectDate, Reason: "sel bukan tanggal"}
}
