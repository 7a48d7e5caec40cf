// Package tabel23 writes Tabel 2.3, Review Pencapaian Kinerja Pelayanan
// (Permendagri 86/2017 form T-C.23), one workbook per review window, column
// for column as the Renstra prints it, from mart.tabel23.
package tabel23

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"kinerja/pipelines/report"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/xlsx"
)

// Writer writes the Tabel 2.3 workbooks.
type Writer struct{}

// Name names the writer in logs.
func (Writer) Name() string { return "tabel23" }

// FileName is the workbook's name for a window.
func FileName(first, last int) string {
	return fmt.Sprintf("Tabel-2.3_Pencapaian-Kinerja-Pelayanan_%d-%d.xlsx", first, last)
}

type row struct {
	seq           int
	no, indikator string
	persen        bool
	cells         map[string]xlsx.Figure
}

// Write writes one workbook per window of mart.windows.
func (Writer) Write(ctx context.Context, db *warehouse.DB, dir string) ([]string, error) {
	return report.EachWindow(ctx, db, "tabel23", func(lap report.Laporan, w report.Window) (string, error) {
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
		SELECT seq, no, indikator, persen, measure, coalesce(year, 0),
		       CAST(value AS VARCHAR), CAST(published AS VARCHAR), published_status, basis
		FROM mart.tabel23 WHERE first_year = ? AND last_year = ?
		ORDER BY seq, measure, year`, first, last)
	if err != nil {
		return nil, fmt.Errorf("mart.tabel23: %w", err)
	}
	defer q.Close()
	var rows []*row
	bySeq := map[int]*row{}
	for q.Next() {
		var r row
		var measure string
		var year int
		var c xlsx.Figure
		if err := q.Scan(&r.seq, &r.no, &r.indikator, &r.persen, &measure, &year, &c.Value, &c.Published, &c.Status, &c.Basis); err != nil {
			return nil, err
		}
		cur := bySeq[r.seq]
		if cur == nil {
			r.cells = map[string]xlsx.Figure{}
			cur = &r
			bySeq[r.seq] = cur
			rows = append(rows, cur)
		}
		cur.cells[key(measure, year)] = c
	}
	return rows, q.Err()
}

func key(measure string, year int) string { return measure + "/" + strconv.Itoa(year) }

// Columns is the form's header for a window of years: No, the indicator,
// the three kinds of target, then target, realisasi and rasio for each
// year, numbered (1), (2), … as the form numbers them.
func Columns(first, last int) []xlsx.Column {
	n := 0
	no := func() string { n++; return "(" + strconv.Itoa(n) + ")" }
	cols := []xlsx.Column{
		{Head: []string{"No"}, No: no(), Width: 5},
		{Head: []string{"Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah"}, No: no(), Width: 32},
		{Head: []string{"Target SPM"}, No: no(), Width: 7},
		{Head: []string{"Target IKK"}, No: no(), Width: 7},
		{Head: []string{"Target Indikator Lainnya"}, No: no(), Width: 8},
	}
	for _, group := range []string{"Target Renstra Perangkat Daerah Tahun", "Realisasi Capaian Tahun", "Rasio Capaian pada Tahun"} {
		for y := first; y <= last; y++ {
			cols = append(cols, xlsx.Column{Head: []string{group, strconv.Itoa(y)}, No: no(), Width: 7})
		}
	}
	return cols
}

func write(dir, name string, lap report.Laporan, first, last int, rows []*row) error {
	years := last - first + 1
	b, err := xlsx.New(fmt.Sprintf("Tabel 2.3 Review Pencapaian Kinerja Pelayanan %d–%d", first, last), lap.PerangkatDaerah)
	if err != nil {
		return err
	}
	b.Paper = lap.Kertas
	sh, err := b.Sheet("Tabel 2.3")
	if err != nil {
		return err
	}
	cols := Columns(first, last)
	ncol := len(cols)
	const top = 4
	r := b.Form(sh, top, 2, cols, "Tabel 2.3 Review Pencapaian Kinerja Pelayanan "+lap.PerangkatDaerah, fmt.Sprintf("Tahun %d–%d", first, last))
	headerLast := r - 1
	for _, row := range rows {
		style := xlsx.Int
		if row.persen {
			style = xlsx.Percent
		}
		b.Str(sh, 1, r, row.no, xlsx.Text)
		b.Str(sh, 2, r, row.indikator, xlsx.Text)
		for i, m := range []string{"target_spm", "target_ikk", "target_lainnya"} {
			b.Figure(sh, 3+i, r, row.cells[key(m, 0)], style, "-")
		}
		for i := 0; i < years; i++ {
			y := first + i
			b.Figure(sh, 6+i, r, row.cells[key("target", y)], style, "-")
			b.Figure(sh, 6+years+i, r, row.cells[key("realisasi", y)], style, "-")
			b.Figure(sh, 6+2*years+i, r, row.cells[key("rasio", y)], xlsx.Dec2, "-")
		}
		r++
	}
	notes := []string{
		"Sumber data: " + lap.PerangkatDaerah + ".",
		"Rasio capaian = realisasi ÷ target × 100, dibulatkan dua desimal. \"-\" = tidak ada data (bukan 0).",
		"Sel berlatar kuning: angka yang dihitung ulang berbeda dari angka terbitan; keterangan pada sel dan di workbook Review-Kinerja.",
	}
	if missing := missingYears(rows, first, last); missing != "" {
		notes = append(notes, "Realisasi tahun "+missing+" belum ada data (laporan bulan Desember tahun itu tidak ada di masukan).")
	}
	r = b.Remarks(sh, r+1, 1, ncol, notes...)
	page := b.FirstPageCols(sh)
	b.Signatures(sh, r+1, [][2]int{{max(3, page-6), page}}, []xlsx.Signer{
		lap.Kepala.With(lap.TempatTanggal()),
	})
	b.Print(sh, xlsx.PrintSetup{HeaderFirst: top, HeaderLast: headerLast, FreezeCols: 2,
		Footer: fmt.Sprintf("Tabel 2.3 %d–%d — %s", first, last, lap.PerangkatDaerah)})
	return b.Save(dir, name)
}

// missingYears names the years of the window after the published ones for
// which no row has a realisasi: their December reports did not come.
func missingYears(rows []*row, first, last int) string {
	lastData := 0
	has := map[int]bool{}
	for _, row := range rows {
		for y := first; y <= last; y++ {
			if row.cells[key("realisasi", y)].Value.Valid {
				has[y] = true
				lastData = max(lastData, y)
			}
		}
	}
	var gaps []string
	for y := first; y < lastData; y++ {
		if !has[y] {
			gaps = append(gaps, strconv.Itoa(y))
		}
	}
	return strings.Join(gaps, ", ")
}
