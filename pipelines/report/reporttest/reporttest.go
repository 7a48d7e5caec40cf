// Package reporttest builds small warehouses for the writers' tests: the
// mart tables a writer reads, given as rows, on a real DuckDB file in a
// test's temp folder — a writer is tested without a run over spreadsheets.
package reporttest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/warehouse"
)

// Laporan is mart.laporan of the fixtures: the Dinas, its Kepala and the
// period 2018-12 of the Renstra 2016–2021.
const Laporan = `
CREATE TABLE mart.laporan AS SELECT
    'Dinas Koperasi dan Usaha Mikro Kota Semarang' AS perangkat_daerah,
    '2.11 Koperasi, Usaha Kecil dan Menengah' AS urusan, 'awal_akhir' AS metode_pertumbuhan,
    '2018-12' AS period, 2018 AS period_year, 12 AS period_month, 2016 AS renstra_awal, 2021 AS renstra_akhir,
    'Meningkatkan Kualitas Kelembagaan dan Usaha Koperasi' AS sasaran,
    '> 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; ≤ 50 Sangat Rendah' AS skala_predikat,
    'Permendagri 86/2017' AS skala_predikat_asal, 'A4' AS kertas,
    'Kepala Dinas Koperasi dan Usaha Mikro Kota Semarang' AS kepala_jabatan, 'Dra. UJI COBA' AS kepala_nama,
    'Pembina Utama Muda' AS kepala_pangkat, '19610831 198503 2 008' AS kepala_nip,
    'Kepala Bappeda Kota Semarang' AS evaluator_jabatan, NULL AS evaluator_nama, NULL AS evaluator_pangkat, NULL AS evaluator_nip,
    'Walikota Semarang' AS atasan_jabatan, NULL AS atasan_nama, 'Semarang' AS tempat_ttd, '2 Januari 2019' AS tanggal_ttd,
    'Perubahan Rencana Strategis (Renstra) II 2016-2021' AS renstra_judul, 'satu-satunya Renstra bertarget untuk tahun ini' AS renstra_alasan,
    false AS renstra_disebut, false AS sub_kegiatan`

// Warehouse creates a warehouse with schema mart, mart.laporan and what
// the statements make.
func Warehouse(t *testing.T, statements ...string) *warehouse.DB {
	t.Helper()
	ctx := context.Background()
	db, err := warehouse.Create(ctx, filepath.Join(t.TempDir(), "fixture.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, s := range append([]string{"CREATE SCHEMA IF NOT EXISTS mart", Laporan}, statements...) {
		if _, err := db.ExecContext(ctx, s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	return db
}

// Mart creates a warehouse whose every table has the shape the SQL gives
// it: the stages applied on no inputs for the period 2018-12, mart.laporan
// the fixture's, then the statements — rows put in by name
// (INSERT INTO mart.x BY NAME SELECT …), the columns a test leaves out
// NULL. A writer's test then breaks when a column it reads is renamed.
func Mart(t *testing.T, statements ...string) *warehouse.DB {
	t.Helper()
	ctx := context.Background()
	db, err := warehouse.Create(ctx, filepath.Join(t.TempDir(), "fixture.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, stage := range []string{"meta", "raw", "clean", "mart"} {
		if stage == "mart" {
			if _, err := db.ExecContext(ctx, `INSERT INTO meta.periode VALUES ('2018-12', 2018, 12, 'diminta')`); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.ApplyStage(ctx, stage); err != nil {
			t.Fatal(err)
		}
	}
	laporan := strings.Replace(Laporan, "CREATE TABLE mart.laporan AS", "INSERT INTO mart.laporan BY NAME", 1)
	for _, s := range append([]string{"DELETE FROM mart.laporan", laporan}, statements...) {
		if _, err := db.ExecContext(ctx, s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	return db
}

// Plan is a year's plan of two units for the tests of what is built from
// mart.unit and mart.rencana_tahunan (the templates, the sample year): the
// Sekretariat's kegiatan under its program, and a kegiatan of PKK under a
// program whose indicator PKK answers for, in 2019; and a program of 2018.
var Plan = []string{`
	INSERT INTO mart.unit BY NAME SELECT * FROM (VALUES ('SEK', 'Sekretariat', 1), ('PKK', 'Bidang Pemberdayaan Koperasi', 2)) t(kode, nama, urut)`, `
	INSERT INTO mart.rencana_tahunan BY NAME SELECT * FROM (VALUES
		(1, 2019, 'SEK', '1.2.11.01.01', NULL, 'program', 'BELANJA LANGSUNG', 'PROGRAM PELAYANAN ADMINISTRASI', NULL, NULL, NULL, NULL, NULL, NULL, false),
		(2, 2019, 'SEK', '1.2.11.01.01.018', '1.2.11.01.01', 'kegiatan', 'BELANJA LANGSUNG', 'Rapat Koordinasi Luar Daerah', 'Penugasan dinas', NULL, 'kali', CAST(12 AS DECIMAL(38,10)), CAST(55125000 AS DECIMAL(38,10)), NULL, false),
		(3, 2019, 'PKK', '1.2.11.01.15', NULL, 'program', 'BELANJA LANGSUNG', 'PROGRAM PENINGKATAN KUALITAS KELEMBAGAAN KOPERASI', 'Prosentase Koperasi Aktif', 'IP-18-1', '%', 80.5, NULL, NULL, false),
		(4, 2019, 'PKK', '1.2.11.01.15.001', '1.2.11.01.15', 'kegiatan', 'BELANJA LANGSUNG', 'Pembinaan Koperasi', 'Koperasi dibina', NULL, 'koperasi', 100, 250000000, NULL, false),
		(1, 2018, 'SEK', '1.2.11.01.01', NULL, 'program', 'BELANJA LANGSUNG', 'PROGRAM TAHUN LALU', NULL, NULL, NULL, NULL, NULL, NULL, false))
		t(seq, year, unit, kode, parent_kode, jenis, blok, uraian, indikator, kode_indikator, satuan, target, pagu, target_akhir, lanjutan)`, `
	UPDATE mart.rencana_tahunan SET berlaku = true, daun = jenis = 'kegiatan'`}

// Writer is what the writers are.
type Writer interface {
	Write(ctx context.Context, db *warehouse.DB, dir string) ([]string, error)
}

// Write runs a writer on a fixture warehouse and opens the one workbook it
// writes.
func Write(t *testing.T, w Writer, db *warehouse.DB) (*excelize.File, string) {
	t.Helper()
	dir := t.TempDir()
	names, err := w.Write(context.Background(), db, dir)
	if err != nil || len(names) != 1 {
		t.Fatalf("Write: %v %v", names, err)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, names[0]))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, names[0]
}
