// Package seedtext gives tests the seed document — the published Renstra
// 2016–2021 as text — to check figures against independently of the
// transcribed inputs. The parts the tests read are shipped in testdata
// (each line with its line number in the document), so the checks run in
// any clone; where the whole document is beside the checkout
// (../shared/seed), it is used, and a test holds the shipped lines equal
// to it.
package seedtext

import (
	"bufio"
	"bytes"
	_ "embed"
	"kinerja/internal/bundled"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Root is the checkout's top folder: the one holding go.mod.
func Root(t testing.TB) string { return bundled.Root(t) }

//go:embed testdata/renstra-2016-2021-kutipan.txt
var excerpt []byte

// Lines returns the seed document's lines (Lines(t)[n-1] is line n): the
// whole document where it is beside this checkout, else the shipped
// excerpt with the lines it leaves out empty.
func Lines(t testing.TB) []string {
	t.Helper()
	if whole := Whole(t); whole != nil {
		return whole
	}
	lines, err := Excerpt()
	if err != nil {
		t.Fatalf("the shipped seed excerpt: %v", err)
	}
	return lines
}

// Whole is the whole seed document beside the checkout, or nil.
func Whole(t testing.TB) []string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(Root(t), "..", "shared", "seed", "*.txt"))
	if len(matches) == 0 {
		return nil
	}
	b, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
}

// Excerpt is the shipped part of the seed, at its lines' places.
func Excerpt() ([]string, error) {
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(excerpt))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "# ") {
			continue // the file's own heading
		}
		num, text, ok := strings.Cut(l, "\t")
		n, err := strconv.Atoi(num)
		if !ok || err != nil || n < 1 {
			return nil, &os.PathError{Op: "parse", Path: "testdata/renstra-2016-2021-kutipan.txt", Err: strconv.ErrSyntax}
		}
		for len(lines) < n {
			lines = append(lines, "")
		}
		lines[n-1] = text
	}
	return lines, sc.Err()
}
