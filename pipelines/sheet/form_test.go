package sheet

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/idtext"
)

// build writes rows (tab-separated, starting at row 1) into a fresh workbook,
// merges the given ranges, and reads the sheet back through Open/Grid: the
// same path an input file takes.
func build(t *testing.T, rows []string, merges [][2]string, numeric map[string]float64) *Grid {
	t.Helper()
	f := excelize.NewFile()
	for r, line := range rows {
		for c, v := range strings.Split(line, "\t") {
			if v == "" {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if err := f.SetCellStr("Sheet1", ref, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	for ref, v := range numeric {
		if err := f.SetCellFloat("Sheet1", ref, v, -1, 64); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range merges {
		if err := f.MergeCell("Sheet1", m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	wb, err := Open(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	g, err := wb.Grid(0, "Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func paths(h *Header) map[int]string {
	out := map[int]string{}
	for _, c := range h.Columns {
		out[c.Col] = strings.Join(c.Path, " / ")
	}
	return out
}

func TestFindHeaderMergedTwoRows(t *testing.T) {
	rows := []string{
		"TABEL 2.4 ANGGARAN DAN REALISASI",
		"",
		"NO\tUraian\tAnggaran pada Tahun\t\tRealisasi Anggaran Tahun\t\tRasio (%)\t\tRata-Rata Pertumbuhan (%)",
		"\t\t2015\t2016\t2015\t2016\t2015\t2016\tAnggaran\tRealisasi",
		"I\tBELANJA TIDAK LANGSUNG",
		"1.1\tGaji dan Tunjangan\t3.507.068.354",
	}
	g := build(t, rows, [][2]string{{"A3", "A4"}, {"B3", "B4"}, {"C3", "D3"}, {"E3", "F3"}, {"G3", "H3"}, {"I3", "J3"}}, map[string]float64{"D6": 3573364891})
	h, ok := FindHeader(g, 20, []string{"uraian"}, []string{"anggaran"})
	if !ok {
		t.Fatal("header not found")
	}
	if h.FirstRow != 3 || h.LastRow != 4 || h.DataStart() != 5 {
		t.Fatalf("header rows %d–%d, data from %d; want 3–4, 5", h.FirstRow, h.LastRow, h.DataStart())
	}
	want := map[int]string{
		1: "NO", 2: "Uraian",
		3: "Anggaran pada Tahun / 2015", 4: "Anggaran pada Tahun / 2016",
		5: "Realisasi Anggaran Tahun / 2015", 6: "Realisasi Anggaran Tahun / 2016",
		7: "Rasio (%) / 2015", 8: "Rasio (%) / 2016",
		9: "Rata-Rata Pertumbuhan (%) / Anggaran", 10: "Rata-Rata Pertumbuhan (%) / Realisasi",
	}
	if got := paths(h); !reflect.DeepEqual(got, want) {
		t.Errorf("paths:\n got %v\nwant %v", got, want)
	}
	if c, _ := h.Find("rasio"); c.Year() != 2015 {
		t.Errorf("rasio column year = %d", c.Year())
	}
	// A numeric cell next to a text cell in the same column reads the same.
	n1, err1 := g.At(6, 3).Number(idtext.ParseRupiah)
	n2, err2 := g.At(6, 4).Number(idtext.ParseRupiah)
	if err1 != nil || err2 != nil || n1.Value.String() != "3507068354" || n2.Value.String() != "3573364891" {
		t.Errorf("numbers: %v %v / %v %v", n1.Value, err1, n2.Value, err2)
	}
}

func TestFindHeaderUnmergedWithNumberingRow(t *testing.T) {
	rows := []string{
		"Tabel 6.1",
		"Kode Rekening\tProgram dan Kegiatan\tData Capaian (2016)\t\tTarget Kinerja\t\t\t\tKondisi akhir\t",
		"\t\tTarget\t(Rp)\t2017\t\t2018\t\tTarget\t(Rp)",
		"\t\t\t\tTarget\t(Rp)\tTarget\t(Rp)",
		"1\t2\t3\t4\t5\t6\t7\t8\t9\t10",
		"1.2.11.01.01\tPROGRAM X\t100%\t254.630.384",
	}
	g := build(t, rows, nil, nil)
	h, ok := FindHeader(g, 10, []string{"kode", "rekening"}, []string{"program"})
	if !ok {
		t.Fatal("header not found")
	}
	if h.FirstRow != 2 || h.LastRow != 4 || h.NumberingRow != 5 || h.DataStart() != 6 {
		t.Fatalf("header %+v", h)
	}
	want := map[int]string{
		1: "Kode Rekening", 2: "Program dan Kegiatan",
		3: "Data Capaian (2016) / Target", 4: "Data Capaian (2016) / (Rp)",
		5: "Target Kinerja / 2017 / Target", 6: "Target Kinerja / 2017 / (Rp)",
		7: "Target Kinerja / 2018 / Target", 8: "Target Kinerja / 2018 / (Rp)",
		9: "Kondisi akhir / Target", 10: "Kondisi akhir / (Rp)",
	}
	if got := paths(h); !reflect.DeepEqual(got, want) {
		t.Errorf("paths:\n got %v\nwant %v", got, want)
	}
}

func TestFindHeaderOneRowThenTextData(t *testing.T) {
	g := build(t, []string{"Kode\tNama\tJenis", "SEK\tSekretariat\tSekretariat", "PKK\tBidang Perizinan\tBidang"}, nil, nil)
	h, ok := FindHeader(g, 5, []string{"kode"}, []string{"nama"})
	if !ok || h.LastRow != 1 || h.DataStart() != 2 {
		t.Fatalf("header %+v, %v", h, ok)
	}
}

func TestFindHeaderAbsent(t *testing.T) {
	g := build(t, []string{"Laporan bulanan", "Nama\tNilai"}, nil, nil)
	if h, ok := FindHeader(g, 5, []string{"uraian"}, []string{"anggaran"}); ok {
		t.Fatalf("found a header that is not there: %+v", h)
	}
}

func TestRowLabels(t *testing.T) {
	for s, want := range map[string]bool{"I": true, "II.": true, "iv": true, "1.1": false, "IIII": false} {
		if IsRoman(s) != want {
			t.Errorf("IsRoman(%q) != %v", s, want)
		}
	}
	for s, want := range map[string]bool{"JUMLAH": true, "Total Belanja": true, "Sub Total": true, "Jumlah UMKM": false, "Jumlah": true, "Sub Total Program": true, "Gaji": false} {
		if IsTotalLabel(s) != want {
			t.Errorf("IsTotalLabel(%q) != %v", s, want)
		}
	}
	for s, want := range map[string]bool{"Sumber data : Dinas": true, "* Data IUMK.": true, "Keterangan:": true, "Sekretariat": false} {
		if IsNoteLabel(s) != want {
			t.Errorf("IsNoteLabel(%q) != %v", s, want)
		}
	}
}

// A sentence typed under the JUMLAH row is a remark; a section after a
// subtotal, and a data row after it, are not.
func TestReadTableRemarkUnderTotal(t *testing.T) {
	g := build(t, []string{
		"No\tUraian\tNilai",
		"I\tBELANJA TIDAK LANGSUNG\t",
		"1\tGaji\t10",
		"JUMLAH\t\t10",
		"II\tBELANJA LANGSUNG\t",
		"1\tAlat tulis\t5",
		"JUMLAH\t\t5",
		"Isi sel berwarna biru muda sampai akhir bulan.",
		"Disetujui",
	}, nil, nil)
	spec := TableSpec{Anchors: [][]string{{"no"}, {"uraian"}}, Key: []string{"no"}, Label: []string{"uraian"},
		Fields: []Field{{Name: "nilai", Match: func(c Column) bool { return c.Has("nilai") }, Parse: idtext.ParseNumber}}}
	tab, ok := ReadTable(g, spec)
	if !ok {
		t.Fatal("header not found")
	}
	var kinds []RowKind
	for _, r := range tab.Rows {
		kinds = append(kinds, r.Kind)
	}
	want := []RowKind{RowSection, RowData, RowTotal, RowSection, RowData, RowTotal, RowNote, RowData}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds = %v, want %v", kinds, want)
	}
}
