package templates_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/report/reporttest"
	"kinerja/pipelines/write/templates"
)

// The plan of reporttest.Plan, for 2019.
func plan(t *testing.T) *templates.Plan {
	t.Helper()
	db := reporttest.Mart(t, reporttest.Plan...)
	p, err := templates.LoadPlan(context.Background(), db, 2019)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// One workbook per unit and one for Keuangan; each unit's Realisasi sheet
// holds its own rows to fill (blue, unlocked, numbers only) and nothing of
// another unit's; the hidden sheet says whose report it is; the Keuangan
// template lists every kegiatan with its pagu.
func TestWriteTemplates(t *testing.T) {
	p := plan(t)
	dir := t.TempDir()
	names, err := templates.Write(p, dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(names, ","); got != "Laporan-Bulanan_SEK_2019.xlsx,Laporan-Bulanan_PKK_2019.xlsx,Laporan-Bulanan_KEU_2019.xlsx" {
		t.Fatalf("workbooks %s", got)
	}
	open := func(name string) *excelize.File {
		f, err := excelize.OpenFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	sek := open(names[0])
	v := func(f *excelize.File, sheet, ref string) string { s, _ := f.GetCellValue(sheet, ref); return s }
	for ref, want := range map[string]string{
		"A1": "LAPORAN REALISASI KINERJA DAN ANGGARAN BULANAN", "A2": "Unit: Sekretariat (SEK)", "A3": "Tahun: 2019",
		"A7": "1.2.11.01.01", "A8": "1.2.11.01.01.018", "B8": "Rapat Koordinasi Luar Daerah", "D8": "kali", "A9": "JUMLAH",
	} {
		if got := v(sek, templates.SheetRealisasi, ref); got != want {
			t.Errorf("SEK Realisasi!%s = %q, want %q", ref, got, want)
		}
	}
	rows, _ := sek.GetRows(templates.SheetRealisasi)
	for _, r := range rows {
		if s := strings.Join(r, " "); strings.Contains(s, "Pembinaan Koperasi") || strings.Contains(s, "TAHUN LALU") {
			t.Errorf("SEK's template holds another unit's or year's row: %v", r)
		}
	}
	if f := v(sek, templates.SheetRealisasi, "F8"); f != "55,125,000" && f != "55.125.000" && f != "55125000" {
		t.Errorf("SEK Realisasi!F8 (pagu) = %q", f)
	}
	if formula, _ := sek.GetCellFormula(templates.SheetRealisasi, "H9"); formula != "SUM(H8)" {
		t.Errorf("JUMLAH of the anggaran: formula %q", formula)
	}
	// The cells a unit fills are unlocked in a protected sheet, and take
	// numbers only; the plan's cells stay locked.
	style := func(f *excelize.File, ref string) *excelize.Style {
		id, _ := f.GetCellStyle(templates.SheetRealisasi, ref)
		s, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if s := style(sek, "G8"); s.Protection == nil || s.Protection.Locked {
		t.Error("SEK Realisasi!G8, to be filled, is locked")
	}
	if s := style(sek, "B8"); s.Protection != nil && !s.Protection.Locked {
		t.Error("SEK Realisasi!B8, the plan's, is unlocked")
	}
	dv, _ := sek.GetDataValidations(templates.SheetRealisasi)
	numbers := false
	for _, d := range dv {
		numbers = numbers || (d.Sqref == "G7:H8" && d.Type == "decimal")
	}
	if !numbers {
		t.Errorf("no number validation over G7:H8: %+v", dv)
	}
	if vis, _ := sek.GetSheetVisible(templates.SheetMeta); vis {
		t.Error("the identity sheet is visible")
	}
	if u, y := v(sek, templates.SheetMeta, "B2"), v(sek, templates.SheetMeta, "B3"); u != "SEK" || y != "2019" {
		t.Errorf("identity: unit %q year %q", u, y)
	}

	pkk := open(names[1])
	if got := v(pkk, templates.SheetRealisasi, "C7"); got != "Prosentase Koperasi Aktif" {
		t.Errorf("PKK's program indicator row: C7 = %q", got)
	}
	if s := style(pkk, "G7"); s.Protection == nil || s.Protection.Locked {
		t.Error("PKK's program indicator, which PKK answers for, is not to be filled")
	}
	if !strings.Contains(strings.Join(pkk.GetSheetList(), ","), "Koperasi") {
		t.Errorf("PKK's template has no cooperative register: %v", pkk.GetSheetList())
	}

	keu := open(names[2])
	krows, _ := keu.GetRows(templates.SheetKeuangan)
	all := ""
	for _, r := range krows {
		all += strings.Join(r, "|") + "\n"
	}
	for _, want := range []string{"1.2.11.01.01.018", "1.2.11.01.15.001"} {
		if !strings.Contains(all, want) {
			t.Errorf("Keuangan's template lacks kegiatan %s:\n%s", want, all)
		}
	}
	if strings.Contains(all, "PROGRAM PELAYANAN") {
		t.Errorf("Keuangan's template lists a program line:\n%s", all)
	}
}

// A year the Renstra does not plan is refused with the year named.
func TestLoadPlanOfAnUnplannedYear(t *testing.T) {
	db := reporttest.Mart(t)
	if _, err := templates.LoadPlan(context.Background(), db, 2030); err == nil || !strings.Contains(err.Error(), "2030") {
		t.Errorf("LoadPlan(2030): %v", err)
	}
}
