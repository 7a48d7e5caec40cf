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
	numStyles
)

// Book is a workbook being written.
type Book struct {
	F      *excelize.File
	styles [numStyles]int
	sheets int
	layout map[string]*layout
}

// layout remembers what row heights depend on: spreadsheet programs do not
// grow a row for wrapped text on their own when the file gives no height.
type layout struct {
	widths  map[int]float64
	wrapped map[[2]int]string // (col, row) → text
	merges  [][4]int          // c1, r1, c2, r2
}

func (b *Book) sheetLayout(sheet string) *layout {
	l := b.layout[sheet]
	if l == nil {
		l = &layout{widths: map[int]float64{}, wrapped: map[[2]int]string{}}
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
		Title:    {Font: &excelize.Font{Bold: true, Size: 12}},
		Subtitle: {Font: &excelize.Font{Size: 10}},
		Header: {Font: &excelize.Font{Bold: true}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}},
		Text:        {Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
		TextBold:    {Border: border, Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
		Section:     {Border: border, Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}, Alignment: &excelize.Alignment{Vertical: "top"}},
		Note:        {Font: &excelize.Font{Italic: true, Size: 9}},
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
	for i, d := range defs {
		id, err := b.F.NewStyle(d)
		if err != nil {
			return fmt.Errorf("style %d: %w", i, err)
		}
		b.styles[i] = id
	}
	return nil
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
	if v != "" && (s == Text || s == TextBold || s == Header || s == TextFlag || s == InputText) {
		b.sheetLayout(sheet).wrapped[[2]int{c, r}] = v
	}
	if v != "" {
		if err := b.F.SetCellStr(sheet, ref, v); err != nil {
			return err
		}
	}
	return b.F.SetCellStyle(sheet, ref, ref, b.styles[s])
}

// Num writes an exact decimal (C-locale text, as DuckDB returns it) as a
// numeric cell; "" writes an empty, styled cell: a missing figure stays
// empty, never 0.
func (b *Book) Num(sheet string, c, r int, v string, s Style) error {
	ref := Ref(c, r)
	if v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return fmt.Errorf("%s!%s: %q is not a number", sheet, ref, v)
		}
		if err := b.F.SetCellFloat(sheet, ref, f, -1, 64); err != nil {
			return err
		}
	}
	return b.F.SetCellStyle(sheet, ref, ref, b.styles[s])
}

// Style applies a style to a range.
func (b *Book) Style(sheet string, c1, r1, c2, r2 int, s Style) error {
	return b.F.SetCellStyle(sheet, Ref(c1, r1), Ref(c2, r2), b.styles[s])
}

// Merge merges a range (no-op for a single cell).
func (b *Book) Merge(sheet string, c1, r1, c2, r2 int) error {
	if c1 == c2 && r1 == r2 {
		return nil
	}
	l := b.sheetLayout(sheet)
	l.merges = append(l.merges, [4]int{c1, r1, c2, r2})
	return b.F.MergeCell(sheet, Ref(c1, r1), Ref(c2, r2))
}

// Comment attaches a note to a cell (shown on hover in a spreadsheet program).
func (b *Book) Comment(sheet string, c, r int, text string) error {
	return b.F.AddComment(sheet, excelize.Comment{
		Cell: Ref(c, r), Author: "kinerja",
		Paragraph: []excelize.RichTextRun{{Text: text}},
	})
}

// Widths sets column widths from column 1.
func (b *Book) Widths(sheet string, widths ...float64) error {
	l := b.sheetLayout(sheet)
	for i, w := range widths {
		l.widths[i+1] = w
		if err := b.F.SetColWidth(sheet, Col(i+1), Col(i+1), w); err != nil {
			return err
		}
	}
	return nil
}

// PageSetup makes a sheet print legibly: A4 landscape, fit to one page wide,
// header rows repeated on every page, frozen panes below the header.
func (b *Book) PageSetup(sheet string, headerFirst, headerLast, freezeCols int) error {
	orientation := "landscape"
	size := 9 // A4
	fitW, fitH := 1, 0
	if err := b.F.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &orientation, FitToWidth: &fitW, FitToHeight: &fitH,
	}); err != nil {
		return err
	}
	fit := true
	if err := b.F.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := b.F.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, headerFirst, headerLast),
	}); err != nil {
		return err
	}
	pane := "bottomRight"
	if freezeCols == 0 {
		pane = "bottomLeft"
	}
	return b.F.SetPanes(sheet, &excelize.Panes{
		Freeze: true, XSplit: freezeCols, YSplit: headerLast, TopLeftCell: Ref(freezeCols+1, headerLast+1), ActivePane: pane,
	})
}

// Save writes the workbook to dir/name. Same content, same bytes: excelize
// writes zip entries in a fixed order with a fixed time.
func (b *Book) Save(dir, name string) error {
	defer b.F.Close()
	if err := b.fitRows(); err != nil {
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
// needs: lines ≈ characters ÷ column width (merged columns add up), 15
// points a line. Rows of a vertically merged label are left alone.
func (b *Book) fitRows() error {
	for _, sheet := range b.F.GetSheetList() {
		l := b.layout[sheet]
		if l == nil {
			continue
		}
		lines := map[int]int{}
		for pos, text := range l.wrapped {
			c, r := pos[0], pos[1]
			width := l.widths[c]
			if width == 0 {
				width = 9
			}
			vertical := false
			for _, m := range l.merges {
				if m[0] == c && m[1] == r {
					width = 0
					for cc := m[0]; cc <= m[2]; cc++ {
						w := l.widths[cc]
						if w == 0 {
							w = 9
						}
						width += w
					}
					vertical = m[3] > m[1]
				}
			}
			if vertical {
				continue
			}
			n := 0
			for _, par := range strings.Split(text, "\n") {
				n += max(1, int(math.Ceil(float64(utf8.RuneCountInString(par))/(width*0.95))))
			}
			lines[r] = max(lines[r], n)
		}
		rows := make([]int, 0, len(lines))
		for r := range lines {
			rows = append(rows, r)
		}
		sort.Ints(rows)
		for _, r := range rows {
			if lines[r] > 1 {
				if err := b.F.SetRowHeight(sheet, r, 15*float64(lines[r])); err != nil {
					return err
				}
			}
		}
	}
	return nil
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
	return b.F.SetCellStyle(sheet, ref, ref, b.styles[s])
}
