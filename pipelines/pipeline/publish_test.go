package pipeline

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/warehouse"
)

// childRun is a run in a child process, to be killed.
func childRun() int {
	_, err := Run(context.Background(), Options{
		InputsDir: os.Getenv("KINERJA_TEST_IN"), OutputsDir: os.Getenv("KINERJA_TEST_OUT"), Period: os.Getenv("KINERJA_TEST_PERIOD"),
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// latestRun is the run that built an open warehouse.
func latestRun(ctx context.Context, db *warehouse.DB) (string, error) {
	var id string
	err := db.QueryRowContext(ctx, `SELECT run_id FROM meta.runs WHERE status = 'selesai' ORDER BY started_at DESC LIMIT 1`).Scan(&id)
	return id, err
}

// childReader is an analyst in another process: it opens the published
// warehouse read-only and answers on stdout, per line on stdin: "id" (the
// run that built the warehouse it has open), "reopen", "exit".
func childReader() int {
	ctx := context.Background()
	path := filepath.Join(os.Getenv("KINERJA_TEST_OUT"), WarehouseName)
	db, err := warehouse.OpenReadOnly(ctx, path)
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		switch sc.Text() {
		case "id":
			// A fresh query that reads table data, not a cached answer.
			var n int
			if err := db.QueryRowContext(ctx, `SELECT count(*) FROM mart.review`).Scan(&n); err != nil {
				fmt.Println("error", err)
				continue
			}
			id, err := latestRun(ctx, db)
			if err != nil {
				fmt.Println("error", err)
				continue
			}
			fmt.Println(id)
		case "reopen":
			db.Close()
			if db, err = warehouse.OpenReadOnly(ctx, path); err != nil {
				fmt.Println("error", err)
				return 1
			}
			fmt.Println("ok")
		case "exit":
			db.Close()
			return 0
		}
	}
	return 0
}

func child(t *testing.T, mode, out, in, period string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "KINERJA_TEST_CHILD="+mode, "KINERJA_TEST_OUT="+out, "KINERJA_TEST_IN="+in, "KINERJA_TEST_PERIOD="+period)
	return cmd
}

// checkWhole opens the published warehouse and every published workbook and
// checks the period folder holds exactly what its warehouse says its run
// wrote: all of one publication, never a mix or a torn file. It returns the
// run that published.
func checkWhole(t *testing.T, out string) string {
	t.Helper()
	ctx := context.Background()
	db, err := warehouse.OpenReadOnly(ctx, filepath.Join(out, WarehouseName))
	if err != nil {
		t.Fatalf("the published warehouse does not open: %v", err)
	}
	defer db.Close()
	id, err := latestRun(ctx, db)
	if err != nil {
		t.Fatalf("published warehouse: %v", err)
	}
	rows, err := db.QueryContext(ctx, `SELECT file, sha256 FROM meta.run_outputs WHERE run_id = ?`, id)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for rows.Next() {
		var f, h string
		rows.Scan(&f, &h)
		want[f] = h
	}
	rows.Close()
	// every file of the period folder is one the run published, with its
	// hash: the workbooks open, the Parquet files are what was recorded
	seen := 0
	err = filepath.WalkDir(filepath.Join(out, testPeriod), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == WarehouseName {
			return err
		}
		r, _ := filepath.Rel(out, p)
		rel := filepath.ToSlash(r)
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		if want[rel] != hex.EncodeToString(sum[:]) {
			t.Errorf("%s is not the file run %s published", rel, id)
		}
		seen++
		if !strings.HasSuffix(rel, ".xlsx") {
			return nil
		}
		f, err := excelize.OpenFile(p)
		if err != nil {
			t.Errorf("%s does not open: %v", rel, err)
			return nil
		}
		if len(f.GetSheetList()) == 0 {
			t.Errorf("%s has no sheets", rel)
		}
		f.Close()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen != len(want) || seen == 0 {
		t.Errorf("period folder holds %d files, run %s published %d", seen, id, len(want))
	}
	return id
}

// TestKilledRunsLeaveOutputsWhole kills runs with SIGKILL at random moments
// — reading, building, writing, publishing — and each time opens the
// published warehouse and every workbook: they are whole and consistent.
// The next run cleans up and the journal shows the killed runs.
func TestKilledRunsLeaveOutputsWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIPPED in -short mode: runs the pipeline a dozen times")
	}
	in, out := copyInputs(t), t.TempDir()
	if _, err := Run(t.Context(), Options{InputsDir: in, OutputsDir: out, Period: testPeriod}); err != nil {
		t.Fatal(err)
	}
	first := checkWhole(t, out)
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 7))
	t.Logf("seed %d", seed)
	killed, published := 0, 0
	last := first
	for i := 0; i < 12; i++ {
		cmd := child(t, "run", out, in, testPeriod)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.IntN(1400)) * time.Millisecond)
		cmd.Process.Kill()
		if err := cmd.Wait(); err != nil {
			killed++
		}
		id := checkWhole(t, out)
		if id != last {
			published++
			last = id
		}
	}
	t.Logf("12 runs: %d killed, %d published before or despite the kill", killed, published)
	if killed == 0 {
		t.Error("no run was killed mid-way; the test did not test anything")
	}
	if _, err := Run(t.Context(), Options{InputsDir: in, OutputsDir: out, Period: testPeriod}); err != nil {
		t.Fatalf("the run after the kills: %v", err)
	}
	checkWhole(t, out)
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), stagingPrefix) {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	runs, err := ReadRuns(out)
	if err != nil {
		t.Fatal(err)
	}
	interrupted := 0
	for _, r := range runs {
		if r.Status == "terputus" {
			interrupted++
		}
		if r.Status == "berjalan" {
			t.Errorf("run %s still marked running", r.RunID)
		}
	}
	if interrupted == 0 && killed > published {
		t.Errorf("the journal shows no interrupted run after %d kills", killed)
	}
}

// TestReaderKeepsItsSnapshotWhileARunPublishes: an analyst's read-only
// connection from another process never blocks a run, keeps seeing the
// warehouse it opened while new ones are published, and sees the newest
// after reopening.
func TestReaderKeepsItsSnapshotWhileARunPublishes(t *testing.T) {
	in, out := copyInputs(t), t.TempDir()
	runTo := func(period string) string {
		t.Helper()
		sum, err := Run(t.Context(), Options{InputsDir: in, OutputsDir: out, Period: period})
		if err != nil {
			t.Fatalf("run %s with a reader attached: %v", period, err)
		}
		return sum.RunID
	}
	a := runTo(testPeriod)
	cmd := child(t, "reader", out, in, testPeriod)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	answers := bufio.NewScanner(stdout)
	ask := func(q string) string {
		t.Helper()
		io.WriteString(stdin, q+"\n")
		if !answers.Scan() {
			t.Fatalf("reader gave no answer to %q", q)
		}
		return answers.Text()
	}
	if got := ask("id"); got != a {
		t.Fatalf("reader sees %q, want %s", got, a)
	}
	b := runTo(testPeriod) // the same period: its folder is exchanged under the reader
	if got := ask("id"); got != a {
		t.Errorf("after a new publication the open connection sees %q, want its snapshot %s", got, a)
	}
	c := runTo("2017-01") // another period: the warehouse link moves
	if got := ask("id"); got != a {
		t.Errorf("after another period the open connection sees %q, want %s", got, a)
	}
	if ask("reopen") != "ok" {
		t.Fatal("reopen failed")
	}
	if got := ask("id"); got != c {
		t.Errorf("after reopening the reader sees %q, want the latest %s (b was %s)", got, c, b)
	}
	ask("id")
	io.WriteString(stdin, "exit\n")
	if err := cmd.Wait(); err != nil {
		t.Errorf("reader: %v", err)
	}
}

// TestConcurrentRunsOneRuns: three processes start a run on the same
// outputs folder at once; exactly one runs, the others exit non-zero saying
// which run holds the lock.
func TestConcurrentRunsOneRuns(t *testing.T) {
	in, out := copyInputs(t), t.TempDir()
	var cmds []*exec.Cmd
	var errs []*strings.Builder
	for i := 0; i < 3; i++ {
		cmd := child(t, "run", out, in, testPeriod)
		var b strings.Builder
		cmd.Stderr = &b
		cmds, errs = append(cmds, cmd), append(errs, &b)
	}
	for _, c := range cmds {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	ok, refused := 0, 0
	for i, c := range cmds {
		err := c.Wait()
		switch {
		case err == nil:
			ok++
		case strings.Contains(errs[i].String(), "proses kinerja lain sedang berjalan: run "):
			refused++
		default:
			t.Errorf("process %d failed otherwise: %v\n%s", i, err, errs[i].String())
		}
	}
	if ok != 1 || refused != 2 {
		t.Errorf("%d runs succeeded and %d were refused; want exactly one run", ok, refused)
	}
	checkWhole(t, out)
}

// TestJournalTellsRunningFromKilled: a run with a start and no end is
// "berjalan" exactly while the run lock is held for it, "terputus" otherwise
// — whatever process ids the lock file names.
func TestJournalTellsRunningFromKilled(t *testing.T) {
	out := t.TempDir()
	lock, err := acquireLock(out, Holder{PID: 1, RunID: "run-a", Started: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	if err := appendJournal(out, journalEntry{Event: "start", RunID: "run-a", Time: time.Now(), Period: testPeriod}); err != nil {
		t.Fatal(err)
	}
	if runs, _ := ReadRuns(out); len(runs) != 1 || runs[0].Status != "berjalan" {
		t.Errorf("while the lock is held: %+v", runs)
	}
	// As after kill -9: the lock is gone, the lock file still names the run.
	syscall.Flock(int(lock.f.Fd()), syscall.LOCK_UN)
	lock.f.Close()
	if runs, _ := ReadRuns(out); len(runs) != 1 || runs[0].Status != "terputus" {
		t.Errorf("after the holder died: %+v", runs)
	}
	// A torn last line, as from a process killed while writing it, is ignored.
	f, _ := os.OpenFile(filepath.Join(out, stateDir, journalFile), os.O_APPEND|os.O_WRONLY, 0o644)
	f.WriteString(`{"event":"end","run_id":"run-a","sta`)
	f.Close()
	if runs, err := ReadRuns(out); err != nil || len(runs) != 1 || runs[0].Status != "terputus" {
		t.Errorf("with a torn line: %+v, %v", runs, err)
	}
}

// TestOutputsModes: the warehouse and the run journal are not readable by
// everyone on the machine (owners' names, masked NIK and their hashes);
// workbooks and PDFs are documents, readable and not executable.
func TestOutputsModes(t *testing.T) {
	out, sum := bundledOutputs(t)
	wh, err := filepath.EvalSymlinks(filepath.Join(out, WarehouseName))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{wh, filepath.Join(out, stateDir, journalFile), filepath.Join(out, stateDir, "lock")} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if m := st.Mode().Perm(); m&0o007 != 0 || m&0o400 == 0 {
			t.Errorf("%s: mode %v, want no access for others", p, m)
		}
	}
	for _, w := range append(sum.Workbooks, sum.PDFs...) {
		st, err := os.Stat(filepath.Join(out, w))
		if err != nil {
			t.Fatal(err)
		}
		if m := st.Mode().Perm(); m != 0o644 {
			t.Errorf("%s: mode %v, want 0644", w, m)
		}
	}
}
