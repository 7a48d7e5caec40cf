package xlsx

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Portrait says a sheet prints upright, before its titles are laid out
// across the page (Print sets the page itself).
func (b *Book) Portrait(sheet string) { b.sheetLayout(sheet).portrait = true }

// Repeat says that columns 1..cols will repeat at the left of every page a
// wide form spills onto (Print repeats them): a title or note written
// after it keeps out of them, or its pieces would print on every page.
func (b *Book) Repeat(sheet string, cols int) {
	b.sheetLayout(sheet).repeat = cols
}

// Spills tells whether a sheet is wider than its page at the smallest
// scale allowed, so that it continues on further pages across.
func (b *Book) Spills(sheet string) bool {
	_, _, printable, total := b.pageOf(sheet, b.sheetLayout(sheet).portrait)
	return total*MinScale/100 > 0.96*printable
}

// PageSetup makes a sheet print legibly on the book's paper, landscape, with
// the header rows repeated on every page and frozen panes below the header
// (Print with the identity columns it freezes repeated too).
func (b *Book) PageSetup(sheet string, headerFirst, headerLast, freezeCols int) error {
	return b.Print(sheet, PrintSetup{HeaderFirst: headerFirst, HeaderLast: headerLast, FreezeCols: freezeCols, RepeatCols: freezeCols})
}

// PrintSetup is how a sheet goes on paper.
type PrintSetup struct {
	HeaderFirst, HeaderLast int // rows repeated at the top of every page (0: none)
	RepeatCols              int // columns from A repeated at the left of every page a wide form spills onto
	FreezeCols              int // columns frozen on screen, left of the scrolling part
	Portrait                bool
	Footer                  string // the document's name in the page footer, beside the page number
}

// Papers are the paper sizes an office prints on: the OOXML paperSize code
// and the sheet's width and height in points (portrait).
var Papers = map[string]struct {
	Code          int
	Width, Height float64
}{
	"A4": {9, 595, 842},
	"F4": {14, 612, 936}, // folio 8½ × 13 in, the Indonesian F4 (215 × 330 mm) within a millimetre
	"A3": {8, 842, 1191},
}

// MinFontPoints is the smallest text size anything may print at; MinScale
// follows from it and the smallest font the styles use.
const (
	MinFontPoints  = 7.2
	smallestFont   = 10.0
	MinScale       = 72 // percent: smallestFont × 72 % = 7,2 pt
	marginSide     = 0.4
	marginTop      = 0.6
	pointsPerWidth = 5.6 // one unit of column width in points: a digit of the 11 pt font is 7 px (5,25 pt), LibreOffice lays it out a little wider
	defaultWidth   = 9.140625
)

// Scale is the print scale of a sheet whose columns add up to widthPoints
// on paper printable points wide: as large as fits, never above 100 % and
// never below MinScale, where a wide form goes on to a second page across.
func Scale(widthPoints, printable float64) int {
	if widthPoints <= 0 {
		return 100
	}
	s := int(math.Floor(97 * printable / widthPoints))
	return min(100, max(MinScale, s))
}

// pageOf is the paper a sheet prints on, its orientation, the printable
// width across in points, and the width of the sheet's columns in points.
func (b *Book) pageOf(sheet string, portrait bool) (paper struct {
	Code          int
	Width, Height float64
}, orientation string, printable, total float64) {
	paper, ok := Papers[b.Paper]
	if !ok {
		paper = Papers["A4"]
	}
	orientation, across := "landscape", paper.Height
	if portrait {
		orientation, across = "portrait", paper.Width
	}
	printable = across - 2*marginSide*72
	l := b.sheetLayout(sheet)
	for c := 1; c <= l.maxCol; c++ {
		total += b.colWidth(sheet, c) * pointsPerWidth
	}
	return paper, orientation, printable, total
}

func (b *Book) colWidth(sheet string, c int) float64 {
	if w := b.sheetLayout(sheet).widths[c]; w > 0 {
		return w
	}
	return defaultWidth
}

// FirstPageCols is how many columns from A print on the first page across
// (landscape): a title or a note merged wider than that would be cut at the
// page's edge.
func (b *Book) FirstPageCols(sheet string) int {
	_, _, printable, total := b.pageOf(sheet, b.sheetLayout(sheet).portrait)
	scale := float64(Scale(total, printable)) / 100
	l := b.sheetLayout(sheet)
	width, c := 0.0, 0
	for c < l.maxCol {
		width += b.colWidth(sheet, c+1) * pointsPerWidth * scale
		if width > 0.96*printable { // a little short of the edge: programs' widths differ by a few points
			break
		}
		c++
	}
	return max(c, 1)
}

// Print sets up a sheet for printing. The scale is computed from the
// sheet's column widths (Widths) rather than left to "fit to page", which
// shrinks a wide form to unreadable text: no text prints under
// MinFontPoints, and a form wider than the page continues on the next with
// its identity columns and header rows repeated.
func (b *Book) Print(sheet string, p PrintSetup) error {
	p.Portrait = p.Portrait || b.sheetLayout(sheet).portrait
	paper, orientation, printable, total := b.pageOf(sheet, p.Portrait)
	scale := uint(Scale(total, printable))
	l := b.sheetLayout(sheet)
	if p.RepeatCols == 0 {
		p.RepeatCols = l.repeat
	}
	l.print, l.scale = &p, int(scale)
	size := paper.Code
	order := "downThenOver"
	if err := b.F.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orientation, AdjustTo: &scale, PageOrder: &order,
	}); err != nil {
		return b.keep(err)
	}
	side, top, hf := marginSide, marginTop, 0.3
	center := true
	if err := b.F.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &side, Right: &side, Top: &top, Bottom: &top, Header: &hf, Footer: &hf, Horizontally: &center,
	}); err != nil {
		return b.keep(err)
	}
	fit := false
	if err := b.F.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return b.keep(err)
	}
	footer := "&R&11Halaman &P dari &N" // 11 pt: the footer shrinks with the page, and stays above 7 pt
	if p.Footer != "" {
		footer = "&L&11" + strings.ReplaceAll(p.Footer, "&", "&&") + footer
	}
	if err := b.F.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: footer}); err != nil {
		return b.keep(err)
	}
	var titles []string
	if p.RepeatCols > 0 {
		titles = append(titles, fmt.Sprintf("'%s'!$A:$%s", sheet, Col(p.RepeatCols)))
	}
	if p.HeaderFirst > 0 {
		titles = append(titles, fmt.Sprintf("'%s'!$%d:$%d", sheet, p.HeaderFirst, p.HeaderLast))
	}
	if len(titles) > 0 {
		if err := b.F.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", Scope: sheet, RefersTo: strings.Join(titles, ","),
		}); err != nil {
			return b.keep(err)
		}
	}
	if p.HeaderLast == 0 && p.FreezeCols == 0 {
		return nil
	}
	pane := "bottomRight"
	if p.FreezeCols == 0 {
		pane = "bottomLeft"
	}
	return b.keep(b.F.SetPanes(sheet, &excelize.Panes{
		Freeze: true, XSplit: p.FreezeCols, YSplit: p.HeaderLast, TopLeftCell: Ref(p.FreezeCols+1, p.HeaderLast+1), ActivePane: pane,
	}))
}

// KeepTogether asks that rows r1..r2 print on one page: a signature block
// is never split from its name. Before Save places a page break, the rows
// are paged as a spreadsheet program pages them (the heights fitRows gives,
// 15 points otherwise, the header rows repeated on every page).
func (b *Book) KeepTogether(sheet string, r1, r2 int) {
	l := b.sheetLayout(sheet)
	l.keep = append(l.keep, [2]int{r1, r2})
}

// paginate places a row break before each KeepTogether range that would
// cross the end of a page.
func (b *Book) paginate() error {
	for _, sheet := range b.F.GetSheetList() {
		l := b.layout[sheet]
		if l == nil || len(l.keep) == 0 || l.print == nil || l.streamed {
			continue
		}
		paper, _, _, _ := b.pageOf(sheet, l.print.Portrait)
		down := paper.Width
		if l.print.Portrait {
			down = paper.Height
		}
		// the body's height between the top and bottom margins (the footer
		// prints inside the bottom one), as LibreOffice pages it
		page := (down - 2*marginTop*72) * 100 / float64(l.scale)
		height := func(r int) float64 {
			if h, ok := l.heights[r]; ok {
				return h
			}
			return 15
		}
		repeat := 0.0
		if l.print.HeaderFirst > 0 {
			for r := l.print.HeaderFirst; r <= l.print.HeaderLast; r++ {
				repeat += height(r)
			}
		}
		starts := map[int]int{}
		for _, k := range l.keep {
			starts[k[0]] = k[1]
		}
		y := 0.0
		for r := 1; r <= l.maxRow; r++ {
			if end, ok := starts[r]; ok {
				block := 0.0
				for rr := r; rr <= end; rr++ {
					block += height(rr)
				}
				if y+block > page-15 && y > repeat && block <= page-repeat { // a line's room to spare
					if err := b.F.InsertPageBreak(sheet, Ref(1, r)); err != nil {
						return err
					}
					y = repeat
				}
			}
			if y+height(r) > page {
				y = repeat
			}
			y += height(r)
		}
	}
	return nil
}
