// Package pipeline runs kinerja end to end: it finds the inputs, reads them
// into the raw layer of a new warehouse, builds the clean and mart layers
// with the embedded SQL, has each writer turn marts into workbooks, and
// publishes the result by renaming it into the outputs folder only when all
// of it is complete.
package pipeline

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/ingest"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/pdf"
	"kinerja/pipelines/read/history"
	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/read/monthly"
	"kinerja/pipelines/read/oss"
	"kinerja/pipelines/read/renstra"
	"kinerja/pipelines/read/settings"
	"kinerja/pipelines/sheet"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/write/evaluasi"
	"kinerja/pipelines/write/lakip"
	"kinerja/pipelines/write/lkpj"
	"kinerja/pipelines/write/monitoring"
	"kinerja/pipelines/write/review"
	"kinerja/pipelines/write/tabel23"
	"kinerja/pipelines/write/tabel24"
)

// WarehouseName is the warehouse's file name: in each period folder, and as
// the link to the latest one at the top of the outputs folder.
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
	return []Writer{tabel23.Writer{}, tabel24.Writer{}, monitoring.Writer{}, evaluasi.Writer{}, lakip.Writer{}, lkpj.Writer{}, review.Writer{}}
}

// Forms are every form the readers recognise, in the order they are tried.
func Forms() []sheet.Form {
	var forms []sheet.Form
	forms = append(forms, renstra.Forms()...)
	forms = append(forms, history.Forms()...)
	forms = append(forms, settings.Forms()...)
	forms = append(forms, monthly.Forms()...)
	return forms
}

// Options configure a run.
type Options struct {
	InputsDir  string
	OutputsDir string
	Period     string // the month reported, "2006-01"; its folder in outputs keeps its workbooks
	Trigger    string // manual, jadwal, berkas
	Version    string
	Logger     *slog.Logger
	Progress   func(Progress) // optional: called as files are read and products written
	Readers    int            // files read at once; 0 is one per core
	// PDF prints the official documents (Tabel 2.3 and 2.4, E.81, LAKIP,
	// LKPJ) to PDF beside their workbooks where LibreOffice is installed.
	PDF bool
	// NoNIKKey runs a licence export without a NIK key, its NIK only
	// masked: a choice said in the summary and the Review. Without it, an
	// export and no key stop the run.
	NoNIKKey bool
	// Full reads every input again, copying nothing from the previous
	// warehouse (run --full).
	Full bool
}

// Progress is a step of a run, for a terminal's progress line.
type Progress struct {
	Step   string // membaca, membangun, menulis, menerbitkan
	Done   int
	Total  int
	Detail string
}

// FileResult is what reading one input file produced.
type FileResult = ingest.FileResult

// ParquetDir is the folder of a period's Parquet files.
const ParquetDir = "parquet"

// Summary is what a run did, for the one-screen report.
type Summary struct {
	RunID     string
	Period    string
	Started   time.Time
	Duration  time.Duration
	Files     []FileResult
	Reused    int // files whose rows were copied from the previous warehouse, unchanged since it read them
	Findings  map[finding.Severity]int
	Tables    []TableCount
	Workbooks []string // relative to the outputs folder: "2026-10/Review-Kinerja.xlsx"
	PDFs      []string // the official documents printed, relative to the outputs folder
	Parquet   []string // the mart as Parquet, relative to the outputs folder
	PDFNotice string   // why no PDF was printed, when Options.PDF asked for them
	Warehouse string
	NoNIKKey  bool // a licence export was read without a NIK key, as Options.NoNIKKey allowed
	// Renstra is the plan the period's year follows ("Perubahan Rencana
	// Strategis (Renstra) II 2016-2021 (2016–2021)"), Plans how many the
	// inputs hold, Why the reason when there was a choice.
	Renstra, RenstraWhy string
	Plans               int
}

// official are the writers whose workbooks are documents an office signs
// and uploads: they are printed to PDF too.
var official = map[string]bool{"tabel23": true, "tabel24": true, "evaluasi": true, "lakip": true, "lkpj": true}

// beside are the writers whose workbooks are written in a goroutine of their
// own, beside the rest of the run (write): the review, a line per finding,
// is the largest (the 38 000 findings of a million-row licence export take
// a core a second and more) and is none of the documents printed.
var beside = map[string]bool{"review": true}

// TableCount is the number of rows in a warehouse table.
type TableCount struct {
	Name string
	Rows int64
}

// printPDFs prints the official documents with LibreOffice. Without
// LibreOffice, or when it fails, the run goes on: the workbooks are the
// documents, and the summary says why there is no PDF. A cancelled run
// stops.
func printPDFs(ctx context.Context, log *slog.Logger, dir, period string, documents []string, sum *Summary) error {
	soffice, err := pdf.Find()
	if err != nil {
		sum.PDFNotice = "PDF tidak ditulis: " + err.Error() + "; pasang LibreOffice Calc (paket libreoffice-calc) agar dokumen resmi juga terbit sebagai PDF."
		log.Warn("pdf not printed", "reason", err.Error())
		return nil
	}
	// the documents are dated the last day of the period they report
	t, err := time.Parse("2006-01", period)
	if err != nil {
		return err
	}
	started := time.Now()
	names, err := pdf.Convert(ctx, soffice, dir, documents, t.AddDate(0, 1, -1))
	if ctx.Err() != nil {
		return fmt.Errorf("proses dibatalkan: %w", ctx.Err())
	}
	if err != nil {
		sum.PDFNotice = "PDF tidak ditulis: LibreOffice gagal mencetak (" + err.Error() + "); workbook tetap terbit."
		log.Warn("pdf not printed", "error", err)
		return nil
	}
	for _, n := range names {
		sum.PDFs = append(sum.PDFs, filepath.ToSlash(filepath.Join(period, n)))
	}
	log.Info("pdf printed", "files", len(names), "seconds", time.Since(started).Seconds())
	return nil
}

// PrivateMode is the warehouse's and the run journal's file mode: the
// owner and the outputs folder's group (the analysts, README), not
// everyone on the machine. Workbooks and PDFs are documents, 0644.
const PrivateMode = 0o640

// goMemoryLimit is the Go heap's soft limit during a run.
const goMemoryLimit = 384 << 20

var periodRe = regexp.MustCompile(`^(19|20)\d\d-(0[1-9]|1[0-2])$`)

// ErrNoInputs is returned for an inputs folder that holds no file: there is
// nothing to report on, and a run that said so quietly would look like one
// that found nothing wrong.
var ErrNoInputs = errors.New("folder masukan kosong: letakkan workbook Renstra, tabel terbitan dan laporan bulanan di dalamnya")

// ErrNoPlan is returned when no input holds a Renstra: no official document
// can be written without the plan it reports against.
var ErrNoPlan = errors.New(`tidak ada Renstra di folder masukan: letakkan workbook Renstra (lembar "Dokumen Renstra", "Tabel 6.1", "Tabel 7.2" …) di folder masukan; tanpa rencana tidak ada laporan resmi`)

// ErrNoNIKKey is returned when a licence export is read without a NIK key
// and without NoNIKKey.
var ErrNoNIKKey = errors.New("tidak ada kunci NIK")

// ErrPeriodNoPlan is returned for a period in a year the Renstra does not
// plan: its documents would hold no target and no pagu.
var ErrPeriodNoPlan = errors.New("tidak ada rencana untuk periode ini")

// ErrPeriod is returned for a period that is not a month ("2006-01").
var ErrPeriod = errors.New("periode harus berbentuk TTTT-BB, mis. 2018-06")

// PeriodBefore is the month before t's month in Western Indonesia Time: the
// month a run on the 1st reports.
func PeriodBefore(t time.Time) string {
	loc, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		loc = time.FixedZone("WIB", 7*3600)
	}
	t = t.In(loc)
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, loc).AddDate(0, -1, 0).Format("2006-01")
}

// Run executes the whole pipeline once. It returns an error only when the
// run could not complete; problems in the data are findings in the summary,
// the warehouse and the review workbook. One run at a time per outputs
// folder: a second one gets a *LockedError naming the first.
func Run(ctx context.Context, opts Options) (_ *Summary, err error) {
	// A soft limit on the Go heap for the run, unless GOMEMLIMIT sets one:
	// with DuckDB's own limit (warehouse.DefaultMemoryLimit) it keeps a
	// million-row licence export within 1 GiB. Without it the heap of an
	// XLSX export's run grew to twice its live 275 MB before collecting.
	if os.Getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(goMemoryLimit))
	}
	r, err := newRun(opts)
	if err != nil {
		return nil, err
	}
	defer r.cleanUp(&err)
	steps := []struct {
		name string
		do   func(context.Context) error
	}{
		{"lock", r.lock},
		{"discover", r.discover},
		{"warehouse", r.createWarehouse},
		{"ingest", r.ingest},
		{"build", r.build},
		{"write", r.write},
		{"parquet", r.exportParquet},
		{"pdf", r.printPDFs},
		{"wait", r.wait},
		{"record", r.record},
		{"publish", r.publish},
	}
	for _, s := range steps {
		if err := s.do(ctx); err != nil {
			return nil, err
		}
	}
	return r.sum, nil
}

// resolvePeriod fixes the period the marts report: the one asked for, or
// the latest month any unit reported, or, without reports, the month just
// ended. It is recorded in meta.periode.
func resolvePeriod(ctx context.Context, db *warehouse.DB, asked string, now time.Time) (string, error) {
	var first, last sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT min(periode_awal), max(periode_akhir) FROM clean.renstra`).Scan(&first, &last); err != nil {
		return "", fmt.Errorf("periode: %w", err)
	}
	period, asal := asked, "diminta"
	if period == "" {
		// the latest month reported in a year the plan covers: one report
		// dated after it (a typo, "Jun-81") does not stop every run
		var latest sql.NullString
		if err := db.QueryRowContext(ctx, `SELECT max(printf('%04d-%02d', l.year, l.month)) FROM clean.laporan l
			WHERE l.current AND (NOT EXISTS (SELECT 1 FROM clean.renstra) OR l.year BETWEEN (SELECT min(periode_awal) FROM clean.renstra) AND (SELECT max(periode_akhir) FROM clean.renstra))`).Scan(&latest); err != nil {
			return "", fmt.Errorf("periode: %w", err)
		}
		period, asal = latest.String, "laporan terakhir"
		if !latest.Valid {
			// No monthly report yet: the month just ended, or the plan's
			// last month once its period is over (an office that loads an
			// ended Renstra reports on it, not on a year it does not plan).
			period, asal = PeriodBefore(now), "bulan lalu"
			if y, _ := strconv.Atoi(period[:4]); last.Valid && int64(y) > last.Int64 {
				period, asal = fmt.Sprintf("%04d-12", last.Int64), "akhir periode Renstra"
			}
		}
	}
	y, _ := strconv.Atoi(period[:4])
	m, _ := strconv.Atoi(period[5:])
	if first.Valid && last.Valid && (int64(y) < first.Int64 || int64(y) > last.Int64) {
		return "", fmt.Errorf("%w: periode %s (%s) di luar Renstra %d–%d; pilih --period antara %d-01 dan %d-12, atau letakkan Renstra yang memuat tahun %d di folder masukan",
			ErrPeriodNoPlan, period, asal, first.Int64, last.Int64, first.Int64, last.Int64, y)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO meta.periode VALUES (?, ?, ?, ?)`, period, y, m, asal); err != nil {
		return "", fmt.Errorf("periode: %w", err)
	}
	return period, nil
}

func runInputs(files []FileResult) []RunInput {
	out := make([]RunInput, len(files))
	for i, f := range files {
		out[i] = RunInput{Path: f.File.Path, SHA256: f.File.SHA256, Size: f.File.Size, Status: f.File.Status,
			Sheets: f.Sheets, Cells: f.Cells, Values: f.Values, Findings: f.Findings, Copied: f.Reused}
	}
	return out
}

// hashOutputs hashes the files of a period folder built in dir; names are
// "period/file" as published. Each is read through the hash, not into
// memory: the warehouse of a million-row licence export is 180 MB.
func hashOutputs(dir, period string, files []string) ([]RunOutput, error) {
	var out []RunOutput
	buf := make([]byte, 1<<20)
	for _, name := range files {
		f, err := os.Open(filepath.Join(dir, strings.TrimPrefix(name, period+"/")))
		if err != nil {
			return nil, err
		}
		h := sha256.New()
		n, err := io.CopyBuffer(h, struct{ io.Reader }{f}, buf) // (a bare *os.File would be copied by its own WriteTo, in small reads)
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, RunOutput{File: name, SHA256: hex.EncodeToString(h.Sum(nil)), Bytes: n})
	}
	return out, nil
}

// recordHistory writes the run journal and this run into meta.runs,
// meta.run_inputs and meta.run_outputs, so every published warehouse carries
// the whole history of its outputs folder.
func recordHistory(ctx context.Context, db *warehouse.DB, opts Options, sum *Summary, in []RunInput, out []RunOutput) error {
	past, err := ReadRuns(opts.OutputsDir)
	if err != nil {
		return err
	}
	now := RunRecord{RunID: sum.RunID, PID: os.Getpid(), Trigger: opts.Trigger, Period: opts.Period,
		InputsDir: opts.InputsDir, OutputsDir: opts.OutputsDir, Version: opts.Version,
		Started: sum.Started, Finished: time.Now(), Status: "selesai", Inputs: in, Outputs: out, Findings: map[string]int{}}
	for sev, n := range sum.Findings {
		now.Findings[string(sev)] = n
	}
	var runs []RunRecord
	for _, r := range past {
		if r.RunID != sum.RunID {
			runs = append(runs, r)
		}
	}
	runs = append(runs, now)

	var rb, ib, ob *warehouse.Batch
	for _, t := range []struct {
		to    **warehouse.Batch
		table string
	}{{&rb, "meta.runs"}, {&ib, "meta.run_inputs"}, {&ob, "meta.run_outputs"}} {
		b, err := db.Batch(t.table)
		if err != nil {
			return err
		}
		*t.to = b
		defer b.Release()
	}
	count := func(r RunRecord, sev finding.Severity) any {
		if r.Findings == nil {
			return nil
		}
		return r.Findings[string(sev)]
	}
	for _, r := range runs {
		var pid any
		if r.PID != 0 {
			pid = r.PID
		}
		if err := rb.Add(r.RunID, warehouse.NullIfEmpty(r.Period), warehouse.NullIfEmpty(r.Trigger), r.Started, r.Finished, r.Status, warehouse.NullIfEmpty(finding.Redact(r.Error)),
			warehouse.NullIfEmpty(r.Version), warehouse.NullIfEmpty(finding.Redact(r.InputsDir)), warehouse.NullIfEmpty(finding.Redact(r.OutputsDir)), pid,
			count(r, finding.Tinggi), count(r, finding.Sedang), count(r, finding.Rendah), count(r, finding.Info)); err != nil {
			return err
		}
		for _, f := range r.Inputs {
			if err := ib.Add(r.RunID, f.Path, warehouse.NullIfEmpty(f.SHA256), f.Size, f.Status, f.Sheets, f.Cells, f.Values, f.Findings, f.Copied); err != nil {
				return err
			}
		}
		for _, f := range r.Outputs {
			if err := ob.Add(r.RunID, f.File, f.SHA256, f.Bytes); err != nil {
				return err
			}
		}
	}
	for _, b := range []*warehouse.Batch{rb, ib, ob} {
		if err := db.Load(ctx, b); err != nil {
			return fmt.Errorf("riwayat proses: %w", err)
		}
	}
	return nil
}

// loadWilayah loads Semarang's kecamatan and kelurahan (raw.wilayah), the
// reference of the licence export's places, from the one list in ijus.
func loadWilayah(ctx context.Context, db *warehouse.DB) error {
	b, err := db.Batch("raw.wilayah")
	if err != nil {
		return err
	}
	defer b.Release()
	for i, k := range ijus.Kecamatan {
		for _, kel := range k.Kelurahan {
			if err := b.Add(fmt.Sprintf("%02d", i+1), k.Nama, kel); err != nil {
				return err
			}
		}
	}
	return db.Load(ctx, b)
}

// loadKBLI loads KBLI 2020's sections and the mapping of codes to
// Semarang's sector words (raw.kbli_kategori, raw.kbli_sektor), the
// reference of the OSS export's KBLI codes.
func loadKBLI(ctx context.Context, db *warehouse.DB) error {
	kategori, err := oss.KategoriKBLI()
	if err != nil {
		return err
	}
	sektor, err := oss.SektorKBLI()
	if err != nil {
		return err
	}
	k, err := db.Batch("raw.kbli_kategori")
	if err != nil {
		return err
	}
	defer k.Release()
	for _, c := range kategori {
		if err := k.Add(c.Huruf, c.Nama, c.Dari, c.Sampai); err != nil {
			return err
		}
	}
	s, err := db.Batch("raw.kbli_sektor")
	if err != nil {
		return err
	}
	defer s.Release()
	for _, c := range sektor {
		if err := s.Add(c.Awalan, c.Sektor, c.Catatan); err != nil {
			return err
		}
	}
	if err := db.Load(ctx, k); err != nil {
		return err
	}
	return db.Load(ctx, s)
}

// loadFiles lists every input in raw.files with what reading it found.
func loadFiles(ctx context.Context, db *warehouse.DB, files []FileResult) error {
	b, err := db.Batch("raw.files")
	if err != nil {
		return err
	}
	defer b.Release()
	for _, res := range files {
		f := res.File
		var sheets, forms, cells, values any
		if f.Status == inputs.Read {
			sheets, forms, cells, values = res.Sheets, warehouse.NullIfEmpty(strings.Join(res.Forms, ",")), res.Cells, res.Values
		}
		if err := b.Add(f.ID, f.Path, f.Size, f.SHA256, f.Kind, f.Status, warehouse.NullIfEmpty(f.Note), f.ModTime, f.SavedAt,
			sheets, forms, cells, values); err != nil {
			return err
		}
	}
	return db.Load(ctx, b)
}

func loadFindings(ctx context.Context, db *warehouse.DB, all []finding.Finding) error {
	b, err := db.Batch("raw.findings")
	if err != nil {
		return err
	}
	defer b.Release()
	for i, f := range all {
		var file any
		if f.FileID > 0 {
			file = f.FileID
		}
		if err := b.Add(i+1, string(f.Severity), f.Rule, warehouse.NullIfEmpty(f.File), warehouse.NullIfEmpty(f.Sheet), warehouse.NullIfEmpty(f.Cell),
			warehouse.NullIfEmpty(f.Raw), warehouse.NullIfEmpty(f.Expected), f.Message, file); err != nil {
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
	if err := rows.Err(); err != nil {
		return err
	}
	// Per file: every finding that names it, from reading to reconciliation.
	perFile, err := db.QueryContext(ctx, `SELECT file, count(*), count(*) FILTER (WHERE severity = 'tinggi'), count(*) FILTER (WHERE severity = 'sedang')
		FROM mart.review WHERE file IS NOT NULL GROUP BY file`)
	if err != nil {
		return fmt.Errorf("count findings per file: %w", err)
	}
	defer perFile.Close()
	byFile := map[string][3]int{}
	for perFile.Next() {
		var f string
		var n [3]int
		if err := perFile.Scan(&f, &n[0], &n[1], &n[2]); err != nil {
			return err
		}
		byFile[f] = n
	}
	for i := range sum.Files {
		n := byFile[sum.Files[i].File.Path]
		sum.Files[i].Findings, sum.Files[i].Tinggi, sum.Files[i].Sedang = n[0], n[1], n[2]
	}
	return perFile.Err()
}

func countTables(ctx context.Context, db *warehouse.DB) ([]TableCount, error) {
	rows, err := db.QueryContext(ctx, `SELECT schema_name || '.' || table_name, estimated_size FROM duckdb_tables() WHERE schema_name IN ('raw','clean','calc','mart') ORDER BY 1`)
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

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "000000"
	}
	return hex.EncodeToString(b)
}
