// Package pipeline runs kinerja end to end: it finds the inputs, reads them
// into the raw layer of a new warehouse, builds the clean and mart layers
// with the embedded SQL, has each writer turn marts into workbooks, and
// publishes the result by renaming it into the outputs folder only when all
// of it is complete.
package pipeline

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/pengaturan"
	"kinerja/pipelines/renstra"
	"kinerja/pipelines/review"
	"kinerja/pipelines/riwayat"
	"kinerja/pipelines/sheet"
	"kinerja/pipelines/tabel23"
	"kinerja/pipelines/tabel24"
	"kinerja/pipelines/warehouse"
	sqlfiles "kinerja/sql"
)

// WarehouseName is the published warehouse's file name in the outputs folder.
const WarehouseName = "kinerja.duckdb"

// stagingPrefix names the folder a run builds in, inside the outputs folder
// so that publishing is a rename on the same file system.
const stagingPrefix = ".kinerja-build-"

// Writer turns marts into workbooks in dir and returns the file names it
// wrote. Writers read only mart.*.
type Writer interface {
	Name() string
	Write(ctx context.Context, db *warehouse.DB, dir string) ([]string, error)
}

// Writers are the products of a run, in the order they are written.
func Writers() []Writer {
	return []Writer{tabel23.Writer{}, tabel24.Writer{}, review.Writer{}}
}

// Forms are every form the readers recognise, in the order they are tried.
func Forms() []sheet.Form {
	var forms []sheet.Form
	forms = append(forms, renstra.Forms()...)
	forms = append(forms, riwayat.Forms()...)
	forms = append(forms, pengaturan.Forms()...)
	return forms
}

// Options configure a run.
type Options struct {
	InputsDir  string
	OutputsDir string
	Trigger    string // "manual", "jadwal"
	Version    string
	Logger     *slog.Logger
}

// Summary is what a run did, for the one-screen report.
type Summary struct {
	RunID     string
	Started   time.Time
	Duration  time.Duration
	Files     []FileResult
	Findings  map[finding.Severity]int
	Tables    []TableCount
	Workbooks []string
	Warehouse string
}

// TableCount is the number of rows in a warehouse table.
type TableCount struct {
	Name string
	Rows int64
}

// Run executes the whole pipeline once. It returns an error only when the
// run could not complete; problems in the data are findings in the summary,
// the warehouse and the review workbook.
func Run(ctx context.Context, opts Options) (*Summary, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.Trigger == "" {
		opts.Trigger = "manual"
	}
	started := time.Now()
	runID := started.UTC().Format("20060102T150405Z") + "-" + randomHex(3)
	log = log.With("run", runID)
	sum := &Summary{RunID: runID, Started: started, Findings: map[finding.Severity]int{}}

	if err := os.MkdirAll(opts.OutputsDir, 0o755); err != nil {
		return nil, fmt.Errorf("outputs folder: %w", err)
	}
	removeStaleStaging(opts.OutputsDir, log)
	stage := filepath.Join(opts.OutputsDir, stagingPrefix+runID)
	if err := os.Mkdir(stage, 0o755); err != nil {
		return nil, fmt.Errorf("staging folder: %w", err)
	}
	if err := os.WriteFile(filepath.Join(stage, ownerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return nil, fmt.Errorf("staging folder: %w", err)
	}
	published := false
	defer func() {
		if !published {
			os.RemoveAll(stage)
		}
	}()

	var findings finding.Log
	files, err := inputs.Discover(opts.InputsDir, &findings)
	if err != nil {
		return nil, err
	}
	log.Info("inputs found", "files", len(files))

	db, err := warehouse.Create(ctx, filepath.Join(stage, WarehouseName))
	if err != nil {
		return nil, err
	}
	closed := false
	defer func() {
		if !closed {
			db.Close()
		}
	}()
	for _, s := range sqlfiles.Stages[:2] { // meta, raw
		if err := db.ApplyStage(ctx, s); err != nil {
			return nil, err
		}
	}
	if _, err := db.ExecContext(ctx,
		`INSERT INTO meta.runs VALUES (?, ?, NULL, ?, ?, ?, 'berjalan', ?)`,
		runID, started, opts.Trigger, opts.InputsDir, opts.OutputsDir, opts.Version); err != nil {
		return nil, fmt.Errorf("record run: %w", err)
	}

	l := newLoader(db)
	defer l.release()
	forms := Forms()
	for i := range files {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("run cancelled: %w", err)
		}
		f := &files[i]
		if f.Status != inputs.Read {
			sum.Files = append(sum.Files, FileResult{File: *f})
			continue
		}
		res, err := readFile(ctx, l, f, forms, &findings)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f.Path, err)
		}
		if err := l.flush(ctx); err != nil {
			return nil, fmt.Errorf("load %s: %w", f.Path, err)
		}
		log.Info("file read", "file", f.Path, "forms", strings.Join(res.Forms, ","), "cells", res.Cells, "values", res.Values, "findings", res.Findings)
		sum.Files = append(sum.Files, res)
	}
	if err := loadFiles(ctx, db, files); err != nil {
		return nil, err
	}
	if err := loadFindings(ctx, db, findings.All()); err != nil {
		return nil, err
	}
	for _, s := range sqlfiles.Stages[2:] { // clean, mart
		if err := db.ApplyStage(ctx, s); err != nil {
			return nil, err
		}
		log.Info("stage built", "stage", s)
	}

	for _, w := range Writers() {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("run cancelled: %w", err)
		}
		names, err := w.Write(ctx, db, stage)
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", w.Name(), err)
		}
		log.Info("workbooks written", "writer", w.Name(), "files", len(names))
		sum.Workbooks = append(sum.Workbooks, names...)
	}

	if err := countFindings(ctx, db, sum); err != nil {
		return nil, err
	}
	if sum.Tables, err = countTables(ctx, db); err != nil {
		return nil, err
	}
	sum.Duration = time.Since(started)
	if _, err := db.ExecContext(ctx, `UPDATE meta.runs SET finished_at = ?, status = 'selesai' WHERE run_id = ?`, time.Now(), runID); err != nil {
		return nil, fmt.Errorf("record run: %w", err)
	}
	closed = true
	if err := db.Close(); err != nil {
		return nil, fmt.Errorf("close warehouse: %w", err)
	}

	// Publish: workbooks first, then the warehouse, each by rename. Every
	// file is replaced whole; nothing is ever half-written in the outputs
	// folder.
	os.Remove(filepath.Join(stage, ownerFile))
	for _, name := range append(append([]string(nil), sum.Workbooks...), WarehouseName) {
		if err := os.Rename(filepath.Join(stage, name), filepath.Join(opts.OutputsDir, name)); err != nil {
			return nil, fmt.Errorf("publish %s: %w", name, err)
		}
	}
	published = true
	os.RemoveAll(stage)
	sum.Warehouse = filepath.Join(opts.OutputsDir, WarehouseName)
	log.Info("run complete", "workbooks", len(sum.Workbooks), "duration", sum.Duration.Round(time.Millisecond).String())
	return sum, nil
}

func loadFiles(ctx context.Context, db *warehouse.DB, files []inputs.File) error {
	b := warehouse.NewBatch("raw.files",
		warehouse.Col{Name: "file_id", Kind: warehouse.Int32}, warehouse.Col{Name: "path", Kind: warehouse.String},
		warehouse.Col{Name: "size_bytes", Kind: warehouse.Int64}, warehouse.Col{Name: "sha256", Kind: warehouse.String},
		warehouse.Col{Name: "kind", Kind: warehouse.String}, warehouse.Col{Name: "status", Kind: warehouse.String},
		warehouse.Col{Name: "note", Kind: warehouse.String})
	defer b.Release()
	for _, f := range files {
		if err := b.Add(f.ID, f.Path, f.Size, f.SHA256, f.Kind, f.Status, nullable(f.Note)); err != nil {
			return err
		}
	}
	return db.Load(ctx, b)
}

func loadFindings(ctx context.Context, db *warehouse.DB, all []finding.Finding) error {
	b := warehouse.NewBatch("raw.findings",
		warehouse.Col{Name: "seq", Kind: warehouse.Int32}, warehouse.Col{Name: "severity", Kind: warehouse.String},
		warehouse.Col{Name: "rule", Kind: warehouse.String}, warehouse.Col{Name: "file", Kind: warehouse.String},
		warehouse.Col{Name: "sheet", Kind: warehouse.String}, warehouse.Col{Name: "cell", Kind: warehouse.String},
		warehouse.Col{Name: "raw_text", Kind: warehouse.String}, warehouse.Col{Name: "expected", Kind: warehouse.String},
		warehouse.Col{Name: "message", Kind: warehouse.String})
	defer b.Release()
	for i, f := range all {
		if err := b.Add(i+1, string(f.Severity), f.Rule, nullable(f.File), nullable(f.Sheet), nullable(f.Cell),
			nullable(f.Raw), nullable(f.Expected), f.Message); err != nil {
			return err
		}
	}
	return db.Load(ctx, b)
}

func countFindings(ctx context.Context, db *warehouse.DB, sum *Summary) error {
	rows, err := db.QueryContext(ctx, `SELECT severity, count(*) FROM mart.review GROUP BY severity`)
	if err != nil {
		return fmt.Errorf("count findings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var sev string
		var n int
		if err := rows.Scan(&sev, &n); err != nil {
			return err
		}
		sum.Findings[finding.Severity(sev)] = n
	}
	return rows.Err()
}

func countTables(ctx context.Context, db *warehouse.DB) ([]TableCount, error) {
	rows, err := db.QueryContext(ctx, `SELECT schema_name || '.' || table_name, estimated_size FROM duckdb_tables() WHERE schema_name IN ('raw','clean','mart') ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("count tables: %w", err)
	}
	defer rows.Close()
	var out []TableCount
	for rows.Next() {
		var t TableCount
		if err := rows.Scan(&t.Name, &t.Rows); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// ownerFile, inside a build folder, holds the process id of the run building
// it.
const ownerFile = "pid"

// removeStaleStaging deletes build folders that runs killed before
// publishing left behind: those whose owner process is gone. A folder whose
// owner is alive belongs to a run still going and is left alone.
func removeStaleStaging(dir string, log *slog.Logger) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	var stale []string
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), stagingPrefix) {
			stale = append(stale, e.Name())
		}
	}
	sort.Strings(stale)
	for _, name := range stale {
		if b, err := os.ReadFile(filepath.Join(dir, name, ownerFile)); err == nil {
			if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil && pid != os.Getpid() && processAlive(pid) {
				continue
			}
		}
		if err := os.RemoveAll(filepath.Join(dir, name)); err == nil {
			log.Info("removed an unfinished build", "folder", name)
		}
	}
}

// processAlive reports whether a process with this id exists (signal 0
// checks without sending anything).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "000000"
	}
	return hex.EncodeToString(b)
}
