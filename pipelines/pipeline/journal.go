package pipeline

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"time"

	"kinerja/pipelines/finding"
)

// journalFile, in outputs/.kinerja, records every run: a line when it
// starts and a line when it ends. A run killed before its end line is known
// from its start line alone. Each newly published warehouse carries the whole
// journal in meta.runs, meta.run_inputs and meta.run_outputs.
const journalFile = "runs.jsonl"

// RunInput is one input file as a run read it.
type RunInput struct {
	Path     string `json:"path"`
	SHA256   string `json:"sha256"`
	Size     int64  `json:"size"`
	Status   string `json:"status"`
	Sheets   int    `json:"sheets"`
	Cells    int    `json:"cells"`
	Values   int    `json:"values"`
	Findings int    `json:"findings"`
	// Copied: its raw rows were copied from the warehouse published
	// before, not read again.
	Copied bool `json:"copied,omitempty"`
}

// RunOutput is one file a run published.
type RunOutput struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
	Bytes  int64  `json:"bytes"`
}

// journalEntry is one line of the journal.
type journalEntry struct {
	Event      string         `json:"event"` // start, end
	RunID      string         `json:"run_id"`
	Time       time.Time      `json:"time"`
	PID        int            `json:"pid,omitempty"`
	Trigger    string         `json:"trigger,omitempty"`
	Period     string         `json:"period,omitempty"`
	InputsDir  string         `json:"inputs_dir,omitempty"`
	OutputsDir string         `json:"outputs_dir,omitempty"`
	Version    string         `json:"version,omitempty"`
	Status     string         `json:"status,omitempty"` // selesai, gagal
	Error      string         `json:"error,omitempty"`
	Inputs     []RunInput     `json:"inputs,omitempty"`
	Findings   map[string]int `json:"findings,omitempty"`
	Outputs    []RunOutput    `json:"outputs,omitempty"`
}

// appendJournal writes one line and syncs it. Only the lock holder writes.
func appendJournal(outputs string, e journalEntry) error {
	// no NIK in the journal: the inputs' paths are kept masked already; an
	// error may quote a path, a folder may be named carelessly
	e.Error, e.InputsDir, e.OutputsDir = finding.Redact(e.Error), finding.Redact(e.InputsDir), finding.Redact(e.OutputsDir)
	// the journal names the inputs and the runs: private to the owner and
	// the folder's group (the analysts), as the warehouse is
	f, err := os.OpenFile(filepath.Join(outputs, stateDir, journalFile), os.O_WRONLY|os.O_APPEND|os.O_CREATE, PrivateMode)
	if err != nil {
		return fmt.Errorf("catatan proses: %w", err)
	}
	defer f.Close()
	f.Chmod(PrivateMode) // a journal an older version made readable by all
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("catatan proses: %w", err)
	}
	return f.Sync()
}

// RunRecord is one run as the journal tells it.
type RunRecord struct {
	RunID      string
	PID        int
	Trigger    string
	Period     string
	InputsDir  string
	OutputsDir string
	Version    string
	Started    time.Time
	Finished   time.Time // zero while running or when the run was killed
	Status     string    // berjalan, selesai, gagal, terputus
	Error      string
	Inputs     []RunInput
	Findings   map[string]int
	Outputs    []RunOutput
}

// ReadRuns reads the run journal of an outputs folder, oldest first. A run
// with a start and no end is "berjalan" while it holds the run lock and
// "terputus" (killed, or the machine stopped) otherwise. A torn last line,
// from a process killed while writing it, is ignored.
func ReadRuns(outputs string) ([]RunRecord, error) {
	f, err := os.Open(filepath.Join(outputs, stateDir, journalFile))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("catatan proses: %w", err)
	}
	defer f.Close()
	byID := map[string]*RunRecord{}
	var order []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var e journalEntry
		if json.Unmarshal(sc.Bytes(), &e) != nil || e.RunID == "" {
			continue
		}
		r := byID[e.RunID]
		if r == nil {
			r = &RunRecord{RunID: e.RunID, Status: "terputus"}
			byID[e.RunID] = r
			order = append(order, e.RunID)
		}
		switch e.Event {
		case "start":
			r.PID, r.Trigger, r.Period, r.Started = e.PID, e.Trigger, e.Period, e.Time
			r.InputsDir, r.OutputsDir, r.Version = e.InputsDir, e.OutputsDir, e.Version
		case "end":
			r.Finished, r.Status, r.Error = e.Time, e.Status, e.Error
			if e.Period != "" {
				r.Period = e.Period // a period chosen from the reports is known at the end
			}
			r.Inputs, r.Findings, r.Outputs = e.Inputs, e.Findings, e.Outputs
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("catatan proses: %w", err)
	}
	holder, held := lockHolder(outputs)
	out := make([]RunRecord, 0, len(order))
	for _, id := range order {
		r := byID[id]
		if r.Status == "terputus" && held && holder.RunID == r.RunID {
			r.Status = "berjalan"
		}
		out = append(out, *r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Started.Before(out[j].Started) })
	return out, nil
}

// lockHolder reads who holds (or last held) the lock and whether the lock is
// held right now — asked of the kernel, not guessed from a process id that
// may have been reused.
func lockHolder(outputs string) (Holder, bool) {
	var h Holder
	f, err := os.Open(filepath.Join(outputs, stateDir, "lock"))
	if err != nil {
		return h, false
	}
	defer f.Close()
	if b, err := io.ReadAll(f); err == nil {
		json.Unmarshal(b, &h)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); err != nil {
		return h, true
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return h, false
}
