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

	"kinerja/pipelines/idtext"
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
	SheetTerpilah  = "Data Terpilah"
	SheetGrafik    = "Grafik"
	SheetSumber    = "Sumber"
)

// indikator is a row of mart.lakip_kinerja.
type indikator struct {
	urut                                                         int
	jenis, sasaran, kode, nama, formula, satuan, program, sumber string
	target, realisasi, capaian, predikat, pembilang, penyebut    sql.NullString
	realN1, capN1, realN2, capN2, targetAkhir, capAkhir          sql.NullString
	targetN1, targetN2, asalN1, asalN2                           sql.NullString
	targetFile, targetSheet, targetCell                          sql.NullString
	realFile, realSheet, realCell, penyebutFile                  sql.NullString
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
	b.Paper = lap.Kertas
	w := &writer{b: b, per: per, lap: lap, rows: rows}
	for _, step := range []func(context.Context, *warehouse.DB) error{
		w.perjanjian, w.capaianSheet, w.antarTahun, w.targetRenstra, w.efisiensi, w.anggaran, w.terpilah, w.grafik, w.sumber,
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
		       CAST(k.target_n1 AS VARCHAR), CAST(k.target_n2 AS VARCHAR), k.realisasi_n1_asal, k.realisasi_n2_asal,
		       k.target_file, k.target_sheet, k.target_cell, k.realisasi_file, k.realisasi_sheet, k.realisasi_cell, k.penyebut_file
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
			&x.targetN1, &x.targetN2, &x.asalN1, &x.asalN2,
			&x.targetFile, &x.targetSheet, &x.targetCell, &x.realFile, &x.realSheet, &x.realCell, &x.penyebutFile); err != nil {
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
	capaianRows [2]int // first and last row of the Capaian Kinerja sheet
	programs    int    // rows of the Efisiensi sheet
}

// Columns of the Capaian Kinerja and Realisasi Anggaran sheets that the
// Sumber sheet points into.
const (
	ColTarget      = 6 // Capaian Kinerja
	ColRealisasi   = 7
	ColPagu        = 4 // Realisasi Anggaran
	ColRealisasiRp = 5
)

func (w *writer) year() string { return strconv.Itoa(w.per.Year) }

// title is a sheet's title, with the months so far before December.
func (w *writer) title(t string) string {
	if w.per.Month < 12 {
		t += " (JANUARI S.D. " + strings.ToUpper(idtext.Months[w.per.Month-1]) + ", SEMENTARA)"
	}
	return t
}

// table starts a sheet: its numbered header from row 4, then the title and
// the line under it across the table, as wide as the page allows. It
// returns the first row under the header.
func (w *writer) table(sh, title, sub string, cols []xlsx.Column) int {
	return w.b.Form(sh, 4, 0, cols, w.title(title), w.lap.WithPlan(sub))
}

// signed closes a sheet with the notes and the Kepala Dinas's signature,
// and sets it up for print with its header rows repeated.
func (w *writer) signed(sh string, r, last, headerLast int, footer string, notes ...string) {
	r = w.b.Remarks(sh, r+1, 1, last, notes...)
	page := min(last, w.b.FirstPageCols(sh))
	from := max(2, page-2)
	w.b.Signatures(sh, r+1, [][2]int{{from, page}}, []xlsx.Signer{w.kepala(w.lap.TempatTanggal())})
	w.b.Print(sh, xlsx.PrintSetup{HeaderFirst: 4, HeaderLast: headerLast, FreezeCols: 2,
		Footer: "LAKIP " + w.year() + " — " + footer + " — " + w.lap.PerangkatDaerah})
}

func (w *writer) kepala(heading string) xlsx.Signer { return w.lap.Kepala.With(heading) }

func (w *writer) num(sh string, c, r int, v sql.NullString, s xlsx.Style) {
	w.b.Num(sh, c, r, v.String, s)
}

// perjanjian writes the Perjanjian Kinerja as PermenPAN-RB 53/2014 sets it
// out: the statement of the two parties and their signatures, then its
// lampiran — the sasaran strategis with their indicators and targets, and
// the programs with their budget — signed again.
func (w *writer) perjanjian(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.b.Sheet(SheetPK)
	if err != nil {
		return err
	}
	w.b.Portrait(sh)
	w.b.Widths(sh, 5, 30, 38, 16, 16)
	const last = 5
	k, a := w.lap.Kepala, w.lap.Atasan
	dots := func(s string) string {
		if s == "" {
			return "................................................"
		}
		return s
	}
	title := w.title("PERJANJIAN KINERJA TAHUN " + w.year())
	w.b.Heading(sh, 1, last, title, xlsx.Heading)
	w.b.Heading(sh, 2, last, strings.ToUpper(w.lap.PerangkatDaerah), xlsx.Heading)
	r := 4
	para := func(text string) {
		w.b.Line(sh, r, 1, last, text, xlsx.Paragraph)
		r++
	}
	party := func(label, value string) {
		w.b.Str(sh, 2, r, label, xlsx.Paragraph)
		w.b.Line(sh, r, 3, last, ": "+value, xlsx.Paragraph)
		r++
	}
	para("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:")
	r++
	party("Nama", dots(k.Nama))
	party("Jabatan", dots(strings.ReplaceAll(k.Jabatan, "\n", " ")))
	para("selanjutnya disebut pihak pertama.")
	r++
	party("Nama", dots(a.Nama))
	party("Jabatan", dots(a.Jabatan))
	para("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.")
	r++
	para("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.")
	r++
	para("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.")
	r++
	signers := func(r int) int {
		return w.b.Signatures(sh, r, [][2]int{{1, 2}, {3, last}}, []xlsx.Signer{
			{Heading: "\nPihak Kedua,", Jabatan: a.Jabatan, Nama: a.Nama, NoNIP: true},
			w.kepala(w.lap.TempatTanggal() + "\nPihak Pertama,"),
		})
	}
	r = signers(r)
	// the lampiran on a page of its own
	r++
	w.b.F.InsertPageBreak(sh, xlsx.Ref(1, r))
	w.b.Heading(sh, r, last, "LAMPIRAN "+title, xlsx.Heading)
	w.b.Heading(sh, r+1, last, strings.ToUpper(w.lap.PerangkatDaerah), xlsx.Heading)
	r = w.b.Header(sh, r+3, []xlsx.Column{
		{Head: []string{"No"}, No: "(1)"}, {Head: []string{"Sasaran Strategis"}, No: "(2)"},
		{Head: []string{"Indikator Kinerja"}, No: "(3)"}, {Head: []string{"Target"}, No: "(4)", Span: 2},
	})
	no := 0
	for _, x := range w.rows {
		if x.jenis != "IKU" {
			continue
		}
		no++
		w.b.Str(sh, 1, r, strconv.Itoa(no), xlsx.Text)
		w.b.Str(sh, 2, r, x.sasaran, xlsx.Text)
		w.b.Str(sh, 3, r, x.nama, xlsx.Text)
		w.b.NumUnit(sh, 4, r, x.target.String, x.satuan)
		w.b.Style(sh, 5, r, 5, r, xlsx.Text)
		w.b.Merge(sh, 4, r, 5, r)
		r++
	}
	r++
	r = w.b.Header(sh, r, []xlsx.Column{
		{Head: []string{"No"}, No: "(1)"}, {Head: []string{"Program"}, No: "(2)", Span: 2},
		{Head: []string{"Anggaran (Rp)"}, No: "(3)"}, {Head: []string{"Keterangan"}, No: "(4)"},
	})
	q, err := db.QueryContext(ctx, `
		SELECT tingkat, uraian, CAST(pagu AS VARCHAR), coalesce(pagu_asal, '')
		FROM mart.lkpj WHERE (tingkat = 'program' AND pagu IS NOT NULL) OR tingkat = 'jumlah'
		ORDER BY urut`)
	if err != nil {
		return fmt.Errorf("mart.lkpj: %w", err)
	}
	defer q.Close()
	no = 0
	for q.Next() {
		var tingkat, uraian, asal string
		var pagu sql.NullString
		if err := q.Scan(&tingkat, &uraian, &pagu, &asal); err != nil {
			return err
		}
		label, style := "", xlsx.Text
		if tingkat == "program" {
			no++
			label = strconv.Itoa(no)
		} else {
			style = xlsx.TextBold
		}
		ket := map[string]string{"DPA": "DPA", "Renstra": "Pagu indikatif Renstra"}[asal]
		w.b.Str(sh, 1, r, label, style)
		w.b.Str(sh, 2, r, uraian, style)
		w.b.Style(sh, 3, r, 3, r, style)
		w.b.Merge(sh, 2, r, 3, r)
		w.b.Num(sh, 4, r, pagu.String, xlsx.Rupiah)
		w.b.Str(sh, 5, r, ket, xlsx.Text)
		r++
	}
	if err := q.Err(); err != nil {
		return err
	}
	signers(r + 1)
	return w.b.Print(sh, xlsx.PrintSetup{Portrait: true, Footer: "Perjanjian Kinerja " + w.year() + " — " + w.lap.PerangkatDaerah})
}

func (w *writer) capaianSheet(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.b.Sheet(SheetCapaian)
	if err != nil {
		return err
	}
	cols := []xlsx.Column{
		{Head: []string{"No"}, No: "(1)", Width: 5}, {Head: []string{"Sasaran / Program"}, No: "(2)", Width: 28},
		{Head: []string{"Indikator Kinerja"}, No: "(3)", Width: 32}, {Head: []string{"Formula"}, No: "(4)", Width: 38},
		{Head: []string{"Satuan"}, No: "(5)", Width: 8}, {Head: []string{"Target"}, No: "(6)", Width: 9},
		{Head: []string{"Realisasi"}, No: "(7)", Width: 9}, {Head: []string{"Capaian (%)"}, No: "(8) = (7)/(6) × 100%", Width: 11},
		{Head: []string{"Predikat"}, No: "(9)", Width: 12}, {Head: []string{"Asal Realisasi"}, No: "(10)", Width: 18},
	}
	r := w.table(sh, "CAPAIAN KINERJA "+strings.ToUpper(w.lap.PerangkatDaerah)+" TAHUN "+w.year(),
		"Realisasi s.d. "+w.per.Bulan()+" terhadap target tahun "+w.year()+" menurut Renstra", cols)
	first := r
	for i, x := range w.rows {
		owner := x.sasaran
		if x.jenis == "Program" {
			owner = x.program
		}
		asal := map[string]string{"register": "dihitung dari register unit", "laporan unit": "laporan bulanan unit"}[x.sumber]
		w.b.Str(sh, 1, r, strconv.Itoa(i+1), xlsx.Text)
		w.b.Str(sh, 2, r, owner, xlsx.Text)
		w.b.Str(sh, 3, r, x.nama, xlsx.Text)
		w.b.Str(sh, 4, r, x.formula, xlsx.Text)
		w.b.Str(sh, 5, r, x.satuan, xlsx.Text)
		w.num(sh, ColTarget, r, x.target, xlsx.General)
		w.num(sh, ColRealisasi, r, x.realisasi, xlsx.General)
		w.num(sh, 8, r, x.capaian, xlsx.Dec2)
		w.b.Str(sh, 9, r, x.predikat.String, xlsx.Text)
		w.b.Str(sh, 10, r, asal, xlsx.Text)
		r++
	}
	w.capaianRows = [2]int{first, r - 1}
	w.signed(sh, r, len(cols), first-1, "Capaian Kinerja",
		"Catatan:",
		"Realisasi dihitung dari register unit dengan rumus Lampiran Renstra bila registernya ada, selain itu yang diketik unit di laporan bulanannya. Asal setiap angka: lembar Sumber.",
		"Capaian = realisasi ÷ target × 100; indikator berpolaritas negatif: (2 × target − realisasi) ÷ target × 100. Kosong bila target atau realisasi tidak ada (bukan 0 %).",
		"Predikat ("+w.lap.SkalaDasar()+"): "+w.lap.SkalaPredikat+".")
	return nil
}

func (w *writer) antarTahun(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.b.Sheet(SheetTahun)
	if err != nil {
		return err
	}
	y := w.per.Year
	cols := []xlsx.Column{{Head: []string{"No"}, No: "(1)", Width: 5}, {Head: []string{"Indikator Kinerja"}, No: "(2)", Width: 34}, {Head: []string{"Satuan"}, No: "(3)", Width: 8}}
	n := 3
	for _, yy := range []int{y - 2, y - 1, y} {
		g := "Tahun " + strconv.Itoa(yy)
		for _, l := range []string{"Target", "Realisasi", "Capaian (%)"} {
			n++
			cols = append(cols, xlsx.Column{Head: []string{g, l}, No: "(" + strconv.Itoa(n) + ")", Width: 9})
		}
	}
	cols = append(cols, xlsx.Column{Head: []string{"Keterangan"}, No: "(" + strconv.Itoa(n+1) + ")", Width: 26})
	r := w.table(sh, "PERBANDINGAN REALISASI DAN CAPAIAN KINERJA ANTAR TAHUN", fmt.Sprintf("Tahun %d, %d dan %d", y-2, y-1, y), cols)
	first := r
	var missing []string
	for i, x := range w.rows {
		w.b.Str(sh, 1, r, strconv.Itoa(i+1), xlsx.Text)
		w.b.Str(sh, 2, r, x.nama, xlsx.Text)
		w.b.Str(sh, 3, r, x.satuan, xlsx.Text)
		for j, v := range []sql.NullString{x.targetN2, x.realN2, x.capN2, x.targetN1, x.realN1, x.capN1, x.target, x.realisasi, x.capaian} {
			s := xlsx.General
			if j%3 == 2 {
				s = xlsx.Dec2
			}
			w.num(sh, 4+j, r, v, s)
		}
		var ket []string
		for _, a := range []struct {
			year int
			asal sql.NullString
		}{{y - 2, x.asalN2}, {y - 1, x.asalN1}} {
			switch a.asal.String {
			case "kondisi awal Renstra":
				ket = append(ket, fmt.Sprintf("%d: kondisi awal Renstra", a.year))
			case "Tabel 2.3":
				ket = append(ket, fmt.Sprintf("%d: Tabel 2.3", a.year))
			}
		}
		if !x.realN1.Valid {
			missing = append(missing, strconv.Itoa(y-1))
		}
		if !x.realN2.Valid {
			missing = append(missing, strconv.Itoa(y-2))
		}
		w.b.Str(sh, len(cols), r, strings.Join(ket, "; "), xlsx.Text)
		r++
	}
	notes := []string{"Catatan:",
		"Realisasi tahun-tahun sebelumnya dari Tabel 2.3 (riwayat terbitan dan laporan Desember), atau kondisi awal Renstra untuk tahun pertamanya; target menurut Renstra."}
	if len(missing) > 0 {
		notes = append(notes, "Sel kosong: realisasi tahun itu belum ada data di masukan (bukan 0).")
	}
	w.signed(sh, r, len(cols), first-1, "Perbandingan Antar Tahun", notes...)
	return nil
}

func (w *writer) targetRenstra(ctx context.Context, db *warehouse.DB) error {
	var akhir sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT renstra_akhir FROM mart.laporan`).Scan(&akhir); err != nil {
		return fmt.Errorf("mart.laporan: %w", err)
	}
	ak := "Akhir Renstra"
	if akhir.Valid {
		ak = strconv.FormatInt(akhir.Int64, 10)
	}
	sh, err := w.b.Sheet(SheetRenstra)
	if err != nil {
		return err
	}
	cols := []xlsx.Column{
		{Head: []string{"No"}, No: "(1)", Width: 5}, {Head: []string{"Indikator Kinerja"}, No: "(2)", Width: 46},
		{Head: []string{"Satuan"}, No: "(3)", Width: 8}, {Head: []string{"Realisasi " + w.year()}, No: "(4)", Width: 13},
		{Head: []string{"Target Akhir Renstra (" + ak + ")"}, No: "(5)", Width: 15},
		{Head: []string{"Tingkat Kemajuan terhadap Target Akhir (%)"}, No: "(6) = (4)/(5) × 100%", Width: 18},
	}
	r := w.table(sh, "PERBANDINGAN REALISASI KINERJA "+w.year()+" DENGAN TARGET AKHIR RENSTRA", "Sejauh mana target akhir Renstra ("+ak+") telah dicapai", cols)
	first := r
	for i, x := range w.rows {
		w.b.Str(sh, 1, r, strconv.Itoa(i+1), xlsx.Text)
		w.b.Str(sh, 2, r, x.nama, xlsx.Text)
		w.b.Str(sh, 3, r, x.satuan, xlsx.Text)
		w.num(sh, 4, r, x.realisasi, xlsx.General)
		w.num(sh, 5, r, x.targetAkhir, xlsx.General)
		w.num(sh, 6, r, x.capAkhir, xlsx.Dec2)
		r++
	}
	w.signed(sh, r, len(cols), first-1, "Perbandingan Target Renstra")
	return nil
}

// terpilah writes the data split by sex (PUG/ARG): the register
// indicators that record the sex of who they count, and the UMKM that
// obtained a licence or a NIB by the owner's sex. A year without such data
// has no sheet.
func (w *writer) terpilah(ctx context.Context, db *warehouse.DB) error {
	q, err := db.QueryContext(ctx, `
		SELECT uraian, coalesce(unit_nama, unit, ''), CAST(jumlah AS VARCHAR), CAST(laki_laki AS VARCHAR), CAST(perempuan AS VARCHAR),
		       CAST(tidak_diketahui AS VARCHAR), CAST(persen_perempuan AS VARCHAR), CAST(penyebut AS VARCHAR), CAST(penyebut_perempuan AS VARCHAR)
		FROM mart.lakip_terpilah ORDER BY urut`)
	if err != nil {
		return fmt.Errorf("mart.lakip_terpilah: %w", err)
	}
	defer q.Close()
	type baris struct {
		uraian, unit string
		v            [7]sql.NullString
	}
	var rows []baris
	for q.Next() {
		var b baris
		if err := q.Scan(&b.uraian, &b.unit, &b.v[0], &b.v[1], &b.v[2], &b.v[3], &b.v[4], &b.v[5], &b.v[6]); err != nil {
			return err
		}
		rows = append(rows, b)
	}
	if err := q.Err(); err != nil || len(rows) == 0 {
		return err
	}
	sh, err := w.b.Sheet(SheetTerpilah)
	if err != nil {
		return err
	}
	cols := []xlsx.Column{
		{Head: []string{"No"}, No: "(1)", Width: 5}, {Head: []string{"Indikator / Uraian"}, No: "(2)", Width: 42},
		{Head: []string{"Unit"}, No: "(3)", Width: 22}, {Head: []string{"Jumlah"}, No: "(4)", Width: 11},
		{Head: []string{"Laki-laki"}, No: "(5)", Width: 11}, {Head: []string{"Perempuan"}, No: "(6)", Width: 11},
		{Head: []string{"Tidak Diketahui"}, No: "(7)", Width: 11},
		{Head: []string{"Perempuan (%)"}, No: "(8) = (6)/((4) − (7)) × 100%", Width: 14},
		{Head: []string{"Penyebut"}, No: "(9)", Width: 11}, {Head: []string{"Penyebut Perempuan"}, No: "(10)", Width: 12},
	}
	r := w.table(sh, "DATA TERPILAH MENURUT JENIS KELAMIN TAHUN "+w.year(), "Pelaku yang dihitung capaian kinerja, laki-laki dan perempuan, di mana datanya mencatat jenis kelamin", cols)
	first := r
	for i, b := range rows {
		w.b.Str(sh, 1, r, strconv.Itoa(i+1), xlsx.Text)
		w.b.Str(sh, 2, r, b.uraian, xlsx.Text)
		w.b.Str(sh, 3, r, b.unit, xlsx.Text)
		for j, v := range b.v {
			st := xlsx.General
			if j == 4 {
				st = xlsx.Dec2
			}
			w.num(sh, 4+j, r, v, st)
		}
		r++
	}
	w.signed(sh, r, len(cols), first-1, "Data Terpilah", "Catatan:",
		"Indikator: pembilang dan penyebut capaian yang dihitung dari register unit yang mencatat jenis kelamin pelaku (usaha mikro binaan, peserta pelatihan …), sampai bulan periode. "+
			"UMKM: izin usaha (IUMK dari I-Jus Melon, NIB dari OSS; usaha yang ada di keduanya dihitung sekali) yang terbit tahun berjalan, menurut jenis kelamin pemilik seperti tercatat di ekspor (NIB tanpa kolom itu: menurut NIK). "+
			"Kolom kosong: datanya tidak mencatat jenis kelamin, bukan nol.")
	return nil
}

func (w *writer) efisiensi(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.b.Sheet(SheetEfisiensi)
	if err != nil {
		return err
	}
	cols := []xlsx.Column{
		{Head: []string{"No"}, No: "(1)", Width: 5}, {Head: []string{"Kode"}, No: "(2)", Width: 18}, {Head: []string{"Program"}, No: "(3)", Width: 40},
		{Head: []string{"Unit"}, No: "(4)", Width: 22}, {Head: []string{"Indikator Bercapaian"}, No: "(5)", Width: 11},
		{Head: []string{"Rata-rata Capaian Kinerja (%)"}, No: "(6)", Width: 12}, {Head: []string{"Pagu (Rp)"}, No: "(7)", Width: 15},
		{Head: []string{"Realisasi (Rp)"}, No: "(8)", Width: 15}, {Head: []string{"Serapan (%)"}, No: "(9) = (8)/(7) × 100%", Width: 11},
		{Head: []string{"Selisih (poin)"}, No: "(10) = (6) − (9)", Width: 11}, {Head: []string{"Penilaian"}, No: "(11)", Width: 13},
	}
	r := w.table(sh, "EFISIENSI PENGGUNAAN ANGGARAN PER PROGRAM TAHUN "+w.year(), "Rata-rata capaian kinerja program di samping serapan anggarannya", cols)
	first := r
	q, err := db.QueryContext(ctx, `
		SELECT urut, kode, uraian, coalesce(unit_nama, ''), CAST(indikator_bercapaian AS VARCHAR) || ' dari ' || CAST(indikator AS VARCHAR),
		       CAST(rata_capaian AS VARCHAR), CAST(pagu AS VARCHAR), CAST(realisasi_rp AS VARCHAR), CAST(serapan AS VARCHAR),
		       CAST(selisih AS VARCHAR), coalesce(penilaian, '')
		FROM mart.lakip_efisiensi ORDER BY urut`)
	if err != nil {
		return fmt.Errorf("mart.lakip_efisiensi: %w", err)
	}
	defer q.Close()
	for q.Next() {
		var urut int
		var kode, uraian, unit, ind, penilaian string
		var cap, pagu, real, serapan, selisih sql.NullString
		if err := q.Scan(&urut, &kode, &uraian, &unit, &ind, &cap, &pagu, &real, &serapan, &selisih, &penilaian); err != nil {
			return err
		}
		for i, t := range []string{strconv.Itoa(urut), kode, uraian, unit, ind} {
			w.b.Str(sh, i+1, r, t, xlsx.Text)
		}
		for i, v := range []struct {
			v sql.NullString
			s xlsx.Style
		}{{cap, xlsx.Dec2}, {pagu, xlsx.Rupiah}, {real, xlsx.Rupiah}, {serapan, xlsx.Dec2}, {selisih, xlsx.Dec2}} {
			w.num(sh, 6+i, r, v.v, v.s)
		}
		w.b.Str(sh, 11, r, penilaian, xlsx.Text)
		r++
	}
	if err := q.Err(); err != nil {
		return err
	}
	w.programs = r - first
	w.signed(sh, r, len(cols), first-1, "Efisiensi", "Catatan:",
		"Program efisien bila rata-rata capaian kinerja indikatornya tidak lebih kecil daripada serapan anggarannya; program tanpa indikator yang bercapaian hanya menunjukkan serapannya. "+w.lap.Sums("Pagu dan realisasi")+".")
	return nil
}

func (w *writer) anggaran(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.b.Sheet(SheetAnggaran)
	if err != nil {
		return err
	}
	cols := []xlsx.Column{
		{Head: []string{"No"}, No: "(1)", Width: 6}, {Head: []string{"Kode"}, No: "(2)", Width: 22},
		{Head: []string{w.lap.Levels(" / ")}, No: "(3)", Width: 52}, {Head: []string{"Pagu (Rp)"}, No: "(4)", Width: 17},
		{Head: []string{"Realisasi (Rp)"}, No: "(5)", Width: 17}, {Head: []string{"Serapan (%)"}, No: "(6) = (5)/(4) × 100%", Width: 12},
		{Head: []string{"Keterangan"}, No: "(7)", Width: 26},
	}
	per := "PROGRAM DAN KEGIATAN"
	if w.lap.SubKegiatan {
		per = "PROGRAM, KEGIATAN DAN SUB KEGIATAN"
	}
	r := w.table(sh, "REALISASI ANGGARAN PER "+per+" TAHUN "+w.year(), "Realisasi s.d. "+w.per.Bulan(), cols)
	first := r
	q, err := db.QueryContext(ctx, `
		SELECT urut, tingkat, coalesce(kode, ''), uraian, CAST(pagu AS VARCHAR), CAST(realisasi_rp AS VARCHAR), CAST(serapan AS VARCHAR),
		       melebihi_pagu, coalesce(pagu_asal, '')
		FROM mart.lkpj
		WHERE tingkat IN ('kegiatan', 'sub kegiatan', 'jumlah') OR (tingkat = 'program' AND pagu IS NOT NULL)
		ORDER BY urut`)
	if err != nil {
		return fmt.Errorf("mart.lkpj: %w", err)
	}
	defer q.Close()
	w.anggaranRow = map[int]int{}
	prog, keg, sub, over, renstra := 0, 0, 0, false, false
	for q.Next() {
		var urut int
		var over1 bool
		var tingkat, kode, uraian, asal string
		var pagu, real, serapan sql.NullString
		if err := q.Scan(&urut, &tingkat, &kode, &uraian, &pagu, &real, &serapan, &over1, &asal); err != nil {
			return err
		}
		name, no := xlsx.TextBold, ""
		switch tingkat {
		case "program":
			prog++
			keg = 0
			no = strconv.Itoa(prog)
		case "kegiatan":
			keg++
			sub = 0
			name, no = xlsx.Text, strconv.Itoa(prog)+"."+strconv.Itoa(keg)
		case "sub kegiatan": // under its kegiatan (Permendagri 90/2019)
			sub++
			name, no = xlsx.Text, strconv.Itoa(prog)+"."+strconv.Itoa(keg)+"."+strconv.Itoa(sub)
		}
		renstra = renstra || asal == "Renstra"
		rp, pct, ket, ketStyle := xlsx.Rupiah, xlsx.Dec2, "", xlsx.Text
		if over1 {
			over = true
			rp, pct, ket, ketStyle = xlsx.Flagged(xlsx.Rupiah), xlsx.Flagged(xlsx.Dec2), "Realisasi melebihi pagu; lihat Review-Kinerja, lembar Rekonsiliasi.", xlsx.Mark
		}
		w.b.Str(sh, 1, r, no, xlsx.Text)
		w.b.Str(sh, 2, r, kode, xlsx.Text)
		w.b.Str(sh, 3, r, uraian, name)
		w.b.Num(sh, ColPagu, r, pagu.String, xlsx.Rupiah)
		w.b.Num(sh, ColRealisasiRp, r, real.String, rp)
		w.b.Num(sh, 6, r, serapan.String, pct)
		w.b.Str(sh, 7, r, ket, ketStyle)
		w.anggaranRow[urut] = r
		r++
	}
	if err := q.Err(); err != nil {
		return err
	}
	pagu := "Pagu = pagu DPA menurut laporan Sub Bagian Keuangan dan Aset"
	if renstra {
		pagu += "; kegiatan yang tidak tercantum di laporan itu memakai pagu indikatif Renstra"
	}
	notes := []string{"Catatan:", pagu + ". Realisasi menurut Sub Bagian Keuangan dan Aset;" + w.lap.Sums("") + ". Asal setiap angka: lembar Sumber."}
	if over {
		notes = append(notes, "Sel berlatar kuning: realisasi anggaran melebihi pagu; temuannya ada di workbook Review-Kinerja, lembar Rekonsiliasi.")
	}
	w.signed(sh, r, len(cols), first-1, "Realisasi Anggaran", notes...)
	return nil
}

// grafik draws capaian per indicator and serapan per program, from the
// cells of the Capaian Kinerja and Efisiensi sheets: the axes name the
// indicators and programs as those sheets do. Each chart has a page of its
// own, printed at full size.
func (w *writer) grafik(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.b.Sheet(SheetGrafik)
	if err != nil {
		return err
	}
	w.b.Widths(sh, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12)
	w.b.Heading(sh, 1, 12, w.title("GRAFIK CAPAIAN KINERJA DAN SERAPAN ANGGARAN TAHUN "+w.year()), xlsx.Heading)
	first := w.capaianRows[0]
	charts := []struct {
		at, title, sheet, cats, vals string
		end                          int
	}{
		{"A3", "Capaian Kinerja per Indikator (%)", SheetCapaian, "C", "H", w.capaianRows[1]},
		{"A36", "Serapan Anggaran per Program (%)", SheetEfisiensi, "C", "I", first + w.programs - 1},
	}
	for i, c := range charts {
		if c.end < first {
			continue
		}
		if i == 1 {
			w.b.F.InsertPageBreak(sh, "A35")
		}
		ref := func(col string) string { return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", c.sheet, col, first, col, c.end) }
		zero, vary := 0.0, false
		if err := w.b.F.AddChart(sh, c.at, &excelize.Chart{
			Type:       excelize.Bar,
			VaryColors: &vary,
			XAxis:      excelize.ChartAxis{Font: excelize.Font{Family: "Calibri", Color: "333333", Size: 9}, ReverseOrder: true},
			YAxis:      excelize.ChartAxis{Minimum: &zero, MajorGridLines: true, Font: excelize.Font{Family: "Calibri", Color: "333333", Size: 9}},
			Series:     []excelize.ChartSeries{{Name: fmt.Sprintf("'%s'!$%s$4", c.sheet, c.vals), Categories: ref(c.cats), Values: ref(c.vals)}},
			Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.title, Font: &excelize.Font{Family: "Calibri", Size: 12, Bold: true}}}},
			Legend:     excelize.ChartLegend{Position: "none"},
			Dimension:  excelize.ChartDimension{Width: 1000, Height: 600},
			PlotArea:   excelize.ChartPlotArea{ShowVal: true},
		}); err != nil {
			return fmt.Errorf("chart %s: %w", c.title, err)
		}
	}
	w.b.Touch(sh, 12, 68)
	return w.b.Print(sh, xlsx.PrintSetup{Footer: "LAKIP " + w.year() + " — Grafik — " + w.lap.PerangkatDaerah})
}

// sumber lists, for every target and realisasi of the Capaian Kinerja sheet
// and every figure of the Realisasi Anggaran sheet, the input cells it is
// made of.
func (w *writer) sumber(ctx context.Context, db *warehouse.DB) error {
	sh, err := w.b.Sheet(SheetSumber)
	if err != nil {
		return err
	}
	cols := []xlsx.Column{
		{Head: []string{"Sel LAKIP"}, Width: 26}, {Head: []string{"Kolom"}, Width: 12}, {Head: []string{"Uraian"}, Width: 36},
		{Head: []string{"Berkas Masukan"}, Width: 36}, {Head: []string{"Lembar"}, Width: 18}, {Head: []string{"Sel"}, Width: 7},
		{Head: []string{"Nilai"}, Width: 14}, {Head: []string{"Keterangan"}, Width: 44},
	}
	r := w.table(sh, "ASAL SETIAP ANGKA LAKIP", "Target dan realisasi lembar Capaian Kinerja, pagu dan realisasi lembar Realisasi Anggaran, dengan sel masukan pembentuknya; angka jumlah adalah jumlah nilai sel-selnya. Kolom lain dihitung dari angka-angka ini.", cols)
	first := r
	put := func(at, kolom, uraian string, file, sheetName, cellRef, nilai sql.NullString, ket string) {
		for i, t := range []string{at, kolom, uraian, file.String, sheetName.String, cellRef.String} {
			w.b.Str(sh, i+1, r, t, xlsx.Text)
		}
		w.b.Num(sh, 7, r, nilai.String, xlsx.General)
		w.b.Str(sh, 8, r, ket, xlsx.Text)
		r++
	}
	none := sql.NullString{}
	for i, x := range w.rows {
		row := w.capaianRows[0] + i
		if x.target.Valid {
			put(fmt.Sprintf("'%s'!%s%d", SheetCapaian, xlsx.Col(ColTarget), row), "target", x.kode+" "+x.nama, x.targetFile, x.targetSheet, x.targetCell, x.target, "")
		}
		if x.realisasi.Valid {
			ket := "diketik unit"
			if x.sumber == "register" {
				ket = "dihitung dari register di berkas ini: " + xlsx.Indonesian(x.pembilang.String) + " ÷ " + xlsx.Indonesian(x.penyebut.String) + " × 100 (" + x.formula + ")"
			}
			put(fmt.Sprintf("'%s'!%s%d", SheetCapaian, xlsx.Col(ColRealisasi), row), "realisasi", x.kode+" "+x.nama, x.realFile, x.realSheet, x.realCell, x.realisasi, ket)
			if x.sumber == "register" && x.penyebutFile.Valid && x.penyebutFile != x.realFile {
				// the denominator comes from another unit's register: its file too
				put("", "penyebut", x.kode+" "+x.nama, x.penyebutFile, none, none, x.penyebut,
					"penyebut "+xlsx.Indonesian(x.penyebut.String)+" dari register di berkas ini; pembilang dari berkas di baris atas")
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
		col := ColPagu
		if kolom == "realisasi_rp" {
			col = ColRealisasiRp
		}
		put(fmt.Sprintf("'%s'!%s%d", SheetAnggaran, xlsx.Col(col), row), kolom, uraian, file, sheetName, cellRef, nilai, "")
	}
	if err := q.Err(); err != nil {
		return err
	}
	return w.b.Print(sh, xlsx.PrintSetup{HeaderFirst: 4, HeaderLast: first - 1, FreezeCols: 1, RepeatCols: 1,
		Footer: "LAKIP " + w.year() + " — asal setiap angka — " + w.lap.PerangkatDaerah})
}
