package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/sample"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/write/templates"
)

// The reconciliation rules, each made to fire by one change a person could
// make to an otherwise correct quarter of reports, and quiet on the correct
// quarter itself. The reports are the sample generator's in its clean mode:
// what the templates and the registers give, nothing planted.

const rekonYear = 2018

var cleanQuarter builtOnce[*templates.Plan]

// quarterInputs is a fresh inputs folder: the bundled Renstra, tables and
// settings, and clean reports of every unit and Keuangan for January to
// March 2018.
func quarterInputs(t *testing.T) (string, *templates.Plan) {
	t.Helper()
	return cleanQuarter.copy(t, "kinerja-quarter-", func(dir string) (*templates.Plan, error) {
		base := copyInputs(t)
		var plan *templates.Plan
		if err := withRun(base, testPeriod, func(db *warehouse.DB) (err error) {
			plan, err = templates.LoadPlan(context.Background(), db, rekonYear)
			return err
		}); err != nil {
			return nil, err
		}
		copyTree(t, base, dir, true)
		_, err := sample.GenerateWith(plan, filepath.Join(dir, "2018"), sample.Options{Seed: 7, Months: []int{1, 2, 3}, Clean: true})
		return plan, err
	})
}

// report is the path of a unit's report for a month in a quarter folder.
func report(in, unit string, month int) string {
	names := []string{"Januari", "Februari", "Maret"}
	return filepath.Join(in, "2018", "0"+strconv.Itoa(month), "Laporan_"+unit+"_"+names[month-1]+"_2018.xlsx")
}

// cellOf finds, on a report sheet, the row whose column A holds key and the
// column whose header (row 6) starts with label.
func cellOf(t *testing.T, f *excelize.File, sh, key, label string) string {
	t.Helper()
	rows, err := f.GetRows(sh)
	if err != nil {
		t.Fatal(err)
	}
	col := 0
	for c, v := range rows[5] {
		if strings.HasPrefix(v, label) {
			col = c + 1
			break
		}
	}
	for r, row := range rows {
		if len(row) > 0 && strings.TrimSpace(row[0]) == key && col > 0 {
			ref, _ := excelize.CoordinatesToCellName(col, r+1)
			return ref
		}
	}
	t.Fatalf("%s: no cell for %q / %q", sh, key, label)
	return ""
}

// add changes a number cell by delta, keeping a formula's cached result
// current the way a spreadsheet program would when it recalculates.
func add(t *testing.T, f *excelize.File, sh, ref string, delta float64) float64 {
	t.Helper()
	v, err := f.GetCellValue(sh, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		t.Fatalf("%s!%s = %q: %v", sh, ref, v, err)
	}
	formula, _ := f.GetCellFormula(sh, ref)
	if err := f.SetCellFloat(sh, ref, x+delta, -1, 64); err != nil {
		t.Fatal(err)
	}
	if formula != "" {
		if err := f.SetCellFormula(sh, ref, formula); err != nil {
			t.Fatal(err)
		}
	}
	return x + delta
}

// setTo sets a realisasi anggaran cell and its JUMLAH row together.
func setAnggaran(t *testing.T, f *excelize.File, sh, kode, label string, value float64) {
	t.Helper()
	ref := cellOf(t, f, sh, kode, label)
	v, _ := f.GetCellValue(sh, ref, excelize.Options{RawCellValue: true})
	x, _ := strconv.ParseFloat(v, 64)
	add(t, f, sh, ref, value-x)
	add(t, f, sh, cellOf(t, f, sh, "JUMLAH", label), value-x)
}

// failed lists the failed checks of a run as "rule unit month kode".
func failed(t *testing.T, out string) []string {
	t.Helper()
	var got []string
	for _, r := range query(t, out, `SELECT rule, unit, month, coalesce(kode, '-') FROM mart.rekonsiliasi WHERE NOT lolos ORDER BY ALL`) {
		got = append(got, strings.Join(r, " "))
	}
	return got
}

func runQuarter(t *testing.T, in string) string {
	t.Helper()
	out := t.TempDir()
	if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2018-03", Version: "test"}); err != nil {
		t.Fatalf("run: %v", err)
	}
	return out
}

func TestReconciliationQuietOnCorrectReports(t *testing.T) {
	in, _ := quarterInputs(t)
	// A correct JUMLAH row a person added under the cooperative register,
	// and a corrected version of a report: neither is an error.
	editWorkbook(t, report(in, "PKK", 1), func(f *excelize.File) {
		rows, _ := f.GetRows("Koperasi", excelize.Options{RawCellValue: true})
		sum := 0.0
		for _, row := range rows[6:] {
			if len(row) > 7 {
				v, _ := strconv.ParseFloat(row[7], 64)
				sum += v
			}
		}
		last := len(rows) + 1
		f.SetCellStr("Koperasi", "A"+strconv.Itoa(last), "JUMLAH")
		f.SetCellFloat("Koperasi", "H"+strconv.Itoa(last), sum, 0, 64)
	})
	out := runQuarter(t, in)
	if got := failed(t, out); len(got) > 0 {
		t.Errorf("correct reports flagged:\n  %s", strings.Join(got, "\n  "))
	}
	// Quiet because checked, not because nothing was compared.
	counts := map[string]int{}
	for _, r := range query(t, out, `SELECT rule, count(*) FROM mart.rekonsiliasi GROUP BY rule`) {
		counts[r[0]], _ = strconv.Atoi(r[1])
	}
	for rule, atLeast := range map[string]int{
		"rekon.anggaran_keuangan": 30, "rekon.kumulatif_turun": 60, "rekon.melebihi_pagu": 90,
		"rekon.indikator_register": 15, "rekon.jumlah": 16, "rekon.tidak_lapor": 18,
	} {
		if counts[rule] < atLeast {
			t.Errorf("%s: %d checks, want at least %d", rule, counts[rule], atLeast)
		}
	}
	if n := query(t, out, `SELECT count(*) FROM mart.review WHERE kategori = 'Rekonsiliasi'`)[0][0]; n != "0" {
		t.Errorf("review lists %s reconciliation findings for correct reports", n)
	}
}

func TestReconciliationRulesFire(t *testing.T) {
	const (
		pumKegiatan = "1.2.11.1.2.11.01.16.021"
		p2kKegiatan = "1.2.11.1.2.11.01.18.021"
		sekKegiatan = "1.2.11.1.2.11.01.01.018"
	)
	cases := []struct {
		name string
		edit func(t *testing.T, in string, plan *templates.Plan)
		want []string
	}{
		{"a unit's realisasi anggaran differs from Keuangan's", func(t *testing.T, in string, _ *templates.Plan) {
			editWorkbook(t, report(in, "PUM", 2), func(f *excelize.File) {
				ref := cellOf(t, f, templates.SheetRealisasi, pumKegiatan, "Realisasi Anggaran")
				add(t, f, templates.SheetRealisasi, ref, 1000)
				add(t, f, templates.SheetRealisasi, cellOf(t, f, templates.SheetRealisasi, "JUMLAH", "Realisasi Anggaran"), 1000)
			})
		}, []string{"rekon.anggaran_keuangan PUM 2 " + pumKegiatan}},

		{"Keuangan left a kegiatan blank", func(t *testing.T, in string, _ *templates.Plan) {
			editWorkbook(t, report(in, "KEU", 1), func(f *excelize.File) {
				ref := cellOf(t, f, templates.SheetKeuangan, p2kKegiatan, "Realisasi")
				v, _ := f.GetCellValue(templates.SheetKeuangan, ref, excelize.Options{RawCellValue: true})
				x, _ := strconv.ParseFloat(v, 64)
				f.SetCellValue(templates.SheetKeuangan, ref, nil)
				add(t, f, templates.SheetKeuangan, cellOf(t, f, templates.SheetKeuangan, "JUMLAH", "Realisasi"), -x)
			})
		}, []string{"rekon.anggaran_keuangan P2K 1 " + p2kKegiatan}},

		{"a cumulative realisasi kinerja goes down", func(t *testing.T, in string, _ *templates.Plan) {
			var feb float64
			editWorkbook(t, report(in, "P2K", 2), func(f *excelize.File) {
				v, _ := f.GetCellValue(templates.SheetRealisasi, cellOf(t, f, templates.SheetRealisasi, p2kKegiatan, "Realisasi Kinerja"), excelize.Options{RawCellValue: true})
				feb, _ = strconv.ParseFloat(v, 64)
			})
			editWorkbook(t, report(in, "P2K", 3), func(f *excelize.File) {
				f.SetCellFloat(templates.SheetRealisasi, cellOf(t, f, templates.SheetRealisasi, p2kKegiatan, "Realisasi Kinerja"), feb-1, -1, 64)
			})
		}, []string{"rekon.kumulatif_turun P2K 3 " + p2kKegiatan}},

		{"realisasi anggaran above the pagu, in the unit's report and Keuangan's", func(t *testing.T, in string, plan *templates.Plan) {
			pagu := 0.0
			for _, r := range plan.Rows {
				if r.Kode == sekKegiatan && r.Pagu.Valid {
					pagu, _ = strconv.ParseFloat(r.Pagu.String, 64)
				}
			}
			if pagu == 0 {
				t.Fatalf("no pagu for %s", sekKegiatan)
			}
			editWorkbook(t, report(in, "SEK", 3), func(f *excelize.File) {
				setAnggaran(t, f, templates.SheetRealisasi, sekKegiatan, "Realisasi Anggaran", pagu+1000)
			})
			editWorkbook(t, report(in, "KEU", 3), func(f *excelize.File) {
				setAnggaran(t, f, templates.SheetKeuangan, sekKegiatan, "Realisasi", pagu+1000)
			})
		}, []string{"rekon.melebihi_pagu KEU 3 " + sekKegiatan, "rekon.melebihi_pagu SEK 3 " + sekKegiatan}},

		{"an indicator typed differs from its register", func(t *testing.T, in string, _ *templates.Plan) {
			editWorkbook(t, report(in, "PKK", 2), func(f *excelize.File) {
				add(t, f, templates.SheetRealisasi, cellOf(t, f, templates.SheetRealisasi, "1.2.11.1.2.11.01.18", "Realisasi Kinerja"), 0.5)
			})
		}, []string{"rekon.indikator_register PKK 2 IP-18-1"}},

		{"a JUMLAH row retyped without one row", func(t *testing.T, in string, _ *templates.Plan) {
			editWorkbook(t, report(in, "PK", 1), func(f *excelize.File) {
				ref := cellOf(t, f, templates.SheetRealisasi, "JUMLAH", "Realisasi Anggaran")
				v, _ := f.GetCellValue(templates.SheetRealisasi, ref, excelize.Options{RawCellValue: true})
				x, _ := strconv.ParseFloat(v, 64)
				f.SetCellFormula(templates.SheetRealisasi, ref, "")
				f.SetCellFloat(templates.SheetRealisasi, ref, x-250000, 0, 64)
			})
		}, []string{"rekon.jumlah PK 1 -"}},

		{"a JUMLAH row under a register that does not add up", func(t *testing.T, in string, _ *templates.Plan) {
			editWorkbook(t, report(in, "PKK", 3), func(f *excelize.File) {
				rows, _ := f.GetRows("Koperasi")
				last := len(rows) + 1
				f.SetCellStr("Koperasi", "A"+strconv.Itoa(last), "JUMLAH")
				f.SetCellFloat("Koperasi", "H"+strconv.Itoa(last), 1000, 0, 64)
			})
		}, []string{"rekon.jumlah PKK 3 -"}},

		{"a unit's report missing", func(t *testing.T, in string, _ *templates.Plan) {
			if err := os.Remove(report(in, "P2K", 2)); err != nil {
				t.Fatal(err)
			}
		}, []string{"rekon.tidak_lapor P2K 2 -"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, plan := quarterInputs(t)
			c.edit(t, in, plan)
			out := runQuarter(t, in)
			got := failed(t, out)
			sort.Strings(c.want)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("failed checks:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
			// Each failed check is a finding of the review, with its place.
			for _, r := range query(t, out, `SELECT rule, coalesce(file, ''), message FROM mart.review WHERE kategori = 'Rekonsiliasi'`) {
				if r[1] == "" && r[0] != "rekon.tidak_lapor" {
					t.Errorf("%s: finding without a file: %s", r[0], r[2])
				}
			}
			if n := query(t, out, `SELECT count(*) FROM mart.review WHERE kategori = 'Rekonsiliasi'`)[0][0]; n != strconv.Itoa(len(c.want)) {
				t.Errorf("review lists %s reconciliation findings, want %d", n, len(c.want))
			}
		})
	}
}
