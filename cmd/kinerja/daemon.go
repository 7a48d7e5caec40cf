package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/robfig/cron/v3"

	"kinerja/pipelines/pipeline"
)

// defaultSchedule: 02:00 Western Indonesia Time on the 1st of each month,
// when the month just ended has been reported.
const defaultSchedule = "CRON_TZ=Asia/Jakarta 0 2 1 * *"

// scheduleParser accepts the five standard fields, an optional leading
// seconds field, and descriptors such as @monthly.
var scheduleParser = cron.NewParser(cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// parseSchedule validates a schedule before the scheduler sees it. The cron
// library slices past the end of a "CRON_TZ=…" prefix with nothing after it
// and panics; that is refused here, and any other panic becomes an error.
func parseSchedule(spec string) (s cron.Schedule, err error) {
	spec = strings.TrimSpace(spec)
	if strings.HasPrefix(spec, "TZ=") || strings.HasPrefix(spec, "CRON_TZ=") {
		if !strings.Contains(spec, " ") {
			return nil, fmt.Errorf("jadwal %q: zona waktu tanpa jadwal sesudahnya (contoh: %q)", spec, defaultSchedule)
		}
		// an empty zone would silently be UTC: 02:00 UTC is 09:00 in Semarang
		if zone, _, _ := strings.Cut(spec[strings.Index(spec, "=")+1:], " "); strings.TrimSpace(zone) == "" {
			return nil, fmt.Errorf("jadwal %q: zona waktu kosong; tulis mis. %q", spec, defaultSchedule)
		}
	}
	if every, ok := strings.CutPrefix(spec, "@every "); ok {
		d, err := time.ParseDuration(strings.TrimSpace(every))
		if err != nil || d <= 0 {
			return nil, fmt.Errorf("jadwal %q: jarak @every harus lebih dari nol, mis. @every 24h", spec)
		}
	}
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("jadwal %q tidak sah: %v", spec, r)
		}
	}()
	s, err = scheduleParser.Parse(spec)
	if err != nil {
		return nil, fmt.Errorf("jadwal %q tidak sah: %w", spec, err)
	}
	// a schedule that never comes (30 February) would leave the daemon idle for ever
	now := time.Now()
	if next := s.Next(now); next.IsZero() || next.After(now.AddDate(5, 0, 0)) {
		return nil, fmt.Errorf("jadwal %q tidak pernah berjalan (tanggal yang tidak ada?); periksa kolom tanggal dan bulan", spec)
	}
	return s, nil
}

// cronLogger passes the scheduler's messages (including skipped runs and
// recovered panics) to slog.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) { l.log.Info("cron: "+msg, kv...) }
func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("cron: "+msg, append(kv, "error", err)...)
}

type daemonOptions struct {
	schedule string
	grace    time.Duration // how long a running job may take to finish after a stop signal
	log      *slog.Logger
	job      func(ctx context.Context, trigger string) (runID string, err error)
	// watch, when set, also runs the job for new or changed files in this
	// folder once they have stopped changing for settle.
	watch    string
	interval time.Duration
	settle   time.Duration
}

// daemon runs job on the schedule until ctx is cancelled. Runs never overlap
// (a run due while one is running is skipped and logged) and a panic in a
// run is logged, not fatal. On stop it waits up to grace for a running job,
// then cancels the job's context and waits once more as long.
func daemon(ctx context.Context, o daemonOptions) error {
	sched, err := parseSchedule(o.schedule)
	if err != nil {
		return usageError{err.Error()}
	}
	l := cronLogger{o.log}
	c := cron.New(cron.WithParser(scheduleParser), cron.WithLogger(l),
		cron.WithChain(cron.Recover(l), cron.SkipIfStillRunning(l)))
	jobCtx, cancelJobs := context.WithCancel(context.Background())
	defer cancelJobs()
	runJob := func(trigger string) func() {
		return func() {
			start := time.Now()
			o.log.Info("run starting", "trigger", trigger)
			runID, err := o.job(jobCtx, trigger)
			var busy *pipeline.LockedError
			switch {
			case errors.As(err, &busy):
				o.log.Warn("run skipped: another run holds the lock", "trigger", trigger, "holder", busy.Error())
			case err != nil:
				o.log.Error("run failed", "run", runID, "trigger", trigger, "error", err, "duration", time.Since(start).Round(time.Millisecond).String())
			default:
				o.log.Info("run finished", "run", runID, "trigger", trigger, "duration", time.Since(start).Round(time.Millisecond).String())
			}
		}
	}
	// One chain for both triggers: a file-triggered run is skipped while a
	// scheduled one is running, and the other way round.
	chain := cron.NewChain(cron.Recover(l), cron.SkipIfStillRunning(l))
	var mu sync.Mutex
	trigger := "jadwal"
	var seen map[string]fileState // the inputs the last run started with
	if o.watch != "" {
		seen = snapshotInputs(o.watch)
	}
	shared := chain.Then(cron.FuncJob(func() {
		mu.Lock()
		t := trigger
		trigger = "jadwal"
		if o.watch != "" {
			seen = snapshotInputs(o.watch)
		}
		mu.Unlock()
		runJob(t)()
	}))
	c.Schedule(sched, shared)
	c.Start()
	o.log.Info("daemon started", "schedule", o.schedule, "next", sched.Next(time.Now()).Format(time.RFC3339), "watch", o.watch)
	watchDone := make(chan struct{})
	if o.watch != "" {
		go func() {
			defer close(watchDone)
			lastRun := func() map[string]fileState {
				mu.Lock()
				defer mu.Unlock()
				return seen
			}
			watchInputs(ctx, o, lastRun, func() {
				mu.Lock()
				trigger = "berkas"
				mu.Unlock()
				shared.Run()
			})
		}()
	} else {
		close(watchDone)
	}

	<-ctx.Done()
	<-watchDone
	o.log.Info("stop requested; waiting for a running job", "grace", o.grace.String())
	stopped := c.Stop() // no new runs; done when running jobs return
	select {
	case <-stopped.Done():
	case <-time.After(o.grace):
		o.log.Warn("running job did not finish in time; cancelling it")
		cancelJobs()
		select {
		case <-stopped.Done():
		case <-time.After(o.grace):
			return errors.New("a running job did not stop after cancellation")
		}
	}
	o.log.Info("daemon stopped")
	return nil
}

func daemonCmd(args []string, _, stderr io.Writer) error {
	fs := flag.NewFlagSet("daemon", flag.ContinueOnError)
	fs.SetOutput(stderr)
	def := defaultSchedule
	if env := strings.TrimSpace(os.Getenv("KINERJA_JADWAL")); env != "" {
		def = env
	}
	schedule := fs.String("schedule", def, "jadwal cron (5 kolom, atau 6 dengan detik; awalan CRON_TZ= untuk zona waktu); bawaan dari KINERJA_JADWAL bila diisi")
	in := fs.String("inputs", "inputs", "folder masukan")
	out := fs.String("outputs", "outputs", "folder keluaran")
	logFormat := fs.String("log", "json", "format log: json atau text")
	pdfs := fs.Bool("pdf", true, "cetak juga dokumen resmi sebagai PDF bila LibreOffice terpasang")
	noKey := fs.Bool("no-nik-key", false, "baca ekspor I-Jus Melon tanpa kunci NIK: NIK hanya disimpan tersamar")
	grace := fs.Duration("grace", 2*time.Minute, "batas tunggu proses yang sedang berjalan saat daemon dihentikan")
	watch := fs.Bool("watch", false, "jalankan juga bila ada berkas baru atau berubah di folder masukan")
	interval := fs.Duration("watch-interval", 30*time.Second, "selang pemeriksaan folder masukan")
	settle := fs.Duration("settle", 2*time.Minute, "berkas dianggap selesai disalin bila tidak berubah selama ini")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"argumen tidak dikenal: " + strings.Join(fs.Args(), " ")}
	}
	logger, err := newLogger(stderr, *logFormat, false)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	o := daemonOptions{
		schedule: *schedule, grace: *grace, log: logger, interval: *interval, settle: *settle,
		job: func(ctx context.Context, trigger string) (string, error) {
			sum, err := pipeline.Run(ctx, pipeline.Options{
				// the period run would report, by the one rule
				// (pipeline.resolvePeriod): the latest month a unit
				// reported, else the month just ended or the plan's last
				InputsDir: *in, OutputsDir: *out,
				Trigger: trigger, Version: version, Logger: logger, PDF: *pdfs, NoNIKKey: *noKey,
			})
			if err != nil {
				return "", err
			}
			return sum.RunID, nil
		},
	}
	if *watch {
		o.watch = *in
	}
	return daemon(ctx, o)
}

// fileState is what the watcher compares: a file changes when its size or
// modification time does.
type fileState struct {
	size  int64
	mtime time.Time
}

// snapshotInputs lists the files a run would consider (hidden files and
// Excel lock files are ignored: opening a workbook in Excel is not a change).
func snapshotInputs(dir string) map[string]fileState {
	out := map[string]fileState{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") && p != dir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || strings.HasPrefix(name, "~$") {
			return nil
		}
		if info, err := d.Info(); err == nil {
			out[p] = fileState{info.Size(), info.ModTime()}
		}
		return nil
	})
	return out
}

func sameFiles(a, b map[string]fileState) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// watchInputs polls the inputs folder. When its files differ from those the
// last run started with and have not changed for o.settle (a copy has
// finished), it calls run. A run skipped because another was running leaves
// the difference in place, so the next poll asks again. The files present
// when the daemon starts do not trigger a run.
func watchInputs(ctx context.Context, o daemonOptions, lastRun func() map[string]fileState, run func()) {
	last := lastRun()
	stableSince := time.Now()
	tick := time.NewTicker(o.interval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		now := snapshotInputs(o.watch)
		if !sameFiles(now, last) {
			last, stableSince = now, time.Now()
			o.log.Info("inputs changing", "files", len(now))
			continue
		}
		if !sameFiles(now, lastRun()) && time.Since(stableSince) >= o.settle {
			o.log.Info("new or changed inputs have settled; running", "files", len(now))
			run()
		}
	}
}
