package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/office"
	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/warehouse"
)

// TestIncrementalRunsEqualFullRuns holds a series of runs into one outputs
// folder, each copying unchanged files from the warehouse the one before
// published, equal to a run that reads everything (--full) into another:
// the same rows in every raw, clean, calc and mart table, the same findings
// and the same workbook and Parquet bytes, over files added, changed and
// removed, a licence export under a new NIK key, a new program version, a
// published warehouse of another version, a damaged one, and none at all.
func TestIncrementalRunsEqualFullRuns(t *testing.T) {
	t.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-tambahan-0001")
	in := t.TempDir()
	copyTree(t, bundledInputs(t), in, true)
	addMonth := func(m string) {
		copyTree(t, filepath.Join(bundledInputs(t), "2018", m), filepath.Join(in, "2018", m), false)
	}
	addMonth("01")
	// a register's monthly full exports: each holds every licence of the
	// one before and more
	register := filepath.Join(t.TempDir(), "register.csv")
	if _, err := ijus.Generate(register, ijus.Options{Rows: 400, Seed: 7, Format: "csv", Encoding: "utf8"}); err != nil {
		t.Fatal(err)
	}
	blankLicenceNumbers(t, register, 4, 5) // rows without a licence number are never copies
	export := func(n, lines int) string {  // lines of the register, header included
		path := filepath.Join(in, "ijus", fmt.Sprintf("ekspor-%d.csv", n))
		writeHead(t, register, path, lines)
		return path
	}
	export(1, 301)
	converted := false
	if soffice, err := office.Find(); err == nil {
		// a report an office saved as .ods, read through LibreOffice
		src := filepath.Join(bundledInputs(t), "2018", "02", "Laporan_KEU_Februari_2018.xlsx")
		dir := t.TempDir()
		if err := office.Convert(context.Background(), soffice, "ods", dir, []string{src}); err == nil {
			b, err := os.ReadFile(filepath.Join(dir, "Laporan_KEU_Februari_2018.ods"))
			if err == nil {
				os.MkdirAll(filepath.Join(in, "ods"), 0o755)
				converted = os.WriteFile(filepath.Join(in, "ods", "Laporan_KEU_Februari_2018.ods"), b, 0o644) == nil
			}
		}
	}
	if !converted {
		t.Log("LibreOffice absent: the series runs without an .ods input")
	}

	incr := t.TempDir()
	// the full run of the inputs as they are, run again only when they
	// (or the NIK key) changed
	var full, fullOf string
	var want *Summary
	step := func(name string, wantCopied func(read, copied int) bool) {
		t.Helper()
		ctx := context.Background()
		got, err := Run(ctx, Options{InputsDir: in, OutputsDir: incr, Period: "2018-02", Version: "test"})
		if err != nil {
			t.Fatalf("%s: incremental run: %v", name, err)
		}
		if state := inputsState(got); state != fullOf {
			full, fullOf = t.TempDir(), state
			if want, err = Run(ctx, Options{InputsDir: in, OutputsDir: full, Period: "2018-02", Version: "test", Full: true}); err != nil {
				t.Fatalf("%s: full run: %v", name, err)
			}
			if want.Reused != 0 {
				t.Errorf("%s: --full copied %d files", name, want.Reused)
			}
		}
		read := 0
		for _, f := range got.Files {
			if f.File.Status == "dibaca" {
				read++
			}
		}
		if !wantCopied(read, got.Reused) {
			t.Errorf("%s: %d of %d files read were copied", name, got.Reused, read)
		}
		t.Logf("%s: %s, %d copied", name, got.Duration, got.Reused)
		sameWarehouses(t, name, filepath.Join(incr, WarehouseName), filepath.Join(full, WarehouseName))
		sameLicencesAsBefore(t, name, incr)
		samePeriodFolders(t, name, filepath.Join(incr, "2018-02"), filepath.Join(full, "2018-02"))
		if !equalCounts(got.Findings, want.Findings) {
			t.Errorf("%s: findings %v, a full run %v", name, got.Findings, want.Findings)
		}
	}
	none := func(read, copied int) bool { return copied == 0 }
	step("first run", none)
	allBut := func(n int) func(read, copied int) bool {
		return func(read, copied int) bool { return copied == read-n }
	}
	step("nothing changed", allBut(0))

	addMonth("02") // six reports of a new month
	step("a month added", allBut(6))

	// a unit corrects a figure in January's report
	jan := filepath.Join(in, "2018", "01", "Laporan_PUM_Januari_2018.xlsx")
	editCell(t, jan, "123")
	step("a report changed", allBut(1))

	if err := os.Remove(filepath.Join(in, "2018", "01", "Laporan_SEK_Januari_2018.xlsx")); err != nil {
		t.Fatal(err)
	}
	step("a report removed", allBut(0))

	// next month's export repeats every licence of the first: those rows
	// are kept once, the first export's places narrow
	export(2, 351)
	step("a later full export", allBut(1))
	if got := query(t, incr, `SELECT count(*) FROM raw.ijus_sama s JOIN raw.files f USING (file_id) WHERE f.path = 'ijus/ekspor-1.csv'`); got[0][0] != "300" {
		t.Errorf("the first export's rows kept narrow: %v, want 300", got)
	}
	// a row without a licence number is never a copy, repeated or not
	if got := query(t, incr, `SELECT (SELECT count(*) FROM clean.ijus WHERE nomor_izin IS NULL AND file = 'ijus/ekspor-1.csv'),
		(SELECT count(*) FROM raw.ijus i JOIN raw.files f USING (file_id) WHERE i.nomor_izin IS NULL AND f.path = 'ijus/ekspor-1.csv')`); got[0][0] != got[0][1] || got[0][0] < "2" {
		t.Errorf("rows of the first export without a licence number, in clean.ijus and read: %v", got)
	}
	// a third, with one row twice in it
	third := export(3, 401)
	b, err := os.ReadFile(third)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	os.WriteFile(third, []byte(strings.Join(lines[:200], "")+lines[150]+strings.Join(lines[200:], "")), 0o644)
	step("a third export, a row twice in it", allBut(1))
	// the latest removed: the content of the two before was kept in it
	if err := os.Remove(third); err != nil {
		t.Fatal(err)
	}
	step("the latest export removed", allBut(2))

	t.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-tambahan-0002")
	step("a new NIK key", allBut(2)) // the exports are read again, the rest copied

	was := programFingerprint
	programFingerprint = func() string { return "versi-baru" }
	step("a new program", none)
	programFingerprint = was
	step("the program before again", none) // the published warehouse is the new program's

	// a published warehouse of a version before meta.reading
	alterPublished(t, incr, `DROP TABLE lama.meta.reading`)
	step("an earlier warehouse of another version", none)

	// one that attaches and lists, but a copy from it fails: the run
	// begins again, reading everything
	step("and nothing changed again", allBut(0))
	alterPublished(t, incr, `DROP TABLE lama.raw.values`)
	step("a published warehouse a copy from fails", none)

	// a published warehouse that is not one any more (a disk error, a
	// person's mistake): the run reads everything and replaces it
	target, _ := filepath.EvalSymlinks(filepath.Join(incr, WarehouseName))
	if err := os.WriteFile(target, bytes.Repeat([]byte("bukan gudang data\n"), 4096), 0o640); err != nil {
		t.Fatal(err)
	}
	step("a damaged published warehouse", none)

	if err := os.Remove(filepath.Join(incr, WarehouseName)); err != nil {
		t.Fatal(err)
	}
	step("no published warehouse", none)
	step("and nothing changed again", allBut(0))
}

// blankLicenceNumbers empties the licence number of the given data rows
// of a CSV export.
func blankLicenceNumbers(t *testing.T, path string, rows ...int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	sep := ","
	if strings.Count(lines[0], ";") > strings.Count(lines[0], ",") {
		sep = ";"
	}
	col := -1
	for i, h := range strings.Split(strings.TrimSpace(lines[0]), sep) {
		if h == "No. Izin" || h == "Nomor Izin" || h == "Nomor IUMK" {
			col = i
		}
	}
	if col < 0 {
		t.Fatalf("%s: no licence number column in %q", path, lines[0])
	}
	for _, r := range rows {
		cells := strings.Split(strings.TrimRight(lines[r], "\r\n"), sep)
		if strings.Contains(lines[r], `"`) || len(cells) <= col {
			t.Fatalf("%s: row %d is not a plain row: %q", path, r, lines[r])
		}
		cells[col] = ""
		lines[r] = strings.Join(cells, sep) + "\n"
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
}

// sameLicencesAsBefore holds clean.ijus and clean.ijus_salinan to the
// definition of clean.ijus before copies were kept apart
// (testdata/clean_ijus_reference.sql), computed on the same raw rows: its
// rows that are not copies are clean.ijus, column for column, and its
// copies are clean.ijus_salinan.
func sameLicencesAsBefore(t *testing.T, name, out string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "clean_ijus_reference.sql"))
	if err != nil {
		t.Fatal(err)
	}
	ref := "WITH ref AS (" + string(b) + "\n)"
	cols := `file_id, file, sheet, row_no, nomor_izin, tanggal_terbit, nik_hash, nik_mask, nik_valid, nik_perempuan, jk, nama_usaha,
		kelurahan, kecamatan_asli, kecamatan, kode_kecamatan, sektor, modal, omset, tenaga_kerja_l, tenaga_kerja_p, status,
		aturan_ukuran, ukuran, terkini, ganda_usaha, masalah_semua, masalah, dihitung`
	got := query(t, out, ref+` SELECT
		(SELECT count(*) FROM ref),
		(SELECT count(*) FROM (SELECT `+cols+` FROM ref WHERE NOT salinan EXCEPT ALL SELECT `+cols+` FROM clean.ijus)),
		(SELECT count(*) FROM (SELECT `+cols+` FROM clean.ijus EXCEPT ALL SELECT `+cols+` FROM ref WHERE NOT salinan)),
		(SELECT count(*) FROM (SELECT file_id, sheet, row_no FROM ref WHERE salinan EXCEPT ALL SELECT file_id, sheet, row_no FROM clean.ijus_salinan)),
		(SELECT count(*) FROM (SELECT file_id, sheet, row_no FROM clean.ijus_salinan EXCEPT ALL SELECT file_id, sheet, row_no FROM ref WHERE salinan))`)
	if r := got[0]; r[0] == "0" || r[1] != "0" || r[2] != "0" || r[3] != "0" || r[4] != "0" {
		t.Errorf("%s: licence rows %s; against the definition before: %s registrations missing, %s extra, %s copies missing, %s extra", name, r[0], r[1], r[2], r[3], r[4])
	}
}

// inputsState is what a run read: each file's name and content, and the
// NIK key.
func inputsState(s *Summary) string {
	var b strings.Builder
	for _, f := range s.Files {
		b.WriteString(f.File.Path + " " + f.File.SHA256 + "\n")
	}
	return b.String() + os.Getenv("KINERJA_NIK_KEY")
}

// alterPublished changes the published warehouse of out with a statement
// on it attached as lama.
func alterPublished(t *testing.T, out, statement string) {
	t.Helper()
	ctx := context.Background()
	target, _ := filepath.EvalSymlinks(filepath.Join(out, WarehouseName))
	db, err := warehouse.Create(ctx, filepath.Join(t.TempDir(), "ubah.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`ATTACH '` + target + `' AS lama`, statement, `DETACH lama`} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

// childWriter holds the published warehouse open for writing, as an
// analyst's DuckDB session without -readonly would, until its stdin closes.
func childWriter() int {
	ctx := context.Background()
	target, err := filepath.EvalSymlinks(filepath.Join(os.Getenv("KINERJA_TEST_OUT"), WarehouseName))
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	dir, err := os.MkdirTemp("", "kinerja-penulis-")
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	defer os.RemoveAll(dir)
	db, err := warehouse.Create(ctx, filepath.Join(dir, "analis.duckdb"))
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `ATTACH '`+target+`' AS terbit`); err != nil {
		fmt.Println("error", err)
		return 1
	}
	fmt.Println("ok")
	io.Copy(io.Discard, os.Stdin)
	return 0
}

// A published warehouse an analyst holds open for writing cannot be
// attached: the run reads every file and publishes, and says why.
func TestPublishedWarehouseHeldForWritingIsReadAround(t *testing.T) {
	in := copyInputs(t)
	out := t.TempDir()
	if _, err := Run(t.Context(), Options{InputsDir: in, OutputsDir: out, Period: testPeriod}); err != nil {
		t.Fatal(err)
	}
	cmd := child(t, "writer", out, in, testPeriod)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); cmd.Wait() }()
	answer := bufio.NewScanner(stdout)
	if !answer.Scan() || answer.Text() != "ok" {
		t.Fatalf("the writer did not open the warehouse: %q", answer.Text())
	}
	var logged bytes.Buffer
	sum, err := Run(t.Context(), Options{InputsDir: in, OutputsDir: out, Period: testPeriod,
		Logger: slog.New(slog.NewTextHandler(&logged, nil))})
	if err != nil {
		t.Fatalf("a run beside a writer: %v", err)
	}
	if sum.Reused != 0 || !strings.Contains(logged.String(), "cannot be attached") {
		t.Errorf("copied %d files beside a writer; log:\n%s", sum.Reused, logged.String())
	}
}

// editCell types text into the first number cell of a report's data sheet
// below its header, as a person correcting a figure would.
func editCell(t *testing.T, path, text string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		for r := 8; r < len(rows); r++ {
			for c, v := range rows[r] {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				typ, _ := f.GetCellType(name, cell)
				formula, _ := f.GetCellFormula(name, cell)
				if _, err := strconv.ParseFloat(v, 64); err == nil && formula == "" && v != text &&
					(typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset) {
					if err := f.SetCellValue(name, cell, text); err != nil {
						t.Fatal(err)
					}
					if err := f.Save(); err != nil {
						t.Fatal(err)
					}
					return
				}
			}
		}
	}
	t.Fatalf("%s: no number cell to edit", path)
}

func equalCounts[K comparable](a, b map[K]int) bool {
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	for k, v := range b {
		if a[k] != v {
			return false
		}
	}
	return true
}

// sameWarehouses compares every raw, clean, calc and mart table and view of two
// warehouses row for row (as multisets: EXCEPT ALL both ways).
func sameWarehouses(t *testing.T, name, a, b string) {
	t.Helper()
	ctx := context.Background()
	db, err := warehouse.Create(ctx, filepath.Join(t.TempDir(), "banding.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Attach(ctx, a, "a"); err != nil {
		t.Fatal(err)
	}
	if err := db.Attach(ctx, b, "b"); err != nil {
		t.Fatal(err)
	}
	list := func(cat string) []string {
		rows, err := db.QueryContext(ctx, `SELECT schema_name || '.' || table_name FROM duckdb_tables()
			WHERE database_name = ? AND schema_name IN ('raw', 'clean', 'calc', 'mart')
			UNION ALL SELECT schema_name || '.' || view_name FROM duckdb_views()
			WHERE database_name = ? AND schema_name IN ('raw', 'clean', 'calc', 'mart') ORDER BY 1`, cat, cat)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			rows.Scan(&s)
			out = append(out, s)
		}
		return out
	}
	ta, tb := list("a"), list("b")
	if strings.Join(ta, ",") != strings.Join(tb, ",") {
		t.Fatalf("%s: tables differ:\n%v\n%v", name, ta, tb)
	}
	if len(ta) < 60 {
		t.Fatalf("%s: only %d tables", name, len(ta))
	}
	for _, table := range ta {
		var na, nb, onlyA, onlyB int64
		q := `SELECT (SELECT count(*) FROM a.` + table + `), (SELECT count(*) FROM b.` + table + `),
			(SELECT count(*) FROM (FROM a.` + table + ` EXCEPT ALL FROM b.` + table + `)),
			(SELECT count(*) FROM (FROM b.` + table + ` EXCEPT ALL FROM a.` + table + `))`
		if err := db.QueryRowContext(ctx, q).Scan(&na, &nb, &onlyA, &onlyB); err != nil {
			t.Fatalf("%s: %s: %v", name, table, err)
		}
		if na != nb || onlyA != 0 || onlyB != 0 {
			t.Errorf("%s: %s: %d rows against %d of a full run; %d only here, %d only there", name, table, na, nb, onlyA, onlyB)
		}
	}
}

// samePeriodFolders compares every published file but the warehouse byte
// for byte: workbooks and Parquet.
func samePeriodFolders(t *testing.T, name, a, b string) {
	t.Helper()
	files := func(dir string) map[string][]byte {
		out := map[string][]byte{}
		filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() || filepath.Base(p) == WarehouseName {
				return err
			}
			rel, _ := filepath.Rel(dir, p)
			out[rel], err = os.ReadFile(p)
			return err
		})
		return out
	}
	fa, fb := files(a), files(b)
	var names []string
	for n := range fb {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(fa) != len(fb) || len(names) < 10 {
		t.Errorf("%s: %d files published against %d of a full run", name, len(fa), len(fb))
	}
	for _, n := range names {
		if !bytes.Equal(fa[n], fb[n]) {
			t.Errorf("%s: %s differs from a full run's", name, n)
		}
	}
}
