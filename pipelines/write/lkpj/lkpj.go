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

	"kinerja/pipelines/idtext"
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
	colNo = iota + 1
	colKode
	colUraian
	colIndikator
	colSatuan
	colTarget
	colRealisasi
	colCapaian
	colPredikat
	colPagu
	colRealisasiRp
	colSerapan
	colUnit
	colMasalah
	colSolusi
	colKet
)

// FirstRow is the LKPJ sheet's first row under its header: the urusan row,
// mart.lkpj.urut 1.
const FirstRow = 8

const headerTop = 5

var columnOf = map[string]int{"target": colTarget, "realisasi": colRealisasi, "pagu": colPagu, "realisasi_rp": colRealisasiRp}

// Title is the workbook's title for a period: the year, or the months so far.
func Title(per report.Periode, pd string) string {
	t := "LAPORAN KETERANGAN PERTANGGUNGJAWABAN (LKPJ) " + strings.ToUpper(pd) + " TAHUN " + strconv.Itoa(per.Year)
	if per.Month < 12 {
		t += " (JANUARI S.D. " + strings.ToUpper(idtext.Months[per.Month-1]) + ", SEMENTARA)"
	}
	return t
}

// Columns is the LKPJ table's header, with its column numbers.
func Columns() []xlsx.Column { return ColumnsFor(report.Laporan{}) }

// ColumnsFor is the header for a plan: column 3 names sub kegiatan where
// the plan has them.
func ColumnsFor(lap report.Laporan) []xlsx.Column {
	return []xlsx.Column{
		{Head: []string{"No"}, No: "1", Width: 5},
		{Head: []string{"Kode"}, No: "2", Width: 21},
		{Head: []string{"Urusan / " + lap.Levels(" / ")}, No: "3", Width: 34},
		{Head: []string{"Indikator Kinerja"}, No: "4", Width: 30},
		{Head: []string{"Satuan"}, No: "5", Width: 9},
		{Head: []string{"Kinerja", "Target"}, No: "6", Width: 9},
		{Head: []string{"Kinerja", "Realisasi"}, No: "7", Width: 9},
		{Head: []string{"Kinerja", "Capaian (%)"}, No: "8 = 7/6 × 100%", Width: 10},
		{Head: []string{"Kinerja", "Predikat"}, No: "9", Width: 11},
		{Head: []string{"Anggaran", "Pagu (Rp)"}, No: "10", Width: 16},
		{Head: []string{"Anggaran", "Realisasi (Rp)"}, No: "11", Width: 16},
		{Head: []string{"Anggaran", "Serapan (%)"}, No: "12 = 11/10 × 100%", Width: 10},
		{Head: []string{"Unit Pelaksana"}, No: "13", Width: 18},
		{Head: []string{"Permasalahan"}, No: "14", Width: 28},
		{Head: []string{"Solusi"}, No: "15", Width: 28},
		{Head: []string{"Keterangan"}, No: "16", Width: 20},
	}
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
	b.Paper = lap.Kertas
	if err := lkpjSheet(ctx, db, b, per, lap); err != nil {
		return nil, err
	}
	if err := sumber(ctx, db, b, lap); err != nil {
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
	cols := ColumnsFor(lap)
	last := len(cols)
	if r := b.Header(sh, headerTop, cols); r != FirstRow {
		return fmt.Errorf("LKPJ header ends at row %d, not %d", r-1, FirstRow-1)
	}
	b.Repeat(sh, colUraian)
	page := b.FirstPageCols(sh)
	b.Heading(sh, 1, last, Title(per, lap.PerangkatDaerah), xlsx.Heading)
	b.Heading(sh, 2, last, "Penyelenggaraan Urusan Pemerintahan: "+lap.Urusan, xlsx.Subheading)
	b.Heading(sh, 3, last, lap.WithPlan("Realisasi kumulatif s.d. "+per.Bulan()), xlsx.Subheading)
	q, err := db.QueryContext(ctx, `
		SELECT urut, tingkat, coalesce(kode, ''), uraian, coalesce(indikator, ''), coalesce(satuan, ''),
		       CAST(target AS VARCHAR), CAST(realisasi AS VARCHAR), CAST(capaian AS VARCHAR), coalesce(predikat, ''),
		       CAST(pagu AS VARCHAR), CAST(realisasi_rp AS VARCHAR), CAST(serapan AS VARCHAR),
		       coalesce(unit_nama, ''), coalesce(permasalahan, ''), coalesce(solusi, ''), coalesce(pagu_asal, ''), melebihi_pagu
		FROM mart.lkpj ORDER BY urut`)
	if err != nil {
		return fmt.Errorf("mart.lkpj: %w", err)
	}
	defer q.Close()
	r, no, sub, subsub := FirstRow, 0, 0, 0
	asal := map[string]bool{}
	over := false
	for q.Next() {
		var urut int
		var over1 bool
		var tingkat, kode, uraian, indikator, satuan, predikat, unit, masalah, solusi, paguAsal string
		var target, real, capaian, pagu, realRp, serapan sql.NullString
		if err := q.Scan(&urut, &tingkat, &kode, &uraian, &indikator, &satuan, &target, &real, &capaian, &predikat,
			&pagu, &realRp, &serapan, &unit, &masalah, &solusi, &paguAsal, &over1); err != nil {
			return err
		}
		if r != FirstRow+urut-1 {
			return fmt.Errorf("mart.lkpj: urut %d out of order", urut)
		}
		if paguAsal != "" {
			asal[paguAsal] = true
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
				sub = 0
				number = strconv.Itoa(no)
			}
		case "kegiatan":
			sub++
			subsub = 0
			number = strconv.Itoa(no) + "." + strconv.Itoa(sub)
		case "sub kegiatan": // under its kegiatan (Permendagri 90/2019)
			subsub++
			number = strconv.Itoa(no) + "." + strconv.Itoa(sub) + "." + strconv.Itoa(subsub)
		}
		ket, ketStyle := "", xlsx.Text
		rupiah, pct := xlsx.Rupiah, xlsx.Dec2
		if over1 {
			over = true
			ket, ketStyle = "Realisasi melebihi pagu; lihat Review-Kinerja, lembar Rekonsiliasi.", xlsx.Mark
			rupiah, pct = xlsx.Flagged(rupiah), xlsx.Flagged(pct)
		}
		texts := []struct {
			c int
			v string
		}{{colNo, number}, {colKode, kode}, {colUraian, uraian}, {colIndikator, indikator}, {colSatuan, satuan}, {colPredikat, predikat},
			{colUnit, unit}, {colMasalah, masalah}, {colSolusi, solusi}, {colKet, ket}}
		for _, x := range texts { // in column order: the shared strings, and so the bytes, follow it
			s := xlsx.Text
			switch x.c {
			case colUraian:
				s = name
			case colKet:
				s = ketStyle
			}
			b.Str(sh, x.c, r, x.v, s)
		}
		nums := []struct {
			c int
			v sql.NullString
			s xlsx.Style
		}{{colTarget, target, style}, {colRealisasi, real, style}, {colCapaian, capaian, xlsx.Dec2},
			{colPagu, pagu, xlsx.Rupiah}, {colRealisasiRp, realRp, rupiah}, {colSerapan, serapan, pct}}
		for _, x := range nums {
			b.Num(sh, x.c, r, x.v.String, x.s)
		}
		r++
	}
	if err := q.Err(); err != nil {
		return err
	}
	pagu := "Pagu = pagu DPA menurut laporan Sub Bagian Keuangan dan Aset."
	if asal["Renstra"] {
		pagu = "Pagu = pagu DPA menurut laporan Sub Bagian Keuangan dan Aset; kegiatan yang tidak tercantum di laporan itu memakai pagu indikatif Renstra."
	}
	notes := []string{
		"Catatan:",
		"Capaian = realisasi ÷ target × 100; indikator berpolaritas negatif: (2 × target − realisasi) ÷ target × 100. Kosong bila target atau realisasi tidak ada (bukan 0 %).",
		"Predikat (" + lap.SkalaDasar() + "): " + lap.SkalaPredikat + ". Serapan = realisasi (Rp) ÷ pagu × 100.",
		pagu + " " + lap.Sums("Pagu dan realisasi") + "; JUMLAH = jumlah program. Realisasi anggaran menurut Sub Bagian Keuangan dan Aset.",
	}
	if over {
		notes = append(notes, "Sel berlatar kuning: realisasi anggaran melebihi pagu; temuannya ada di workbook Review-Kinerja, lembar Rekonsiliasi.")
	}
	r = b.Remarks(sh, r+1, colNo, page, notes...)
	mid := colIndikator + max(1, (page-colIndikator)/2)
	b.Signatures(sh, r+1, [][2]int{{mid, max(page, mid)}}, []xlsx.Signer{
		lap.Kepala.With(lap.TempatTanggal()),
	})
	return b.Print(sh, xlsx.PrintSetup{HeaderFirst: headerTop, HeaderLast: FirstRow - 1, RepeatCols: colUraian, FreezeCols: colUraian,
		Footer: "LKPJ " + strconv.Itoa(per.Year) + " — " + lap.PerangkatDaerah})
}

// sumber lists, for every figure of the LKPJ sheet, the input cells it is
// made of.
func sumber(ctx context.Context, db *warehouse.DB, b *xlsx.Book, lap report.Laporan) error {
	sh, err := b.Sheet("Sumber")
	if err != nil {
		return err
	}
	b.Header(sh, 4, []xlsx.Column{
		{Head: []string{"Sel LKPJ"}, Width: 12}, {Head: []string{"Kolom"}, Width: 13}, {Head: []string{"Uraian"}, Width: 44},
		{Head: []string{"Berkas Masukan"}, Width: 40}, {Head: []string{"Lembar"}, Width: 20}, {Head: []string{"Sel"}, Width: 8},
		{Head: []string{"Nilai"}, Width: 16},
	})
	b.Heading(sh, 1, 7, "ASAL SETIAP ANGKA LKPJ", xlsx.Heading)
	b.Heading(sh, 2, 7, "Setiap angka lembar LKPJ (target, realisasi, pagu, realisasi Rp) dan sel masukan pembentuknya; angka jumlah adalah jumlah nilai sel-selnya. Capaian dan serapan dihitung dari angka di barisnya. Sama dengan tabel mart.lkpj_sumber di gudang data.", xlsx.Subheading)
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
		for i, v := range []string{"LKPJ!" + xlsx.Ref(c, FirstRow+urut-1), kolom, uraian, file, sheetName, cell} {
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
	return b.Print(sh, xlsx.PrintSetup{HeaderFirst: 4, HeaderLast: 4, FreezeCols: 1, RepeatCols: 1, Footer: "LKPJ — asal setiap angka — " + lap.PerangkatDaerah})
}
