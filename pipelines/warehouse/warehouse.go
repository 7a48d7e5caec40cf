// Package warehouse is the only package that talks to DuckDB. It creates a
// warehouse file, applies the embedded SQL of each stage in order (recording
// what it applied), bulk-loads raw rows as Arrow record batches, and opens
// published warehouses read-only for analysts' queries.
package warehouse

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/duckdb/duckdb-go/v2"

	sqlfiles "kinerja/sql"
)

// DB is an open warehouse. Writes go through a single connection so that the
// Arrow views a load registers are visible to the statement that reads them.
type DB struct {
	db     *sql.DB
	path   string
	memory string // DuckDB's memory limit, as set

	mu      sync.RWMutex
	catalog map[string][]catalogCol // "raw.cells" → its declared columns
}

// Create makes a new, empty warehouse file at path. The file must not exist:
// a run builds its warehouse beside the published one and never writes into
// a file an analyst may have open.
func Create(ctx context.Context, path string) (*DB, error) {
	if _, err := os.Stat(path); err == nil {
		return nil, fmt.Errorf("membuat gudang data %s: berkas sudah ada", path)
	}
	return open(ctx, path, "")
}

// OpenReadOnly opens a published warehouse for reading. Several processes may
// do so at once. It reads the warehouse and nothing else: DuckDB's access to
// other files is off (no COPY … TO, EXPORT DATABASE, read_csv, read_text,
// read_blob or ATTACH of a host file) and the configuration locked, so a
// query cannot turn it back on.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("membuka gudang data: %w", err)
	}
	db, err := open(ctx, path, "?access_mode=read_only")
	if err != nil {
		return nil, err
	}
	for _, set := range []string{"SET enable_external_access = false", "SET lock_configuration = true"} {
		if _, err := db.db.ExecContext(ctx, set); err != nil && !locked(err) {
			db.Close()
			return nil, fmt.Errorf("open warehouse %s: %s: %w", path, set, err)
		}
	}
	return db, nil
}

// DefaultMemoryLimit is DuckDB's memory limit for a warehouse, unless
// KINERJA_DUCKDB_MEMORY sets another ("2GB").
const DefaultMemoryLimit = "512MB"

// StreamMemoryLimit is DuckDB's memory limit while a large export streams
// in (Stream), unless KINERJA_DUCKDB_STREAM_MEMORY sets another, or the
// warehouse's own limit is lower. DuckDB keeps the blocks an insert wrote
// in its buffers up to its limit; under 512 MB the million-row OSS export
// (21 columns) peaked at 593–628 MiB until loaded, under 128 MB at 395
// MiB, in the same time. The clean stage that follows gets the whole
// limit back.
const StreamMemoryLimit = "128MB"

func open(ctx context.Context, path, params string) (*DB, error) {
	connector, err := duckdb.NewConnector(path+params, nil)
	if err != nil {
		return nil, fmt.Errorf("membuka gudang data %s: %w", path, err)
	}
	db := sql.OpenDB(connector)
	db.SetMaxOpenConns(1)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("membuka gudang data %s: %w", path, err)
	}
	// DuckDB would take up to 80 % of the machine's memory for its buffers;
	// a run shares the machine (with the analysts' own queries, too), and a
	// million-row licence export must fit in 1 GiB. Beyond the limit DuckDB
	// spills to a temporary folder beside the file.
	limit := cmp.Or(os.Getenv("KINERJA_DUCKDB_MEMORY"), DefaultMemoryLimit)
	if _, err := db.ExecContext(ctx, "SET memory_limit = '"+strings.ReplaceAll(limit, "'", "")+"'"); err != nil && !locked(err) {
		db.Close()
		return nil, fmt.Errorf("open warehouse %s: memory_limit %q: %w", path, limit, err)
	}
	return &DB{db: db, path: path, memory: limit}, nil
}

// locked tells the error of a setting on a database this process already
// opened read-only: DuckDB shares one instance per file in a process, and
// the first open set it up and locked its configuration.
func locked(err error) bool {
	return strings.Contains(err.Error(), "configuration has been locked")
}

// Path is the file the warehouse lives in.
func (w *DB) Path() string { return w.path }

// Close closes the warehouse. DuckDB checkpoints on close, but says
// nothing when that fails: a warehouse to be published is sealed instead.
func (w *DB) Close() error {
	return w.db.Close()
}

// ErrNotWhole is returned by Seal when the closed warehouse file does not
// hold everything on its own.
var ErrNotWhole = errors.New("gudang data tidak utuh")

// Seal checkpoints the warehouse into its file, closes it, and checks that
// the file stands alone: no write-ahead log left beside it (an analyst who
// copies the .duckdb alone would get a database without the rows the log
// holds), and it opens read-only to the SQL it was built with. A full disk
// fails here, loudly, instead of publishing half a warehouse.
func (w *DB) Seal(ctx context.Context) error {
	if _, err := w.db.ExecContext(ctx, "CHECKPOINT"); err != nil {
		w.db.Close()
		return fmt.Errorf("%w: checkpoint %s: %w", ErrNotWhole, w.path, err)
	}
	if err := w.db.Close(); err != nil {
		return fmt.Errorf("%w: close %s: %w", ErrNotWhole, w.path, err)
	}
	if _, err := os.Stat(w.path + ".wal"); err == nil {
		return fmt.Errorf("%w: %s.wal remains after the checkpoint", ErrNotWhole, w.path)
	}
	r, err := OpenReadOnly(ctx, w.path)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrNotWhole, err)
	}
	defer r.Close()
	var n int
	if err := r.QueryRowContext(ctx, `SELECT count(*) FROM meta.sql_files`).Scan(&n); err != nil || n == 0 {
		return fmt.Errorf("%w: %s does not open to its SQL (%d files, %v)", ErrNotWhole, w.path, n, err)
	}
	return nil
}

// Attach attaches the warehouse file at path to this one, read-only, as
// the catalog name: a run copies from its predecessor table to table.
func (w *DB) Attach(ctx context.Context, path, name string) error {
	q := fmt.Sprintf(`ATTACH '%s' AS "%s" (READ_ONLY)`, strings.ReplaceAll(path, "'", "''"), strings.ReplaceAll(name, `"`, ``))
	if _, err := w.db.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("melampirkan gudang data %s: %w", path, err)
	}
	return nil
}

// Detach detaches what Attach attached as name.
func (w *DB) Detach(ctx context.Context, name string) error {
	_, err := w.db.ExecContext(ctx, `DETACH "`+strings.ReplaceAll(name, `"`, ``)+`"`)
	return err
}

// ExecContext runs statements that return no rows.
func (w *DB) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return w.db.ExecContext(ctx, query, args...)
}

// QueryContext runs a query.
func (w *DB) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return w.db.QueryContext(ctx, query, args...)
}

// QueryRowContext runs a query expected to return at most one row.
func (w *DB) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return w.db.QueryRowContext(ctx, query, args...)
}

// Step is one embedded SQL file.
type Step struct {
	Stage string
	Name  string // file name without .sql, e.g. "010_tabel24"
	SQL   string
	Hash  string
}

// Steps lists a stage's SQL files in the order they apply: each after the
// files creating what it reads, by name where that leaves a choice.
func Steps(stage string) ([]Step, error) {
	return stageSteps(stage, func(a, b Step) bool { return a.Stage+"/"+a.Name < b.Stage+"/"+b.Name })
}

func stageSteps(stage string, first func(a, b Step) bool) ([]Step, error) {
	var steps []Step
	for _, folder := range sqlfiles.Folders(stage) {
		entries, err := fs.ReadDir(sqlfiles.FS, folder)
		if err != nil {
			return nil, fmt.Errorf("sql stage %s: %w", stage, err)
		}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".sql") {
				continue
			}
			b, err := fs.ReadFile(sqlfiles.FS, path.Join(folder, e.Name()))
			if err != nil {
				return nil, err
			}
			sum := sha256.Sum256(b)
			steps = append(steps, Step{
				Stage: folder,
				Name:  strings.TrimSuffix(e.Name(), ".sql"),
				SQL:   string(b),
				Hash:  hex.EncodeToString(sum[:]),
			})
		}
	}
	return order(steps, first)
}

// ApplyStage runs every SQL file of a stage, in order, in one transaction, and
// records each in meta.sql_files. A failing file names itself in the error.
func (w *DB) ApplyStage(ctx context.Context, stage string) error {
	steps, err := Steps(stage)
	if err != nil {
		return err
	}
	return w.apply(ctx, stage, steps)
}

// apply runs steps in one transaction and records each.
func (w *DB) apply(ctx context.Context, stage string, steps []Step) error {
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("menerapkan tahap %s: %w", stage, err)
	}
	defer tx.Rollback()
	for _, s := range steps {
		started := time.Now()
		if _, err := tx.ExecContext(ctx, s.SQL); err != nil {
			return fmt.Errorf("menerapkan sql/%s/%s.sql: %w", s.Stage, s.Name, err)
		}
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO meta.sql_files (seq, stage, name, sha256, ms) VALUES ((SELECT count(*) FROM meta.sql_files) + 1, ?, ?, ?, ?)`,
			s.Stage, s.Name, s.Hash, float64(time.Since(started).Microseconds())/1000); err != nil {
			return fmt.Errorf("record sql/%s/%s.sql: %w", s.Stage, s.Name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("menerapkan tahap %s: %w", stage, err)
	}
	return w.readCatalog(ctx, stage)
}

// ErrNotWarehouse is returned when a file opens but holds no kinerja schema.
var ErrNotWarehouse = errors.New("not a kinerja warehouse")
