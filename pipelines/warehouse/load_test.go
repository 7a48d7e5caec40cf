package warehouse

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func create(t *testing.T, stages ...string) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "w.duckdb")
	db, err := Create(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, s := range stages {
		if err := db.ApplyStage(context.Background(), s); err != nil {
			t.Fatal(err)
		}
	}
	return db, path
}

func TestApplyStageRecordsEveryFile(t *testing.T) {
	ctx := context.Background()
	db, _ := create(t, "meta", "raw")
	var want []Step
	for _, s := range []string{"meta", "raw"} {
		steps, err := Steps(s)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, steps...)
	}
	rows, err := db.QueryContext(ctx, `SELECT seq, stage, name, sha256 FROM meta.migrations ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	i := 0
	for rows.Next() {
		var seq int
		var stage, name, hash string
		if err := rows.Scan(&seq, &stage, &name, &hash); err != nil {
			t.Fatal(err)
		}
		if i >= len(want) {
			t.Fatalf("more migrations recorded than files")
		}
		sum := sha256.Sum256([]byte(want[i].SQL))
		if seq != i+1 || stage != want[i].Stage || name != want[i].Name || hash != hex.EncodeToString(sum[:]) {
			t.Errorf("migration %d = %d %s %s %s, want %s/%s", i, seq, stage, name, hash, want[i].Stage, want[i].Name)
		}
		i++
	}
	if i != len(want) {
		t.Errorf("%d migrations recorded, %d files", i, len(want))
	}
	// Each raw file created its table.
	for _, s := range want {
		if s.Stage != "raw" {
			continue
		}
		table := "raw." + strings.SplitN(s.Name, "_", 2)[1]
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil {
			t.Errorf("%s: %v", table, err)
		}
	}
	if err := db.ApplyStage(ctx, "no-such-stage"); err == nil {
		t.Error("an unknown stage must be an error")
	}
}

func TestCreateRefusesAnExistingFile(t *testing.T) {
	_, path := create(t)
	if _, err := Create(context.Background(), path); err == nil {
		t.Error("Create over an existing warehouse must fail: a run never writes into a published file")
	}
}

func TestLoadRoundTripsEveryKind(t *testing.T) {
	ctx := context.Background()
	db, _ := create(t)
	if _, err := db.ExecContext(ctx, `CREATE TABLE t (s VARCHAR, i BIGINT, j INTEGER, b BOOLEAN, d DECIMAL(38,10))`); err != nil {
		t.Fatal(err)
	}
	b := NewBatch("t", Col{"s", String}, Col{"i", Int64}, Col{"j", Int32}, Col{"b", Bool}, Col{"d", Decimal})
	defer b.Release()
	rows := [][]any{
		{"Gaji dan Tunjangan", int64(2596602000), 7, true, "2596602000"},
		{"negatif", int64(-1), int32(-2), false, "-50.85"},
		{"kecil", 0, 0, true, "0.0000000001"},
		{"besar", int64(1) << 62, 1 << 30, false, "123456789012345678.1234567890"},
		{nil, nil, nil, nil, nil},
	}
	for _, r := range rows[:3] {
		if err := b.Add(r...); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Load(ctx, b); err != nil {
		t.Fatal(err)
	}
	if b.Len() != 0 {
		t.Errorf("a loaded batch should be empty, has %d rows", b.Len())
	}
	for _, r := range rows[3:] {
		if err := b.Add(r...); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Load(ctx, b); err != nil { // a second load appends
		t.Fatal(err)
	}
	if err := db.Load(ctx, b); err != nil { // an empty load does nothing
		t.Fatal(err)
	}
	q, err := db.QueryContext(ctx, `SELECT s, CAST(i AS VARCHAR), CAST(j AS VARCHAR), CAST(b AS VARCHAR), CAST(d AS VARCHAR) FROM t ORDER BY rowid`)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	want := []string{
		"Gaji dan Tunjangan|2596602000|7|true|2596602000.0000000000",
		"negatif|-1|-2|false|-50.8500000000",
		"kecil|0|0|true|0.0000000001",
		fmt.Sprintf("besar|%d|%d|false|123456789012345678.1234567890", int64(1)<<62, 1<<30),
		"NULL|NULL|NULL|NULL|NULL",
	}
	var got []string
	for q.Next() {
		v := make([]sql.NullString, 5)
		if err := q.Scan(&v[0], &v[1], &v[2], &v[3], &v[4]); err != nil {
			t.Fatal(err)
		}
		parts := make([]string, 5)
		for i, x := range v {
			parts[i] = "NULL"
			if x.Valid {
				parts[i] = x.String
			}
		}
		got = append(got, strings.Join(parts, "|"))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("round trip:\n got %v\nwant %v", got, want)
	}
	if err := b.Add("kurang"); err == nil {
		t.Error("a row with too few values must be refused")
	}
	if err := b.Add("x", 1, 1, true, "bukan angka"); err == nil {
		t.Error("a decimal that is not a number must be refused")
	}
}

func TestReadOnlyOpens(t *testing.T) {
	ctx := context.Background()
	db, path := create(t, "meta")
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	a, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatalf("a second read-only open: %v", err)
	}
	defer b.Close()
	for _, r := range []*DB{a, b} {
		var n int
		if err := r.QueryRowContext(ctx, `SELECT count(*) FROM meta.migrations`).Scan(&n); err != nil || n == 0 {
			t.Errorf("read-only query: %d, %v", n, err)
		}
	}
	if _, err := a.ExecContext(ctx, `CREATE TABLE meta.x (i INTEGER)`); err == nil {
		t.Error("a write through a read-only handle succeeded")
	}
	if _, err := OpenReadOnly(ctx, filepath.Join(t.TempDir(), "tidak-ada.duckdb")); err == nil {
		t.Error("opening a missing warehouse must fail")
	}
}
