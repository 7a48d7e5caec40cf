package lakip_test

import (
	"fmt"
	"strings"
	"testing"

	"kinerja/pipelines/report/reporttest"
	"kinerja/pipelines/write/lakip"
)

const kinerja = `
CREATE TABLE mart.lakip_kinerja (urut INTEGER, year INTEGER, month INTEGER, jenis VARCHAR, sasaran VARCHAR, kode_indikator VARCHAR,
    indikator VARCHAR, formula VARCHAR, satuan VARCHAR, polaritas VARCHAR, unit VARCHAR, program_kode VARCHAR,
    target DECIMAL(38,10), realisasi DECIMAL(38,10), capaian DECIMAL(38,10), predikat VARCHAR, sumber_realisasi VARCHAR,
    pembilang DECIMAL(38,10), penyebut DECIMAL(38,10),
    realisasi_n1 DECIMAL(38,10), target_n1 DECIMAL(38,10), capaian_n1 DECIMAL(38,10), realisasi_n1_asal VARCHAR,
    realisasi_n2 DECIMAL(38,10), target_n2 DECIMAL(38,10), capaian_n2 DECIMAL(38,10), realisasi_n2_asal VARCHAR,
    target_akhir DECIMAL(38,10), capaian_akhir DECIMAL(38,10),
    target_file VARCHAR, target_sheet VARCHAR, target_cell VARCHAR, realisasi_file VARCHAR, realisasi_sheet VARCHAR, realisasi_cell VARCHAR,
    penyebut_file VARCHAR, target_akhir_file VARCHAR, target_akhir_sheet VARCHAR, target_akhir_cell VARCHAR);
INSERT INTO mart.lakip_kinerja VALUES
 (1, 2018, 12, 'IKU', 'Meningkatkan Kualitas Kelembagaan dan Usaha Koperasi', 'IKU-01', 'Prosentase Koperasi Baik', 'baik ÷ koperasi × 100', '%', 'positif', 'P2K', NULL,
  88, 91.18, 103.61, 'Sangat Tinggi', 'register', 31, 34, NULL, 11, NULL, NULL, 10, 10, 100, 'kondisi awal Renstra', 88, 103.61,
  'renstra/Renstra.xlsx', 'Tabel 7.2', 'H5', '2018/12/Laporan_P2K.xlsx', NULL, NULL, '2018/12/Laporan_PKK.xlsx', NULL, NULL, NULL),
 (2, 2018, 12, 'Program', NULL, 'IP-18-1', 'Prosentase koperasi aktif', 'aktif ÷ koperasi × 100', '%', 'positif', 'PKK', '1.2.11.01.18',
  88.3, 88.68, 100.43, 'Sangat Tinggi', 'laporan unit', NULL, NULL, NULL, 79, NULL, NULL, 78.5, 78.5, 100, 'Tabel 2.3', 88.6, 100.09,
  'renstra/Renstra.xlsx', 'Tabel 7.2', 'H9', '2018/12/Laporan_PKK.xlsx', 'Realisasi', 'G12', NULL, NULL, NULL, NULL);
CREATE TABLE mart.lakip_efisiensi AS SELECT 1 AS urut, '1.2.11.01.18' AS kode, 'PROGRAM KELEMBAGAAN KOPERASI' AS uraian, 'Bidang Perizinan dan Kelembagaan Koperasi' AS unit_nama,
    1 AS indikator, 1 AS indikator_bercapaian, CAST(100.43 AS DECIMAL(38,10)) AS rata_capaian, CAST(1000 AS DECIMAL(38,10)) AS pagu,
    CAST(900 AS DECIMAL(38,10)) AS realisasi_rp, CAST(90 AS DECIMAL(38,10)) AS serapan, CAST(10.43 AS DECIMAL(38,10)) AS selisih, 'efisien' AS penilaian;
CREATE TABLE mart.lkpj (urut INTEGER, tingkat VARCHAR, kode VARCHAR, uraian VARCHAR, pagu DECIMAL(38,10), realisasi_rp DECIMAL(38,10),
    serapan DECIMAL(38,10), pagu_asal VARCHAR, melebihi_pagu BOOLEAN);
INSERT INTO mart.lkpj VALUES (2, 'program', '1.2.11.01.18', 'PROGRAM KELEMBAGAAN KOPERASI', 1000, 900, 90, 'DPA', false),
    (3, 'kegiatan', '1.2.11.01.18.023', 'Fasilitasi Kelembagaan', 1000, 900, 90, 'DPA', false),
    (4, 'jumlah', NULL, 'JUMLAH', 1000, 900, 90, 'DPA', false);
CREATE TABLE mart.lkpj_sumber AS SELECT 3 AS urut, 'pagu' AS kolom, '2018/12/Laporan_KEU.xlsx' AS file, 'Realisasi Anggaran' AS sheet, 'D9' AS cell, CAST(1000 AS DECIMAL(38,10)) AS nilai;
CREATE TABLE mart.kelengkapan AS SELECT true AS ada;
CREATE TABLE mart.lakip_terpilah AS SELECT 1 AS urut, 'umkm' AS bagian, CAST(NULL AS VARCHAR) AS kode,
  'UMKM yang memperoleh izin usaha (IUMK/NIB), Januari s.d. Desember 2018' AS uraian, 'PUM' AS unit, 'Bidang Pemberdayaan Usaha Mikro' AS unit_nama,
  CAST(120 AS DECIMAL(38,10)) AS jumlah, CAST(50 AS DECIMAL(38,10)) AS laki_laki, CAST(60 AS DECIMAL(38,10)) AS perempuan,
  CAST(54.55 AS DECIMAL(38,10)) AS persen_perempuan, CAST(10 AS DECIMAL(38,10)) AS tidak_diketahui,
  CAST(NULL AS DECIMAL(38,10)) AS penyebut, CAST(NULL AS DECIMAL(38,10)) AS penyebut_perempuan, 'ijus/ekspor.csv' AS sumber`

// The LAKIP of a fixture year: the Perjanjian Kinerja's statement, parties
// and lampiran, names and not codes on the printed sheets, the 2016
// comparison with its source, a register figure's two files in Sumber.
func TestWriteYear(t *testing.T) {
	db := reporttest.Warehouse(t, strings.Split(kinerja, ";\n")...)
	f, _ := reporttest.Write(t, lakip.Writer{}, db)
	text := func(sheet string) string { rows, _ := f.GetRows(sheet); return fmt.Sprint(rows) }
	pk := text(lakip.SheetPK)
	for _, w := range []string{"PERJANJIAN KINERJA TAHUN 2018", "kami yang bertanda tangan di bawah ini", ": Dra. UJI COBA", ": WALIKOTA SEMARANG",
		"selanjutnya disebut pihak pertama.", "Pihak Kedua,", "Pihak Pertama,", "Semarang, 2 Januari 2019",
		"No Sasaran Strategis Indikator Kinerja Target", "No Program  Anggaran (Rp) Keterangan", "PROGRAM KELEMBAGAAN KOPERASI", "JUMLAH"} {
		if !strings.Contains(pk, w) {
			t.Errorf("Perjanjian Kinerja lacks %q: %s", w, pk)
		}
	}
	if strings.Contains(pk, "Prosentase koperasi aktif") {
		t.Error("a program indicator in the Perjanjian Kinerja's sasaran table")
	}
	for _, sh := range []string{lakip.SheetPK, lakip.SheetCapaian, lakip.SheetTahun, lakip.SheetRenstra, lakip.SheetEfisiensi, lakip.SheetAnggaran} {
		if s := text(sh); strings.Contains(s, "IKU-01") || strings.Contains(s, "IP-18-1") {
			t.Errorf("%s prints an indicator code", sh)
		}
	}
	if s := text(lakip.SheetTahun); !strings.Contains(s, "2016: Tabel 2.3") || !strings.Contains(s, "2016: kondisi awal Renstra") {
		t.Errorf("the comparison does not say where 2016 comes from: %s", s)
	}
	src := text(lakip.SheetSumber)
	for _, w := range []string{"IKU-01", "2018/12/Laporan_P2K.xlsx", "2018/12/Laporan_PKK.xlsx", "31 ÷ 34 × 100", "'Realisasi Anggaran'!D"} {
		if !strings.Contains(src, w) {
			t.Errorf("Sumber lacks %q", w)
		}
	}
	if s := text(lakip.SheetTerpilah); !strings.Contains(s, "DATA TERPILAH MENURUT JENIS KELAMIN TAHUN 2018") ||
		!strings.Contains(s, "UMKM yang memperoleh izin usaha (IUMK/NIB)") || !strings.Contains(s, "Laki-laki Perempuan Tidak Diketahui") {
		t.Errorf("Data Terpilah: %s", s)
	}
	if n, _ := f.GetSheetList(), 0; len(n) != 9 {
		t.Errorf("sheets %v", n)
	}
}
