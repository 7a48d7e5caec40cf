package monitoring_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/report/reporttest"
	"kinerja/pipelines/write/monitoring"
)

// A Sekretariat with one program within its pagu and one kegiatan over, the
// Dinas's total, a register indicator over two months, a report missing in
// November, one licence export: each sheet shows its rows where the reader
// looks for them, the kegiatan over pagu is marked and pointed to the
// Review, a month without a report says so.
func TestWriteMonth(t *testing.T) {
	db := reporttest.Mart(t, `
		INSERT INTO mart.unit BY NAME SELECT 'SEK' AS kode, 'Sekretariat' AS nama, 1 AS urut`, `
		INSERT INTO mart.monitoring_unit BY NAME SELECT * FROM (VALUES
			(1, 'SEK', 'Sekretariat', 'BELANJA LANGSUNG', 1, CAST(1000 AS DECIMAL(38,10)), CAST(1100 AS DECIMAL(38,10)), CAST(110 AS DECIMAL(38,10)), CAST(95.5 AS DECIMAL(38,10)), 11, true, 1, 12),
			(2, 'DINAS', 'Dinas', 'BELANJA LANGSUNG', 1, 1000, 1100, 110, 95.5, 11, true, 1, 12))
			t(urut, unit, nama, blok, kegiatan, pagu, realisasi_anggaran, serapan, rata_capaian, laporan_diterima, laporan_bulan_ini, temuan_rekonsiliasi, laporan_seharusnya)`, `
		INSERT INTO mart.monitoring BY NAME SELECT * FROM (VALUES
			(1, 'BELANJA LANGSUNG', 'SEK', 'Sekretariat', 'program', '1.2.11.01.01', 'PROGRAM PELAYANAN ADMINISTRASI', 'Cakupan pelayanan', '%',
			 CAST(100 AS DECIMAL(38,10)), CAST(100 AS DECIMAL(38,10)), CAST(100 AS DECIMAL(38,10)), NULL, CAST(2000 AS DECIMAL(38,10)), CAST(1100 AS DECIMAL(38,10)), CAST(55 AS DECIMAL(38,10)), 'Keuangan', 12, NULL, NULL),
			(2, 'BELANJA LANGSUNG', 'SEK', 'Sekretariat', 'kegiatan', '1.2.11.01.01.018', 'Rapat Koordinasi Luar Daerah', 'Penugasan dinas', 'kali',
			 12, 11, 91.67, NULL, 1000, 1100, 110, 'Keuangan', 11, 'Biaya naik.', 'Pergeseran.'))
			t(seq, blok, unit, unit_nama, jenis, kode, uraian, indikator, satuan, target, realisasi, capaian, nilai_register, pagu, realisasi_anggaran, serapan, sumber_anggaran, bulan_kinerja, permasalahan, solusi)`, `
		INSERT INTO mart.indikator_bulanan BY NAME SELECT * FROM (VALUES
			('IP-18-1', 'Prosentase Koperasi Aktif', 2018, 11, CAST(80 AS DECIMAL(38,10)), CAST(66.67 AS DECIMAL(38,10)), CAST(66.67 AS DECIMAL(38,10)), CAST(2 AS DECIMAL(38,10)), CAST(3 AS DECIMAL(38,10))),
			('IP-18-1', 'Prosentase Koperasi Aktif', 2018, 12, 80, 75, 70, 3, 4))
			t(kode_indikator, indikator, year, month, target, nilai, nilai_lapor, pembilang, penyebut)`, `
		INSERT INTO mart.kelengkapan BY NAME SELECT * FROM (VALUES
			(1, 'SEK', 'Sekretariat', 11, false, NULL, NULL),
			(1, 'SEK', 'Sekretariat', 12, true, '2018/12/Laporan_SEK_Desember_2018.xlsx', '2018/12/Laporan_SEK_Desember_2018 (1).xlsx'))
			t(urut, unit, unit_nama, month, ada, file, diganti)`)
	f, name := reporttest.Write(t, monitoring.Writer{}, db)
	if name != "Monitoring_2018-12.xlsx" {
		t.Errorf("workbook %s", name)
	}
	if got := strings.Join(f.GetSheetList(), ","); got != "Ringkasan,Monitoring,Indikator,UMKM,Kelengkapan" {
		t.Errorf("sheets %s", got)
	}
	v := func(sheet, ref string) string { s, _ := f.GetCellValue(sheet, ref); return s }
	for _, c := range []struct{ sheet, ref, want string }{
		{"Ringkasan", "A5", "Sekretariat"}, {"Ringkasan", "H5", "11 dari 12 bulan"}, {"Ringkasan", "I5", "Ada"},
		{"Ringkasan", "I4", "Laporan Desember 2018"}, {"Ringkasan", "A6", "Dinas"},
		{"Monitoring", "A5", "Sekretariat"}, {"Monitoring", "A6", "1.2.11.01.01"}, {"Monitoring", "B7", "Rapat Koordinasi Luar Daerah"},
		{"Monitoring", "M7", "November"}, {"Monitoring", "M6", ""}, {"Monitoring", "F4", "Realisasi s.d. Desember"},
		{"Indikator", "A5", "IP-18-1"}, {"Indikator", "C6", "Diketik unit (%)"},
		{"Kelengkapan", "A5", "Sekretariat"}, {"Kelengkapan", "L5", "tidak ada"},
		{"Kelengkapan", "M5", "2018/12/Laporan_SEK_Desember_2018.xlsx (menggantikan 2018/12/Laporan_SEK_Desember_2018 (1).xlsx)"},
	} {
		if got := v(c.sheet, c.ref); got != c.want {
			t.Errorf("%s!%s = %q, want %q", c.sheet, c.ref, got, c.want)
		}
	}
	if k := v("Monitoring", "N7"); !strings.HasPrefix(k, "Realisasi melebihi pagu") || !strings.Contains(k, "Biaya naik.") {
		t.Errorf("the kegiatan over pagu: keterangan %q", k)
	}
	if k := v("Monitoring", "N6"); k != "" {
		t.Errorf("the program within its pagu carries keterangan %q", k)
	}
	for _, ref := range []string{"O5", "P5"} { // November and December of the register rows
		if v("Indikator", ref) == "" {
			t.Errorf("Indikator!%s is empty", ref)
		}
	}
	rows, _ := f.GetRows("UMKM")
	if s := fmt.Sprint(rows); !strings.Contains(s, "Belum ada ekspor I-Jus Melon") {
		t.Errorf("UMKM without an export does not say so: %v", rows)
	}
	// Numbers are numbers, not text, in what a reader sums.
	if typ, _ := f.GetCellType("Ringkasan", "D5"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("Ringkasan!D5 has cell type %v", typ)
	}
}

// A year with no monthly report: nothing to monitor, no workbook.
func TestNothingToMonitorWritesNothing(t *testing.T) {
	db := reporttest.Mart(t)
	names, err := monitoring.Writer{}.Write(context.Background(), db, t.TempDir())
	if err != nil || len(names) != 0 {
		t.Errorf("Write on no reports: %v, %v", names, err)
	}
}
