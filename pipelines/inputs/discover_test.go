package inputs

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/finding"
)

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	put := func(rel string, b []byte) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", "Laporan")
	if err := f.SaveAs(filepath.Join(dir, "a-laporan.xlsx")); err != nil {
		t.Fatal(err)
	}
	book, _ := os.ReadFile(filepath.Join(dir, "a-laporan.xlsx"))
	put("sub/b-salinan.xlsx", book)
	put("~$Laporan.xlsx", []byte("owner"))
	put("kosong.xlsx", nil)
	put("lama.xls", []byte{0xd0, 0xcf, 0x11, 0xe0})
	put("CATATAN.md", []byte("# catatan"))
	put("foto.jpg", []byte{0xff, 0xd8})
	put(".gitkeep", nil)
	put(".git/config", []byte("[core]"))

	before := snapshot(t, dir)
	var log finding.Log
	files, err := Discover(dir, &log)
	if err != nil {
		t.Fatal(err)
	}
	if after := snapshot(t, dir); len(after) != len(before) {
		t.Fatalf("inputs changed: %v → %v", before, after)
	} else {
		for p, s := range before {
			if after[p] != s {
				t.Errorf("%s was modified", p)
			}
		}
	}

	want := []struct{ path, status, kind string }{
		{"CATATAN.md", Skipped, Document},
		{"a-laporan.xlsx", Read, Spreadsheet},
		{"foto.jpg", Skipped, Other},
		{"kosong.xlsx", Failed, Spreadsheet},
		{"lama.xls", Skipped, Spreadsheet},
		{"sub/b-salinan.xlsx", Duplicate, Spreadsheet},
		{"~$Laporan.xlsx", Skipped, Other},
	}
	if len(files) != len(want) {
		t.Fatalf("%d files, want %d (hidden files and folders are not listed): %+v", len(files), len(want), files)
	}
	sum := sha256.Sum256(book)
	for i, w := range want {
		got := files[i]
		if got.ID != i+1 || got.Path != w.path || got.Status != w.status || got.Kind != w.kind {
			t.Errorf("file %d = {%d %s %s %s}, want {%d %s %s %s}", i, got.ID, got.Path, got.Status, got.Kind, i+1, w.path, w.status, w.kind)
		}
		if w.path == "a-laporan.xlsx" && (got.SHA256 != hex.EncodeToString(sum[:]) || got.Size != int64(len(book))) {
			t.Errorf("hash/size of %s: %s %d", got.Path, got.SHA256, got.Size)
		}
	}
	if files[5].Note == "" {
		t.Error("a duplicate should name the file it repeats")
	}

	findings := map[string]finding.Finding{}
	for _, f := range log.All() {
		if _, dup := findings[f.File]; dup {
			t.Errorf("two findings for %s", f.File)
		}
		findings[f.File] = f
		if f.Message == "" || f.Rule == "" {
			t.Errorf("finding without rule or message: %+v", f)
		}
	}
	for path, sev := range map[string]finding.Severity{
		"~$Laporan.xlsx": finding.Info, "kosong.xlsx": finding.Sedang, "lama.xls": finding.Sedang,
		"foto.jpg": finding.Info, "sub/b-salinan.xlsx": finding.Info,
	} {
		if f, ok := findings[path]; !ok || f.Severity != sev {
			t.Errorf("%s: finding %+v, want severity %s", path, f, sev)
		}
	}
	if _, ok := findings["CATATAN.md"]; ok {
		t.Error("a note beside the data is not a finding")
	}
	if len(findings) != 5 {
		t.Errorf("%d findings, want 5", len(findings))
	}
}

func TestDiscoverMissingFolder(t *testing.T) {
	var log finding.Log
	if _, err := Discover(filepath.Join(t.TempDir(), "tidak-ada"), &log); err == nil {
		t.Error("a missing inputs folder must be an error")
	}
	file := filepath.Join(t.TempDir(), "berkas.xlsx")
	os.WriteFile(file, []byte("x"), 0o644)
	if _, err := Discover(file, &log); err == nil {
		t.Error("a file given as the inputs folder must be an error")
	}
}

func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, _ := os.ReadFile(p)
		s := sha256.Sum256(b)
		out[p] = hex.EncodeToString(s[:]) + info.ModTime().Format(time.RFC3339Nano)
		return nil
	})
	return out
}
