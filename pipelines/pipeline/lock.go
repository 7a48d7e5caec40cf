package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// stateDir, inside the outputs folder, holds the run lock and the run
// journal. It is not published output; do not delete it (it carries the run
// history).
const stateDir = ".kinerja"

// Holder says who holds the run lock.
type Holder struct {
	PID     int       `json:"pid"`
	Host    string    `json:"host"`
	RunID   string    `json:"run_id"`
	Trigger string    `json:"trigger"`
	Period  string    `json:"period"`
	Started time.Time `json:"started"`
}

// LockedError is returned when another run holds the lock.
type LockedError struct{ Holder Holder }

func (e *LockedError) Error() string {
	h := e.Holder
	if h.RunID == "" {
		return "proses kinerja lain sedang berjalan pada folder keluaran ini"
	}
	return fmt.Sprintf("proses kinerja lain sedang berjalan: run %s (pid %d di %s, pemicu %s, periode %s, sejak %s)",
		h.RunID, h.PID, h.Host, h.Trigger, h.Period, h.Started.Format("2006-01-02 15:04:05"))
}

// runLock is an exclusive flock on outputs/.kinerja/lock. The kernel drops
// it when the process ends, however it ends (kill -9 included), so a lock
// is never left stale.
type runLock struct{ f *os.File }

// acquireLock takes the run lock without waiting. When another process holds
// it, the error is a *LockedError naming that run.
func acquireLock(outputs string, h Holder) (*runLock, error) {
	dir := filepath.Join(outputs, stateDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("lock: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(dir, "lock"), os.O_RDWR|os.O_CREATE, PrivateMode)
	if err != nil {
		return nil, fmt.Errorf("lock: %w", err)
	}
	f.Chmod(PrivateMode)
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		defer f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			// The holder writes who it is just after taking the lock: a run
			// refused in that instant waits a moment to name it.
			var other Holder
			for try := 0; try < 50 && other.RunID == ""; try++ {
				if try > 0 {
					time.Sleep(10 * time.Millisecond)
				}
				b, _ := io.ReadAll(io.NewSectionReader(f, 0, 1<<16))
				json.Unmarshal(b, &other)
			}
			return nil, &LockedError{Holder: other}
		}
		return nil, fmt.Errorf("lock: %w", err)
	}
	b, _ := json.Marshal(h)
	if err := f.Truncate(0); err == nil {
		f.WriteAt(b, 0)
		f.Sync()
	}
	return &runLock{f: f}, nil
}

// release drops the lock.
func (l *runLock) release() {
	l.f.Truncate(0)
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	l.f.Close()
}
