package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kinerja/pipelines/sample"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/write/evaluasi"
	"kinerja/pipelines/write/monitoring"
	"kinerja/pipelines/write/review"
	"kinerja/pipelines/write/templates"
)

// The sample year shipped in inputs/2018 is what kinerja sample writes
// today: same seed, same bytes. A change to the templates or the generator
// that is not followed by regenerating the sample fails here.
func TestShippedSampleIsTheGeneratorsOutput(t *testing.T) {
	out, _ := bundledOutputs(t)
	db, err := warehouse.OpenReadOnly(t.Context(), filepath.Join(out, WarehouseName))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := templates.LoadPlan(t.Context(), db, 2018)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	names, err := sample.Generate(plan, dir, 1)
	if err != nil {
		t.Fatal(err)
	}
	shipped := filepath.Join(bundledInputs(t), "2018")
	var have []string
	filepath.Walk(shipped, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			rel, _ := filepath.Rel(shipped, p)
			have = append(have, filepath.ToSlash(rel))
		}
		return nil
	})
	if len(have) != len(names) {
		t.Fatalf("inputs/2018 has %d files, the generator writes %d (regenerate: bin/kinerja sample --year 2018 --out inputs/2018)", len(have), len(names))
	}
	for _, n := range names {
		a, err1 := os.ReadFile(filepath.Join(dir, n))
		b, err2 := os.ReadFile(filepath.Join(shipped, n))
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v %v", n, err1, err2)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("inputs/2018/%s differs from what the generator writes now (regenerate: bin/kinerja sample --year 2018 --out inputs/2018)", n)
		}
	}
}

var monthDir = regexp.MustCompile(`^2018/(\d\d)/Laporan_([A-Z0-9]+)_`)

// make run on the sample year: the review holds every deliberate error and
// nothing else from the monthly reports.
func TestSampleYearFlagsTheDeliberateErrorsOnly(t *testing.T) {
	out, sum := bundledOutputs(t)
	if sum.Period != "2018-12" {
		t.Fatalf("period %s, want 2018-12 (the latest month reported)", sum.Period)
	}
	planted := sample.Errors(2018)
	matches := func(e sample.Deliberate, rule, unit string, month int, kode string) bool {
		if e.Rule != rule || e.Kode != kode {
			return false
		}
		if e.Rule == "rekon.melebihi_pagu" {
			// over pagu from that month on, in the unit's report and Keuangan's
			return (unit == e.Unit || unit == templates.Keuangan) && month >= e.Month
		}
		return unit == e.Unit && month == e.Month
	}
	found := make([]bool, len(planted))
	check := func(what, rule, unit string, month int, kode string) {
		for i, e := range planted {
			if matches(e, rule, unit, month, kode) {
				found[i] = true
				return
			}
		}
		t.Errorf("flagged but not a deliberate error: %s", what)
	}
	for _, r := range query(t, out, `SELECT rule, unit, month, coalesce(kode, ''), message FROM mart.rekonsiliasi WHERE NOT lolos`) {
		m, _ := strconv.Atoi(r[2])
		check(strings.Join(r, " "), r[0], r[1], m, r[3])
	}
	// Reading findings on the monthly reports (info, e.g. an inserted column,
	// is not a flag).
	for _, r := range query(t, out, `SELECT rule, file, cell, severity, sheet FROM raw.findings WHERE file LIKE '2018/%' AND severity <> 'info'`) {
		m := monthDir.FindStringSubmatch(r[1])
		if m == nil {
			t.Errorf("finding on %s: not a monthly report", r[1])
			continue
		}
		month, _ := strconv.Atoi(m[1])
		// the cell's row holds the kegiatan's kode in column A
		kode := query(t, out, `SELECT coalesce(any_value(k.raw_text), '') FROM raw.cells c JOIN raw.files f USING (file_id)
		                       JOIN raw.cells k ON k.file_id = c.file_id AND k.sheet = c.sheet AND k.row_no = c.row_no AND k.col_no = 1
		                       WHERE f.path = ? AND c.sheet = ? AND c.cell = ?`, r[1], r[4], r[2])[0][0]
		check(strings.Join(r[:4], " "), r[0], m[2], month, kode)
	}
	for i, e := range planted {
		if !found[i] {
			t.Errorf("deliberate error not flagged: %+v", e)
		}
	}
	// Superseded: the corrected June report of PUM is the one read.
	if got := query(t, out, `SELECT path FROM clean.laporan WHERE unit = 'PUM' AND month = 6 AND current`); len(got) != 1 || !strings.HasSuffix(got[0][0], "_revisi.xlsx") {
		t.Errorf("current PUM June report: %v, want the revision", got)
	}

	// The workbooks: monitoring, four E.81 forms, and the review's
	// Rekonsiliasi sheet listing the findings.
	for _, name := range []string{monitoring.FileName("2018-12"), evaluasi.FileName(2018, 1), evaluasi.FileName(2018, 2), evaluasi.FileName(2018, 3), evaluasi.FileName(2018, 4)} {
		if _, err := os.Stat(wb(out, name)); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	g := openGrid(t, wb(out, review.FileName), "Rekonsiliasi")
	want := query(t, out, `SELECT rule FROM mart.review WHERE kategori = 'Rekonsiliasi' ORDER BY seq`)
	var rules []string
	for r := 4; r <= g.MaxRow; r++ {
		if s := g.Text(r, 17); s != "" {
			rules = append(rules, s)
		}
	}
	if len(want) != 7 || len(rules) != len(want) {
		t.Errorf("Rekonsiliasi sheet lists %v; mart.review has %v (want the 7 findings of the 6 planted reconciliation errors: over pagu in SEK and Keuangan)", rules, want)
	}
}

// The monitoring and the E.81 forms agree with the warehouse they came from.
func TestMonitoringAndEvaluationFigures(t *testing.T) {
	out, _ := bundledOutputs(t)
	// Dinas totals: the sum of the plan's pagu and Keuangan's December total.
	tot := query(t, out, `SELECT CAST(pagu AS BIGINT), CAST(realisasi_anggaran AS BIGINT), CAST(serapan AS VARCHAR) FROM mart.monitoring_unit WHERE unit = 'DINAS'`)
	keu := query(t, out, `SELECT CAST(pagu AS BIGINT), CAST(anggaran AS BIGINT) FROM clean.keuangan WHERE month = 12 AND row_kind = 'total'`)
	if len(tot) != 1 || len(keu) != 1 || tot[0][0] != keu[0][0] || tot[0][1] != keu[0][1] {
		t.Errorf("Dinas total %v, Keuangan's December JUMLAH row %v", tot, keu)
	}
	// E.81: realisasi of the four quarters adds up to the year's for a
	// kegiatan counted in units (a percentage is a position, not a sum: its
	// fourth quarter is the year's), and the predikat follows the scale.
	rows := query(t, out, `SELECT kode,
	                              CAST(CASE WHEN satuan = '%' THEN tw4_k ELSE tw1_k + tw2_k + tw3_k + tw4_k END AS DOUBLE), CAST(realisasi_tahun_k AS DOUBLE),
	                              CAST(tw1_rp + tw2_rp + tw3_rp + tw4_rp AS BIGINT), CAST(realisasi_tahun_rp AS BIGINT)
	                       FROM mart.evaluasi_renja WHERE triwulan = 4 AND jenis = 'kegiatan'`)
	if len(rows) < 40 {
		t.Fatalf("E.81 TW IV has %d kegiatan", len(rows))
	}
	for _, r := range rows {
		if r[1] != r[2] || r[3] != r[4] {
			t.Errorf("%s: quarters add to %s / %s, year %s / %s", r[0], r[1], r[3], r[2], r[4])
		}
	}
	for _, r := range query(t, out, `SELECT triwulan, lingkup, CAST(rata_capaian_k AS DOUBLE), predikat_k FROM mart.evaluasi_renja_predikat WHERE rata_capaian_k IS NOT NULL`) {
		x, _ := strconv.ParseFloat(r[2], 64)
		want := "Sangat Rendah"
		switch {
		case x > 90:
			want = "Sangat Tinggi"
		case x > 75:
			want = "Tinggi"
		case x > 65:
			want = "Sedang"
		case x > 50:
			want = "Rendah"
		}
		if r[3] != want {
			t.Errorf("TW %s %s: capaian %s → %s, want %s", r[0], r[1], r[2], r[3], want)
		}
	}
	// The E.81 workbook carries the Dinas average and predikat of its
	// quarter, the kegiatan and the programs apart.
	g := openGrid(t, wb(out, evaluasi.FileName(2018, 4)), "E.81")
	pred := query(t, out, `SELECT predikat_k FROM mart.evaluasi_renja_predikat WHERE triwulan = 4 AND lingkup = 'Dinas' AND tingkat = 'kegiatan'`)[0][0]
	seen := false
	for r := 1; r <= g.MaxRow; r++ {
		if g.Text(r, 1) == "Predikat kinerja kegiatan (output)" {
			for c := 5; c <= g.MaxCol; c++ {
				if g.Text(r, c) == pred {
					seen = true
				}
			}
		}
	}
	if !seen {
		t.Errorf("E.81 TW IV does not show the predikat %q", pred)
	}
}
