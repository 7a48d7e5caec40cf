// Package lkpj writes the Dinas's part of the mayor's LKPJ (Laporan
// Keterangan Pertanggungjawaban) for the period's year, from mart.lkpj, and
// beside it a Sumber sheet that names, for every figure, the input cells it
// is made of (mart.lkpj_sumber). Run before December it is the year to date,
// and its title says so.
package lkpj

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

// Writer writes the LKPJ workbook.
type Writer struct{}

// Name names the writer in logs.
func (Writer) Name() string { return "lkpj" }

// FileName is the workbook's name for a year.
func FileName(year int) string { return fmt.Sprintf("LKPJ_%d.xlsx", year) }

// Columns of the LKPJ sheet, 1-based, for the Sumber sheet's references.
const (
	colTarget      = 6
	colRealisasi   = 7
	colPagu        = 10
	colRealisasiRp = 11
	firstRow       = 5 // the urusan row; mart.lkpj.urut 1
)

var columnOf = map[string]int{"target": colTarget, "realisasi": colRealisasi, "pagu": colPagu, "realisasi_rp": colRealisasiRp}

// Title is the workbook's title for a period: the year, or the months so far.
func Title(per report.Periode, pd string) string {
	t := "LAPORAN KETERANGAN PERTANGGUNGJAWABAN (LKPJ) " + strings.ToUpper(pd) + " TAHUN " + strconv.Itoa(per.Year)
	if per.Month < 12 {
		t += " (JANUARI S.D. " + strings.ToUpper(report.BulanNama[per.Month-1]) + ", SEMENTARA)"
	}
	return t
}

// Write writes the workbook when the period's year has a plan and monthly
// reports.
func (Writer) Write(ctx context.Context, db *warehouse.DB, dir string) ([]string, error) {
	// Without a monthly report of the year there is nothing to account for.
	var n int
	if err := db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM mart.lkpj) * (SELECT count(*) FROM mart.kelengkapan WHERE ada)`).Scan(&n); err != nil {
		return nil, fmt.Errorf("mart.lkpj: %w", err)
	}
	if n == 0 {
		return nil, nil
	}
	per, err := report.ReadPeriode(ctx, db)
	if err != nil {
		return nil, err
	}
	lap, err := report.ReadLaporan(ctx, db)
	if err != nil {
		return nil, err
	}
	b, err := xlsx.New("LKPJ "+strconv.Itoa(per.Year), lap.PerangkatDaerah)
	if err != nil {
		return nil, err
	}
	if err := lkpjSheet(ctx, db, b, per, lap); err != nil {
		return nil, err
	}
	if err := sumber(ctx, db, b); err != nil {
		return nil, err
	}
	name := FileName(per.Year)
	if err := b.Save(dir, name); err != nil {
		return nil, err
	}
	return []string{name}, nil
}

func lkpjSheet(ctx context.Context, db *warehouse.DB, b *xlsx.Book, per report.Periode, lap report.Laporan) error {
	sh, err := b.Sheet("LKPJ")
	if err != nil {
		return err
	}
	if err := b.Str(sh, 1, 1, Title(per, lap.PerangkatDaerah), xlsx.Title); err != nil {
		return err
	}
	sub := "Realisasi kumulatif s.d. " + per.Bulan() + ". Pagu dan realisasi program = jumlah kegiatannya; realisasi anggaran menurut Sub Bagian Keuangan dan Aset. Asal setiap angka: lembar Sumber."
	if err := b.Str(sh, 1, 2, sub, xlsx.Subtitle); err != nil {
		return err
	}
	labels := []string{"No", "Kode", "Urusan / Program / Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat",
		"Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Unit Pelaksana", "Permasalahan", "Solusi"}
	for i, l := range labels {
		if err := b.Str(sh, i+1, 4, l, xlsx.Header); err != nil {
			return err
		}
	}
	q, err := db.QueryContext(ctx, `
		SELECT urut, tingkat, coalesce(kode, ''), uraian, coalesce(indikator, ''), coalesce(satuan, ''),
		       CAST(target AS VARCHAR), CAST(realisasi AS VARCHAR), CAST(capaian AS VARCHAR), coalesce(predikat, ''),
		       CAST(pagu AS VARCHAR), CAST(realisasi_rp AS VARCHAR), CAST(serapan AS VARCHAR),
		       coalesce(unit_nama, ''), coalesce(permasalahan, ''), coalesce(solusi, '')
		FROM mart.lkpj ORDER BY urut`)
	if err != nil {
		return fmt.Errorf("mart.lkpj: %w", err)
	}
	defer q.Close()
	r, no := firstRow, 0
	for q.Next() {
		var urut int
		var tingkat, kode, uraian, indikator, satuan, predikat, unit, masalah, solusi string
		var target, real, capaian, pagu, realRp, serapan sql.NullString
		if err := q.Scan(&urut, &tingkat, &kode, &uraian, &indikator, &satuan, &target, &real, &capaian, &predikat,
			&pagu, &realRp, &serapan, &unit, &masalah, &solusi); err != nil {
			return err
		}
		if r != firstRow+urut-1 {
			return fmt.Errorf("mart.lkpj: urut %d out of order", urut)
		}
		name, style := xlsx.Text, xlsx.General
		number := ""
		switch tingkat {
		case "urusan", "jumlah":
			name = xlsx.TextBold
		case "program":
			name = xlsx.TextBold
			if pagu.Valid {
				no++
				number = strconv.Itoa(no)
			}
		}
		texts := []struct {
			c int
			v string
		}{{1, number}, {2, kode}, {3, uraian}, {4, indikator}, {5, satuan}, {9, predikat}, {13, unit}, {14, masalah}, {15, solusi}}
		for _, x := range texts { // in column order: the shared strings, and so the bytes, follow it
			s := xlsx.Text
			if x.c == 3 {
				s = name
			}
			if err := b.Str(sh, x.c, r, x.v, s); err != nil {
				return err
			}
		}
		nums := []struct {
			c int
			v sql.NullString
			s xlsx.Style
		}{{6, target, style}, {7, real, style}, {8, capaian, xlsx.Dec2}, {10, pagu, xlsx.Rupiah}, {11, realRp, xlsx.Rupiah}, {12, serapan, xlsx.Dec2}}
		for _, x := range nums {
			if err := b.Num(sh, x.c, r, x.v.String, x.s); err != nil {
				return err
			}
		}
		r++
	}
	if err := q.Err(); err != nil {
		return err
	}
	notes := []string{
		"Capaian = realisasi ÷ target × 100; indikator berpolaritas negatif: (2 × target − realisasi) ÷ target × 100. Kosong bila target atau realisasi tidak ada (bukan 0 %).",
		"Predikat (" + lap.SkalaPredikatAsal + "): " + lap.SkalaPredikat + ". Serapan = realisasi (Rp) ÷ pagu × 100.",
	}
	for i, n := range notes {
		if err := b.Str(sh, 1, r+1+i, n, xlsx.Note); err != nil {
			return err
		}
	}
	if err := b.Widths(sh, 5, 22, 44, 36, 10, 10, 10, 10, 13, 16, 16, 9, 26, 34, 34); err != nil {
		return err
	}
	return b.PageSetup(sh, 4, 4, 3)
}

// sumber lists, for every figure of the LKPJ sheet, the input cells it is
// made of.
func sumber(ctx context.Context, db *warehouse.DB, b *xlsx.Book) error {
	sh, err := b.Sheet("Sumber")
	if err != nil {
		return err
	}
	if err := b.Str(sh, 1, 1, "ASAL SETIAP ANGKA LKPJ", xlsx.Title); err != nil {
		return err
	}
	if err := b.Str(sh, 1, 2, "Setiap angka lembar LKPJ (target, realisasi, pagu, realisasi Rp) dan sel masukan pembentuknya; angka jumlah adalah jumlah nilai sel-selnya. Capaian dan serapan dihitung dari angka di barisnya. Sama dengan tabel mart.lkpj_sumber di gudang data.", xlsx.Subtitle); err != nil {
		return err
	}
	labels := []string{"Sel LKPJ", "Kolom", "Uraian", "Berkas Masukan", "Lembar", "Sel", "Nilai"}
	for i, l := range labels {
		if err := b.Str(sh, i+1, 4, l, xlsx.Header); err != nil {
			return err
		}
	}
	q, err := db.QueryContext(ctx, `
		SELECT s.urut, s.kolom, l.uraian, s.file, s.sheet, s.cell, CAST(s.nilai AS VARCHAR)
		FROM mart.lkpj_sumber s JOIN mart.lkpj l USING (urut)
		ORDER BY s.urut, CASE s.kolom WHEN 'target' THEN 1 WHEN 'realisasi' THEN 2 WHEN 'pagu' THEN 3 ELSE 4 END, s.file, s.sheet, s.cell`)
	if err != nil {
		return fmt.Errorf("mart.lkpj_sumber: %w", err)
	}
	defer q.Close()
	r := 5
	for q.Next() {
		var urut int
		var kolom, uraian, file, sheetName, cell string
		var nilai sql.NullString
		if err := q.Scan(&urut, &kolom, &uraian, &file, &sheetName, &cell, &nilai); err != nil {
			return err
		}
		c := columnOf[kolom]
		if c == 0 {
			return fmt.Errorf("mart.lkpj_sumber: unknown column %q", kolom)
		}
		for i, v := range []string{"LKPJ!" + xlsx.Ref(c, firstRow+urut-1), kolom, uraian, file, sheetName, cell} {
			if err := b.Str(sh, i+1, r, v, xlsx.Text); err != nil {
				return err
			}
		}
		if err := b.Num(sh, 7, r, nilai.String, xlsx.General); err != nil {
			return err
		}
		r++
	}
	if err := q.Err(); err != nil {
		return err
	}
	if err := b.Widths(sh, 12, 13, 44, 40, 20, 8, 16); err != nil {
		return err
	}
	return b.PageSetup(sh, 4, 4, 1)
}
