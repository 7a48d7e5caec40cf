package pipeline

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/internal/seedtext"
	"kinerja/pipelines/read/history"
	"kinerja/pipelines/sheet"
	"kinerja/pipelines/write/review"
	"kinerja/pipelines/write/tabel23"
	"kinerja/pipelines/write/tabel24"
)

// seedTable returns the tab-separated rows of the table whose title line
// starts with title, up to the next heading.
func seedTable(t *testing.T, lines []string, title string) [][]string {
	t.Helper()
	start := -1
	for i, l := range lines {
		if strings.HasPrefix(l, title) {
			start = i
			break
		}
	}
	if start < 0 {
		t.Fatalf("seed: %q not found", title)
	}
	var rows [][]string
	for _, l := range lines[start+1:] {
		if strings.HasPrefix(l, "#") || (strings.TrimSpace(l) != "" && !strings.Contains(l, "\t")) {
			if len(rows) > 0 {
				break
			}
			continue
		}
		if strings.Contains(l, "\t") {
			rows = append(rows, strings.Split(l, "\t"))
		}
	}
	return rows
}

type cellKey struct {
	no, measure string
	year        int
}

// seedValue parses a published figure; ok is false for "no value".
func seedValue(t *testing.T, s string) (string, bool) {
	t.Helper()
	n, err := idtext.ParseNumber(strings.NewReplacer("<b>", "", "</b>", "").Replace(s))
	if err != nil {
		t.Fatalf("seed figure %q: %v", s, err)
	}
	if n.Missing {
		return "", false
	}
	return n.Value.String(), true
}

// rebuilt reads a rebuilt table through the history reader (the layout the
// pipeline writes is the layout it reads) into cell values by row No.
func rebuilt(t *testing.T, path, sheetName, form string) map[cellKey]sheet.Value {
	t.Helper()
	g := openGrid(t, path, sheetName)
	var spec sheet.TableSpec
	for _, f := range history.Forms() {
		if f.Code == form {
			spec = f.Spec
		}
	}
	tbl, ok := sheet.ReadTable(g, spec)
	if !ok {
		t.Fatalf("%s: the history reader does not recognise the rebuilt table", path)
	}
	if len(tbl.Unclaimed) > 0 {
		t.Errorf("%s: columns the reader does not know: %v", path, tbl.Unclaimed)
	}
	out := map[cellKey]sheet.Value{}
	for _, r := range tbl.Rows {
		if r.Kind != sheet.RowData {
			continue
		}
		for _, v := range r.Values {
			if v.Status == sheet.StatusUnreadable {
				t.Errorf("%s!%s: unreadable %q", sheetName, v.Ref, v.Raw)
			}
			out[cellKey{r.Key, v.Field, v.Year}] = v
		}
	}
	return out
}

// flagged reads the review workbook's "Selisih Terbitan" sheet: for each
// flagged cell of a table, the recomputed value ("" when none).
func flagged(t *testing.T, out, tabel string) map[cellKey]string {
	t.Helper()
	g := openGrid(t, wb(out, review.FileName), "Selisih Terbitan")
	h, ok := sheet.FindHeader(g, 5, []string{"tabel"}, []string{"hitung", "ulang"})
	if !ok {
		t.Fatal("review: header of Selisih Terbitan not found")
	}
	col := func(words ...string) int {
		c, ok := h.Find(words...)
		if !ok {
			t.Fatalf("review: no column %v", words)
		}
		return c.Col
	}
	cTabel, cBaris, cKolom, cTahun, cUlang := col("tabel"), col("baris"), col("kolom"), col("tahun"), col("hitung", "ulang")
	measures := map[string]string{
		"Rasio realisasi/anggaran (%)":        "rasio",
		"Rata-rata pertumbuhan anggaran (%)":  "pertumbuhan_anggaran",
		"Rata-rata pertumbuhan realisasi (%)": "pertumbuhan_realisasi",
		"Rasio capaian (%)":                   "rasio",
	}
	res := map[cellKey]string{}
	for r := h.DataStart(); r <= g.MaxRow; r++ {
		if g.Text(r, cTabel) != tabel {
			continue
		}
		no := strings.Fields(g.Text(r, cBaris))[0]
		m, ok := measures[g.Text(r, cKolom)]
		if !ok {
			t.Fatalf("review row %d: unknown column %q", r, g.Text(r, cKolom))
		}
		year, _ := strconv.Atoi(g.Text(r, cTahun))
		v := ""
		if c := g.At(r, cUlang); c != nil {
			n, err := c.Number(idtext.ParseNumber)
			if err != nil {
				t.Fatalf("review row %d: %v", r, err)
			}
			v = n.Value.String()
		}
		res[cellKey{no, m, year}] = v
	}
	return res
}

// compareWithSeed checks every published figure: equal to the seed, or, where
// the review flags it, equal to the recomputed value the review states.
func compareWithSeed(t *testing.T, want map[cellKey]string, got map[cellKey]sheet.Value, flags map[cellKey]string) (checked, used int) {
	t.Helper()
	for k, seed := range want {
		expect := seed
		if re, ok := flags[k]; ok {
			expect = re
			used++
		}
		v, ok := got[k]
		if !ok {
			t.Errorf("%v: no such cell in the rebuilt table", k)
			continue
		}
		gotText := ""
		if v.Status == sheet.StatusOK {
			gotText = v.Num.Value.String()
		}
		if gotText != expect {
			t.Errorf("%v (%s): rebuilt %q, want %q (seed %q, flagged %v)", k, v.Ref, gotText, expect, seed, flags[k] != "" || expect != seed)
		}
		checked++
	}
	for k := range flags {
		if _, ok := want[k]; !ok {
			t.Errorf("review flags %v, which the seed does not publish", k)
		}
	}
	return checked, used
}

func TestTabel24EqualsSeedExceptFlagged(t *testing.T) {
	lines := seedtext.Lines(t)
	out, _ := bundledOutputs(t)
	rows := seedTable(t, lines, "TABEL 2.4 ANGGARAN DAN REALISASI")
	years := []int{}
	for _, s := range rows[1] {
		if y, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && y > 1900 {
			if len(years) > 0 && y <= years[len(years)-1] {
				break
			}
			years = append(years, y)
		}
	}
	if len(years) != 6 {
		t.Fatalf("seed Tabel 2.4 years: %v", years)
	}
	noRe := regexp.MustCompile(`^\d+\.\d+$`)
	want := map[cellKey]string{}
	for _, r := range rows {
		if !noRe.MatchString(r[0]) {
			continue
		}
		for len(r) < 2+3*len(years)+2 {
			r = append(r, "")
		}
		for i, y := range years {
			for m, measure := range []string{"anggaran", "realisasi", "rasio"} {
				if v, ok := seedValue(t, r[2+m*len(years)+i]); ok {
					want[cellKey{r[0], measure, y}] = v
				} else {
					want[cellKey{r[0], measure, y}] = ""
				}
			}
		}
		for i, measure := range []string{"pertumbuhan_anggaran", "pertumbuhan_realisasi"} {
			v, _ := seedValue(t, r[2+3*len(years)+i])
			want[cellKey{r[0], measure, 0}] = v
		}
	}
	if len(want) != 12*(3*6+2) {
		t.Fatalf("seed Tabel 2.4: %d cells, want %d (12 rows)", len(want), 12*20)
	}
	got := rebuilt(t, wb(out, tabel24.FileName(2011, 2016)), "Tabel 2.4", history.Tabel24)
	flags := flagged(t, out, "Tabel 2.4")
	checked, used := compareWithSeed(t, want, got, flags)
	t.Logf("Tabel 2.4: %d published cells checked, %d of them flagged by the review", checked, used)
	// The seed's known errors (DOMAIN.md): rows 2.8–2.10 carry the 2016
	// rasio in the growth column, and their 2016 rasio is blank.
	for _, no := range []string{"2.8", "2.9", "2.10"} {
		for _, k := range []cellKey{{no, "pertumbuhan_realisasi", 0}, {no, "rasio", 2016}} {
			if _, ok := flags[k]; !ok {
				t.Errorf("review does not flag %v", k)
			}
		}
	}
}

func TestTabel23EqualsSeedExceptFlagged(t *testing.T) {
	lines := seedtext.Lines(t)
	out, _ := bundledOutputs(t)
	rows := seedTable(t, lines, "Tabel 2.3 REVIEW PENCAPAIAN")
	want := map[cellKey]string{}
	noRe := regexp.MustCompile(`^\d+$`)
	for _, r := range rows {
		if !noRe.MatchString(r[0]) {
			continue
		}
		for i, measure := range []string{"target_spm", "target_ikk", "target_lainnya"} {
			v, _ := seedValue(t, r[2+i])
			want[cellKey{r[0], measure, 0}] = v
		}
		for i := 0; i < 6; i++ {
			for m, measure := range []string{"target", "realisasi", "rasio"} {
				v, _ := seedValue(t, r[5+m*6+i])
				want[cellKey{r[0], measure, 2011 + i}] = v
			}
		}
	}
	if len(want) != 4*(3+18) {
		t.Fatalf("seed Tabel 2.3: %d cells, want %d", len(want), 4*21)
	}
	got := rebuilt(t, wb(out, tabel23.FileName(2011, 2016)), "Tabel 2.3", history.Tabel23)
	flags := flagged(t, out, "Tabel 2.3")
	checked, used := compareWithSeed(t, want, got, flags)
	t.Logf("Tabel 2.3: %d published cells checked, %d of them flagged by the review", checked, used)
	for _, k := range []cellKey{{"1", "rasio", 2011}, {"2", "rasio", 2011}} {
		if _, ok := flags[k]; !ok {
			t.Errorf("review does not flag %v", k)
		}
	}
	if flags[cellKey{"1", "rasio", 2011}] != "102.93" || flags[cellKey{"2", "rasio", 2011}] != "107.34" {
		t.Errorf("recomputed 2011 rasio: row 1 %q (want 102.93), row 2 %q (want 107.34)",
			flags[cellKey{"1", "rasio", 2011}], flags[cellKey{"2", "rasio", 2011}])
	}
}

// TestReviewNamesSeedDisagreements: the disagreements DOMAIN.md lists appear
// in the review workbook with the published and recomputed figures.
func TestReviewNamesSeedDisagreements(t *testing.T) {
	out, _ := bundledOutputs(t)
	g := openGrid(t, wb(out, review.FileName), "Selisih Terbitan")
	g2 := openGrid(t, wb(out, review.FileName), "Jumlah Tidak Cocok")
	text := func(g *sheet.Grid) string {
		var b strings.Builder
		for r := 1; r <= g.MaxRow; r++ {
			for c := 1; c <= g.MaxCol; c++ {
				b.WriteString(g.Text(r, c))
				b.WriteByte('\t')
			}
			b.WriteByte('\n')
		}
		return b.String()
	}
	selisih, jumlah := text(g), text(g2)
	for _, want := range []string{
		"Angka terbit 103,57 berbeda dari hasil hitung ulang 102,93",
		"Angka terbit 107,98 berbeda dari hasil hitung ulang 107,34",
		"2.8 Prog. Penguatan Kelembagaan Koperasi",
		"Angka terbit 96 tidak dapat dihitung ulang",
		"kemungkinan tertulis di kolom yang salah",
	} {
		if !strings.Contains(selisih, want) {
			t.Errorf("Selisih Terbitan lacks %q", want)
		}
	}
	for _, want := range []string{
		"Kondisi akhir 73.469.105.000 tidak sama dengan jumlah 2016–2021 (84.301.248.325)",
		"sama dengan jumlah tanpa tahun awal 2016",
		"BELANJA TIDAK LANGSUNG (46.608.332.950)",
	} {
		if !strings.Contains(jumlah, want) {
			t.Errorf("Jumlah Tidak Cocok lacks %q", want)
		}
	}
	// Every line names its place: file, sheet and cell.
	h, _ := sheet.FindHeader(g, 5, []string{"berkas"}, []string{"lembar"})
	for r := h.DataStart(); r <= g.MaxRow; r++ {
		for _, label := range []string{"berkas", "lembar", "sel"} {
			found := false
			for _, c := range h.Columns {
				if sheet.Norm(c.Last()) == label {
					found = true
					if g.Text(r, c.Col) == "" {
						t.Errorf("Selisih Terbitan row %d: no %s", r, label)
					}
				}
			}
			if !found {
				t.Fatalf("Selisih Terbitan: no column %q", label)
			}
		}
	}
}
