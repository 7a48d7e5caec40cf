package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal: the master the test reads, the slave
// the command writes to as its terminal.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal here (%v): the progress line cannot be watched", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	return m, s
}

// screen is what a terminal shows for out: each line as its carriage
// returns and erase-to-end escapes leave it.
func screen(out string) []string {
	var lines []string
	for _, raw := range strings.Split(strings.ReplaceAll(out, "\r\n", "\n"), "\n") {
		var line []rune
		cur := 0
		for i := 0; i < len(raw); {
			switch {
			case raw[i] == '\r':
				cur = 0
				i++
			case strings.HasPrefix(raw[i:], "\033[K"):
				line = line[:cur]
				i += 3
			default:
				r := []rune(raw[i:])[0]
				if cur < len(line) {
					line[cur] = r
				} else {
					line = append(line, r)
				}
				cur++
				i += len(string(r))
			}
		}
		lines = append(lines, string(line))
	}
	return lines
}

// On a terminal the log lines and the progress line never share a line:
// every line the screen shows is a log line, the summary, or nothing, and
// the progress line is drawn while the run goes (seen in the bytes).
func TestProgressAndLogNeverShareALine(t *testing.T) {
	master, slave := openPTY(t)
	defer master.Close()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self, "run", "--inputs", bundledInputs(t), "--outputs", t.TempDir(), "--pdf=false")
	cmd.Env = append(os.Environ(), "KINERJA_TEST_MAIN=1")
	cmd.Stdout, cmd.Stderr = slave, slave
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	var out bytes.Buffer
	done := make(chan struct{})
	go func() { io.Copy(&out, master); close(done) }() // ends with EIO when the child exits
	if err := cmd.Wait(); err != nil {
		t.Fatalf("run on a terminal: %v\n%s", err, out.String())
	}
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	raw := out.String()
	if !strings.Contains(raw, clear+"membaca ") || !strings.Contains(raw, clear+"menulis ") {
		t.Fatalf("no progress line was drawn:\n%q", raw[:min(len(raw), 2000)])
	}
	progress := regexp.MustCompile(`(membaca|membangun|menulis|menerbitkan) \d+/\d+`)
	logs := 0
	for _, line := range screen(raw) {
		if strings.HasPrefix(line, "time=") {
			logs++
		}
		if i := strings.Index(line, "time="); i > 0 {
			t.Errorf("a log line starts inside another line: %q", line)
		}
		if progress.MatchString(line) {
			t.Errorf("a progress line stays on screen, or shares one with a log line: %q", line)
		}
	}
	if logs < 50 {
		t.Errorf("only %d log lines on screen", logs)
	}
}
