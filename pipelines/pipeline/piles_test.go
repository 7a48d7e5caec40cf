package pipeline

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A pile of files — 3 000 tiny workbooks, a folder of per-kegiatan notes
// or a copied archive — is read like any other input: the run completes,
// each is listed and said to hold no form, and the official documents are
// the same as without them. (The cost was per file: 3 000 of them in one
// insert ran DuckDB out of memory.)
func TestThreeThousandTinyWorkbooks(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 3 000 workbooks")
	}
	// the bundled inputs whole: the Renstra, the history, the 2018 reports
	whole := func() string { dst := t.TempDir(); copyTree(t, bundledInputs(t), dst, false); return dst }
	plain, _ := runOnce(t, whole())
	pile := whole()
	f := excelize.NewFile()
	for i := 1; i <= 5; i++ {
		f.SetCellStr("Sheet1", fmt.Sprintf("A%d", i), fmt.Sprintf("catatan kegiatan %d", i))
		f.SetCellInt("Sheet1", fmt.Sprintf("B%d", i), int64(i))
	}
	for i := range 3000 {
		f.SetCellInt("Sheet1", "C1", int64(i)) // no two alike
		dir := filepath.Join(pile, "arsip", fmt.Sprintf("%02d", i%30))
		os.MkdirAll(dir, 0o755)
		if err := f.SaveAs(filepath.Join(dir, fmt.Sprintf("kegiatan-%04d.xlsx", i))); err != nil {
			t.Fatal(err)
		}
	}
	out, sum := runOnce(t, pile)
	if n := query(t, out, `SELECT count(*) FROM raw.files WHERE path LIKE 'arsip/%' AND status = 'dibaca'`); n[0][0] != "3000" {
		t.Errorf("%s of the 3 000 workbooks read", n[0][0])
	}
	if n := query(t, out, `SELECT count(DISTINCT file) FROM mart.review WHERE rule = 'baca.berkas' AND file LIKE 'arsip/%'`); n[0][0] != "3000" {
		t.Errorf("%s of the 3 000 said to hold no form", n[0][0])
	}
	for _, name := range sum.Workbooks {
		if filepath.Base(name) == "Review-Kinerja.xlsx" {
			continue // it lists the 3 000
		}
		a, err := os.ReadFile(filepath.Join(plain, name))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(out, name))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs with the pile beside the inputs", name)
		}
	}
}
