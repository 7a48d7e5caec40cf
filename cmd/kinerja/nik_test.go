package main

import (
	"archive/zip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/warehouse"
)

const plantedNIK = "3374011203900001"

// The same NIK as people type it: bare, in groups, and a second person's.
var plantedForms = []string{plantedNIK, "3374 0112 0390 0001", "3374-0112-0390-0001", "3374.0112.0390.0001", "3374011203900002"}

// holdsNIK names the first planted form text holds.
func holdsNIK(text string) string {
	for _, n := range plantedForms {
		if strings.Contains(text, n) {
			return n
		}
	}
	return ""
}

// NIK planted where careless hands put them — in a file's name, a folder's
// name, a sheet's name, the outputs folder's name, and typed in cells —
// reach nothing the run writes: no workbook part, no byte of the warehouse
// file nor any text in its tables, not the journal, not the log (text or
// JSON), not the summary.
func TestNoNIKInAnythingTheRunWrites(t *testing.T) {
	in := inputsDir(t)
	out := filepath.Join(t.TempDir(), "keluaran "+plantedNIK)
	for i, name := range []string{"KTP_" + plantedNIK + "_Budi.xlsx", "KTP_3374011203900002_Budi.xlsx",
		filepath.Join("arsip 3374.0112.0390.0001", "Pemilik_3374-0112-0390-0001.xlsx")} {
		f := excelize.NewFile()
		f.SetSheetName("Sheet1", plantedNIK)
		f.SetCellStr(plantedNIK, "A1", "Pemilik: 3374 0112 0390 0001")
		f.SetCellStr(plantedNIK, "A2", "Keterangan: NIK "+plantedNIK+" saksi 3374-0112-0390-0001")
		f.SetCellInt(plantedNIK, "B3", int64(i))
		if err := os.MkdirAll(filepath.Dir(filepath.Join(in, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := f.SaveAs(filepath.Join(in, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(in, "arsip 3374.0112.0390.0001", "catatan "+plantedNIK+".txt"), []byte("catatan"), 0o644); err != nil {
		t.Fatal(err)
	}
	// In forms that are read: a row's label of the published Tabel 2.4, its
	// title, and a licence export whose every column carries one.
	t24 := filepath.Join(in, "riwayat", "Tabel-2.4_2011-2016.xlsx")
	f, err := excelize.OpenFile(t24)
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellStr("Tabel 2.4", "B21", "Petugas: NIK "+plantedNIK)
	f.SetCellStr("Tabel 2.4", "B22", "Pemilik: 3374 0112 0390 0001")
	if err := f.SaveAs(t24); err != nil {
		t.Fatal(err)
	}
	export := "No. Izin,NIK,Nama Pemilik,Jenis Kelamin,Nama Usaha,Alamat,Kecamatan,Tanggal Terbit\n" +
		"IUMK-" + plantedNIK + "," + plantedNIK + ",Budi 3374-0112-0390-0001,L,Lumpia,Jl. " + plantedNIK + ",Mijen,3374.0112.0390.0001\n" +
		"IUMK-2," + "3374011203900002" + ",Siti,P,Batik,Jl. Pemuda,Tugu,12/03/2019\n"
	if err := os.WriteFile(filepath.Join(in, "ekspor-ijus.csv"), []byte(export), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-nik-di-mana-pun")
	var logs []string
	for _, format := range []string{"text", "json"} {
		code, stdout, stderr := runCLI("run", "--inputs", in, "--outputs", out, "--log", format, "--pdf=false")
		if code != 0 {
			t.Fatalf("run (%s logs): exit %d: %s", format, code, stderr)
		}
		logs = append(logs, stdout, stderr)
		if !strings.Contains(stderr, "KTP_337401**********_Budi.xlsx") || !strings.Contains(stderr, "KTP_337401**********_Budi (2).xlsx") {
			t.Errorf("%s log: the two files named with a NIK are not logged by their masked names:\n%s", format, stderr)
		}
	}
	for i, l := range logs {
		if n := holdsNIK(l); n != "" {
			t.Errorf("output %d of the runs holds %q:\n%s", i, n, l)
		}
	}
	err = filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Type()&os.ModeSymlink != 0 {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		if n := holdsNIK(string(b)); n != "" {
			t.Errorf("%s holds %q", rel, n)
		}
		if strings.HasSuffix(p, ".xlsx") {
			zr, err := zip.OpenReader(p)
			if err != nil {
				return err
			}
			defer zr.Close()
			for _, part := range zr.File {
				r, err := part.Open()
				if err != nil {
					return err
				}
				x, _ := io.ReadAll(r)
				r.Close()
				if n := holdsNIK(string(x)); n != "" {
					t.Errorf("%s, part %s, holds %q", rel, part.Name, n)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := warehouse.OpenReadOnly(ctx, filepath.Join(out, "kinerja.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT schema_name || '.' || table_name FROM duckdb_tables() ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		rows.Scan(&name)
		tables = append(tables, name)
	}
	rows.Close()
	for _, table := range tables {
		for _, nik := range plantedForms {
			var n int
			if err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+table+` t WHERE CAST(t AS VARCHAR) LIKE '%`+nik+`%'`).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n > 0 {
				t.Errorf("%s holds %q in %d rows", table, nik, n)
			}
		}
	}
	var exportRows, labels int
	db.QueryRowContext(ctx, `SELECT count(*) FROM raw.ijus`).Scan(&exportRows)
	db.QueryRowContext(ctx, `SELECT count(*) FROM raw.rows WHERE label LIKE 'Petugas: NIK 337401%' OR label LIKE 'Pemilik: 3374 01%'`).Scan(&labels)
	if exportRows != 2 || labels != 2 {
		t.Errorf("the planted forms were not read as such: %d export rows, %d table rows", exportRows, labels)
	}
	var kept []string
	rows, err = db.QueryContext(ctx, `SELECT path || ' ' || sha256 FROM raw.files WHERE path LIKE '%*%' ORDER BY path`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		rows.Scan(&s)
		kept = append(kept, s)
	}
	rows.Close()
	if len(kept) != 4 {
		t.Errorf("raw.files keeps the NIK-named files as %v, want four masked names with their hashes", kept)
	}
}
