package templates

import (
	"fmt"
	"strconv"
	"time"

	"kinerja/pipelines/xlsx"
)

// ColKind is what a register column holds.
type ColKind int

const (
	ColText ColKind = iota
	ColNumber
	ColRupiah
	ColDate
	ColList // one of Choices
)

// RegisterCol is a register column; Group puts it under a two-row header
// ("Anggota" over "L" and "P").
type RegisterCol struct {
	Label, Group string
	Kind         ColKind
	Choices      []string
	Width        float64
}

// Register is a register sheet of a unit's report.
type Register struct {
	Sheet, Title string
	Cols         []RegisterCol
	Rows         int // blank rows in a template
}

var (
	yaTidak = []string{"Ya", "Tidak"}
	lp      = []string{"L", "P"}
	// JenisKoperasi are the kinds of cooperative the register records.
	JenisKoperasi = []string{"KSP", "KSPPS", "Konsumen", "Produsen", "Jasa", "Pemasaran", "Serba Usaha"}
	// Predikat is the health scale of KSP/USP (Peraturan Deputi 06/2016).
	Predikat = []string{"Sehat", "Cukup Sehat", "Dalam Pengawasan", "Dalam Pengawasan Khusus"}
	// Sektor are Semarang's own business categories.
	Sektor = []string{"Batik", "Handycraft", "Olahan Pangan", "Bandeng", "Pariwisata", "Lunpia", "Jamu", "Tas", "Mebel", "Logam", "Lain-lain"}
)

// Registers are a unit's register sheets, per its work (DOMAIN.md).
func Registers(unit string, year int) []Register {
	no := RegisterCol{Label: "No", Kind: ColNumber, Width: 5}
	bh := RegisterCol{Label: "Nomor Badan Hukum", Width: 22}
	namaKop := RegisterCol{Label: "Nama Koperasi", Width: 34}
	namaUsaha := RegisterCol{Label: "Nama Usaha", Width: 30}
	jk := RegisterCol{Label: "Jenis Kelamin", Kind: ColList, Choices: lp, Width: 9}
	pelatihan := Register{Sheet: "Pelatihan", Title: "PESERTA PELATIHAN", Rows: 300, Cols: []RegisterCol{
		no, {Label: "Nama Pelatihan", Width: 30}, {Label: "Tanggal", Kind: ColDate, Width: 12}, {Label: "Nama Peserta", Width: 26},
		jk, {Label: "Asal Koperasi / Usaha", Width: 28}, {Label: "Kecamatan", Width: 18},
	}}
	switch unit {
	case "PKK":
		return []Register{{Sheet: "Koperasi", Title: "REGISTER KOPERASI", Rows: 1200, Cols: []RegisterCol{
			no, bh, namaKop,
			{Label: "Jenis Koperasi", Kind: ColList, Choices: JenisKoperasi, Width: 13},
			{Label: "Kecamatan", Width: 18},
			{Label: "Status Aktif", Kind: ColList, Choices: []string{"Aktif", "Tidak Aktif"}, Width: 11},
			{Label: "Tahun RAT Terakhir", Kind: ColNumber, Width: 10},
			{Label: "L", Group: "Anggota", Kind: ColNumber, Width: 8}, {Label: "P", Group: "Anggota", Kind: ColNumber, Width: 8},
			{Label: "L", Group: "Karyawan", Kind: ColNumber, Width: 8}, {Label: "P", Group: "Karyawan", Kind: ColNumber, Width: 8},
			{Label: fmt.Sprintf("Omset Tahun %d (Rp)", year-2), Kind: ColRupiah, Width: 16},
			{Label: fmt.Sprintf("Omset Tahun %d (Rp)", year-1), Kind: ColRupiah, Width: 16},
			{Label: "Aset (Rp)", Kind: ColRupiah, Width: 16},
		}}}
	case "P2K":
		return []Register{
			{Sheet: "Kesehatan KSP-USP", Title: "PENILAIAN KESEHATAN KSP/USP", Rows: 400, Cols: []RegisterCol{
				no, bh, namaKop, {Label: "Tanggal Penilaian", Kind: ColDate, Width: 12},
				{Label: "Skor", Kind: ColNumber, Width: 8}, {Label: "Predikat", Kind: ColList, Choices: Predikat, Width: 22},
			}},
			{Sheet: "Koperasi Baik", Title: "PENILAIAN KOPERASI BAIK", Rows: 1200, Cols: []RegisterCol{
				no, bh, namaKop,
				{Label: "Kelembagaan Baik", Kind: ColList, Choices: yaTidak, Width: 12},
				{Label: "Usaha Baik", Kind: ColList, Choices: yaTidak, Width: 10},
				{Label: "Keuangan Baik", Kind: ColList, Choices: yaTidak, Width: 11},
			}},
		}
	case "PK":
		return []Register{pelatihan}
	case "PUM":
		return []Register{
			{Sheet: "UMKM Binaan", Title: "USAHA MIKRO BINAAN", Rows: 800, Cols: []RegisterCol{
				no, namaUsaha, {Label: "Jenis Kelamin Pemilik", Kind: ColList, Choices: lp, Width: 9}, {Label: "Kecamatan", Width: 18},
				{Label: "Sektor Usaha", Kind: ColList, Choices: Sektor, Width: 14},
				{Label: "Omset Sebelum Dibina (Rp/tahun)", Kind: ColRupiah, Width: 16},
				{Label: "Omset Sesudah Dibina (Rp/tahun)", Kind: ColRupiah, Width: 16},
				{Label: "Kualitas Produk Meningkat", Kind: ColList, Choices: yaTidak, Width: 11},
				{Label: "Kualitas Usaha Meningkat", Kind: ColList, Choices: yaTidak, Width: 11},
				{Label: "Tanggal Mulai Dibina", Kind: ColDate, Width: 12},
			}},
			{Sheet: "Kredit Wibawa", Title: "PENGAJUAN KREDIT WIBAWA", Rows: 600, Cols: []RegisterCol{
				no, namaUsaha, jk, {Label: "Tanggal Pengajuan", Kind: ColDate, Width: 12},
				{Label: "Nilai Pengajuan (Rp)", Kind: ColRupiah, Width: 15},
				{Label: "Realisasi (Ya/Tidak)", Kind: ColList, Choices: yaTidak, Width: 11},
				{Label: "Tanggal Realisasi", Kind: ColDate, Width: 12},
				{Label: "Nilai Realisasi (Rp)", Kind: ColRupiah, Width: 15},
			}},
			{Sheet: "Pemasaran", Title: "FASILITASI PEMASARAN", Rows: 600, Cols: []RegisterCol{
				no, namaUsaha, jk, {Label: "Kegiatan / Pameran", Width: 30}, {Label: "Tanggal", Kind: ColDate, Width: 12}, {Label: "Lokasi", Width: 18},
			}},
			pelatihan,
		}
	}
	return nil
}

func register(b *xlsx.Book, p *Plan, unit, name string, reg Register, rows [][]any, r *Report) error {
	sh, err := b.Sheet(reg.Sheet)
	if err != nil {
		return err
	}
	if err := headerBlock(b, sh, reg.Title, unit, name, p.Year, r, false); err != nil {
		return err
	}
	twoRows := false
	for _, c := range reg.Cols {
		if c.Group != "" {
			twoRows = true
		}
	}
	last := headerRow
	if twoRows {
		last = headerRow + 1
	}
	var widths []float64
	for i := 0; i < len(reg.Cols); i++ {
		c := reg.Cols[i]
		col := i + 1
		widths = append(widths, c.Width)
		if c.Group == "" {
			if err := b.Str(sh, col, headerRow, c.Label, xlsx.Header); err != nil {
				return err
			}
			if twoRows {
				if err := b.Merge(sh, col, headerRow, col, last); err != nil {
					return err
				}
			}
			continue
		}
		span := 1
		for i+span < len(reg.Cols) && reg.Cols[i+span].Group == c.Group {
			span++
		}
		if err := b.Str(sh, col, headerRow, c.Group, xlsx.Header); err != nil {
			return err
		}
		if err := b.Merge(sh, col, headerRow, col+span-1, headerRow); err != nil {
			return err
		}
		for k := 0; k < span; k++ {
			if err := b.Str(sh, col+k, last, reg.Cols[i+k].Label, xlsx.Header); err != nil {
				return err
			}
			widths = append(widths, reg.Cols[i+k].Width)
		}
		widths = widths[:len(widths)-1]
		i += span - 1
	}
	if err := b.Style(sh, 1, headerRow, len(reg.Cols), last, xlsx.Header); err != nil {
		return err
	}
	n := reg.Rows
	if rows != nil {
		n = len(rows)
	}
	first := last + 1
	for i := 0; i < n; i++ {
		row := first + i
		for j, c := range reg.Cols {
			var v any
			if rows != nil && j < len(rows[i]) {
				v = rows[i][j]
			}
			if err := putValue(b, sh, j+1, row, c, v); err != nil {
				return err
			}
		}
	}
	end := first + n - 1
	if n > 0 {
		for j, c := range reg.Cols {
			ref := fmt.Sprintf("%s%d:%s%d", xlsx.Col(j+1), first, xlsx.Col(j+1), end)
			var err error
			switch c.Kind {
			case ColList:
				err = b.ListValidation(sh, ref, c.Choices, "")
			case ColNumber, ColRupiah:
				err = b.NumberValidation(sh, ref, "")
			}
			if err != nil {
				return err
			}
		}
	}
	if err := b.Widths(sh, widths...); err != nil {
		return err
	}
	if err := b.PageSetup(sh, headerRow, last, 0); err != nil {
		return err
	}
	return b.Protect(sh)
}

func putValue(b *xlsx.Book, sh string, col, row int, c RegisterCol, v any) error {
	style := map[ColKind]xlsx.Style{ColText: xlsx.InputText, ColNumber: xlsx.InputNumber, ColRupiah: xlsx.InputRupiah, ColDate: xlsx.InputDate, ColList: xlsx.InputText}[c.Kind]
	switch x := v.(type) {
	case nil:
		return b.Str(sh, col, row, "", style)
	case string:
		return b.Str(sh, col, row, x, style)
	case int:
		return b.Num(sh, col, row, strconv.Itoa(x), style)
	case float64:
		return b.Num(sh, col, row, strconv.FormatFloat(x, 'f', -1, 64), style)
	case time.Time:
		if err := b.F.SetCellValue(sh, xlsx.Ref(col, row), x); err != nil {
			return err
		}
		return b.Style(sh, col, row, col, row, style)
	}
	return fmt.Errorf("register value %T", v)
}
