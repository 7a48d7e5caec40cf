package evaluasi_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/report/reporttest"
	"kinerja/pipelines/write/evaluasi"
)

// One program with two indicators and two kegiatan, one of them over its
// pagu: the program's name and rupiah once over its indicator rows, the
// kegiatan numbered under it, the over-pagu mark, the faktor table naming
// units, the averages as the warehouse gives them, both signatures.
func TestWriteQuarter(t *testing.T) {
	db := reporttest.Warehouse(t, `
		CREATE TABLE mart.kelengkapan AS SELECT true AS ada, 2018 AS year, m AS month FROM range(1, 13) r(m)`, `
		CREATE TABLE mart.unit AS SELECT * FROM (VALUES ('PKK', 'Bidang Perizinan dan Kelembagaan Koperasi', 1)) t(kode, nama, urut)`, `
		CREATE TABLE mart.evaluasi_renja AS SELECT 4 AS triwulan, 2018 AS year, 'PKK' AS unit, 'Bidang Perizinan dan Kelembagaan Koperasi' AS unit_nama,
		       seq, jenis, kode, uraian, indikator, kode_indikator, satuan, first AS baris_program_pertama,
		       CAST(trk AS DECIMAL(38,10)) AS target_renstra_k, CAST(trp AS DECIMAL(38,10)) AS target_renstra_rp,
		       CAST(lk AS DECIMAL(38,10)) AS realisasi_lalu_k, CAST(lrp AS DECIMAL(38,10)) AS realisasi_lalu_rp,
		       '2016' AS lalu_tahun, '2017' AS lalu_kurang,
		       CAST(tk AS DECIMAL(38,10)) AS target_tahun_k, CAST(tp AS DECIMAL(38,10)) AS target_tahun_rp, 'DPA' AS pagu_asal,
		       NULL::DECIMAL(38,10) AS tw1_k, NULL::DECIMAL(38,10) AS tw1_rp, NULL::DECIMAL(38,10) AS tw2_k, NULL::DECIMAL(38,10) AS tw2_rp,
		       NULL::DECIMAL(38,10) AS tw3_k, NULL::DECIMAL(38,10) AS tw3_rp, CAST(rk AS DECIMAL(38,10)) AS tw4_k, CAST(rp AS DECIMAL(38,10)) AS tw4_rp,
		       CAST(rk AS DECIMAL(38,10)) AS realisasi_tahun_k, CAST(rp AS DECIMAL(38,10)) AS realisasi_tahun_rp,
		       CAST(ck AS DECIMAL(38,10)) AS capaian_tahun_k, CAST(cr AS DECIMAL(38,10)) AS capaian_tahun_rp,
		       NULL::DECIMAL(38,10) AS realisasi_renstra_k, NULL::DECIMAL(38,10) AS realisasi_renstra_rp,
		       NULL::DECIMAL(38,10) AS capaian_renstra_k, NULL::DECIMAL(38,10) AS capaian_renstra_rp,
		       over AS melebihi_pagu, CASE WHEN over THEN 'Realisasi anggaran melebihi pagu; lihat Review-Kinerja, lembar Rekonsiliasi.' END AS keterangan
		FROM (VALUES
			(10, 'program', '1.2.11.01.18', 'PROGRAM KELEMBAGAAN KOPERASI', 'Prosentase koperasi aktif', 'IP-18-1', '%', true, 88.6, 1000, 78.5, 200, 88.3, 300, 88.68, 320, 100.43, 106.67, true),
			(11, 'program', '1.2.11.01.18', 'PROGRAM KELEMBAGAAN KOPERASI', 'Prosentase koperasi sehat', 'IP-18-2', '%', false, 30, NULL, NULL, NULL, 6, NULL, 11.87, NULL, 197.83, NULL, false),
			(12, 'kegiatan', '1.2.11.01.18.023', 'Fasilitasi Kelembagaan Koperasi', 'Koperasi dibina', NULL, 'koperasi', false, 2025, 500, NULL, NULL, 400, 100, 385, 90, 96.25, 90, false),
			(13, 'kegiatan', '1.2.11.01.18.027', 'Fasilitasi Perizinan Koperasi', 'Koperasi difasilitasi', NULL, 'koperasi', false, 520, 500, NULL, NULL, 160, 200, 151, 230, 94.38, 115, true))
			t(seq, jenis, kode, uraian, indikator, kode_indikator, satuan, first, trk, trp, lk, lrp, tk, tp, rk, rp, ck, cr, over)`, `
		CREATE TABLE mart.evaluasi_renja_predikat AS SELECT * FROM (VALUES
			(4, 2018, 'Dinas', 'program', 2, 149.13, 'Sangat Tinggi', 1, 106.67, 'Sangat Tinggi', NULL::DECIMAL(38,10), NULL::VARCHAR, NULL::DECIMAL(38,10), NULL::VARCHAR),
			(4, 2018, 'Dinas', 'kegiatan', 2, 95.32, 'Sangat Tinggi', 2, 102.5, 'Sangat Tinggi', NULL::DECIMAL(38,10), NULL::VARCHAR, NULL::DECIMAL(38,10), NULL::VARCHAR))
			t(triwulan, year, lingkup, tingkat, baris_k, rata_capaian_k, predikat_k, baris_rp, rata_capaian_rp, predikat_rp,
			  rata_renstra_k, predikat_renstra_k, rata_renstra_rp, predikat_renstra_rp)`, `
		CREATE TABLE mart.rencana_tahunan AS SELECT 2018 AS year, 'PKK' AS unit, 13 AS seq, 'Fasilitasi Perizinan Koperasi' AS uraian, true AS berlaku`, `
		CREATE TABLE mart.realisasi_bulanan AS SELECT 2018 AS year, 11 AS month, 'PKK' AS unit, 13 AS seq, '1.2.11.01.18.027' AS kode,
		       'Peserta terlambat hadir.' AS permasalahan, 'Jadwal dimajukan.' AS solusi`)
	f, name := reporttest.Write(t, evaluasi.Writer{}, db)
	if name != evaluasi.FileName(2018, 4) {
		t.Errorf("wrote %s", name)
	}
	rows, _ := f.GetRows(evaluasi.Sheet)
	cell := func(r, c int) string {
		if r < len(rows) && c-1 < len(rows[r]) {
			return rows[r][c-1]
		}
		return ""
	}
	nr := -1
	for i := range rows {
		if cell(i, 1) == "1" && cell(i, 2) == "2" {
			nr = i
			break
		}
	}
	if nr < 0 {
		t.Fatal("no column-number row")
	}
	rp := evaluasi.PairCol(2) + 1 // column 8 Rp: the DPA pagu
	got := []string{}
	for r := nr + 2; r <= nr+5; r++ { // under the urusan row
		got = append(got, fmt.Sprintf("%s|%s|%s|%s", cell(r, 1), cell(r, 4), cell(r, 5), cell(r, rp)))
	}
	want := []string{
		"1|PROGRAM KELEMBAGAAN KOPERASI|Prosentase koperasi aktif (%)|300",
		"||Prosentase koperasi sehat (%)|",
		"1.1|Fasilitasi Kelembagaan Koperasi|Koperasi dibina (koperasi)|100",
		"1.2|Fasilitasi Perizinan Koperasi|Koperasi difasilitasi (koperasi)|200",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("rows\n%v\nwant\n%v", got, want)
	}
	merges, _ := f.GetMergeCells(evaluasi.Sheet)
	merged := map[string]string{}
	for _, m := range merges {
		merged[m.GetStartAxis()] = m.GetEndAxis()
	}
	d := func(c, r int) string { s, _ := excelize.CoordinatesToCellName(c, r+1); return s }
	if merged[d(4, nr+2)] != d(4, nr+3) || merged[d(rp, nr+2)] != d(rp, nr+3) {
		t.Errorf("the program's name and rupiah are not one cell over its indicators: %v", merges)
	}
	if k := cell(nr+5, len(evaluasi.Columns(2021, 2018))); !strings.HasPrefix(k, "Realisasi anggaran melebihi pagu") {
		t.Errorf("over-pagu kegiatan: keterangan %q", k)
	}
	all := fmt.Sprint(rows)
	for _, w := range []string{"Rata-rata capaian kinerja program (outcome)", "95.32", "149.13", "Bidang Perizinan dan Kelembagaan Koperasi",
		"Peserta terlambat hadir.", "Jadwal dimajukan.", "Kolom 7 memuat realisasi tahun 2016", "Realisasi tahun 2017 belum ada data",
		"Disusun", "Dievaluasi", "Dra. UJI COBA", "KEPALA BAPPEDA KOTA SEMARANG", "Semarang, 2 Januari 2019"} {
		if !strings.Contains(all, w) {
			t.Errorf("no %q", w)
		}
	}
	if strings.Contains(all, " PKK ") || strings.Contains(all, "IP-18") {
		t.Error("a unit or indicator code printed")
	}
}
