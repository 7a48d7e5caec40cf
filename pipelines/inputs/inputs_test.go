package inputs

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"golang.org/x/sys/unix"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/finding"
)

// inputsFixture is a drop folder as people leave it: a workbook, a copy of
// it in a subfolder, the lock file Excel leaves while it is open, a file
// still being copied, an old .xls, a note, a photo, and the hidden files of
// version control.
type inputsFixture struct {
	dir  string
	book []byte // the bytes of the real workbook
}

// Paths of the fixture, relative to the folder.
const (
	fxNote   = "CATATAN.md"
	fxBook   = "Laporan.xlsx"
	fxCopy   = "arsip/Laporan.xlsx" // same bytes; sorts after Laporan.xlsx
	fxPhoto  = "foto.jpg"
	fxEmpty  = "kosong.xlsx"
	fxOldXLS = "lama.xls"
	fxLock   = "~$Laporan.xlsx"
)

// fxOrder is the fixture in byte order of the path ('C' < 'L' < 'a' < 'f' <
// 'k' < 'l' < '~'): the order Discover must list it in.
var fxOrder = []string{fxNote, fxBook, fxCopy, fxPhoto, fxEmpty, fxOldXLS, fxLock}

// fxHidden are written too but must never be listed.
var fxHidden = []string{".gitkeep", ".git/config", ".git/objects/ab/cdef", "arsip/.~lock.Laporan.xlsx#"}

func writeInput(t *testing.T, dir, rel string, b []byte) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// realWorkbook writes a small .xlsx with excelize and returns its bytes.
func realWorkbook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetCellStr("Sheet1", "A1", "TABEL 2.4"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellInt("Sheet1", "B2", 2596602000); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	// It is a real workbook: it opens again and holds what was written.
	g, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("the fixture workbook does not open: %v", err)
	}
	defer g.Close()
	if v, _ := g.GetCellValue("Sheet1", "A1"); v != "TABEL 2.4" {
		t.Fatalf("fixture workbook A1 = %q", v)
	}
	return buf.Bytes()
}

func newInputsFixture(t *testing.T) inputsFixture {
	t.Helper()
	dir := t.TempDir()
	book := realWorkbook(t)
	writeInput(t, dir, fxBook, book)
	writeInput(t, dir, fxCopy, book)
	writeInput(t, dir, fxLock, []byte("\x0cBudi Santoso"))
	writeInput(t, dir, fxEmpty, nil)
	writeInput(t, dir, fxOldXLS, []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1})
	writeInput(t, dir, fxNote, []byte("# Catatan\n\nAngka Renstra disalin dari PDF.\n"))
	writeInput(t, dir, fxPhoto, []byte{0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F'})
	for _, h := range fxHidden {
		writeInput(t, dir, h, []byte("tersembunyi "+h))
	}
	// An old, fixed mtime on everything: a write of any kind would move it.
	old := time.Date(2019, 7, 1, 8, 30, 0, 0, time.UTC)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Chtimes(p, old, old)
	})
	if err != nil {
		t.Fatal(err)
	}
	return inputsFixture{dir: dir, book: book}
}

func discoverFixture(t *testing.T) (inputsFixture, []File, []finding.Finding) {
	t.Helper()
	fx := newInputsFixture(t)
	var log finding.Log
	files, err := Discover(fx.dir, &log)
	if err != nil {
		t.Fatalf("Discover: %v", err)
	}
	return fx, files, log.All()
}

func TestDiscoverListsVisibleFilesInPathOrder(t *testing.T) {
	fx, files, _ := discoverFixture(t)
	var got []string
	for _, f := range files {
		got = append(got, f.Path)
	}
	if strings.Join(got, "\n") != strings.Join(fxOrder, "\n") {
		t.Fatalf("listed paths:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(fxOrder, "\n"))
	}
	if !sort.StringsAreSorted(got) {
		t.Errorf("paths not in order: %v", got)
	}
	for i, f := range files {
		if f.ID != i+1 {
			t.Errorf("%s: ID %d, want %d", f.Path, f.ID, i+1)
		}
		if want := filepath.Join(fx.dir, filepath.FromSlash(f.Path)); f.Abs != want {
			t.Errorf("%s: Abs %q, want %q", f.Path, f.Abs, want)
		}
	}
	for _, f := range files {
		for _, part := range strings.Split(f.Path, "/") {
			if strings.HasPrefix(part, ".") {
				t.Errorf("hidden file or folder listed: %s", f.Path)
			}
		}
	}
}

func TestDiscoverStatusAndKindPerFile(t *testing.T) {
	_, files, _ := discoverFixture(t)
	want := map[string]struct{ status, kind string }{
		fxNote:   {Skipped, Document},
		fxBook:   {Read, Spreadsheet},
		fxCopy:   {Duplicate, Spreadsheet},
		fxPhoto:  {Skipped, Other},
		fxEmpty:  {Failed, Spreadsheet},
		fxOldXLS: {Read, Spreadsheet}, // through LibreOffice (ingest.Convert), which decides if it opens
		fxLock:   {Skipped, Other},
	}
	if len(files) != len(want) {
		t.Fatalf("%d files listed, want %d: %+v", len(files), len(want), files)
	}
	for _, f := range files {
		w, ok := want[f.Path]
		if !ok {
			t.Errorf("unexpected file %s", f.Path)
			continue
		}
		if f.Status != w.status || f.Kind != w.kind {
			t.Errorf("%s: status %q kind %q, want %q %q", f.Path, f.Status, f.Kind, w.status, w.kind)
		}
		if f.Status != Read && f.Note == "" {
			t.Errorf("%s: %s without a note saying why", f.Path, f.Status)
		}
	}
	// The duplicate names the file it repeats: the earlier one by path.
	for _, f := range files {
		if f.Path == fxCopy && !strings.Contains(f.Note, fxBook) {
			t.Errorf("duplicate note %q does not name %s", f.Note, fxBook)
		}
	}
}

func TestDiscoverHashesAndSizes(t *testing.T) {
	fx, files, _ := discoverFixture(t)
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(fx.dir, filepath.FromSlash(f.Path)))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		if f.SHA256 != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: sha256 %s, want %x", f.Path, f.SHA256, sum)
		}
		if f.Size != int64(len(b)) {
			t.Errorf("%s: size %d, want %d", f.Path, f.Size, len(b))
		}
	}
	// The workbook and its copy hash alike; the empty file has the
	// well-known hash of zero bytes.
	bookSum := sha256.Sum256(fx.book)
	const emptySum = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
	byPath := map[string]File{}
	for _, f := range files {
		byPath[f.Path] = f
	}
	for _, p := range []string{fxBook, fxCopy} {
		if byPath[p].SHA256 != hex.EncodeToString(bookSum[:]) || byPath[p].Size != int64(len(fx.book)) {
			t.Errorf("%s: %s %d bytes, want the workbook's %x %d", p, byPath[p].SHA256, byPath[p].Size, bookSum, len(fx.book))
		}
	}
	if f := byPath[fxEmpty]; f.SHA256 != emptySum || f.Size != 0 {
		t.Errorf("%s: %s %d bytes, want %s 0", fxEmpty, f.SHA256, f.Size, emptySum)
	}
}

func TestDiscoverFindingsPerFile(t *testing.T) {
	_, _, findings := discoverFixture(t)
	want := map[string]struct {
		sev  finding.Severity
		rule string
		text string // a phrase the Indonesian message must hold
	}{
		fxLock:  {finding.Info, "baca.kunci", "Berkas kunci Excel"},
		fxPhoto: {finding.Info, "baca.format", "Bukan berkas spreadsheet"},
		fxEmpty: {finding.Sedang, "baca.berkas", "Berkas kosong (0 byte)"},
		fxCopy:  {finding.Info, "baca.duplikat", "sama persis dengan " + fxBook},
	}
	count := map[string]int{}
	for _, f := range findings {
		count[f.File]++
		w, ok := want[f.File]
		if !ok {
			t.Errorf("unexpected finding for %q: %+v", f.File, f)
			continue
		}
		if f.Severity != w.sev || f.Rule != w.rule {
			t.Errorf("%s: %s %s, want %s %s", f.File, f.Severity, f.Rule, w.sev, w.rule)
		}
		if f.Message == "" || !strings.Contains(f.Message, w.text) {
			t.Errorf("%s: message %q does not say %q", f.File, f.Message, w.text)
		}
		if f.Sheet != "" || f.Cell != "" {
			t.Errorf("%s: a file-level finding names sheet %q cell %q", f.File, f.Sheet, f.Cell)
		}
	}
	for p := range want {
		if count[p] != 1 {
			t.Errorf("%s: %d findings, want exactly 1", p, count[p])
		}
	}
	for _, p := range []string{fxNote, fxBook, fxOldXLS} {
		if count[p] != 0 {
			t.Errorf("%s: %d findings, want none", p, count[p])
		}
	}
	if len(findings) != len(want) {
		t.Errorf("%d findings, want %d", len(findings), len(want))
	}
}

// inputState is everything about a file a careless reader could change.
type inputState struct {
	data  []byte
	mtime time.Time
	mode  fs.FileMode
}

func inputsState(t *testing.T, dir string) map[string]inputState {
	t.Helper()
	out := map[string]inputState{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		st := inputState{mtime: info.ModTime(), mode: info.Mode()}
		if !d.IsDir() {
			if st.data, err = os.ReadFile(p); err != nil {
				return err
			}
		}
		out[p] = st
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDiscoverLeavesInputsUntouched(t *testing.T) {
	fx := newInputsFixture(t)
	before := inputsState(t, fx.dir)
	var log finding.Log
	if _, err := Discover(fx.dir, &log); err != nil {
		t.Fatal(err)
	}
	after := inputsState(t, fx.dir)
	for p, b := range before {
		a, ok := after[p]
		switch {
		case !ok:
			t.Errorf("%s was removed", p)
		case !bytes.Equal(a.data, b.data):
			t.Errorf("%s: content changed", p)
		case !a.mtime.Equal(b.mtime):
			t.Errorf("%s: mtime %v → %v", p, b.mtime, a.mtime)
		case a.mode != b.mode:
			t.Errorf("%s: mode %v → %v", p, b.mode, a.mode)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s was created in the inputs folder", p)
		}
	}
}

// The first copy by path is read and the later one is the duplicate, even
// when the first lives in a subfolder.
func TestDiscoverDuplicateIsTheLaterPath(t *testing.T) {
	dir := t.TempDir()
	book := realWorkbook(t)
	writeInput(t, dir, "Arsip/2018.xlsx", book) // 'A' < 'L'
	writeInput(t, dir, "Laporan.xlsx", book)
	writeInput(t, dir, "Laporan-baru.xlsx", append(append([]byte(nil), book...), 0)) // one byte differs
	var log finding.Log
	files, err := Discover(dir, &log)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ path, status string }{
		{"Arsip/2018.xlsx", Read},
		{"Laporan-baru.xlsx", Read},
		{"Laporan.xlsx", Duplicate},
	}
	if len(files) != len(want) {
		t.Fatalf("%d files, want %d: %+v", len(files), len(want), files)
	}
	for i, w := range want {
		if files[i].Path != w.path || files[i].Status != w.status {
			t.Errorf("file %d: %s %s, want %s %s", i+1, files[i].Path, files[i].Status, w.path, w.status)
		}
	}
	if !strings.Contains(files[2].Note, "Arsip/2018.xlsx") {
		t.Errorf("duplicate note %q does not name Arsip/2018.xlsx", files[2].Note)
	}
	if all := log.All(); len(all) != 1 || all[0].File != "Laporan.xlsx" || all[0].Rule != "baca.duplikat" {
		t.Errorf("findings %+v, want one baca.duplikat for Laporan.xlsx", all)
	}
}

// One file per folder, to pin the classification of each name.
func TestDiscoverClassifiesByName(t *testing.T) {
	book := realWorkbook(t)
	cases := []struct {
		name    string
		data    []byte
		status  string
		kind    string
		rule    string // "" means no finding
		sev     finding.Severity
		comment string
	}{
		{"laporan.xlsx", book, Read, Spreadsheet, "", "", "a workbook"},
		{"LAPORAN.XLSX", book, Read, Spreadsheet, "", "", "extension in capitals"},
		{"makro.xlsm", book, Read, Spreadsheet, "", "", "macro-enabled workbook"},
		{"~$makro.xlsm", []byte("x"), Skipped, Other, "baca.kunci", finding.Info, "lock file of a .xlsm"},
		{"kosong.xlsm", nil, Failed, Spreadsheet, "baca.berkas", finding.Sedang, "empty .xlsm"},
		{"LAMA.XLS", []byte{0xd0, 0xcf}, Read, Spreadsheet, "", "", ".xls in capitals: read through LibreOffice"},
		{"laporan.ods", []byte("PK"), Read, Spreadsheet, "", "", "OpenDocument: read through LibreOffice"},
		{"catatan.txt", []byte("catatan"), Skipped, Document, "", "", "note"},
		{"renstra.pdf", []byte("%PDF-1.4"), Skipped, Document, "", "", "source document"},
		{"surat.docx", []byte("PK"), Skipped, Document, "", "", "letter"},
		{"data.csv", []byte("a,b\n1,2\n"), Read, Table, "", "", "csv is read (a licence export, or skipped by the reader)"},
		{"kosong.csv", nil, Failed, Table, "baca.berkas", finding.Sedang, "empty csv"},
		{"tanpa-ekstensi", []byte("x"), Skipped, Other, "baca.format", finding.Info, "no extension"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeInput(t, dir, c.name, c.data)
			var log finding.Log
			files, err := Discover(dir, &log)
			if err != nil {
				t.Fatal(err)
			}
			if len(files) != 1 {
				t.Fatalf("%d files, want 1", len(files))
			}
			f := files[0]
			if f.ID != 1 || f.Path != c.name || f.Status != c.status || f.Kind != c.kind {
				t.Errorf("%s (%s): {%d %s %s %s}, want {1 %s %s %s}", c.name, c.comment, f.ID, f.Path, f.Status, f.Kind, c.name, c.status, c.kind)
			}
			all := log.All()
			if c.rule == "" {
				if len(all) != 0 {
					t.Errorf("%s: findings %+v, want none", c.name, all)
				}
				return
			}
			if len(all) != 1 || all[0].Rule != c.rule || all[0].Severity != c.sev || all[0].File != c.name || all[0].Message == "" {
				t.Errorf("%s: findings %+v, want one %s %s", c.name, all, c.sev, c.rule)
			}
		})
	}
}

// Every path gets an answer: a link to a file, to a folder outside, to
// nothing, a loop, a pipe, a folder that cannot be listed — each is listed,
// never followed or opened, with a finding saying what was done.
func TestDiscoverAnswersEveryPath(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	book := realWorkbook(t)
	writeInput(t, dir, "Laporan.xlsx", book)
	writeInput(t, outside, "rahasia.xlsx", book[:len(book)-1])
	links := map[string]string{
		"tautan.xlsx":  filepath.Join(dir, "Laporan.xlsx"),
		"passwd.csv":   "/etc/passwd",
		"luar":         outside,
		"hilang.xlsx":  filepath.Join(dir, "tidak-ada.xlsx"),
		"putar/a.xlsx": filepath.Join(dir, "putar", "b.xlsx"),
		"putar/b.xlsx": filepath.Join(dir, "putar", "a.xlsx"),
	}
	os.MkdirAll(filepath.Join(dir, "putar"), 0o755)
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skipf("symlinks not available: %v", err)
		}
	}
	if err := unix.Mkfifo(filepath.Join(dir, "pipa.csv"), 0o644); err != nil {
		t.Fatal(err)
	}
	locked := filepath.Join(dir, "terkunci")
	os.MkdirAll(locked, 0o755)
	writeInput(t, locked, "di-dalam.xlsx", book)
	os.Chmod(locked, 0)
	defer os.Chmod(locked, 0o755)
	var log finding.Log
	files, err := Discover(dir, &log)
	if err != nil {
		t.Fatal(err)
	}
	notes := map[string]string{}
	for _, f := range files {
		notes[f.Path] = f.Status + ": " + f.Note
	}
	want := map[string]string{
		"Laporan.xlsx": "dibaca: ",
		"tautan.xlsx":  "dilewati: tautan simbolik ke sebuah berkas; tautan tidak diikuti",
		"passwd.csv":   "dilewati: tautan simbolik ke sebuah berkas; tautan tidak diikuti",
		"luar":         "dilewati: tautan simbolik ke sebuah folder; tautan tidak diikuti",
		"hilang.xlsx":  "dilewati: tautan simbolik ke sesuatu yang tidak ada",
		"putar/a.xlsx": "dilewati: tautan simbolik yang melingkar",
		"putar/b.xlsx": "dilewati: tautan simbolik yang melingkar",
		"pipa.csv":     "dilewati: pipa (FIFO), bukan berkas",
	}
	if os.Geteuid() != 0 { // root lists any folder
		want["terkunci"] = "dilewati: folder tidak dapat dibuka: open terkunci: permission denied"
	}
	for p, w := range want {
		if notes[p] != w {
			t.Errorf("%s: %q, want %q", p, notes[p], w)
		}
	}
	named := map[string]bool{}
	for _, f := range log.All() {
		if _, ok := want[f.File]; !ok {
			continue // the locked folder's file, where root lists it: a duplicate
		}
		named[f.File] = true
		if f.Rule != "baca.berkas" || f.Severity != finding.Sedang || !strings.Contains(f.Message, "Tidak dibaca") {
			t.Errorf("finding %+v", f)
		}
	}
	for p := range want {
		if p != "Laporan.xlsx" && !named[p] {
			t.Errorf("%s: no finding", p)
		}
	}
}

func TestDiscoverEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	writeInput(t, dir, ".gitkeep", nil)
	var log finding.Log
	files, err := Discover(dir, &log)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 0 || log.Len() != 0 {
		t.Errorf("files %+v findings %+v, want none", files, log.All())
	}
}

func TestDiscoverRefusesAMissingOrNonFolder(t *testing.T) {
	base := t.TempDir()
	writeInput(t, base, "berkas.xlsx", realWorkbook(t))
	cases := []struct{ name, dir string }{
		{"missing folder", filepath.Join(base, "tidak-ada")},
		{"missing parent", filepath.Join(base, "tidak-ada", "masukan")},
		{"a file, not a folder", filepath.Join(base, "berkas.xlsx")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var log finding.Log
			files, err := Discover(c.dir, &log)
			if err == nil {
				t.Fatalf("Discover(%s) = %+v, want an error", c.dir, files)
			}
			if files != nil {
				t.Errorf("files %+v returned with the error", files)
			}
			if log.Len() != 0 {
				t.Errorf("findings %+v, want none: a bad folder is an error, not a finding", log.All())
			}
		})
	}
	if _, err := os.Stat(filepath.Join(base, "tidak-ada")); !os.IsNotExist(err) {
		t.Errorf("Discover created the missing folder (%v)", err)
	}
}
