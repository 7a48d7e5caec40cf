package renstra

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/internal/seedtext"
	"kinerja/pipelines/sheet"
)

func bundled(t *testing.T) (*sheet.Workbook, func()) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "..", "inputs", "renstra", "Renstra_2016-2021.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	wb, err := sheet.Open(f)
	if err != nil {
		t.Fatal(err)
	}
	return wb, func() { wb.Close(); f.Close() }
}

// tables reads every sheet of the bundled Renstra workbook with the forms.
func tables(t *testing.T) map[string]*sheet.Table {
	t.Helper()
	wb, done := bundled(t)
	defer done()
	out := map[string]*sheet.Table{}
	for i, name := range wb.SheetNames() {
		g, err := wb.Grid(i, name)
		if err != nil {
			t.Fatal(err)
		}
		form, _, ok := sheet.Recognize(g, Forms())
		if !ok {
			t.Errorf("sheet %q is not recognised", name)
			continue
		}
		tbl, ok := sheet.ReadTable(g, form.Spec)
		if !ok {
			t.Errorf("sheet %q (%s): header not found", name, form.Code)
			continue
		}
		if len(tbl.Unclaimed) > 0 {
			t.Errorf("sheet %q (%s): unclaimed columns %v", name, form.Code, tbl.Unclaimed)
		}
		for _, r := range tbl.Rows {
			for _, v := range r.Values {
				if v.Status == sheet.StatusUnreadable {
					t.Errorf("%s!%s: %q unreadable: %v", name, v.Ref, v.Raw, v.Err)
				}
			}
		}
		out[form.Code] = tbl
	}
	return out
}

func TestBundledRenstraReadsCompletely(t *testing.T) {
	got := tables(t)
	for _, code := range []string{Dokumen, Unit, TujuanSasaran, Indikator, Tabel41, Tabel61, Tabel71, Tabel72, Lampiran} {
		if got[code] == nil {
			t.Errorf("form %s missing", code)
		}
	}
	if tbl := got[Tabel61]; tbl != nil {
		if len(tbl.Years) != 6 || tbl.Years[0] != 2016 || tbl.Years[5] != 2021 {
			t.Errorf("Tabel 6.1 years %v: the header, not the code, says 2016–2021", tbl.Years)
		}
		kinds := map[sheet.RowKind]int{}
		for _, r := range tbl.Rows {
			kinds[r.Kind]++
		}
		if kinds[sheet.RowTotal] != 2 || kinds[sheet.RowContinuation] != 8 || kinds[sheet.RowData] != 115 {
			t.Errorf("Tabel 6.1 rows by kind: %v (want 2 block totals, 8 continuation rows — the extra indicators of programs 16, 17, 18, 21 — and 115 rows with a kode)", kinds)
		}
	}
}

// TestTranscriptionMatchesSeed: the target tables carry the seed's figures,
// and every Rp figure of Tabel 6.1 is one the seed prints in its Tabel 6.1.
func TestTranscriptionMatchesSeed(t *testing.T) {
	lines := seedtext.Lines(t)
	got := tables(t)

	// Tabel 7.2 (no 2016 column) and Tabel 7.1, row by row.
	checkTargets := func(code, start string, firstYear int) {
		tbl := got[code]
		if tbl == nil {
			return
		}
		at := -1
		for i, l := range lines {
			if strings.Contains(l, start) {
				at = i
				break
			}
		}
		if at < 0 {
			t.Fatalf("seed: %q not found", start)
		}
		n := 0
		for _, l := range lines[at:] {
			f := strings.Split(l, "\t")
			if len(f) < 3 || !regexp.MustCompile(`^\d+$`).MatchString(f[0]) {
				if n > 0 && strings.HasPrefix(l, "#") {
					break
				}
				continue
			}
			var row *sheet.TableRow
			for i := range tbl.Rows {
				if ind, _ := tbl.Rows[i].Get("indikator", 0); sheet.Norm(ind.Text) == sheet.Norm(f[1]) {
					row = &tbl.Rows[i]
				}
			}
			if row == nil {
				t.Errorf("%s: seed row %q not in the workbook", code, f[1])
				continue
			}
			n++
			for k, cell := range f[3:] {
				y := firstYear + k
				if y > 2021 {
					break
				}
				want, _ := idtext.ParseQuantity(cell)
				v, _ := row.Get("target", y)
				if want.Missing != (v.Status == sheet.StatusEmpty) || (!want.Missing && v.Num.Value != want.Value) {
					t.Errorf("%s %q %d: workbook %q, seed %q", code, f[1], y, v.Raw, cell)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no seed rows compared", code)
		}
	}
	checkTargets(Tabel72, "INDIKATOR KINERJA PELAYANAN", 2017)

	// Rp figures of Tabel 6.1: each printed in the seed between the Tabel 6.1
	// heading and Bab VII.
	from, to := -1, -1
	for i, l := range lines {
		if from < 0 && strings.Contains(l, "Tabel 6.1 sebagai berikut") {
			from = i
		}
		if from >= 0 && strings.HasPrefix(l, "## BAB VII") {
			to = i
			break
		}
	}
	if from < 0 || to < 0 {
		t.Fatal("seed: Tabel 6.1 not found")
	}
	printed := map[string]bool{}
	for _, l := range lines[from:to] {
		for _, tok := range regexp.MustCompile(`\d{1,3}(?:\.\d{3})+|\b\d+\b`).FindAllString(strings.NewReplacer("<b>", "", "</b>", "").Replace(l), -1) {
			printed[strings.ReplaceAll(tok, ".", "")] = true
		}
	}
	checked := 0
	for _, r := range got[Tabel61].Rows {
		for _, v := range r.Values {
			if (v.Field == "rp" || v.Field == "rp_akhir") && v.Status == sheet.StatusOK {
				checked++
				if !printed[v.Num.Value.String()] {
					t.Errorf("Tabel 6.1 %s: Rp %s is not printed in the seed's Tabel 6.1", v.Ref, v.Num.Value.Indonesian())
				}
			}
		}
	}
	if checked < 400 {
		t.Errorf("only %d Rp figures checked", checked)
	}
}
