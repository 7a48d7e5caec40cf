package main

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"kinerja/internal/bundled"
)

// bundledInputs is the seed's part of the inputs folder shipped in the
// repository: the Renstra 2016–2021, the 2011–2016 history and the 2018
// sample year of monthly reports (without the example of today's plan,
// seedtext.Today), copied once per test process.
func bundledInputs(t *testing.T) string {
	t.Helper()
	return bundled.SeedInputs(t)
}

// inputsDir is a copy of the bundled inputs without the folders of monthly
// reports: the Renstra and the history, enough for the tests of the command
// itself (locks, history, daemon) and four times quicker to run.
func inputsDir(t *testing.T) string {
	t.Helper()
	return copyBundled(t, false)
}

// copyBundled copies the bundled inputs, with or without the folders of
// monthly reports.
func copyBundled(t *testing.T, monthly bool) string {
	t.Helper()
	src, dst := bundledInputs(t), t.TempDir()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			if !monthly && filepath.Dir(rel) == "." && len(rel) == 4 && strings.Trim(rel, "0123456789") == "" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestRunCommandWritesAndSummarises(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := runCLI("run", "--inputs", bundledInputs(t), "--outputs", out, "--period", "2018-12", "--quiet")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	for _, want := range []string{"periode 2018-12", "berkas dibaca", "Temuan", "Gudang", "Workbook 12 ditulis ke " + filepath.Join(out, "2018-12"), " LKPJ_2018.xlsx", " LAKIP_2018.xlsx",
		" Review-Kinerja.xlsx", " Monitoring_2018-12.xlsx", " E81_Evaluasi-Renja_2018_TWIV.xlsx",
		" Tabel-2.4_Anggaran-Realisasi-Pendanaan_2016-2021.xlsx", "mart juga sebagai Parquet",
		"✓ 2018/", "! riwayat/Tabel-2.4_2011-2016.xlsx             1 lembar, 231 sel, 237 nilai, 9 temuan (3 tinggi)"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
	if n := strings.Count(stdout, "\n"); n > 30 {
		t.Errorf("summary is %d lines; it should fit one screen", n)
	}
	for _, f := range []string{"kinerja.duckdb", "2018-12/kinerja.duckdb", "2018-12/Review-Kinerja.xlsx"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Error(err)
		}
	}
	if target, err := os.Readlink(filepath.Join(out, "kinerja.duckdb")); err != nil || target != "2018-12/kinerja.duckdb" {
		t.Errorf("outputs/kinerja.duckdb should link to the latest period's warehouse: %q, %v", target, err)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".kinerja-build-") {
			t.Errorf("build folder %s left behind", e.Name())
		}
	}

	// sql reads the published warehouse.
	code, stdout, stderr = runCLI("sql", "--outputs", out, "--csv", "SELECT kategori, count(*) AS n FROM mart.review GROUP BY kategori ORDER BY kategori")
	if code != exitOK || !strings.HasPrefix(stdout, "kategori,n\n") || !strings.Contains(stdout, "Selisih terbitan,") {
		t.Errorf("sql: exit %d, out %q, err %q", code, stdout, stderr)
	}
	if code, stdout, _ := runCLI("sql", "--outputs", out, "--csv", "SELECT NULL AS kosong, 1 AS satu"); stdout != "kosong,satu\n,1\n" {
		t.Errorf("sql --csv NULL: exit %d, %q; want an empty field", code, stdout)
	}
	if _, stdout, _ := runCLI("sql", "--outputs", out, "SELECT NULL AS kosong"); !strings.Contains(stdout, "NULL") {
		t.Errorf("sql NULL on the screen: %q", stdout)
	}
	code, _, stderr = runCLI("sql", "--outputs", out, "CREATE TABLE mart.x (i INTEGER)")
	if code != exitFailed || !strings.Contains(stderr, "kinerja sql:") {
		t.Errorf("a write through sql: exit %d, stderr %q; the warehouse is opened read-only", code, stderr)
	}
	// sql reads the warehouse and nothing else, and writes no file
	host := filepath.Join(t.TempDir(), "rahasia.csv")
	os.WriteFile(host, []byte("nik\n3374015508900004\n"), 0o600)
	copied := filepath.Join(t.TempDir(), "salinan.csv")
	for _, q := range []string{
		"COPY (SELECT * FROM mart.review) TO '" + copied + "'",
		"EXPORT DATABASE '" + filepath.Dir(copied) + "/ekspor'",
		"SELECT * FROM read_csv('" + host + "')",
		"SELECT * FROM read_text('" + host + "')",
		"SELECT * FROM read_blob('" + host + "')",
		"ATTACH '" + filepath.Join(t.TempDir(), "lain.duckdb") + "' AS lain",
		"SET enable_external_access = true",
	} {
		code, stdout, stderr := runCLI("sql", "--outputs", out, q)
		if code != exitFailed || strings.Contains(stdout, "3374015508900004") {
			t.Errorf("sql %q: exit %d, out %q, err %q; only the warehouse may be read", q, code, stdout, stderr)
		}
	}
	if _, err := os.Stat(copied); err == nil {
		t.Error("COPY … TO wrote a file through kinerja sql")
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(copied), "ekspor")); err == nil {
		t.Error("EXPORT DATABASE wrote through kinerja sql")
	}
}

// A second run copies the files that did not change, and says so; --full
// reads them all again.
func TestSecondRunCopiesWhatDidNotChange(t *testing.T) {
	in, out := inputsDir(t), t.TempDir()
	args := []string{"run", "--inputs", in, "--outputs", out, "--period", "2016-12", "--quiet", "--pdf=false"}
	copiedLine := "di antaranya tidak berubah sejak proses terakhir"
	code, stdout, stderr := runCLI(args...)
	if code != exitOK || strings.Contains(stdout, copiedLine) {
		t.Fatalf("first run: exit %d, stderr %s\n%s", code, stderr, stdout)
	}
	code, stdout, stderr = runCLI(args...)
	if code != exitOK || !strings.Contains(stdout, "4 "+copiedLine) {
		t.Errorf("second run: exit %d, stderr %s; the summary should say the 4 files were copied:\n%s", code, stderr, stdout)
	}
	// the history says which run read a file and which copied it
	code, stdout, _ = runCLI("sql", "--outputs", out, "--csv", "SELECT count(*) FILTER (WHERE copied) AS n FROM meta.run_inputs JOIN meta.runs USING (run_id) GROUP BY run_id ORDER BY min(started_at)")
	if code != exitOK || stdout != "n\n0\n4\n" {
		t.Errorf("meta.run_inputs.copied per run: exit %d, %q", code, stdout)
	}
	code, stdout, stderr = runCLI(append(args, "--full")...)
	if code != exitOK || strings.Contains(stdout, copiedLine) {
		t.Errorf("--full: exit %d, stderr %s; nothing should be copied:\n%s", code, stderr, stdout)
	}
}

// An inputs folder with nothing in it, and one without a Renstra, end
// non-zero saying what to put there: neither is a quiet success.
func TestNothingToReportIsNonZero(t *testing.T) {
	empty := t.TempDir()
	code, _, stderr := runCLI("run", "--inputs", empty, "--outputs", t.TempDir(), "--quiet", "--pdf=false")
	if code != exitFailed || !strings.Contains(stderr, "folder masukan kosong") {
		t.Errorf("empty inputs: exit %d, stderr %q", code, stderr)
	}
	noPlan := t.TempDir()
	b, err := os.ReadFile(filepath.Join(bundledInputs(t), "Pengaturan.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(noPlan, "Pengaturan.xlsx"), b, 0o644)
	code, _, stderr = runCLI("run", "--inputs", noPlan, "--outputs", t.TempDir(), "--quiet", "--pdf=false")
	if code != exitFailed || !strings.Contains(stderr, "tidak ada Renstra di folder masukan") {
		t.Errorf("no Renstra: exit %d, stderr %q", code, stderr)
	}
	// A period the Renstra 2016–2021 does not plan, before or after it.
	in := inputsDir(t)
	for _, period := range []string{"2015-12", "2025-06"} {
		out := t.TempDir()
		code, _, stderr = runCLI("run", "--inputs", in, "--outputs", out, "--period", period, "--quiet", "--pdf=false")
		if code != exitFailed || !strings.Contains(stderr, "di luar Renstra 2016–2021") || !strings.Contains(stderr, "pilih --period antara 2016-01 dan 2021-12") {
			t.Errorf("period %s: exit %d, stderr %q", period, code, stderr)
		}
		if _, err := os.Stat(filepath.Join(out, period)); !os.IsNotExist(err) {
			t.Errorf("period %s was published (%v)", period, err)
		}
	}
	// Without a period and without monthly reports, a run after the plan's
	// years reports the plan's last month.
	code, stdout, stderr := runCLI("run", "--inputs", in, "--outputs", t.TempDir(), "--quiet", "--pdf=false")
	if code != exitOK || !strings.Contains(stdout, "periode 2021-12") {
		t.Errorf("no period, no reports: exit %d, %q %q", code, stdout, stderr)
	}
}

func TestFailureIsOneLineAndNonZero(t *testing.T) {
	code, _, stderr := runCLI("run", "--inputs", filepath.Join(t.TempDir(), "tidak-ada"), "--outputs", t.TempDir(), "--period", "2016-12", "--quiet")
	if code != exitFailed {
		t.Errorf("missing inputs folder: exit %d, want %d", code, exitFailed)
	}
	if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], "kinerja run: ") {
		t.Errorf("stderr should be one line with the reason, got %q", stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{}, {"terbang"}, {"run", "--tidak-ada"}, {"run", "ekstra"}, {"run", "--log", "xml"}, {"sql"},
		{"daemon", "--schedule", "CRON_TZ=Asia/Jakarta"}, {"run", "--period", "2018-13"}, {"run", "--period", "Juni"}, {"runs", "x"},
	} {
		if code, _, _ := runCLI(args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
	if code, out, _ := runCLI("version"); code != exitOK || !strings.HasPrefix(out, "kinerja ") {
		t.Errorf("version: %d %q", code, out)
	}
}

func TestParseSchedule(t *testing.T) {
	for _, spec := range []string{
		"CRON_TZ=Asia/Jakarta", "TZ=Asia/Jakarta", "CRON_TZ=", "CRON_TZ=Mars/Olympus 0 2 1 * *",
		"", "0 2 1 *", "61 * * * *", "0 2 32 * *", "@fortnightly", "* * * * * * *", "TZ=Asia/Jakarta\t0 2 1 * *",
		"0 0 30 2 *", "@every -1s", "@every 0s", "@every sebentar", "CRON_TZ= 0 2 1 * *", "TZ=  0 2 1 * *",
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("parseSchedule(%q) panicked: %v", spec, r)
				}
			}()
			if _, err := parseSchedule(spec); err == nil {
				t.Errorf("parseSchedule(%q): accepted", spec)
			}
		}()
	}
	for _, spec := range []string{defaultSchedule, "* * * * * *", "@monthly", "0 2 1 * *", "TZ=UTC */5 * * * *", "@every 24h", "0 0 29 2 *"} {
		if _, err := parseSchedule(spec); err != nil {
			t.Errorf("parseSchedule(%q): %v", spec, err)
		}
	}
	// Through the command: a schedule that never fires, fires without
	// pause, or carries an empty zone ends the daemon before it starts,
	// non-zero, saying what to write instead.
	for _, spec := range []string{"0 0 30 2 *", "@every -1s", "@every 0s", "CRON_TZ= 0 2 1 * *"} {
		code, _, stderr := runCLI("daemon", "--inputs", t.TempDir(), "--outputs", t.TempDir(), "--schedule", spec)
		if code == exitOK || !strings.Contains(stderr, "kinerja daemon: jadwal") {
			t.Errorf("daemon --schedule %q: exit %d, %q", spec, code, stderr)
		}
	}
	s, _ := parseSchedule(defaultSchedule)
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	next := s.Next(time.Date(2026, 6, 15, 12, 0, 0, 0, jkt))
	if want := time.Date(2026, 7, 1, 2, 0, 0, 0, jkt); !next.Equal(want) {
		t.Errorf("default schedule after 15 June: %v, want %v", next, want)
	}
}

// syncBuffer is a bytes.Buffer safe for a logger and a reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestDaemonRunsAndSkipsOverlaps(t *testing.T) {
	var logs syncBuffer
	var runs, active, maxActive atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- daemon(ctx, daemonOptions{
			schedule: "* * * * * *", grace: time.Second,
			log: slog.New(slog.NewTextHandler(&logs, nil)),
			job: func(ctx context.Context, _ string) (string, error) {
				n := active.Add(1)
				defer active.Add(-1)
				for {
					m := maxActive.Load()
					if n <= m || maxActive.CompareAndSwap(m, n) {
						break
					}
				}
				runs.Add(1)
				time.Sleep(1500 * time.Millisecond) // longer than the schedule's period
				return "uji", nil
			},
		})
	}()
	time.Sleep(4200 * time.Millisecond)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if runs.Load() < 2 {
		t.Errorf("%d runs in about 4 s of an every-second schedule, want at least 2", runs.Load())
	}
	if maxActive.Load() != 1 {
		t.Errorf("%d runs at once; runs must never overlap", maxActive.Load())
	}
	if !strings.Contains(logs.String(), "skip") {
		t.Errorf("no skipped run logged:\n%s", logs.String())
	}
}

func TestDaemonCancelsARunningJobWithinTheBound(t *testing.T) {
	started := make(chan struct{}, 1)
	var cancelled atomic.Bool
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- daemon(ctx, daemonOptions{
			schedule: "* * * * * *", grace: 300 * time.Millisecond,
			log: slog.New(slog.DiscardHandler),
			job: func(jobCtx context.Context, _ string) (string, error) {
				select {
				case started <- struct{}{}:
				default:
				}
				<-jobCtx.Done() // a long run that only stops when cancelled
				cancelled.Store(true)
				return "", jobCtx.Err()
			},
		})
	}()
	select {
	case <-started:
	case <-time.After(3 * time.Second):
		t.Fatal("the job never started")
	}
	stopAt := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("daemon did not stop within the bound")
	}
	if !cancelled.Load() {
		t.Error("the running job's context was not cancelled")
	}
	if d := time.Since(stopAt); d > 2*time.Second {
		t.Errorf("stopping took %v with a 300 ms grace", d)
	}
}

func TestDaemonStopsOnSIGTERM(t *testing.T) {
	var logs syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- daemonCmd([]string{"--schedule", "0 0 1 1 *", "--inputs", inputsDir(t), "--outputs", t.TempDir(), "--log", "text", "--grace", "1s"}, nil, &logs)
	}()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(logs.String(), "daemon started") {
		if time.Now().After(deadline) {
			t.Fatalf("daemon did not start:\n%s", logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("daemon did not stop on SIGTERM")
	}
	if !strings.Contains(logs.String(), "daemon stopped") {
		t.Errorf("no clean stop logged:\n%s", logs.String())
	}
}

// TestSampleIjusWritesAnExport: the command writes the file (making its
// folder, as inputs/ijus/ in the README) and lists the defects it planted;
// a bad format is a usage error.
func TestSampleIjusWritesAnExport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "inputs", "ijus", "ijus.xlsx")
	code, stdout, stderr := runCLI("sample", "ijus", "--rows", "2000", "--seed", "3", "--format", "xlsx", "--out", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2000 baris", "duplikat_izin", "    20 baris", "nik_salah"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if code, _, _ := runCLI("sample", "ijus", "--format", "ods", "--out", out); code != exitUsage {
		t.Errorf("format ods: exit %d, want %d", code, exitUsage)
	}
}

// TestSampleOSSWritesAnExport: kinerja sample oss writes an OSS export
// (making its folder) and lists the defects it planted, the NIK ones only
// with --nik; a bad format is a usage error.
func TestSampleOSSWritesAnExport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "inputs", "oss", "oss.csv")
	code, stdout, stderr := runCLI("sample", "oss", "--rows", "3000", "--seed", "2", "--nik", "--out", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"baris ekspor OSS contoh", "NIB;", "nib_salah", "kbli_salah", "nik_salah"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if _, stdout, _ = runCLI("sample", "oss", "--rows", "300", "--format", "xlsx", "--out", out+".xlsx"); strings.Contains(stdout, "nik_salah") {
		t.Errorf("an export without NIK lists NIK defects:\n%s", stdout)
	}
	if code, _, _ := runCLI("sample", "oss", "--format", "ods", "--out", out); code != exitUsage {
		t.Errorf("format ods: exit %d, want %d", code, exitUsage)
	}
}

// TestSampleSIPDWritesAnExport: kinerja sample sipd writes a SIPD-RI
// realisasi export of the units' reports in a published warehouse, in
// either shape, and lists the defects it planted; without a warehouse it
// says to run first; a month outside 1–12 is a usage error.
func TestSampleSIPDWritesAnExport(t *testing.T) {
	dir := t.TempDir()
	if code, _, _ := runCLI("sample", "sipd", "--outputs", filepath.Join(dir, "tidak-ada"), "--out", filepath.Join(dir, "x.xlsx")); code == exitOK {
		t.Errorf("without a warehouse: exit 0")
	}
	out := filepath.Join(dir, "outputs")
	if code, _, stderr := runCLI("run", "--inputs", inputsDir(t), "--outputs", out, "--period", "2018-03", "--quiet", "--pdf=false"); code != exitOK {
		t.Fatalf("run: exit %d: %s", code, stderr)
	}
	file := filepath.Join(dir, "inputs", "sipd", "SIPD_2018-03.csv")
	code, stdout, stderr := runCLI("sample", "sipd", "--outputs", out, "--year", "2018", "--bulan", "3", "--sejak-januari",
		"--bentuk", "2023", "--format", "csv", "--cacat", "--out", file)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "No;Kode Sub Kegiatan;") || !strings.Contains(string(b), "s.d. Maret 2018") {
		t.Errorf("export:\n%.300s", b)
	}
	for _, want := range []string{"baris ekspor SIPD-RI contoh 2018", "sipd.angka_salah", "sipd.duplikat", "sipd.melebihi_pagu", "sipd.asing"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if code, _, _ := runCLI("sample", "sipd", "--outputs", out, "--bulan", "13", "--out", file); code != exitUsage {
		t.Errorf("--bulan 13: exit %d, want %d", code, exitUsage)
	}
}
