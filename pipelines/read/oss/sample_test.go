package oss

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"kinerja/pipelines/read/ijus"
)

// TestSampleIsWhatItSays: the same options write the same bytes; the file
// holds the rows said, a header the reader takes for OSS, every NIB a
// business of one to three projects, and the overlaps given.
func TestSampleIsWhatItSays(t *testing.T) {
	dir := t.TempDir()
	owners := ijus.Owners(ijus.Options{Rows: 500, Seed: 3})
	o := Options{Rows: 2000, Seed: 4, Format: "csv", Encoding: "utf8", Delimiter: ',', NIK: true, Overlap: owners, Overlaps: 25}
	a, b := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	p, err := Generate(a, o)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(b, o); err != nil {
		t.Fatal(err)
	}
	ba, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if !bytes.Equal(ba, bb) {
		t.Fatal("the same options wrote different bytes")
	}
	var rd ijus.Reader
	rd.Forms = Forms
	nib := map[string]int{}
	rows := 0
	f, _ := os.Open(a)
	defer f.Close()
	if _, err := ijus.CSV(f, func(row int, cells []string) error {
		rec, ok, err := rd.Row(row, cells)
		if ok {
			rows++
			nib[rec.Field(FieldNIB)]++
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if rd.Form.Name != "oss" || rows != p.Rows || len(nib) < p.Businesses-p.Defects[WajibKosong] {
		t.Errorf("form %q, %d rows (planted %d), %d NIB (%d businesses)", rd.Form.Name, rows, p.Rows, len(nib), p.Businesses)
	}
	for n, k := range nib {
		if len(n) == 13 && (k < 1 || k > 3) { // mangled NIB (9,12E+12) may fall together
			t.Errorf("NIB %s has %d projects", n, k)
		}
	}
	total := 0
	for _, n := range p.Overlaps {
		total += n
	}
	if total != 25 || p.Counted < p.Businesses*9/10 {
		t.Errorf("overlaps %v, counted %d of %d", p.Overlaps, p.Counted, p.Businesses)
	}
}
