// Package templates writes the monthly report templates: one workbook per
// unit, pre-filled from the Renstra with that unit's programs, kegiatan,
// indicators, satuan, targets and pagu for the year, plus the unit's
// registers, and one for Sub Bagian Keuangan (realisasi anggaran of every
// kegiatan and of Belanja Tidak Langsung). Cells to fill are highlighted and
// unlocked, the rest protected, fill cells validated; a Petunjuk sheet says
// how; a hidden sheet names unit, year and template version. The same
// builder, given a filled Report, writes a filled monthly report (the
// sample generator uses it).
package templates

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/xlsx"
)

// Version of the template layout, written into every template.
const Version = "1"

// Keuangan is the code of Sub Bagian Keuangan dan Aset's report.
const Keuangan = "KEU"

// Sheet names. The reader recognises sheets by their titles and headers, so
// a renamed sheet still reads.
const (
	SheetPetunjuk  = "Petunjuk"
	SheetRealisasi = "Realisasi"
	SheetKeuangan  = "Realisasi Anggaran"
	SheetMeta      = "_kinerja"
)

// headerRow is the row of a sheet's column labels in a template; rows 1–4
// hold the title and the header block (unit, year, month).
const headerRow = 6

// Row is one line of a unit's plan for the year.
type Row struct {
	Unit, Kode, ParentKode, Jenis, Blok string
	Uraian, Indikator, KodeIndikator    string
	Satuan, TargetText                  string
	Target, Pagu, TargetAkhir           sql.NullString
	Seq, Tingkat                        int
	Lanjutan                            bool
	// Daun marks a budget line: a row of the program hierarchy with none
	// under it (a kegiatan of a 13/2006 plan, a sub kegiatan of a 90/2019
	// one). Its realisasi anggaran is reported; a row above it adds up
	// those under it.
	Daun bool
}

// belanjaTidakLangsung is the block of a 13/2006 plan outside the program
// hierarchy (salaries); a 90/2019 plan has no blocks.
const belanjaTidakLangsung = "BELANJA TIDAK LANGSUNG"

// InProgram reports whether the row is of the program hierarchy (program,
// kegiatan, sub kegiatan), not a Belanja Tidak Langsung line.
func (r Row) InProgram() bool { return r.Blok != belanjaTidakLangsung }

// Key identifies a row of the Realisasi sheet: the kode, and for a
// program's indicator rows the indicator code.
func (r Row) Key() string {
	if r.KodeIndikator != "" {
		return r.Kode + "#" + r.KodeIndikator
	}
	return r.Kode
}

// Plan is what a year's templates are built from.
type Plan struct {
	Year  int
	Units []Unit
	Rows  []Row
}

// Unit is a unit of the Dinas.
type Unit struct{ Kode, Nama string }

// LoadPlan reads the year's plan from a published warehouse.
func LoadPlan(ctx context.Context, db *warehouse.DB, year int) (*Plan, error) {
	p := &Plan{Year: year}
	units, err := db.QueryContext(ctx, `SELECT kode, nama FROM mart.unit ORDER BY CASE kode WHEN 'SEK' THEN 0 ELSE 1 END, kode`)
	if err != nil {
		return nil, fmt.Errorf("mart.unit: %w", err)
	}
	for units.Next() {
		var u Unit
		if err := units.Scan(&u.Kode, &u.Nama); err != nil {
			units.Close()
			return nil, err
		}
		p.Units = append(p.Units, u)
	}
	units.Close()
	rows, err := db.QueryContext(ctx, `
		SELECT coalesce(unit, ''), coalesce(kode, ''), coalesce(parent_kode, ''), jenis, coalesce(blok, ''), coalesce(uraian, ''),
		       coalesce(indikator, ''), coalesce(kode_indikator, ''), coalesce(satuan, ''), coalesce(target_text, ''),
		       CAST(target AS VARCHAR), CAST(pagu AS VARCHAR), CAST(target_akhir AS VARCHAR), seq, coalesce(tingkat, 0), lanjutan,
		       coalesce(daun, false)
		FROM mart.rencana_tahunan WHERE year = ? AND berlaku ORDER BY seq`, year)
	if err != nil {
		return nil, fmt.Errorf("mart.rencana_tahunan: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r Row
		if err := rows.Scan(&r.Unit, &r.Kode, &r.ParentKode, &r.Jenis, &r.Blok, &r.Uraian, &r.Indikator, &r.KodeIndikator,
			&r.Satuan, &r.TargetText, &r.Target, &r.Pagu, &r.TargetAkhir, &r.Seq, &r.Tingkat, &r.Lanjutan, &r.Daun); err != nil {
			return nil, err
		}
		p.Rows = append(p.Rows, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(p.Rows) == 0 {
		return nil, fmt.Errorf("Renstra tidak memuat rencana tahun %d", year)
	}
	return p, nil
}

// UnitRows are the rows of a unit's Realisasi sheet, in Renstra order: the
// programs (and kegiatan) its rows belong to (for context), its kegiatan and
// sub kegiatan, and the program indicators it answers for.
func (p *Plan) UnitRows(unit string) []Row {
	parent := map[string]string{}
	for _, r := range p.Rows {
		if r.InProgram() && r.ParentKode != "" {
			parent[r.Kode] = r.ParentKode
		}
	}
	above := map[string]bool{} // every row above one of the unit's
	for _, r := range p.Rows {
		if r.Unit == unit && r.Jenis != "program" && r.InProgram() {
			for k := parent[r.Kode]; k != "" && !above[k]; k = parent[k] {
				above[k] = true
			}
		}
	}
	var out []Row
	seen := map[string]bool{}
	for _, r := range p.Rows {
		if !r.InProgram() {
			continue
		}
		switch {
		case r.Unit == unit:
			out = append(out, r)
			seen[r.Kode] = true
		case above[r.Kode] && !r.Lanjutan && !seen[r.Kode]:
			seen[r.Kode] = true
			ctx := r // another unit's program or kegiatan: its name only, nothing to answer
			ctx.Indikator, ctx.KodeIndikator, ctx.Satuan, ctx.TargetText = "", "", "", ""
			ctx.Target, ctx.Pagu = sql.NullString{}, sql.NullString{}
			out = append(out, ctx)
		}
	}
	return out
}

// KeuanganRows are the rows of Keuangan's report: every budget line (a
// kegiatan of a 13/2006 plan, a sub kegiatan of a 90/2019 one), and the
// Belanja Tidak Langsung lines that have no lines under them.
func (p *Plan) KeuanganRows() []Row {
	hasChild := map[string]bool{}
	for _, r := range p.Rows {
		hasChild[r.ParentKode] = true
	}
	var out []Row
	for _, r := range p.Rows {
		if r.Lanjutan || !r.Pagu.Valid {
			continue
		}
		if (r.InProgram() && r.Daun) || (!r.InProgram() && !hasChild[r.Kode]) {
			out = append(out, r)
		}
	}
	return out
}

// Fillable reports whether a unit answers for the row: its kegiatan, or its
// program indicator.
func Fillable(r Row, unit string) bool {
	return r.Unit == unit && (r.Jenis != "program" || r.KodeIndikator != "")
}

// Report is a filled monthly report; nil builds a blank template.
type Report struct {
	Month     int
	Saved     time.Time            // the document's "last saved" time
	Realisasi map[string]Realisasi // by Row.Key()
	Registers map[string][][]any   // by register sheet name: rows of values (string, float64, int, time.Time)
}

// Realisasi is what a unit reports for one row, cumulative to the month.
type Realisasi struct {
	Kinerja, Anggaran *float64
	Permasalahan      string
	Solusi            string
}

// FileName is a template's file name.
func FileName(unit string, year int) string {
	return fmt.Sprintf("Laporan-Bulanan_%s_%d.xlsx", unit, year)
}

// Write writes the blank templates of the year for every unit and Keuangan.
func Write(p *Plan, dir string) ([]string, error) {
	var names []string
	for _, u := range append(append([]Unit(nil), p.Units...), Unit{Keuangan, "Sub Bagian Keuangan dan Aset"}) {
		b, err := Build(p, u.Kode, nil)
		if err != nil {
			return nil, fmt.Errorf("templat %s: %w", u.Kode, err)
		}
		name := FileName(u.Kode, p.Year)
		if err := b.Save(dir, name); err != nil {
			return nil, err
		}
		names = append(names, name)
	}
	return names, nil
}

func (p *Plan) unitName(kode string) string {
	if kode == Keuangan {
		return "Sub Bagian Keuangan dan Aset"
	}
	for _, u := range p.Units {
		if u.Kode == kode {
			return u.Nama
		}
	}
	return kode
}

// Build writes a unit's workbook: blank when r is nil, filled otherwise.
func Build(p *Plan, unit string, r *Report) (*xlsx.Book, error) {
	name := p.unitName(unit)
	b, err := xlsx.New(fmt.Sprintf("Laporan bulanan %s %d", unit, p.Year), name)
	if err != nil {
		return nil, err
	}
	if r != nil && !r.Saved.IsZero() {
		// A filled report carries the time it was saved, as a spreadsheet
		// program records it; the newest of two reports for one month wins.
		saved := r.Saved.UTC().Format(time.RFC3339)
		if err := b.F.SetDocProps(&excelize.DocProperties{Creator: name, LastModifiedBy: name, Created: saved, Modified: saved,
			Title: fmt.Sprintf("Laporan bulanan %s %d-%02d", unit, p.Year, r.Month), Language: "id-ID"}); err != nil {
			return nil, err
		}
	}
	if err := petunjuk(b, p, unit, name); err != nil {
		return nil, err
	}
	if unit == Keuangan {
		err = keuangan(b, p, r)
	} else {
		err = realisasi(b, p, unit, name, r)
	}
	if err != nil {
		return nil, err
	}
	for _, reg := range Registers(unit, p.Year) {
		var rows [][]any
		if r != nil {
			rows = r.Registers[reg.Sheet]
		}
		if err := register(b, p, unit, name, reg, rows, r); err != nil {
			return nil, fmt.Errorf("%s: %w", reg.Sheet, err)
		}
	}
	if err := meta(b, unit, p.Year); err != nil {
		return nil, err
	}
	return b, nil
}

// headerBlock writes the title and the unit / year / month lines a reader
// also uses to tell whose report a file is.
func headerBlock(b *xlsx.Book, sh, title, unit, name string, year int, r *Report, monthCell bool) error {
	steps := []error{
		b.Str(sh, 1, 1, title, xlsx.Title),
		b.Str(sh, 1, 2, fmt.Sprintf("Unit: %s (%s)", name, unit), xlsx.Subtitle),
		b.Str(sh, 1, 3, "Tahun: "+strconv.Itoa(year), xlsx.Subtitle),
	}
	if monthCell {
		month := ""
		if r != nil && r.Month > 0 {
			month = idtext.Months[r.Month-1]
		}
		steps = append(steps, b.Str(sh, 1, 4, "Bulan:", xlsx.Subtitle), b.Str(sh, 2, 4, month, xlsx.InputText),
			b.ListValidation(sh, "B4", idtext.Months, "Pilih bulan laporan."))
	} else {
		steps = append(steps, b.Str(sh, 1, 4, "Bulan: lihat lembar "+SheetRealisasi+" / "+SheetKeuangan, xlsx.Subtitle))
	}
	for _, err := range steps {
		if err != nil {
			return err
		}
	}
	return nil
}

func petunjuk(b *xlsx.Book, p *Plan, unit, name string) error {
	sh, err := b.Sheet(SheetPetunjuk)
	if err != nil {
		return err
	}
	lines := []string{
		fmt.Sprintf("PETUNJUK PENGISIAN LAPORAN BULANAN %d — %s", p.Year, strings.ToUpper(name)),
		"",
		"1. Isi hanya sel berwarna biru muda. Sel lain dikunci agar rumus dan rencana tidak terubah.",
		"2. Pilih bulan laporan di sel Bulan (lembar " + SheetRealisasi + "). Satu berkas untuk satu bulan; simpan dengan nama yang menyebut unit dan bulan, mis. Laporan_" + unit + "_Juni_" + strconv.Itoa(p.Year) + ".xlsx.",
		"3. Realisasi kinerja dan realisasi anggaran diisi KUMULATIF: jumlah sejak Januari sampai akhir bulan laporan, bukan bulan itu saja.",
		"4. Angka diketik tanpa titik ribuan atau dengan titik ribuan cara Indonesia (1.250.000); desimal dengan koma (77,5). Jangan ketik \"Rp\" atau satuan di sel angka.",
		"5. Sel yang belum ada datanya dibiarkan kosong; jangan diisi 0 bila memang belum ada.",
		"6. Kolom Permasalahan dan Solusi diisi untuk kegiatan yang realisasinya di bawah rencana; isinya dipakai di LKPJ.",
		"7. Lembar register (bila ada) diisi lengkap setiap bulan: semua baris, bukan hanya yang berubah. Jenis kelamin L/P; Ya/Tidak dari daftar.",
		"8. Bila perlu menambah kolom atau baris keterangan, boleh; jangan menghapus kolom yang ada. Laporan tetap terbaca bila judul kolom sedikit diubah.",
		"9. Kirim berkas ke Sub Bagian Perencanaan dan Evaluasi paling lambat tanggal 5 bulan berikutnya. Bila ada perbaikan, kirim ulang seluruh berkas; berkas yang terakhir disimpan menggantikan yang lama.",
		"",
		"Templat versi " + Version + ", dibuat oleh kinerja dari Renstra. Unit: " + unit + ".",
	}
	for i, l := range lines {
		style := xlsx.Subtitle
		if i == 0 {
			style = xlsx.Title
		}
		if err := b.Str(sh, 1, i+1, l, style); err != nil {
			return err
		}
	}
	return b.Widths(sh, 130)
}

// Realisasi sheet columns.
var realisasiCols = []struct {
	label string
	width float64
}{
	{"Kode Rekening", 24}, {"Program / Kegiatan", 42}, {"Indikator Kinerja", 38}, {"Satuan", 10},
	{"Target %d", 11}, {"Pagu %d (Rp)", 16},
	{"Realisasi Kinerja s.d. Bulan Ini", 14}, {"Realisasi Anggaran s.d. Bulan Ini (Rp)", 18},
	{"Permasalahan", 30}, {"Solusi", 30},
}

func realisasi(b *xlsx.Book, p *Plan, unit, name string, r *Report) error {
	sh, err := b.Sheet(SheetRealisasi)
	if err != nil {
		return err
	}
	if err := headerBlock(b, sh, "LAPORAN REALISASI KINERJA DAN ANGGARAN BULANAN", unit, name, p.Year, r, true); err != nil {
		return err
	}
	var widths []float64
	sub := false // a 90/2019 plan: the heading names the third level
	for _, r := range p.Rows {
		sub = sub || r.Jenis == "sub kegiatan"
	}
	for i, c := range realisasiCols {
		label := c.label
		if strings.Contains(label, "%d") {
			label = fmt.Sprintf(label, p.Year)
		}
		if sub && label == "Program / Kegiatan" {
			label += " / Sub Kegiatan"
		}
		if err := b.Str(sh, i+1, headerRow, label, xlsx.Header); err != nil {
			return err
		}
		widths = append(widths, c.width)
	}
	row := headerRow + 1
	var paguRefs, anggaranRefs []string
	var paguSum, anggaranSum float64
	anggaranAny := false
	for _, pr := range p.UnitRows(unit) {
		bold := xlsx.Text
		if pr.Jenis == "program" {
			bold = xlsx.TextBold
		}
		for i, v := range []string{pr.Kode, pr.Uraian, pr.Indikator, pr.Satuan} {
			if err := b.Str(sh, i+1, row, v, bold); err != nil {
				return err
			}
		}
		target, targetStyle := pr.Target.String, xlsx.Int
		if pr.Target.Valid && strings.Contains(target, ".") && strings.Trim(strings.SplitN(target, ".", 2)[1], "0") != "" {
			targetStyle = xlsx.Dec2
		}
		if err := b.Num(sh, 5, row, target, targetStyle); err != nil {
			return err
		}
		pagu := ""
		if pr.Daun {
			pagu = pr.Pagu.String
		}
		if err := b.Num(sh, 6, row, pagu, xlsx.Rupiah); err != nil {
			return err
		}
		if Fillable(pr, unit) {
			var fill Realisasi
			if r != nil {
				fill = r.Realisasi[pr.Key()]
			}
			if err := b.Num(sh, 7, row, float(fill.Kinerja), xlsx.InputNumber); err != nil {
				return err
			}
			anggaranStyle := xlsx.InputRupiah
			if !pr.Daun {
				anggaranStyle = xlsx.Rupiah // a program's or kegiatan's spending is the sum of the lines under it
			} else {
				paguRefs = append(paguRefs, xlsx.Ref(6, row))
				anggaranRefs = append(anggaranRefs, xlsx.Ref(8, row))
				if pr.Pagu.Valid {
					f, _ := strconv.ParseFloat(pr.Pagu.String, 64)
					paguSum += f
				}
				if fill.Anggaran != nil {
					anggaranSum += *fill.Anggaran
					anggaranAny = true
				}
			}
			ang := ""
			if pr.Daun {
				ang = float(fill.Anggaran)
			}
			if err := b.Num(sh, 8, row, ang, anggaranStyle); err != nil {
				return err
			}
			if err := b.Str(sh, 9, row, fill.Permasalahan, xlsx.InputText); err != nil {
				return err
			}
			if err := b.Str(sh, 10, row, fill.Solusi, xlsx.InputText); err != nil {
				return err
			}
		} else {
			if err := b.Style(sh, 7, row, 10, row, xlsx.Text); err != nil {
				return err
			}
		}
		row++
	}
	first, last := headerRow+1, row-1
	if err := b.Str(sh, 1, row, "JUMLAH", xlsx.TextBold); err != nil {
		return err
	}
	if err := b.Style(sh, 2, row, 10, row, xlsx.TextBold); err != nil {
		return err
	}
	if len(paguRefs) > 0 {
		if err := b.Formula(sh, 6, row, "SUM("+strings.Join(paguRefs, ",")+")", xlsx.Rupiah); err != nil {
			return err
		}
		if err := b.F.SetCellValue(sh, xlsx.Ref(6, row), paguSum); err == nil {
			b.F.SetCellFormula(sh, xlsx.Ref(6, row), "SUM("+strings.Join(paguRefs, ",")+")")
		}
		if err := b.Formula(sh, 8, row, "SUM("+strings.Join(anggaranRefs, ",")+")", xlsx.Rupiah); err != nil {
			return err
		}
		if anggaranAny {
			b.F.SetCellValue(sh, xlsx.Ref(8, row), anggaranSum)
			b.F.SetCellFormula(sh, xlsx.Ref(8, row), "SUM("+strings.Join(anggaranRefs, ",")+")")
		}
	}
	if err := b.Str(sh, 1, row+2, "Catatan: isi sel berwarna biru muda. Realisasi diisi kumulatif sejak Januari sampai akhir bulan laporan.", xlsx.Note); err != nil {
		return err
	}
	if last >= first {
		if err := b.NumberValidation(sh, fmt.Sprintf("G%d:H%d", first, last), "Angka kumulatif sampai akhir bulan laporan, nol atau lebih."); err != nil {
			return err
		}
	}
	if err := b.Widths(sh, widths...); err != nil {
		return err
	}
	if err := b.PageSetup(sh, headerRow, headerRow, 2); err != nil {
		return err
	}
	return b.Protect(sh)
}

func keuangan(b *xlsx.Book, p *Plan, r *Report) error {
	sh, err := b.Sheet(SheetKeuangan)
	if err != nil {
		return err
	}
	if err := headerBlock(b, sh, "LAPORAN REALISASI ANGGARAN PER KEGIATAN — SUB BAGIAN KEUANGAN DAN ASET", Keuangan, "Sub Bagian Keuangan dan Aset", p.Year, r, true); err != nil {
		return err
	}
	labels := []string{"Kode Rekening", "Uraian", "Unit", fmt.Sprintf("Pagu %d (Rp)", p.Year), "Realisasi s.d. Bulan Ini (Rp)", "Keterangan"}
	for i, l := range labels {
		if err := b.Str(sh, i+1, headerRow, l, xlsx.Header); err != nil {
			return err
		}
	}
	row := headerRow + 1
	var paguSum, realSum float64
	any := false
	for _, kr := range p.KeuanganRows() {
		var fill Realisasi
		if r != nil {
			fill = r.Realisasi[kr.Kode]
		}
		for i, v := range []string{kr.Kode, kr.Uraian, kr.Unit} {
			if err := b.Str(sh, i+1, row, v, xlsx.Text); err != nil {
				return err
			}
		}
		if err := b.Num(sh, 4, row, kr.Pagu.String, xlsx.Rupiah); err != nil {
			return err
		}
		f, _ := strconv.ParseFloat(kr.Pagu.String, 64)
		paguSum += f
		if err := b.Num(sh, 5, row, float(fill.Anggaran), xlsx.InputRupiah); err != nil {
			return err
		}
		if fill.Anggaran != nil {
			realSum += *fill.Anggaran
			any = true
		}
		if err := b.Str(sh, 6, row, fill.Permasalahan, xlsx.InputText); err != nil {
			return err
		}
		row++
	}
	if err := b.Str(sh, 1, row, "JUMLAH", xlsx.TextBold); err != nil {
		return err
	}
	b.Style(sh, 2, row, 6, row, xlsx.TextBold)
	sumD := fmt.Sprintf("SUM(D%d:D%d)", headerRow+1, row-1)
	sumE := fmt.Sprintf("SUM(E%d:E%d)", headerRow+1, row-1)
	b.Formula(sh, 4, row, sumD, xlsx.Rupiah)
	b.F.SetCellValue(sh, xlsx.Ref(4, row), paguSum)
	b.F.SetCellFormula(sh, xlsx.Ref(4, row), sumD)
	b.Formula(sh, 5, row, sumE, xlsx.Rupiah)
	if any {
		b.F.SetCellValue(sh, xlsx.Ref(5, row), realSum)
		b.F.SetCellFormula(sh, xlsx.Ref(5, row), sumE)
	}
	if err := b.NumberValidation(sh, fmt.Sprintf("E%d:E%d", headerRow+1, row-1), "Realisasi kumulatif sampai akhir bulan laporan (Rp)."); err != nil {
		return err
	}
	if err := b.Widths(sh, 24, 50, 8, 18, 18, 30); err != nil {
		return err
	}
	if err := b.PageSetup(sh, headerRow, headerRow, 2); err != nil {
		return err
	}
	return b.Protect(sh)
}

func meta(b *xlsx.Book, unit string, year int) error {
	sh, err := b.Sheet(SheetMeta)
	if err != nil {
		return err
	}
	rows := [][2]string{{"Kunci", "Nilai"}, {"unit", unit}, {"tahun", strconv.Itoa(year)}, {"versi", Version}, {"jenis", "laporan bulanan"}}
	for i, kv := range rows {
		if err := b.Str(sh, 1, i+1, kv[0], xlsx.Text); err != nil {
			return err
		}
		if err := b.Str(sh, 2, i+1, kv[1], xlsx.Text); err != nil {
			return err
		}
	}
	if err := b.Protect(sh); err != nil {
		return err
	}
	return b.HideVery(sh)
}

func float(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}
