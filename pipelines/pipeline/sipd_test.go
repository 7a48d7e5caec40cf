package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/read/sipd"
	"kinerja/pipelines/sample"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/write/templates"
)

// SIPD-RI's realisasi export reconciled with the units' reports: a correct
// quarter of 2022 (the bundled reports under the Renstra 2021–2026, coded
// by Permendagri 90/2019) with the three monthly SIPD-RI exports Keuangan
// would download for it — January and February in the field names of
// SIPD-RI's data (.xlsx), March as a realisasi screen's labels (.csv) — is
// quiet; each change a person could make fires exactly its rule.

const sipdYear = 2022

var sipdQuarter builtOnce[[]sipd.Line]

// sipdFile is the export of a month in a SIPD quarter folder.
func sipdFile(in string, month int) string {
	ext := ".xlsx"
	if month == 3 {
		ext = ".csv"
	}
	return filepath.Join(in, "sipd", fmt.Sprintf("SIPD_Realisasi_%d-%02d%s", sipdYear, month, ext))
}

func sipdOptions(month int, lines []sipd.Line) sipd.Options {
	o := sipd.Options{Year: sipdYear, Months: []int{month}, Lines: lines, Seed: 31, Format: "xlsx", Shape: sipd.Shape2022}
	if month == 3 {
		o.Format, o.Shape = "csv", sipd.Shape2023
	}
	return o
}

// sipdInputs is a fresh inputs folder: the plans, the history and the
// settings, the units' and Keuangan's reports of January to March 2022,
// and a SIPD-RI export for each of the three months agreeing with them.
func sipdInputs(t *testing.T) (string, []sipd.Line) {
	t.Helper()
	return sipdQuarter.copy(t, "kinerja-sipd-", func(dir string) ([]sipd.Line, error) {
		copyTree(t, todayInputs(t), dir, true)
		for m := 1; m <= 3; m++ {
			copyTree(t, filepath.Join(todayInputs(t), "2022", fmt.Sprintf("%02d", m)), filepath.Join(dir, "2022", fmt.Sprintf("%02d", m)), false)
		}
		var lines []sipd.Line
		if err := withRun(dir, "2022-03", func(db *warehouse.DB) (err error) {
			lines, err = sample.SIPDLines(context.Background(), db, sipdYear, 3)
			return err
		}); err != nil {
			return nil, err
		}
		for m := 1; m <= 3; m++ {
			if _, err := sipd.Generate(sipdFile(dir, m), sipdOptions(m, lines)); err != nil {
				return nil, err
			}
		}
		return lines, nil
	})
}

func runSIPD(t *testing.T, in string) string {
	t.Helper()
	out := t.TempDir()
	if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2022-03", Version: "test"}); err != nil {
		t.Fatalf("run: %v", err)
	}
	return out
}

// report2022 is a unit's report of a month of the quarter.
func report2022(in, unit string, month int) string {
	names := []string{"Januari", "Februari", "Maret"}
	return filepath.Join(in, "2022", fmt.Sprintf("%02d", month), "Laporan_"+unit+"_"+names[month-1]+"_2022.xlsx")
}

// editCSV rewrites a CSV export's lines.
func editCSV(t *testing.T, path string, edit func(lines []string) []string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if err := os.WriteFile(path, []byte(strings.Join(edit(lines), "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// headerRow is the row of an exported sheet whose cells include label.
func headerRow(t *testing.T, f *excelize.File, label string) (row int, cols []string) {
	t.Helper()
	rows, err := f.GetRows("Realisasi")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		for _, c := range r {
			if c == label {
				return i + 1, r
			}
		}
	}
	t.Fatalf("no header with %q", label)
	return 0, nil
}

// renameRealisasi gives January's export's realisasi column a name no
// reader knows.
func renameRealisasi(t *testing.T, in string) {
	t.Helper()
	editWorkbook(t, sipdFile(in, 1), func(f *excelize.File) {
		r, cols := headerRow(t, f, "realisasi")
		for c, v := range cols {
			if v == "realisasi" {
				ref, _ := excelize.CoordinatesToCellName(c+1, r)
				f.SetCellStr("Realisasi", ref, "nilai_kumulatif")
			}
		}
	})
}

func sipdFindings(t *testing.T, out string) map[string][]string {
	t.Helper()
	got := map[string][]string{}
	for _, r := range query(t, out, `SELECT rule, baris, coalesce(message, '') FROM mart.review WHERE rule LIKE 'sipd.%' ORDER BY ALL`) {
		got[r[0]] = append(got[r[0]], r[1]+": "+r[2])
	}
	return got
}

func TestSIPDQuietOnCorrectMonths(t *testing.T) {
	in, lines := sipdInputs(t)
	out := runSIPD(t, in)
	if got := failed(t, out); len(got) > 0 {
		t.Errorf("correct months flagged:\n  %s", strings.Join(got, "\n  "))
	}
	if f := sipdFindings(t, out); len(f) > 0 {
		t.Errorf("findings on correct exports: %v", f)
	}
	// Quiet because checked: every unit's sub kegiatan each month against
	// SIPD-RI, Keuangan's workbook against it, every pagu.
	counts := map[string]int{}
	for _, r := range query(t, out, `SELECT rule, count(*) FROM mart.rekonsiliasi GROUP BY rule`) {
		counts[r[0]], _ = strconv.Atoi(r[1])
	}
	for rule, want := range map[string]int{"rekon.anggaran_sipd": 3 * len(lines), "rekon.keuangan_sipd": 3 * len(lines), "rekon.pagu_sipd": 2 * 3 * len(lines)} {
		if counts[rule] != want {
			t.Errorf("%s: %d checks, want %d", rule, counts[rule], want)
		}
	}
	if counts["rekon.anggaran_keuangan"] != 0 {
		t.Errorf("%d checks against Keuangan's workbook in months SIPD-RI holds", counts["rekon.anggaran_keuangan"])
	}
	// SIPD-RI is the documents' source: every budget line of the quarter
	// comes from it, with the cells it is the sum of.
	got := query(t, out, `SELECT sumber, count(*), count(*) FILTER (WHERE anggaran_cell ~ '^[A-Z]+[0-9]+(:[A-Z]+[0-9]+)?$') FROM clean.anggaran_resmi GROUP BY ALL`)
	if fmt.Sprint(got) != fmt.Sprint([][]string{{"SIPD-RI", strconv.Itoa(3 * len(lines)), strconv.Itoa(3 * len(lines))}}) {
		t.Errorf("clean.anggaran_resmi: %v", got)
	}
	got = query(t, out, `SELECT DISTINCT sumber_anggaran FROM mart.realisasi_bulanan WHERE daun AND anggaran IS NOT NULL`)
	if fmt.Sprint(got) != "[[SIPD-RI]]" {
		t.Errorf("mart.realisasi_bulanan takes its anggaran from %v", got)
	}
	// The monitoring says where its realisasi anggaran comes from.
	f, err := excelize.OpenFile(wb(out, "Monitoring_2022-03.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	sub, _ := f.GetCellValue("Ringkasan", "A2")
	f.Close()
	if !strings.Contains(sub, "Realisasi anggaran menurut SIPD-RI (ekspor Keuangan);") {
		t.Errorf("monitoring subtitle: %q", sub)
	}
	// The figure each month is the units' (so SIPD-RI's), to the rupiah.
	have := map[string]string{}
	for _, r := range query(t, out, `SELECT kode || ' ' || month, CAST(CAST(anggaran AS BIGINT) AS VARCHAR) FROM mart.realisasi_bulanan WHERE daun AND anggaran IS NOT NULL`) {
		have[r[0]] = r[1]
	}
	for _, l := range lines {
		for m, want := range l.Realisasi {
			if got := have[fmt.Sprintf("%s %d", l.Kode, m)]; got != strconv.FormatInt(want, 10) {
				t.Errorf("%s month %d: %q, want %d", l.Kode, m, got, want)
			}
		}
	}
}

func TestSIPDRulesFire(t *testing.T) {
	const (
		pumSub = "2.17.07.2.01.0004"
		sekSub = "2.17.01.2.06.0009"
		pkkSub = "2.17.03.2.01.0003"
	)
	cases := []struct {
		name     string
		edit     func(t *testing.T, in string)
		want     []string
		findings []string // sipd.* rules the review lists
	}{
		{"a unit's realisasi anggaran differs from SIPD-RI's", func(t *testing.T, in string) {
			editWorkbook(t, report2022(in, "PUM", 2), func(f *excelize.File) {
				add(t, f, templates.SheetRealisasi, cellOf(t, f, templates.SheetRealisasi, pumSub, "Realisasi Anggaran"), 1000)
				add(t, f, templates.SheetRealisasi, cellOf(t, f, templates.SheetRealisasi, "JUMLAH", "Realisasi Anggaran"), 1000)
			})
		}, []string{"rekon.anggaran_sipd PUM 2 " + pumSub}, nil},

		{"Keuangan's workbook differs from SIPD-RI", func(t *testing.T, in string) {
			editWorkbook(t, report2022(in, "KEU", 1), func(f *excelize.File) {
				add(t, f, templates.SheetKeuangan, cellOf(t, f, templates.SheetKeuangan, sekSub, "Realisasi"), -50000)
				add(t, f, templates.SheetKeuangan, cellOf(t, f, templates.SheetKeuangan, "JUMLAH", "Realisasi"), -50000)
			})
		}, []string{"rekon.keuangan_sipd KEU 1 " + sekSub}, nil},

		{"an SPJ posted in SIPD-RI after the reports were sent", func(t *testing.T, in string) {
			editCSV(t, sipdFile(in, 3), func(lines []string) []string {
				for i, l := range lines {
					c := strings.Split(l, ";")
					if len(c) > 9 && c[1] == pkkSub {
						v, _ := strconv.ParseInt(c[9], 10, 64)
						b, _ := strconv.ParseInt(c[8], 10, 64)
						c[9], c[8] = strconv.FormatInt(v+750000, 10), strconv.FormatInt(b+750000, 10)
						lines[i] = strings.Join(c, ";")
						break
					}
				}
				return lines
			})
		}, []string{"rekon.anggaran_sipd PKK 3 " + pkkSub, "rekon.keuangan_sipd KEU 3 " + pkkSub}, nil},

		{"a unit's report still carries the pagu from before a shift", func(t *testing.T, in string) {
			editWorkbook(t, report2022(in, "SEK", 2), func(f *excelize.File) {
				add(t, f, templates.SheetRealisasi, cellOf(t, f, templates.SheetRealisasi, sekSub, "Pagu"), 15_000_000)
				add(t, f, templates.SheetRealisasi, cellOf(t, f, templates.SheetRealisasi, "JUMLAH", "Pagu"), 15_000_000)
			})
		}, []string{"rekon.pagu_sipd SEK 2 " + sekSub}, nil},

		{"a sub kegiatan left out of SIPD-RI's export", func(t *testing.T, in string) {
			editWorkbook(t, sipdFile(in, 2), func(f *excelize.File) {
				rows, _ := f.GetRows("Realisasi")
				for i := len(rows) - 1; i >= 0; i-- {
					if len(rows[i]) > 4 && rows[i][4] == pumSub {
						f.RemoveRow("Realisasi", i+1)
					}
				}
			})
		}, []string{"rekon.anggaran_sipd PUM 2 " + pumSub, "rekon.keuangan_sipd KEU 2 " + pumSub}, nil},

		{"the realisasi column renamed: the export is not used, the month falls back to Keuangan's workbook", renameRealisasi, nil, []string{"sipd.kolom"}},

		{"a second column that also looks like the realisasi", func(t *testing.T, in string) {
			editWorkbook(t, sipdFile(in, 2), func(f *excelize.File) {
				r, cols := headerRow(t, f, "realisasi")
				ref, _ := excelize.CoordinatesToCellName(len(cols)+1, r)
				f.SetCellStr("Realisasi", ref, "Realisasi SP2D")
			})
		}, nil, []string{"sipd.kolom_ganda"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in, _ := sipdInputs(t)
			c.edit(t, in)
			out := runSIPD(t, in)
			got := failed(t, out)
			sort.Strings(c.want)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("failed checks:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
			var rules []string
			for rule := range sipdFindings(t, out) {
				rules = append(rules, rule)
			}
			sort.Strings(rules)
			if strings.Join(rules, ",") != strings.Join(c.findings, ",") {
				t.Errorf("findings %v, want %v", rules, c.findings)
			}
			for _, r := range query(t, out, `SELECT rule, coalesce(file, ''), coalesce(cell, ''), message FROM mart.review WHERE kategori = 'Rekonsiliasi'`) {
				if r[1] == "" || r[2] == "" {
					t.Errorf("%s: finding without its file and cell: %s", r[0], r[3])
				}
			}
		})
	}

	// The finding for a header that changed shape names the columns found
	// and those expected; the month is then reconciled against Keuangan.
	in, _ := sipdInputs(t)
	renameRealisasi(t, in)
	out := runSIPD(t, in)
	msg := query(t, out, `SELECT message, expected, raw_text FROM mart.review WHERE rule = 'sipd.kolom'`)
	if len(msg) != 1 || !strings.Contains(msg[0][0], "realisasi s.d. bulan ini tidak ditemukan") ||
		!strings.Contains(msg[0][0], `"kode_sub_giat" (kode sub kegiatan)`) || !strings.Contains(msg[0][0], `"nilai" (pagu`) ||
		!strings.Contains(msg[0][1], "kode rekening") || !strings.Contains(msg[0][2], "nilai_kumulatif") {
		t.Errorf("sipd.kolom: %v", msg)
	}
	got := query(t, out, `SELECT sumber, month, count(*) FROM clean.anggaran_resmi GROUP BY ALL ORDER BY month`)
	if len(got) != 3 || got[0][0] != "Keuangan" || got[1][0] != "SIPD-RI" || got[2][0] != "SIPD-RI" {
		t.Errorf("sources by month: %v", got)
	}
	if n := query(t, out, `SELECT count(*) FROM mart.rekonsiliasi WHERE rule = 'rekon.anggaran_keuangan' AND month = 1`)[0][0]; n == "0" {
		t.Errorf("January not reconciled against Keuangan's workbook")
	}
}

// TestSIPDPlantedDefectsFound: a SIPD-RI export with one defect of each kind
// planted gives each finding on exactly its row, and SIPD-RI's figures leave
// out what cannot be counted (an unreadable amount, a row without its sub
// kegiatan, a repeated row); a sub kegiatan of another bidang stays under
// its own code, which no document of the Dinas prints.
func TestSIPDPlantedDefectsFound(t *testing.T) {
	for _, c := range []struct {
		month int
		seed  uint64
	}{{3, 31}, {1, 5}} {
		t.Run(fmt.Sprintf("bulan %d", c.month), func(t *testing.T) {
			in, lines := sipdInputs(t)
			o := sipdOptions(c.month, lines)
			o.Defects, o.Seed = true, c.seed
			p, err := sipd.Generate(sipdFile(in, c.month), o)
			if err != nil {
				t.Fatal(err)
			}
			out := runSIPD(t, in)
			got := map[string][]string{}
			for _, r := range query(t, out, `SELECT substr(rule, 6), split_part(baris, ' ', 2) FROM mart.review WHERE rule LIKE 'sipd.%' ORDER BY ALL`) {
				got[r[0]] = append(got[r[0]], r[1])
			}
			want := map[string][]string{}
			for k, rows := range p.Defects {
				for _, r := range rows {
					want[k] = append(want[k], strconv.Itoa(r))
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("findings by row:\n got %v\nwant %v", got, want)
			}
			if len(want) != 6 {
				t.Errorf("planted %d kinds, want 6: %v", len(want), want)
			}
			sum := query(t, out, `SELECT CAST(sum(anggaran) AS BIGINT) FROM clean.sipd_sub_kegiatan WHERE month = ?`, c.month)
			if sum[0][0] != strconv.FormatInt(p.ByMonth[c.month], 10) {
				t.Errorf("SIPD-RI's total %s, want %d (the countable rows)", sum[0][0], p.ByMonth[c.month])
			}
		})
	}
}
