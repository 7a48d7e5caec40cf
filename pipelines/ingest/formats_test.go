package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/ingest"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/office"
	"kinerja/pipelines/pipeline"
	"kinerja/pipelines/sheet/sheettest"
)

// sampleReports are reports of the bundled sample year: several units and
// months, hand edits among them (PUM's March headers moved down, PKK's
// April numbers typed as text, P2K's renamed columns in May, Keuangan's
// "Rp" text in September).
var sampleReports = []string{
	"03/Laporan_PUM_Maret_2018.xlsx", "04/Laporan_PKK_April_2018.xlsx", "05/Laporan_P2K_Mei_2018.xlsx",
	"06/Laporan_SEK_Juni_2018.xlsx", "09/Laporan_KEU_September_2018.xlsx", "10/Laporan_P2K_Oktober_2018.xlsx",
}

// readFolder reads a folder as a run does — converting what needs it —
// into a fresh warehouse, and returns what raw holds of it, file by file,
// by file name without its extension.
func readFolder(t *testing.T, dir string) map[string][]string {
	t.Helper()
	ctx := context.Background()
	db := ingest.RawWarehouse(t)
	var log finding.Log
	files, err := inputs.Discover(dir, &log)
	if err != nil {
		t.Fatal(err)
	}
	if err := ingest.Convert(ctx, files, t.TempDir(), &log, nil); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Status != inputs.Read {
			t.Fatalf("%s: %s (%s) %v", f.Path, f.Status, f.Note, log.All())
		}
	}
	paths := map[int]string{}
	for _, f := range files {
		paths[f.ID] = strings.TrimSuffix(f.Path, filepath.Ext(f.Path))
	}
	if err := ingest.Read(ctx, db, files, ingest.Options{Forms: pipeline.Forms(), Readers: 2}); err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, q := range []string{
		`SELECT file_id, 'formula ' || sheet || '!' || cell FROM raw.cells WHERE formula IS NOT NULL`,
		`SELECT file_id, 'value ' || sheet || '!' || cell || ' ' || form || '.' || field || coalesce('@' || year, '') || ' = ' || coalesce(CAST(num AS VARCHAR), '∅') || coalesce(' ' || unit, '') || CASE WHEN percent THEN ' %' ELSE '' END || ' ' || status || ' «' || raw_text || '»' FROM raw.values`,
		`SELECT file_id, 'row ' || sheet || '!' || row_no || ' ' || form || ' ' || row_kind || ' ' || coalesce(row_key, '') || ' ' || coalesce(label, '') FROM raw.rows`,
		`SELECT file_id, 'identity ' || source || ' ' || key || '=' || coalesce(value, '') FROM raw.identity`,
		`SELECT file_id, 'sheet ' || sheet || ' ' || coalesce(form, '-') FROM raw.sheets`,
	} {
		rows, err := db.QueryContext(ctx, q+` ORDER BY ALL`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id int
			var s string
			if err := rows.Scan(&id, &s); err != nil {
				t.Fatal(err)
			}
			out[paths[id]] = append(out[paths[id]], s)
		}
		rows.Close()
	}
	return out
}

// A report saved as .xls and as .ods by LibreOffice, as an office saves
// it, reads to exactly
// what its .xlsx reads to: every value with its sheet,
// cell, field, number and status, every form row, every identity clue.
func TestXLSAndODSReadAsTheirXLSX(t *testing.T) {
	soffice, err := office.Find()
	if err != nil {
		t.Skipf("%v: .xls and .ods are read through LibreOffice; .ci/run installs it", err)
	}
	base := filepath.Join("..", "..", "inputs", "2018")
	xlsx := t.TempDir()
	var sources []string
	for _, r := range sampleReports {
		b, err := os.ReadFile(filepath.Join(base, r))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(xlsx, filepath.Base(r))
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		sources = append(sources, p)
	}
	want := readFolder(t, xlsx)
	if len(want) != len(sampleReports) {
		t.Fatalf("read %d of %d reports", len(want), len(sampleReports))
	}
	for _, format := range []string{"xls", "ods"} {
		dir := t.TempDir()
		if err := office.Convert(context.Background(), soffice, format, dir, sources); err != nil {
			t.Fatal(err)
		}
		got := readFolder(t, dir)
		for name, rows := range want {
			// A formula's value is what the spreadsheet program computes:
			// where the sample's .xlsx holds a JUMLAH whose summed cells
			// were typed as text, LibreOffice (as Excel) shows 0, not the
			// value the generator stored. Only such formula cells may
			// differ, and they are counted.
			formula := map[string]bool{}
			for _, r := range rows {
				if c, ok := strings.CutPrefix(r, "formula "); ok {
					formula[c] = true
				}
			}
			recomputed := 0
			keep := func(lines []string) []string {
				var out []string
				for _, l := range lines {
					if formula[cellOf(l)] {
						recomputed++
						continue
					}
					out = append(out, l)
				}
				return out
			}
			missing, extra := keep(diff(rows, got[name])), keep(diff(got[name], rows))
			if len(missing)+len(extra) > 0 {
				t.Errorf("%s.%s: %d of %d lines differ from the .xlsx; missing %v; extra %v", name, format, len(missing), len(rows), head(missing), head(extra))
			}
			if recomputed > 2 {
				t.Errorf("%s.%s: %d formula values computed anew", name, format, recomputed/2)
			}
			if recomputed > 0 {
				t.Logf("%s.%s: %d formula value(s) as LibreOffice computes them", name, format, recomputed/2)
			}
		}
	}
}

func diff(a, b []string) []string {
	in := map[string]int{}
	for _, s := range b {
		in[s]++
	}
	var out []string
	for _, s := range a {
		if in[s] > 0 {
			in[s]--
			continue
		}
		out = append(out, s)
	}
	return out
}

func head(s []string) string {
	if len(s) > 6 {
		return fmt.Sprint(s[:6]) + fmt.Sprintf(" … %d more", len(s)-6)
	}
	return fmt.Sprint(s)
}

// cellOf is the "sheet!cell" of a value line ("value Realisasi Anggaran!E66 …").
func cellOf(line string) string {
	rest, ok := strings.CutPrefix(line, "value ")
	i := strings.Index(rest, "!")
	if !ok || i < 0 {
		return ""
	}
	j := strings.Index(rest[i:], " ")
	if j < 0 {
		return ""
	}
	return rest[:i+j]
}

// Where LibreOffice is not installed, an .xls or .ods is not skipped in
// silence: it fails with a finding that says how to have it read. A file
// named .ods or .xls that is none is refused before LibreOffice sees it.
func TestXLSAndODSWithoutLibreOffice(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join("..", "..", "inputs", "Pengaturan.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "Laporan_SEK_Januari_2019.ods"), append([]byte("PK\x03\x04"), src...), 0o644)
	os.WriteFile(filepath.Join(dir, "palsu.xls"), []byte("bukan spreadsheet"), 0o644)
	check := func(t *testing.T, name, note, phrase string) {
		t.Helper()
		var log finding.Log
		files, err := inputs.Discover(dir, &log)
		if err != nil {
			t.Fatal(err)
		}
		if err := ingest.Convert(context.Background(), files, t.TempDir(), &log, nil); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if f.Path != name {
				continue
			}
			if f.Status != inputs.Failed || !strings.Contains(f.Note, note) {
				t.Errorf("%s: %s (%s)", name, f.Status, f.Note)
			}
		}
		for _, x := range log.All() {
			if x.File == name && x.Rule == "baca.format" && strings.Contains(x.Message, phrase) {
				return
			}
		}
		t.Errorf("%s: no finding saying %q: %+v", name, phrase, log.All())
	}
	t.Run("no LibreOffice", func(t *testing.T) {
		t.Setenv("KINERJA_SOFFICE", filepath.Join(t.TempDir(), "tidak-ada-soffice"))
		check(t, "Laporan_SEK_Januari_2019.ods", "LibreOffice tidak terpasang", "Simpan ulang sebagai .xlsx")
	})
	t.Run("not an xls", func(t *testing.T) {
		if _, err := office.Find(); err != nil {
			t.Skipf("%v", err)
		}
		check(t, "palsu.xls", "bukan .xls sungguhan", "bukan spreadsheet .xls")
	})
}

// A recap a person adds to a report — the Realisasi rows copied into a
// "Rekap" sheet and summed as a pivot sums them, with its Grand Total — is
// noted and not read as more rows of the form: the report reads to the
// same values as without it.
func TestASummarySheetIsNotData(t *testing.T) {
	src := filepath.Join("..", "..", "inputs", "2018", "06", "Laporan_SEK_Juni_2018.xlsx")
	plain, withRecap := t.TempDir(), t.TempDir()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(plain, "Laporan_SEK_Juni_2018.xlsx"), b, 0o644)
	f, err := excelize.OpenFile(src)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Realisasi")
	f.NewSheet("Rekap")
	for i, r := range rows {
		cells := make([]any, len(r))
		for j, v := range r {
			cells[j] = v
		}
		f.SetSheetRow("Rekap", fmt.Sprintf("A%d", i+1), &cells)
	}
	f.SetSheetRow("Rekap", fmt.Sprintf("A%d", len(rows)+1), &[]any{"Grand Total", "", "", "", "", 55125000})
	if err := f.SaveAs(filepath.Join(withRecap, "Laporan_SEK_Juni_2018.xlsx")); err != nil {
		t.Fatal(err)
	}
	want, got := readFolder(t, plain)["Laporan_SEK_Juni_2018"], readFolder(t, withRecap)["Laporan_SEK_Juni_2018"]
	var values []string
	for _, l := range got {
		if !strings.HasPrefix(l, "sheet ") {
			values = append(values, l)
		}
	}
	var wantValues []string
	for _, l := range want {
		if !strings.HasPrefix(l, "sheet ") {
			wantValues = append(wantValues, l)
		}
	}
	if strings.Join(values, "\n") != strings.Join(wantValues, "\n") {
		t.Errorf("with a Rekap sheet: extra %v; missing %v", head(diff(values, wantValues)), head(diff(wantValues, values)))
	}
	if !slices.Contains(got, "sheet Rekap -") {
		t.Errorf("the Rekap sheet is not kept as a sheet of no form: %v", got)
	}
}

// A small workbook whose cells lie at the sheet's two far corners (A1 and
// XFD1048576) costs its two cells: the reading visits the cells that exist,
// never rows × columns, and the file is read with the rest.
func TestFarCornersCostTheirCells(t *testing.T) {
	dir := t.TempDir()
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", "TABEL 2.4 ANGGARAN DAN REALISASI PENDANAAN PELAYANAN")
	f.SetCellStr("Sheet1", "XFD1048576", "ujung")
	if err := f.SaveAs(filepath.Join(dir, "pojok.xlsx")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(filepath.Join(dir, "pojok.xlsx")); st.Size() > 16<<10 {
		t.Fatalf("the workbook is %d bytes", st.Size())
	}
	done := make(chan map[string][]string, 1)
	go func() { done <- readFolder(t, dir) }()
	select {
	case got := <-done:
		if !slices.Contains(got["pojok"], "sheet Sheet1 -") && !slices.Contains(got["pojok"], "sheet Sheet1 tabel24") {
			t.Errorf("the sheet: %v", got["pojok"])
		}
	case <-time.After(60 * time.Second):
		t.Fatal("a 2-cell workbook with a cell at XFD1048576 is still being read after 60 s")
	}
}

// A workbook over its budget — 100 MiB of real cells in a sheet, a table
// of shared texts of 100 MiB or of 1000 MiB, each declared honestly and
// compressed to a few MB — is refused within seconds with a finding that
// names the file, what was too large and the setting that allows it; the
// other files are read as without it.
func TestHonestGiantsAreRefusedInSeconds(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 1 GiB of shared texts")
	}
	for _, c := range []struct {
		name           string
		sheet, strings int
		what           string
	}{
		{"sel-100mib.xlsx", 100 << 20, 0, "lembar Sheet1"},
		{"teks-100mib.xlsx", 1 << 20, 100 << 20, "sharedStrings"},
		{"teks-1000mib.xlsx", 1 << 20, 1000 << 20, "sharedStrings"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			b, _ := os.ReadFile(filepath.Join("..", "..", "inputs", "2018", "06", "Laporan_SEK_Juni_2018.xlsx"))
			os.WriteFile(filepath.Join(dir, "Laporan_SEK_Juni_2018.xlsx"), b, 0o644)
			out, err := os.Create(filepath.Join(dir, c.name))
			if err != nil {
				t.Fatal(err)
			}
			if err := sheettest.HonestGiant(out, c.sheet, c.strings); err != nil {
				t.Fatal(err)
			}
			out.Close()
			ctx := context.Background()
			db := ingest.RawWarehouse(t)
			var log finding.Log
			files, _ := inputs.Discover(dir, &log)
			start := time.Now()
			var found []finding.Finding
			statuses := map[string]string{}
			if err := ingest.Read(ctx, db, files, ingest.Options{Forms: pipeline.Forms(), Readers: 2,
				Read: func(i int, res ingest.FileResult, fs []finding.Finding) {
					statuses[res.File.Path] = res.File.Status
					found = append(found, fs...)
				}}); err != nil {
				t.Fatal(err)
			}
			if took := time.Since(start); took > 60*time.Second {
				t.Errorf("%s took %v", c.name, took)
			}
			said := false
			for _, f := range found {
				said = said || (f.File == c.name && f.Rule == "baca.batas" && strings.Contains(f.Message, c.what) && strings.Contains(f.Message, "KINERJA_MAX_"))
			}
			if !said {
				t.Errorf("no finding names %s and its %s: %+v", c.name, c.what, found)
			}
			if statuses["Laporan_SEK_Juni_2018.xlsx"] != inputs.Read {
				t.Errorf("the report beside it: %s", statuses["Laporan_SEK_Juni_2018.xlsx"])
			}
			var n int
			db.QueryRowContext(ctx, `SELECT count(*) FROM raw.values v JOIN (SELECT 1) ON true`).Scan(&n)
			if n != 254 {
				t.Errorf("%d values read, want the report's 254", n)
			}
		})
	}
}
