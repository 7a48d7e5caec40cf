package pipeline

import (
	"math"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/write/lakip"
	"kinerja/pipelines/xlsx"
)

// TestLAKIPFiguresTraceToInputCells picks targets, realisasi, pagu and
// realisasi Rp of the LAKIP at random and follows the Sumber sheet back to
// the input files: typed figures are the sum of their cells; a realisasi
// computed from a register is its stated numerator ÷ denominator.
func TestLAKIPFiguresTraceToInputCells(t *testing.T) {
	out, sum := bundledOutputs(t)
	if !strings.Contains(strings.Join(sum.Workbooks, ","), lakip.FileName(2018)) {
		t.Fatalf("no %s in %v", lakip.FileName(2018), sum.Workbooks)
	}
	f, err := excelize.OpenFile(wb(out, lakip.FileName(2018)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	src, err := f.GetRows(lakip.SheetSumber, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	type source struct{ file, sheet, cell, ket string }
	lineage := map[string][]source{}
	var refs []string
	for _, r := range src[5:] { // below the header and its column numbers
		r = append(r, make([]string, 8)...)
		if r[0] == "" {
			continue // a register's second file (its denominator) belongs to the line above
		}
		if lineage[r[0]] == nil {
			refs = append(refs, r[0])
		}
		lineage[r[0]] = append(lineage[r[0]], source{r[3], r[4], r[5], r[7]})
	}
	if len(refs) < 50 {
		t.Fatalf("the Sumber sheet traces %d figures", len(refs))
	}
	inputValue := inputCells(t)
	ratio := regexp.MustCompile(`register di berkas ini: ([\d.]+) ÷ ([\d.]+) × 100`)
	// Every realisasi of an indicator, and forty other figures at random.
	var picks []string
	for _, ref := range refs {
		if strings.HasPrefix(ref, "'"+lakip.SheetCapaian+"'!"+xlsx.Col(lakip.ColRealisasi)) {
			picks = append(picks, ref)
		}
	}
	rng := rand.New(rand.NewPCG(2018, 53))
	for i := 0; i < 40; i++ {
		picks = append(picks, refs[rng.IntN(len(refs))])
	}
	registers := 0
	for _, ref := range picks {
		sh, cell, _ := strings.Cut(ref, "!")
		raw, _ := f.GetCellValue(strings.Trim(sh, "'"), cell, excelize.Options{RawCellValue: true})
		figure := mustFloat(t, raw)
		got := 0.0
		for _, s := range lineage[ref] {
			if m := ratio.FindStringSubmatch(s.ket); m != nil {
				num, den := idNumber(t, m[1]), idNumber(t, m[2])
				got += math.Round(num/den*100*100) / 100
				registers++
				if s.file == "" || !strings.HasSuffix(s.file, ".xlsx") {
					t.Errorf("%s: a register figure without the file of the register", ref)
				}
				continue
			}
			got += inputValue(s.file, s.sheet, s.cell)
		}
		if math.Abs(got-figure) > 1e-6*math.Max(1, math.Abs(figure)) {
			t.Errorf("%s = %v; its sources give %v (%v)", ref, figure, got, lineage[ref])
		}
	}
	if registers == 0 {
		t.Error("no realisasi traced to a register")
	}
}

// idNumber reads a number written the Indonesian way by xlsx.Indonesian.
func idNumber(t *testing.T, s string) float64 {
	t.Helper()
	return mustFloat(t, strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", "."))
}

// TestLAKIPSheetsAgree: the Perjanjian Kinerja lists the IKU of the Capaian
// sheet with the same targets; each program's average capaian in Efisiensi
// is the mean of its indicators' capaian, its serapan that of Realisasi
// Anggaran; the share of the Renstra's final target is realisasi ÷ target
// akhir.
func TestLAKIPSheetsAgree(t *testing.T) {
	out, _ := bundledOutputs(t)
	f, err := excelize.OpenFile(wb(out, lakip.FileName(2018)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// the rows of a sheet's (first) table: under its column-number row, up
	// to the first empty row
	rowsOf := func(sh string) [][]string {
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		var out [][]string
		in := false
		for _, r := range rows {
			r = append(r, make([]string, 12)...)
			switch {
			case !in:
				in = r[0] == "(1)"
			case r[0] == "" && r[1] == "" && r[2] == "":
				return out
			default:
				out = append(out, r)
			}
		}
		return out
	}
	capaian, pk := rowsOf(lakip.SheetCapaian), rowsOf(lakip.SheetPK)
	if len(pk) == 0 {
		t.Fatal("the Perjanjian Kinerja lists no indicator")
	}
	// The Perjanjian Kinerja's sasaran strategis and their indicators are
	// the IKU rows of Capaian Kinerja (column B the sasaran), same targets.
	iku := 0
	for _, c := range capaian {
		if c[1] != pk[0][1] {
			continue
		}
		if iku >= len(pk) || pk[iku][2] != c[2] || pk[iku][3] != c[5] {
			t.Errorf("IKU %s target %s not in the Perjanjian Kinerja as such: %v", c[2], c[5], pk)
		}
		iku++
	}
	if iku != len(pk) {
		t.Errorf("%d IKU in Capaian Kinerja, %d in the Perjanjian Kinerja", iku, len(pk))
	}
	// Efisiensi against Capaian Kinerja (program name in column B) and Realisasi Anggaran.
	serapan := map[string]string{}
	for _, r := range rowsOf(lakip.SheetAnggaran) {
		serapan[r[1]] = r[5]
	}
	checked := 0
	for _, e := range rowsOf(lakip.SheetEfisiensi) {
		var sum float64
		n := 0
		for _, c := range capaian {
			if c[1] == e[2] && c[7] != "" {
				sum += mustFloat(t, c[7])
				n++
			}
		}
		if n > 0 {
			want := math.Round(sum/float64(n)*100) / 100
			if got := mustFloat(t, e[5]); math.Abs(got-want) > 1e-9 {
				t.Errorf("program %s: average capaian %v, its indicators give %v", e[1], got, want)
			}
			checked++
		} else if e[5] != "" {
			t.Errorf("program %s: average capaian %s without an indicator capaian", e[1], e[5])
		}
		if serapan[e[1]] != e[8] {
			t.Errorf("program %s: serapan %s, Realisasi Anggaran says %s", e[1], e[8], serapan[e[1]])
		}
	}
	if checked < 3 {
		t.Errorf("%d programs with an average capaian", checked)
	}
	for _, r := range rowsOf(lakip.SheetRenstra) {
		if r[3] == "" || r[4] == "" {
			if r[5] != "" {
				t.Errorf("%s: share %s of the final target without realisasi and target", r[0], r[5])
			}
			continue
		}
		want := math.Round(mustFloat(t, r[3])/mustFloat(t, r[4])*100*100) / 100
		if got := mustFloat(t, r[5]); math.Abs(got-want) > 1e-9 {
			t.Errorf("%s: %v of the final target, want %v", r[0], got, want)
		}
	}
}
