package warehouse

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The order the files apply in comes from what each reads, so it holds
// whatever the names: with the ties broken the other way round (the name
// last first) every stage still applies, and builds the same tables with
// the same columns.
func TestStageOrderComesFromTheReferences(t *testing.T) {
	ctx := context.Background()
	build := func(first func(a, b Step) bool) map[string][]Col {
		db, err := Create(ctx, filepath.Join(t.TempDir(), "k.duckdb"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, stage := range []string{"meta", "raw", "clean", "mart"} {
			steps, err := stageSteps(stage, first)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.apply(ctx, stage, steps); err != nil {
				t.Fatalf("%s, ties broken by %s: %v", stage, "that order", err)
			}
		}
		for _, s := range []string{"clean", "calc", "mart"} {
			if err := db.readCatalog(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
		out := map[string][]Col{}
		for name, cols := range db.catalog {
			for _, c := range cols {
				out[name] = append(out[name], c.Col)
			}
		}
		return out
	}
	byName := build(func(a, b Step) bool { return a.Stage+"/"+a.Name < b.Stage+"/"+b.Name })
	reversed := build(func(a, b Step) bool { return a.Stage+"/"+a.Name > b.Stage+"/"+b.Name })
	if len(byName) < 60 {
		t.Fatalf("only %d tables built", len(byName))
	}
	if !reflect.DeepEqual(byName, reversed) {
		t.Error("the stages built other tables with the ties broken the other way")
	}
}

func TestOrderRefusesACircle(t *testing.T) {
	steps := []Step{
		{Stage: "mart", Name: "001_a", SQL: "CREATE TABLE mart.a AS SELECT * FROM mart.b;"},
		{Stage: "mart", Name: "002_b", SQL: "CREATE TABLE mart.b AS SELECT * FROM mart.a;"},
	}
	if _, err := order(steps, func(a, b Step) bool { return a.Name < b.Name }); err == nil || !strings.Contains(err.Error(), "001_a") {
		t.Errorf("a circle: %v", err)
	}
}

// A table named in a comment or a description is not a table read.
func TestReadsSkipsCommentsAndText(t *testing.T) {
	got := Reads(`-- built from raw.cells, like mart.windows
CREATE TABLE mart.x AS SELECT 'raw.files' AS t, "raw.rows" AS c, meta.pct_round2(a, b) FROM clean.laporan; -- mart.y
COMMENT ON TABLE mart.x IS 'Dari raw.sheets dan clean.''laporan''.'; /* raw.rows, the Renstra's */ SELECT * FROM CLEAN.Unit;`)
	want := []string{"mart.x", "meta.pct_round2", "clean.laporan", "clean.unit"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Reads: %v, want %v", got, want)
	}
}
