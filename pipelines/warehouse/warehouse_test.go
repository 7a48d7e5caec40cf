package warehouse

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// freshWarehouse creates a warehouse file in a temporary folder and applies
// the given stages. It is closed when the test ends.
func freshWarehouse(t *testing.T, stages ...string) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kinerja.duckdb")
	db, err := Create(context.Background(), path)
	if err != nil {
		t.Fatalf("Create(%s): %v", path, err)
	}
	t.Cleanup(func() { db.Close() })
	for _, s := range stages {
		if err := db.ApplyStage(context.Background(), s); err != nil {
			t.Fatalf("ApplyStage(%s): %v", s, err)
		}
	}
	return db, path
}

func queryInt(t *testing.T, db *DB, query string, args ...any) int64 {
	t.Helper()
	var n int64
	if err := db.QueryRowContext(context.Background(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func queryStrings(t *testing.T, db *DB, query string, args ...any) []string {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), query, args...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// sqlFileOnDisk is one file of the repository's sql/<stage>/ folder, read
// from disk rather than through the embedded FS or Steps.
type sqlFileOnDisk struct {
	stage, name, hash string
}

func sqlFilesOnDisk(t *testing.T, stage string) []sqlFileOnDisk {
	t.Helper()
	dir := filepath.Join("..", "..", "sql", stage)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".sql") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var out []sqlFileOnDisk
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		out = append(out, sqlFileOnDisk{stage, strings.TrimSuffix(n, ".sql"), hex.EncodeToString(sum[:])})
	}
	if len(out) == 0 {
		t.Fatalf("no SQL files in %s", dir)
	}
	return out
}

type migration struct {
	seq               int
	stage, name, hash string
}

func migrations(t *testing.T, db *DB) []migration {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), `SELECT seq, stage, name, sha256 FROM meta.sql_files ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []migration
	for rows.Next() {
		var m migration
		if err := rows.Scan(&m.seq, &m.stage, &m.name, &m.hash); err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestWarehouseMigrationsRecordMetaAndRawFiles(t *testing.T) {
	db, path := freshWarehouse(t, "meta", "raw")
	if db.Path() != path {
		t.Errorf("Path() = %q, want %q", db.Path(), path)
	}
	want := append(sqlFilesOnDisk(t, "meta"), sqlFilesOnDisk(t, "raw")...)
	var steps []Step
	for _, stage := range []string{"meta", "raw"} {
		s, err := Steps(stage)
		if err != nil {
			t.Fatal(err)
		}
		steps = append(steps, s...)
	}
	if len(steps) != len(want) {
		t.Fatalf("Steps lists %d files, the sql folders hold %d", len(steps), len(want))
	}
	got := migrations(t, db)
	if len(got) != len(want) {
		t.Fatalf("meta.sql_files holds %d rows, want %d (one per file): %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g, s := got[i], steps[i]
		if g.seq != i+1 || g.stage != w.stage || g.name != w.name || g.hash != w.hash {
			t.Errorf("migration %d = %+v, want {%d %s %s %s}", i, g, i+1, w.stage, w.name, w.hash)
		}
		sum := sha256.Sum256([]byte(s.SQL))
		if s.Stage != w.stage || s.Name != w.name || s.Hash != w.hash || hex.EncodeToString(sum[:]) != w.hash {
			t.Errorf("Steps[%d] = %s/%s %s, want %s/%s %s", i, s.Stage, s.Name, s.Hash, w.stage, w.name, w.hash)
		}
	}

	// sql/raw/NNN_name.sql creates raw.name, and those are raw's tables
	// and views.
	var wantTables []string
	for _, f := range sqlFilesOnDisk(t, "raw") {
		_, table, ok := strings.Cut(f.name, "_")
		if !ok {
			t.Fatalf("raw file %s is not NNN_name", f.name)
		}
		wantTables = append(wantTables, table)
	}
	sort.Strings(wantTables)
	tables := queryStrings(t, db, `SELECT table_name FROM duckdb_tables() WHERE schema_name = 'raw'
		UNION ALL SELECT view_name FROM duckdb_views() WHERE schema_name = 'raw' ORDER BY 1`)
	if strings.Join(tables, ",") != strings.Join(wantTables, ",") {
		t.Errorf("raw tables %v, want %v", tables, wantTables)
	}
	for _, table := range wantTables {
		if n := queryInt(t, db, `SELECT count(*) FROM raw.`+table); n != 0 {
			t.Errorf("raw.%s holds %d rows in a fresh warehouse", table, n)
		}
	}
}

// A stage applies in one transaction: when a file fails, nothing of the
// stage stays, and the error names the file.
func TestApplyStageIsAllOrNothing(t *testing.T) {
	ctx := context.Background()

	t.Run("meta twice", func(t *testing.T) {
		db, _ := freshWarehouse(t, "meta")
		before := migrations(t, db)
		err := db.ApplyStage(ctx, "meta")
		if err == nil {
			t.Fatal("applying meta twice succeeded")
		}
		if !strings.Contains(err.Error(), "sql/meta/000_sql_files.sql") {
			t.Errorf("error %q does not name sql/meta/000_sql_files.sql", err)
		}
		if after := migrations(t, db); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Errorf("migrations changed by a failed stage: %v → %v", before, after)
		}
	})

	t.Run("raw before meta", func(t *testing.T) {
		db, _ := freshWarehouse(t)
		err := db.ApplyStage(ctx, "raw")
		if err == nil {
			t.Fatal("raw applied without meta.sql_files to record it in")
		}
		if !strings.Contains(err.Error(), "sql/raw/001_files.sql") {
			t.Errorf("error %q does not name sql/raw/001_files.sql", err)
		}
		if n := queryInt(t, db, `SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'raw'`); n != 0 {
			t.Errorf("%d raw tables left behind by a failed stage", n)
		}
	})
}

func TestApplyStageUnknownStage(t *testing.T) {
	db, _ := freshWarehouse(t, "meta")
	before := len(migrations(t, db))
	for _, stage := range []string{"no-such-stage", "Meta", "meta/000_sql_files.sql"} {
		if err := db.ApplyStage(context.Background(), stage); err == nil {
			t.Errorf("ApplyStage(%q) succeeded", stage)
		}
		if steps, err := Steps(stage); err == nil {
			t.Errorf("Steps(%q) = %d steps, want an error", stage, len(steps))
		}
	}
	if after := len(migrations(t, db)); after != before {
		t.Errorf("migrations %d → %d after unknown stages", before, after)
	}
}

func TestCreateRefusesAnExistingPath(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()

	// A warehouse that was created and closed.
	made := filepath.Join(dir, "terbit.duckdb")
	db, err := Create(ctx, made)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.ApplyStage(ctx, "meta"); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// Some other file an analyst keeps there.
	other := filepath.Join(dir, "catatan.txt")
	if err := os.WriteFile(other, []byte("bukan gudang data"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A folder.
	folder := filepath.Join(dir, "folder.duckdb")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}

	for _, p := range []string{made, other} {
		before, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if db, err := Create(ctx, p); err == nil {
			db.Close()
			t.Errorf("Create(%s) over an existing file succeeded", filepath.Base(p))
		}
		after, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(before, after) {
			t.Errorf("%s was modified by a refused Create", filepath.Base(p))
		}
	}
	if db, err := Create(ctx, folder); err == nil {
		db.Close()
		t.Error("Create over an existing folder succeeded")
	}
	// The created warehouse still opens with its schema.
	ro, err := OpenReadOnly(ctx, made)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if n := queryInt(t, ro, `SELECT count(*) FROM meta.sql_files`); n != int64(len(sqlFilesOnDisk(t, "meta"))) {
		t.Errorf("meta.sql_files has %d rows after a refused Create", n)
	}
}

func TestCreateInAMissingFolderFails(t *testing.T) {
	p := filepath.Join(t.TempDir(), "tidak-ada", "kinerja.duckdb")
	if db, err := Create(context.Background(), p); err == nil {
		db.Close()
		t.Fatal("Create in a missing folder succeeded")
	}
}

// kindsTable is a scratch table with one column of every Kind, in an order
// different from the batch's, plus a column the batch does not fill: a load
// goes by column name.
const kindsTable = `CREATE TABLE scratch_kinds (
	note VARCHAR DEFAULT 'isi bawaan',
	d    DECIMAL(38,10),
	b    BOOLEAN,
	j    INTEGER,
	i    BIGINT,
	s    VARCHAR,
	ts   TIMESTAMPTZ
)`

func kindsBatch() *Batch {
	return NewBatch("scratch_kinds",
		Col{"s", String}, Col{"i", Int64}, Col{"j", Int32}, Col{"b", Bool}, Col{"d", Decimal}, Col{"ts", Timestamp})
}

// kindsRow is one row as added and as it must read back (CAST AS VARCHAR,
// "NULL" for NULL).
type kindsRow struct {
	values []any
	want   string // s|i|j|b|d|ts-epoch-µs|note
}

var wib = time.FixedZone("WIB", 7*3600)

var kindsRows = []kindsRow{
	{[]any{"Gaji dan Tunjangan", int64(2596602000), 7, true, "2596602000", time.Date(2018, 6, 30, 23, 59, 59, 123456000, wib)},
		"Gaji dan Tunjangan|2596602000|7|true|2596602000.0000000000|1530377999123456|isi bawaan"},
	{[]any{"negatif", int64(-1), int32(-2), false, "-50.85", time.Unix(0, 0)},
		"negatif|-1|-2|false|-50.8500000000|0|isi bawaan"},
	{[]any{"kecil", 0, int64(0), true, "0.0000000001", nil},
		"kecil|0|0|true|0.0000000001|NULL|isi bawaan"},
	{[]any{"besar", int64(math.MaxInt64), math.MaxInt32, false, "123456789012345678.1234567890", time.Time{}},
		fmt.Sprintf("besar|%d|%d|false|123456789012345678.1234567890|NULL|isi bawaan", int64(math.MaxInt64), math.MaxInt32)},
	{[]any{"", int64(math.MinInt64), int32(math.MinInt32), true, "-0.0000000001", nil},
		fmt.Sprintf("|%d|%d|true|-0.0000000001|NULL|isi bawaan", int64(math.MinInt64), math.MinInt32)},
	{[]any{"Rp 1.066.266.500 – ‘kutip’ \"ganda\"\nbaris dua", 1, 1, false, "9999999999999999999999999999.9999999999", nil},
		"Rp 1.066.266.500 – ‘kutip’ \"ganda\"\nbaris dua|1|1|false|9999999999999999999999999999.9999999999|NULL|isi bawaan"},
	{[]any{"nol", 0, 0, false, "0", nil},
		"nol|0|0|false|0.0000000000|NULL|isi bawaan"},
	{[]any{nil, nil, nil, nil, nil, nil},
		"NULL|NULL|NULL|NULL|NULL|NULL|isi bawaan"},
	{[]any{"hanya desimal kosong", 5, 6, true, nil, nil},
		"hanya desimal kosong|5|6|true|NULL|NULL|isi bawaan"},
	{[]any{nil, int64(-2596602000), nil, false, "-2596602000.5", nil},
		"NULL|-2596602000|NULL|false|-2596602000.5000000000|NULL|isi bawaan"},
}

func readKinds(t *testing.T, db *DB) []string {
	t.Helper()
	rows, err := db.QueryContext(context.Background(), `SELECT s, CAST(i AS VARCHAR), CAST(j AS VARCHAR), CAST(b AS VARCHAR),
		CAST(d AS VARCHAR), CAST(epoch_us(ts) AS VARCHAR), note FROM scratch_kinds ORDER BY rowid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		v := make([]sql.NullString, 7)
		dest := make([]any, len(v))
		for i := range v {
			dest[i] = &v[i]
		}
		if err := rows.Scan(dest...); err != nil {
			t.Fatal(err)
		}
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = "NULL"
			if x.Valid {
				parts[i] = x.String
			}
		}
		out = append(out, strings.Join(parts, "|"))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestLoadEveryKindExactly(t *testing.T) {
	ctx := context.Background()
	db, _ := freshWarehouse(t)
	if _, err := db.ExecContext(ctx, kindsTable); err != nil {
		t.Fatal(err)
	}
	b := kindsBatch()
	defer b.Release()
	for i, r := range kindsRows {
		if err := b.Add(r.values...); err != nil {
			t.Fatalf("row %d: %v", i, err)
		}
		if b.Len() != i+1 {
			t.Fatalf("Len() = %d after %d rows", b.Len(), i+1)
		}
	}
	if err := db.Load(ctx, b); err != nil {
		t.Fatal(err)
	}
	if b.Len() != 0 {
		t.Errorf("Len() = %d after Load, want 0", b.Len())
	}
	got := readKinds(t, db)
	if len(got) != len(kindsRows) {
		t.Fatalf("%d rows read back, want %d:\n%s", len(got), len(kindsRows), strings.Join(got, "\n"))
	}
	for i, r := range kindsRows {
		if got[i] != r.want {
			t.Errorf("row %d:\n got %q\nwant %q", i, got[i], r.want)
		}
	}

	// The decimals are DECIMAL(38,10) values, exact: their sum is exact too.
	// 2596602000 − 50.85 + 0.0000000001 + 123456789012345678.1234567890
	// − 0.0000000001 + 9999999999999999999999999999.9999999999 + 0
	// − 2596602000.5
	// = 9999999999999999999999999999.9999999999 + 123456789012345678.1234567890 − 51.35
	// = 10000000000123456789012345678.1234567889 − 51.35
	// = 10000000000123456789012345626.7734567889
	var sum string
	if err := db.QueryRowContext(ctx, `SELECT CAST(sum(d) AS VARCHAR) FROM scratch_kinds`).Scan(&sum); err != nil {
		t.Fatal(err)
	}
	if sum != "10000000000123456789012345626.7734567889" {
		t.Errorf("sum(d) = %s", sum)
	}

	// The values scan back into Go types unchanged.
	var (
		i64 int64
		i32 int32
		bl  bool
	)
	if err := db.QueryRowContext(ctx, `SELECT i, j, b FROM scratch_kinds WHERE s = 'besar'`).Scan(&i64, &i32, &bl); err != nil {
		t.Fatal(err)
	}
	if i64 != math.MaxInt64 || i32 != math.MaxInt32 || bl {
		t.Errorf("besar: %d %d %v", i64, i32, bl)
	}
	var ts time.Time
	if err := db.QueryRowContext(ctx, `SELECT ts FROM scratch_kinds WHERE s = 'Gaji dan Tunjangan'`).Scan(&ts); err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2018, 6, 30, 23, 59, 59, 123456000, wib); !ts.Equal(want) {
		t.Errorf("timestamp %v, want %v", ts, want)
	}
}

func TestLoadTwiceAppends(t *testing.T) {
	ctx := context.Background()
	db, _ := freshWarehouse(t)
	if _, err := db.ExecContext(ctx, kindsTable); err != nil {
		t.Fatal(err)
	}
	b := kindsBatch()
	defer b.Release()
	first, second := kindsRows[:3], kindsRows[3:]
	for _, r := range first {
		if err := b.Add(r.values...); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Load(ctx, b); err != nil {
		t.Fatal(err)
	}
	if n := queryInt(t, db, `SELECT count(*) FROM scratch_kinds`); n != int64(len(first)) {
		t.Fatalf("%d rows after the first load, want %d", n, len(first))
	}
	// The same batch, reused after a load, holds only the new rows.
	for _, r := range second {
		if err := b.Add(r.values...); err != nil {
			t.Fatal(err)
		}
	}
	if b.Len() != len(second) {
		t.Errorf("Len() = %d, want %d", b.Len(), len(second))
	}
	if err := db.Load(ctx, b); err != nil {
		t.Fatal(err)
	}
	got := readKinds(t, db)
	if len(got) != len(kindsRows) {
		t.Fatalf("%d rows after two loads, want %d", len(got), len(kindsRows))
	}
	for i, r := range kindsRows {
		if got[i] != r.want {
			t.Errorf("row %d:\n got %q\nwant %q", i, got[i], r.want)
		}
	}
}

func TestBatchRefusesTheWrongNumberOfValues(t *testing.T) {
	ctx := context.Background()
	db, _ := freshWarehouse(t)
	if _, err := db.ExecContext(ctx, kindsTable); err != nil {
		t.Fatal(err)
	}
	b := kindsBatch()
	defer b.Release()
	if err := b.Add(kindsRows[0].values...); err != nil {
		t.Fatal(err)
	}
	for _, vals := range [][]any{
		nil,
		{"kurang"},
		{"kurang", 1, 1, true, "1"},
		{"lebih", 1, 1, true, "1", nil, "ekstra"},
	} {
		err := b.Add(vals...)
		if err == nil {
			t.Errorf("Add of %d values for 6 columns succeeded", len(vals))
			continue
		}
		if !strings.Contains(err.Error(), "scratch_kinds") {
			t.Errorf("error %q does not name the table", err)
		}
	}
	if b.Len() != 1 {
		t.Errorf("Len() = %d after refused rows, want 1", b.Len())
	}
	// The refused rows left nothing behind.
	if err := db.Load(ctx, b); err != nil {
		t.Fatal(err)
	}
	if got := readKinds(t, db); len(got) != 1 || got[0] != kindsRows[0].want {
		t.Errorf("rows after refused adds: %q", got)
	}
}

func TestBatchRefusesANonDecimal(t *testing.T) {
	b := NewBatch("raw.values", Col{"num", Decimal})
	defer b.Release()
	for _, v := range []string{"bukan angka", "", "1,5", "Rp 100", "--1"} {
		if err := b.Add(v); err == nil {
			t.Errorf("Add(%q) to a Decimal column succeeded", v)
		} else if !strings.Contains(err.Error(), "raw.values.num") {
			t.Errorf("error %q does not name raw.values.num", err)
		}
	}
	if b.Len() != 0 {
		t.Errorf("Len() = %d after refused values", b.Len())
	}
}

// A row refused for a bad decimal in its last column must not leave its
// first columns in the batch: the next good row and the load must work.
func TestBatchFailedAddLeavesNoPartialRow(t *testing.T) {
	ctx := context.Background()
	db, _ := freshWarehouse(t)
	if _, err := db.ExecContext(ctx, `CREATE TABLE scratch_partial (s VARCHAR, d DECIMAL(38,10))`); err != nil {
		t.Fatal(err)
	}
	b := NewBatch("scratch_partial", Col{"s", String}, Col{"d", Decimal})
	defer b.Release()
	if err := b.Add("buruk", "bukan angka"); err == nil {
		t.Fatal("a bad decimal was accepted")
	}
	if err := b.Add("baik", "1.5"); err != nil {
		t.Fatal(err)
	}
	var loadErr error
	func() {
		defer func() {
			if p := recover(); p != nil {
				loadErr = fmt.Errorf("panic: %v", p)
			}
		}()
		loadErr = db.Load(ctx, b)
	}()
	if loadErr != nil {
		t.Fatalf("Load after a refused row: %v", loadErr)
	}
	got := queryStrings(t, db, `SELECT s || '|' || CAST(d AS VARCHAR) FROM scratch_partial ORDER BY rowid`)
	if strings.Join(got, ",") != "baik|1.5000000000" {
		t.Errorf("rows %q, want only baik|1.5000000000", got)
	}
}

func TestLoadOfAnEmptyBatchIsANoOp(t *testing.T) {
	ctx := context.Background()
	db, _ := freshWarehouse(t)
	if _, err := db.ExecContext(ctx, kindsTable); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO scratch_kinds (s) VALUES ('sudah ada')`); err != nil {
		t.Fatal(err)
	}
	b := kindsBatch()
	defer b.Release()
	if err := db.Load(ctx, b); err != nil {
		t.Fatalf("Load of an empty batch: %v", err)
	}
	// An empty batch does not even reach the database: its table need not exist.
	missing := NewBatch("tidak_ada.tabel", Col{"x", Int64})
	defer missing.Release()
	if err := db.Load(ctx, missing); err != nil {
		t.Errorf("Load of an empty batch for a missing table: %v", err)
	}
	if n := queryInt(t, db, `SELECT count(*) FROM scratch_kinds`); n != 1 {
		t.Errorf("%d rows after empty loads, want 1", n)
	}
	// A batch with rows for a missing table is an error.
	if err := missing.Add(int64(1)); err != nil {
		t.Fatal(err)
	}
	if err := db.Load(ctx, missing); err == nil {
		t.Error("Load into a missing table succeeded")
	}
}

func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	db, path := freshWarehouse(t, "meta", "raw")
	if _, err := db.ExecContext(ctx, `INSERT INTO raw.files (file_id, path, size_bytes, sha256, kind, status, note) VALUES (1, 'Laporan.xlsx', 10, 'ab', 'spreadsheet', 'dibaca', NULL)`); err != nil {
		t.Fatal(err)
	}
	nFiles := int64(len(sqlFilesOnDisk(t, "meta")) + len(sqlFilesOnDisk(t, "raw")))
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	a, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatalf("first read-only open: %v", err)
	}
	b, err := OpenReadOnly(ctx, path)
	if err != nil {
		a.Close()
		t.Fatalf("second read-only open while the first is open: %v", err)
	}
	for name, r := range map[string]*DB{"a": a, "b": b} {
		if r.Path() != path {
			t.Errorf("%s: Path() = %q", name, r.Path())
		}
		if n := queryInt(t, r, `SELECT count(*) FROM meta.sql_files`); n != nFiles {
			t.Errorf("%s: %d SQL files recorded, want %d", name, n, nFiles)
		}
		if got := queryStrings(t, r, `SELECT path FROM raw.files`); strings.Join(got, ",") != "Laporan.xlsx" {
			t.Errorf("%s: raw.files paths %v", name, got)
		}
	}
	for _, stmt := range []string{
		`CREATE TABLE meta.x (i INTEGER)`,
		`INSERT INTO raw.files (file_id, path, size_bytes, sha256, kind, status, note) VALUES (2, 'b.xlsx', 1, 'cd', 'spreadsheet', 'dibaca', NULL)`,
		`DELETE FROM raw.files`,
	} {
		if _, err := a.ExecContext(ctx, stmt); err == nil {
			t.Errorf("a write through a read-only handle succeeded: %s", stmt)
		}
	}
	if err := b.ApplyStage(ctx, "clean"); err == nil {
		t.Error("ApplyStage through a read-only handle succeeded")
	}
	lb := NewBatch("raw.files", Col{"file_id", Int32}, Col{"path", String}, Col{"size_bytes", Int64},
		Col{"sha256", String}, Col{"kind", String}, Col{"status", String})
	defer lb.Release()
	if err := lb.Add(3, "c.xlsx", int64(1), "ef", "spreadsheet", "dibaca"); err != nil {
		t.Fatal(err)
	}
	if err := b.Load(ctx, lb); err == nil {
		t.Error("Load through a read-only handle succeeded")
	}
	if n := queryInt(t, a, `SELECT count(*) FROM raw.files`); n != 1 {
		t.Errorf("raw.files holds %d rows after refused writes, want 1", n)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("read-only opens changed the warehouse file")
	}
}

func TestOpenReadOnlyMissingFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "tidak-ada.duckdb")
	if db, err := OpenReadOnly(context.Background(), p); err == nil {
		db.Close()
		t.Fatal("OpenReadOnly of a missing file succeeded")
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("OpenReadOnly created %s (%v)", p, err)
	}
}
