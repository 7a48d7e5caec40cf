package tabel24_test

import (
	"fmt"
	"strings"
	"testing"

	"kinerja/pipelines/report/reporttest"
	"kinerja/pipelines/write/tabel24"
)

// A window whose published rows skip numbers and whose middle year has no
// data: the rows are numbered in order, the empty year and the growth's
// span are said in notes, columns are numbered, the Kepala signs.
func TestWriteWindow(t *testing.T) {
	db := reporttest.Warehouse(t, `
		CREATE TABLE mart.windows AS SELECT 'tabel24' AS tabel, 2016 AS first_year, 2018 AS last_year`, `
		CREATE TABLE mart.tabel24_sections AS SELECT * FROM (VALUES
			(2016, 2018, 1, 'I', 'BELANJA TIDAK LANGSUNG'), (2016, 2018, 3, 'II', 'BELANJA LANGSUNG'))
			t(first_year, last_year, seq, no, uraian)`, `
		CREATE TABLE mart.tabel24 AS SELECT first_year, last_year, seq, no, uraian, measure, year,
		       CAST(value AS DECIMAL(38,10)) AS value, CAST(published AS DECIMAL(38,10)) AS published, published_status, basis
		FROM (VALUES
			(2016, 2018, 2, '1.1', 'Gaji dan Tunjangan', 'anggaran', 2016, 100, 100, 'ok', NULL),
			(2016, 2018, 2, '1.1', 'Gaji dan Tunjangan', 'anggaran', 2018, 150, NULL, NULL, NULL),
			(2016, 2018, 2, '1.1', 'Gaji dan Tunjangan', 'realisasi', 2016, 90, 90, 'ok', NULL),
			(2016, 2018, 2, '1.1', 'Gaji dan Tunjangan', 'rasio', 2016, 90, 90, 'ok', '90 ÷ 100'),
			(2016, 2018, 2, '1.1', 'Gaji dan Tunjangan', 'pertumbuhan_anggaran', NULL, 50, NULL, NULL, NULL),
			(2016, 2018, 4, '2.3', 'Prog. Pelayanan Administrasi', 'anggaran', 2016, 200, 200, 'ok', NULL),
			(2016, 2018, 5, '2.7', 'Prog. Kelembagaan Koperasi', 'anggaran', 2018, 300, NULL, NULL, NULL),
			(2016, 2018, 5, '2.7', 'Prog. Kelembagaan Koperasi', 'rasio', 2018, 97, 96, 'ok', 'dipotong'))
			t(first_year, last_year, seq, no, uraian, measure, year, value, published, published_status, basis)`)
	f, name := reporttest.Write(t, tabel24.Writer{}, db)
	if name != tabel24.FileName(2016, 2018) {
		t.Errorf("wrote %s", name)
	}
	rows, _ := f.GetRows("Tabel 2.4")
	text := func(r, c int) string {
		if r-1 < len(rows) && c-1 < len(rows[r-1]) {
			return rows[r-1][c-1]
		}
		return ""
	}
	nr := 0
	for r := 1; r <= len(rows); r++ {
		if text(r, 1) == "(1)" {
			nr = r
		}
	}
	if nr == 0 {
		t.Fatal("no column-number row")
	}
	for c := 1; c <= 13; c++ {
		if got := text(nr, c); got != fmt.Sprintf("(%d)", c) {
			t.Errorf("column %d numbered %q", c, got)
		}
	}
	var nos []string
	for r := nr + 1; r <= nr+5; r++ {
		nos = append(nos, text(r, 1)+" "+text(r, 2))
	}
	if want := "[I BELANJA TIDAK LANGSUNG 1.1 Gaji dan Tunjangan II BELANJA LANGSUNG 2.1 Prog. Pelayanan Administrasi 2.2 Prog. Kelembagaan Koperasi]"; fmt.Sprint(nos) != want {
		t.Errorf("rows %v, want %s", nos, want)
	}
	all := fmt.Sprint(rows)
	for _, w := range []string{"Tahun 2017: belum ada data", "di tabel ini atas tahun 2016–2018", "Nomor baris berurutan", "Dra. UJI COBA", "NIP. 19610831 198503 2 008", "Semarang, 2 Januari 2019"} {
		if !strings.Contains(all, w) {
			t.Errorf("no %q", w)
		}
	}
	if strings.Contains(all, "awal_akhir") {
		t.Error("the growth method printed by its setting's name")
	}
	// the flagged rasio (97 recomputed, 96 published) carries its comment
	comments, _ := f.GetComments("Tabel 2.4")
	if len(comments) != 1 || !strings.Contains(comments[0].Paragraph[0].Text, "Terbit: 96") {
		t.Errorf("comments %v", comments)
	}
}
