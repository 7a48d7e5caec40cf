// Package seedtext finds the seed document — the published Renstra 2016–2021
// as text, at ../shared/seed beside the checkout — for tests that check
// figures against it independently of the transcribed inputs.
package seedtext

import (
	"os"
	"path/filepath"
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

// Lines returns the seed document's lines, or skips the test with a message
// when the document is not beside this checkout.
func Lines(t testing.TB) []string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(Root(t), "..", "shared", "seed", "*.txt"))
	if len(matches) == 0 {
		t.Skip("SKIPPED: the seed document ../shared/seed/*.txt is not beside this checkout; the published-figure check needs it")
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
}
