// Package xlsx writes the official workbooks: the styles, Indonesian number
// formats, two-row merged headers and page setup every writer shares. A
// workbook holds no wall-clock time, so the same inputs give the same bytes.
package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/sheet"
)

// Number formats. The [$-421] tag marks them Indonesian: LibreOffice and an
// Indonesian-locale Excel show 1.234.567 and 104,83. Percentages are stored
// as the number people read (77,2 for 77,2%), like the published tables.
const (
	FmtRupiah  = `[$-421]#,##0`
	FmtInt     = `[$-421]#,##0`
	FmtDec2    = `[$-421]#,##0.00`
	FmtPercent = `[$-421]General"%"`
	FmtGeneral = `[$-421]General`
)

// Style names.
type Style int

const (
	Title Style = iota
	Subtitle
	Header
	Text
	TextBold
	Section
	Note
	Rupiah
	Int
	Dec2
	Percent
	General
	RupiahFlag // a recomputed figure that differs from the published one
	IntFlag
	Dec2Flag
	PercentFlag
	GeneralFlag
	TextFlag
	InputText // a cell a person fills: highlighted, unlocked
	InputRupiah
	InputNumber
	InputDate
	Heading    // a form's title, merged across the table, centred, wrapped
	Subheading // the line under it
	Remark     // a note under a table, merged across it, wrapped
	Sign       // a signature block's lines, centred, no border
	SignName   // the signer's name: bold, underlined
	Mark       // a short mark beside a figure that the Review explains (over the pagu)
	TextMarked // a text cell of a row that carries such a mark
	NumberRow  // the form's column-number row: small bold, centred, bordered
	Paragraph  // a letter's running text: justified, wrapped, no border
	numStyles
)

// Book is a workbook being written.
type Book struct {
	F      *excelize.File
	styles [numStyles]int
	made   [numStyles]bool
	defs   [numStyles]*excelize.Style
	sheets int
	layout map[string]*layout
	err    error // the first error of any call: a form is written as a list of calls, checked once at Save
	// Paper is the paper the sheets print on (A4, F4, A3); Print sets it up.
	Paper string
	units map[string]int // number styles with a unit, by unit (NumUnit)
}

// NumUnit writes an exact decimal as a number whose format shows its unit
// (88 %, 1.500 orang): the cell stays a number a spreadsheet can add.
func (b *Book) NumUnit(sheet string, c, r int, v, unit string) error {
	id, ok := b.units[unit]
	if !ok {
		code := FmtGeneral
		if u := strings.ReplaceAll(strings.TrimSpace(unit), `"`, ""); u != "" {
			sep := " "
			if u == "%" {
				sep = ""
			}
			code = `[$-421]General"` + sep + u + `"`
		}
		border := []excelize.Border{
			{Type: "left", Color: "808080", Style: 1}, {Type: "right", Color: "808080", Style: 1},
			{Type: "top", Color: "808080", Style: 1}, {Type: "bottom", Color: "808080", Style: 1},
		}
		var err error
		if id, err = b.F.NewStyle(&excelize.Style{Border: border, CustomNumFmt: &code, Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "right"}}); err != nil {
			return b.keep(err)
		}
		if b.units == nil {
			b.units = map[string]int{}
		}
		b.units[unit] = id
	}
	if err := b.Num(sheet, c, r, v, General); err != nil {
		return err
	}
	ref := Ref(c, r)
	return b.keep(b.F.SetCellStyle(sheet, ref, ref, id))
}

// Err is the first error a call on the book met, or nil.
func (b *Book) Err() error { return b.err }

// keep records err if it is the first; it returns err so a caller may still
// stop early.
func (b *Book) keep(err error) error {
	if err != nil && b.err == nil {
		b.err = err
	}
	return err
}

// layout remembers what row heights depend on: spreadsheet programs do not
// grow a row for wrapped text on their own when the file gives no height.
type layout struct {
	maxCol, maxRow int // the extent written, for the sheet's <dimension>
	widths         map[int]float64
	wrapped        map[[2]int]wrap // (col, row) → text
	merges         [][4]int        // c1, r1, c2, r2
	heights        map[int]float64 // rows given a height by fitRows
	keep           [][2]int        // row ranges that print on one page (a signature block)
	print          *PrintSetup     // how the sheet prints, once Print has run
	scale          int
	repeat         int  // columns from A repeated on every page across (Repeat)
	portrait       bool // the sheet prints upright (Portrait)
}

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

// Touch widens a sheet's stated extent to (c, r): for what is drawn over
// cells (a chart) rather than written in them.
func (b *Book) Touch(sheet string, c, r int) { b.touch(sheet, c, r) }

// touch widens the sheet's extent to (c, r).
func (b *Book) touch(sheet string, c, r int) {
	l := b.sheetLayout(sheet)
	l.maxCol, l.maxRow = max(l.maxCol, c), max(l.maxRow, r)
}

func (b *Book) sheetLayout(sheet string) *layout {
	l := b.layout[sheet]
	if l == nil {
		l = &layout{widths: map[int]float64{}, wrapped: map[[2]int]wrap{}}
		b.layout[sheet] = l
	}
	return l
}

// New starts a workbook with document properties that carry no time.
func New(title, subject string) (*Book, error) {
	f := excelize.NewFile()
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator:        "kinerja",
		LastModifiedBy: "kinerja",
		Title:          title,
		Subject:        subject,
		Language:       "id-ID",
		// Created/Modified stay at excelize's fixed default: a run's time
		// belongs in the warehouse (meta.runs), not in the workbook.
	}); err != nil {
		return nil, err
	}
	b := &Book{F: f, layout: map[string]*layout{}}
	if err := b.makeStyles(); err != nil {
		return nil, err
	}
	return b, nil
}

func (b *Book) makeStyles() error {
	border := []excelize.Border{
		{Type: "left", Color: "808080", Style: 1}, {Type: "right", Color: "808080", Style: 1},
		{Type: "top", Color: "808080", Style: 1}, {Type: "bottom", Color: "808080", Style: 1},
	}
	flag := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}}
	rupiahCode, numberCode, dateCode := FmtRupiah, `[$-421]#,##0.##`, `dd/mm/yyyy`
	input := func(code *string) *excelize.Style {
		return &excelize.Style{Border: border, CustomNumFmt: code,
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Protection: &excelize.Protection{Locked: false},
			Alignment:  &excelize.Alignment{Vertical: "top", WrapText: code == nil}}
	}
	num := func(code string, fill bool) *excelize.Style {
		s := &excelize.Style{Border: border, CustomNumFmt: &code, Alignment: &excelize.Alignment{Vertical: "top"}}
		if fill {
			s.Fill = flag
		}
		return s
	}
	defs := [numStyles]*excelize.Style{
		Title:    {Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 12}},
		Subtitle: {Font: &excelize.Font{Family: "Calibri", Size: 10}},
		Header: {Font: &excelize.Font{Family: "Calibri", Bold: true}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}},
		Text:        {Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
		TextBold:    {Border: border, Font: &excelize.Font{Family: "Calibri", Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
		Section:     {Border: border, Font: &excelize.Font{Family: "Calibri", Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}, Alignment: &excelize.Alignment{Vertical: "top"}},
		Note:        {Font: &excelize.Font{Family: "Calibri", Italic: true, Size: 10}},
		Heading:     {Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 12}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}},
		Subheading:  {Font: &excelize.Font{Family: "Calibri", Size: 11}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}},
		Remark:      {Font: &excelize.Font{Family: "Calibri", Italic: true, Size: 10}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
		Sign:        {Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}},
		SignName:    {Font: &excelize.Font{Family: "Calibri", Bold: true, Underline: "single"}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "bottom", WrapText: true}},
		Mark:        {Border: border, Font: &excelize.Font{Family: "Calibri", Bold: true, Color: "C00000"}, Fill: flag, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
		TextMarked:  {Border: border, Fill: flag, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
		Paragraph:   {Alignment: &excelize.Alignment{Horizontal: "justify", Vertical: "top", WrapText: true}},
		NumberRow:   {Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 10}, Border: border, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EDEDED"}}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}},
		Rupiah:      num(FmtRupiah, false),
		Int:         num(FmtInt, false),
		Dec2:        num(FmtDec2, false),
		Percent:     num(FmtPercent, false),
		General:     num(FmtGeneral, false),
		RupiahFlag:  num(FmtRupiah, true),
		IntFlag:     num(FmtInt, true),
		Dec2Flag:    num(FmtDec2, true),
		PercentFlag: num(FmtPercent, true),
		GeneralFlag: num(FmtGeneral, true),
		TextFlag:    {Border: border, Fill: flag, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
		InputText:   input(nil),
		InputRupiah: input(&rupiahCode),
		InputNumber: input(&numberCode),
		InputDate:   input(&dateCode),
	}
	b.defs = defs
	return nil
}

// style is the workbook's id of a style, made on its first use: a workbook
// holds only the styles it uses, so adding a style to the toolkit changes
// no other workbook's bytes.
func (b *Book) style(s Style) int {
	if b.made[s] {
		return b.styles[s]
	}
	id, err := b.F.NewStyle(b.defs[s])
	if err != nil {
		b.keep(fmt.Errorf("style %d: %w", s, err))
		return 0
	}
	b.styles[s], b.made[s] = id, true
	return id
}

// Flagged returns the highlighted variant of a number style.
func Flagged(s Style) Style {
	switch s {
	case Rupiah:
		return RupiahFlag
	case Int:
		return IntFlag
	case Dec2:
		return Dec2Flag
	case Percent:
		return PercentFlag
	case General:
		return GeneralFlag
	case Text:
		return TextFlag
	}
	return s
}

// Sheet adds a sheet (the first call renames the default one).
func (b *Book) Sheet(name string) (string, error) {
	b.sheets++
	if b.sheets == 1 {
		return name, b.F.SetSheetName("Sheet1", name)
	}
	_, err := b.F.NewSheet(name)
	return name, err
}

// Ref is the A1 reference of column c, row r (1-based).
func Ref(c, r int) string {
	s, _ := excelize.CoordinatesToCellName(c, r)
	return s
}

// Col is the column letter of column c.
func Col(c int) string {
	s, _ := excelize.ColumnNumberToName(c)
	return s
}

// Str writes text with a style.
func (b *Book) Str(sheet string, c, r int, v string, s Style) error {
	ref := Ref(c, r)
	b.touch(sheet, c, r)
	if v != "" && wraps(s) {
		b.sheetLayout(sheet).wrapped[[2]int{c, r}] = wrap{v, charsPerWidth(s)}
	}
	if v != "" {
		if err := b.F.SetCellStr(sheet, ref, v); err != nil {
			return b.keep(err)
		}
	}
	return b.keep(b.F.SetCellStyle(sheet, ref, ref, b.style(s)))
}

// wrap is a cell's wrapped text and how many of its characters fill one
// unit of column width.
type wrap struct {
	text  string
	chars float64
}

// charsPerWidth is how many characters of a style fill a unit of column
// width (a digit of the 11 pt font): bold and larger text fewer.
func charsPerWidth(s Style) float64 {
	switch s {
	case Heading:
		return 0.8
	case Header, TextBold, SignName, Mark, NumberRow:
		return 0.88
	}
	return 0.95
}

// wraps tells the styles whose text wraps within its cell.
func wraps(s Style) bool {
	switch s {
	case Text, TextBold, Header, TextFlag, InputText, Heading, Subheading, Remark, Sign, SignName, Mark, TextMarked, Paragraph:
		return true
	}
	return false
}

// Num writes an exact decimal (C-locale text, as DuckDB returns it) as a
// numeric cell; "" writes an empty, styled cell: a missing figure stays
// empty, never 0.
func (b *Book) Num(sheet string, c, r int, v string, s Style) error {
	ref := Ref(c, r)
	b.touch(sheet, c, r)
	if v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return b.keep(fmt.Errorf("%s!%s: %q is not a number", sheet, ref, v))
		}
		if err := b.F.SetCellFloat(sheet, ref, f, -1, 64); err != nil {
			return b.keep(err)
		}
	}
	return b.keep(b.F.SetCellStyle(sheet, ref, ref, b.style(s)))
}

// Style applies a style to a range.
func (b *Book) Style(sheet string, c1, r1, c2, r2 int, s Style) error {
	b.touch(sheet, c2, r2)
	return b.keep(b.F.SetCellStyle(sheet, Ref(c1, r1), Ref(c2, r2), b.style(s)))
}

// Merge merges a range (no-op for a single cell).
func (b *Book) Merge(sheet string, c1, r1, c2, r2 int) error {
	if c1 == c2 && r1 == r2 {
		return nil
	}
	l := b.sheetLayout(sheet)
	l.merges = append(l.merges, [4]int{c1, r1, c2, r2})
	b.touch(sheet, c2, r2)
	return b.keep(b.F.MergeCell(sheet, Ref(c1, r1), Ref(c2, r2)))
}

// Comment attaches a note to a cell (shown on hover in a spreadsheet program).
func (b *Book) Comment(sheet string, c, r int, text string) error {
	return b.keep(b.F.AddComment(sheet, excelize.Comment{
		Cell: Ref(c, r), Author: "kinerja",
		Paragraph: []excelize.RichTextRun{{Text: text}},
	}))
}

// Widths sets column widths from column 1.
func (b *Book) Widths(sheet string, widths ...float64) error {
	l := b.sheetLayout(sheet)
	l.maxCol = max(l.maxCol, len(widths)) // the columns a form is laid out on, written in or not yet
	for i, w := range widths {
		l.widths[i+1] = w
		if err := b.F.SetColWidth(sheet, Col(i+1), Col(i+1), w); err != nil {
			return b.keep(err)
		}
	}
	return nil
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
		if l == nil || len(l.keep) == 0 || l.print == nil {
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

// Save writes the workbook to dir/name. Same content, same bytes: excelize
// writes zip entries in a fixed order with a fixed time.
func (b *Book) Save(dir, name string) error {
	defer b.F.Close()
	if b.err != nil {
		return b.err
	}
	if err := b.fitRows(); err != nil {
		return err
	}
	if err := b.paginate(); err != nil {
		return err
	}
	if err := b.dimensions(); err != nil {
		return err
	}
	path := filepath.Join(dir, name)
	if err := b.F.SaveAs(path); err != nil {
		return err
	}
	written, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := canonicalContentTypes(written)
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, 0o644)
}

// dimensions states each sheet's real extent in its <dimension>: a
// streaming reader (openpyxl read-only) trusts it and would see one cell.
func (b *Book) dimensions() error {
	for _, sheet := range b.F.GetSheetList() {
		l := b.layout[sheet]
		if l == nil || l.maxCol == 0 {
			continue
		}
		if err := b.F.SetSheetDimension(sheet, "A1:"+Ref(l.maxCol, l.maxRow)); err != nil {
			return err
		}
	}
	return nil
}

var defaultTypeRe = regexp.MustCompile(`<Default [^>]*?(?:/>|></Default>)`)

// canonicalContentTypes sorts the Default entries of [Content_Types].xml of
// a workbook with a chart: excelize adds the image types then, from a map,
// in a different order every run. Every other part is copied as written;
// a workbook without a chart is returned as it is.
func canonicalContentTypes(b []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	charts := false
	for _, f := range zr.File {
		charts = charts || strings.HasPrefix(f.Name, "xl/charts/")
	}
	if !charts {
		return b, nil // without a chart excelize adds no image types: nothing to sort
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if f.Name != "[Content_Types].xml" {
			raw, err := f.OpenRaw()
			if err != nil {
				return nil, err
			}
			w, err := zw.CreateRaw(&f.FileHeader)
			if err != nil {
				return nil, err
			}
			if _, err := io.Copy(w, raw); err != nil {
				return nil, err
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		xml, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		defaults := defaultTypeRe.FindAll(xml, -1)
		sort.Slice(defaults, func(i, j int) bool { return bytes.Compare(defaults[i], defaults[j]) < 0 })
		first := defaultTypeRe.FindIndex(xml)
		if first != nil {
			rest := defaultTypeRe.ReplaceAll(xml[first[0]:], nil)
			xml = append(append(append([]byte{}, xml[:first[0]]...), bytes.Join(defaults, nil)...), rest...)
		}
		h := f.FileHeader
		w, err := zw.CreateHeader(&h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(xml); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// Indonesian renders an exact C-locale decimal the way the tables print it
// ("1066266500.0000000000" → "1.066.266.500", "104.83" → "104,83").
func Indonesian(v string) string {
	d, err := sheet.ParseDecimal(v)
	if err != nil {
		return v
	}
	return d.Indonesian()
}

// fitRows gives every row with wrapped text the height its longest cell
// needs: the text wrapped word by word at the column's width (merged
// columns add up), 15 points a line. A label merged down over several rows
// gets the height it needs spread over them.
func (b *Book) fitRows() error {
	for _, sheet := range b.F.GetSheetList() {
		l := b.layout[sheet]
		if l == nil {
			continue
		}
		lines := map[int]int{}
		type tall struct{ r1, r2, lines int }
		var talls []tall
		for pos, w := range l.wrapped {
			c, r := pos[0], pos[1]
			width, r2 := b.colWidth(sheet, c), r
			for _, m := range l.merges {
				if m[0] == c && m[1] == r {
					width = 0
					for cc := m[0]; cc <= m[2]; cc++ {
						width += b.colWidth(sheet, cc)
					}
					r2 = m[3]
				}
			}
			n := wrappedLines(w.text, width*w.chars)
			if r2 > r {
				talls = append(talls, tall{r, r2, n})
				continue
			}
			lines[r] = max(lines[r], n)
		}
		height := func(r int) float64 { return 15 * float64(max(1, lines[r])) }
		heights := map[int]float64{}
		for r := range lines {
			if lines[r] > 1 {
				heights[r] = height(r)
			}
		}
		sort.Slice(talls, func(i, j int) bool {
			return talls[i].r1 < talls[j].r1 || talls[i].r1 == talls[j].r1 && talls[i].r2 < talls[j].r2
		})
		for _, t := range talls {
			have := 0.0
			for r := t.r1; r <= t.r2; r++ {
				if h, ok := heights[r]; ok {
					have += h
				} else {
					have += height(r)
				}
			}
			if need := 15 * float64(t.lines); need > have {
				extra := (need - have) / float64(t.r2-t.r1+1)
				for r := t.r1; r <= t.r2; r++ {
					if _, ok := heights[r]; !ok {
						heights[r] = height(r)
					}
					heights[r] += extra
				}
			}
		}
		rows := make([]int, 0, len(heights))
		for r := range heights {
			rows = append(rows, r)
		}
		sort.Ints(rows)
		l.heights = map[int]float64{}
		for _, r := range rows {
			l.heights[r] = min(409, math.Ceil(heights[r])) // the most a row can be
			if err := b.F.SetRowHeight(sheet, r, l.heights[r]); err != nil {
				return err
			}
		}
	}
	return nil
}

// wrappedLines is how many lines text takes in a cell capacity characters
// wide, wrapped at spaces as a spreadsheet program does.
func wrappedLines(text string, capacity float64) int {
	capacity = max(capacity, 1)
	n := 0
	for _, par := range strings.Split(text, "\n") {
		used := 0
		n++
		for _, word := range strings.Fields(par) {
			w := utf8.RuneCountInString(word)
			switch {
			case used == 0:
				used = w
			case float64(used+1+w) <= capacity:
				used += 1 + w
			default:
				n++
				used = w
			}
			for float64(used) > capacity { // a word longer than the cell breaks
				n++
				used -= int(capacity)
			}
		}
	}
	return max(n, 1)
}

// ListValidation limits a range to a list of choices (a drop-down).
func (b *Book) ListValidation(sheet, sqref string, choices []string, prompt string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	if err := dv.SetDropList(choices); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "Isian tidak sah", "Pilih dari daftar: "+strings.Join(choices, ", "))
	if prompt != "" {
		dv.SetInput("Petunjuk", prompt)
	}
	return b.F.AddDataValidation(sheet, dv)
}

// NumberValidation limits a range to numbers of at least zero.
func (b *Book) NumberValidation(sheet, sqref, prompt string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	if err := dv.SetRange(0, 1e15, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "Isian tidak sah", "Isi dengan angka nol atau lebih, tanpa teks.")
	if prompt != "" {
		dv.SetInput("Petunjuk", prompt)
	}
	return b.F.AddDataValidation(sheet, dv)
}

// Protect locks a sheet against accidental edits (no password: a planner
// may still unprotect it); unlocked cells stay editable.
func (b *Book) Protect(sheet string) error {
	return b.F.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true,
	})
}

// HideVery hides a sheet so that it is not listed by Unhide in a
// spreadsheet program (the template's metadata).
func (b *Book) HideVery(sheet string) error {
	return b.F.SetSheetVisible(sheet, false, true)
}

// Formula writes a formula with a style.
func (b *Book) Formula(sheet string, c, r int, formula string, s Style) error {
	ref := Ref(c, r)
	if err := b.F.SetCellFormula(sheet, ref, formula); err != nil {
		return err
	}
	return b.F.SetCellStyle(sheet, ref, ref, b.style(s))
}
