package xlsx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Line is a row of a streamed sheet: its number and its cells from
// column 1.
type Line struct {
	R     int
	Cells []Cell
}

// Stream writes a whole sheet's cells at once, row after row: for a list of
// many thousands of rows (the Review of a million-row licence export has
// 38 000 findings), which cell by cell cost seconds to set and seconds more
// to save. The rows' XML is written here, as the cells would be (inline
// texts, numbers, styles), and Save puts it into the sheet's <sheetData>;
// excelize writes the rest of the sheet. Going through excelize's stream
// writer cost 0,6 s of a core for the 38 000 rows, mostly in per-cell
// allocations. The rows get the heights Save would fit them to; everything
// set on the sheet before — widths, print setup, filter, panes — is kept.
// Set them first, with the sheet's extent (Touch) before the print setup,
// which scales by it: the sheet cannot be written to after, and lines must
// come in row order.
func (b *Book) Stream(sheet string, lines []Line) error {
	if b.err != nil {
		return b.err
	}
	l := b.sheetLayout(sheet)
	if l.streamed {
		return b.keep(fmt.Errorf("%s: sheet already streamed", sheet))
	}
	for _, ln := range lines {
		b.touch(sheet, max(len(ln.Cells), 1), ln.R)
	}
	if l.maxCol > 0 {
		if err := b.F.SetSheetDimension(sheet, "A1:"+Ref(l.maxCol, l.maxRow)); err != nil {
			return b.keep(err)
		}
	}
	l.streamed = true
	if l.heights == nil {
		l.heights = map[int]float64{}
	}
	w := rowWriter{buf: bytes.NewBuffer(make([]byte, 0, 512*len(lines)))}
	last := 0
	for _, ln := range lines {
		if ln.R <= last {
			return b.keep(fmt.Errorf("%s: row %d streamed after row %d", sheet, ln.R, last))
		}
		last = ln.R
		lineCount := 1
		for i, c := range ln.Cells {
			if !c.number && c.Text != "" && wraps(c.Style) {
				lineCount = max(lineCount, wrappedLines(c.Text, b.colWidth(sheet, i+1)*charsPerWidth(c.Style)))
			}
		}
		height := 0.0
		if lineCount > 1 { // as fitRows: a row of one line keeps the default height
			height = min(409, math.Ceil(15*float64(lineCount)))
			l.heights[ln.R] = height
		}
		w.startRow(ln.R, height)
		for i, c := range ln.Cells {
			style := b.style(c.Style)
			if style == 0 { // as a cell set alone: the column's style
				if s, err := b.F.GetColStyle(sheet, Col(i+1)); err == nil {
					style = s
				}
			}
			switch {
			case c.number && c.Num.String != "": // as Row and Num: "" is an empty, styled cell
				f, err := strconv.ParseFloat(c.Num.String, 64)
				if err != nil {
					return b.keep(fmt.Errorf("%s!%s: %q is not a number", sheet, Ref(i+1, ln.R), c.Num.String))
				}
				if math.IsNaN(f) || math.IsInf(f, 0) {
					w.text(i+1, ln.R, style, fmt.Sprint(f))
				} else {
					w.number(i+1, ln.R, style, f)
				}
			case !c.number && c.Text != "":
				w.text(i+1, ln.R, style, c.Text)
			default:
				w.empty(i+1, ln.R, style)
			}
		}
		w.buf.WriteString(`</row>`)
	}
	if b.rows == nil {
		b.rows = map[string][]byte{}
	}
	b.rows[sheet] = w.buf.Bytes()
	return nil
}

// rowWriter writes the <row> elements of a sheet's <sheetData> (ECMA-376
// part 1, 18.3.1): each cell with its reference and style, a text inline
// (t="inlineStr"), a number as its value.
type rowWriter struct {
	buf *bytes.Buffer
	ref []byte
	esc bytes.Buffer
}

func (w *rowWriter) startRow(r int, height float64) {
	w.buf.WriteString(`<row r="`)
	w.buf.WriteString(strconv.Itoa(r))
	w.buf.WriteByte('"')
	if height > 0 {
		w.buf.WriteString(` ht="`)
		w.buf.WriteString(strconv.FormatFloat(height, 'f', -1, 64))
		w.buf.WriteString(`" customHeight="1"`)
	}
	w.buf.WriteByte('>')
}

// open writes <c r=".." s=".." and the type attribute when t is not "".
func (w *rowWriter) open(c, r, style int, t string) {
	w.ref = appendRef(w.ref[:0], c, r)
	w.buf.WriteString(`<c r="`)
	w.buf.Write(w.ref)
	w.buf.WriteByte('"')
	if style != 0 {
		w.buf.WriteString(` s="`)
		w.buf.WriteString(strconv.Itoa(style))
		w.buf.WriteByte('"')
	}
	if t != "" {
		w.buf.WriteString(` t="`)
		w.buf.WriteString(t)
		w.buf.WriteByte('"')
	}
}

func (w *rowWriter) empty(c, r, style int) {
	w.open(c, r, style, "")
	w.buf.WriteString(`/>`)
}

func (w *rowWriter) number(c, r, style int, f float64) {
	w.open(c, r, style, "")
	w.buf.WriteString(`><v>`)
	w.buf.WriteString(excelNumber(f))
	w.buf.WriteString(`</v></c>`)
}

func (w *rowWriter) text(c, r, style int, s string) {
	s = cellText(s)
	w.open(c, r, style, "inlineStr")
	w.buf.WriteString(`><is><t`)
	if strings.ContainsAny(s[:1], "\t\n\r ") || strings.ContainsAny(s[len(s)-1:], "\t\n\r ") {
		w.buf.WriteString(` xml:space="preserve"`)
	}
	w.buf.WriteByte('>')
	w.escape(s)
	w.buf.WriteString(`</t></is></c>`)
}

// escape writes s as XML character data. A text of letters, digits and
// punctuation other than &, <, > and quotes — nearly every one — is written
// as it is; any other goes through encoding/xml, which also turns what XML
// cannot hold (control characters, invalid UTF-8) into U+FFFD. Line breaks
// stay line breaks. A literal _xHHHH_ is escaped as _x005F_xHHHH_: a
// spreadsheet reads _xHHHH_ as the character HHHH (ST_Xstring, ECMA-376).
func (w *rowWriter) escape(s string) {
	plain := !strings.Contains(s, "_x")
	for i := 0; plain && i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20, c == '&', c == '<', c == '>', c == '"', c == '\'', c >= 0xEF: // (U+FFFE and U+FFFF are no XML)
			plain = false
		}
	}
	if plain && utf8.ValidString(s) {
		w.buf.WriteString(s)
		return
	}
	w.esc.Reset()
	xml.EscapeText(&w.esc, []byte(s))
	out := bytes.ReplaceAll(w.esc.Bytes(), []byte("&#xA;"), []byte("\n"))
	for len(out) > 0 {
		i := bytes.Index(out, []byte("_x"))
		if i < 0 || len(out) < i+7 {
			break
		}
		w.buf.Write(out[:i])
		if isHex4(out[i+2:i+6]) && out[i+6] == '_' {
			w.buf.WriteString("_x005F")
		}
		w.buf.WriteString("_x")
		out = out[i+2:]
	}
	w.buf.Write(out)
}

func isHex4(b []byte) bool {
	for _, c := range b {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// maxCellUnits is the most a spreadsheet cell holds: 32 767 UTF-16 code
// units (Excel's specifications and limits).
const maxCellUnits = 32767

// cellText is s cut to what a cell holds, at a character's edge.
func cellText(s string) string {
	if len(s) <= maxCellUnits { // a byte is at most a unit
		return s
	}
	units := 0
	for i, r := range s {
		units += utf16.RuneLen(max(r, 0))
		if units > maxCellUnits {
			return s[:i]
		}
	}
	return s
}

// excelNumber is f as a cell's value, to the 15 significant digits a
// spreadsheet keeps (the rest cut, not rounded, as when set cell by cell).
func excelNumber(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if math.Abs(f) == math.MaxFloat64 {
		return s
	}
	point := strings.IndexByte(s, '.')
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' || digits == 0 && c == '0' {
			continue
		}
		if digits++; digits <= 15 {
			continue
		}
		if point >= 0 && i > point { // in the fraction: drop the rest
			return strings.TrimSuffix(s[:i], ".")
		}
		if point < 0 {
			point = len(s)
		}
		whole := []byte(s[:point]) // in the whole part: zeros to the point
		for j := i; j < len(whole); j++ {
			whole[j] = '0'
		}
		return string(whole)
	}
	return s
}

// appendRef appends the A1 reference of (c, r).
func appendRef(b []byte, c, r int) []byte {
	var col [3]byte
	n := len(col)
	for c > 0 {
		c--
		n--
		col[n] = byte('A' + c%26)
		c /= 26
	}
	b = append(b, col[n:]...)
	return strconv.AppendInt(b, int64(r), 10)
}
