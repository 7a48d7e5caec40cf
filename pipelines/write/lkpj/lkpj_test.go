package lkpj_test

import (
	"fmt"
	"strings"
	"testing"

	"kinerja/pipelines/report/reporttest"
	"kinerja/pipelines/write/lkpj"
)

// An urusan, a program with one kegiatan over its pagu, JUMLAH: Kinerja
// and Anggaran over their columns with the column numbers' derivations,
// rows where FirstRow says, the over-pagu mark, the Sumber sheet pointing
// at the LKPJ's cells, the Kepala's signature.
func TestWriteYear(t *testing.T) {
	db := reporttest.Warehouse(t, `
		CREATE TABLE mart.kelengkapan AS SELECT true AS ada, 2018 AS year, 12 AS month`, `
		CREATE TABLE mart.lkpj AS SELECT urut, tingkat, 2018 AS year, 12 AS month, kode, uraian, indikator, satuan,
		       CAST(target AS DECIMAL(38,10)) AS target, CAST(realisasi AS DECIMAL(38,10)) AS realisasi, CAST(capaian AS DECIMAL(38,10)) AS capaian, predikat,
		       CAST(pagu AS DECIMAL(38,10)) AS pagu, CAST(rrp AS DECIMAL(38,10)) AS realisasi_rp, CAST(serapan AS DECIMAL(38,10)) AS serapan,
		       unit_nama, permasalahan, solusi, pagu_asal, over AS melebihi_pagu
		FROM (VALUES
			(1, 'urusan', '2.11', 'Urusan Koperasi, Usaha Kecil dan Menengah', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false),
			(2, 'program', '1.2.11.01.01', 'PROGRAM PELAYANAN ADMINISTRASI', 'Cakupan pelayanan', '%', 100, NULL, NULL, NULL, 1000, 1100, 110, 'Sekretariat', NULL, NULL, 'DPA', true),
			(3, 'kegiatan', '1.2.11.01.01.018', 'Rapat Koordinasi Luar Daerah', 'Penugasan dinas', '%', 100, 101.2, 101.2, 'Sangat Tinggi', 1000, 1100, 110, 'Sekretariat', 'Biaya naik.', 'Pergeseran anggaran.', 'DPA', true),
			(4, 'jumlah', NULL, 'JUMLAH', NULL, NULL, NULL, NULL, NULL, NULL, 1000, 1100, 110, NULL, NULL, NULL, 'DPA', true))
			t(urut, tingkat, kode, uraian, indikator, satuan, target, realisasi, capaian, predikat, pagu, rrp, serapan, unit_nama, permasalahan, solusi, pagu_asal, over)`, `
		CREATE TABLE mart.lkpj_sumber AS SELECT * FROM (VALUES
			(3, 'pagu', '2018/12/Laporan_KEU_Desember_2018.xlsx', 'Realisasi Anggaran', 'D17', CAST(1000 AS DECIMAL(38,10))),
			(3, 'realisasi_rp', '2018/12/Laporan_KEU_Desember_2018.xlsx', 'Realisasi Anggaran', 'E17', CAST(1100 AS DECIMAL(38,10))))
			t(urut, kolom, file, sheet, cell, nilai)`)
	f, _ := reporttest.Write(t, lkpj.Writer{}, db)
	v := func(sheet, ref string) string { s, _ := f.GetCellValue(sheet, ref); return s }
	for ref, want := range map[string]string{
		"F5": "Kinerja", "J5": "Anggaran", "F6": "Target", "L6": "Serapan (%)",
		"H7": "8 = 7/6 × 100%", "L7": "12 = 11/10 × 100%", "P7": "16",
		"C8": "Urusan Koperasi, Usaha Kecil dan Menengah", "A9": "1", "A10": "1.1", "C11": "JUMLAH",
	} {
		if got := v("LKPJ", ref); got != want {
			t.Errorf("LKPJ!%s = %q, want %q", ref, got, want)
		}
	}
	if k := v("LKPJ", "P10"); !strings.HasPrefix(k, "Realisasi melebihi pagu") {
		t.Errorf("over-pagu kegiatan: keterangan %q", k)
	}
	if r := lkpj.FirstRow + 3 - 1; v("LKPJ", fmt.Sprintf("K%d", r)) != "1,100" && v("LKPJ", fmt.Sprintf("K%d", r)) != "1100" {
		t.Errorf("LKPJ!K%d = %q", r, v("LKPJ", fmt.Sprintf("K%d", r)))
	}
	src, _ := f.GetRows("Sumber")
	all := fmt.Sprint(src)
	for _, w := range []string{"LKPJ!J10", "LKPJ!K10", "D17", "E17"} {
		if !strings.Contains(all, w) {
			t.Errorf("Sumber lacks %q: %v", w, src)
		}
	}
	rows, _ := f.GetRows("LKPJ")
	if s := fmt.Sprint(rows); !strings.Contains(s, "Dra. UJI COBA") || !strings.Contains(s, "NIP. 19610831 198503 2 008") {
		t.Error("no signature")
	}
}
