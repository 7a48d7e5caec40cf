package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// sameGrids opens b and requires Grid (values as stored from the fast
// path, the rest from excelize's one parse of the sheet) to give exactly
// what gridExcelize (excelize alone) gives, on every sheet; it returns the
// number of cells compared.
func sameGrids(t *testing.T, what string, b []byte) int {
	t.Helper()
	fast, err := Open(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	defer fast.Close()
	slow, err := Open(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	defer slow.Close()
	n := 0
	for i, name := range fast.SheetNames() {
		g1, err1 := fast.Grid(i, name)
		g2, err2 := slow.gridExcelize(i, name)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("%s, sheet %q: Grid %v, excelize %v", what, name, err1, err2)
		}
		if err1 != nil {
			continue
		}
		if !reflect.DeepEqual(g1, g2) {
			for k, c := range g2.cells {
				if !reflect.DeepEqual(g1.cells[k], c) {
					t.Fatalf("%s, sheet %q, %s: Grid %+v, excelize %+v", what, name, c.Ref, g1.cells[k], c)
				}
			}
			t.Fatalf("%s, sheet %q: grids differ (%d and %d cells, merges %v and %v)", what, name, len(g1.cells), len(g2.cells), g1.Merges, g2.Merges)
		}
		n += len(g2.cells)
	}
	return n
}

func TestGridEqualsExcelize(t *testing.T) {
	cases := differentialWorkbooks(t)
	cases["merged over values"] = mergedOverValues(t)
	// every bundled input: the Renstra, the history, the settings and a
	// year of the units' monthly reports
	root := filepath.Join("..", "..", "inputs")
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".xlsx") {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			cases[path] = b
		}
		return nil
	})
	if len(cases) < 70 {
		t.Fatalf("only %d workbooks: the bundled inputs are missing", len(cases))
	}
	total := 0
	for what, b := range cases {
		total += sameGrids(t, what, b)
	}
	if total < 200_000 {
		t.Errorf("only %d cells compared", total)
	}
	t.Logf("%d workbooks, %d cells: the same grids", len(cases), total)
}

// mergedOverValues is a sheet where a merged range covers a cell that
// still holds a value (LibreOffice can keep one; excelize's own MergeCell
// and SetCellValue never write one, so the sheet's XML is edited), which
// Grid reads the old way.
func mergedOverValues(t *testing.T) []byte {
	x := excelize.NewFile()
	defer x.Close()
	x.SetCellValue("Sheet1", "A1", "judul")
	x.SetCellValue("Sheet1", "D1", "tersembunyi")
	x.SetCellValue("Sheet1", "A2", 12.5)
	x.MergeCell("Sheet1", "A1", "C1")
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	b := rewritePart(t, buf.Bytes(), "xl/worksheets/sheet1.xml", `r="D1"`, `r="B1"`)
	wb, err := Open(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	g, err := wb.Grid(0, "Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if c := g.At(1, 2); c == nil || c.Raw != "tersembunyi" || c.Display != "tersembunyi" {
		t.Errorf("the value under the merge: %+v", c)
	}
	return b
}

// rewritePart is the workbook b with one replacement made in one part.
func rewritePart(t *testing.T, b []byte, part, old, new string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	found := false
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == part {
			found = strings.Contains(string(data), old)
			data = []byte(strings.Replace(string(data), old, new, 1))
		}
		w, _ := zw.Create(f.Name)
		w.Write(data)
	}
	zw.Close()
	if !found {
		t.Fatalf("%s holds no %s", part, old)
	}
	return out.Bytes()
}

func TestGridOnLibreOfficeFiles(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed: workbooks it saves are not in the corpus")
	}
	dir := t.TempDir()
	var srcs []string
	for name, b := range map[string][]byte{"asal.xlsx": excelizeWorkbook(t, false), "gabung.xlsx": mergedOverValues(t)} {
		src := filepath.Join(dir, name)
		os.WriteFile(src, b, 0o644)
		srcs = append(srcs, src)
	}
	if renstra, err := os.ReadFile(filepath.Join("..", "..", "inputs", "renstra", "Renstra_2016-2021.xlsx")); err == nil {
		src := filepath.Join(dir, "renstra.xlsx")
		os.WriteFile(src, renstra, 0o644)
		srcs = append(srcs, src)
	}
	out := filepath.Join(dir, "lo")
	args := append([]string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profil"), "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out}, srcs...)
	if b, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	n := 0
	for _, src := range srcs {
		b, err := os.ReadFile(filepath.Join(out, filepath.Base(src)))
		if err != nil {
			t.Fatal(err)
		}
		n += sameGrids(t, "LibreOffice "+filepath.Base(src), b)
	}
	if n < 1000 {
		t.Errorf("only %d cells compared", n)
	}
}

// A pivot's words mark a summary; a remark that starts like a value header
// does not.
func TestSummaryMarks(t *testing.T) {
	for text, want := range map[string]bool{
		"Grand Total": true, "Label Baris": true, "Row Labels": true, "Sum of Realisasi": true,
		"Jumlah dari Realisasi Anggaran": true, "JUMLAH": false, "Total": false, "Total Keseluruhan": false,
		"Jumlah dari kegiatan yang selesai tahun ini belum termasuk kegiatan lanjutan": false,
	} {
		g := &Grid{Sheet: "s", cells: map[[2]int]*Cell{{1, 1}: {Row: 1, Col: 1, Ref: "A1", Type: TypeText, Raw: text, Display: text}}, MaxRow: 1, MaxCol: 1}
		if _, _, got := Summary(g); got != want {
			t.Errorf("Summary with %q: %v, want %v", text, got, want)
		}
	}
}
