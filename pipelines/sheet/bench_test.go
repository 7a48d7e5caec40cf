package sheet

import (
	"os"
	"path/filepath"
	"testing"

	"kinerja/pipelines/idtext"
)

var benchTexts = []string{"2.596.602.000", "77,2%", "103,57 %", "(1.234)", "N/A", "1,234.5", "11.142", "88,3", "0,5%", "Rp 2.596.602.000,-"}

func BenchmarkParseNumber(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		idtext.ParseNumber(benchTexts[i%len(benchTexts)])
	}
}

func BenchmarkParseQuantity(b *testing.B) {
	texts := []string{"12 bulan", "1.500 Org", "6.412 UMKM", "100%", "78,5%", "3 provinsi"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		idtext.ParseQuantity(texts[i%len(texts)])
	}
}

// BenchmarkReadRenstraWorkbook: open the bundled Renstra workbook and read
// every sheet into a Grid (values as stored and displayed, types, formats,
// merges) — the reading cost of the largest bundled input.
func BenchmarkReadRenstraWorkbook(b *testing.B) {
	path := filepath.Join("..", "..", "inputs", "renstra", "Renstra_2016-2021.xlsx")
	b.ReportAllocs()
	cells := 0
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		wb, err := Open(f)
		if err != nil {
			b.Fatal(err)
		}
		cells = 0
		for i, name := range wb.SheetNames() {
			g, err := wb.Grid(i, name)
			if err != nil {
				b.Fatal(err)
			}
			cells += g.Len()
		}
		wb.Close()
		f.Close()
	}
	b.ReportMetric(float64(cells), "cells/op")
}
