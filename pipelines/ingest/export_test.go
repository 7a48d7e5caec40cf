package ingest

import (
	"context"
	"path/filepath"
	"testing"

	"kinerja/pipelines/warehouse"
)

// RawWarehouse is a fresh warehouse in a test's temp folder with its meta
// and raw stages, what Read loads into; closed when the test ends. For the
// tests of this package, inside and outside it.
func RawWarehouse(t testing.TB) *warehouse.DB {
	t.Helper()
	ctx := context.Background()
	db, err := warehouse.Create(ctx, filepath.Join(t.TempDir(), "k.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, s := range []string{"meta", "raw"} {
		if err := db.ApplyStage(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	return db
}
