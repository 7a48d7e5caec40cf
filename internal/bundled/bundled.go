// Package bundled gives tests the inputs shipped in the repository: the
// seed's part of them (the Renstra 2016–2021, its history and the 2018
// sample year), apart from the example of today's plan beside it.
package bundled

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Root is the checkout's top folder: the one holding go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test's folder")
		}
		dir = parent
	}
}

// Today reports whether a path of the bundled inputs (relative to inputs/)
// belongs to the example of today's plan rather than to the seed: the
// example Renstra 2021–2026 (a file named contoh_…) and the sample years of
// its period (folders 2021 and later).
func Today(rel string) bool {
	rel = filepath.ToSlash(rel)
	if strings.HasPrefix(filepath.Base(rel), "contoh_") {
		return true
	}
	top, _, _ := strings.Cut(rel, "/")
	year, err := strconv.Atoi(top)
	return err == nil && len(top) == 4 && year >= 2021
}

var seedInputs struct {
	dir string
	err error
}

// SeedInputs is the seed's part of the bundled inputs — the Renstra
// 2016–2021, the 2011–2016 history, the 2018 sample year and the settings,
// without the example of today's plan (Today) — copied once per test
// process into a temp folder tests only read. The goldens and most tests
// are of it; a test of today's plan reads the repository's inputs/ itself.
// Clean removes the copy.
func SeedInputs(t testing.TB) string {
	t.Helper()
	if seedInputs.dir == "" && seedInputs.err == nil {
		seedInputs.dir, seedInputs.err = copySeedInputs(filepath.Join(Root(t), "inputs"))
	}
	if seedInputs.err != nil {
		t.Fatalf("copying the seed's inputs: %v", seedInputs.err)
	}
	return seedInputs.dir
}

// Clean removes the copy SeedInputs made, if any.
func Clean() {
	if seedInputs.dir != "" {
		os.RemoveAll(seedInputs.dir)
	}
}

func copySeedInputs(src string) (string, error) {
	dst, err := os.MkdirTemp("", "kinerja-seed-inputs-")
	if err != nil {
		return "", err
	}
	dst = filepath.Join(dst, "inputs")
	err = filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if rel != "." && Today(rel) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	return dst, err
}
