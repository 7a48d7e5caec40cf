package sheet

import (
	"strconv"
	"strings"
	"time"

	"kinerja/pipelines/idtext"
)

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
