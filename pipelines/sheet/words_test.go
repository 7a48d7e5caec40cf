package sheet

import (
	"bytes"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/sheet/sheettest"
)

func TestParseDate(t *testing.T) {
	want := time.Date(2018, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"30/06/2018", "30-6-2018", "30.06.2018", "30 Juni 2018", "30 juni 2018", "30 JUN 2018", "30-Jun-2018", "2018-06-30", " 30 / 06 / 2018 ", "30 June 2018"} {
		got, err := ParseDate(s)
		if err != nil || !got.Equal(want) {
			t.Errorf("ParseDate(%q) = %v, %v; want 30 Juni 2018", s, got, err)
		}
	}
	for _, s := range []string{"31/06/2018", "30/13/2018", "06/30/2018", "30-Jun-18", "30 Juno 2018", "29/02/2019", "", "2018", "30/06", "kemarin", "0/06/2018", "30/06/20180"} {
		if got, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) = %v; want an error (no guessing)", s, got)
		}
	}
	if got, err := ParseDate("29 Februari 2020"); err != nil || got.Day() != 29 {
		t.Errorf("a leap day: %v %v", got, err)
	}
}

func TestDateFromSerial(t *testing.T) {
	for serial, want := range map[float64]string{
		43281: "2018-06-30", 1: "1900-01-01", 59: "1900-02-28", 61: "1900-03-01", 43281.75: "2018-06-30",
	} {
		got, err := DateFromSerial(serial, false)
		if err != nil || got.Format("2006-01-02") != want {
			t.Errorf("serial %v = %v, %v; want %s", serial, got, err, want)
		}
	}
	if got, _ := DateFromSerial(41819, true); got.Format("2006-01-02") != "2018-06-30" {
		t.Errorf("1904 system: %v", got)
	}
	if _, err := DateFromSerial(0, false); err == nil {
		t.Error("serial 0 accepted")
	}
}

func TestParseMonth(t *testing.T) {
	for s, want := range map[string]int{"Juni": 6, "jun": 6, "JUNI": 6, "6": 6, "06": 6, "Agustus": 8, "Agt": 8, "Des.": 12, "Nopember": 11, "Pebruari": 2} {
		if got, err := ParseMonth(s); err != nil || got != want {
			t.Errorf("ParseMonth(%q) = %d, %v; want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"", "13", "0", "Juno", "bulan"} {
		if _, err := ParseMonth(s); err == nil {
			t.Errorf("ParseMonth(%q) accepted", s)
		}
	}
}

func TestParseYesNoAndGender(t *testing.T) {
	for s, want := range map[string]bool{"Ya": true, "Y": true, "✓": true, "1": true, "Baik": true, "Aktif": true, "Tidak": false, "T": false, "tdk": false, "0": false, "Tidak Baik": false, "Non-aktif": false, "Belum": false} {
		got, ok, err := ParseYesNo(s)
		if err != nil || !ok || got != want {
			t.Errorf("ParseYesNo(%q) = %v %v %v; want %v", s, got, ok, err, want)
		}
	}
	for _, s := range []string{"", "-"} {
		if _, ok, err := ParseYesNo(s); ok || err != nil {
			t.Errorf("ParseYesNo(%q): blank must be no answer", s)
		}
	}
	for _, s := range []string{"x", "mungkin", "2"} {
		if _, _, err := ParseYesNo(s); err == nil {
			t.Errorf("ParseYesNo(%q) accepted: a cross or a number is not an answer to guess", s)
		}
	}
	for s, want := range map[string]string{"L": "L", "Laki-laki": "L", "laki laki": "L", "Pria": "L", "P": "P", "Perempuan": "P", "Wanita": "P", "W": "P"} {
		if got, ok, err := ParseGender(s); err != nil || !ok || got != want {
			t.Errorf("ParseGender(%q) = %q %v %v; want %s", s, got, ok, err, want)
		}
	}
	if _, _, err := ParseGender("X"); err == nil {
		t.Error("ParseGender(X) accepted")
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"30/06/2018", "30 Juni 2018", "2018-06-30", "31/06/2018", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if pe, ok := err.(*ParseError); !ok || pe.Reason == "" {
				t.Fatalf("ParseDate(%q): unhelpful error %v", s, err)
			}
			return
		}
		// A date read prints back and reads the same.
		back, err := ParseDate(d.Format("02/01/2006"))
		if err != nil || !back.Equal(d) {
			t.Fatalf("ParseDate(%q) = %v; reading %s back gives %v, %v", s, d, d.Format("02/01/2006"), back, err)
		}
		if d.Year() < 1900 || d.Year() > 2100 {
			t.Fatalf("ParseDate(%q) = %v: year out of range", s, d)
		}
	})
}

func FuzzParseYesNoGenderMonth(f *testing.F) {
	for _, s := range []string{"Ya", "Tidak", "L", "Perempuan", "Juni", "6", "-", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok, err := ParseYesNo(s); err != nil && (ok || v) {
			t.Fatalf("ParseYesNo(%q): a value with an error", s)
		}
		if g, ok, err := ParseGender(s); err == nil && ok && g != "L" && g != "P" {
			t.Fatalf("ParseGender(%q) = %q", s, g)
		}
		if m, err := ParseMonth(s); err == nil && (m < 1 || m > 12) {
			t.Fatalf("ParseMonth(%q) = %d", s, m)
		}
	})
}

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
