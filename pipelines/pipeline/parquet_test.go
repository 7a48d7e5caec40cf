package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"kinerja/pipelines/warehouse"
)

// The mart is published as Parquet beside the workbooks, the same bytes
// for the same inputs, and a folder of several offices' outputs is read
// by one DuckDB glob with the year as a Hive partition, as a province or
// a ministry would aggregate them.
func TestMartAsParquetAcrossOffices(t *testing.T) {
	in := copyInputs(t)
	root := t.TempDir()
	var sums []*Summary
	for _, office := range []string{"semarang", "salatiga"} {
		sum, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: filepath.Join(root, office), Period: testPeriod, Version: "test"})
		if err != nil {
			t.Fatal(err)
		}
		sums = append(sums, sum)
	}
	if len(sums[0].Parquet) < 20 {
		t.Fatalf("%d Parquet files", len(sums[0].Parquet))
	}
	for _, f := range sums[0].Parquet {
		a, err := os.ReadFile(filepath.Join(root, "semarang", f))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(root, "salatiga", f))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs over the same inputs wrote other bytes", f)
		}
	}
	ctx := context.Background()
	db, err := warehouse.Create(ctx, filepath.Join(t.TempDir(), "provinsi.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	glob := filepath.Join(root, "*", testPeriod, ParquetDir, "mart", "tabel24", "*", "*.parquet")
	var offices, years, rows int
	if err := db.QueryRowContext(ctx, `SELECT count(DISTINCT split_part(filename, '/', -7)), count(DISTINCT year), count(*)
		FROM read_parquet(?, hive_partitioning = true, filename = true)`, glob).Scan(&offices, &years, &rows); err != nil {
		t.Fatal(err)
	}
	one := query(t, filepath.Join(root, "semarang"), `SELECT count(*), count(DISTINCT year) FROM mart.tabel24`)
	perOffice, _ := strconv.Atoi(one[0][0])
	if offices != 2 || rows == 0 || rows != 2*perOffice || strconv.Itoa(years) != one[0][1] {
		t.Errorf("over the offices' Parquet: %d offices, %d years, %d rows; one office's mart.tabel24 holds %v", offices, years, rows, one)
	}
}
