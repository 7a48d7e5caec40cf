// Package xlsx writes the official workbooks: the styles, Indonesian number
// formats, two-row merged headers and page setup every writer shares. A
// workbook holds no wall-clock time, so the same inputs give the same bytes.
package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/idtext"
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
	units map[string]int    // number styles with a unit, by unit (NumUnit)
	rows  map[string][]byte // the <row> elements of the sheets written by Stream, by sheet
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
	streamed       bool // its cells were written by Stream: Save leaves the sheet as it is
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

// Indonesian renders an exact C-locale decimal the way the tables print it
// ("1066266500.0000000000" → "1.066.266.500", "104.83" → "104,83").
func Indonesian(v string) string {
	d, err := idtext.ParseDecimal(v)
	if err != nil {
		return v
	}
	return d.Indonesian()
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
