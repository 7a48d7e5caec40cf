// Package lakip writes the LAKIP (LKjIP, PermenPAN-RB 53/2014 Bab III) of
// the period's year: the Perjanjian Kinerja, the capaian of every indicator
// with its predikat, the comparison with earlier years and with the
// Renstra's final target, the efficiency of each program, the budget, two
// charts, and a Sumber sheet naming the input cells of every figure. From
// mart.lakip_kinerja, mart.lakip_efisiensi, mart.lkpj and mart.lkpj_sumber.
// Run before December it is the year to date, and its titles say so.
package lakip

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/report"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/xlsx"
)

// Writer writes the LAKIP workbook.
type Writer struct{}

// Name names the writer in logs.
func (Writer) Name() string { return "lakip" }

// FileName is the workbook's name for a year.
func FileName(year int) string { return fmt.Sprintf("LAKIP_%d.xlsx", year) }

// Sheet names.
const (
	SheetPK        = "Perjanjian Kinerja"
	SheetCapaian   = "Capaian Kinerja"
	SheetTahun     = "Perbandingan Antar Tahun"
	SheetRenstra   = "Perbandingan Target Renstra"
	SheetEfisiensi = "Efisiensi"
	SheetAnggaran  = "Realisasi Anggaran"
	SheetGrafik    = "Grafik"
	SheetSumber    = "Sumber"
	firstRow       = 5
)

// indikator is a row of mart.lakip_kinerja.
type indikator struct {
	urut                                                         int
	jenis, sasaran, kode, nama, formula, satuan, program, sumber string
	target, realisasi, capaian, predikat, pembilang, penyebut    sql.NullString
	realN1, capN1, realN2, capN2, targetAkhir, capAkhir          sql.NullString
	targetFile, targetSheet, targetCell                          sql.NullString
	realFile, realSheet, realCell                                sql.NullString
}

// Write writes the workbook when the period's year has a plan and monthly
// reports.
func (Writer) Write(ctx context.Context, db *warehouse.DB, dir string) ([]string, error) {
	var n int
	if err := db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM mart.lakip_kinerja) * (SELECT count(*) FROM mart.kelengkapan WHERE ada)`).Scan(&n); err != nil {
		return nil, fmt.Errorf("mart.lakip_kinerja: %w", err)
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
	rows, err := load(ctx, db)
	if err != nil {
		return nil, err
	}
	b, err := xlsx.New("LAKIP "+strconv.Itoa(per.Year), lap.PerangkatDaerah)
	if err != nil {
		return nil, err
	}
	w := &writer{b: b, per: per, lap: lap, rows: rows}
	for _, step := range []func(context.Context, *warehouse.DB) error{
		w.perjanjian, w.capaianSheet, w.antarTahun, w.targetRenstra, w.efisiensi, w.anggaran, w.grafik, w.sumber,
	} {
		if err := step(ctx, db); err != nil {
			return nil, err
		}
	}
	name := FileName(per.Year)
	if err := b.Save(dir, name); err != nil {
		return nil, err
	}
	return []string{name}, nil
}

func load(ctx context.Context, db *warehouse.DB) ([]indikator, error) {
	q, err := db.QueryContext(ctx, `
		SELECT k.urut, k.jenis, coalesce(k.sasaran, ''), k.kode_indikator, k.indikator, coalesce(k.formula, ''), coalesce(k.satuan, ''),
		       coalesce(e.uraian, ''), coalesce(k.sumber_realisasi, ''),
		       CAST(k.target AS VARCHAR), CAST(k.realisasi AS VARCHAR), CAST(k.capaian AS VARCHAR), k.predikat,
		       CAST(k.pembilang AS VARCHAR), CAST(k.penyebut AS VARCHAR),
		       CAST(k.realisasi_n1 AS VARCHAR), CAST(k.capaian_n1 AS VARCHAR), CAST(k.realisasi_n2 AS VARCHAR), CAST(k.capaian_n2 AS VARCHAR),
		       CAST(k.target_akhir AS VARCHAR), CAST(k.capaian_akhir AS VARCHAR),
		       k.target_file, k.target_sheet, k.target_cell, k.realisasi_file, k.realisasi_sheet, k.realisasi_cell
		FROM mart.lakip_kinerja k LEFT JOIN mart.lakip_efisiensi e ON e.kode = k.program_kode
		ORDER BY k.urut`)
	if err != nil {
		return nil, fmt.Errorf("mart.lakip_kinerja: %w", err)
	}
	defer q.Close()
	var out []indikator
	for q.Next() {
		var x indikator
		if err := q.Scan(&x.urut, &x.jenis, &x.sasaran, &x.kode, &x.nama, &x.formula, &x.satuan, &x.program, &x.sumber,
			&x.target, &x.realisasi, &x.capaian, &x.predikat, &x.pembilang, &x.penyebut,
			&x.realN1, &x.capN1, &x.realN2, &x.capN2, &x.targetAkhir, &x.capAkhir,
			&x.targetFile, &x.targetSheet, &x.targetCell, &x.realFile, &x.realSheet, &x.realCell); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, q.Err()
}

type writer struct {
	b    *xlsx.Book
	per  report.Periode
	lap  report.Laporan
	rows []indikator
	// rows of the Realisasi Anggaran sheet, by mart.lkpj.urut, for Sumber
	anggaranRow map[int]int
}

// cell is one value to write: text, or a number with its style.
type cell struct {
	text  string
	num   sql.NullString
	style xlsx.Style
}

func txt(s string) cell                       { return cell{text: s, style: xlsx.Text} }
func bold(s string) cell                      { return cell{text: s, style: xlsx.TextBold} }
func num(v sql.NullString, s xlsx.Style) cell { return cell{num: v, style: s} }

func (w *writer) row(sh string, r int, cells ...cell) error {
	for i, c := range cells {
		var err error
		if c.style == xlsx.Text || c.style == xlsx.TextBold {
			err = w.b.Str(sh, i+1, r, c.text, c.style)
		} else {
			err = w.b.Num(sh, i+1, r, c.num.String, c.style)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// sheet starts a sheet with its title, subtitle and header row (row 4).
func (w *writer) sheet(name, title, sub string, labels ...string) (string, error) {
	sh, err := w.b.Sheet(name)
	if err != nil {
		return "", err
	}
	if w.per.Month < 12 {
		title += " (JANUARI S.D. " + strings.ToUpper(report.BulanNama[w.per.Month-1]) + ", SEMENTARA)"
	}
	if err := w.b.Str(sh, 1, 1, title, xlsx.Title); err != nil {
		return "", err
	}
	if err := w.b.Str(sh, 1, 2, sub, xlsx.Subtitle); err != nil {
		return "", err
	}
	for i, l := range labels {
		if err := w.b.Str(sh, i+1, 4, l, xlsx.Header); err != nil {
			return "", err
		}
	}
	return sh, nil
}

func (w *writer) year() string { return strconv.Itoa(w.per.Year) }

func (w *writer) perjanjian(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.sheet(SheetPK, "PERJANJIAN KINERJA "+strings.ToUpper(w.lap.PerangkatDaerah)+" TAHUN "+w.year(),
		"Sasaran strategis dan Indikator Kinerja Utama (IKU) dengan target tahun "+w.year()+" menurut Renstra.",
		"No", "Sasaran Strategis", "Kode", "Indikator Kinerja Utama", "Satuan", "Target "+w.year())
	if err != nil {
		return err
	}
	r, no := firstRow, 0
	for _, x := range w.rows {
		if x.jenis != "IKU" {
			continue
		}
		no++
		if err := w.row(sh, r, txt(strconv.Itoa(no)), txt(x.sasaran), txt(x.kode), txt(x.nama), txt(x.satuan), num(x.target, xlsx.General)); err != nil {
			return err
		}
		r++
	}
	if err := w.b.Widths(sh, 5, 50, 10, 50, 9, 12); err != nil {
		return err
	}
	return w.b.PageSetup(sh, 4, 4, 0)
}

func (w *writer) capaianSheet(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.sheet(SheetCapaian, "CAPAIAN KINERJA TAHUN "+w.year(),
		"Realisasi s.d. "+w.per.Bulan()+": dihitung dari register unit dengan rumus Lampiran Renstra bila registernya ada, selain itu yang diketik unit. Predikat ("+w.lap.SkalaPredikatAsal+"): "+w.lap.SkalaPredikat+".",
		"No", "Sasaran / Program", "Kode", "Indikator", "Formula", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat", "Sumber Realisasi")
	if err != nil {
		return err
	}
	for i, x := range w.rows {
		owner := x.sasaran
		if x.jenis == "Program" {
			owner = x.program
		}
		if err := w.row(sh, firstRow+i, txt(strconv.Itoa(i+1)), txt(owner), txt(x.kode), txt(x.nama), txt(x.formula), txt(x.satuan),
			num(x.target, xlsx.General), num(x.realisasi, xlsx.General), num(x.capaian, xlsx.Dec2), txt(x.predikat.String), txt(x.sumber)); err != nil {
			return err
		}
	}
	note := "Capaian = realisasi ÷ target × 100; indikator berpolaritas negatif: (2 × target − realisasi) ÷ target × 100. Kosong bila target atau realisasi tidak ada (bukan 0 %)."
	if err := w.b.Str(sh, 1, firstRow+len(w.rows)+1, note, xlsx.Note); err != nil {
		return err
	}
	if err := w.b.Widths(sh, 5, 40, 10, 40, 46, 8, 9, 10, 10, 13, 13); err != nil {
		return err
	}
	return w.b.PageSetup(sh, 4, 4, 0)
}

func (w *writer) antarTahun(ctx context.Context, db *warehouse.DB) error {
	y := w.per.Year
	sh, err := w.sheet(SheetTahun, "PERBANDINGAN REALISASI DAN CAPAIAN ANTAR TAHUN",
		fmt.Sprintf("Tahun %d dan %d dari Tabel 2.3 (riwayat terbitan dan laporan Desember); kosong bila tahun itu tidak ada datanya.", y-2, y-1),
		"Kode", "Indikator", "Satuan", fmt.Sprintf("Realisasi %d", y-2), fmt.Sprintf("Capaian %d (%%)", y-2),
		fmt.Sprintf("Realisasi %d", y-1), fmt.Sprintf("Capaian %d (%%)", y-1), fmt.Sprintf("Realisasi %d", y), fmt.Sprintf("Capaian %d (%%)", y))
	if err != nil {
		return err
	}
	for i, x := range w.rows {
		if err := w.row(sh, firstRow+i, txt(x.kode), txt(x.nama), txt(x.satuan), num(x.realN2, xlsx.General), num(x.capN2, xlsx.Dec2),
			num(x.realN1, xlsx.General), num(x.capN1, xlsx.Dec2), num(x.realisasi, xlsx.General), num(x.capaian, xlsx.Dec2)); err != nil {
			return err
		}
	}
	if err := w.b.Widths(sh, 10, 46, 8, 12, 12, 12, 12, 12, 12); err != nil {
		return err
	}
	return w.b.PageSetup(sh, 4, 4, 2)
}

func (w *writer) targetRenstra(ctx context.Context, db *warehouse.DB) error {
	var akhir sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT renstra_akhir FROM mart.laporan`).Scan(&akhir); err != nil {
		return fmt.Errorf("mart.laporan: %w", err)
	}
	ak := "akhir Renstra"
	if akhir.Valid {
		ak = strconv.FormatInt(akhir.Int64, 10)
	}
	sh, err := w.sheet(SheetRenstra, "PERBANDINGAN REALISASI "+w.year()+" DENGAN TARGET AKHIR RENSTRA",
		"Sejauh mana target akhir Renstra ("+ak+") telah tercapai oleh realisasi tahun "+w.year()+".",
		"Kode", "Indikator", "Satuan", "Realisasi "+w.year(), "Target "+ak, "Tercapai dari Target Akhir (%)")
	if err != nil {
		return err
	}
	for i, x := range w.rows {
		if err := w.row(sh, firstRow+i, txt(x.kode), txt(x.nama), txt(x.satuan), num(x.realisasi, xlsx.General), num(x.targetAkhir, xlsx.General), num(x.capAkhir, xlsx.Dec2)); err != nil {
			return err
		}
	}
	if err := w.b.Widths(sh, 10, 50, 8, 14, 14, 16); err != nil {
		return err
	}
	return w.b.PageSetup(sh, 4, 4, 2)
}

func (w *writer) efisiensi(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.sheet(SheetEfisiensi, "EFISIENSI PENGGUNAAN ANGGARAN PER PROGRAM TAHUN "+w.year(),
		"Rata-rata capaian indikator program di samping serapan anggarannya: efisien bila capaian tidak lebih kecil daripada serapan.",
		"No", "Kode", "Program", "Unit", "Indikator Bercapaian", "Rata-rata Capaian (%)", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Selisih (poin)", "Penilaian")
	if err != nil {
		return err
	}
	q, err := db.QueryContext(ctx, `
		SELECT urut, kode, uraian, coalesce(unit_nama, ''), CAST(indikator_bercapaian AS VARCHAR) || ' dari ' || CAST(indikator AS VARCHAR),
		       CAST(rata_capaian AS VARCHAR), CAST(pagu AS VARCHAR), CAST(realisasi_rp AS VARCHAR), CAST(serapan AS VARCHAR),
		       CAST(selisih AS VARCHAR), coalesce(penilaian, '')
		FROM mart.lakip_efisiensi ORDER BY urut`)
	if err != nil {
		return fmt.Errorf("mart.lakip_efisiensi: %w", err)
	}
	defer q.Close()
	r := firstRow
	for q.Next() {
		var urut int
		var kode, uraian, unit, ind, penilaian string
		var cap, pagu, real, serapan, selisih sql.NullString
		if err := q.Scan(&urut, &kode, &uraian, &unit, &ind, &cap, &pagu, &real, &serapan, &selisih, &penilaian); err != nil {
			return err
		}
		if err := w.row(sh, r, txt(strconv.Itoa(urut)), txt(kode), txt(uraian), txt(unit), txt(ind), num(cap, xlsx.Dec2),
			num(pagu, xlsx.Rupiah), num(real, xlsx.Rupiah), num(serapan, xlsx.Dec2), num(selisih, xlsx.Dec2), txt(penilaian)); err != nil {
			return err
		}
		r++
	}
	if err := q.Err(); err != nil {
		return err
	}
	if err := w.b.Widths(sh, 5, 22, 46, 30, 12, 12, 16, 16, 10, 10, 14); err != nil {
		return err
	}
	return w.b.PageSetup(sh, 4, 4, 3)
}

func (w *writer) anggaran(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.sheet(SheetAnggaran, "REALISASI ANGGARAN PER PROGRAM DAN KEGIATAN TAHUN "+w.year(),
		"Pagu menurut Renstra; realisasi menurut Sub Bagian Keuangan dan Aset, s.d. "+w.per.Bulan()+"; program = jumlah kegiatannya. Asal setiap angka: lembar Sumber.",
		"Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)")
	if err != nil {
		return err
	}
	q, err := db.QueryContext(ctx, `
		SELECT urut, tingkat, coalesce(kode, ''), uraian, CAST(pagu AS VARCHAR), CAST(realisasi_rp AS VARCHAR), CAST(serapan AS VARCHAR)
		FROM mart.lkpj
		WHERE tingkat = 'kegiatan' OR tingkat = 'jumlah' OR (tingkat = 'program' AND pagu IS NOT NULL)
		ORDER BY urut`)
	if err != nil {
		return fmt.Errorf("mart.lkpj: %w", err)
	}
	defer q.Close()
	w.anggaranRow = map[int]int{}
	r := firstRow
	for q.Next() {
		var urut int
		var tingkat, kode, uraian string
		var pagu, real, serapan sql.NullString
		if err := q.Scan(&urut, &tingkat, &kode, &uraian, &pagu, &real, &serapan); err != nil {
			return err
		}
		name := txt(uraian)
		if tingkat != "kegiatan" {
			name = bold(uraian)
		}
		if err := w.row(sh, r, txt(kode), name, num(pagu, xlsx.Rupiah), num(real, xlsx.Rupiah), num(serapan, xlsx.Dec2)); err != nil {
			return err
		}
		w.anggaranRow[urut] = r
		r++
	}
	if err := q.Err(); err != nil {
		return err
	}
	if err := w.b.Widths(sh, 24, 60, 18, 18, 10); err != nil {
		return err
	}
	return w.b.PageSetup(sh, 4, 4, 2)
}

// grafik draws capaian per indicator and serapan per program, from the
// cells of the Capaian Kinerja and Efisiensi sheets.
func (w *writer) grafik(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.b.Sheet(SheetGrafik)
	if err != nil {
		return err
	}
	if err := w.b.Str(sh, 1, 1, "GRAFIK CAPAIAN KINERJA DAN SERAPAN ANGGARAN TAHUN "+w.year(), xlsx.Title); err != nil {
		return err
	}
	var programs int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM mart.lakip_efisiensi`).Scan(&programs); err != nil {
		return fmt.Errorf("mart.lakip_efisiensi: %w", err)
	}
	last := firstRow + len(w.rows) - 1
	charts := []struct {
		at, title, sheet, cats, vals string
	}{
		{"A3", "Capaian Kinerja per Indikator (%)", SheetCapaian, "C", "I"},
		{"A28", "Serapan Anggaran per Program (%)", SheetEfisiensi, "B", "I"},
	}
	for i, c := range charts {
		end := last
		if i == 1 {
			end = firstRow + programs - 1
		}
		ref := func(col string) string { return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", c.sheet, col, firstRow, col, end) }
		zero, vary := 0.0, false
		if err := w.b.F.AddChart(sh, c.at, &excelize.Chart{
			Type:       excelize.Col,
			VaryColors: &vary,
			YAxis:      excelize.ChartAxis{Minimum: &zero, MajorGridLines: true},
			XAxis:      excelize.ChartAxis{Font: excelize.Font{Color: "333333", Size: 8}},
			Series:     []excelize.ChartSeries{{Name: fmt.Sprintf("'%s'!$%s$4", c.sheet, c.vals), Categories: ref(c.cats), Values: ref(c.vals)}},
			Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.title}}},
			Legend:     excelize.ChartLegend{Position: "none"},
			Dimension:  excelize.ChartDimension{Width: 900, Height: 440},
			PlotArea:   excelize.ChartPlotArea{ShowVal: true},
		}); err != nil {
			return fmt.Errorf("chart %s: %w", c.title, err)
		}
	}
	// Both charts on one landscape page.
	orientation, size, fit := "landscape", 9, 1
	if err := w.b.F.SetPageLayout(sh, &excelize.PageLayoutOptions{Size: &size, Orientation: &orientation, FitToWidth: &fit, FitToHeight: &fit}); err != nil {
		return err
	}
	fitPage := true
	return w.b.F.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fitPage})
}

// sumber lists, for every target and realisasi of the Capaian Kinerja sheet
// and every figure of the Realisasi Anggaran sheet, the input cells it is
// made of.
func (w *writer) sumber(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.sheet(SheetSumber, "ASAL SETIAP ANGKA LAKIP",
		"Target dan realisasi lembar Capaian Kinerja, pagu dan realisasi lembar Realisasi Anggaran, dengan sel masukan pembentuknya; angka jumlah adalah jumlah nilai sel-selnya. Kolom lain dihitung dari angka-angka ini.",
		"Sel LAKIP", "Kolom", "Uraian", "Berkas Masukan", "Lembar", "Sel", "Nilai", "Keterangan")
	if err != nil {
		return err
	}
	r := firstRow
	put := func(at, kolom, uraian string, file, sheetName, cellRef, nilai sql.NullString, ket string) error {
		err := w.row(sh, r, txt(at), txt(kolom), txt(uraian), txt(file.String), txt(sheetName.String), txt(cellRef.String), num(nilai, xlsx.General), txt(ket))
		r++
		return err
	}
	for i, x := range w.rows {
		row := firstRow + i
		if x.target.Valid {
			if err := put(fmt.Sprintf("'%s'!G%d", SheetCapaian, row), "target", x.nama, x.targetFile, x.targetSheet, x.targetCell, x.target, ""); err != nil {
				return err
			}
		}
		if x.realisasi.Valid {
			ket := "diketik unit"
			if x.sumber == "register" {
				ket = "dihitung dari register di berkas ini: " + xlsx.Indonesian(x.pembilang.String) + " ÷ " + xlsx.Indonesian(x.penyebut.String) + " × 100 (" + x.formula + ")"
			}
			if err := put(fmt.Sprintf("'%s'!H%d", SheetCapaian, row), "realisasi", x.nama, x.realFile, x.realSheet, x.realCell, x.realisasi, ket); err != nil {
				return err
			}
		}
	}
	q, err := db.QueryContext(ctx, `
		SELECT s.urut, s.kolom, l.uraian, s.file, s.sheet, s.cell, CAST(s.nilai AS VARCHAR)
		FROM mart.lkpj_sumber s JOIN mart.lkpj l USING (urut)
		WHERE s.kolom IN ('pagu', 'realisasi_rp')
		ORDER BY s.urut, s.kolom, s.file, s.sheet, s.cell`)
	if err != nil {
		return fmt.Errorf("mart.lkpj_sumber: %w", err)
	}
	defer q.Close()
	for q.Next() {
		var urut int
		var kolom, uraian string
		var file, sheetName, cellRef, nilai sql.NullString
		if err := q.Scan(&urut, &kolom, &uraian, &file, &sheetName, &cellRef, &nilai); err != nil {
			return err
		}
		row, ok := w.anggaranRow[urut]
		if !ok {
			continue
		}
		col := "C"
		if kolom == "realisasi_rp" {
			col = "D"
		}
		if err := put(fmt.Sprintf("'%s'!%s%d", SheetAnggaran, col, row), kolom, uraian, file, sheetName, cellRef, nilai, ""); err != nil {
			return err
		}
	}
	if err := q.Err(); err != nil {
		return err
	}
	if err := w.b.Widths(sh, 28, 12, 40, 40, 18, 8, 16, 50); err != nil {
		return err
	}
	return w.b.PageSetup(sh, 4, 4, 1)
}
