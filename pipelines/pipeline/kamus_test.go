package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/pipelines/kamus"
	"kinerja/pipelines/warehouse"
)

// TestDataDictionaryIsCurrent: docs/KAMUS-DATA.md is what `kinerja kamus`
// generates from a fresh warehouse, and it describes every table and column.
// `go test ./pipelines/pipeline -update` regenerates it.
func TestDataDictionaryIsCurrent(t *testing.T) {
	out, _ := bundledOutputs(t)
	ctx := context.Background()
	db, err := warehouse.OpenReadOnly(ctx, filepath.Join(out, WarehouseName))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, r := range query(t, out, `SELECT schema_name || '.' || table_name || '.' || column_name FROM duckdb_columns()
		WHERE schema_name IN ('meta', 'raw', 'clean', 'mart') AND coalesce(comment, '') = '' ORDER BY 1`) {
		t.Errorf("%s has no COMMENT ON COLUMN description", r[0])
	}
	got, err := kamus.Generate(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(repoRoot(t), "docs", "KAMUS-DATA.md")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != got {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
		for i := 0; i < len(wl) || i < len(gl); i++ {
			var w, g string
			if i < len(wl) {
				w = wl[i]
			}
			if i < len(gl) {
				g = gl[i]
			}
			if w != g {
				t.Fatalf("docs/KAMUS-DATA.md is out of date (run go test ./pipelines/pipeline -update); first difference at line %d:\n file: %s\n  now: %s", i+1, w, g)
			}
		}
	}
}
