package warehouse

import (
	"context"
	"path/filepath"
	"testing"
)

func TestMemoryBytes(t *testing.T) {
	for s, want := range map[string]float64{"512MB": 512e6, "128MB": 128e6, "2GB": 2e9, " 1.5 GiB": 1.5 * (1 << 30), "488.2 MiB": 488.2 * (1 << 20), "100kb": 1e5} {
		if got, ok := memoryBytes(s); !ok || got != want {
			t.Errorf("%q: %v %v, want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "MB", "lots", "12 parsecs", "-5MB"} {
		if got, ok := memoryBytes(s); ok {
			t.Errorf("%q read as %v", s, got)
		}
	}
}

// TestStreamLowersTheMemoryLimitWhileItRuns: a stream runs under
// StreamMemoryLimit and gives the warehouse its own limit back when it is
// committed or rolled back; a warehouse already limited below it keeps its
// limit. A stream that is not parallel runs on one of DuckDB's threads,
// and gives the others back too.
func TestStreamLowersTheMemoryLimitWhileItRuns(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct{ limit, during string }{{"512MB", "122.0 MiB"}, {"100MB", "95.3 MiB"}} {
		t.Setenv("KINERJA_DUCKDB_MEMORY", c.limit)
		db, err := Create(ctx, filepath.Join(t.TempDir(), "w.duckdb"))
		if err != nil {
			t.Fatal(err)
		}
		setting := func() string {
			var s string
			if err := db.QueryRowContext(ctx, "SELECT current_setting('memory_limit') || ' ' || current_setting('threads')").Scan(&s); err != nil {
				t.Fatal(err)
			}
			return s
		}
		if _, err := db.ExecContext(ctx, "CREATE TABLE t (a INTEGER)"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, "SET threads = 2"); err != nil {
			t.Fatal(err)
		}
		before := setting()
		for _, commit := range []bool{true, false} {
			parallel := commit
			s, err := db.BeginStream(ctx, parallel)
			if err != nil {
				t.Fatal(err)
			}
			var during string
			s.conn.QueryRowContext(ctx, "SELECT current_setting('memory_limit')").Scan(&during)
			if during != c.during {
				t.Errorf("warehouse limited to %s: %q while streaming, want %q", c.limit, during, c.during)
			}
			var threads int
			s.conn.QueryRowContext(ctx, "SELECT current_setting('threads')").Scan(&threads)
			if want := map[bool]int{true: 2, false: 1}[parallel]; threads != want {
				t.Errorf("stream (parallel %v): %d threads, want %d", parallel, threads, want)
			}
			b := NewBatch("t", Col{"a", Int32})
			b.Add(int32(7))
			s.Send(b)
			if commit {
				if err := s.Commit(ctx); err != nil {
					t.Fatal(err)
				}
			} else {
				s.Rollback()
			}
			if after := setting(); after != before {
				t.Errorf("after the stream (commit %v): %q, want %q back", commit, after, before)
			}
		}
		if n := queryInt(t, db, "SELECT count(*) FROM t"); n != 1 {
			t.Errorf("%d rows: the committed stream's one, not the rolled back's", n)
		}
		db.Close()
	}
}
