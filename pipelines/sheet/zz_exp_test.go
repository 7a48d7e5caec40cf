package sheet

import (
	"archive/zip"
	"bytes"
	"os"
	"testing"
	"time"
)

func TestZZReader(t *testing.T) {
	path := os.Getenv("ZZFILE")
	if path == "" {
		t.Skip()
	}
	for k := 0; k < 2; k++ {
		start := time.Now()
		f, _ := os.Open(path)
		wb, err := Open(f)
		if err != nil {
			t.Fatal(err)
		}
		n, cells := 0, 0
		if err := wb.StreamRowsTransient(wb.SheetNames()[0], func(r int, c []string) (bool, error) { n++; cells += len(c); return true, nil }); err != nil {
			t.Fatal(err)
		}
		wb.Close()
		f.Close()
		t.Logf("%d rows %d cells in %v", n, cells, time.Since(start))
	}
}

func TestZZFloor(t *testing.T) {
	path := os.Getenv("ZZFILE")
	if path == "" {
		t.Skip()
	}
	for k := 0; k < 2; k++ {
		start := time.Now()
		z, _ := zip.OpenReader(path)
		r, _ := z.File[0].Open()
		buf := make([]byte, 1<<20)
		n := 0
		for {
			k, err := r.Read(buf)
			n += bytes.Count(buf[:k], []byte("<row"))
			if err != nil {
				break
			}
		}
		z.Close()
		t.Logf("floor %d rows in %v", n, time.Since(start))
	}
}
