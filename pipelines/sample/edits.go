package sample

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/write/templates"
)

// Edit is a change a person made to a report by hand, for the README and
// the tests.
type Edit struct {
	Unit  string
	Month int
	What  string
}

// Edits are the hand edits of a sample year: the reader must cope with each.
func Edits() []Edit {
	return []Edit{
		{"PUM", 3, "judul kolom dipindah tiga baris ke bawah dan satu baris judul disisipkan"},
		{"PKK", 4, "angka diketik sebagai teks cara Indonesia (1.250.000) dan persen sebagai teks (88,23%)"},
		{"P2K", 5, "judul kolom diganti (Realisasi Keuangan (Rp)) dan kolom Catatan Tambahan disisipkan"},
		{"SEK", 7, "lembar diganti nama, baris kosong penyela, catatan kaki"},
		{"PUM", 8, "judul kolom realisasi dijadikan dua baris yang digabung"},
		{"KEU", 9, "realisasi diketik sebagai teks dengan \"Rp\""},
		{"P2K", 10, "tanggal penilaian diketik sebagai teks (30 Oktober 2018)"},
		{"PKK", 7, "register koperasi: baris kosong penyela dan baris JUMLAH anggota di bawah"},
	}
}

// findRow returns the row whose column A holds text, on or after from.
func findRow(f *excelize.File, sh, text string, from int) int {
	rows, _ := f.GetRows(sh)
	for i := from - 1; i < len(rows); i++ {
		if len(rows[i]) > 0 && strings.TrimSpace(rows[i][0]) == text {
			return i + 1
		}
	}
	return 0
}

// findCol returns the column (1-based) whose header in row r starts with label.
func findCol(f *excelize.File, sh string, r int, label string) int {
	rows, _ := f.GetRows(sh)
	if r-1 < len(rows) {
		for c, v := range rows[r-1] {
			if strings.HasPrefix(v, label) {
				return c + 1
			}
		}
	}
	return 0
}

func ref(c, r int) string { s, _ := excelize.CoordinatesToCellName(c, r); return s }

// edit applies the hand edits and the planted cell errors of a report.
func (g *gen) edit(f *excelize.File, unit string, m int) error {
	const hdr = 6
	switch {
	case unit == "PUM" && m == 3:
		if err := f.InsertRows(templates.SheetRealisasi, 5, 3); err != nil {
			return err
		}
		return f.SetCellStr(templates.SheetRealisasi, "A6", "Disusun oleh Seksi Fasilitasi Usaha Mikro")

	case unit == "PKK" && m == 4:
		sh := templates.SheetRealisasi
		ang := findCol(f, sh, hdr, "Realisasi Anggaran")
		kin := findCol(f, sh, hdr, "Realisasi Kinerja")
		rows, _ := f.GetRows(sh, excelize.Options{RawCellValue: true})
		for r := hdr + 1; r <= len(rows); r++ {
			if r-1 >= len(rows) || len(rows[r-1]) == 0 || rows[r-1][0] == "JUMLAH" {
				continue
			}
			row := rows[r-1]
			if ang-1 < len(row) && row[ang-1] != "" {
				v, _ := strconv.ParseFloat(row[ang-1], 64)
				d := idtext.DecimalFromInt(int64(v))
				if err := f.SetCellStr(sh, ref(ang, r), d.Indonesian()); err != nil {
					return err
				}
			}
			if kin-1 < len(row) && row[kin-1] != "" && strings.Contains(row[0], ".18") && len(strings.Split(row[0], ".")) == 8 {
				v, _ := strconv.ParseFloat(row[kin-1], 64)
				if err := f.SetCellStr(sh, ref(kin, r), strings.ReplaceAll(strconv.FormatFloat(v, 'f', 2, 64), ".", ",")+"%"); err != nil {
					return err
				}
			}
		}

	case unit == "P2K" && m == 5:
		sh := templates.SheetRealisasi
		ang := findCol(f, sh, hdr, "Realisasi Anggaran")
		if err := f.SetCellStr(sh, ref(ang, hdr), "Realisasi Keuangan (Rp)"); err != nil {
			return err
		}
		col, _ := excelize.ColumnNumberToName(ang + 1)
		if err := f.InsertCols(sh, col, 1); err != nil {
			return err
		}
		return f.SetCellStr(sh, ref(ang+1, hdr), "Catatan Tambahan")

	case unit == "SEK" && m == 7:
		sh := templates.SheetRealisasi
		if err := f.InsertRows(sh, hdr+6, 2); err != nil {
			return err
		}
		total := findRow(f, sh, "JUMLAH", hdr)
		if err := f.SetCellStr(sh, ref(1, total+3), "Sumber data: Sub Bagian Umum dan Kepegawaian; diisi oleh Sri Rahayu."); err != nil {
			return err
		}
		return f.SetSheetName(sh, "Laporan Juli")

	case unit == "PUM" && m == 8:
		sh := templates.SheetRealisasi
		kin := findCol(f, sh, hdr, "Realisasi Kinerja")
		if err := f.InsertRows(sh, hdr+1, 1); err != nil {
			return err
		}
		rows, _ := f.GetRows(sh)
		for c := 1; c <= len(rows[hdr-1]); c++ {
			if c == kin || c == kin+1 {
				continue
			}
			if err := f.MergeCell(sh, ref(c, hdr), ref(c, hdr+1)); err != nil {
				return err
			}
		}
		steps := []error{
			f.SetCellStr(sh, ref(kin, hdr), "Realisasi s.d. Bulan Ini"),
			f.SetCellStr(sh, ref(kin+1, hdr), ""),
			f.MergeCell(sh, ref(kin, hdr), ref(kin+1, hdr)),
			f.SetCellStr(sh, ref(kin, hdr+1), "Kinerja"),
			f.SetCellStr(sh, ref(kin+1, hdr+1), "Anggaran (Rp)"),
		}
		for _, err := range steps {
			if err != nil {
				return err
			}
		}

	case unit == templates.Keuangan && m == 9:
		sh := templates.SheetKeuangan
		col := findCol(f, sh, hdr, "Realisasi")
		rows, _ := f.GetRows(sh, excelize.Options{RawCellValue: true})
		for r := hdr + 1; r <= len(rows); r++ {
			row := rows[r-1]
			if len(row) == 0 || row[0] == "JUMLAH" || col-1 >= len(row) || row[col-1] == "" {
				continue
			}
			v, _ := strconv.ParseFloat(row[col-1], 64)
			if err := f.SetCellStr(sh, ref(col, r), "Rp "+idtext.DecimalFromInt(int64(v)).Indonesian()); err != nil {
				return err
			}
		}

	case unit == "P2K" && m == 10:
		sh := "Kesehatan KSP-USP"
		col := findCol(f, sh, hdr, "Tanggal")
		rows, _ := f.GetRows(sh, excelize.Options{RawCellValue: true})
		for r := hdr + 1; r <= len(rows); r++ {
			row := rows[r-1]
			if col-1 >= len(row) || row[col-1] == "" {
				continue
			}
			serial, _ := strconv.ParseFloat(row[col-1], 64)
			d, err := idtext.DateFromSerial(serial, false)
			if err != nil {
				return err
			}
			if err := f.SetCellStr(sh, ref(col, r), fmt.Sprintf("%d %s %d", d.Day(), monthName(int(d.Month())), d.Year())); err != nil {
				return err
			}
		}

	case unit == "PKK" && m == 7:
		sh := "Koperasi"
		if err := f.InsertRows(sh, 20, 1); err != nil {
			return err
		}
		rows, _ := f.GetRows(sh, excelize.Options{RawCellValue: true})
		last := len(rows)
		sums := map[int]float64{}
		for r := 8; r <= last; r++ {
			for c := 8; c <= 11; c++ {
				if c-1 < len(rows[r-1]) {
					v, _ := strconv.ParseFloat(rows[r-1][c-1], 64)
					sums[c] += v
				}
			}
		}
		if err := f.SetCellStr(sh, ref(1, last+1), "JUMLAH"); err != nil {
			return err
		}
		for c := 8; c <= 11; c++ {
			if err := f.SetCellFloat(sh, ref(c, last+1), sums[c], 0, 64); err != nil {
				return err
			}
		}
	}

	// Planted cell errors.
	switch {
	case unit == "PUM" && m == 9:
		sh := templates.SheetRealisasi
		r := findRow(f, sh, "1.2.11.1.2.11.01.16.022", hdr)
		kin := findCol(f, sh, hdr, "Realisasi Kinerja")
		if r > 0 && kin > 0 {
			return f.SetCellStr(sh, ref(kin, r), "12a")
		}
	case unit == "PK" && m == 4:
		sh := templates.SheetRealisasi
		r := findRow(f, sh, "JUMLAH", hdr)
		ang := findCol(f, sh, hdr, "Realisasi Anggaran")
		if r > 0 && ang > 0 {
			v, _ := f.GetCellValue(sh, ref(ang, r), excelize.Options{RawCellValue: true})
			x, _ := strconv.ParseFloat(v, 64)
			// A total retyped by hand, forgetting one row.
			if err := f.SetCellFormula(sh, ref(ang, r), ""); err != nil {
				return err
			}
			return f.SetCellFloat(sh, ref(ang, r), x-12_500_000, 0, 64)
		}
	}
	return nil
}
