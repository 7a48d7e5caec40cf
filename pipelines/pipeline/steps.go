package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/ingest"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/warehouse"
	sqlfiles "kinerja/sql"
)

// run is one run's state, handed from step to step.
type run struct {
	opts     Options
	log      *slog.Logger
	progress func(Progress)
	sum      *Summary
	started  time.Time

	release   func() // the run lock
	locked    bool
	stage     string // outputs/.kinerja-build-<run>
	dir       string // the period folder being built inside stage
	files     []inputs.File
	findings  finding.Log
	db        *warehouse.DB
	closed    bool
	reading   reading        // what this run reads with (meta.reading)
	earlier   bool           // the previous warehouse is attached
	documents []string       // the official workbooks, printed to PDF
	besides   []chan written // the writers at work beside the run (write, wait)
	inputs    []RunInput
	produced  []RunOutput
}

func newRun(opts Options) (*run, error) {
	r := &run{opts: opts, log: opts.Logger, progress: opts.Progress, started: time.Now()}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	if r.progress == nil {
		r.progress = func(Progress) {}
	}
	if r.opts.Trigger == "" {
		r.opts.Trigger = "manual"
	}
	if opts.Period != "" && !periodRe.MatchString(opts.Period) {
		return nil, fmt.Errorf("%w (bukan %q)", ErrPeriod, opts.Period)
	}
	runID := r.started.UTC().Format("20060102T150405Z") + "-" + randomHex(3)
	r.log = r.log.With("run", runID)
	r.sum = &Summary{RunID: runID, Period: opts.Period, Started: r.started, Findings: map[finding.Severity]int{}}
	return r, nil
}

// cleanUp ends a run however it ended: the warehouse closed, the build
// folder removed (after publishing it holds the period folder it
// replaced), a failure recorded in the journal, the lock released.
func (r *run) cleanUp(err *error) {
	for _, done := range r.besides { // a writer still at work needs the warehouse
		<-done
	}
	if r.db != nil && !r.closed {
		r.db.Close()
	}
	if r.stage != "" {
		os.RemoveAll(r.stage)
	}
	if r.locked {
		if *err != nil {
			appendJournal(r.opts.OutputsDir, journalEntry{Event: "end", RunID: r.sum.RunID, Time: time.Now(), Status: "gagal", Error: (*err).Error()})
		}
		r.release()
	}
}

// lock takes the outputs folder's run lock, cleans up what a killed run
// left, and opens the run's entry in the journal and its build folder.
func (r *run) lock(ctx context.Context) error {
	o := r.opts
	if err := os.MkdirAll(o.OutputsDir, 0o755); err != nil {
		return fmt.Errorf("folder keluaran: %w", err)
	}
	host, _ := os.Hostname()
	l, err := acquireLock(o.OutputsDir, Holder{PID: os.Getpid(), Host: host, RunID: r.sum.RunID,
		Trigger: o.Trigger, Period: o.Period, Started: r.started})
	if err != nil {
		return err
	}
	r.release = l.release
	cleanUp(o.OutputsDir, r.log)
	if err := appendJournal(o.OutputsDir, journalEntry{Event: "start", RunID: r.sum.RunID, Time: r.started, PID: os.Getpid(),
		Trigger: o.Trigger, Period: o.Period, InputsDir: o.InputsDir, OutputsDir: o.OutputsDir, Version: o.Version}); err != nil {
		l.release()
		return err
	}
	r.locked = true
	r.stage = filepath.Join(o.OutputsDir, stagingPrefix+r.sum.RunID)
	// The period folder is built as "periode" and takes the period's name
	// once the period is known and the warehouse closed.
	r.dir = filepath.Join(r.stage, "periode")
	if err := os.MkdirAll(r.dir, 0o755); err != nil {
		return fmt.Errorf("folder kerja: %w", err)
	}
	return nil
}

// discover lists the inputs folder.
func (r *run) discover(ctx context.Context) error {
	files, err := inputs.Discover(r.opts.InputsDir, &r.findings)
	if err != nil {
		return err
	}
	r.files = files
	r.log.Info("inputs found", "files", len(files))
	if len(files) == 0 {
		return fmt.Errorf("%w: %s", ErrNoInputs, r.opts.InputsDir)
	}
	return nil
}

// createWarehouse creates the warehouse in the build folder with its meta
// and raw schemas.
func (r *run) createWarehouse(ctx context.Context) error {
	db, err := warehouse.Create(ctx, filepath.Join(r.dir, WarehouseName))
	if err != nil {
		return err
	}
	r.db = db
	for _, s := range sqlfiles.Stages[:2] { // meta, raw
		if err := db.ApplyStage(ctx, s); err != nil {
			return err
		}
	}
	return nil
}

// ingest reads every input into raw (ingest.go), then the run's own lists:
// Semarang's kecamatan, the files and the findings met reading them. A
// file the latest published warehouse read, unchanged since and read the
// way this run reads, is copied from it instead (earlier.go).
func (r *run) ingest(ctx context.Context) error {
	// The key NIK are hashed with; without one they are only masked.
	nikKey, warning, keyErr := ijus.LoadKey(r.opts.InputsDir, r.opts.OutputsDir)
	if keyErr != nil && !errors.Is(keyErr, ijus.ErrNoKey) {
		return fmt.Errorf("kunci NIK: %w", keyErr) // a key that was named but cannot be used stops the run
	}
	if warning != "" {
		r.log.Warn("nik key", "warning", warning)
	}
	r.reading = currentReading(nikKey)
	started := time.Now()
	files, found := slices.Clone(r.files), r.findings.Len()
	err := r.convertAndRead(ctx, nikKey, keyErr, r.attachEarlier(ctx))
	if errors.Is(err, ingest.ErrCopy) && ctx.Err() == nil {
		// The published warehouse attached and listed, but a copy from it
		// failed (a damaged block): begin again in a new warehouse, reading
		// every file, rather than fail every run until someone asks --full.
		r.log.Warn("reading every file", "reason", "a copy from the published warehouse failed", "error", err)
		r.db.Close()
		for _, p := range []string{r.db.Path(), r.db.Path() + ".wal"} {
			if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
				return fmt.Errorf("gudang data kerja: %w", err)
			}
		}
		if err := r.createWarehouse(ctx); err != nil {
			return err
		}
		r.files, r.earlier = files, false
		r.findings.Truncate(found)
		r.sum.Files, r.sum.Reused = nil, 0
		err = r.convertAndRead(ctx, nikKey, keyErr, nil)
	}
	if err != nil {
		return err
	}
	r.log.Info("inputs read", "files", len(r.files), "copied", r.sum.Reused, "took", time.Since(started).Round(time.Millisecond).String())
	// The reading's garbage back to the system before DuckDB builds clean:
	// freed but kept by the Go runtime it stood beside DuckDB's buffers,
	// and a million-row export's run peaked at 1,16 GiB in the clean stage.
	debug.FreeOSMemory()
	if err := loadKBLI(ctx, r.db); err != nil {
		return fmt.Errorf("rujukan KBLI: %w", err)
	}
	if err := loadWilayah(ctx, r.db); err != nil {
		return err
	}
	if err := loadFiles(ctx, r.db, r.sum.Files); err != nil {
		return err
	}
	if err := loadReading(ctx, r.db, r.reading); err != nil {
		return err
	}
	return loadFindings(ctx, r.db, r.findings.All())
}

// convertAndRead converts the .xls and .ods to be read and reads every
// input, copying from earlier what it holds unchanged.
func (r *run) convertAndRead(ctx context.Context, nikKey ijus.Key, keyErr error, earlier *ingest.Earlier) error {
	// .xls and .ods are read as the .xlsx LibreOffice saves them as, made in
	// a private temporary folder removed when the reading is done.
	conv, err := os.MkdirTemp("", "kinerja-konversi-")
	if err != nil {
		return fmt.Errorf("folder konversi: %w", err)
	}
	defer os.RemoveAll(conv)
	r.progress(Progress{Step: "mengonversi", Done: 0, Total: 1, Detail: ".xls/.ods"})
	if err := ingest.Convert(ctx, r.files, conv, &r.findings, earlier); err != nil {
		return err
	}
	if err := r.readInputs(ctx, nikKey, keyErr, earlier); err != nil {
		return err
	}
	return r.detachEarlier(ctx)
}

// build applies the clean and mart stages, fixing the period before the
// mart.
func (r *run) build(ctx context.Context) error {
	for i, s := range sqlfiles.Stages[2:] { // clean, mart
		r.progress(Progress{Step: "membangun", Done: i, Total: 2, Detail: s})
		if s == "mart" {
			period, err := resolvePeriod(ctx, r.db, r.opts.Period, r.started)
			if err != nil {
				return err
			}
			r.sum.Period, r.opts.Period = period, period
			r.log.Info("period", "period", period)
		}
		if err := r.db.ApplyStage(ctx, s); err != nil {
			return err
		}
		r.log.Info("stage built", "stage", s)
		if s == "clean" {
			var plans int
			if err := r.db.QueryRowContext(ctx, `SELECT count(*) FROM clean.renstra`).Scan(&plans); err != nil {
				return fmt.Errorf("clean.renstra: %w", err)
			}
			if plans == 0 {
				return ErrNoPlan
			}
		}
	}
	return nil
}

// write has every writer write its workbooks into the period folder.
func (r *run) write(ctx context.Context) error {
	writers := Writers()
	for i, w := range writers {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("proses dibatalkan: %w", err)
		}
		if beside[w.Name()] {
			// written while the others are, the mart is exported and the
			// documents printed; wait takes its workbooks in
			done := make(chan written, 1)
			go func() {
				names, err := w.Write(ctx, r.db, r.dir)
				done <- written{w.Name(), names, err}
			}()
			r.besides = append(r.besides, done)
			continue
		}
		r.progress(Progress{Step: "menulis", Done: i, Total: len(writers), Detail: w.Name()})
		names, err := w.Write(ctx, r.db, r.dir)
		if err := r.wrote(written{w.Name(), names, err}); err != nil {
			return err
		}
	}
	return nil
}

// written is what a writer wrote, or why it could not.
type written struct {
	writer string
	names  []string
	err    error
}

// wrote takes a writer's workbooks into the run's summary.
func (r *run) wrote(w written) error {
	if w.err != nil {
		return fmt.Errorf("write %s: %w", w.writer, w.err)
	}
	r.log.Info("workbooks written", "writer", w.writer, "files", len(w.names))
	for _, n := range w.names {
		r.sum.Workbooks = append(r.sum.Workbooks, filepath.ToSlash(filepath.Join(r.opts.Period, n)))
	}
	if official[w.writer] {
		r.documents = append(r.documents, w.names...)
	}
	return nil
}

// wait takes in the workbooks written beside the rest of the run, in the
// writers' order, once they are written.
func (r *run) wait(ctx context.Context) error {
	besides := r.besides
	r.besides = nil
	var first error
	for _, done := range besides {
		if err := r.wrote(<-done); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// exportParquet publishes the mart as Parquet beside the workbooks
// (parquet/mart/<table>/…): what a province or a ministry aggregates over
// many offices' folders without opening a warehouse.
func (r *run) exportParquet(ctx context.Context) error {
	r.progress(Progress{Step: "menulis", Done: 0, Total: 1, Detail: "parquet"})
	files, err := r.db.ExportParquet(ctx, "mart", filepath.Join(r.dir, ParquetDir, "mart"))
	if err != nil {
		return err
	}
	for _, f := range files {
		r.sum.Parquet = append(r.sum.Parquet, filepath.ToSlash(filepath.Join(r.opts.Period, ParquetDir, "mart", f)))
	}
	r.log.Info("parquet written", "files", len(files))
	return nil
}

// printPDFs prints the official documents when the options ask for it.
func (r *run) printPDFs(ctx context.Context) error {
	if !r.opts.PDF {
		return nil
	}
	if err := printPDFs(ctx, r.log, r.dir, r.opts.Period, r.documents, r.sum); err != nil {
		return err
	}
	r.progress(Progress{Step: "menulis", Done: 1, Total: 1, Detail: "pdf"})
	return nil
}

// record counts the findings and tables, hashes the outputs and writes the
// run's history into the warehouse, then closes it: a warehouse is
// published whole or not at all.
func (r *run) record(ctx context.Context) error {
	if err := countFindings(ctx, r.db, r.sum); err != nil {
		return err
	}
	tables, err := countTables(ctx, r.db)
	if err != nil {
		return err
	}
	r.sum.Tables = tables
	if err := r.db.QueryRowContext(ctx, `
		SELECT coalesce((SELECT b.judul || ' (' || b.periode_awal || '–' || b.periode_akhir || ')' FROM clean.renstra_berlaku b JOIN meta.periode p USING (year)), ''),
		       coalesce((SELECT b.alasan FROM clean.renstra_berlaku b JOIN meta.periode p USING (year)), ''),
		       (SELECT count(*) FROM clean.renstra)`).Scan(&r.sum.Renstra, &r.sum.RenstraWhy, &r.sum.Plans); err != nil {
		return fmt.Errorf("the period's plan: %w", err)
	}
	r.inputs = runInputs(r.sum.Files)
	if r.produced, err = hashOutputs(r.dir, r.opts.Period, slices.Concat(r.sum.Workbooks, r.sum.PDFs, r.sum.Parquet)); err != nil {
		return err
	}
	if err := recordHistory(ctx, r.db, r.opts, r.sum, r.inputs, r.produced); err != nil {
		return err
	}
	r.closed = true
	if err := r.db.Seal(ctx); err != nil {
		return err
	}
	// the warehouse holds owners' names and addresses, masked NIK and their
	// hashes: not for everyone on the machine
	return os.Chmod(r.db.Path(), PrivateMode)
}

// publish names the period folder, exchanges it with the published one and
// closes the run's journal entry.
func (r *run) publish(ctx context.Context) error {
	o := r.opts
	dir := filepath.Join(r.stage, o.Period)
	if err := os.Rename(r.dir, dir); err != nil {
		return fmt.Errorf("folder kerja: %w", err)
	}
	r.dir = dir
	whOut, err := hashOutputs(dir, o.Period, []string{filepath.ToSlash(filepath.Join(o.Period, WarehouseName))})
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("proses dibatalkan: %w", err)
	}
	r.progress(Progress{Step: "menerbitkan", Done: 0, Total: 1, Detail: filepath.Join(o.OutputsDir, o.Period)})
	if err := publish(o.OutputsDir, r.stage, o.Period); err != nil {
		return err
	}
	r.sum.Duration = time.Since(r.started)
	r.sum.Warehouse = filepath.Join(o.OutputsDir, WarehouseName)
	counts := map[string]int{}
	for sev, n := range r.sum.Findings {
		counts[string(sev)] = n
	}
	if err := appendJournal(o.OutputsDir, journalEntry{Event: "end", RunID: r.sum.RunID, Time: time.Now(), Status: "selesai", Period: o.Period,
		Inputs: r.inputs, Findings: counts, Outputs: append(r.produced, whOut...)}); err != nil {
		r.log.Error("run journal", "error", err)
	}
	r.log.Info("run complete", "period", o.Period, "workbooks", len(r.sum.Workbooks), "duration", r.sum.Duration.Round(time.Millisecond).String())
	return nil
}

// readInputs reads the files in parallel, one per core, each into batches
// of its own; they are loaded into the warehouse, and logged, in file
// order, so the warehouse and the findings are the same whatever finished
// first. Batches are loaded together once they hold maxPending rows: an
// insert per file would cost a commit per file.
func (r *run) readInputs(ctx context.Context, nikKey ijus.Key, keyErr error, earlier *ingest.Earlier) error {
	readers := r.opts.Readers
	if readers <= 0 {
		readers = runtime.GOMAXPROCS(0)
	}
	err := ingest.Read(ctx, r.db, r.files, ingest.Options{
		Forms: Forms(), Readers: readers, Key: nikKey, Earlier: earlier,
		Reading: func(i int, f inputs.File) {
			r.progress(Progress{Step: "membaca", Done: i, Total: len(r.files), Detail: f.Path})
		},
		Read: func(i int, res ingest.FileResult, findings []finding.Finding) {
			read := r.files[i].Status == inputs.Read // as found, before reading
			r.files[i] = res.File
			r.sum.Files = append(r.sum.Files, res)
			for _, x := range findings {
				r.findings.Add(x)
			}
			if !read {
				return
			}
			if res.Reused {
				r.sum.Reused++
				r.log.Info("file copied", "file", res.File.Path, "from", "the published warehouse", "cells", res.Cells, "values", res.Values, "findings", res.Findings)
				r.progress(Progress{Step: "membaca", Done: i + 1, Total: len(r.files), Detail: res.File.Path + ": sama seperti proses sebelumnya"})
				return
			}
			r.log.Info("file read", "file", res.File.Path, "forms", strings.Join(res.Forms, ","), "cells", res.Cells, "values", res.Values, "findings", res.Findings)
			r.progress(Progress{Step: "membaca", Done: i + 1, Total: len(r.files), Detail: fmt.Sprintf("%s: %d sel, %d nilai", res.File.Path, res.Cells, res.Values)})
		},
	})
	if err != nil {
		return err
	}
	if keyErr != nil {
		for _, f := range r.sum.Files {
			if !slices.Contains(f.Forms, ingest.ExportForm) && !r.ossHasNIK(ctx, f.File.ID) {
				continue
			}
			// Without a key the same person cannot be told across rows:
			// duplicate licences by person go uncounted. That is a choice
			// to make, not a fallback to find among the findings.
			if !r.opts.NoNIKKey {
				return fmt.Errorf("%w: ekspor izin %s memuat NIK, tetapi kunci NIK belum diatur; isi KINERJA_NIK_KEY_FILE dengan berkas kunci (minimal %d karakter, chmod 600, di luar folder masukan dan keluaran), atau jalankan dengan --no-nik-key untuk menyimpan NIK hanya tersamar",
					ErrNoNIKKey, f.File.Path, ijus.MinKeyBytes)
			}
			r.sum.NoNIKKey = true
			r.findings.Add(finding.Finding{Severity: finding.Sedang, Rule: "ijus.kunci", File: f.File.Path,
				Expected: "kunci NIK (KINERJA_NIK_KEY_FILE)",
				Message:  "Dijalankan tanpa kunci NIK (--no-nik-key): NIK ekspor izin (I-Jus Melon, OSS) hanya disimpan tersamar, tanpa hash, sehingga orang yang sama tidak dapat dikenali antarbaris dan izin ganda per orang tidak terhitung."})
			break
		}
	}
	return nil
}

// ossHasNIK tells whether the OSS export read as file id carries owners'
// NIK (an OSS export need not: then no key is asked for).
func (r *run) ossHasNIK(ctx context.Context, id int) bool {
	var n int
	err := r.db.QueryRowContext(ctx, `SELECT count(*) FROM raw.oss WHERE file_id = ? AND nik_mask IS NOT NULL`, id).Scan(&n)
	return err == nil && n > 0
}
