package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/read/oss"
	"kinerja/pipelines/warehouse"
)

// read runs Read on a folder into a fresh warehouse with its meta and raw
// stages, and returns it with what each file gave.
func read(t *testing.T, dir string, readers int) (*warehouse.DB, []FileResult, []finding.Finding) {
	t.Helper()
	ctx := context.Background()
	db := RawWarehouse(t)
	var log finding.Log
	files, err := inputs.Discover(dir, &log)
	if err != nil {
		t.Fatal(err)
	}
	var results []FileResult
	var found []finding.Finding
	order := 0
	err = Read(ctx, db, files, Options{Readers: readers, Key: ijus.Key("kunci-rahasia-untuk-uji-ingest-cukup-panjang"),
		Reading: func(i int, f inputs.File) {
			if i != order {
				t.Errorf("file %d reported while %d was expected", i, order)
			}
		},
		Read: func(i int, res FileResult, fs []finding.Finding) {
			order++
			results = append(results, res)
			found = append(found, fs...)
		}})
	if err != nil {
		t.Fatal(err)
	}
	if order != len(files) {
		t.Errorf("%d of %d files reported", order, len(files))
	}
	return db, results, found
}

func digest(t *testing.T, db *warehouse.DB) string {
	t.Helper()
	var n int
	var sum string
	if err := db.QueryRowContext(context.Background(),
		`SELECT count(*), md5(string_agg(CAST(i AS VARCHAR), '|' ORDER BY file_id, row_no)) FROM raw.ijus i`).Scan(&n, &sum); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(n, " ", sum)
}

// A licence export loads while it is read, in chunks of exportChunk rows
// streamed to the warehouse; the rows loaded are the same however it is
// cut, and whether one file or two are read at once.
func TestLargeExportLoadsWhileRead(t *testing.T) {
	dir := t.TempDir()
	for _, format := range []string{"csv", "xlsx"} {
		if _, err := ijus.Generate(filepath.Join(dir, "ekspor."+format), ijus.Options{Rows: 4000, Seed: 9, Format: format}); err != nil {
			t.Fatal(err)
		}
	}
	whole, res, _ := read(t, dir, 1)
	want := digest(t, whole)
	if want[:5] != "8000 " {
		t.Fatalf("raw.ijus: %s", want)
	}
	for _, r := range res {
		if len(r.Forms) != 1 || r.Forms[0] != ExportForm {
			t.Errorf("%s: forms %v", r.File.Path, r.Forms)
		}
	}
	defer func(n int) { exportChunk = n }(exportChunk)
	exportChunk = 997
	for _, readers := range []int{1, 2} {
		chunked, _, _ := read(t, dir, readers)
		if got := digest(t, chunked); got != want {
			t.Errorf("loaded in chunks of 997 by %d readers: %s, loaded whole: %s", readers, got, want)
		}
	}
}

// The memo of parsed texts changes nothing: an export read with it gives
// the rows reading every text anew gives, for licence and OSS exports,
// CSV and XLSX (dates as cells, as text in three spellings; money as
// numbers, "Rp 25.000.000,-" and "25 jt").
func TestExportMemoGivesWhatParsingGives(t *testing.T) {
	dir := t.TempDir()
	for _, format := range []string{"csv", "xlsx"} {
		if _, err := ijus.Generate(filepath.Join(dir, "ekspor."+format), ijus.Options{Rows: 3000, Seed: 4, Format: format}); err != nil {
			t.Fatal(err)
		}
		if _, err := oss.Generate(filepath.Join(dir, "oss."+format), oss.Options{Rows: 2000, Seed: 4, Format: format, NIK: true}); err != nil {
			t.Fatal(err)
		}
	}
	all := func(db *warehouse.DB) string {
		t.Helper()
		var n int
		var sum string
		if err := db.QueryRowContext(context.Background(), `SELECT count(*), md5(string_agg(r, '|' ORDER BY r)) FROM (
			SELECT CAST(i AS VARCHAR) AS r FROM raw.ijus i UNION ALL SELECT CAST(o AS VARCHAR) FROM raw.oss o)`).Scan(&n, &sum); err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(n, " ", sum)
	}
	memoed, _, _ := read(t, dir, 1)
	want := all(memoed)
	defer func(n int) { memoMax = n }(memoMax)
	memoMax = 0
	parsed, _, _ := read(t, dir, 1)
	if got := all(parsed); got != want {
		t.Errorf("every text parsed: %s; with the memo: %s", got, want)
	}
	var modal, dates int
	if err := memoed.QueryRowContext(context.Background(), `SELECT count(DISTINCT modal), count(DISTINCT tanggal_terbit) FROM raw.ijus WHERE modal_rp IS NOT NULL`).Scan(&modal, &dates); err != nil {
		t.Fatal(err)
	}
	if modal < 100 || dates < 100 {
		t.Errorf("the exports hold %d distinct amounts and %d dates: too few to test the memo", modal, dates)
	}
}

// A file that cannot be opened as a spreadsheet is a finding and a failed
// status, and the reading goes on to the next.
func TestABrokenFileIsAFinding(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "Laporan_SEK_Juni_2018.xlsx"), []byte("PK\x03\x04 bukan zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ijus.Generate(filepath.Join(dir, "ekspor.csv"), ijus.Options{Rows: 10, Seed: 1, Format: "csv"}); err != nil {
		t.Fatal(err)
	}
	db, res, found := read(t, dir, 2)
	if len(res) != 2 {
		t.Fatalf("results %+v", res)
	}
	var broken *FileResult
	for i := range res {
		if res[i].File.Path == "Laporan_SEK_Juni_2018.xlsx" {
			broken = &res[i]
		}
	}
	if broken == nil || broken.File.Status != inputs.Failed {
		t.Fatalf("the broken file: %+v", broken)
	}
	named := false
	for _, f := range found {
		named = named || (f.File == "Laporan_SEK_Juni_2018.xlsx" && f.Rule == "baca.berkas")
	}
	if !named {
		t.Errorf("no finding names the broken file: %+v", found)
	}
	if got := digest(t, db); got[:3] != "10 " {
		t.Errorf("the export after it: %s", got)
	}
}

// What was read is what was hashed: a CSV still being copied while the run
// reads it gives the rows of the bytes hashed and a finding; the row the
// copy was cut in is a finding, not a row; a CSV changed in place since it
// was hashed is refused whole.
func TestACSVChangingWhileRead(t *testing.T) {
	ctx := context.Background()
	gen := func(t *testing.T) (string, []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "ekspor.csv")
		if _, err := ijus.Generate(p, ijus.Options{Rows: 50, Seed: 3, Format: "csv"}); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		return dir, b
	}
	run := func(t *testing.T, dir string, between func(p string)) (int, inputs.File, []finding.Finding) {
		db := RawWarehouse(t)
		var log finding.Log
		files, err := inputs.Discover(dir, &log)
		if err != nil {
			t.Fatal(err)
		}
		between(files[0].Abs)
		var got inputs.File
		var found []finding.Finding
		err = Read(ctx, db, files, Options{Readers: 1, Key: ijus.Key("kunci-rahasia-untuk-uji-ingest-cukup-panjang"),
			Read: func(i int, res FileResult, fs []finding.Finding) { got, found = res.File, fs }})
		if err != nil {
			t.Fatal(err)
		}
		var n int
		db.QueryRowContext(ctx, `SELECT count(*) FROM raw.ijus`).Scan(&n)
		return n, got, found
	}
	rule := func(fs []finding.Finding, r string) bool {
		for _, f := range fs {
			if f.Rule == r {
				return true
			}
		}
		return false
	}
	whole, _ := gen(t)
	n50, _, _ := run(t, whole, func(string) {})
	if n50 != 50 {
		t.Fatalf("the whole export: %d rows", n50)
	}

	t.Run("appended while read", func(t *testing.T) {
		dir, b := gen(t)
		lines := strings.SplitAfter(string(b), "\n")
		n, f, fs := run(t, dir, func(p string) {
			a, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
			a.WriteString(lines[1] + lines[2] + "IUMK-TERPOTONG,2019")
			a.Close()
		})
		if n != 50 || f.Status != inputs.Read || !rule(fs, "baca.bertambah") {
			t.Errorf("%d rows, %s, findings %+v", n, f.Status, fs)
		}
	})
	t.Run("cut inside a row", func(t *testing.T) {
		dir, b := gen(t)
		p := filepath.Join(dir, "ekspor.csv")
		cut := len(b) - 20 // inside the last row
		os.WriteFile(p, b[:cut], 0o644)
		n, _, fs := run(t, dir, func(p string) {
			a, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
			a.Write(b[cut:])
			a.Close()
		})
		if n != 49 || !rule(fs, "baca.terpotong") {
			t.Errorf("%d rows, findings %+v", n, fs)
		}
	})
	t.Run("changed in place", func(t *testing.T) {
		dir, b := gen(t)
		n, f, fs := run(t, dir, func(p string) {
			c := append([]byte(nil), b...)
			c[len(c)/2] ^= 1
			os.WriteFile(p, c, 0o644)
		})
		if n != 0 || f.Status != inputs.Failed || !rule(fs, "baca.berubah") {
			t.Errorf("%d rows, %s, findings %+v", n, f.Status, fs)
		}
	})
}

// A workbook saved again between the hashing and the reading is hashed
// and read again: what is read is what the recorded hash covers.
func TestAWorkbookSavedWhileRead(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	base := filepath.Join("..", "..", "inputs", "2018")
	june, _ := os.ReadFile(filepath.Join(base, "06", "Laporan_SEK_Juni_2018.xlsx"))
	july, _ := os.ReadFile(filepath.Join(base, "07", "Laporan_SEK_Juli_2018.xlsx"))
	p := filepath.Join(dir, "Laporan_SEK.xlsx")
	os.WriteFile(p, june, 0o644)
	db := RawWarehouse(t)
	var log finding.Log
	files, err := inputs.Discover(dir, &log)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(p, july, 0o644) // saved again, July over June
	later := files[0].ModTime.Add(2 * time.Second)
	os.Chtimes(p, later, later)
	var got FileResult
	if err := Read(ctx, db, files, Options{Readers: 1, Read: func(i int, res FileResult, _ []finding.Finding) { got = res }}); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(july)
	if got.File.Status != inputs.Read || got.File.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("read %s with hash %s, want July's %x", got.File.Status, got.File.SHA256, sum)
	}
	var cells int
	db.QueryRowContext(ctx, `SELECT count(*) FROM raw.cells`).Scan(&cells)
	if cells != got.Cells || cells == 0 {
		t.Errorf("raw.cells holds %d cells, the read %d: the first read's rows were not dropped", cells, got.Cells)
	}
}

// Two sheets whose names differ only in a NIK are kept apart: the masked
// names are numbered, so each export row keeps a place of its own and a
// repeat across the two sheets folds to one whole row.
func TestSheetsNamedAlikeOnceMaskedKeepTheirPlaces(t *testing.T) {
	if got := StoredSheetNames([]string{"Ekspor 3374010101900001", "Ekspor 3374010101900002", "Ringkasan"}); strings.Join(got, "|") !=
		"Ekspor 337401**********|Ekspor 337401********** (2)|Ringkasan" {
		t.Errorf("stored sheet names: %q", got)
	}
	ctx := context.Background()
	dir := t.TempDir()
	x := excelize.NewFile()
	rows := [][]any{
		{"No. Izin", "Tanggal Terbit", "No. KTP", "Nama Pelaku Usaha", "Kec."},
		{"503/00001/IUMK/2018", "02/01/2018", "3374015508900004", "Sri Wahyuni", "Semarang Tengah"},
		{"503/00002/IUMK/2018", "03/01/2018", "3374011203850002", "Budi Santoso", "Gayamsari"},
	}
	for i, name := range []string{"Ekspor 3374010101900001", "Ekspor 3374010101900002"} {
		if i == 0 {
			x.SetSheetName("Sheet1", name)
		} else {
			x.NewSheet(name)
		}
		for r, row := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			x.SetSheetRow(name, cell, &row)
		}
	}
	if err := x.SaveAs(filepath.Join(dir, "ekspor.xlsx")); err != nil {
		t.Fatal(err)
	}
	db := RawWarehouse(t)
	var log finding.Log
	files, err := inputs.Discover(dir, &log)
	if err != nil {
		t.Fatal(err)
	}
	if err := Read(ctx, db, files, Options{Readers: 1, Key: ijus.Key("kunci-rahasia-untuk-uji-ingest-cukup-panjang")}); err != nil {
		t.Fatal(err)
	}
	var all, places, whole, narrow int
	db.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT (sheet, row_no)) FROM raw.ijus`).Scan(&all, &places)
	db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM raw.ijus_isi), (SELECT count(*) FROM raw.ijus_sama)`).Scan(&whole, &narrow)
	if all != 4 || places != 4 || whole != 2 || narrow != 2 {
		t.Errorf("rows %d at %d places, %d whole and %d repeats; want 4 rows at 4 places, 2 whole, 2 repeats", all, places, whole, narrow)
	}
}
