package pipeline

import (
	"archive/zip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/inputs"
	"kinerja/pipelines/sheet/sheettest"
	"kinerja/pipelines/write/review"
	"kinerja/pipelines/write/tabel24"
)

const testNIK = "3374011203900001"

// spacedNIKs are the same NIK as people copy it from a KTP, in groups.
var spacedNIKs = []string{"3374 0112 0390 0001", "3374-0112-0390-0001"}

func hashTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		out[p] = hex.EncodeToString(sum[:]) + "/" + info.ModTime().String()
		return nil
	})
	return out
}

func editWorkbook(t *testing.T, path string, edit func(f *excelize.File)) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edit(f)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func TestBadInputIsAFindingAndTheRunGoesOn(t *testing.T) {
	in := copyInputs(t)
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("rusak.xlsx", []byte("PK\x03\x04 belum selesai disalin"))
	write("~$Tabel-2.4_2011-2016.xlsx", []byte("kunci"))
	write("lama.xls", []byte{0xd0, 0xcf, 0x11, 0xe0})
	if err := os.Symlink("/etc/passwd", filepath.Join(in, "tautan.csv")); err != nil {
		t.Fatal(err)
	}
	editWorkbook(t, filepath.Join(in, "riwayat", "Tabel-2.4_2011-2016.xlsx"), func(f *excelize.File) {
		f.SetCellStr("Tabel 2.4", "D7", "2.861.127.OOO") // 1.1 anggaran 2012: letter O for zero
		f.SetCellStr("Tabel 2.4", "P7", "9 8")           // 1.1 rasio 2012: not a number
		f.SetCellStr("Tabel 2.4", "N8", "N/A")           // 1.2 realisasi 2016: no value
		f.SetCellStr("Tabel 2.4", "H8", testNIK+"x")     // 1.2 anggaran 2016: a NIK typed by mistake
		f.SetCellStr("Tabel 2.4", "B21", "Petugas: NIK "+testNIK)
		f.SetCellStr("Tabel 2.4", "B22", "Pemilik: "+spacedNIKs[0]+"; saksi "+spacedNIKs[1])
		f.NewSheet("Catatan Bidang")
		f.SetCellStr("Catatan Bidang", "A1", "Rapat koordinasi tanggal 3 Juni")
	})
	other := excelize.NewFile()
	other.SetCellStr("Sheet1", "A1", "TABEL 2.4 ANGGARAN DAN REALISASI PENDANAAN PELAYANAN (draf)")
	other.SetCellStr("Sheet1", "A3", "belum diisi")
	if err := other.SaveAs(filepath.Join(in, "Laporan_PUM_Juni.xlsx")); err != nil {
		t.Fatal(err)
	}
	before := hashTree(t, in)

	out, sum := runOnce(t, in)

	if after := hashTree(t, in); len(after) != len(before) {
		t.Errorf("inputs folder changed: %d files before, %d after", len(before), len(after))
	} else {
		for p, h := range before {
			if after[p] != h {
				t.Errorf("input %s was modified", p)
			}
		}
	}
	status := map[string]string{}
	for _, f := range sum.Files {
		status[f.File.Path] = f.File.Status
	}
	for path, want := range map[string]string{
		"rusak.xlsx": inputs.Failed, "~$Tabel-2.4_2011-2016.xlsx": inputs.Skipped, "lama.xls": inputs.Failed, // not a real .xls: LibreOffice cannot open it
		"riwayat/Tabel-2.4_2011-2016.xlsx": inputs.Read, "renstra/Renstra_2016-2021.xlsx": inputs.Read,
	} {
		if status[path] != want {
			t.Errorf("%s: status %q, want %q", path, status[path], want)
		}
	}

	// Each problem is a finding with its place, in the warehouse and the review workbook.
	findings := query(t, out, `SELECT rule, coalesce(file, ''), coalesce(sheet, ''), coalesce(cell, ''), coalesce(raw_text, ''), message
		FROM mart.review WHERE kategori = 'Masukan' ORDER BY seq`)
	has := func(rule, file, sheet, cell, raw string) {
		t.Helper()
		for _, f := range findings {
			if f[0] == rule && f[1] == file && f[2] == sheet && f[3] == cell && (raw == "" || f[4] == raw) && f[5] != "" {
				return
			}
		}
		t.Errorf("no finding %s at %s!%s!%s (raw %q); findings: %v", rule, file, sheet, cell, raw, findings)
	}
	has("baca.angka", "riwayat/Tabel-2.4_2011-2016.xlsx", "Tabel 2.4", "D7", "2.861.127.OOO")
	has("baca.angka", "riwayat/Tabel-2.4_2011-2016.xlsx", "Tabel 2.4", "P7", "9 8")
	has("baca.angka", "riwayat/Tabel-2.4_2011-2016.xlsx", "Tabel 2.4", "H8", "337401**********x")
	has("baca.berkas", "rusak.xlsx", "", "", "")
	has("baca.kunci", "~$Tabel-2.4_2011-2016.xlsx", "", "", "")
	has("baca.format", "lama.xls", "", "", "")
	has("baca.berkas", "tautan.csv", "", "", "")
	if got := query(t, out, `SELECT status, note FROM raw.files WHERE path = 'tautan.csv'`); len(got) != 1 || got[0][0] != inputs.Skipped || !strings.Contains(got[0][1], "tautan simbolik") {
		t.Errorf("raw.files for the link: %v", got)
	}
	if n := query(t, out, `SELECT count(*) FROM raw.cells WHERE raw_text LIKE 'root:%'`); n[0][0] != "0" {
		t.Errorf("the link was followed: %s cells of /etc/passwd", n[0][0])
	}
	has("baca.lembar", "riwayat/Tabel-2.4_2011-2016.xlsx", "Catatan Bidang", "", "")
	has("baca.kepala", "Laporan_PUM_Juni.xlsx", "Sheet1", "", "")

	// Nothing unreadable or missing became zero.
	cells := query(t, out, `SELECT no, measure, year, coalesce(CAST(value AS VARCHAR), 'NULL'), published_status
		FROM mart.tabel24 WHERE (no = '1.1' AND year = 2012 AND measure IN ('anggaran', 'rasio'))
		   OR (no = '1.2' AND year = 2016 AND measure IN ('anggaran', 'realisasi', 'rasio')) ORDER BY no, measure`)
	want := [][]string{
		{"1.1", "anggaran", "2012", "NULL", "tidak_terbaca"},
		{"1.1", "rasio", "2012", "NULL", "tidak_terbaca"},
		{"1.2", "anggaran", "2016", "NULL", "tidak_terbaca"},
		{"1.2", "rasio", "2016", "NULL", "ok"},
		{"1.2", "realisasi", "2016", "NULL", "kosong"},
	}
	if len(cells) != len(want) {
		t.Fatalf("cells %v", cells)
	}
	for i := range want {
		if strings.Join(cells[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("mart.tabel24: %v, want %v", cells[i], want[i])
		}
	}
	// The published 2016 rasio of 1.2 (94) can no longer be recomputed: said so.
	flag := query(t, out, `SELECT severity, message FROM mart.review WHERE rule = 't24.rasio' AND baris LIKE '1.2 %' AND tahun = 2016`)
	if len(flag) != 1 || flag[0][0] != "tinggi" || !strings.Contains(flag[0][1], "tidak dapat dihitung ulang") {
		t.Errorf("1.2 rasio 2016 review: %v", flag)
	}
	// Growth of 1.1 still comes from its first and last years: 37.
	g := query(t, out, `SELECT CAST(value AS INTEGER) FROM mart.tabel24 WHERE first_year = 2011 AND no = '1.1' AND measure = 'pertumbuhan_anggaran'`)
	if len(g) != 1 || g[0][0] != "37" {
		t.Errorf("1.1 growth = %v, want 37", g)
	}
	// The rebuilt workbook shows the unreadable anggaran as an empty cell.
	gr := openGrid(t, wb(out, tabel24.FileName(2011, 2016)), "Tabel 2.4")
	if c := gr.At(7, 4); c != nil && c.Raw != "" {
		t.Errorf("D7 of the rebuilt table = %q, want empty", c.Raw)
	}
	// The Renstra was read all the same.
	if n := query(t, out, `SELECT count(*) FROM clean.program_kegiatan`); n[0][0] == "0" {
		t.Error("the Renstra was not read")
	}

	// A NIK never reaches a workbook, the warehouse's text, or a finding.
	for _, name := range sum.Workbooks {
		assertNoNIK(t, filepath.Join(out, name))
	}
	for _, table := range []string{"raw.cells", "raw.values", "raw.findings", "mart.review"} {
		for _, nik := range append([]string{testNIK}, spacedNIKs...) {
			n := query(t, out, `SELECT count(*) FROM `+table+` t WHERE CAST(t AS VARCHAR) LIKE '%`+nik+`%'`)
			if n[0][0] != "0" {
				t.Errorf("%s holds the NIK %q in %s rows", table, nik, n[0][0])
			}
		}
	}
	if n := query(t, out, `SELECT count(*) FROM raw.cells WHERE raw_text LIKE 'Pemilik: 3374 01** **** ****; saksi 3374-01**-****-****'`); n[0][0] != "1" {
		t.Errorf("the grouped NIK not masked as such: %v", n)
	}
}

// assertNoNIK scans every part of a workbook (sheets, shared strings,
// comments, properties) for the test NIK.
func assertNoNIK(t *testing.T, path string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		for _, nik := range append([]string{testNIK}, spacedNIKs...) {
			if strings.Contains(string(b), nik) {
				t.Errorf("%s: part %s contains a NIK", filepath.Base(path), f.Name)
			}
		}
	}
}

func TestSettingsChangeMethodAndWindows(t *testing.T) {
	in := copyInputs(t)
	editWorkbook(t, filepath.Join(in, "Pengaturan.xlsx"), func(f *excelize.File) {
		f.SetCellStr("Pengaturan", "B5", "cagr")
		f.SetCellStr("Pengaturan", "B6", "2011-2013; 2014-2016; abc")
		f.SetCellStr("Pengaturan", "A7", "warna_tema")
		f.SetCellStr("Pengaturan", "B7", "biru")
	})
	out, sum := runOnce(t, in)
	names := strings.Join(sum.Workbooks, ",")
	for _, w := range []string{"Tabel-2.3_Pencapaian-Kinerja-Pelayanan_2011-2013.xlsx", "Tabel-2.4_Anggaran-Realisasi-Pendanaan_2014-2016.xlsx", review.FileName} {
		if !strings.Contains(names, w) {
			t.Errorf("workbooks %s lack %s", names, w)
		}
	}
	if len(sum.Workbooks) != 5 {
		t.Errorf("want 2 windows × 2 tables + review, got %v", sum.Workbooks)
	}
	// CAGR of Gaji dan Tunjangan anggaran 2011→2013, truncated.
	want := int(math.Trunc((math.Pow(3238862000.0/2596602000.0, 1.0/2) - 1) * 100))
	got := query(t, out, `SELECT CAST(value AS INTEGER) FROM mart.tabel24 WHERE first_year = 2011 AND last_year = 2013 AND no = '1.1' AND measure = 'pertumbuhan_anggaran'`)
	if len(got) != 1 || got[0][0] != strconv.Itoa(want) {
		t.Errorf("CAGR 2011–2013 = %v, want %d", got, want)
	}
	// Published growth belongs to the 2011–2016 table: not compared in other windows.
	if n := query(t, out, `SELECT count(*) FROM mart.review WHERE rule = 't24.pertumbuhan'`); n[0][0] != "0" {
		t.Errorf("%s growth comparisons outside the published window", n[0][0])
	}
	for _, rule := range []string{"pengaturan.jendela", "pengaturan.kunci"} {
		if n := query(t, out, `SELECT count(*) FROM mart.review WHERE rule = ?`, rule); n[0][0] != "1" {
			t.Errorf("%s findings: %s, want 1", rule, n[0][0])
		}
	}

	t.Run("unknown method falls back to the default", func(t *testing.T) {
		in := copyInputs(t)
		editWorkbook(t, filepath.Join(in, "Pengaturan.xlsx"), func(f *excelize.File) {
			f.SetCellStr("Pengaturan", "B5", "median")
		})
		out, _ := runOnce(t, in)
		if m := query(t, out, `SELECT metode_pertumbuhan FROM mart.laporan`); m[0][0] != "awal_akhir" {
			t.Errorf("method %v, want the default awal_akhir", m)
		}
		f := query(t, out, `SELECT file, sheet, cell, raw_text FROM mart.review WHERE rule = 'pengaturan.nilai'`)
		if len(f) != 1 || f[0][0] != "Pengaturan.xlsx" || f[0][2] != "B5" || f[0][3] != "median" {
			t.Errorf("pengaturan.nilai finding: %v", f)
		}
	})

	t.Run("no settings workbook: defaults, windows from the data", func(t *testing.T) {
		in := copyInputs(t)
		os.Remove(filepath.Join(in, "Pengaturan.xlsx"))
		_, sum := runOnce(t, in)
		if len(sum.Workbooks) != 3 || !strings.Contains(strings.Join(sum.Workbooks, ","), "_2011-2016.xlsx") {
			t.Errorf("workbooks %v, want the 2011–2016 window from the data", sum.Workbooks)
		}
	})
}

// TestPadananPairsRows: a planner's pairing in Pengaturan (sheet Padanan)
// lets a Tabel 2.4 row be compared with the Renstra program it is, though
// the names differ; a pairing that names no program or no published row is
// a finding and is ignored; without the sheet, such rows go uncompared.
func TestPadananPairsRows(t *testing.T) {
	const silang26 = `SELECT CAST(realisasi_t24 AS BIGINT), CAST(rp_t61 AS BIGINT), kode FROM calc.review_silang WHERE no = '2.6'`
	in := copyInputs(t)
	out, _ := runOnce(t, in)
	if got := query(t, out, silang26); len(got) != 1 || got[0][0] != "3271770760" || got[0][1] != "3415887760" || got[0][2] != "1.2.11.1.2.11.01.17" {
		t.Errorf("row 2.6 against Tabel 6.1 program 17: %v", got)
	}
	if n := query(t, out, `SELECT count(*) FROM mart.review WHERE rule = 'pengaturan.padanan'`); n[0][0] != "0" {
		t.Errorf("%s padanan findings on the bundled settings", n[0][0])
	}

	t.Run("bad pairings are findings and ignored", func(t *testing.T) {
		in := copyInputs(t)
		editWorkbook(t, filepath.Join(in, "Pengaturan.xlsx"), func(f *excelize.File) {
			f.SetCellStr("Padanan", "B5", "1.2.11.9.99")
			f.SetCellStr("Padanan", "A6", "Prog. Yang Tidak Pernah Terbit")
		})
		out, _ := runOnce(t, in)
		got := query(t, out, `SELECT cell, raw_text FROM mart.review WHERE rule = 'pengaturan.padanan' ORDER BY cell`)
		if len(got) != 2 || got[0][0] != "A6" || got[0][1] != "Prog. Yang Tidak Pernah Terbit" || got[1][0] != "B5" || got[1][1] != "1.2.11.9.99" {
			t.Errorf("padanan findings: %v", got)
		}
		if got := query(t, out, silang26); len(got) != 1 {
			t.Errorf("the intact pairing of row 2.6 should still hold: %v", got)
		}
	})

	t.Run("without pairings the row is not compared", func(t *testing.T) {
		in := copyInputs(t)
		editWorkbook(t, filepath.Join(in, "Pengaturan.xlsx"), func(f *excelize.File) {
			if err := f.DeleteSheet("Padanan"); err != nil {
				t.Fatal(err)
			}
		})
		out, _ := runOnce(t, in)
		if got := query(t, out, silang26); len(got) != 0 {
			t.Errorf("row 2.6 compared without a pairing: %v", got)
		}
		if got := query(t, out, `SELECT count(*) FROM calc.review_silang`); got[0][0] != "2" {
			t.Errorf("comparisons by name: %v, want the two Belanja Tidak Langsung rows", got)
		}
	})
}

// TestZipBombsAreRefusedAndTheRunGoesOn: a workbook that claims to unpack
// to 20 GiB and one whose sheet inflates far past what it claims are each
// refused with a finding naming the file; the run reads the rest and writes
// its workbooks.
func TestZipBombsAreRefusedAndTheRunGoesOn(t *testing.T) {
	in := copyInputs(t)
	bombs := map[string][]byte{
		"Laporan_PUM_Juni_2018.xlsx": sheettest.ClaimingBomb(20 << 30),
		"Laporan_SEK_Juni_2018.xlsx": sheettest.InflatingBomb(256 << 20),
	}
	for name, b := range bombs {
		if err := os.WriteFile(filepath.Join(in, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, sum := runOnce(t, in)
	got := query(t, out, `SELECT file, severity, message FROM mart.review WHERE rule = 'baca.berkas' ORDER BY file`)
	if len(got) != 2 {
		t.Fatalf("findings for the bombs: %v", got)
	}
	for _, f := range got {
		if bombs[f[0]] == nil || f[1] != "sedang" || !strings.Contains(f[2], "terlalu besar") {
			t.Errorf("finding %v; want each bomb refused as too large", f)
		}
	}
	for _, f := range sum.Files {
		if bombs[f.File.Path] != nil && (f.File.Status != inputs.Failed || f.Cells != 0) {
			t.Errorf("%s: status %s, %d cells read", f.File.Path, f.File.Status, f.Cells)
		}
	}
	if len(sum.Workbooks) != 5 {
		t.Errorf("workbooks %v: the run should go on with the other inputs", sum.Workbooks)
	}
}
