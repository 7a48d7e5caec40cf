package main

import (
	"fmt"
	"strings"
	"testing"

	"kinerja/pipelines/inputs"
	"kinerja/pipelines/pipeline"
)

// With more files than the summary lists, the ones that most need a look
// come first — a failed file, then the most serious findings — whatever
// their names; the rest are counted, and where to find them said.
func TestSummaryListsTheMostSeriousFirst(t *testing.T) {
	var files []pipeline.FileResult
	for i := range 20 {
		f := pipeline.FileResult{File: inputs.File{Path: fmt.Sprintf("a/laporan-%02d.xlsx", i), Status: inputs.Read}, Sheets: 1, Cells: 10, Values: 5}
		if i%3 == 0 {
			f.Findings, f.Sedang = 1, 1 // a few with one finding each
		}
		files = append(files, f)
	}
	files = append(files,
		pipeline.FileResult{File: inputs.File{Path: "zz/ekspor-ijus.csv", Status: inputs.Read}, Findings: 380, Tinggi: 12, Sedang: 300},
		pipeline.FileResult{File: inputs.File{Path: "zz/rusak.xlsx", Status: inputs.Failed, Note: "bukan .xlsx yang utuh"}},
		pipeline.FileResult{File: inputs.File{Path: "zz/sedang.xlsx", Status: inputs.Read}, Findings: 40, Sedang: 40})
	var b strings.Builder
	printFiles(&b, files)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if !strings.Contains(lines[0], "13 berkas tanpa temuan") {
		t.Errorf("the quiet files are not grouped: %q", lines[0])
	}
	lines = lines[1:]
	want := []string{"zz/rusak.xlsx", "zz/ekspor-ijus.csv", "zz/sedang.xlsx"}
	for i, w := range want {
		if i >= len(lines) || !strings.Contains(lines[i], w) {
			t.Fatalf("line %d should name %s:\n%s", i+1, w, b.String())
		}
	}
	if !strings.Contains(lines[1], "380 temuan (12 tinggi)") {
		t.Errorf("the export's line: %q", lines[1])
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(strings.TrimSpace(last), "… dan ") || !strings.Contains(last, "Berkas Masukan") {
		t.Errorf("the rest are not counted: %q", last)
	}
	if len(lines) != maxListed+1 { // the listed ones, the rest counted
		t.Errorf("%d lines:\n%s", len(lines), b.String())
	}
}
