package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/sheet/sheettest"
)

// FuzzFindHeader: any grid of labels and numbers gives either no header or
// one inside the grid whose columns are real, ordered and labelled.
func FuzzFindHeader(f *testing.F) {
	f.Add("NO\tUraian\tAnggaran\t\nx\t\t2015\t2016\n1.1\tGaji\t1.000\t2.000", 1)
	f.Add("Tabel\n\nKode\tNama\nSEK\tSekretariat", 2)
	f.Add("\t\t\n1\t2\t3\nuraian\tanggaran", 0)
	f.Fuzz(func(t *testing.T, text string, merges int) {
		if len(text) > 2000 {
			return
		}
		g := &Grid{Sheet: "s", cells: map[[2]int]*Cell{}}
		for r, line := range strings.Split(text, "\n") {
			for c, v := range strings.Split(line, "\t") {
				if v == "" || r >= 40 || c >= 40 {
					continue
				}
				g.cells[[2]int{r + 1, c + 1}] = &Cell{Row: r + 1, Col: c + 1, Ref: Ref(c+1, r+1), Type: TypeText, Raw: v, Display: v}
				g.MaxRow, g.MaxCol = max(g.MaxRow, r+1), max(g.MaxCol, c+1)
			}
		}
		for i := 0; i < merges%4; i++ {
			g.Merges = append(g.Merges, Range{FirstRow: 1 + i, FirstCol: 1 + i, LastRow: 2 + i, LastCol: 2 + i})
		}
		h, ok := FindHeader(g, 30, []string{"uraian"})
		if !ok {
			return
		}
		if h.FirstRow < 1 || h.LastRow < h.FirstRow || h.DataStart() <= h.LastRow || h.LastRow > g.MaxRow+1 {
			t.Fatalf("header rows %+v outside the grid of %d rows", h, g.MaxRow)
		}
		prev := 0
		for _, c := range h.Columns {
			if c.Col <= prev || c.Col > g.MaxCol || len(c.Path) == 0 {
				t.Fatalf("bad column %+v", c)
			}
			for _, p := range c.Path {
				if p == "" {
					t.Fatalf("empty label in %+v", c)
				}
			}
			prev = c.Col
		}
	})
}

// TestOpenRefusesAZipBomb: a workbook whose parts claim to unpack to more
// than MaxUnzipped is refused before anything is inflated.
func TestOpenRefusesAZipBomb(t *testing.T) {
	var good bytes.Buffer
	excelize.NewFile().Write(&good)
	bomb := sheettest.ClaimingBomb(20 << 30) // claims 20 GiB
	_, err := Open(bytes.NewReader(bomb))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("a zip bomb: %v, want ErrTooLarge", err)
	}
	if _, err := Open(bytes.NewReader(good.Bytes())); err != nil {
		t.Fatalf("the same workbook without the lie: %v", err)
	}
}

// TestOpenStopsAnInflatingBomb: a workbook whose sheet claims a few
// kilobytes but inflates to 256 MiB is refused at the first bytes past its
// claim, without inflating the rest or holding it in memory. (excelize alone
// would open it with the sheet cut at its claim, and read it as shorter.)
func TestOpenStopsAnInflatingBomb(t *testing.T) {
	bomb := sheettest.InflatingBomb(256 << 20)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := Open(bytes.NewReader(bomb))
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("a sheet that inflates past its declared size: %v, want ErrTooLarge", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 32<<20 {
		t.Errorf("opening the bomb allocated %d MiB; it should stop at its claim", alloc>>20)
	}
}

// TestOpenReadsAnHonestWorkbookPastTheLimit: past the unpacked limit a
// workbook that holds what it unpacks to (a sheet of real, varied rows) is
// read whole, while one that claims as much from a few kilobytes, or more
// than the larger limit, is refused before anything is inflated. The
// limits are scaled down a thousandfold here.
func TestOpenReadsAnHonestWorkbookPastTheLimit(t *testing.T) {
	defer func(a, b uint64) { unzipLimit, unzipLimitLarge = a, b }(unzipLimit, unzipLimitLarge)
	unzipLimit, unzipLimitLarge = 1<<20, 4<<20

	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	const rows = 15_000
	x := uint64(88172645463325252)
	for r := 1; r <= rows; r++ {
		row := make([]any, 3)
		for i := range row {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			row[i] = fmt.Sprintf("%d-%x", r, x%1_000_003)
		}
		cell, _ := excelize.CoordinatesToCellName(1, r)
		if err := sw.SetRow(cell, row); err != nil {
			t.Fatal(err)
		}
	}
	sw.Flush()
	var honest bytes.Buffer
	if err := f.Write(&honest); err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(honest.Bytes()), int64(honest.Len()))
	unpacked := uint64(0)
	for _, p := range zr.File {
		unpacked += p.UncompressedSize64
	}
	if unpacked <= unzipLimit || unpacked > unzipLimitLarge || unpacked/MaxUnpackRatio > uint64(honest.Len()) {
		t.Fatalf("the honest workbook unpacks to %d bytes from %d: not the case under test", unpacked, honest.Len())
	}
	w, err := Open(bytes.NewReader(honest.Bytes()))
	if err != nil {
		t.Fatalf("a workbook of %d bytes unpacking to %d: %v", honest.Len(), unpacked, err)
	}
	n := 0
	err = w.StreamRows("Sheet1", func(r int, cells []string) (bool, error) {
		n++
		return true, nil
	})
	w.Close()
	if err != nil || n != rows {
		t.Fatalf("%d rows read (%v), want %d", n, err, rows)
	}

	for _, claim := range []uint64{2 << 20, 64 << 20, 1 << 63} {
		if _, err := Open(bytes.NewReader(sheettest.ClaimingBomb(claim))); !errors.Is(err, ErrTooLarge) {
			t.Errorf("a few kilobytes claiming %d bytes: %v, want ErrTooLarge", claim, err)
		}
	}
}
