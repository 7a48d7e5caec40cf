package pipeline

import (
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/write/lakip"
	"kinerja/pipelines/write/lkpj"
)

// lkpjRow is a row of the LKPJ sheet as written.
type lkpjRow struct {
	r                  int
	kode, uraian       string
	pagu, realisasiRp  float64
	hasPagu, isProgram bool
}

func readLKPJ(t *testing.T, path string) (*excelize.File, []lkpjRow) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	rows, err := f.GetRows("LKPJ", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	var out []lkpjRow
	for i := lkpj.FirstRow - 1; i < len(rows); i++ { // below the header and its column numbers
		row := append(rows[i], make([]string, 16)...)
		if row[2] == "" || row[1] == "" && row[2] != "JUMLAH" {
			continue // the notes and the signature under the table
		}
		x := lkpjRow{r: i + 1, kode: row[1], uraian: row[2]}
		if row[9] != "" {
			x.pagu, x.hasPagu = mustFloat(t, row[9]), true
		}
		if row[10] != "" {
			x.realisasiRp = mustFloat(t, row[10])
		}
		x.isProgram = strings.Count(x.kode, ".") == 7
		out = append(out, x)
	}
	return f, out
}

// sheetTitle is the first text of a sheet's first row: its title, which a
// form wider than its page starts right of the columns every page repeats.
func sheetTitle(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) == 0 {
		t.Fatalf("%s: no rows (%v)", sheet, err)
	}
	for _, v := range rows[0] {
		if v != "" {
			return v
		}
	}
	return ""
}

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return v
}

// TestLKPJSubtotalsAddUp: in the workbook as written, each program's pagu
// and realisasi Rp are the sums of its kegiatan below it, and JUMLAH is the
// sum of the programs.
func TestLKPJSubtotalsAddUp(t *testing.T) {
	out, sum := bundledOutputs(t)
	if !strings.Contains(strings.Join(sum.Workbooks, ","), lkpj.FileName(2018)) {
		t.Fatalf("no %s in %v", lkpj.FileName(2018), sum.Workbooks)
	}
	_, rows := readLKPJ(t, wb(out, lkpj.FileName(2018)))
	var programs, kegiatan int
	var totPagu, totReal float64
	var jumlah *lkpjRow
	for i, p := range rows {
		if p.uraian == "JUMLAH" {
			jumlah = &rows[i]
			continue
		}
		if !p.isProgram || !p.hasPagu {
			continue
		}
		programs++
		var pagu, real float64
		for _, k := range rows[i+1:] {
			if !strings.HasPrefix(k.kode, p.kode+".") {
				if strings.Count(k.kode, ".") == 7 && k.kode != p.kode {
					break
				}
				continue
			}
			kegiatan++
			pagu += k.pagu
			real += k.realisasiRp
		}
		if pagu != p.pagu || real != p.realisasiRp {
			t.Errorf("program %s (row %d): pagu %.0f, realisasi %.0f; its kegiatan add up to %.0f and %.0f", p.kode, p.r, p.pagu, p.realisasiRp, pagu, real)
		}
		totPagu += p.pagu
		totReal += p.realisasiRp
	}
	if programs < 5 || kegiatan < 30 {
		t.Fatalf("%d programs, %d kegiatan: the LKPJ should list the year's plan", programs, kegiatan)
	}
	if jumlah == nil || jumlah.pagu != totPagu || jumlah.realisasiRp != totReal {
		t.Errorf("JUMLAH %+v; the programs add up to %.0f and %.0f", jumlah, totPagu, totReal)
	}
}

// TestLKPJFiguresTraceToInputCells picks figures of the LKPJ at random and
// follows the Sumber sheet back to the input cells: read from the input
// files themselves, their values add up to the figure; a capaian is
// reproduced from the traced realisasi and target.
func TestLKPJFiguresTraceToInputCells(t *testing.T) {
	out, _ := bundledOutputs(t)
	f, rows := readLKPJ(t, wb(out, lkpj.FileName(2018)))
	src, err := f.GetRows("Sumber", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	lineage := map[string][][3]string{} // "LKPJ!K12" → (file, sheet, cell)
	for _, r := range src[4:] {
		if len(r) >= 6 && strings.HasPrefix(r[0], "LKPJ!") {
			lineage[r[0]] = append(lineage[r[0]], [3]string{r[3], r[4], r[5]})
		}
	}
	inputValue := inputCells(t)
	traced := func(ref string) (float64, bool) {
		cells := lineage[ref]
		if len(cells) == 0 {
			return 0, false
		}
		v := 0.0
		for _, c := range cells {
			v += inputValue(c[0], c[1], c[2])
		}
		return v, true
	}
	rng := rand.New(rand.NewPCG(2018, 12))
	checked := 0
	for tries := 0; checked < 40 && tries < 2000; tries++ {
		row := rows[rng.IntN(len(rows))]
		col := []int{6, 7, 8, 10, 11}[rng.IntN(5)]
		ref := "LKPJ!" + must(excelize.CoordinatesToCellName(col, row.r))
		raw, _ := f.GetCellValue("LKPJ", ref[5:], excelize.Options{RawCellValue: true})
		if raw == "" {
			continue
		}
		figure := mustFloat(t, raw)
		if col == 8 { // capaian, from the traced realisasi and target (kegiatan: positive polarity)
			if strings.Count(row.kode, ".") == 7 {
				continue
			}
			r, okR := traced("LKPJ!" + must(excelize.CoordinatesToCellName(7, row.r)))
			tg, okT := traced("LKPJ!" + must(excelize.CoordinatesToCellName(6, row.r)))
			if !okR || !okT {
				t.Errorf("%s: capaian %v without a traced realisasi and target", ref, figure)
				continue
			}
			if want := math.Round(r/tg*100*100) / 100; math.Abs(want-figure) > 1e-9 {
				t.Errorf("%s: capaian %v; the traced cells give %v ÷ %v → %v", ref, figure, r, tg, want)
			}
			checked++
			continue
		}
		v, ok := traced(ref)
		if !ok {
			t.Errorf("%s (%s) = %v has no source in the Sumber sheet", ref, row.uraian, figure)
			continue
		}
		if math.Abs(v-figure) > 1e-6*math.Max(1, math.Abs(figure)) {
			t.Errorf("%s (%s) = %v; its input cells add up to %v", ref, row.uraian, figure, v)
		}
		checked++
	}
	if checked < 40 {
		t.Fatalf("only %d figures checked", checked)
	}
}

// inputCells returns a reader of the bundled input files' cells as numbers,
// read the way a person would check them: the stored number (a percent
// cell as the percentage it shows), or the Indonesian text parsed.
func inputCells(t *testing.T) func(file, sh, cell string) float64 {
	inputs := map[string]*excelize.File{}
	t.Cleanup(func() {
		for _, f := range inputs {
			f.Close()
		}
	})
	return func(file, sh, cell string) float64 {
		t.Helper()
		in := inputs[file]
		if in == nil {
			var err error
			if in, err = excelize.OpenFile(filepath.Join(bundledInputs(t), filepath.FromSlash(file))); err != nil {
				t.Fatal(err)
			}
			inputs[file] = in
		}
		raw, err := in.GetCellValue(sh, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if v, err := strconv.ParseFloat(raw, 64); err == nil {
			if percentCell(in, sh, cell) {
				v *= 100
			}
			return v
		}
		n, err := idtext.ParseRupiah(raw)
		if err != nil {
			if n, err = idtext.ParseQuantity(raw); err != nil {
				t.Fatalf("%s!%s!%s: %q is not a number", file, sh, cell, raw)
			}
		}
		return n.Value.Float64()
	}
}

func must(s string, err error) string {
	if err != nil {
		panic(err)
	}
	return s
}

// percentCell reports whether a cell's number format shows a percentage.
func percentCell(f *excelize.File, sh, cell string) bool {
	id, err := f.GetCellStyle(sh, cell)
	if err != nil || id == 0 {
		return false
	}
	st, err := f.GetStyle(id)
	if err != nil {
		return false
	}
	if st.NumFmt == 9 || st.NumFmt == 10 {
		return true
	}
	return st.CustomNumFmt != nil && strings.Contains(*st.CustomNumFmt, "%")
}

// TestLKPJMidYearIsYearToDate: run for June, the LKPJ and the LAKIP cover
// January to June and their titles say so; the figures are June's.
func TestLKPJMidYearIsYearToDate(t *testing.T) {
	in := t.TempDir()
	copyTree(t, bundledInputs(t), in, true)
	for m := 1; m <= 6; m++ {
		dir := filepath.Join("2018", fmt.Sprintf("%02d", m))
		copyTree(t, filepath.Join(bundledInputs(t), dir), filepath.Join(in, dir), false)
	}
	out := t.TempDir()
	if _, err := Run(t.Context(), Options{InputsDir: in, OutputsDir: out, Period: "2018-06", Version: "test"}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(wb(out, lkpj.FileName(2018)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	title := sheetTitle(t, f, "LKPJ")
	if !strings.Contains(title, "TAHUN 2018 (JANUARI S.D. JUNI, SEMENTARA)") {
		t.Errorf("title %q does not say the LKPJ runs to June", title)
	}
	lk, err := excelize.OpenFile(wb(out, lakip.FileName(2018)))
	if err != nil {
		t.Fatal(err)
	}
	defer lk.Close()
	for _, sh := range []string{lakip.SheetPK, lakip.SheetCapaian, lakip.SheetAnggaran} {
		if title := sheetTitle(t, lk, sh); !strings.Contains(title, "(JANUARI S.D. JUNI, SEMENTARA)") {
			t.Errorf("LAKIP %s title %q does not say it runs to June", sh, title)
		}
	}
	// A kegiatan's realisasi Rp is Keuangan's June figure.
	got := query(t, out, `SELECT count(*), count(*) FILTER (WHERE l.realisasi_rp = k.anggaran)
		FROM mart.lkpj l JOIN clean.keuangan k ON k.kode = l.kode AND k.year = 2018 AND k.month = 6 AND k.row_kind = 'data'
		WHERE l.tingkat = 'kegiatan'`)
	if got[0][0] == "0" || got[0][0] != got[0][1] {
		t.Errorf("kegiatan with Keuangan's June figure: %s of %s", got[0][1], got[0][0])
	}
}

// TestPredikatScaleIsASetting: an office's own scale, typed in the
// Pengaturan workbook, names every capaian of the LKPJ and the E.81; a
// scale with a row that cannot be read is reported and Permendagri's
// holds.
func TestPredikatScaleIsASetting(t *testing.T) {
	quarter := func(t *testing.T, edit func(f *excelize.File)) string {
		in := t.TempDir()
		copyTree(t, bundledInputs(t), in, true)
		for m := 1; m <= 3; m++ {
			dir := filepath.Join("2018", fmt.Sprintf("%02d", m))
			copyTree(t, filepath.Join(bundledInputs(t), dir), filepath.Join(in, dir), false)
		}
		editWorkbook(t, filepath.Join(in, "Pengaturan.xlsx"), edit)
		out := t.TempDir()
		if _, err := Run(t.Context(), Options{InputsDir: in, OutputsDir: out, Period: "2018-03", Version: "test"}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	const sh = "Skala Predikat"
	out := quarter(t, func(f *excelize.File) {
		f.RemoveRow(sh, 9)
		f.RemoveRow(sh, 8)
		for r, v := range [][]any{{"Baik", 80}, {"Cukup", "60,5"}, {"Kurang", nil}} {
			f.SetSheetRow(sh, fmt.Sprintf("A%d", 5+r), &v)
		}
	})
	got := query(t, out, `SELECT predikat, count(*), min(capaian), max(capaian) FROM mart.lkpj WHERE capaian IS NOT NULL GROUP BY 1 ORDER BY 1`)
	if len(got) < 2 {
		t.Fatalf("capaian by predikat %v: the quarter should give more than one", got)
	}
	for _, g := range got {
		lo, hi := mustFloat(t, g[2]), mustFloat(t, g[3])
		ok := map[string]bool{"Baik": lo > 80, "Cukup": lo > 60.5 && hi <= 80, "Kurang": hi <= 60.5}[g[0]]
		if !ok {
			t.Errorf("predikat %s for capaian %s to %s on the scale Baik > 80, Cukup > 60,5, Kurang", g[0], g[2], g[3])
		}
	}
	if got := query(t, out, `SELECT count(*) FROM mart.evaluasi_renja_predikat WHERE predikat_k NOT IN ('Baik', 'Cukup', 'Kurang')`); got[0][0] != "0" {
		t.Errorf("%s E.81 predikat outside the office's scale", got[0][0])
	}
	f, err := excelize.OpenFile(wb(out, lkpj.FileName(2018)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("LKPJ")
	if notes := fmt.Sprint(rows[len(rows)-20:]); !strings.Contains(notes, "> 80 Baik; > 60,5 s.d. 80 Cukup; ≤ 60,5 Kurang") || !strings.Contains(notes, "skala yang ditetapkan Dinas Koperasi") {
		t.Errorf("the LKPJ's note does not give the scale in force: %s", notes)
	}
	// where the scale was typed is the warehouse's, not the printed page's
	if got := query(t, out, `SELECT skala_predikat_asal FROM mart.laporan`); !strings.Contains(got[0][0], "Pengaturan.xlsx, lembar Skala Predikat") {
		t.Errorf("scale in force from %v", got)
	}

	t.Run("a scale with an unreadable row is not used", func(t *testing.T) {
		out := quarter(t, func(f *excelize.File) { f.SetCellStr(sh, "B6", "tujuh puluh lima") })
		got := query(t, out, `SELECT cell, raw_text FROM mart.review WHERE rule = 'pengaturan.predikat'`)
		if len(got) != 1 || got[0][0] != "A6" || !strings.Contains(got[0][1], "tujuh puluh lima") {
			t.Errorf("pengaturan.predikat findings: %v", got)
		}
		if got := query(t, out, `SELECT skala_predikat_asal FROM mart.laporan`); got[0][0] != "Permendagri 86/2017" {
			t.Errorf("scale in force: %v", got)
		}
	})
}
