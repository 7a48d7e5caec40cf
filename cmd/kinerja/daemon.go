package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/robfig/cron/v3"

	"kinerja/pipelines/pipeline"
)

// defaultSchedule: 02:00 Western Indonesia Time on the 1st of each month,
// reporting the month just ended.
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
	job      func(ctx context.Context) error
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
	c.Schedule(sched, cron.FuncJob(func() {
		start := time.Now()
		o.log.Info("scheduled run starting")
		if err := o.job(jobCtx); err != nil {
			o.log.Error("scheduled run failed", "error", err, "duration", time.Since(start).Round(time.Millisecond).String())
			return
		}
		o.log.Info("scheduled run finished", "duration", time.Since(start).Round(time.Millisecond).String())
	}))
	c.Start()
	o.log.Info("daemon started", "schedule", o.schedule, "next", sched.Next(time.Now()).Format(time.RFC3339))

	<-ctx.Done()
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
	schedule := fs.String("schedule", defaultSchedule, "jadwal cron (5 kolom, atau 6 dengan detik; awalan CRON_TZ= untuk zona waktu)")
	in := fs.String("inputs", "inputs", "folder masukan")
	out := fs.String("outputs", "outputs", "folder keluaran")
	logFormat := fs.String("log", "json", "format log: json atau text")
	grace := fs.Duration("grace", 2*time.Minute, "batas tunggu proses yang sedang berjalan saat daemon dihentikan")
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
	return daemon(ctx, daemonOptions{
		schedule: *schedule, grace: *grace, log: logger,
		job: func(ctx context.Context) error {
			_, err := pipeline.Run(ctx, pipeline.Options{
				InputsDir: *in, OutputsDir: *out, Trigger: "jadwal", Version: version, Logger: logger,
			})
			return err
		},
	})
}
