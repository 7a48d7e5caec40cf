package pipeline

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/sys/unix"
)

// The published outputs folder:
//
//	outputs/
//	  kinerja.duckdb -> 2026-10/kinerja.duckdb   the latest published warehouse
//	  2026-10/                                   one folder per period: its warehouse and workbooks
//	  2026-09/
//	  .kinerja/                                  run lock and run journal
//	  .kinerja-build-<run>/                      a run in progress (removed when it ends)
//
// A run builds its period folder inside its build folder and publishes it in
// two atomic steps: the period folder is exchanged with the published one
// (renameat2 RENAME_EXCHANGE), then the warehouse link is replaced (rename of
// a new symlink over the old). Killed at any moment, the outputs hold either
// the previous publication or the new one, never a mix inside a period.

// oldPrefix names, inside a build folder, a period folder moved aside on
// file systems without RENAME_EXCHANGE.
const oldPrefix = "lama-"

// publish moves the built period folder into place and points the warehouse
// link at it.
func publish(outputs, stage, period string) error {
	built := filepath.Join(stage, period)
	target := filepath.Join(outputs, period)
	switch _, err := os.Lstat(target); {
	case os.IsNotExist(err):
		if err := os.Rename(built, target); err != nil {
			return fmt.Errorf("menerbitkan %s: %w", period, err)
		}
	case err != nil:
		return fmt.Errorf("menerbitkan %s: %w", period, err)
	default:
		err := unix.Renameat2(unix.AT_FDCWD, built, unix.AT_FDCWD, target, unix.RENAME_EXCHANGE)
		if errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.ENOTSUP) {
			// No exchange on this file system: move the old folder aside
			// (recovered by the next run if we die in between), then the
			// new one in.
			old := filepath.Join(stage, oldPrefix+period)
			if err := os.Rename(target, old); err != nil {
				return fmt.Errorf("menerbitkan %s: %w", period, err)
			}
			if err := os.Rename(built, target); err != nil {
				os.Rename(old, target)
				return fmt.Errorf("menerbitkan %s: %w", period, err)
			}
		} else if err != nil {
			return fmt.Errorf("menerbitkan %s: %w", period, err)
		}
	}
	link := filepath.Join(outputs, WarehouseName)
	tmp := filepath.Join(stage, "warehouse-link")
	if err := os.Symlink(filepath.Join(period, WarehouseName), tmp); err != nil {
		return fmt.Errorf("menerbitkan tautan gudang data: %w", err)
	}
	if err := os.Rename(tmp, link); err != nil {
		return fmt.Errorf("menerbitkan tautan gudang data: %w", err)
	}
	return nil
}

// cleanUp removes what killed runs left: their build folders. It runs under
// the run lock, so no build folder belongs to a live run. A period folder
// moved aside but never replaced is first put back.
func cleanUp(outputs string, log *slog.Logger) {
	entries, err := os.ReadDir(outputs)
	if err != nil {
		return
	}
	var stale []string
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), stagingPrefix) {
			stale = append(stale, e.Name())
		}
	}
	sort.Strings(stale)
	for _, name := range stale {
		dir := filepath.Join(outputs, name)
		inner, _ := os.ReadDir(dir)
		for _, e := range inner {
			if !strings.HasPrefix(e.Name(), oldPrefix) {
				continue
			}
			period := strings.TrimPrefix(e.Name(), oldPrefix)
			if _, err := os.Lstat(filepath.Join(outputs, period)); os.IsNotExist(err) {
				if err := os.Rename(filepath.Join(dir, e.Name()), filepath.Join(outputs, period)); err == nil {
					log.Warn("restored a period folder an interrupted run had moved aside", "period", period)
				}
			}
		}
		if err := os.RemoveAll(dir); err == nil {
			log.Info("removed what an interrupted run left", "folder", name)
		}
	}
}
