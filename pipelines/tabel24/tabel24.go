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
	lap, err := report.ReadLaporan(ctx, db)
	if err != nil {
		return nil, err
	}
	windows, err := report.Windows(ctx, db, "tabel24")
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
		if err := write(dir, name, lap.PerangkatDaerah, lap.MetodePertumbuhan, w.First, w.Last, rows); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		names = append(names, name)
	}
	return names, nil
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

func write(dir, name, perangkat, metode string, first, last int, rows []*row) error {
	years := last - first + 1
	b, err := xlsx.New(fmt.Sprintf("Tabel 2.4 Anggaran dan Realisasi Pendanaan Pelayanan %d–%d", first, last), perangkat)
	if err != nil {
		return err
	}
	sh, err := b.Sheet("Tabel 2.4")
	if err != nil {
		return err
	}
	ncol := 2 + 3*years + 2
	title := "TABEL 2.4 ANGGARAN DAN REALISASI PENDANAAN PELAYANAN " + strings.ToUpper(perangkat)
	steps := []error{
		b.Str(sh, 1, 1, title, xlsx.Title),
		b.Str(sh, 1, 2, fmt.Sprintf("Tahun %d–%d. Rasio = realisasi ÷ anggaran × 100, dipotong ke bilangan bulat; rata-rata pertumbuhan: metode %s. Sel berlatar kuning berbeda dari angka terbitan (keterangan pada sel dan di workbook Review).", first, last, metode), xlsx.Subtitle),
	}
	// Two-row header, merged as the form prints it.
	groups := []struct {
		label string
		width int
	}{
		{"Anggaran pada Tahun", years},
		{"Realisasi Anggaran Tahun", years},
		{"Rasio antara Realisasi dan Anggaran Tahun ( % )", years},
		{"Rata-Rata Pertumbuhan (%)", 2},
	}
	steps = append(steps,
		b.Str(sh, 1, 4, "NO", xlsx.Header), b.Merge(sh, 1, 4, 1, 5),
		b.Str(sh, 2, 4, "Uraian", xlsx.Header), b.Merge(sh, 2, 4, 2, 5),
	)
	c := 3
	for gi, g := range groups {
		steps = append(steps, b.Str(sh, c, 4, g.label, xlsx.Header), b.Merge(sh, c, 4, c+g.width-1, 4))
		for i := 0; i < g.width; i++ {
			sub := strconv.Itoa(first + i)
			if gi == 3 {
				sub = []string{"Anggaran", "Realisasi"}[i]
			}
			steps = append(steps, b.Str(sh, c+i, 5, sub, xlsx.Header))
		}
		c += g.width
	}
	steps = append(steps, b.Style(sh, 1, 4, ncol, 5, xlsx.Header))
	for _, err := range steps {
		if err != nil {
			return err
		}
	}

	r := 6
	for _, row := range rows {
		if row.section {
			if err := b.Str(sh, 1, r, row.no, xlsx.Section); err != nil {
				return err
			}
			if err := b.Str(sh, 2, r, row.uraian, xlsx.Section); err != nil {
				return err
			}
			if err := b.Style(sh, 3, r, ncol, r, xlsx.Section); err != nil {
				return err
			}
			r++
			continue
		}
		if err := b.Str(sh, 1, r, row.no, xlsx.Text); err != nil {
			return err
		}
		if err := b.Str(sh, 2, r, row.uraian, xlsx.Text); err != nil {
			return err
		}
		for i := 0; i < years; i++ {
			y := first + i
			for m, measure := range []string{"anggaran", "realisasi", "rasio"} {
				style := xlsx.Rupiah
				if measure == "rasio" {
					style = xlsx.Int
				}
				if err := b.Figure(sh, 3+m*years+i, r, row.cells[key(measure, y)], style, ""); err != nil {
					return err
				}
			}
		}
		for i, measure := range []string{"pertumbuhan_anggaran", "pertumbuhan_realisasi"} {
			if err := b.Figure(sh, 3+3*years+i, r, row.cells[key(measure, 0)], xlsx.Int, ""); err != nil {
				return err
			}
		}
		r++
	}
	if err := b.Str(sh, 1, r+1, "Sumber data : Dinas Koperasi & Usaha Mikro Kota Semarang; dihitung ulang oleh kinerja.", xlsx.Note); err != nil {
		return err
	}
	widths := []float64{6, 44}
	for i := 0; i < 2*years; i++ {
		widths = append(widths, 15)
	}
	for i := 0; i < years+2; i++ {
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
