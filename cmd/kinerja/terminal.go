package main

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/pipeline"
)

// terminal shares one terminal between the log and the progress line: a
// log line is written above the progress line, which is then drawn again
// below it, so the two never share a line. Writes come from the run's
// goroutines and the logger's: one at a time.
type terminal struct {
	mu       sync.Mutex
	w        io.Writer
	progress string // the progress line on screen, "" when none is
}

func newTerminal(w io.Writer) *terminal { return &terminal{w: w} }

// clear is the escape that takes the cursor to the start of the line and
// erases it.
const clear = "\r\033[K"

// Write writes log lines (slog's text handler writes each record whole).
func (t *terminal) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.progress != "" {
		io.WriteString(t.w, clear)
	}
	n, err := t.w.Write(p)
	if t.progress != "" {
		io.WriteString(t.w, t.progress)
	}
	return n, err
}

// Progress draws the progress line for p; publishing ends it.
func (t *terminal) Progress(p pipeline.Progress) {
	line := fmt.Sprintf("%s %d/%d %s", p.Step, p.Done, p.Total, finding.Redact(p.Detail))
	line = strings.Map(func(r rune) rune { // a file name's control characters would move the cursor
		if r < ' ' || r == 0x7f {
			return '?'
		}
		return r
	}, line)
	if r := []rune(line); len(r) > 78 { // one line of an 80-column terminal: \r\033[K clears one
		line = string(r[:77]) + "…"
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if p.Step == "menerbitkan" {
		line = ""
	}
	t.progress = line
	io.WriteString(t.w, clear+line)
}

// Done erases the progress line, before the summary or an error is
// written.
func (t *terminal) Done() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.progress != "" {
		io.WriteString(t.w, clear)
		t.progress = ""
	}
}
