package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// TestSecondRunIsRefused: while another process holds the run lock (here
// the test itself, through its own open file description, exactly as a
// second kinerja process would), `run` exits with exitBusy and names the
// holder; once the lock is free the same command runs.
func TestSecondRunIsRefused(t *testing.T) {
	out := t.TempDir()
	os.MkdirAll(filepath.Join(out, ".kinerja"), 0o755)
	f, err := os.OpenFile(filepath.Join(out, ".kinerja", "lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	holder, _ := json.Marshal(map[string]any{"pid": 4242, "host": "server-dinas", "run_id": "20261101T020000Z-abc123",
		"trigger": "jadwal", "period": "2026-10", "started": time.Date(2026, 11, 1, 2, 0, 0, 0, time.UTC)})
	f.WriteAt(holder, 0)

	code, stdout, stderr := runCLI("run", "--inputs", inputsDir(t), "--outputs", out, "--period", "2016-12", "--quiet")
	if code != exitBusy {
		t.Fatalf("exit %d, want %d (busy); stdout %q", code, exitBusy, stdout)
	}
	for _, want := range []string{"20261101T020000Z-abc123", "pid 4242", "jadwal"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the refusal does not say who holds the lock (%q): %q", want, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "2016-12")); !os.IsNotExist(err) {
		t.Error("a refused run published something")
	}

	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	f.Close()
	if code, _, stderr := runCLI("run", "--inputs", inputsDir(t), "--outputs", out, "--period", "2016-12", "--quiet"); code != exitOK {
		t.Fatalf("after the lock was freed: exit %d, %s", code, stderr)
	}
}

// TestRunsListsHistory: every run is in the journal, and `runs` shows them.
func TestRunsListsHistory(t *testing.T) {
	out := t.TempDir()
	ok := func(p string) {
		if code, _, stderr := runCLI("run", "--inputs", inputsDir(t), "--outputs", out, "--period", p, "--quiet"); code != exitOK {
			t.Fatalf("run %s: %s", p, stderr)
		}
	}
	ok("2018-05")
	if code, _, _ := runCLI("run", "--inputs", filepath.Join(out, "tidak-ada"), "--outputs", out, "--period", "2018-07", "--quiet"); code != exitFailed {
		t.Fatalf("a run without inputs: exit %d", code)
	}
	ok("2018-06")
	code, stdout, _ := runCLI("runs", "--outputs", out, "--csv")
	if code != exitOK {
		t.Fatalf("runs: exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 4 {
		t.Fatalf("runs lists %d lines, want a header and 3 runs:\n%s", len(lines), stdout)
	}
	for i, want := range []string{"2018-05", "2018-07", "2018-06"} {
		if !strings.Contains(lines[i+1], ","+want+",") {
			t.Errorf("run %d: %q lacks period %s", i+1, lines[i+1], want)
		}
	}
	if !strings.Contains(lines[1], ",selesai,5/14/2/0,") || !strings.Contains(lines[2], ",gagal,") || !strings.Contains(lines[3], ",selesai,") {
		t.Errorf("statuses and findings:\n%s", stdout)
	}
	// May's workbooks were not overwritten by June's run.
	for _, p := range []string{"2018-05", "2018-06"} {
		if _, err := os.Stat(filepath.Join(out, p, "Review-Kinerja.xlsx")); err != nil {
			t.Errorf("period %s: %v", p, err)
		}
	}
	// The next published warehouse carries the whole history, the failed run too.
	code, stdout, _ = runCLI("sql", "--outputs", out, "--csv", "SELECT period, status FROM meta.runs ORDER BY started_at")
	if code != exitOK || strings.TrimSpace(stdout) != "period,status\n2018-05,selesai\n2018-07,gagal\n2018-06,selesai" {
		t.Errorf("meta.runs:\n%s", stdout)
	}
	code, stdout, _ = runCLI("sql", "--outputs", out, "--csv", "SELECT count(*) FROM meta.run_inputs i JOIN meta.runs r USING (run_id) WHERE r.period = '2018-05' AND i.sha256 IS NOT NULL")
	if code != exitOK || strings.TrimSpace(stdout) != "count_star()\n6" {
		t.Errorf("meta.run_inputs of May's run: %q", stdout)
	}
}

// TestDaemonWatchRunsForSettledFiles: with watching on, a file dropped into
// the inputs folder starts a run once it has stopped changing, and not
// before; files present at start do not.
func TestDaemonWatchRunsForSettledFiles(t *testing.T) {
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "lama.xlsx"), []byte("ada sejak awal"), 0o644)
	var runs atomic.Int32
	var triggers atomic.Value
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- daemon(ctx, daemonOptions{
			schedule: "0 0 1 1 *", grace: time.Second, log: slog.New(slog.DiscardHandler),
			watch: in, interval: 50 * time.Millisecond, settle: 400 * time.Millisecond,
			job: func(_ context.Context, trigger string) (string, error) {
				runs.Add(1)
				triggers.Store(trigger)
				return "uji", nil
			},
		})
	}()
	time.Sleep(600 * time.Millisecond)
	if n := runs.Load(); n != 0 {
		t.Fatalf("%d runs for files that were there at start", n)
	}
	// A copy in progress: the file grows every 100 ms for 800 ms.
	p := filepath.Join(in, "Laporan_PUM_Juni.xlsx")
	for i := 0; i < 8; i++ {
		f, _ := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		f.Write([]byte(strings.Repeat("x", 1000)))
		f.Close()
		time.Sleep(100 * time.Millisecond)
		if n := runs.Load(); n != 0 {
			t.Fatalf("a run started while the file was still being copied (after %d writes)", i+1)
		}
	}
	deadline := time.Now().Add(3 * time.Second)
	for runs.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if runs.Load() != 1 || triggers.Load() != "berkas" {
		t.Errorf("runs %d (trigger %v) after the copy settled, want 1 run triggered by berkas", runs.Load(), triggers.Load())
	}
	time.Sleep(700 * time.Millisecond)
	if n := runs.Load(); n != 1 {
		t.Errorf("%d runs: an unchanged folder must not run again", n)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestScheduleFromEnvironment: KINERJA_JADWAL sets the daemon's schedule
// when --schedule is not given; a malformed one is refused at start.
func TestScheduleFromEnvironment(t *testing.T) {
	t.Setenv("KINERJA_JADWAL", "CRON_TZ=Asia/Jakarta")
	code, _, stderr := runCLI("daemon", "--inputs", t.TempDir(), "--outputs", t.TempDir())
	if code != exitUsage || !strings.Contains(stderr, "CRON_TZ=Asia/Jakarta") {
		t.Errorf("a malformed KINERJA_JADWAL: exit %d, %q", code, stderr)
	}
}
