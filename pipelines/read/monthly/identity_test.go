package monthly

import (
	"bytes"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/sheet"
)

func summarise(clues []Clue) string {
	var parts []string
	for _, c := range clues {
		parts = append(parts, c.Key+"="+c.Value)
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func TestFromPath(t *testing.T) {
	for path, want := range map[string]string{
		"2018/06/PUM.xlsx":                "bulan=6 tahun=2018 unit=PUM",
		"Laporan_PUM_Juni_2018.xlsx":      "bulan=6 tahun=2018 unit=LAPORAN unit=PUM",
		"bulanan/PKK 2018-06 revisi.xlsx": "bulan=6 tahun=2018 unit=BULANAN unit=PKK unit=REVISI",
		"P2K_Des_2018.xlsx":               "bulan=12 tahun=2018 unit=P2K",
		"SEK-KEU 2018 11.xlsx":            "bulan=11 tahun=2018 unit=KEU unit=SEK",
		"laporan 06 PK.xlsx":              "unit=LAPORAN unit=PK",
		"Renstra_2016-2021.xlsx":          "tahun=2016 tahun=2021 unit=RENSTRA",
	} {
		if got := summarise(FromPath(path)); got != want {
			t.Errorf("FromPath(%q) = %s, want %s", path, got, want)
		}
	}
}

func FuzzFromPath(f *testing.F) {
	for _, s := range []string{"2018/06/PUM.xlsx", "Laporan_PUM_Juni_2018.xlsx", "a", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range FromPath(s) {
			switch c.Key {
			case "bulan":
				if c.Value < "1" || len(c.Value) > 2 {
					t.Fatalf("FromPath(%q): bulan %q", s, c.Value)
				}
			case "tahun":
				if !yearRe.MatchString(c.Value) {
					t.Fatalf("FromPath(%q): tahun %q", s, c.Value)
				}
			case "unit":
				if c.Value == "" || strings.ToUpper(c.Value) != c.Value {
					t.Fatalf("FromPath(%q): unit %q", s, c.Value)
				}
			default:
				t.Fatalf("FromPath(%q): key %q", s, c.Key)
			}
		}
	})
}

func TestFromHeaderBlock(t *testing.T) {
	f := excelize.NewFile()
	for ref, v := range map[string]string{
		"A1": "LAPORAN REALISASI KINERJA DAN ANGGARAN BULANAN",
		"A2": "Unit: Bidang Pemberdayaan Usaha Mikro (PUM)",
		"A3": "Tahun", "B3": "2018",
		"A4": "Bulan :", "C4": "Juni",
		"A5": "Periode laporan: 06/2018",
		"A7": "Kode Rekening", "B7": "Bulan lalu",
	} {
		f.SetCellStr("Sheet1", ref, v)
	}
	var buf bytes.Buffer
	f.Write(&buf)
	wb, err := sheet.Open(&buf)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := wb.Grid(0, "Sheet1")
	clues := FromHeaderBlock(g, 6)
	if got, want := summarise(clues), "bulan=6 bulan=6 tahun=2018 tahun=2018 unit=Bidang Pemberdayaan Usaha Mikro unit=PUM"; got != want {
		t.Errorf("clues %s, want %s", got, want)
	}
	for _, c := range clues {
		if c.Key == "bulan" && c.Raw == "Juni" && c.Cell != "C4" {
			t.Errorf("the month was found in C4, clue says %s", c.Cell)
		}
		if c.Source != "kepala" || c.Sheet != "Sheet1" {
			t.Errorf("clue %+v", c)
		}
	}
}

// The month as Excel shows a typed "Jan-19" (a date cell formatted
// mmm-yy), as text in the forms people type, or as a whole date: each
// gives its month, and its year where it has one.
func TestFromHeaderBlockMonthForms(t *testing.T) {
	for _, c := range []struct {
		set  func(f *excelize.File)
		want string
	}{
		{func(f *excelize.File) { f.SetCellStr("Sheet1", "B4", "Jan-19") }, "bulan=1 tahun=2019"},
		{func(f *excelize.File) { f.SetCellStr("Sheet1", "B4", "Januari '19") }, "bulan=1 tahun=2019"},
		{func(f *excelize.File) { f.SetCellStr("Sheet1", "B4", "01/2019") }, "bulan=1 tahun=2019"},
		{func(f *excelize.File) { f.SetCellStr("Sheet1", "B4", "2019-01") }, "bulan=1 tahun=2019"},
		{func(f *excelize.File) { f.SetCellStr("Sheet1", "B4", "January") }, "bulan=1"},
		{func(f *excelize.File) { f.SetCellStr("Sheet1", "B4", "Agt") }, "bulan=8"},
		{func(f *excelize.File) {
			f.SetCellValue("Sheet1", "B4", 43466) // 1 January 2019
			style, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("mmm-yy")})
			f.SetCellStyle("Sheet1", "B4", "B4", style)
		}, "bulan=1 tahun=2019"},
	} {
		f := excelize.NewFile()
		f.SetCellStr("Sheet1", "A4", "Bulan:")
		c.set(f)
		var buf bytes.Buffer
		f.Write(&buf)
		wb, err := sheet.Open(&buf)
		if err != nil {
			t.Fatal(err)
		}
		g, _ := wb.Grid(0, "Sheet1")
		if got := summarise(FromHeaderBlock(g, 6)); got != c.want {
			raw, _ := f.GetCellValue("Sheet1", "B4")
			t.Errorf("B4 %q: clues %s, want %s", raw, got, c.want)
		}
	}
}

func ptr[T any](v T) *T { return &v }
