package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

type streamedRow struct {
	r     int
	cells []string
}

// bothReaders reads every sheet of a workbook with the fast path and with
// excelize's row stream. fell says whether the fast path gave up on a sheet.
func bothReaders(t testing.TB, b []byte) (fast, slow map[string][]streamedRow, fell bool) {
	t.Helper()
	fast, slow, fell, errFast, errSlow := bothReadersErr(t, b)
	if errFast != nil || errSlow != nil {
		t.Fatalf("fast path: %v; excelize: %v", errFast, errSlow)
	}
	return fast, slow, fell
}

// bothReadersErr is bothReaders, with each reader's error.
func bothReadersErr(t testing.TB, b []byte) (fast, slow map[string][]streamedRow, fell bool, errFast, errSlow error) {
	t.Helper()
	wb, err := Open(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	fast, slow = map[string][]streamedRow{}, map[string][]streamedRow{}
	p, err := wb.fastParts()
	if err != nil {
		return nil, nil, true, nil, nil
	}
	for _, name := range wb.SheetNames() {
		collect := func(into map[string][]streamedRow) func(int, []string) (bool, error) {
			return func(r int, cells []string) (bool, error) {
				if len(cells) == 0 {
					cells = nil
				}
				kept := make([]string, len(cells))
				for i, c := range cells {
					kept[i] = strings.Clone(c) // the transient stream's strings are its buffer
				}
				if cells == nil {
					kept = nil
				}
				into[name] = append(into[name], streamedRow{r, kept})
				return true, nil
			}
		}
		f, ok := p.sheets[name]
		if !ok {
			return nil, nil, true, nil, nil
		}
		if err := wb.fastRows(f, p.sst, false, collect(fast)); err != nil {
			if errors.Is(err, errFallback) {
				return nil, nil, true, nil, nil
			}
			errFast = fmt.Errorf("sheet %q: %w", name, err)
		}
		// the transient stream (values over the reader's buffer) must give
		// the same rows at the time of the call
		transient := map[string][]streamedRow{}
		if err := wb.fastRows(f, p.sst, true, collect(transient)); (err == nil) != (errFast == nil) || !reflect.DeepEqual(transient[name], fast[name]) {
			errFast = fmt.Errorf("sheet %q: the transient stream gave other rows (%v)", name, err)
		}
		if err := wb.excelizeRows(name, 0, collect(slow)); err != nil {
			errSlow = fmt.Errorf("sheet %q: %w", name, err)
		}
	}
	return fast, slow, false, errFast, errSlow
}

func sameRows(t testing.TB, what string, fast, slow map[string][]streamedRow) {
	t.Helper()
	if !reflect.DeepEqual(fast, slow) {
		for name := range slow {
			f, s := fast[name], slow[name]
			for i := 0; i < max(len(f), len(s)); i++ {
				var a, b streamedRow
				if i < len(f) {
					a = f[i]
				}
				if i < len(s) {
					b = s[i]
				}
				if !reflect.DeepEqual(a, b) {
					t.Fatalf("%s, sheet %q, row %d: fast %d %q, excelize %d %q", what, name, i+1, a.r, a.cells, b.r, b.cells)
				}
			}
		}
		t.Fatalf("%s: sheets differ: fast %v, excelize %v", what, len(fast), len(slow))
	}
}

// tricky are values a spreadsheet holds that a byte-level reader could
// get wrong.
var tricky = []string{
	"Gajah Mungkur", "a & b < c > d \"e\" 'f'", "baris 1\r\nbaris 2\rbaris 3\n", "  spasi di tepi  ",
	"_x000D_ dan _x005F_x000D_ dan _xD800_ dan _x00e9_", "é ñ ü — “kutip” 😀 ᬅᬓ᭄ᬱᬭ", "<row r=\"9\"><c>", "]]>", "&amp;",
	strings.Repeat("panjang ", 5000), "1.250.000", "77,5%", "=SUM(A1)", "0012", "",
}

// excelizeWorkbook writes values with excelize's ordinary API: shared
// strings, numbers, booleans, dates, formulas, rich text, gaps.
func excelizeWorkbook(t testing.TB, date1904 bool) []byte {
	x := excelize.NewFile()
	defer x.Close()
	if date1904 {
		v := true
		x.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &v})
	}
	sh := "Sheet1"
	for i, s := range tricky {
		x.SetCellValue(sh, fmt.Sprintf("A%d", i+1), s)
		x.SetCellValue(sh, fmt.Sprintf("C%d", i+1), s) // a shared string used twice
	}
	x.SetCellValue(sh, "B1", 1250000)
	x.SetCellValue(sh, "B2", 0.1)
	x.SetCellValue(sh, "B3", -1234.5678)
	x.SetCellValue(sh, "B4", 1e-12)
	x.SetCellValue(sh, "B5", true)
	x.SetCellValue(sh, "B6", false)
	x.SetCellValue(sh, "B7", time.Date(2018, 6, 30, 0, 0, 0, 0, time.UTC))
	x.SetCellFormula(sh, "B8", "B1*2")
	x.SetCellFormula(sh, "B9", `IF(B1>0,"ya","tidak")`)
	x.SetCellValue(sh, "AA40", "jauh di kanan bawah") // rows 17–39 empty
	x.SetCellRichText(sh, "D1", []excelize.RichTextRun{{Text: "tebal "}, {Text: "miring", Font: &excelize.Font{Italic: true}}, {Text: " & biasa"}})
	x.NewSheet("Kedua")
	x.SetCellValue("Kedua", "B2", "lembar kedua")
	x.NewSheet("Kosong")
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// streamWorkbook writes with excelize's stream writer: inline strings.
func streamWorkbook(t testing.TB) []byte {
	x := excelize.NewFile()
	defer x.Close()
	sw, err := x.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	row := 1
	for i, s := range tricky {
		cells := []any{s, i, float64(i) / 3, i%2 == 0, excelize.Cell{Formula: "A1&\"x\""}}
		if err := sw.SetRow(fmt.Sprintf("A%d", row), cells); err != nil {
			t.Fatal(err)
		}
		row += 1 + i%3 // some rows left out
	}
	if err := sw.SetRow("C100", []any{nil, "setelah sel kosong", nil, 5}); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// handWorkbook writes the parts of a workbook by hand, with what other
// writers do: an x: prefix (or the strict namespace), rows and cells
// without r, xml:space, character references, comments, a shared-string
// index with spaces, rich and phonetic runs, error and date cells.
func handWorkbook(t testing.TB, prefix, ns string, sheetData string) []byte {
	p := prefix
	if p != "" {
		p += ":"
	}
	xmlns := `xmlns="` + ns + `"`
	if prefix != "" {
		xmlns = `xmlns:` + prefix + `="` + ns + `"`
	}
	relNS := "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	if strings.Contains(ns, "purl.oclc.org") {
		relNS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
	}
	parts := map[string]string{
		"[Content_Types].xml":        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
		"_rels/.rels":                `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":            `<?xml version="1.0" encoding="UTF-8"?><` + p + `workbook ` + xmlns + ` xmlns:r="` + relNS + `"><` + p + `sheets><` + p + `sheet name="Data" sheetId="1" r:id="rId1"/></` + p + `sheets></` + p + `workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
		"xl/sharedStrings.xml":       `<?xml version="1.0" encoding="UTF-8"?><` + p + `sst ` + xmlns + ` count="4" uniqueCount="4"><` + p + `si><` + p + `t>Semarang &amp; sekitarnya</` + p + `t></` + p + `si><` + p + `si><` + p + `r><` + p + `rPr><` + p + `b/></` + p + `rPr><` + p + `t xml:space="preserve">Kec. </` + p + `t></` + p + `r><` + p + `r><` + p + `t>Smg Utara</` + p + `t></` + p + `r><` + p + `rPh sb="0" eb="1"><` + p + `t>fonetik</` + p + `t></` + p + `rPh></` + p + `si><` + p + `si><` + p + `t/></` + p + `si><` + p + `si><` + p + `t>&#233;&#x1F600;_x000D_</` + p + `t></` + p + `si></` + p + `sst>`,
		"xl/worksheets/sheet1.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<` + p + `worksheet ` + xmlns + `><` + p + `dimension ref="A1:D9"/><` + p + `sheetData>` + strings.ReplaceAll(sheetData, "§", p) + `</` + p + `sheetData><` + p + `rowBreaks count="0"/></` + p + `worksheet>`,
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"} {
		w, _ := z.Create(name)
		w.Write([]byte(parts[name]))
	}
	z.Close()
	return buf.Bytes()
}

const handSheet = `<§row r="1" spans="1:4"><§c r="A1" t="s"><§v>0</§v></§c><§c r="B1" t="s"><§v> 1 </§v></§c><§c r="C1" t="s" s="3"><§v>3</§v></§c></§row>` +
	`<!-- a comment between rows --><§row><§c t="inlineStr"><§is><§t xml:space="preserve">  tanpa r  </§t></§is></§c><§c><§v>42</§v></§c><§c t="b"><§v>1</§v></§c></§row>` +
	`<§row r="5"><§c r="B5" t="e"><§v>#N/A</§v></§c><§c r="C5" t="d"><§v>2018-06-30T00:00:00Z</§v></§c><§c r="D5"><§f>SUM(A1:A2)</§f><§v></§v></§c></§row>` +
	`<§row r="6"/><§row r="7"><§c r="A7" t="str"><§f>A1&amp;"x"</§f><§v>a&lt;b&#10;c</§v></§c><§c r="B7" t="inlineStr"><§is><§r><§t>ka</§t></§r><§r><§rPr><§i/></§rPr><§t>ya</§t></§r></§is></§c><§c r="C7" t="s"/></§row>` +
	`<§row r="9"><§c r="D9" t="s"><§v>2</§v></§c><§c r="E9"><§v>1.5E-3</§v></§c></§row>`

// TestFastRowsEqualExcelize: on workbooks written by excelize (ordinary
// and streaming, 1900 and 1904 dates) and by hand with other writers'
// habits, the fast path gives exactly the rows excelize's row stream gives,
// and never gives up.
// differentialWorkbooks are the workbooks the fast path is compared with
// excelize on, by what wrote them.
func differentialWorkbooks(t testing.TB) map[string][]byte {
	return map[string][]byte{
		"excelize":                  excelizeWorkbook(t, false),
		"excelize 1904":             excelizeWorkbook(t, true),
		"excelize stream":           streamWorkbook(t),
		"by hand":                   handWorkbook(t, "", "http://schemas.openxmlformats.org/spreadsheetml/2006/main", handSheet),
		"by hand, x: prefix":        handWorkbook(t, "x", "http://schemas.openxmlformats.org/spreadsheetml/2006/main", handSheet),
		"by hand, strict":           handWorkbook(t, "", "http://purl.oclc.org/ooxml/spreadsheetml/main", handSheet),
		"by hand, strict x: prefix": handWorkbook(t, "x", "http://purl.oclc.org/ooxml/spreadsheetml/main", handSheet),
	}
}

func TestFastRowsEqualExcelize(t *testing.T) {
	for what, b := range differentialWorkbooks(t) {
		fast, slow, fell := bothReaders(t, b)
		if fell {
			t.Errorf("%s: the fast path gave up", what)
			continue
		}
		sameRows(t, what, fast, slow)
		n := 0
		for _, rows := range slow {
			n += len(rows)
		}
		if n < 5 {
			t.Errorf("%s: only %d rows compared", what, n)
		}
	}
}

// TestFastRowsOnLibreOfficeFiles: the same for workbooks LibreOffice saved
// (it writes shared strings its own way), where soffice is installed.
func TestFastRowsOnLibreOfficeFiles(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed: workbooks it saves are not in the corpus")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "asal.xlsx")
	os.WriteFile(src, excelizeWorkbook(t, false), 0o644)
	out := filepath.Join(dir, "lo")
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profil"), "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, src)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	b, err := os.ReadFile(filepath.Join(out, "asal.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	fast, slow, fell := bothReaders(t, b)
	if fell {
		t.Fatal("the fast path gave up on LibreOffice's file")
	}
	sameRows(t, "LibreOffice", fast, slow)
}

// FuzzFastRows: any two texts and a number, written by excelize as shared
// and as inline strings at a distance, read the same by both readers.
func FuzzFastRows(f *testing.F) {
	for i, s := range tricky {
		f.Add(s, tricky[(i+1)%len(tricky)], float64(i)*1.5, uint8(i))
	}
	f.Fuzz(func(t *testing.T, a, b string, n float64, gap uint8) {
		x := excelize.NewFile()
		defer x.Close()
		col, _ := excelize.ColumnNumberToName(1 + int(gap)%40)
		if x.SetCellValue("Sheet1", "A1", a) != nil || x.SetCellValue("Sheet1", col+"3", b) != nil || x.SetCellValue("Sheet1", "B2", n) != nil {
			return // excelize refuses it: nothing to compare
		}
		x.NewSheet("Sheet2")
		sw, err := x.NewStreamWriter("Sheet2")
		if err != nil {
			t.Fatal(err)
		}
		if sw.SetRow("A1", []any{a, n}) != nil || sw.SetRow(col+fmt.Sprint(2+int(gap)%5), []any{b}) != nil || sw.Flush() != nil {
			return
		}
		var buf bytes.Buffer
		if err := x.Write(&buf); err != nil {
			return
		}
		sameGrids(t, "fuzz", buf.Bytes()) // the Grid built on the fast path, too
		fast, slow, fell := bothReaders(t, buf.Bytes())
		if fell {
			return // given up is not a different answer: excelize reads it
		}
		sameRows(t, "fuzz", fast, slow)
	})
}

// FuzzFastRowsSheetXML: any well-formed sheetData, in a workbook of other
// writers' habits (with or without an x: prefix), is read the same by the
// fast path and by excelize, or the fast path gives it to excelize.
func FuzzFastRowsSheetXML(f *testing.F) {
	f.Add(handSheet, false)
	f.Add(handSheet, true)
	f.Add(`<§row r="2"><§c r="C2"><§v>7</§v></§c></§row>`, false)
	f.Add(`<§row><§c t="s"><§v>1</§v></§c><§c/><§c t="inlineStr"><§is><§t>a</§t><§r><§t>b</§t></§r></§is></§c></§row>`, true)
	// the shapes quickCell reads, and their near misses
	f.Add(`<§row r="1"><§c r="A1" s="01" t="inlineStr"><§is><§t xml:space="preserve"> a </§t></§is></§c><§c r="B1" s="x"><§v>1</§v></§c><§c r='C1'><§v>2</§v></§c></§row>`, false)
	f.Add(`<§row r="3"><§c r="A3" t="inlineStr"><§is><§t>_x0041_&amp;&#x41;</§t></§is></§c><§c r="B3" t="s"><§v>0</§v></§c><§c r="C3"/><§c r="D3" t="inlineStr"><§v>v</§v></§c><§c r="E3" t="s"><§is><§t>x</§t></§is></§c></§row>`, true)
	f.Add(`<§row><§c t="inlineStr"><§is><§t>a</§t></§is> </§c><§c  r="B1" ><§v>1</§v></§c><§c r="C1" cm="1"><§v>3</§v></§c><§c r="D1"><§v></§v></§c></§row>`, false)
	f.Fuzz(func(t *testing.T, data string, prefixed bool) {
		prefix := ""
		if prefixed {
			prefix = "x"
		}
		p := ""
		if prefix != "" {
			p = prefix + ":"
		}
		// only well-formed XML: what encoding/xml refuses, excelize reads
		// in ways of its own
		d := xml.NewDecoder(strings.NewReader("<r xmlns:x=\"u\">" + strings.ReplaceAll(data, "§", p) + "</r>"))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				return
			}
		}
		b := handWorkbook(t, prefix, "http://schemas.openxmlformats.org/spreadsheetml/2006/main", data)
		wb, err := Open(bytes.NewReader(b))
		if err != nil {
			return
		}
		wb.Close()
		fast, slow, fell, errFast, errSlow := bothReadersErr(t, b)
		if fell {
			return
		}
		if (errFast != nil) != (errSlow != nil) {
			t.Fatalf("fast path: %v; excelize: %v", errFast, errSlow)
		}
		if errFast != nil {
			return // both refuse it
		}
		sameRows(t, "fuzz sheet XML", fast, slow)
	})
}

// TestLargeWorkbookOpensExcelizeOnlyWhenNeeded: a workbook over the size
// at which excelize is opened lazily gives the same sheet names, date
// system, save time, rows and grid as one opened whole.
func TestLargeWorkbookOpensExcelizeOnlyWhenNeeded(t *testing.T) {
	for _, date1904 := range []bool{false, true} {
		b := excelizeWorkbook(t, date1904)
		eager, err := Open(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		defer eager.Close()
		defer func(n uint64) { lazyOver = n }(lazyOver)
		lazyOver = 0
		// and read where it lies, from a file, not copied into memory
		path := filepath.Join(t.TempDir(), "besar.xlsx")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		file, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer file.Close()
		defer func(n int64) { readAtOver = n }(readAtOver)
		readAtOver = 0
		lazy, err := Open(file)
		if err != nil {
			t.Fatal(err)
		}
		defer lazy.Close()
		if lazy.f != nil {
			t.Fatal("excelize opened at once")
		}
		if lazy.b != nil || lazy.src == nil {
			t.Fatal("a large file was read into memory at Open")
		}
		if !reflect.DeepEqual(lazy.SheetNames(), eager.SheetNames()) || lazy.Date1904() != eager.Date1904() || !lazy.Modified().Equal(eager.Modified()) {
			t.Errorf("lazy %v %v %v, eager %v %v %v", lazy.SheetNames(), lazy.Date1904(), lazy.Modified(), eager.SheetNames(), eager.Date1904(), eager.Modified())
		}
		if lazy.Date1904() != date1904 {
			t.Errorf("Date1904 %v, written %v", lazy.Date1904(), date1904)
		}
		var rows int
		lazy.StreamRows("Sheet1", func(int, []string) (bool, error) { rows++; return true, nil })
		if lazy.f != nil || rows < 40 {
			t.Errorf("streaming %d rows opened excelize: %v", rows, lazy.f != nil)
		}
		g1, err1 := lazy.Grid(0, "Sheet1")
		g2, err2 := eager.Grid(0, "Sheet1")
		if err1 != nil || err2 != nil || !reflect.DeepEqual(g1, g2) {
			t.Errorf("grids differ: %v %v", err1, err2)
		}
	}
}

// TestLargePartCheckedAsItIsRead: a large workbook's large part is not
// inflated at Open; one whose CRC does not match, or that inflates past
// what it declares, is an error when the fast path reads it, and excelize
// never reads it.
func TestLargePartCheckedAsItIsRead(t *testing.T) {
	defer func(o, p uint64) { lazyOver, lazyPart = o, p }(lazyOver, lazyPart)
	lazyOver, lazyPart = 0, 0
	good := handWorkbook(t, "", "http://schemas.openxmlformats.org/spreadsheetml/2006/main", handSheet)
	for _, damage := range []string{"crc", "size"} {
		zr, err := zip.NewReader(bytes.NewReader(good), int64(len(good)))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, f := range zr.File {
			rc, _ := f.Open()
			body, _ := io.ReadAll(rc)
			rc.Close()
			h := &zip.FileHeader{Name: f.Name, Method: zip.Store, CRC32: f.CRC32, CompressedSize64: uint64(len(body)), UncompressedSize64: uint64(len(body))}
			if f.Name == "xl/worksheets/sheet1.xml" {
				if damage == "crc" {
					h.CRC32 ^= 0xdeadbeef
				} else {
					h.UncompressedSize64 = 100 // declares less than it holds
				}
			}
			w, err := zw.CreateRaw(h)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(body)
		}
		zw.Close()
		wb, err := Open(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("%s: Open checked the large part: %v", damage, err)
		}
		if len(wb.unverified) == 0 {
			t.Fatalf("%s: nothing left to check as read", damage)
		}
		err = wb.StreamRows("Data", func(int, []string) (bool, error) { return true, nil })
		if err == nil {
			t.Errorf("%s: the damaged part read without an error", damage)
		}
		if _, err := wb.Grid(0, "Data"); err == nil {
			t.Errorf("%s: excelize read the damaged part", damage)
		}
		wb.Close()
	}
}
