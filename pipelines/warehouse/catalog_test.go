package warehouse

import (
	"context"
	"regexp"
	"strings"
	"testing"
)

// Every raw and meta table a loader fills gets its columns from the SQL
// that declares it: the batch's columns are the CREATE TABLE's, in order,
// and a row loads through them.
func TestBatchColumnsAreTheDeclaredOnes(t *testing.T) {
	db, _ := freshWarehouse(t, "meta", "raw")
	ctx := context.Background()
	colLine := regexp.MustCompile(`^\s+"?([a-z_0-9]+)"?\s+[A-Z]`)
	for _, stage := range []string{"meta", "raw"} {
		steps, err := Steps(stage)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range steps {
			m := regexp.MustCompile(`CREATE TABLE ([a-z_]+\.[a-z_]+) \(\n((?s:.*?))\n\);`).FindStringSubmatch(s.SQL)
			if m == nil {
				continue
			}
			var declared []string
			for _, line := range strings.Split(m[2], "\n") {
				if c := colLine.FindStringSubmatch(line); c != nil {
					declared = append(declared, c[1])
				}
			}
			var got []string
			for _, c := range db.Columns(m[1]) {
				got = append(got, c.Name)
			}
			if strings.Join(got, ",") != strings.Join(declared, ",") {
				t.Errorf("%s: catalog columns %v, sql/%s/%s.sql declares %v", m[1], got, stage, s.Name, declared)
			}
			if _, err := db.Batch(m[1]); err != nil {
				t.Errorf("%s: %v", m[1], err)
			}
		}
	}

	b, err := db.Batch("raw.wilayah")
	if err != nil {
		t.Fatal(err)
	}
	defer b.Release()
	if err := b.Add("01", "Mijen", "Jatibarang"); err != nil {
		t.Fatal(err)
	}
	if err := b.Add("01", "Mijen"); err == nil {
		t.Error("a row with a value missing was taken")
	}
	if err := db.Load(ctx, b); err != nil {
		t.Fatal(err)
	}
	if got := queryStrings(t, db, `SELECT kode || '/' || kecamatan || '/' || kelurahan FROM raw.wilayah`); strings.Join(got, ",") != "01/Mijen/Jatibarang" {
		t.Errorf("raw.wilayah holds %v", got)
	}
}

func TestBatchRefusesWhatTheCatalogCannotCarry(t *testing.T) {
	db, _ := freshWarehouse(t, "meta")
	ctx := context.Background()
	if _, err := db.Batch("raw.cells"); err == nil {
		t.Error("a batch of a stage not yet applied was given")
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE meta.tanggal (d DATE)`); err != nil {
		t.Fatal(err)
	}
	if err := db.readCatalog(ctx, "meta"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Batch("meta.tanggal"); err == nil || !strings.Contains(err.Error(), "DATE") {
		t.Errorf("a batch of a DATE column: %v, want a refusal naming the type", err)
	}
}
