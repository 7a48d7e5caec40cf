package pipeline

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/write/evaluasi"
	"kinerja/pipelines/write/lakip"
	"kinerja/pipelines/write/lkpj"
	"kinerja/pipelines/write/tabel23"
	"kinerja/pipelines/write/tabel24"
)

// formSheet is a sheet as printed: every cell of a merged range reads as
// the range's text, so a header can be read column by column.
type formSheet struct {
	cells          map[[2]int]string // (row, col) → shown text
	maxRow, maxCol int
}

func readForm(t *testing.T, path, sheet string) formSheet {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatalf("%s!%s: %v", path, sheet, err)
	}
	fs := formSheet{cells: map[[2]int]string{}, maxRow: len(rows)}
	for r, row := range rows {
		for c, v := range row {
			if v != "" {
				fs.cells[[2]int{r + 1, c + 1}] = v
			}
			fs.maxCol = max(fs.maxCol, c+1)
		}
	}
	merges, err := f.GetMergeCells(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range merges {
		c1, r1, _ := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, _ := excelize.CellNameToCoordinates(m.GetEndAxis())
		for r := r1; r <= r2; r++ {
			for c := c1; c <= c2; c++ {
				fs.cells[[2]int{r, c}] = m.GetCellValue()
			}
		}
	}
	return fs
}

func (f formSheet) at(r, c int) string { return f.cells[[2]int{r, c}] }

// row is a row's texts, columns 1..maxCol.
func (f formSheet) row(r int) []string {
	out := make([]string, f.maxCol)
	for c := range out {
		out[c] = f.at(r, c+1)
	}
	return out
}

// find is the first row whose column c is text.
func (f formSheet) find(c int, text string) int {
	for r := 1; r <= f.maxRow; r++ {
		if f.at(r, c) == text {
			return r
		}
	}
	return 0
}

// findPrefix is the first row with a cell that starts with prefix, and its column.
func (f formSheet) findPrefix(prefix string) (int, int) {
	for r := 1; r <= f.maxRow; r++ {
		for c := 1; c <= f.maxCol; c++ {
			if strings.HasPrefix(f.at(r, c), prefix) {
				return r, c
			}
		}
	}
	return 0, 0
}

// distinct is a row's texts with neighbours that repeat (one merged cell)
// once.
func distinct(cells []string) []string {
	var out []string
	for i, v := range cells {
		if i == 0 || v != cells[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// hasSignature checks a signature block of the Kepala Dinas as the bundled
// settings give it.
func hasSignature(t *testing.T, name string, f formSheet) {
	t.Helper()
	for _, want := range []string{"KEPALA DINAS KOPERASI DAN USAHA MIKRO KOTA SEMARANG", "Dra. LITANI SATYAWATI", "Pembina Utama Muda", "NIP. 19610831 198503 2 008"} {
		if r, _ := f.findPrefix(want); r == 0 {
			t.Errorf("%s: no %q in its signature block", name, want)
		}
	}
	if r, _ := f.findPrefix("Semarang, "); r == 0 {
		t.Errorf("%s: no place and date of signing", name)
	}
}

// TestE81IsTheForm: the E.81 has the form's eighteen columns in its order,
// K and Rp under 6–16, the column-number row with the form's derivations,
// the averages program and kegiatan apart with the warehouse's figures,
// the four closing rows and both signatures.
func TestE81IsTheForm(t *testing.T) {
	out, _ := bundledOutputs(t)
	f := readForm(t, wb(out, evaluasi.FileName(2018, 4)), evaluasi.Sheet)
	nr := f.find(1, "1")
	if nr == 0 || f.at(nr, 2) != "2" {
		t.Fatalf("no column-number row")
	}
	want := []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13 = 9+10+11+12", "14 = 13/8 × 100%", "15 = 7 + 13", "16 = 15/6 × 100%", "17", "18"}
	if got := distinct(f.row(nr)); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("column numbers %q, want %q", got, want)
	}
	heads := distinct(f.row(nr - 3))
	order := []string{"No", "Sasaran", "Kode", "Program/Kegiatan", "Indikator Kinerja", "Target Renstra", "s.d. Renja Tahun Lalu", "Tahun Berjalan",
		"pada Triwulan", "Renja Perangkat Daerah yang Dievaluasi", "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja", "Renstra Perangkat Daerah s.d. Tahun",
		"Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra", "Penanggung Jawab", "Keterangan"}
	if len(heads) != len(order) {
		t.Fatalf("header %q: %d columns, want %d", heads, len(heads), len(order))
	}
	for i, w := range order {
		if !strings.Contains(heads[i], w) {
			t.Errorf("header column %d is %q, want one with %q", i+1, heads[i], w)
		}
	}
	kr := f.row(nr - 1)
	for c := evaluasi.PairCol(0); c < evaluasi.PairCol(11); c += 2 {
		if kr[c-1] != "K" || kr[c] != "Rp" {
			t.Errorf("columns %d–%d under %q are %q %q, want K Rp", c, c+1, f.at(nr-3, c), kr[c-1], kr[c])
		}
	}
	if tw := distinct(f.row(nr - 2)[evaluasi.PairCol(3)-1 : evaluasi.PairCol(7)-1]); fmt.Sprint(tw) != "[I II III IV]" {
		t.Errorf("quarters %q", tw)
	}
	// column 7 holds the earlier years where history allows: the Renstra's kondisi awal
	lalu := 0
	for r := nr + 1; r <= f.maxRow; r++ {
		if f.at(r, evaluasi.PairCol(1)) != "" || f.at(r, evaluasi.PairCol(1)+1) != "" {
			lalu++
		}
	}
	if lalu < 20 {
		t.Errorf("column 7 filled on %d rows", lalu)
	}
	for _, lv := range []struct{ label, tingkat string }{{"Rata-rata capaian kinerja program (outcome)", "program"}, {"Rata-rata capaian kinerja kegiatan (output)", "kegiatan"}} {
		r := f.find(1, lv.label)
		if r == 0 {
			t.Errorf("no row %q", lv.label)
			continue
		}
		m := query(t, out, `SELECT CAST(rata_capaian_k AS DOUBLE), CAST(rata_capaian_rp AS DOUBLE) FROM mart.evaluasi_renja_predikat WHERE triwulan = 4 AND lingkup = 'Dinas' AND tingkat = ?`, lv.tingkat)
		for i, c := range []int{evaluasi.PairCol(8), evaluasi.PairCol(8) + 1} {
			if got := f.at(r, c); got != m[0][i] {
				t.Errorf("%s column %d: %q, the warehouse %q", lv.label, c, got, m[0][i])
			}
		}
		if f.find(1, strings.Replace(lv.label, "Rata-rata capaian kinerja", "Predikat kinerja", 1)) == 0 {
			t.Errorf("no predikat row for %s", lv.tingkat)
		}
	}
	for _, w := range []string{"Faktor pendorong keberhasilan kinerja:", "Faktor penghambat pencapaian kinerja", "Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya"} {
		if r, _ := f.findPrefix(w); r == 0 {
			t.Errorf("no %q", w)
		}
	}
	if r, _ := f.findPrefix("Faktor penghambat pencapaian kinerja, dan tindak lanjut yang diperlukan dalam triwulan berikutnya"); r == 0 {
		t.Error("no tindak lanjut for the next quarter")
	}
	hasSignature(t, "E.81", f)
	for _, w := range []string{"Disusun", "Dievaluasi", "KEPALA BAPPEDA KOTA SEMARANG"} {
		if r, _ := f.findPrefix(w); r == 0 {
			t.Errorf("no %q", w)
		}
	}
	// a quarter before the fourth says it is the year to date
	f1 := readForm(t, wb(out, evaluasi.FileName(2018, 2)), evaluasi.Sheet)
	if r, _ := f1.findPrefix("Rata-rata capaian kinerja kegiatan (output) s.d. Triwulan II (terhadap target tahunan)"); r == 0 {
		t.Error("TW II's average does not say it is the year to date")
	}
}

// TestTabel23IsTheForm: numbered columns (1)…(23), the Renstra's target of
// every year of the 2016–2021 window, and the signature.
func TestTabel23IsTheForm(t *testing.T) {
	out, _ := bundledOutputs(t)
	f := readForm(t, wb(out, tabel23.FileName(2016, 2021)), "Tabel 2.3")
	nr := f.find(1, "(1)")
	if nr == 0 {
		t.Fatal("no column-number row")
	}
	for c := 1; c <= 23; c++ {
		if got := f.at(nr, c); got != "("+strconv.Itoa(c)+")" {
			t.Errorf("column %d numbered %q", c, got)
		}
	}
	if h := distinct(f.row(nr - 2)); !strings.Contains(fmt.Sprint(h), "Target Renstra Perangkat Daerah Tahun Realisasi Capaian Tahun Rasio Capaian pada Tahun") {
		t.Errorf("header %q", h)
	}
	for name, targets := range map[string]string{
		"Prosentase Koperasi aktif (2010-2015)": "[78.5 79 88.3 88.4 88.5 88.6]",
		"Prosentase Koperasi Baik":              "[10 11 88 88 88 88]",
	} {
		r := f.find(2, name)
		if r == 0 {
			t.Errorf("no row %q", name)
			continue
		}
		if got := fmt.Sprint(f.row(r)[5:11]); got != targets {
			t.Errorf("%s: targets 2016–2021 %s, want %s", name, got, targets)
		}
	}
	hasSignature(t, "Tabel 2.3", f)
}

// TestTabel24IsTheForm: numbered columns, rows numbered in order within
// the window, the empty year and the growth's span said in notes, the
// signature.
func TestTabel24IsTheForm(t *testing.T) {
	out, _ := bundledOutputs(t)
	f := readForm(t, wb(out, tabel24.FileName(2016, 2021)), "Tabel 2.4")
	nr := f.find(1, "(1)")
	if nr == 0 || f.at(nr, 22) != "(22)" {
		t.Fatalf("column-number row %d: %q", nr, f.row(nr))
	}
	section, item := 0, 0
	for r := nr + 1; r <= f.maxRow; r++ {
		switch no := f.at(r, 1); {
		case no == "I" || no == "II":
			section++
			item = 0
		case strings.Contains(no, "."):
			item++
			if want := fmt.Sprintf("%d.%d", section, item); no != want {
				t.Errorf("row %d numbered %s, want %s", r, no, want)
			}
		}
	}
	for _, w := range []string{"Tahun 2017: belum ada data", "di tabel ini atas tahun 2016–2018"} {
		found := false
		for _, v := range f.cells {
			found = found || strings.Contains(v, w)
		}
		if !found {
			t.Errorf("no note %q", w)
		}
	}
	hasSignature(t, "Tabel 2.4", f)
}

// TestLKPJIsTheForm: Kinerja and Anggaran over their columns, the
// column-number row with its derivations, a realisasi over its pagu marked,
// the signature.
func TestLKPJIsTheForm(t *testing.T) {
	out, _ := bundledOutputs(t)
	f := readForm(t, wb(out, lkpj.FileName(2018)), "LKPJ")
	nr := lkpj.FirstRow - 1
	if got := distinct(f.row(nr)); fmt.Sprint(got) != "[1 2 3 4 5 6 7 8 = 7/6 × 100% 9 10 11 12 = 11/10 × 100% 13 14 15 16]" {
		t.Errorf("column numbers %q", got)
	}
	if got := distinct(f.row(nr - 2)); fmt.Sprint(got) != "[No Kode Urusan / Program / Kegiatan Indikator Kinerja Satuan Kinerja Anggaran Unit Pelaksana Permasalahan Solusi Keterangan]" {
		t.Errorf("header %q", got)
	}
	r := f.find(2, "1.2.11.1.2.11.01.01.018")
	if r == 0 || !strings.HasPrefix(f.at(r, 16), "Realisasi melebihi pagu") {
		t.Errorf("Rapat-rapat ke luar daerah (over its pagu): keterangan %q", f.at(r, 16))
	}
	hasSignature(t, "LKPJ", f)
}

// TestLAKIPIsTheForm: the Perjanjian Kinerja's statement, parties and
// lampiran tables; the comparison with 2016 for koperasi aktif; the
// signatures.
func TestLAKIPIsTheForm(t *testing.T) {
	out, _ := bundledOutputs(t)
	path := wb(out, lakip.FileName(2018))
	pk := readForm(t, path, lakip.SheetPK)
	for _, w := range []string{"Dalam rangka mewujudkan manajemen pemerintahan yang efektif", "selanjutnya disebut pihak pertama.",
		"selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", "Pihak pertama berjanji", "Pihak kedua akan melakukan supervisi",
		"LAMPIRAN PERJANJIAN KINERJA TAHUN 2018", ": Dra. LITANI SATYAWATI", ": WALIKOTA SEMARANG"} {
		if r, _ := pk.findPrefix(w); r == 0 {
			t.Errorf("Perjanjian Kinerja: no %q", w)
		}
	}
	var tables []string
	for r := 1; r <= pk.maxRow; r++ {
		if pk.at(r, 1) == "No" {
			tables = append(tables, fmt.Sprint(distinct(pk.row(r))))
		}
	}
	if fmt.Sprint(tables) != "[[No Sasaran Strategis Indikator Kinerja Target] [No Program Anggaran (Rp) Keterangan]]" {
		t.Errorf("lampiran tables %v", tables)
	}
	hasSignature(t, lakip.SheetPK, pk)
	for _, w := range []string{"Pihak Kedua,", "Pihak Pertama,"} {
		if r, _ := pk.findPrefix(w); r == 0 {
			t.Errorf("Perjanjian Kinerja: no %q", w)
		}
	}
	at := readForm(t, path, lakip.SheetTahun)
	r := at.find(2, "Prosentase koperasi aktif")
	if r == 0 || at.at(r, 5) != "78.5" || !strings.Contains(at.at(r, 13), "2016: Tabel 2.3") {
		t.Errorf("koperasi aktif 2016 in the comparison: %q", at.row(r))
	}
	for _, sh := range []string{lakip.SheetCapaian, lakip.SheetTahun, lakip.SheetRenstra, lakip.SheetEfisiensi, lakip.SheetAnggaran} {
		hasSignature(t, sh, readForm(t, path, sh))
	}
}
