package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"kinerja/internal/bundled"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/sheet/sheettest"
	"kinerja/pipelines/warehouse"
)

// TestMain lets a test run the command in a process of its own (with a
// file size limit, say): KINERJA_TEST_MAIN=1 makes the test binary the
// command.
func TestMain(m *testing.M) {
	if os.Getenv("KINERJA_TEST_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	code := m.Run()
	bundled.Clean()
	os.Exit(code)
}

// limited runs the command in a child process that may write no file
// larger than kb kilobytes: a disk that fills while the warehouse grows.
func limited(t *testing.T, kb int, args ...string) (int, string) {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Fatalf("the disk-full test needs bash for ulimit: %v", err)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bash, append([]string{"-c", fmt.Sprintf(`ulimit -f %d && exec "$@"`, kb), "bash", self}, args...)...)
	cmd.Env = append(os.Environ(), "KINERJA_TEST_MAIN=1")
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, string(out)
}

// snapshot is every file and link under dir with its content's hash; the
// run journal (.kinerja/runs.jsonl), which records the failed runs too, is
// left out: journalGrew checks it.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if strings.HasPrefix(rel, ".kinerja"+string(filepath.Separator)) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := os.Readlink(p)
			files[rel] = "→ " + target
			return err
		}
		b, err := os.ReadFile(p)
		sum := sha256.Sum256(b)
		files[rel] = hex.EncodeToString(sum[:])
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// journalGrew: the journal kept what it held and told of the failed run.
func journalGrew(t *testing.T, out string, before []byte) []byte {
	t.Helper()
	after, _ := os.ReadFile(filepath.Join(out, ".kinerja", "runs.jsonl"))
	if !strings.HasPrefix(string(after), string(before)) || !strings.Contains(string(after[len(before):]), `"gagal"`) {
		t.Errorf("the journal did not keep its history and add the failed run:\n%s", after[min(len(before), len(after)):])
	}
	return after
}

// wholeWarehouse: the published warehouse opens on its own, read-only, to
// the SQL that built it, and no write-ahead log lies anywhere in outputs.
func wholeWarehouse(t *testing.T, out string) {
	t.Helper()
	for rel := range snapshot(t, out) {
		if strings.HasSuffix(rel, ".wal") {
			t.Errorf("a write-ahead log was left in outputs: %s", rel)
		}
	}
	db, err := warehouse.OpenReadOnly(context.Background(), filepath.Join(out, "kinerja.duckdb"))
	if err != nil {
		t.Fatalf("the published warehouse does not open: %v", err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(context.Background(), `SELECT count(*) FROM meta.sql_files`).Scan(&n); err != nil || n == 0 {
		t.Errorf("the published warehouse holds %d SQL files (%v)", n, err)
	}
}

// A disk that fills during a run: the run ends non-zero with the reason,
// and the publication before it is exactly as it was — every file and the
// warehouse link — whole, with no .wal beside it.
func TestDiskFullFailsLoudlyAndKeepsThePublication(t *testing.T) {
	in, out := inputsDir(t), t.TempDir()
	if code, _, stderr := runCLI("run", "--inputs", in, "--outputs", out, "--quiet"); code != 0 {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	before := snapshot(t, out)
	wholeWarehouse(t, out)
	journal, _ := os.ReadFile(filepath.Join(out, ".kinerja", "runs.jsonl"))
	for _, kb := range []int{256, 2048} {
		code, output := limited(t, kb, "run", "--inputs", in, "--outputs", out, "--quiet")
		if code == 0 {
			t.Errorf("a run that could write no file over %d KB exited 0:\n%s", kb, output)
			continue
		}
		if !strings.Contains(output, "kinerja run:") {
			t.Errorf("limit %d KB: exit %d, no reason given:\n%s", kb, code, output)
		}
		journal = journalGrew(t, out, journal)
		after := snapshot(t, out)
		for rel, sum := range before {
			if after[rel] != sum {
				t.Errorf("limit %d KB: %s changed (%q → %q)", kb, rel, sum, after[rel])
			}
		}
		for rel := range after {
			if _, ok := before[rel]; !ok && !strings.HasPrefix(rel, ".kinerja-") {
				t.Errorf("limit %d KB: %s appeared in outputs", kb, rel)
			}
		}
		wholeWarehouse(t, out)
	}
}

// The same on a real file system that is full: a small tmpfs with a few
// MB left. Either the run fails, or what it published is whole; the
// previous publication survives a failure.
func TestDiskFullOnATmpfs(t *testing.T) {
	mnt := t.TempDir()
	if err := exec.Command("mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", mnt).Run(); err != nil {
		t.Skipf("no tmpfs can be mounted here (%v); TestDiskFullFailsLoudlyAndKeepsThePublication covers a full disk by a file size limit", err)
	}
	defer exec.Command("umount", "-l", mnt).Run()
	in, out := inputsDir(t), filepath.Join(mnt, "outputs")
	if code, _, stderr := runCLI("run", "--inputs", in, "--outputs", out, "--quiet"); code != 0 {
		t.Fatalf("first run on a 40 MB tmpfs: exit %d: %s", code, stderr)
	}
	before := snapshot(t, out)
	for _, left := range []int64{6 << 20, 2 << 20, 256 << 10} {
		var st unixStatfs
		if err := statfs(mnt, &st); err != nil {
			t.Fatal(err)
		}
		fill := filepath.Join(mnt, fmt.Sprintf("isi-%d", left))
		if free := st.free(); free > left {
			if err := os.WriteFile(fill, make([]byte, free-left), 0o600); err != nil && !strings.Contains(err.Error(), "no space") {
				t.Fatal(err)
			}
		}
		code, _, stderr := runCLI("run", "--inputs", in, "--outputs", out, "--quiet")
		t.Logf("%d KB left: exit %d %s", left>>10, code, stderr)
		if code != 0 {
			if !strings.Contains(stderr, "kinerja run:") {
				t.Errorf("%d KB left: exit %d without a reason: %s", left>>10, code, stderr)
			}
			after := snapshot(t, out)
			for rel, sum := range before {
				if after[rel] != sum {
					t.Errorf("%d KB left: %s changed", left>>10, rel)
				}
			}
		} else {
			before = snapshot(t, out)
		}
		wholeWarehouse(t, out)
		os.Remove(fill)
	}
}

// Hostile workbooks dropped beside real inputs — 100 MiB of cells, 100 MiB
// and 1000 MiB shared-text tables, a 2-cell sheet reaching XFD1048576,
// each a few MB on disk — leave the run whole: it completes in a process
// that stays under 1,5 GiB and two minutes, each file has a finding that
// names it, and the official documents are the bytes they are without
// them.
func TestHostileWorkbooksBesideTheInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 1 GiB of shared texts")
	}
	in := copyBundled(t, true) // the Renstra, the history and the 2018 reports
	plain := t.TempDir()
	if code, _, stderr := runCLI("run", "--inputs", in, "--outputs", plain, "--quiet", "--pdf=false"); code != 0 {
		t.Fatalf("plain run: %d %s", code, stderr)
	}
	giants := map[string][2]int{"sel-100mib.xlsx": {100 << 20, 0}, "teks-100mib.xlsx": {1 << 20, 100 << 20}, "teks-1000mib.xlsx": {1 << 20, 1000 << 20}}
	for name, size := range giants {
		f, err := os.Create(filepath.Join(in, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := sheettest.HonestGiant(f, size[0], size[1]); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	corner := excelize.NewFile()
	corner.SetCellStr("Sheet1", "A1", "catatan")
	corner.SetCellStr("Sheet1", "XFD1048576", "ujung")
	corner.SaveAs(filepath.Join(in, "pojok.xlsx"))

	out := t.TempDir()
	self, _ := os.Executable()
	cmd := exec.Command(self, "run", "--inputs", in, "--outputs", out, "--quiet", "--pdf=false")
	cmd.Env = append(os.Environ(), "KINERJA_TEST_MAIN=1")
	start := time.Now()
	output, err := cmd.CombinedOutput()
	took := time.Since(start)
	if err != nil {
		t.Fatalf("run beside the giants: %v\n%s", err, output)
	}
	rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // kilobytes on Linux
	t.Logf("the run took %v, at most %d MiB resident", took.Round(time.Millisecond), rss>>20)
	if took > 2*time.Minute || rss > 1536<<20 {
		t.Errorf("the run took %v and %d MiB", took, rss>>20)
	}
	db, err := warehouse.OpenReadOnly(context.Background(), filepath.Join(out, "kinerja.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for name := range giants {
		var n int
		db.QueryRowContext(context.Background(), `SELECT count(*) FROM mart.review WHERE file = ? AND rule = 'baca.batas'`, name).Scan(&n)
		if n != 1 {
			t.Errorf("%s: %d baca.batas findings", name, n)
		}
	}
	var sheets int
	db.QueryRowContext(context.Background(), `SELECT count(*) FROM raw.sheets s JOIN raw.files f USING (file_id) WHERE f.path = 'pojok.xlsx'`).Scan(&sheets)
	if sheets != 1 {
		t.Errorf("pojok.xlsx: %d sheets read", sheets)
	}
	err = filepath.WalkDir(filepath.Join(plain, "2018-12"), func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".xlsx") || strings.Contains(p, "Review") {
			return err
		}
		a, _ := os.ReadFile(p)
		b, _ := os.ReadFile(filepath.Join(out, "2018-12", filepath.Base(p)))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs beside the giants", filepath.Base(p))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
