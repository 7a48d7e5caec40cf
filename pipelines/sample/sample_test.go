package sample_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/report/reporttest"
	"kinerja/pipelines/sample"
	"kinerja/pipelines/write/templates"
)

func plan(t *testing.T) *templates.Plan {
	t.Helper()
	db := reporttest.Mart(t, reporttest.Plan...)
	p, err := templates.LoadPlan(context.Background(), db, 2019)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// The same seed writes the same bytes; another seed other figures. One
// report per unit and month, and Keuangan's, named as an office names
// them, in a folder per month.
func TestGenerateIsDeterministic(t *testing.T) {
	p := plan(t)
	gen := func(seed uint64) (string, []string) {
		dir := t.TempDir()
		names, err := sample.GenerateWith(p, dir, sample.Options{Seed: seed, Months: []int{1, 2}, Clean: true})
		if err != nil {
			t.Fatal(err)
		}
		return dir, names
	}
	a, names := gen(7)
	b, again := gen(7)
	c, _ := gen(8)
	want := "01/Laporan_SEK_Januari_2019.xlsx,02/Laporan_SEK_Februari_2019.xlsx,01/Laporan_PKK_Januari_2019.xlsx,02/Laporan_PKK_Februari_2019.xlsx,01/Laporan_KEU_Januari_2019.xlsx,02/Laporan_KEU_Februari_2019.xlsx"
	if got := strings.Join(names, ","); got != want || strings.Join(again, ",") != want {
		t.Fatalf("files\n%s\nwant\n%s", got, want)
	}
	differs := false
	for _, n := range names {
		x, _ := os.ReadFile(filepath.Join(a, n))
		y, _ := os.ReadFile(filepath.Join(b, n))
		z, _ := os.ReadFile(filepath.Join(c, n))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s: not the same bytes for the same seed", n)
		}
		differs = differs || !bytes.Equal(x, z)
	}
	if !differs {
		t.Error("another seed wrote the same files")
	}
}

// Realisasi is cumulative: each kegiatan's kinerja and anggaran in
// February are at least January's, and within the target and the pagu;
// the month is in the header for the reader to find.
func TestGeneratedReportsAreCumulative(t *testing.T) {
	p := plan(t)
	dir := t.TempDir()
	if _, err := sample.GenerateWith(p, dir, sample.Options{Seed: 1, Months: []int{1, 2}, Clean: true}); err != nil {
		t.Fatal(err)
	}
	read := func(name, ref string) float64 {
		f, err := excelize.OpenFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		raw, _ := f.GetCellValue(templates.SheetRealisasi, ref, excelize.Options{RawCellValue: true})
		v, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			t.Fatalf("%s!%s = %q: %v", name, ref, raw, err)
		}
		return v
	}
	jan, feb := "01/Laporan_SEK_Januari_2019.xlsx", "02/Laporan_SEK_Februari_2019.xlsx"
	for _, ref := range []string{"G8", "H8"} {
		if j, f := read(jan, ref), read(feb, ref); f < j || j < 0 {
			t.Errorf("SEK %s: January %v, February %v", ref, j, f)
		}
	}
	if k := read(feb, "G8"); k > 12*1.05 {
		t.Errorf("kinerja %v by February against a target of 12", k)
	}
	if a := read(feb, "H8"); a > 55125000 {
		t.Errorf("anggaran %v by February over the pagu", a)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, feb))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if m, _ := f.GetCellValue(templates.SheetRealisasi, "B4"); m != "Februari" {
		t.Errorf("month cell %q", m)
	}
}
