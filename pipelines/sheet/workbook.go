// Package sheet reads spreadsheets the way people make them: title rows above
// the header, two-row merged headers, numbers typed as Indonesian text beside
// real numeric cells, section and total rows, footnotes. It knows nothing of
// the warehouse or of any particular report.
package sheet

import (
	"archive/zip"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// Range is a merged range, inclusive.
type Range struct {
	FirstRow, FirstCol, LastRow, LastCol int
}

// Grid is one sheet as read.
type Grid struct {
	Sheet    string
	Index    int
	Hidden   bool
	Date1904 bool // the workbook counts date serials from 1904
	MaxRow   int
	MaxCol   int
	Merges   []Range
	cells    map[[2]int]*Cell

	// the cells by row, each row's in column order, and the rows that
	// have cells, in order: built on first use, so that a sheet with a
	// cell at A1 and one at XFD1048576 costs its two cells, not its
	// rows × columns
	rows    map[int][]*Cell
	rowNums []int
}

func (g *Grid) index() {
	if g.rows != nil {
		return
	}
	g.rows = make(map[int][]*Cell)
	for k, c := range g.cells {
		g.rows[k[0]] = append(g.rows[k[0]], c)
	}
	for r, cs := range g.rows {
		sort.Slice(cs, func(i, j int) bool { return cs[i].Col < cs[j].Col })
		g.rowNums = append(g.rowNums, r)
	}
	sort.Ints(g.rowNums)
}

// Row returns the non-empty cells of row r, in column order.
func (g *Grid) Row(r int) []*Cell {
	g.index()
	return g.rows[r]
}

// At returns the cell at row r, column c (1-based), or nil when empty.
func (g *Grid) At(r, c int) *Cell { return g.cells[[2]int{r, c}] }

// Text is the trimmed display text at r, c.
func (g *Grid) Text(r, c int) string { return g.At(r, c).Text() }

// Cells returns the non-empty cells in row-major order.
func (g *Grid) Cells() []*Cell {
	g.index()
	out := make([]*Cell, 0, len(g.cells))
	for _, r := range g.rowNums {
		out = append(out, g.rows[r]...)
	}
	return out
}

// Len is the number of non-empty cells.
func (g *Grid) Len() int { return len(g.cells) }

// MergeAt returns the merged range containing r, c.
func (g *Grid) MergeAt(r, c int) (Range, bool) {
	for _, m := range g.Merges {
		if r >= m.FirstRow && r <= m.LastRow && c >= m.FirstCol && c <= m.LastCol {
			return m, true
		}
	}
	return Range{}, false
}

// RowEmpty reports whether row r holds no text.
func (g *Grid) RowEmpty(r int) bool {
	for _, c := range g.Row(r) {
		if c.Text() != "" {
			return false
		}
	}
	return true
}

// Workbook is an opened spreadsheet file.
type Workbook struct {
	// f is excelize's view of the workbook. A large one (a licence export)
	// is opened by excelize only when a sheet needs more than its values:
	// excelize copies the file and inflates every sheet into a temporary
	// file first, 5 of the 9 s it took to open a million-row export.
	f    *excelize.File
	fErr error
	b    []byte      // the file's bytes; of a large file, read only for excelize
	src  io.ReaderAt // a large file, read where it lies (b nil until excel)
	size int64
	zr   *zip.Reader // the same bytes, for the fast path of StreamRows
	fast *fastParts
	// unverified are the large parts of a large workbook not yet checked
	// against their declared size and CRC (see Open).
	unverified []*zip.File
	// formats caches each style's number format code: excelize rebuilds the
	// whole style for every GetStyle, and a register has thousands of cells
	// sharing a handful of styles.
	formats map[int]string
}

// Modified is when the workbook was last saved, as the file itself records
// it (document properties, set by the spreadsheet program on save; it
// survives copying, unlike the file system's time). Zero when absent.
func (w *Workbook) Modified() time.Time {
	if w.f == nil {
		return w.modifiedFromParts()
	}
	props, err := w.f.GetDocProps()
	if err != nil || props == nil {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, props.Modified)
	if err != nil {
		return time.Time{}
	}
	return t
}

// MaxUnzipped bounds what a workbook may unpack to. The parts' declared
// sizes are added up before anything is inflated, so a zip bomb that says
// what it is is refused at once; each part is then inflated once, into
// nothing, to check it is no bigger than it says and that its checksum
// holds, so a bomb that lies is stopped at the first byte past its claim
// and a damaged part is caught here rather than read half.
const MaxUnzipped = 1 << 30

// Past MaxUnzipped a workbook is still read, up to MaxUnzippedLarge, when
// the file holds what it unpacks to: no more than MaxUnpackRatio times its
// own size. A sheet of real rows compresses 5 to 15 times (a million-row
// licence export 8,6×, a million-row OSS export of 21 columns, whose
// 1,17 GB of sheet XML come past MaxUnzipped, 8,7×); a zip bomb a thousand
// times or more. Such a file costs time in proportion to its own bytes (a
// 4 GiB unpack needs a 128 MiB file), and its large sheet is read row by
// row, never held.
const (
	MaxUnzippedLarge = 4 << 30
	MaxUnpackRatio   = 32
)

// the limits in force; variables for the tests
var unzipLimit, unzipLimitLarge uint64 = MaxUnzipped, MaxUnzippedLarge

// The budget of one workbook, beyond the unpacked total: what one sheet
// read cell by cell and the table of shared texts may hold, unpacked. A
// licence export is read row by row and is held to MaxUnzipped only.
// KINERJA_MAX_SHEET_MB and KINERJA_MAX_SHARED_STRINGS_MB set others.
var (
	MaxSheetBytes    = budget("KINERJA_MAX_SHEET_MB", 32)
	MaxSharedStrings = budget("KINERJA_MAX_SHARED_STRINGS_MB", 64)
)

func budget(env string, mb int64) int64 {
	if v, err := strconv.ParseInt(os.Getenv(env), 10, 64); err == nil && v > 0 {
		mb = v
	}
	return mb << 20
}

// BudgetError is a part of a workbook over its budget; it is an
// ErrTooLarge.
type BudgetError struct {
	What        string // "lembar Realisasi", "tabel teks bersama (sharedStrings)"
	Size, Limit int64  // unpacked bytes, as the part declares them
	Setting     string
}

func (e *BudgetError) Error() string {
	return fmt.Sprintf("%s %d MiB setelah diekstrak, melebihi batas %d MiB (%s)", e.What, e.Size>>20, e.Limit>>20, e.Setting)
}

func (e *BudgetError) Unwrap() error { return ErrTooLarge }

// ErrTooLarge is returned for a workbook whose parts add up to more than
// MaxUnzipped, or a part that inflates past its declared size.
var ErrTooLarge = errors.New("workbook unpacks to more than the limit")

// Open reads a workbook from r. The caller keeps ownership of r; nothing is
// ever written back to an input. A large file is read where it lies, so r
// must stay open until the workbook is closed.
func Open(r io.Reader) (*Workbook, error) {
	w := &Workbook{}
	src, size, large := largeFile(r)
	if large {
		// A large file (a licence export) is read where it lies: its bytes
		// are only what excelize needs, if it is ever opened (excel). Held
		// whole, the million-row export's 95 MB were a third of the Go heap
		// while it was read.
		w.src, w.size = src, size
	} else {
		b, err := readAll(r)
		if err != nil {
			return nil, err
		}
		w.b = b
		src, size = bytes.NewReader(b), int64(len(b))
	}
	zr, err := zip.NewReader(src, size)
	if err != nil {
		return nil, err
	}
	w.zr = zr
	total, err := declaredSize(zr, size)
	if err != nil {
		return nil, err
	}
	// Every part is checked before excelize reads it. Of a large workbook
	// the large parts wait: the fast path reads them through archive/zip,
	// which checks size and CRC as it goes (a part that lies is an error
	// there, never a shorter sheet), and excelize only after they pass
	// (excel). Inflating a million-row sheet once more only to check it
	// was 2,5 s of the 6 s its values took to read.
	for _, f := range zr.File {
		if strings.HasSuffix(strings.ToLower(f.Name), "sharedstrings.xml") && int64(f.UncompressedSize64) > MaxSharedStrings {
			return nil, &BudgetError{What: "tabel teks bersama (sharedStrings)", Size: int64(f.UncompressedSize64), Limit: MaxSharedStrings, Setting: "KINERJA_MAX_SHARED_STRINGS_MB"}
		}
	}
	lazy := total > lazyOver
	buf := make([]byte, 1<<20)
	for _, f := range zr.File {
		if lazy && f.UncompressedSize64 > lazyPart {
			w.unverified = append(w.unverified, f)
			continue
		}
		if err := verifyPart(f, buf); err != nil {
			return nil, err
		}
	}
	if lazy {
		if _, err := w.fastParts(); err == nil {
			return w, nil
		}
	}
	if err := w.verifyRest(); err != nil {
		return nil, err
	}
	if w.f, err = openExcelize(w.b); err != nil {
		return nil, err
	}
	return w, nil
}

// readAtOver is the file size above which a workbook is read where it
// lies instead of into memory.
var readAtOver int64 = 32 << 20 // a variable for the tests

// largeFile is r as a file that can be read at any offset, when it is a
// regular file over readAtOver.
func largeFile(r io.Reader) (io.ReaderAt, int64, bool) {
	f, ok := r.(interface {
		io.ReaderAt
		Stat() (os.FileInfo, error)
	})
	if !ok {
		return nil, 0, false
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() <= readAtOver {
		return nil, 0, false
	}
	return f, fi.Size(), true
}

// readAll reads r whole; a file in one read into a buffer of its size.
func readAll(r io.Reader) ([]byte, error) {
	st, ok := r.(interface{ Stat() (os.FileInfo, error) })
	if !ok {
		return io.ReadAll(r)
	}
	fi, err := st.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return io.ReadAll(r)
	}
	b := make([]byte, fi.Size())
	n, err := io.ReadFull(r, b)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		return b[:n], nil // shorter than it was: what there is
	}
	if err != nil {
		return nil, err
	}
	rest, err := io.ReadAll(r) // grown since: the rest too
	if err != nil {
		return nil, err
	}
	return append(b, rest...), nil
}

// lazyOver is the unpacked size above which excelize opens a workbook only
// when it is needed.
var lazyOver uint64 = 64 << 20 // a variable for the tests

// lazyPart is the size above which a part of a lazily opened workbook is
// checked as it is read rather than before.
var lazyPart uint64 = 16 << 20 // a variable for the tests

func openExcelize(b []byte) (*excelize.File, error) {
	// declaredSize has held the parts to the limits already
	limit := int64(unzipLimitLarge)
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{UnzipSizeLimit: limit, UnzipXMLSizeLimit: min(64<<20, limit)})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size exceeds") {
			return nil, fmt.Errorf("%w (%d bytes): %v", ErrTooLarge, limit, err)
		}
		return nil, err
	}
	return f, nil
}

// excel is excelize's view of the workbook, opened on first use, after
// the parts left unchecked have been checked.
func (w *Workbook) excel() (*excelize.File, error) {
	if w.f == nil && w.fErr == nil {
		if w.fErr = w.verifyRest(); w.fErr == nil && w.b == nil {
			w.b = make([]byte, w.size)
			if n, err := w.src.ReadAt(w.b, 0); n < len(w.b) {
				w.fErr = cmp.Or(err, io.ErrUnexpectedEOF)
			}
		}
		if w.fErr == nil {
			w.f, w.fErr = openExcelize(w.b)
		}
	}
	return w.f, w.fErr
}

// declaredSize adds up what the parts of a file of size bytes say they
// unpack to; more than MaxUnzipped, unless the file holds it (within
// MaxUnzippedLarge and MaxUnpackRatio), is refused before anything is
// inflated. The ratio is to the file's size, not to the parts' packed
// sizes, which parts pointing at the same bytes would add up past it.
func declaredSize(zr *zip.Reader, size int64) (uint64, error) {
	var total uint64
	for _, f := range zr.File {
		if f.UncompressedSize64 > unzipLimitLarge {
			total = f.UncompressedSize64
		} else {
			total += f.UncompressedSize64
		}
		if total > unzipLimitLarge {
			return 0, fmt.Errorf("%w (%d bytes): parts declare %d bytes or more", ErrTooLarge, int64(unzipLimitLarge), total)
		}
	}
	if total > unzipLimit && total/MaxUnpackRatio > uint64(max(size, 0)) {
		return 0, fmt.Errorf("%w (%d bytes): parts declare %d bytes, %d times the file's %d", ErrTooLarge, int64(unzipLimit), total, total/uint64(max(size, 1)), size)
	}
	return total, nil
}

// verifyPart inflates a part once, into nothing: archive/zip stops past the
// declared size and checks the CRC at the end. excelize keeps whatever a
// part inflated to before an error, so a truncated or lying part would be
// read as a shorter sheet; checked first, it is refused.
func verifyPart(f *zip.File, buf []byte) error {
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	_, err = io.CopyBuffer(struct{ io.Writer }{io.Discard}, rc, buf) // large reads: io.Discard's own are 8 KiB
	rc.Close()
	if errors.Is(err, zip.ErrFormat) {
		return fmt.Errorf("%w: %s inflates past its declared %d bytes", ErrTooLarge, f.Name, f.UncompressedSize64)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", f.Name, err)
	}
	return nil
}

// verifyRest verifies the parts Open left for later, before excelize may
// read them.
func (w *Workbook) verifyRest() error {
	buf := make([]byte, 1<<20)
	for len(w.unverified) > 0 {
		if err := verifyPart(w.unverified[0], buf); err != nil {
			return err
		}
		w.unverified = w.unverified[1:]
	}
	return nil
}

// Date1904 reports whether the workbook counts dates from 1904 (old Mac
// Excel) instead of 1900.
func (w *Workbook) Date1904() bool {
	if w.f == nil {
		return w.fast != nil && w.fast.date1904
	}
	props, err := w.f.GetWorkbookProps()
	return err == nil && props.Date1904 != nil && *props.Date1904
}

// Close releases the workbook.
func (w *Workbook) Close() error {
	if w.f == nil {
		return nil
	}
	return w.f.Close()
}

// SheetNames lists the sheets in workbook order.
func (w *Workbook) SheetNames() []string {
	if w.f == nil {
		return append([]string(nil), w.fast.names...)
	}
	return w.f.GetSheetList()
}

// Grid reads one sheet: values as stored and as displayed, types, number
// formats, formulas and merged ranges.
//
// The values as stored come from the fast path (StreamRows: what
// excelize's GetRows with RawCellValue gives, read from the sheet's bytes),
// and everything else from the one copy of the sheet excelize parses for
// the cells' types, formulas and styles. Before, the sheet went through
// excelize's XML decoder three times: GetRows raw, GetRows shown, then the
// parse for the types. A sheet where a merged range hides a value behind
// its first cell is read the old way (gridExcelize): excelize answers for
// such a cell with the first cell's value, where GetRows gives its own.
// TestGridEqualsExcelize holds the two to the same grid on every bundled
// input and the differential tests' workbooks.
func (w *Workbook) Grid(index int, name string) (*Grid, error) {
	if p, err := w.fastParts(); err == nil {
		if f := p.sheets[name]; f != nil && int64(f.UncompressedSize64) > MaxSheetBytes {
			return nil, &BudgetError{What: "lembar " + name, Size: int64(f.UncompressedSize64), Limit: MaxSheetBytes, Setting: "KINERJA_MAX_SHEET_MB"}
		}
	}
	if _, err := w.excel(); err != nil {
		return nil, err
	}
	merges, err := w.merges(name)
	if err != nil {
		return nil, err
	}
	var raw [][]string
	if err := w.StreamRows(name, func(r int, cells []string) (bool, error) {
		for len(raw) < r-1 {
			raw = append(raw, nil)
		}
		raw = append(raw, cells)
		return true, nil
	}); err != nil {
		return nil, fmt.Errorf("sheet %q: %w", name, err)
	}
	for _, m := range merges {
		r1, r2 := min(m.FirstRow, m.LastRow), max(m.FirstRow, m.LastRow)
		c1, c2 := min(m.FirstCol, m.LastCol), max(m.FirstCol, m.LastCol)
		for r := r1; r <= r2 && r <= len(raw); r++ {
			for c := c1; c <= c2 && c <= len(raw[r-1]); c++ {
				if (r != r1 || c != c1) && raw[r-1][c-1] != "" {
					return w.gridExcelize(index, name)
				}
			}
		}
	}
	g := w.newGrid(index, name)
	if err := g.fill(w, raw, func(_, _ int, ref string) (string, error) {
		shown, err := w.f.GetCellValue(name, ref)
		if err != nil {
			return "", fmt.Errorf("sheet %q cell %s: %w", name, ref, err)
		}
		return shown, nil
	}); err != nil {
		return nil, err
	}
	g.addMerges(merges)
	return g, nil
}

// gridExcelize is Grid through excelize alone: GetRows for the values as
// stored and as shown.
func (w *Workbook) gridExcelize(index int, name string) (*Grid, error) {
	if _, err := w.excel(); err != nil {
		return nil, err
	}
	raw, err := w.f.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fmt.Errorf("sheet %q: %w", name, err)
	}
	shown, err := w.f.GetRows(name)
	if err != nil {
		return nil, fmt.Errorf("sheet %q: %w", name, err)
	}
	g := w.newGrid(index, name)
	if err := g.fill(w, raw, func(r, c int, _ string) (string, error) {
		if r <= len(shown) && c <= len(shown[r-1]) {
			return shown[r-1][c-1], nil
		}
		return raw[r-1][c-1], nil
	}); err != nil {
		return nil, err
	}
	merges, err := w.merges(name)
	if err != nil {
		return nil, err
	}
	g.addMerges(merges)
	return g, nil
}

func (w *Workbook) newGrid(index int, name string) *Grid {
	visible, _ := w.f.GetSheetVisible(name)
	return &Grid{Sheet: name, Index: index, Hidden: !visible, Date1904: w.Date1904(), cells: map[[2]int]*Cell{}}
}

// fill puts every value of raw (the values as stored, row by row) in the
// grid, with its value as shown and described (type, formula, number
// format).
func (g *Grid) fill(w *Workbook, raw [][]string, shown func(r, c int, ref string) (string, error)) error {
	for ri, row := range raw {
		for ci, v := range row {
			if v == "" {
				continue
			}
			r, c := ri+1, ci+1
			ref, _ := excelize.CoordinatesToCellName(c, r)
			display, err := shown(r, c, ref)
			if err != nil {
				return err
			}
			cell := &Cell{Row: r, Col: c, Ref: ref, Raw: v, Display: display}
			if err := w.describe(g.Sheet, cell); err != nil {
				return err
			}
			g.cells[[2]int{r, c}] = cell
			g.MaxRow = max(g.MaxRow, r)
			g.MaxCol = max(g.MaxCol, c)
		}
	}
	return nil
}

func (g *Grid) addMerges(merges []Range) {
	for _, m := range merges {
		g.Merges = append(g.Merges, m)
		g.MaxRow = max(g.MaxRow, m.LastRow)
		g.MaxCol = max(g.MaxCol, m.LastCol)
	}
}

// merges are the sheet's merged ranges, in excelize's order; one it cannot
// read is left out.
func (w *Workbook) merges(name string) ([]Range, error) {
	merges, err := w.f.GetMergeCells(name)
	if err != nil {
		return nil, fmt.Errorf("sheet %q merges: %w", name, err)
	}
	var out []Range
	for _, m := range merges {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, Range{FirstRow: r1, FirstCol: c1, LastRow: r2, LastCol: c2})
	}
	return out, nil
}

func (w *Workbook) describe(sheetName string, cell *Cell) error {
	t, err := w.f.GetCellType(sheetName, cell.Ref)
	if err != nil {
		return fmt.Errorf("sheet %q cell %s: %w", sheetName, cell.Ref, err)
	}
	switch t {
	case excelize.CellTypeBool:
		cell.Type = TypeBool
	case excelize.CellTypeError:
		cell.Type = TypeError
	case excelize.CellTypeDate:
		cell.Type = TypeDate
	case excelize.CellTypeSharedString, excelize.CellTypeInlineString, excelize.CellTypeFormula:
		cell.Type = TypeText // "str": the text result of a formula
	default:
		cell.Type = TypeNumber
	}
	if f, err := w.f.GetCellFormula(sheetName, cell.Ref); err == nil {
		cell.Formula = f
	}
	if cell.Type != TypeNumber {
		return nil
	}
	styleID, err := w.f.GetCellStyle(sheetName, cell.Ref)
	if err != nil || styleID == 0 {
		return nil
	}
	code, known := w.formats[styleID]
	if !known {
		st, err := w.f.GetStyle(styleID)
		if err != nil || st == nil {
			return nil
		}
		code = builtinFormats[st.NumFmt]
		if st.CustomNumFmt != nil {
			code = *st.CustomNumFmt
		}
		if w.formats == nil {
			w.formats = map[int]string{}
		}
		w.formats[styleID] = code
	}
	cell.NumFmt = code
	cell.Percent = isPercentFormat(code)
	if isDateFormat(code) {
		cell.Type = TypeDate
	}
	return nil
}

// The built-in number formats that matter for reading: percent and date.
var builtinFormats = map[int]string{
	9: "0%", 10: "0.00%", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
	18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
}

var quoted = regexp.MustCompile(`"[^"]*"|\\.|\[[^\]]*\]`)

func isPercentFormat(code string) bool {
	return strings.Contains(quoted.ReplaceAllString(code, ""), "%")
}

func isDateFormat(code string) bool {
	c := strings.ToLower(quoted.ReplaceAllString(code, ""))
	return strings.ContainsAny(c, "dy") || (strings.Contains(c, "m") && !strings.ContainsAny(c, "0#"))
}

// StreamRows calls fn with each row of a sheet as stored (raw values, a
// date cell as its serial number), without reading the sheet into memory;
// r is the row number (1-based), a row without cells nil. fn returns false
// to stop. The rows come from the fast path (fast.go), which gives what
// excelize's row stream gives; where it meets something it does not
// expect, excelize reads on from the row after the last one given.
func (w *Workbook) StreamRows(name string, fn func(r int, cells []string) (bool, error)) error {
	return w.streamRows(name, false, fn)
}

// StreamRowsTransient is StreamRows for a reader that keeps nothing of a
// row after fn returns: the slice is reused for the next row, and a value
// the fast path did not have to decode is a string over its buffer, which
// later rows overwrite. What fn keeps it must copy (strings.Clone). This
// spares a million-row export fifteen million string copies, made only
// to be copied again into its Arrow batch.
func (w *Workbook) StreamRowsTransient(name string, fn func(r int, cells []string) (bool, error)) error {
	return w.streamRows(name, true, fn)
}

func (w *Workbook) streamRows(name string, borrow bool, fn func(r int, cells []string) (bool, error)) error {
	given := 0
	if p, err := w.fastParts(); err == nil {
		if f, ok := p.sheets[name]; ok {
			err := w.fastRows(f, p.sst, borrow, func(r int, cells []string) (bool, error) {
				given = r
				return fn(r, cells)
			})
			if !errors.Is(err, errFallback) {
				return err
			}
		}
	}
	return w.excelizeRows(name, given, fn)
}

// StreamRowsExcelize is StreamRows through excelize's row stream only,
// without the fast path: for the benchmark that compares the two.
func (w *Workbook) StreamRowsExcelize(name string, fn func(r int, cells []string) (bool, error)) error {
	return w.excelizeRows(name, 0, fn)
}

// excelizeRows streams the rows of a sheet through excelize, from the row
// after skip.
func (w *Workbook) excelizeRows(name string, skip int, fn func(r int, cells []string) (bool, error)) error {
	if _, err := w.excel(); err != nil {
		return err
	}
	rows, err := w.f.Rows(name)
	if err != nil {
		return fmt.Errorf("sheet %q: %w", name, err)
	}
	defer rows.Close()
	r := 0
	for rows.Next() {
		r++
		if r <= skip {
			continue
		}
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return fmt.Errorf("sheet %q row %d: %w", name, r, err)
		}
		if len(cells) == 0 {
			cells = nil
		}
		more, err := fn(r, cells)
		if err != nil || !more {
			return err
		}
	}
	return rows.Error()
}
