package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	shipped "kinerja/internal/bundled"
	"kinerja/pipelines/internal/seedtext"
	"kinerja/pipelines/sheet"
	"kinerja/pipelines/warehouse"
)

// repoRoot is the folder holding go.mod.
func repoRoot(t testing.TB) string { return seedtext.Root(t) }

// bundledInputs is the seed's part of the repository's inputs/ folder (the
// Renstra 2016–2021, the history, the 2018 sample year, the settings),
// copied once per test process: the goldens are of it, and it leaves out
// the example of today's plan, whose later year would change the period a
// run reports by default.
func bundledInputs(t testing.TB) string {
	return shipped.SeedInputs(t)
}

// todayInputs is the repository's inputs/ folder as shipped: the seed's,
// and beside them the example of today's plan (the Renstra 2021–2026 coded
// by Permendagri 90/2019 and its 2022 sample year).
func todayInputs(t testing.TB) string {
	return filepath.Join(repoRoot(t), "inputs")
}

// copyInputs copies the bundled inputs, without the monthly reports, into a
// temp folder a test may change: the Renstra, the 2011–2016 tables and the
// settings. Tests of the published tables, and of how runs publish, need no
// more, and run several times faster.
func copyInputs(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	copyTree(t, bundledInputs(t), dst, true)
	return dst
}

// monthlyDir matches the folders of monthly reports (inputs/2018).
var monthlyDir = regexp.MustCompile(`^\d{4}$`)

// copyTree copies src into dst; withoutMonthly leaves out the top-level
// folders of monthly reports.
func copyTree(t testing.TB, src, dst string, withoutMonthly bool) {
	t.Helper()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			if withoutMonthly && filepath.Dir(rel) == "." && monthlyDir.MatchString(rel) {
				return filepath.SkipDir
			}
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// testPeriod is the period the tests' runs report.
const testPeriod = "2016-12"

// wb is the path of a workbook a test run published, in the folder of the
// period the run reported (the one outputs/kinerja.duckdb points into).
func wb(out, name string) string {
	period := testPeriod
	if target, err := os.Readlink(filepath.Join(out, WarehouseName)); err == nil {
		period = filepath.Dir(target)
	}
	return filepath.Join(out, period, name)
}

// runOnce runs the pipeline on inputs into a fresh outputs folder.
func runOnce(t *testing.T, inputs string) (string, *Summary) {
	t.Helper()
	out := t.TempDir()
	sum, err := Run(context.Background(), Options{InputsDir: inputs, OutputsDir: out, Period: testPeriod, Version: "test"})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return out, sum
}

// bundledRun is one run over the bundled inputs (with the 2018 sample of
// monthly reports) shared by the tests that only read its outputs.
var bundled struct {
	out string
	sum *Summary
}

func bundledOutputs(t *testing.T) (string, *Summary) {
	t.Helper()
	if bundled.out == "" {
		out, err := os.MkdirTemp("", "kinerja-bundled-")
		if err != nil {
			t.Fatal(err)
		}
		// As make run does: the period is the latest month reported.
		sum, err := Run(context.Background(), Options{InputsDir: bundledInputs(t), OutputsDir: out, Version: "test"})
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		bundled.out, bundled.sum = out, sum
	}
	return bundled.out, bundled.sum
}

func TestMain(m *testing.M) {
	// The tests re-execute this binary as a second process: a run to kill,
	// or an analyst holding the warehouse open.
	switch os.Getenv("KINERJA_TEST_CHILD") {
	case "run":
		os.Exit(childRun())
	case "reader":
		os.Exit(childReader())
	case "writer":
		os.Exit(childWriter())
	}
	code := m.Run()
	shipped.Clean()
	if bundled.out != "" {
		os.RemoveAll(bundled.out)
	}
	for _, dir := range builtDirs {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// builtOnce is an inputs folder built once per test process, in a folder
// of its own (removed when the tests end), with what building it gave;
// each test that changes it gets a copy.
type builtOnce[T any] struct {
	once sync.Once
	dir  string
	got  T
	err  error
}

var builtDirs []string // the folders of every builtOnce, for TestMain

// copy is a fresh copy of the folder, built by build on first use.
func (b *builtOnce[T]) copy(t *testing.T, prefix string, build func(dir string) (T, error)) (string, T) {
	t.Helper()
	b.once.Do(func() {
		if b.dir, b.err = os.MkdirTemp("", prefix); b.err == nil {
			builtDirs = append(builtDirs, b.dir)
			b.got, b.err = build(b.dir)
		}
	})
	if b.err != nil {
		t.Fatal(b.err)
	}
	dst := t.TempDir()
	copyTree(t, b.dir, dst, false)
	return dst, b.got
}

// openGrid reads one sheet of a workbook through the project's reader.
func openGrid(t *testing.T, path, sheetName string) *sheet.Grid {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	wb, err := sheet.Open(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer wb.Close()
	for i, name := range wb.SheetNames() {
		if name == sheetName {
			g, err := wb.Grid(i, name)
			if err != nil {
				t.Fatal(err)
			}
			return g
		}
	}
	t.Fatalf("%s has no sheet %q", path, sheetName)
	return nil
}

// query runs a query on a published warehouse and returns the rows as text.
func query(t *testing.T, out, q string, args ...any) [][]string {
	t.Helper()
	ctx := context.Background()
	db, err := warehouse.OpenReadOnly(ctx, filepath.Join(out, WarehouseName))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var res [][]string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		rec := make([]string, len(cols))
		for i, v := range vals {
			if v == nil {
				rec[i] = "NULL"
			} else if b, ok := v.([]byte); ok {
				rec[i] = string(b)
			} else {
				rec[i] = strings.TrimSpace(fmtAny(v))
			}
		}
		res = append(res, rec)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return res
}

func fmtAny(v any) string {
	if s, ok := v.(fmt.Stringer); ok {
		return s.String()
	}
	return fmt.Sprint(v)
}

// writeHead writes the first lines of src to dst: an earlier, smaller
// export of the same register.
func writeHead(b testing.TB, src, dst string, lines int) {
	b.Helper()
	in, err := os.Open(src)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		b.Fatal(err)
	}
	out, err := os.Create(dst)
	if err != nil {
		b.Fatal(err)
	}
	r := bufio.NewReader(in)
	w := bufio.NewWriter(out)
	for i := 0; i < lines; i++ {
		line, err := r.ReadBytes('\n')
		w.Write(line)
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
}

// withRun runs the pipeline on inputs into a throwaway outputs folder and
// hands fn the warehouse it published, read-only: for the tests whose
// inputs are made from what a first run found (a plan, the reports' figures).
func withRun(inputs, period string, fn func(db *warehouse.DB) error) error {
	out, err := os.MkdirTemp("", "kinerja-run-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(out)
	ctx := context.Background()
	if _, err := Run(ctx, Options{InputsDir: inputs, OutputsDir: out, Period: period, Version: "test"}); err != nil {
		return err
	}
	db, err := warehouse.OpenReadOnly(ctx, filepath.Join(out, WarehouseName))
	if err != nil {
		return err
	}
	defer db.Close()
	return fn(db)
}
