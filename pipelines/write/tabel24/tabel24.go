// Package tabel24 writes Tabel 2.4, Anggaran dan Realisasi Pendanaan
// Pelayanan (Permendagri 86/2017 form T-C.24), one workbook per review
// window, column for column as the Renstra prints it, from mart.tabel24.
package tabel24

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"kinerja/pipelines/report"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/xlsx"
)

// Writer writes the Tabel 2.4 workbooks.
type Writer struct{}

// Name names the writer in logs.
func (Writer) Name() string { return "tabel24" }

// FileName is the workbook's name for a window.
func FileName(first, last int) string {
	return fmt.Sprintf("Tabel-2.4_Anggaran-Realisasi-Pendanaan_%d-%d.xlsx", first, last)
}

type row struct {
	seq        int
	section    bool
	no, uraian string
	cells      map[string]xlsx.Figure // measure/year
}

// Write writes one workbook per window of mart.windows.
func (Writer) Write(ctx context.Context, db *warehouse.DB, dir string) ([]string, error) {
	return report.EachWindow(ctx, db, "tabel24", func(lap report.Laporan, w report.Window) (string, error) {
		rows, err := load(ctx, db, w.First, w.Last)
		if err != nil || len(rows) == 0 {
			return "", err
		}
		name := FileName(w.First, w.Last)
		if err := write(dir, name, lap, w.First, w.Last, rows); err != nil {
			return "", fmt.Errorf("%s: %w", name, err)
		}
		return name, nil
	})
}

func load(ctx context.Context, db *warehouse.DB, first, last int) ([]*row, error) {
	q, err := db.QueryContext(ctx, `
		SELECT seq, true, no, uraian, NULL, NULL, NULL, NULL, NULL, NULL
		FROM mart.tabel24_sections WHERE first_year = ? AND last_year = ?
		UNION ALL
		SELECT seq, false, no, uraian, measure, year,
		       CAST(value AS VARCHAR), CAST(published AS VARCHAR), published_status, basis
		FROM mart.tabel24 WHERE first_year = ? AND last_year = ?
		ORDER BY 1, 5, 6`, first, last, first, last)
	if err != nil {
		return nil, fmt.Errorf("mart.tabel24: %w", err)
	}
	defer q.Close()
	var rows []*row
	bySeq := map[int]*row{}
	for q.Next() {
		var seq int
		var section bool
		var no, uraian string
		var measure sql.NullString
		var year sql.NullInt64
		var c xlsx.Figure
		if err := q.Scan(&seq, &section, &no, &uraian, &measure, &year, &c.Value, &c.Published, &c.Status, &c.Basis); err != nil {
			return nil, err
		}
		r := bySeq[seq]
		if r == nil {
			r = &row{seq: seq, section: section, no: no, uraian: uraian, cells: map[string]xlsx.Figure{}}
			bySeq[seq] = r
			rows = append(rows, r)
		}
		if measure.Valid {
			r.cells[key(measure.String, int(year.Int64))] = c
		}
	}
	return rows, q.Err()
}

func key(measure string, year int) string { return measure + "/" + strconv.Itoa(year) }

// Metode says a growth method in words, for print.
func Metode(m string) string {
	switch m {
	case "rata_rata_tahunan":
		return "rata-rata pertumbuhan dari tahun ke tahun"
	case "cagr":
		return "pertumbuhan majemuk tahunan (CAGR) dari tahun pertama sampai tahun terakhir yang berdata"
	}
	return "(tahun terakhir yang berdata − tahun pertama yang berdata) ÷ tahun pertama × 100, dipotong ke bilangan bulat"
}

// dataYears are the first and last year of the window with any anggaran or
// realisasi, and the years between without any.
func dataYears(rows []*row, first, last int) (from, to int, gaps []string) {
	has := map[int]bool{}
	for _, r := range rows {
		for y := first; y <= last; y++ {
			if r.cells[key("anggaran", y)].Value.Valid || r.cells[key("realisasi", y)].Value.Valid {
				has[y] = true
			}
		}
	}
	for y := first; y <= last; y++ {
		if has[y] {
			if from == 0 {
				from = y
			}
			to = y
		}
	}
	for y := from; y > 0 && y < to; y++ {
		if !has[y] {
			gaps = append(gaps, strconv.Itoa(y))
		}
	}
	return from, to, gaps
}

// span says the years a growth figure covers in this window.
func span(from, to int) string {
	if from == 0 || to <= from {
		return ""
	}
	return fmt.Sprintf("; di tabel ini atas tahun %d–%d, tahun pertama sampai terakhir yang berdata", from, to)
}

// Columns is the form's header for a window, numbered (1), (2), …
func Columns(first, last int) []xlsx.Column {
	n := 0
	no := func() string { n++; return "(" + strconv.Itoa(n) + ")" }
	cols := []xlsx.Column{
		{Head: []string{"No"}, No: no(), Width: 6},
		{Head: []string{"Uraian"}, No: no(), Width: 40},
	}
	for _, g := range []struct {
		label string
		width float64
	}{{"Anggaran pada Tahun", 14}, {"Realisasi Anggaran pada Tahun", 14}, {"Rasio antara Realisasi dan Anggaran Tahun (%)", 6}} {
		for y := first; y <= last; y++ {
			cols = append(cols, xlsx.Column{Head: []string{g.label, strconv.Itoa(y)}, No: no(), Width: g.width})
		}
	}
	// the years it spans go in a note: a year in the header would read as a year column
	growth := "Rata-rata Pertumbuhan (%)"
	return append(cols, xlsx.Column{Head: []string{growth, "Anggaran"}, No: no(), Width: 10},
		xlsx.Column{Head: []string{growth, "Realisasi"}, No: no(), Width: 10})
}

func write(dir, name string, lap report.Laporan, first, last int, rows []*row) error {
	years := last - first + 1
	b, err := xlsx.New(fmt.Sprintf("Tabel 2.4 Anggaran dan Realisasi Pendanaan Pelayanan %d–%d", first, last), lap.PerangkatDaerah)
	if err != nil {
		return err
	}
	b.Paper = lap.Kertas
	sh, err := b.Sheet("Tabel 2.4")
	if err != nil {
		return err
	}
	from, to, gaps := dataYears(rows, first, last)
	cols := Columns(first, last)
	ncol := len(cols)
	const top = 4
	r := b.Form(sh, top, 2, cols, "Tabel 2.4 Anggaran dan Realisasi Pendanaan Pelayanan "+lap.PerangkatDaerah, fmt.Sprintf("Tahun %d–%d", first, last))
	headerLast := r - 1
	section, item, renumbered := 0, 0, false
	for _, row := range rows {
		if row.section {
			section++
			item = 0
			b.Str(sh, 1, r, row.no, xlsx.Section)
			b.Str(sh, 2, r, row.uraian, xlsx.Section)
			b.Style(sh, 3, r, ncol, r, xlsx.Section)
			r++
			continue
		}
		// rows numbered in order: a published row with no figure in these
		// years is not listed, and leaves no gap
		item++
		no := row.no
		if section > 0 {
			no = strconv.Itoa(section) + "." + strconv.Itoa(item)
			renumbered = renumbered || no != row.no
		}
		b.Str(sh, 1, r, no, xlsx.Text)
		b.Str(sh, 2, r, row.uraian, xlsx.Text)
		for i := 0; i < years; i++ {
			y := first + i
			for m, measure := range []string{"anggaran", "realisasi", "rasio"} {
				style := xlsx.Rupiah
				if measure == "rasio" {
					style = xlsx.Int
				}
				b.Figure(sh, 3+m*years+i, r, row.cells[key(measure, y)], style, "")
			}
		}
		for i, measure := range []string{"pertumbuhan_anggaran", "pertumbuhan_realisasi"} {
			b.Figure(sh, 3+3*years+i, r, row.cells[key(measure, 0)], xlsx.Int, "")
		}
		r++
	}
	notes := []string{
		"Sumber data: " + lap.PerangkatDaerah + ".",
		"Rasio = realisasi ÷ anggaran × 100, dipotong ke bilangan bulat. Rata-rata pertumbuhan = " + Metode(lap.MetodePertumbuhan) + span(from, to) + ".",
		"Sel berlatar kuning: angka yang dihitung ulang berbeda dari angka terbitan; keterangan pada sel dan di workbook Review-Kinerja.",
	}
	if len(gaps) > 0 {
		notes = append(notes, "Tahun "+strings.Join(gaps, ", ")+": belum ada data anggaran dan realisasi di masukan (laporan Desember tahun itu tidak ada); kolomnya dibiarkan kosong, bukan 0.")
	}
	if to > 0 && to < last {
		notes = append(notes, fmt.Sprintf("Tahun %d–%d belum berjalan atau belum dilaporkan.", to+1, last))
	}
	if renumbered {
		notes = append(notes, "Nomor baris berurutan di tabel ini; baris terbitan yang tidak berangka pada tahun-tahun ini tidak dicantumkan. Workbook Review-Kinerja menyebut baris dengan nomor dan nama terbitannya.")
	}
	r = b.Remarks(sh, r+1, 1, ncol, notes...)
	page := b.FirstPageCols(sh)
	b.Signatures(sh, r+1, [][2]int{{max(3, page-4), page}}, []xlsx.Signer{
		lap.Kepala.With(lap.TempatTanggal()),
	})
	b.Print(sh, xlsx.PrintSetup{HeaderFirst: top, HeaderLast: headerLast, FreezeCols: 2,
		Footer: fmt.Sprintf("Tabel 2.4 %d–%d — %s", first, last, lap.PerangkatDaerah)})
	return b.Save(dir, name)
}
