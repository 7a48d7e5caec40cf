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
	lap, err := report.ReadLaporan(ctx, db)
	if err != nil {
		return nil, err
	}
	windows, err := report.Windows(ctx, db, "tabel23")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, w := range windows {
		rows, err := load(ctx, db, w.First, w.Last)
		if err != nil {
			return nil, err
		}
		if len(rows) == 0 {
			continue
		}
		name := FileName(w.First, w.Last)
		if err := write(dir, name, lap.PerangkatDaerah, w.First, w.Last, rows); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		names = append(names, name)
	}
	return names, nil
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

func write(dir, name, perangkat string, first, last int, rows []*row) error {
	years := last - first + 1
	b, err := xlsx.New(fmt.Sprintf("Tabel 2.3 Review Pencapaian Kinerja Pelayanan %d–%d", first, last), perangkat)
	if err != nil {
		return err
	}
	sh, err := b.Sheet("Tabel 2.3")
	if err != nil {
		return err
	}
	ncol := 5 + 3*years
	steps := []error{
		b.Str(sh, 1, 1, "Tabel 2.3 REVIEW PENCAPAIAN KINERJA PELAYANAN "+strings.ToUpper(perangkat), xlsx.Title),
		b.Str(sh, 1, 2, fmt.Sprintf("Tahun %d–%d. Rasio capaian = realisasi ÷ target × 100, dibulatkan dua desimal. Sel berlatar kuning berbeda dari angka terbitan (keterangan pada sel dan di workbook Review).", first, last), xlsx.Subtitle),
	}
	for i, label := range []string{"NO", "Indikator Kinerja", "Target SPM", "Target IKK", "Target lainnya"} {
		steps = append(steps, b.Str(sh, i+1, 4, label, xlsx.Header), b.Merge(sh, i+1, 4, i+1, 5))
	}
	for g, label := range []string{"Target Tahun", "Realisasi Capaian Tahun", "Rasio Capaian pada Tahun"} {
		c := 6 + g*years
		steps = append(steps, b.Str(sh, c, 4, label, xlsx.Header), b.Merge(sh, c, 4, c+years-1, 4))
		for i := 0; i < years; i++ {
			steps = append(steps, b.Str(sh, c+i, 5, strconv.Itoa(first+i), xlsx.Header))
		}
	}
	steps = append(steps, b.Style(sh, 1, 4, ncol, 5, xlsx.Header))
	for _, err := range steps {
		if err != nil {
			return err
		}
	}
	r := 6
	for _, row := range rows {
		style := xlsx.Int
		if row.persen {
			style = xlsx.Percent
		}
		if err := b.Str(sh, 1, r, row.no, xlsx.Text); err != nil {
			return err
		}
		if err := b.Str(sh, 2, r, row.indikator, xlsx.Text); err != nil {
			return err
		}
		for i, m := range []string{"target_spm", "target_ikk", "target_lainnya"} {
			if err := b.Figure(sh, 3+i, r, row.cells[key(m, 0)], style, "-"); err != nil {
				return err
			}
		}
		for i := 0; i < years; i++ {
			y := first + i
			if err := b.Figure(sh, 6+i, r, row.cells[key("target", y)], style, "-"); err != nil {
				return err
			}
			if err := b.Figure(sh, 6+years+i, r, row.cells[key("realisasi", y)], style, "-"); err != nil {
				return err
			}
			if err := b.Figure(sh, 6+2*years+i, r, row.cells[key("rasio", y)], xlsx.Dec2, "-"); err != nil {
				return err
			}
		}
		r++
	}
	if err := b.Str(sh, 1, r+1, "Sumber data : Dinas Koperasi & Usaha Mikro Kota Semarang; rasio dihitung ulang oleh kinerja. \"-\" = tidak ada data.", xlsx.Note); err != nil {
		return err
	}
	widths := []float64{5, 40, 9, 9, 9}
	for i := 0; i < 3*years; i++ {
		widths = append(widths, 9)
	}
	if err := b.Widths(sh, widths...); err != nil {
		return err
	}
	if err := b.PageSetup(sh, 4, 5, 2); err != nil {
		return err
	}
	return b.Save(dir, name)
}
