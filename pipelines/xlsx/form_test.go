package xlsx

import (
	"archive/zip"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// saved saves the book in a temporary folder and opens it.
func saved(t *testing.T, b *Book) *excelize.File {
	t.Helper()
	return openSaved(t, savedPath(t, b))
}

// savedPath saves the book in a temporary folder and returns its path.
func savedPath(t *testing.T, b *Book) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.xlsx")
	if err := b.Save(filepath.Dir(path), filepath.Base(path)); err != nil {
		t.Fatal(err)
	}
	return path
}

// openSaved opens a saved workbook, closed when the test ends.
func openSaved(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// A form's header: labels shared by neighbours merge, a label with nothing
// under it merges down, "" extends the cell above, K/Rp pairs share one
// column number.
func TestHeaderMergesAndNumbers(t *testing.T) {
	b, err := New("t", "s")
	if err != nil {
		t.Fatal(err)
	}
	sh, _ := b.Sheet("F")
	cols := []Column{
		{Head: []string{"No"}, No: "1", Width: 5},
		{Head: []string{"Target", "", "K"}, No: "2", Width: 8}, {Head: []string{"Target", "", "Rp"}, No: "2", Width: 12},
		{Head: []string{"Triwulan", "I", "K"}, No: "3", Width: 8}, {Head: []string{"Triwulan", "I", "Rp"}, No: "3", Width: 12},
		{Head: []string{"Triwulan", "II", "K"}, No: "4 = 2 + 3", Width: 8}, {Head: []string{"Triwulan", "II", "Rp"}, No: "4 = 2 + 3", Width: 12},
	}
	if next := b.Header(sh, 3, cols); next != 7 {
		t.Fatalf("first row under the header %d, want 7", next)
	}
	f := saved(t, b)
	merges, _ := f.GetMergeCells(sh)
	var got []string
	for _, m := range merges {
		got = append(got, m.GetStartAxis()+":"+m.GetEndAxis()+"="+m.GetCellValue())
	}
	want := []string{"A3:A5=No", "B3:C4=Target", "D3:G3=Triwulan", "D4:E4=I", "F4:G4=II", "B6:C6=2", "D6:E6=3", "F6:G6=4 = 2 + 3"}
	for _, w := range want {
		if !strings.Contains(strings.Join(got, " "), w) {
			t.Errorf("no merge %s in %v", w, got)
		}
	}
	if v, _ := f.GetCellValue(sh, "C5"); v != "Rp" {
		t.Errorf("C5 = %q, want Rp", v)
	}
	if w, _ := f.GetColWidth(sh, "C"); w != 12 {
		t.Errorf("column C %v wide", w)
	}
}

// A signature block: heading lines, office, room to sign, name, pangkat,
// NIP; a name not set is a dotted line; a mayor has no NIP line.
func TestSignatures(t *testing.T) {
	b, _ := New("t", "s")
	sh, _ := b.Sheet("S")
	b.Widths(sh, 10, 10, 10, 10)
	end := b.Signatures(sh, 2, [][2]int{{1, 2}, {3, 4}}, []Signer{
		{Heading: "Pihak Kedua,", Jabatan: "WALIKOTA SEMARANG", NoNIP: true},
		{Heading: "Semarang, 2 Januari 2019\nPihak Pertama,", Jabatan: "KEPALA DINAS", Nama: "Dra. A", Pangkat: "Pembina", NIP: "1961 2 008"},
	})
	f := saved(t, b)
	col := func(c string) []string {
		var out []string
		for r := 2; r < end; r++ {
			v, _ := f.GetCellValue(sh, c+itoa(r))
			out = append(out, v)
		}
		return out
	}
	left, right := strings.TrimRight(strings.Join(col("A"), "|"), "|"), strings.Join(col("C"), "|")
	if left != "Pihak Kedua,|WALIKOTA SEMARANG||||(................................................)" {
		t.Errorf("left block %q", left)
	}
	if right != "Semarang, 2 Januari 2019|Pihak Pertama,|KEPALA DINAS||||Dra. A|Pembina|NIP. 1961 2 008" {
		t.Errorf("right block %q", right)
	}
	if l := b.layout[sh].keep; len(l) != 1 || l[0] != [2]int{2, end - 1} {
		t.Errorf("kept together %v, want rows 2–%d", l, end-1)
	}
}

func itoa(i int) string { return strings.TrimPrefix(Ref(1, i), "A") }

// The scale fits the columns to the page, never above 100 % nor under the
// smallest that prints every font at 7,2 pt.
func TestScale(t *testing.T) {
	for _, c := range []struct {
		width, page float64
		want        int
	}{{500, 784, 100}, {784, 784, 97}, {1000, 784, 76}, {5000, 784, MinScale}, {0, 784, 100}} {
		if got := Scale(c.width, c.page); got != c.want {
			t.Errorf("Scale(%v, %v) = %d, want %d", c.width, c.page, got, c.want)
		}
	}
	if float64(MinScale)*smallestFont/100 < MinFontPoints {
		t.Errorf("MinScale %d prints %v pt text at %v pt", MinScale, smallestFont, float64(MinScale)*smallestFont/100)
	}
}

// Each sheet's <dimension> states its real extent; a bad number is the
// book's first error, returned by Save.
func TestDimensionAndFirstError(t *testing.T) {
	b, _ := New("t", "s")
	sh, _ := b.Sheet("D")
	b.Str(sh, 3, 7, "x", Text)
	b.Num(sh, 5, 2, "12.5", Dec2)
	dir := t.TempDir()
	if err := b.Save(dir, "d.xlsx"); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(filepath.Join(dir, "d.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet1.xml" {
			continue
		}
		rc, _ := f.Open()
		x, _ := io.ReadAll(rc)
		rc.Close()
		if m := regexp.MustCompile(`<dimension ref="([^"]+)"`).FindSubmatch(x); m == nil || string(m[1]) != "A1:E7" {
			t.Errorf("dimension %q, want A1:E7", m)
		}
	}
	b2, _ := New("t", "s")
	sh2, _ := b2.Sheet("E")
	b2.Num(sh2, 1, 1, "dua", Int)
	b2.Str(sh2, 1, 2, "ok", Text)
	if err := b2.Save(t.TempDir(), "e.xlsx"); err == nil || !strings.Contains(err.Error(), `"dua" is not a number`) {
		t.Errorf("Save after a bad number: %v", err)
	}
}

func TestWrappedLines(t *testing.T) {
	for _, c := range []struct {
		text     string
		capacity float64
		want     int
	}{
		{"", 10, 1}, {"satu dua", 10, 1}, {"satu dua tiga", 10, 2}, {"abcdefghijklmnopqrstuvwxy", 10, 3},
		{"baris satu\nbaris dua", 20, 2}, {"Realisasi anggaran melebihi pagu", 12, 4}, {"Realisasi anggaran melebihi pagu", 13, 3},
	} {
		if got := wrappedLines(c.text, c.capacity); got != c.want {
			t.Errorf("wrappedLines(%q, %v) = %d, want %d", c.text, c.capacity, got, c.want)
		}
	}
}
