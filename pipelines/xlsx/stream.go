package xlsx

import (
	"fmt"
	"math"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// Line is a row of a streamed sheet: its number and its cells from
// column 1.
type Line struct {
	R     int
	Cells []Cell
}

// Stream writes a whole sheet's cells at once, row after row, through
// excelize's stream writer: for a list of many thousands of rows (the
// Review of a million-row licence export has 38 000 findings), which cell
// by cell cost seconds to set and seconds more to save. The rows get the
// heights Save would fit them to; everything set on the sheet before —
// widths, print setup, filter, panes — is kept. Set them first, with the
// sheet's extent (Touch) before the print setup, which scales by it: the
// sheet cannot be written to after, and lines must come in row order.
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
	sw, err := b.F.NewStreamWriter(sheet)
	if err != nil {
		return b.keep(err)
	}
	l.streamed = true
	if l.heights == nil {
		l.heights = map[int]float64{}
	}
	// the cells of a row, handed over by pointer: a Cell put in an
	// interface by value is a heap object, and the review's 760 000 cells
	// kept the collector busy for a third of its time
	var cells []excelize.Cell
	values := []any{}
	for _, ln := range lines {
		values = values[:0]
		cells = cells[:0]
		lineCount := 1
		for i, c := range ln.Cells {
			cell := excelize.Cell{StyleID: b.style(c.Style)}
			switch {
			case c.number && c.Num.String != "": // as Row and Num: "" is an empty, styled cell
				f, err := strconv.ParseFloat(c.Num.String, 64)
				if err != nil {
					return b.keep(fmt.Errorf("%s!%s: %q is not a number", sheet, Ref(i+1, ln.R), c.Num.String))
				}
				cell.Value = f
			case !c.number && c.Text != "":
				cell.Value = c.Text
				if wraps(c.Style) {
					lineCount = max(lineCount, wrappedLines(c.Text, b.colWidth(sheet, i+1)*charsPerWidth(c.Style)))
				}
			}
			cells = append(cells, cell)
		}
		for i := range cells {
			values = append(values, &cells[i])
		}
		var opts []excelize.RowOpts
		if lineCount > 1 { // as fitRows: a row of one line keeps the default height
			h := min(409, math.Ceil(15*float64(lineCount)))
			l.heights[ln.R] = h
			opts = append(opts, excelize.RowOpts{Height: h})
		}
		if err := sw.SetRow(Ref(1, ln.R), values, opts...); err != nil {
			return b.keep(err)
		}
	}
	return b.keep(sw.Flush())
}
