package pipeline

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the golden workbook dumps in testdata/golden")

// TestSameInputsSameBytes: two runs over the same inputs write byte-identical
// workbooks.
func TestSameInputsSameBytes(t *testing.T) {
	out1, sum1 := bundledOutputs(t)
	out2 := t.TempDir()
	sum2, err := Run(t.Context(), Options{InputsDir: bundledInputs(t), OutputsDir: out2, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(sum1.Workbooks, ",") != strings.Join(sum2.Workbooks, ",") {
		t.Fatalf("workbooks differ: %v vs %v", sum1.Workbooks, sum2.Workbooks)
	}
	// Tabel 2.3 and 2.4 for two windows, the monitoring, four E.81, the LAKIP, the LKPJ and the review.
	if len(sum1.Workbooks) != 12 {
		t.Fatalf("want 12 workbooks, got %v", sum1.Workbooks)
	}
	for _, name := range sum1.Workbooks {
		a, err1 := os.ReadFile(filepath.Join(out1, name))
		b, err2 := os.ReadFile(filepath.Join(out2, name))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs over the same inputs", name)
		}
	}
}

// dump renders a workbook's content as sorted lines: per sheet its size and
// merged ranges, then every non-empty cell with its type, stored value,
// number format and comment. Two workbooks with the same dump show the same
// thing in a spreadsheet program.
func dump(t *testing.T, path string) []string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		maxCol := 0
		for _, r := range rows {
			maxCol = max(maxCol, len(r))
		}
		lines = append(lines, fmt.Sprintf("%s\tsize\trows=%d cols=%d", sh, len(rows), maxCol))
		merges, _ := f.GetMergeCells(sh)
		for _, m := range merges {
			lines = append(lines, fmt.Sprintf("%s\tmerge\t%s:%s", sh, m.GetStartAxis(), m.GetEndAxis()))
		}
		comments, _ := f.GetComments(sh)
		notes := map[string]string{}
		for _, c := range comments {
			var b strings.Builder
			for _, p := range c.Paragraph {
				b.WriteString(p.Text)
			}
			notes[c.Cell] = b.String()
		}
		for ri, r := range rows {
			for ci, v := range r {
				if v == "" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(ci+1, ri+1)
				typ, _ := f.GetCellType(sh, ref)
				style, _ := f.GetCellStyle(sh, ref)
				numFmt := ""
				if s, err := f.GetStyle(style); err == nil && s.CustomNumFmt != nil {
					numFmt = *s.CustomNumFmt
				}
				line := fmt.Sprintf("%s\t%s\t%d\t%q\t%s", sh, ref, typ, v, numFmt)
				if n, ok := notes[ref]; ok {
					line += "\tcomment=" + n
				}
				lines = append(lines, line)
			}
		}
	}
	sort.Strings(lines)
	return lines
}

// TestGoldenWorkbooks compares each workbook with its golden dump in both
// directions: nothing missing, nothing extra, same size per sheet.
// `go test ./pipelines/pipeline -update` rewrites the goldens.
func TestGoldenWorkbooks(t *testing.T) {
	out, sum := bundledOutputs(t)
	dir := filepath.Join("testdata", "golden")
	for _, name := range sum.Workbooks {
		got := dump(t, filepath.Join(out, name))
		golden := filepath.Join(dir, strings.TrimSuffix(filepath.Base(name), ".xlsx")+".txt")
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		b, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%s: %v (run with -update to create)", name, err)
		}
		want := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		wantSet, gotSet := map[string]bool{}, map[string]bool{}
		for _, l := range want {
			wantSet[l] = true
		}
		for _, l := range got {
			gotSet[l] = true
		}
		var missing, extra []string
		for _, l := range want {
			if !gotSet[l] {
				missing = append(missing, l)
			}
		}
		for _, l := range got {
			if !wantSet[l] {
				extra = append(extra, l)
			}
		}
		if len(want) != len(got) || len(missing) > 0 || len(extra) > 0 {
			t.Errorf("%s: %d lines, golden %d; %d missing, %d extra\nmissing: %s\nextra: %s", name, len(got), len(want),
				len(missing), len(extra), firstN(missing, 8), firstN(extra, 8))
		}
	}
}

func firstN(lines []string, n int) string {
	if len(lines) > n {
		lines = append(lines[:n:n], fmt.Sprintf("… and %d more", len(lines)-n))
	}
	return strings.Join(lines, "\n  ")
}

// TestWarehouseSchema: the layers an analyst sees are documented and exact.
func TestWarehouseSchema(t *testing.T) {
	out, _ := bundledOutputs(t)
	for _, r := range query(t, out, `SELECT schema_name || '.' || table_name FROM duckdb_tables()
		WHERE schema_name IN ('meta', 'raw', 'clean', 'mart') AND coalesce(comment, '') = '' ORDER BY 1`) {
		t.Errorf("%s has no COMMENT ON description", r[0])
	}
	for _, r := range query(t, out, `SELECT schema_name || '.' || table_name || '.' || column_name, data_type FROM duckdb_columns()
		WHERE schema_name IN ('raw', 'clean', 'mart') AND data_type LIKE 'DECIMAL%' AND data_type <> 'DECIMAL(38,10)'`) {
		t.Errorf("%s is %s: every number of the warehouse is DECIMAL(38,10) (no float, no narrowing)", r[0], r[1])
	}
	for _, r := range query(t, out, `SELECT schema_name || '.' || table_name || '.' || column_name, data_type FROM duckdb_columns()
		WHERE schema_name IN ('raw', 'clean', 'mart') AND data_type IN ('DOUBLE', 'FLOAT')`) {
		t.Errorf("%s is %s: money and percentages are exact decimals", r[0], r[1])
	}
	applied := query(t, out, `SELECT count(*) FROM meta.sql_files`)
	files, _ := filepath.Glob(filepath.Join(repoRoot(t), "sql", "*", "*.sql"))
	if applied[0][0] != fmt.Sprint(len(files)) {
		t.Errorf("meta.sql_files lists %s files, sql/ holds %d", applied[0][0], len(files))
	}
	runs := query(t, out, `SELECT status, finished_at IS NOT NULL FROM meta.runs`)
	if len(runs) != 1 || runs[0][0] != "selesai" || runs[0][1] != "true" {
		t.Errorf("meta.runs = %v, want one finished run", runs)
	}
}

// TestRawKeepsLineage: every value read keeps its file, hash, sheet, cell and
// raw text; and the raw cell behind a value says the same.
func TestRawKeepsLineage(t *testing.T) {
	out, _ := bundledOutputs(t)
	bad := query(t, out, `SELECT count(*) FROM raw.values v
		LEFT JOIN raw.files f USING (file_id)
		LEFT JOIN raw.cells c ON c.file_id = v.file_id AND c.sheet = v.sheet AND c.cell = v.cell
		WHERE f.sha256 IS NULL OR length(f.sha256) <> 64 OR v.cell IS NULL
		   OR (v.status <> 'kosong' AND (c.cell IS NULL OR c.raw_text <> v.raw_text AND c.display_text <> v.raw_text))`)
	if bad[0][0] != "0" {
		t.Errorf("%s raw values without a matching raw cell, file or hash", bad[0][0])
	}
	// The Rp of Gaji dan Tunjangan 2011 traces to the history workbook's cell.
	got := query(t, out, `SELECT file, sheet, cell FROM mart.tabel24 WHERE no = '1.1' AND measure = 'anggaran' AND year = 2011`)
	if len(got) != 1 || got[0][0] != "riwayat/Tabel-2.4_2011-2016.xlsx" || got[0][1] != "Tabel 2.4" || got[0][2] != "C7" {
		t.Errorf("lineage of Tabel 2.4 1.1 anggaran 2011 = %v", got)
	}
}

// TestLayering: only the warehouse package talks to DuckDB; readers never
// depend on writers; writers read only mart.* tables.
func TestLayering(t *testing.T) {
	root := repoRoot(t)
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	cmd := exec.Command(goBin, "list", "-f", "{{.ImportPath}}|{{join .Imports \",\"}}|{{join .Deps \",\"}}", "./...")
	cmd.Dir = root
	outb, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, outb)
	}
	// Roles by folder, no list kept by hand: pipelines/read/* turn input files
	// into raw rows (form specs and their loading), pipelines/write/* turn
	// mart.* into workbooks. A reader never depends on a writer or the
	// writing toolkit, a writer never on a reader, and a writer's code
	// names no table outside mart.
	// pipelines/ingest, which loads what the readers read, is on the
	// reading side. The packages under them all (sheet, idtext, inputs,
	// finding, warehouse, xlsx, …) depend on neither side nor on the run.
	role := func(pkg string) string {
		switch {
		case strings.HasPrefix(pkg, "kinerja/pipelines/read/"), pkg == "kinerja/pipelines/ingest":
			return "read"
		case strings.HasPrefix(pkg, "kinerja/pipelines/write/"):
			return "write"
		case strings.HasPrefix(pkg, "kinerja/cmd/"), strings.HasPrefix(pkg, "kinerja/pipelines/pipeline"),
			strings.HasPrefix(pkg, "kinerja/pipelines/sample"), strings.HasPrefix(pkg, "kinerja/pipelines/report"),
			strings.HasPrefix(pkg, "kinerja/pipelines/kamus"), strings.HasPrefix(pkg, "kinerja/pipelines/pdf"):
			return "top"
		case strings.HasPrefix(pkg, "kinerja/"):
			return "base"
		}
		return ""
	}
	counts := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(string(outb)), "\n") {
		parts := strings.SplitN(line, "|", 3)
		pkg, imports, deps := parts[0], ","+parts[1]+",", strings.Split(parts[2], ",")
		if strings.Contains(imports, ",github.com/duckdb/duckdb-go/v2,") && pkg != "kinerja/pipelines/warehouse" {
			t.Errorf("%s imports the DuckDB driver; only pipelines/warehouse may", pkg)
		}
		r := role(pkg)
		counts[r]++
		for _, d := range deps {
			switch {
			case r == "read" && (role(d) == "write" || d == "kinerja/pipelines/xlsx" || d == "kinerja/pipelines/report"):
				t.Errorf("reader %s depends on %s, a part of writing", pkg, d)
			case r == "write" && role(d) == "read":
				t.Errorf("writer %s depends on reader %s; writers read only mart.*", pkg, d)
			case r == "base" && (role(d) == "read" || role(d) == "write" || d == "kinerja/pipelines/pipeline"):
				t.Errorf("%s, a package the others stand on, depends on %s", pkg, d)
			}
		}
	}
	if counts["read"] < 6 || counts["write"] < 8 || counts["base"] < 8 {
		t.Errorf("packages by role %v: the folders moved?", counts)
	}
	tableRef := regexp.MustCompile(`\b(raw|clean|calc|meta)\.[a-z_]+`)
	files, _ := filepath.Glob(filepath.Join(root, "pipelines", "write", "*", "*.go"))
	shared, _ := filepath.Glob(filepath.Join(root, "pipelines", "report", "*.go")) // what every writer reads alike
	files = append(files, shared...)
	if len(files) == 0 {
		t.Fatal("no writer's files found")
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, _ := os.ReadFile(f)
		if m := tableRef.FindString(string(b)); m != "" {
			t.Errorf("%s refers to %s; writers read only mart.*", f, m)
		}
	}
}

// TestRunCleansUpAfterKilledRuns: what a killed run left — its build folder,
// and a period folder it had moved aside without putting the new one in —
// is cleaned up or put back by the next run.
func TestRunCleansUpAfterKilledRuns(t *testing.T) {
	out := t.TempDir()
	left := filepath.Join(out, stagingPrefix+"20260101T000000Z-dead00")
	aside := filepath.Join(out, stagingPrefix+"20260101T000000Z-dead01")
	for _, dir := range []string{filepath.Join(left, testPeriod), filepath.Join(aside, oldPrefix+"2016-11")} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, WarehouseName), []byte("half-built"), 0o644)
	}
	if _, err := Run(t.Context(), Options{InputsDir: copyInputs(t), OutputsDir: out, Period: testPeriod}); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), stagingPrefix) {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	if b, err := os.ReadFile(filepath.Join(out, "2016-11", WarehouseName)); err != nil || string(b) != "half-built" {
		t.Errorf("the period folder moved aside was not put back: %q, %v", b, err)
	}
}
