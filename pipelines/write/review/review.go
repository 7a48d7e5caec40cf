// Package review writes the review workbook: every published figure the
// recomputation does not reproduce, every internal total of the inputs that
// does not add up, every disagreement between tables, and every problem met
// reading the inputs — each with its place (file, sheet, cell), the published
// and recomputed numbers, the difference and a severity. It reads mart.review,
// mart.berkas and mart.laporan.
package review

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

// FileName is the review workbook's name.
const FileName = "Review-Kinerja.xlsx"

// Categories in the order of their sheets, with the sheet names.
// Labels renames the shared columns where a category means something else
// by them.
var Categories = []struct {
	Name, Sheet string
	Labels      map[string]string
}{
	{"Selisih terbitan", "Selisih Terbitan", nil},
	{"Jumlah tidak cocok", "Jumlah Tidak Cocok", nil},
	{"Antar tabel", "Antar Tabel", map[string]string{
		"Angka terbit": "Angka tabel ini", "Hitung ulang": "Angka tabel pembanding", "Selisih (hitung ulang − terbit)": "Selisih (pembanding − tabel ini)"}},
	{"Rekonsiliasi", "Rekonsiliasi", map[string]string{
		"Tabel": "Laporan", "Baris": "Unit dan kegiatan/indikator", "Angka terbit": "Angka dilaporkan",
		"Hitung ulang": "Pembanding", "Selisih (hitung ulang − terbit)": "Selisih (pembanding − dilaporkan)", "Yang diharapkan": "Asal pembanding"}},
	{"Masukan", "Masukan", nil},
}

var severities = []string{"tinggi", "sedang", "rendah", "info"}

// Writer writes the review workbook.
type Writer struct{}

// Name names the writer in logs.
func (Writer) Name() string { return "review" }

type item struct {
	seq                               int
	kategori, severity, rule          string
	tabel, baris, kolom, jendela      sql.NullString
	tahun                             sql.NullInt64
	published, recomputed, difference sql.NullString
	file, sheet, cell, raw, expected  sql.NullString
	message                           string
}

// Columns of every category sheet.
var columns = []struct {
	label string
	width float64
}{
	{"No", 5}, {"Tingkat", 8}, {"Tabel", 10}, {"Jendela", 10}, {"Baris", 34}, {"Kolom", 18}, {"Tahun", 7},
	{"Angka terbit", 15}, {"Hitung ulang", 15}, {"Selisih (hitung ulang − terbit)", 14}, // one sign on every sheet: the second figure less the first
	{"Berkas", 26}, {"Lembar", 12}, {"Sel", 8}, {"Isi asli", 14}, {"Yang diharapkan", 20}, {"Keterangan", 70}, {"Aturan", 16},
	{"Tindak lanjut", 44}, {"Penanggung jawab", 24}, {"Status", 10},
}

// TindakLanjut is what a finding asks someone to do, by its rule.
func TindakLanjut(rule string) string {
	switch {
	case rule == "rekon.anggaran_keuangan":
		return "Unit mencocokkan realisasi anggarannya dengan Sub Bagian Keuangan dan Aset, lalu mengirim laporan perbaikan."
	case rule == "rekon.kumulatif_turun":
		return "Unit memeriksa angka kumulatif bulan ini dan bulan sebelumnya, lalu mengirim laporan perbaikan."
	case rule == "rekon.melebihi_pagu":
		return "Periksa realisasi terhadap DPA; bila memang melebihi pagu, siapkan pergeseran atau perubahan anggaran."
	case rule == "rekon.indikator_register":
		return "Unit menyamakan nilai indikator yang diketik dengan hitungan registernya."
	case rule == "rekon.jumlah":
		return "Perbaiki baris JUMLAH agar sama dengan jumlah baris-barisnya."
	case rule == "rekon.tidak_lapor":
		return "Unit mengirim laporan bulan itu."
	case rule == "laporan.kode_asing":
		return "Unit mengisi ulang baris itu pada templat tahun ini (kode Renstra yang berlaku), lalu mengirim laporan perbaikan."
	case strings.HasPrefix(rule, "silang."):
		return "Tetapkan angka yang benar dan samakan kedua tabel pada dokumen berikutnya."
	case strings.HasPrefix(rule, "t23.") || strings.HasPrefix(rule, "t24.") || strings.HasPrefix(rule, "t61.") || strings.HasPrefix(rule, "rencana.") || strings.HasPrefix(rule, "target."):
		return "Periksa angka terbitan; perbaiki pada dokumen berikutnya atau catat alasannya."
	case strings.HasPrefix(rule, "laporan.") || strings.HasPrefix(rule, "berkas."):
		return "Tidak perlu tindakan bila benar demikian; untuk catatan."
	}
	return "Perbaiki isian pada berkas masukan, lalu jalankan ulang."
}

// Write writes the review workbook.
func (Writer) Write(ctx context.Context, db *warehouse.DB, dir string) ([]string, error) {
	lap, err := report.ReadLaporan(ctx, db)
	if err != nil {
		return nil, err
	}
	perangkat := lap.PerangkatDaerah
	items, err := loadItems(ctx, db)
	if err != nil {
		return nil, err
	}
	b, err := xlsx.New("Review data kinerja", perangkat)
	if err != nil {
		return nil, err
	}
	b.Paper = lap.Kertas
	owners, err := loadOwners(ctx, db)
	if err != nil {
		return nil, err
	}
	if err := summary(ctx, db, b, perangkat, items); err != nil {
		return nil, err
	}
	for _, c := range Categories {
		if err := category(b, c.Sheet, c.Name, c.Labels, items, owners); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", c.Sheet, err)
		}
	}
	if err := b.Save(dir, FileName); err != nil {
		return nil, err
	}
	return []string{FileName}, nil
}

// owners names who follows a finding up: a report's unit, found by the
// file (mart.kelengkapan) or the unit code a reconciliation line starts
// with (mart.unit); Sub Bagian Perencanaan dan Evaluasi for the rest.
type owners struct{ byFile, byUnit map[string]string }

func loadOwners(ctx context.Context, db *warehouse.DB) (owners, error) {
	o := owners{byFile: map[string]string{}, byUnit: map[string]string{"KEU": "Sub Bagian Keuangan dan Aset"}}
	q, err := db.QueryContext(ctx, `SELECT kode, nama FROM mart.unit UNION ALL SELECT DISTINCT file, unit_nama FROM mart.kelengkapan WHERE file IS NOT NULL AND unit_nama IS NOT NULL`)
	if err != nil {
		return o, fmt.Errorf("mart.unit: %w", err)
	}
	defer q.Close()
	for q.Next() {
		var k, v string
		if err := q.Scan(&k, &v); err != nil {
			return o, err
		}
		if strings.Contains(k, "/") || strings.HasSuffix(k, ".xlsx") {
			o.byFile[k] = v
		} else {
			o.byUnit[k] = v
		}
	}
	return o, q.Err()
}

func (o owners) of(it item) string {
	if it.kategori == "Rekonsiliasi" {
		if code, _, _ := strings.Cut(it.baris.String, " "); o.byUnit[code] != "" {
			return o.byUnit[code]
		}
	}
	if n := o.byFile[it.file.String]; n != "" {
		return n
	}
	return "Sub Bagian Perencanaan dan Evaluasi"
}

func loadItems(ctx context.Context, db *warehouse.DB) ([]item, error) {
	q, err := db.QueryContext(ctx, `
		SELECT seq, kategori, severity, rule, tabel, baris, kolom, jendela, tahun,
		       CAST(published AS VARCHAR), CAST(recomputed AS VARCHAR), CAST(difference AS VARCHAR),
		       file, sheet, cell, raw_text, expected, message
		FROM mart.review ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("mart.review: %w", err)
	}
	defer q.Close()
	var out []item
	for q.Next() {
		var it item
		if err := q.Scan(&it.seq, &it.kategori, &it.severity, &it.rule, &it.tabel, &it.baris, &it.kolom, &it.jendela, &it.tahun,
			&it.published, &it.recomputed, &it.difference, &it.file, &it.sheet, &it.cell, &it.raw, &it.expected, &it.message); err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, q.Err()
}

func summary(ctx context.Context, db *warehouse.DB, b *xlsx.Book, perangkat string, items []item) error {
	sh, err := b.Sheet("Ringkasan")
	if err != nil {
		return err
	}
	steps := []error{
		b.Str(sh, 1, 1, "REVIEW DATA KINERJA "+strings.ToUpper(perangkat), xlsx.Title),
		b.Str(sh, 1, 2, "Setiap angka terbitan dihitung ulang; setiap jumlah diperiksa; laporan bulanan direkonsiliasi dengan Keuangan, pagu, register dan bulan sebelumnya; setiap masalah berkas masukan dicatat. Rinciannya di lembar berikutnya.", xlsx.Subtitle),
		b.Str(sh, 1, 4, "Kategori", xlsx.Header),
	}
	for i, s := range severities {
		steps = append(steps, b.Str(sh, 2+i, 4, s, xlsx.Header))
	}
	steps = append(steps, b.Str(sh, 6, 4, "Jumlah", xlsx.Header))
	for _, err := range steps {
		if err != nil {
			return err
		}
	}
	r := 5
	total := map[string]int{}
	for _, c := range Categories {
		count := map[string]int{}
		n := 0
		for _, it := range items {
			if it.kategori == c.Name {
				count[it.severity]++
				total[it.severity]++
				n++
			}
		}
		if err := b.Str(sh, 1, r, c.Name+" (lembar "+c.Sheet+")", xlsx.Text); err != nil {
			return err
		}
		for i, s := range severities {
			if err := b.Num(sh, 2+i, r, strconv.Itoa(count[s]), xlsx.Int); err != nil {
				return err
			}
		}
		if err := b.Num(sh, 6, r, strconv.Itoa(n), xlsx.Int); err != nil {
			return err
		}
		r++
	}
	if err := b.Str(sh, 1, r, "Jumlah", xlsx.TextBold); err != nil {
		return err
	}
	for i, s := range severities {
		if err := b.Num(sh, 2+i, r, strconv.Itoa(total[s]), xlsx.Int); err != nil {
			return err
		}
	}
	if err := b.Num(sh, 6, r, strconv.Itoa(len(items)), xlsx.Int); err != nil {
		return err
	}
	r += 2
	legend := []string{
		"tinggi: angka terbitan keliru atau tidak dapat dihitung ulang; realisasi berbeda dengan Keuangan atau melebihi pagu; laporan tidak ada.",
		"sedang: angka tidak dicantumkan, jumlah tidak cocok, tabel saling berbeda, angka kumulatif turun, indikator tidak sesuai register, atau nilai masukan tidak terbaca.",
		"rendah: selisih pembulatan atau kekurangan kecil.",
		"info: yang dilewati atau diasumsikan, untuk catatan.",
	}
	for _, l := range legend {
		if err := b.Str(sh, 1, r, l, xlsx.Note); err != nil {
			return err
		}
		r++
	}
	if err := b.Widths(sh, 60, 10, 10, 10, 10, 10); err != nil {
		return err
	}
	if err := b.PageSetup(sh, 4, 4, 0); err != nil {
		return err
	}
	// the inputs on a sheet of their own, its header repeated on every page
	sh, err = b.Sheet("Berkas Masukan")
	if err != nil {
		return err
	}
	b.Str(sh, 1, 1, "BERKAS MASUKAN", xlsx.Title)
	b.Str(sh, 1, 2, "Setiap berkas di folder masukan dengan ukuran dan SHA-256-nya, apa yang dilakukan dengannya, dan formulir yang dikenali.", xlsx.Subtitle)
	r = 4
	for i, h := range []string{"Berkas", "Ukuran (byte)", "SHA-256", "Status", "Formulir yang dikenali"} {
		if err := b.Str(sh, 1+i, r, h, xlsx.Header); err != nil {
			return err
		}
	}
	r++
	q, err := db.QueryContext(ctx, `SELECT path, size_bytes, sha256, status || coalesce(' (' || note || ')', ''), coalesce(formulir, '') FROM mart.berkas ORDER BY path`)
	if err != nil {
		return fmt.Errorf("mart.berkas: %w", err)
	}
	defer q.Close()
	for q.Next() {
		var path, hash, status, forms string
		var size int64
		if err := q.Scan(&path, &size, &hash, &status, &forms); err != nil {
			return err
		}
		for i, err := range []error{
			b.Str(sh, 1, r, path, xlsx.Text), b.Num(sh, 2, r, strconv.FormatInt(size, 10), xlsx.Int),
			b.Str(sh, 3, r, hash, xlsx.Text), b.Str(sh, 4, r, status, xlsx.Text), b.Str(sh, 5, r, forms, xlsx.Text),
		} {
			if err != nil {
				return fmt.Errorf("berkas column %d: %w", i+1, err)
			}
		}
		r++
	}
	if err := q.Err(); err != nil {
		return err
	}
	if err := b.Widths(sh, 48, 14, 66, 16, 80); err != nil {
		return err
	}
	return b.PageSetup(sh, 4, 4, 0)
}

// category writes a category's sheet: its findings, one a row, under the
// column headers, filtered and printed with the headers on every page.
// The rows go through the book's stream writer (xlsx.Stream): a million-row
// licence export's 38 000 findings cost 2,5 s cell by cell.
func category(b *xlsx.Book, sheetName, kategori string, labels map[string]string, items []item, own owners) error {
	sh, err := b.Sheet(sheetName)
	if err != nil {
		return err
	}
	header := make([]xlsx.Cell, len(columns))
	widths := make([]float64, len(columns))
	for i, c := range columns {
		label := c.label
		if l, ok := labels[label]; ok {
			label = l
		}
		header[i] = xlsx.S(label, xlsx.Header)
		widths[i] = c.width
	}
	lines := []xlsx.Line{{R: 1, Cells: []xlsx.Cell{xlsx.S(kategori, xlsx.Title)}}, {R: 3, Cells: header}}
	num := func(v string, st xlsx.Style) xlsx.Cell { return xlsx.N(sql.NullString{String: v, Valid: v != ""}, st) }
	r := 4
	n := 0
	for _, it := range items {
		if it.kategori != kategori {
			continue
		}
		n++
		tahun := ""
		if it.tahun.Valid {
			tahun = strconv.FormatInt(it.tahun.Int64, 10)
		}
		cells := make([]xlsx.Cell, 0, len(columns)) // one slice a row: the review of a million-row export has 38 000
		cells = append(cells, num(strconv.Itoa(n), xlsx.Int), xlsx.T(it.severity))
		for _, t := range []sql.NullString{it.tabel, it.jendela, it.baris, it.kolom} {
			cells = append(cells, xlsx.T(t.String))
		}
		cells = append(cells, num(tahun, xlsx.General))
		for _, v := range []sql.NullString{it.published, it.recomputed, it.difference} {
			cells = append(cells, num(v.String, numberStyle(v.String)))
		}
		for _, t := range []sql.NullString{it.file, it.sheet, it.cell, it.raw, it.expected} {
			cells = append(cells, xlsx.T(t.String))
		}
		cells = append(cells, xlsx.T(it.message), xlsx.T(it.rule), xlsx.T(TindakLanjut(it.rule)), xlsx.T(own.of(it)), xlsx.T("terbuka"))
		lines = append(lines, xlsx.Line{R: r, Cells: cells})
		r++
	}
	if n == 0 {
		lines = append(lines, xlsx.Line{R: r, Cells: []xlsx.Cell{xlsx.S("Tidak ada temuan.", xlsx.Note)}})
	}
	// what the stream keeps, set first: the widths, the extent the print
	// scale is computed from, the filter and the print setup
	if err := b.Widths(sh, widths...); err != nil {
		return err
	}
	b.Touch(sh, len(columns), lines[len(lines)-1].R)
	if n > 0 {
		if err := b.F.AutoFilter(sh, fmt.Sprintf("A3:%s%d", xlsx.Col(len(columns)), r-1), nil); err != nil {
			return err
		}
	}
	if err := b.PageSetup(sh, 3, 3, 0); err != nil {
		return err
	}
	return b.Stream(sh, lines)
}

// numberStyle shows whole numbers without decimals and others with two.
func numberStyle(v string) xlsx.Style {
	if _, frac, _ := strings.Cut(v, "."); strings.Trim(frac, "0") != "" {
		return xlsx.Dec2
	}
	return xlsx.Int
}
