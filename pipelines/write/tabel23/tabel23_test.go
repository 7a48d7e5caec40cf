package tabel23_test

import (
	"fmt"
	"strings"
	"testing"

	"kinerja/pipelines/report/reporttest"
	"kinerja/pipelines/write/tabel23"
)

// A window of three years: columns (1)…(14) under the form's headers, the
// targets of every year, "-" where there is no figure (never 0), the
// missing December said once, the Kepala's signature.
func TestWriteWindow(t *testing.T) {
	db := reporttest.Warehouse(t, `
		CREATE TABLE mart.windows AS SELECT 'tabel23' AS tabel, 2016 AS first_year, 2018 AS last_year`, `
		CREATE TABLE mart.tabel23 AS SELECT first_year, last_year, seq, no, indikator, persen, measure, year,
		       CAST(value AS DECIMAL(38,10)) AS value, CAST(published AS DECIMAL(38,10)) AS published, published_status, basis
		FROM (VALUES
			(2016, 2018, 1, '1', 'Prosentase koperasi aktif', true, 'target_ikk', NULL, 75, 75, 'ok', NULL),
			(2016, 2018, 1, '1', 'Prosentase koperasi aktif', true, 'target', 2016, 78.5, NULL, NULL, NULL),
			(2016, 2018, 1, '1', 'Prosentase koperasi aktif', true, 'target', 2017, 79, NULL, NULL, NULL),
			(2016, 2018, 1, '1', 'Prosentase koperasi aktif', true, 'target', 2018, 88.3, NULL, NULL, NULL),
			(2016, 2018, 1, '1', 'Prosentase koperasi aktif', true, 'realisasi', 2016, 78.5, 78.5, 'ok', NULL),
			(2016, 2018, 1, '1', 'Prosentase koperasi aktif', true, 'realisasi', 2018, 88.68, NULL, NULL, NULL),
			(2016, 2018, 1, '1', 'Prosentase koperasi aktif', true, 'rasio', 2018, 100.43, NULL, NULL, '88,68 ÷ 88,3'))
			t(first_year, last_year, seq, no, indikator, persen, measure, year, value, published, published_status, basis)`)
	f, _ := reporttest.Write(t, tabel23.Writer{}, db)
	rows, _ := f.GetRows("Tabel 2.3")
	nr := -1
	for i, r := range rows {
		if len(r) > 0 && r[0] == "(1)" {
			nr = i
		}
	}
	if nr < 0 || len(rows[nr]) != 14 || rows[nr][13] != "(14)" {
		t.Fatalf("column numbers %v", rows[nr])
	}
	if got := fmt.Sprint(rows[nr+1][:14]); got != "[1 Prosentase koperasi aktif - 75 - 78.5 79 88.3 78.5 - 88.68 - - 100.43]" {
		t.Errorf("row %s", got)
	}
	all := fmt.Sprint(rows)
	for _, w := range []string{"Target Renstra Perangkat Daerah Tahun", "Realisasi Capaian Tahun", "Rasio Capaian pada Tahun",
		"Realisasi tahun 2017 belum ada data", "Dra. UJI COBA", "NIP. 19610831 198503 2 008"} {
		if !strings.Contains(all, w) {
			t.Errorf("no %q", w)
		}
	}
	if strings.Contains(all, "kinerja") {
		t.Error("the footnote names the tool")
	}
}
