package review_test

import (
	"fmt"
	"strings"
	"testing"

	"kinerja/pipelines/report/reporttest"
	"kinerja/pipelines/write/review"
)

// Findings of three kinds: each on its category's sheet with what to do
// and who does it (the report's unit, by the unit code or the file), a
// status to keep, the difference's sign said in the header; the inputs on
// a sheet of their own.
func TestWriteReview(t *testing.T) {
	db := reporttest.Warehouse(t, `
		CREATE TABLE mart.unit AS SELECT * FROM (VALUES ('PUM', 'Bidang Pemberdayaan Usaha Mikro', 5)) t(kode, nama, urut)`, `
		CREATE TABLE mart.kelengkapan AS SELECT 'P2K' AS unit, 'Bidang Pengawasan dan Pemeriksaan Koperasi' AS unit_nama, 2 AS urut, 2018 AS year, 5 AS month,
		       true AS ada, '2018/05/Laporan_P2K_Mei_2018.xlsx' AS file, NULL AS diganti`, `
		CREATE TABLE mart.berkas AS SELECT 1 AS file_id, '2018/05/Laporan_P2K_Mei_2018.xlsx' AS path, 1234 AS size_bytes, 'ab12' AS sha256,
		       'dibaca' AS status, NULL AS note, 'bulanan.realisasi' AS formulir`, `
		CREATE TABLE mart.review (seq BIGINT, kategori VARCHAR, severity VARCHAR, rule VARCHAR, tabel VARCHAR, baris VARCHAR, kolom VARCHAR,
		       tahun BIGINT, published DECIMAL(38,10), recomputed DECIMAL(38,10), difference DECIMAL(38,10), file VARCHAR, sheet VARCHAR, cell VARCHAR,
		       raw_text VARCHAR, expected VARCHAR, message VARCHAR, jendela VARCHAR)`, `
		INSERT INTO mart.review VALUES
		 (1, 'Selisih terbitan', 'tinggi', 't23.rasio', 'Tabel 2.3', '1 Koperasi aktif', 'Rasio', 2011, 103.57, 102.93, -0.64, 'riwayat/T23.xlsx', 'Tabel 2.3', 'R6', '103,57 %', NULL, 'Rasio terbit berbeda.', '2011-2016'),
		 (2, 'Rekonsiliasi', 'tinggi', 'rekon.anggaran_keuangan', 'Laporan', 'PUM 1.2.11.01.16.021 Penguatan Mutu', 'Realisasi anggaran', 2018, 112843000, 102843000, -10000000, '2018/06/Laporan_PUM_Juni_2018.xlsx', 'Realisasi', 'J9', NULL, 'Keuangan', 'Berbeda dengan Keuangan.', NULL),
		 (3, 'Masukan', 'sedang', 'baca.kolom', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2018/05/Laporan_P2K_Mei_2018.xlsx', 'Realisasi', 'M4', 'Catatan Tambahan', NULL, 'Kolom tidak dikenal.', NULL)`)
	f, _ := reporttest.Write(t, review.Writer{}, db)
	row := func(sheet string, r int) []string {
		rows, _ := f.GetRows(sheet)
		if r > len(rows) {
			return nil
		}
		return rows[r-1]
	}
	for sheet, want := range map[string][]string{
		"Selisih Terbitan": {"1", "tinggi", "Tabel 2.3", "2011-2016", "1 Koperasi aktif"},
		"Rekonsiliasi":     {"1", "tinggi", "Laporan", "", "PUM 1.2.11.01.16.021 Penguatan Mutu"},
		"Masukan":          {"1", "sedang"},
	} {
		got := row(sheet, 4)
		if len(got) < 20 || fmt.Sprint(got[:len(want)]) != fmt.Sprint(want) {
			t.Errorf("%s row 4 %q", sheet, got)
			continue
		}
		if got[19] != "terbuka" || got[17] == "" {
			t.Errorf("%s: tindak lanjut %q, status %q", sheet, got[17], got[19])
		}
	}
	for sheet, who := range map[string]string{"Selisih Terbitan": "Sub Bagian Perencanaan dan Evaluasi", "Rekonsiliasi": "Bidang Pemberdayaan Usaha Mikro",
		"Masukan": "Bidang Pengawasan dan Pemeriksaan Koperasi"} {
		if got := row(sheet, 4)[18]; got != who {
			t.Errorf("%s: penanggung jawab %q, want %q", sheet, got, who)
		}
	}
	if h := row("Selisih Terbitan", 3)[9]; h != "Selisih (hitung ulang − terbit)" {
		t.Errorf("Selisih Terbitan's difference header %q", h)
	}
	if h := row("Rekonsiliasi", 3)[9]; h != "Selisih (pembanding − dilaporkan)" {
		t.Errorf("Rekonsiliasi's difference header %q", h)
	}
	if got := row("Rekonsiliasi", 4)[17]; !strings.Contains(got, "Sub Bagian Keuangan dan Aset") {
		t.Errorf("rekon.anggaran_keuangan's tindak lanjut %q", got)
	}
	if got := row("Berkas Masukan", 5); len(got) < 3 || got[0] != "2018/05/Laporan_P2K_Mei_2018.xlsx" || got[2] != "ab12" {
		t.Errorf("Berkas Masukan %q", got)
	}
}
