package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/write/templates"
)

// A template filled by a program reads back to the values put in it; the
// same file after a person's hand edits reads back to the same values.

// filled is what the test typed into a template.
type filled struct {
	realisasi []string // "kode|kode_indikator|kinerja|anggaran|permasalahan"
	koperasi  []string // "no|nama|jenis|kecamatan|aktif|rat|anggota L|P|karyawan L|P|omset n-2|n-1|aset"
	// cells holding the two values the hand-edited copy retypes as text
	anggaranCell, persenCell string
}

// fillTemplate writes PKK's empty template for 2018 into path and fills it
// the way a person would: the month, every fill cell, three cooperatives.
func fillTemplate(t *testing.T, plan *templates.Plan, path string) filled {
	t.Helper()
	b, err := templates.Build(plan, "PKK", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Save(filepath.Dir(path), filepath.Base(path)); err != nil {
		t.Fatal(err)
	}
	var want filled
	editWorkbook(t, path, func(f *excelize.File) {
		sh := templates.SheetRealisasi
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		must(f.SetCellStr(sh, "B4", "Mei"))
		rows, _ := f.GetRows(sh)
		i := 0
		for r := 7; r <= len(rows); r++ {
			row := rows[r-1]
			if len(row) == 0 || row[0] == "JUMLAH" || !strings.HasPrefix(row[0], "1.2.11") {
				continue
			}
			// The fill cells are the unlocked ones of column G.
			style, _ := f.GetCellStyle(sh, "G"+strconv.Itoa(r))
			st, _ := f.GetStyle(style)
			if st == nil || st.Protection == nil || st.Protection.Locked {
				continue
			}
			i++
			kode, ind := row[0], ""
			for _, pr := range plan.UnitRows("PKK") {
				if pr.Kode == kode && pr.Jenis == "program" && len(row) > 2 && row[2] == pr.Indikator {
					ind = pr.KodeIndikator
				}
			}
			ref := strconv.Itoa(r)
			if ind != "" { // a program indicator, in percent
				must(f.SetCellFloat(sh, "G"+ref, 77.5, -1, 64))
				want.persenCell = "G" + ref
				want.realisasi = append(want.realisasi, kode+"|"+ind+"|77.5||")
				continue
			}
			kinerja := float64(10 * i)
			anggaran := float64(1_000_000 * i)
			masalah := ""
			if want.anggaranCell == "" {
				anggaran = 1_250_000
				want.anggaranCell = "H" + ref
				masalah = "Jadwal rapat anggota tahunan bergeser ke bulan Juni."
				must(f.SetCellStr(sh, "I"+ref, masalah))
			}
			must(f.SetCellFloat(sh, "G"+ref, kinerja, -1, 64))
			must(f.SetCellFloat(sh, "H"+ref, anggaran, -1, 64))
			want.realisasi = append(want.realisasi, kode+"||"+strconv.Itoa(int(kinerja))+"|"+strconv.Itoa(int(anggaran))+"|"+masalah)
		}
		coops := [][]any{
			{1, "001/BH/XIV.1/1999", "Koperasi Sejahtera Bersama", "KSP", "Tembalang", "Aktif", 2017, 120, 95, 3, 2, 250_000_000, 262_500_000, 180_000_000},
			{2, "002/BH/XIV.2/2004", "Koperasi Wanita Mekar Sari", "Serba Usaha", "Semarang Utara", "Tidak Aktif", 2015, 0, 310, 0, 4, 90_000_000, 85_000_000, 60_000_000},
			{3, "003/BH/XIV.3/2012", "KSPPS Artha Mandiri", "KSPPS", "Genuk", "Aktif", 2017, 75, 60, 2, 1, 400_000_000, 410_000_000, 350_000_000},
		}
		for k, c := range coops {
			cell, _ := excelize.CoordinatesToCellName(1, 8+k)
			must(f.SetSheetRow("Koperasi", cell, &c))
			var parts []string
			for j, v := range c {
				s := ""
				switch x := v.(type) {
				case string:
					s = x
					if j == 5 {
						s = strconv.FormatBool(x == "Aktif")
					}
				case int:
					s = strconv.Itoa(x)
				}
				parts = append(parts, s)
			}
			want.koperasi = append(want.koperasi, strings.Join(parts, "|"))
		}
	})
	if want.anggaranCell == "" || want.persenCell == "" || len(want.realisasi) < 3 {
		t.Fatalf("template has too few fill cells: %+v", want)
	}
	return want
}

// readBack runs the pipeline on inputs holding one report and returns what
// the warehouse read from it, in the shape of filled.
func readBack(t *testing.T, in string) (out string, realisasi, koperasi, findings []string) {
	t.Helper()
	out = t.TempDir()
	if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2018-05", Version: "test"}); err != nil {
		t.Fatalf("run: %v", err)
	}
	if got := query(t, out, `SELECT unit || ' ' || period || ' ' || unit_asal || '/' || periode_asal FROM clean.laporan`); len(got) != 1 || !strings.HasPrefix(got[0][0], "PKK 2018-05 ") {
		t.Fatalf("report identified as %v, want PKK 2018-05", got)
	}
	num := func(col string) string {
		return `coalesce(CAST(CAST(` + col + ` AS DOUBLE) AS VARCHAR), '')`
	}
	for _, r := range query(t, out, `
		SELECT kode || '|' || coalesce(kode_indikator, '') || '|' || `+num("kinerja")+` || '|' || `+num("anggaran")+` || '|' || coalesce(permasalahan, '')
		FROM clean.realisasi WHERE row_kind = 'data' AND (kinerja IS NOT NULL OR anggaran IS NOT NULL)
		ORDER BY row_no`) {
		realisasi = append(realisasi, strings.ReplaceAll(r[0], ".0|", "|"))
	}
	cols := []string{"no", "nomor_badan_hukum", "nama", "jenis", "kecamatan", "aktif", "CAST(tahun_rat AS INTEGER)",
		"CAST(anggota_l AS BIGINT)", "CAST(anggota_p AS BIGINT)", "CAST(karyawan_l AS BIGINT)", "CAST(karyawan_p AS BIGINT)",
		"CAST(omset_n2 AS BIGINT)", "CAST(omset_n1 AS BIGINT)", "CAST(aset AS BIGINT)"}
	for i, c := range cols {
		cols[i] = "coalesce(CAST(" + c + " AS VARCHAR), '∅')" // a value not read shows, not vanishes
	}
	for _, r := range query(t, out, `SELECT `+strings.Join(cols, " || '|' || ")+` FROM clean.reg_koperasi WHERE row_kind = 'data' ORDER BY no`) {
		koperasi = append(koperasi, r[0])
	}
	for _, r := range query(t, out, `SELECT rule || ' ' || coalesce(cell, '') || ' ' || message FROM raw.findings WHERE severity <> 'info' AND file LIKE '2018/%'`) {
		findings = append(findings, r[0])
	}
	return
}

func TestTemplateFilledReadsBackTheSameValues(t *testing.T) {
	_, plan := quarterInputs(t)
	in := copyInputs(t)
	path := filepath.Join(in, "2018", "isian-pkk.xlsx")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	want := fillTemplate(t, plan, path)
	_, realisasi, koperasi, findings := readBack(t, in)
	if len(findings) > 0 {
		t.Errorf("findings on a correctly filled template:\n  %s", strings.Join(findings, "\n  "))
	}
	if strings.Join(realisasi, "\n") != strings.Join(want.realisasi, "\n") {
		t.Errorf("realisasi read back:\n  %s\nwant:\n  %s", strings.Join(realisasi, "\n  "), strings.Join(want.realisasi, "\n  "))
	}
	if strings.Join(koperasi, "\n") != strings.Join(want.koperasi, "\n") {
		t.Errorf("register read back:\n  %s\nwant:\n  %s", strings.Join(koperasi, "\n  "), strings.Join(want.koperasi, "\n  "))
	}

	// The same file as a person leaves it: header moved down three rows
	// under a new title, 1.250.000 and 77,5% typed as text, a JUMLAH row
	// under the register, a column renamed in each table.
	in2 := copyInputs(t)
	path2 := filepath.Join(in2, "2018", "isian-pkk.xlsx")
	if err := os.MkdirAll(filepath.Dir(path2), 0o755); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path2, b, 0o644); err != nil {
		t.Fatal(err)
	}
	editWorkbook(t, path2, func(f *excelize.File) {
		sh := templates.SheetRealisasi
		steps := []error{
			f.SetCellStr(sh, want.anggaranCell, "1.250.000"),
			f.SetCellStr(sh, want.persenCell, "77,5%"),
			f.SetCellStr(sh, "H6", "Realisasi Keuangan s.d. Bulan Ini (Rp)"),
			f.InsertRows(sh, 1, 3),
			f.SetCellStr(sh, "A1", "LAPORAN BULANAN BIDANG PERIZINAN DAN KELEMBAGAAN KOPERASI — MEI 2018"),
			f.SetCellStr("Koperasi", "C6", "Nama Koperasi (sesuai akta)"),
			f.SetCellStr("Koperasi", "A11", "JUMLAH"),
			f.SetCellFloat("Koperasi", "H11", 195, -1, 64),
			f.SetCellFloat("Koperasi", "I11", 465, -1, 64),
		}
		for _, err := range steps {
			if err != nil {
				t.Fatal(err)
			}
		}
	})
	out2, realisasi2, koperasi2, findings2 := readBack(t, in2)
	// The edits are there: the retyped text in the cells three rows down, the
	// JUMLAH row kept apart from the register's rows.
	moved := func(ref string) string {
		c, r, _ := excelize.CellNameToCoordinates(ref)
		s, _ := excelize.CoordinatesToCellName(c, r+3)
		return s
	}
	got := query(t, out2, `SELECT cell, raw_text, status FROM raw.values WHERE raw_text IN ('1.250.000', '77,5%') ORDER BY raw_text`)
	if len(got) != 2 || got[0][0] != moved(want.anggaranCell) || got[1][0] != moved(want.persenCell) || got[0][2] != "ok" || got[1][2] != "ok" {
		t.Errorf("retyped cells read as %v, want %s and %s read ok", got, moved(want.anggaranCell), moved(want.persenCell))
	}
	if got := query(t, out2, `SELECT row_no FROM raw.rows WHERE form = 'bulanan.koperasi' AND row_kind = 'total'`); len(got) != 1 || got[0][0] != "11" {
		t.Errorf("register JUMLAH rows: %v, want row 11", got)
	}
	if got := query(t, out2, `SELECT count(*) FROM calc.rekon_jumlah WHERE lolos AND sheet = 'Koperasi' AND file LIKE '%isian-pkk.xlsx'`); got[0][0] != "2" {
		t.Errorf("the register's JUMLAH row should be checked and agree (anggota L and P): %v", got)
	}
	if len(findings2) > 0 {
		t.Errorf("findings on the hand-edited copy:\n  %s", strings.Join(findings2, "\n  "))
	}
	if strings.Join(realisasi2, "\n") != strings.Join(want.realisasi, "\n") {
		t.Errorf("hand-edited realisasi read back:\n  %s\nwant:\n  %s", strings.Join(realisasi2, "\n  "), strings.Join(want.realisasi, "\n  "))
	}
	if strings.Join(koperasi2, "\n") != strings.Join(want.koperasi, "\n") {
		t.Errorf("hand-edited register read back:\n  %s\nwant:\n  %s", strings.Join(koperasi2, "\n  "), strings.Join(want.koperasi, "\n  "))
	}
}
