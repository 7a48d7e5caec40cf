package pipeline

import (
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/sample"
)

// subKegiatanKode is a six-part Permendagri 90/2019 code (2.17.07.2.01.0003).
var subKegiatanKode = regexp.MustCompile(`^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$`)

// TestTodaysPlanEndToEnd: the bundled inputs as shipped — the seed, and the
// example Renstra 2021–2026 coded by Permendagri 90/2019 with its 2022
// sample year — reported for 2022-12 (the latest month reported: the
// default) give E.81, LKPJ and LAKIP with every sub kegiatan under its
// kegiatan, six-part codes, rupiah that add up level by level, and the plan
// they follow named on the page.
func TestTodaysPlanEndToEnd(t *testing.T) {
	out := t.TempDir()
	sum, err := Run(context.Background(), Options{InputsDir: todayInputs(t), OutputsDir: out, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Period != "2022-12" {
		t.Fatalf("period %s, want 2022-12 (the latest month reported)", sum.Period)
	}
	const plan = "CONTOH Rencana Strategis (Renstra) 2021-2026"
	if sum.Plans != 2 || !strings.HasPrefix(sum.Renstra, plan) {
		t.Errorf("the run's summary names %q of %d plans, want %s of 2", sum.Renstra, sum.Plans, plan)
	}

	// The warehouse: every sub kegiatan of the plan is a budget line under
	// a kegiatan, and the LKPJ's rupiah add up at each level.
	if got := query(t, out, `SELECT count(*) FROM mart.lkpj WHERE tingkat = 'sub kegiatan'`); got[0][0] != "27" {
		t.Errorf("LKPJ sub kegiatan rows: %s, want the plan's 27", got[0][0])
	}
	if bad := query(t, out, `
		SELECT k.kode, k.pagu, sum(s.pagu), k.realisasi_rp, sum(s.realisasi_rp)
		FROM mart.lkpj k JOIN mart.lkpj s ON s.tingkat = 'sub kegiatan' AND starts_with(s.kode, k.kode || '.')
		WHERE k.tingkat IN ('program', 'kegiatan') AND k.pagu IS NOT NULL
		GROUP BY k.kode, k.pagu, k.realisasi_rp
		HAVING k.pagu <> sum(s.pagu) OR k.realisasi_rp IS DISTINCT FROM sum(s.realisasi_rp)`); len(bad) > 0 {
		t.Errorf("program/kegiatan rupiah that are not the sum of their sub kegiatan: %v", bad)
	}
	if bad := query(t, out, `
		SELECT j.pagu, (SELECT sum(pagu) FROM mart.lkpj WHERE tingkat = 'sub kegiatan')
		FROM mart.lkpj j WHERE j.tingkat = 'jumlah' AND j.pagu <> (SELECT sum(pagu) FROM mart.lkpj WHERE tingkat = 'sub kegiatan')`); len(bad) > 0 {
		t.Errorf("LKPJ JUMLAH is not the sum of the sub kegiatan: %v", bad)
	}
	if bad := query(t, out, `
		SELECT k.triwulan, k.kode, k.target_tahun_rp, sum(s.target_tahun_rp), k.realisasi_tahun_rp, sum(s.realisasi_tahun_rp)
		FROM mart.evaluasi_renja k JOIN mart.evaluasi_renja s
		  ON s.triwulan = k.triwulan AND s.jenis = 'sub kegiatan' AND starts_with(s.kode, k.kode || '.')
		WHERE k.jenis <> 'sub kegiatan' AND k.target_tahun_rp IS NOT NULL
		GROUP BY ALL
		HAVING k.target_tahun_rp <> sum(s.target_tahun_rp) OR k.realisasi_tahun_rp IS DISTINCT FROM sum(s.realisasi_tahun_rp)`); len(bad) > 0 {
		t.Errorf("E.81 program/kegiatan Rp that are not the sum of their sub kegiatan: %v", bad)
	}
	// The LAKIP compares 2022 with 2021: koperasi aktif's 2021 realisasi is
	// the new plan's kondisi awal, its 2021 target the plan in force then.
	if got := query(t, out, `SELECT CAST(CAST(realisasi_n1 AS DOUBLE) AS VARCHAR), CAST(CAST(target_n1 AS DOUBLE) AS VARCHAR), realisasi_n1_asal
		FROM mart.lakip_kinerja WHERE kode_indikator = 'IP-18-1'`); len(got) != 1 || got[0][0] != "87.5" || got[0][1] != "88.6" {
		t.Errorf("LAKIP IP-18-1 N-1: %v, want realisasi 87,5 (kondisi awal 2021 of the Renstra 2021-2026) against the 2016-2021 plan's target 88,6", got)
	}
	if got := query(t, out, `SELECT count(*) FROM mart.review WHERE rule = 'laporan.kode_asing'`); got[0][0] != "0" {
		t.Errorf("%s report rows under codes the plan lacks, in reports made from its templates", got[0][0])
	}
	if got := query(t, out, `SELECT renstra_judul, renstra_awal, renstra_akhir FROM mart.laporan`); got[0][0] != plan || got[0][1] != "2021" || got[0][2] != "2026" {
		t.Errorf("mart.laporan names %v, want %s 2021–2026", got, plan)
	}

	// The documents, as a reader opens them.
	for _, doc := range []struct {
		name, sheet string
		kode        int // column of the code
	}{
		{"E81_Evaluasi-Renja_2022_TWIV.xlsx", "E.81", 3},
		{"LKPJ_2022.xlsx", "LKPJ", 2},
	} {
		f, err := excelize.OpenFile(wb(out, doc.name))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(doc.sheet)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		named, subs := false, 0
		kegiatan := ""
		for _, r := range rows {
			if len(r) > 0 && strings.Contains(strings.Join(r, " "), "menurut "+plan) {
				named = true
			}
			if len(r) < doc.kode {
				continue
			}
			kode := r[doc.kode-1]
			switch strings.Count(kode, ".") {
			case 4: // a kegiatan
				kegiatan = kode
			case 5:
				subs++
				if !subKegiatanKode.MatchString(kode) {
					t.Errorf("%s: sub kegiatan code %q is not six-part", doc.name, kode)
				}
				if !strings.HasPrefix(kode, kegiatan+".") {
					t.Errorf("%s: sub kegiatan %s is not under the kegiatan above it (%s)", doc.name, kode, kegiatan)
				}
				if no := r[0]; strings.Count(no, ".") != 2 {
					t.Errorf("%s: sub kegiatan %s numbered %q, want program.kegiatan.sub", doc.name, kode, no)
				}
			}
		}
		if subs != 27 {
			t.Errorf("%s: %d sub kegiatan rows, want 27", doc.name, subs)
		}
		if !named {
			t.Errorf("%s does not name the plan it follows (%q)", doc.name, plan)
		}
	}
	f, err := excelize.OpenFile(wb(out, "LAKIP_2022.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	found, named := 0, false
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for _, r := range rows {
			line := strings.Join(r, " ")
			named = named || strings.Contains(line, "menurut "+plan)
			if len(r) > 1 && subKegiatanKode.MatchString(r[1]) {
				found++
			}
		}
	}
	if found != 27 || !named {
		t.Errorf("LAKIP: %d sub kegiatan rows (want 27 in its realisasi anggaran), plan named: %v", found, named)
	}
}

// TestTheSeedsYearWithTodaysPlanBeside: the same inputs reported for 2018-12
// follow the Renstra 2016–2021 — its urusan (2.11), its title on the page,
// its kegiatan as the budget lines — though a later plan sits beside it.
func TestTheSeedsYearWithTodaysPlanBeside(t *testing.T) {
	out := t.TempDir()
	if _, err := Run(context.Background(), Options{InputsDir: todayInputs(t), OutputsDir: out, Period: "2018-12", Version: "test"}); err != nil {
		t.Fatal(err)
	}
	got := query(t, out, `SELECT urusan, renstra_judul, CAST(sub_kegiatan AS VARCHAR) FROM mart.laporan`)
	if got[0][0] != "2.11 Koperasi, Usaha Kecil dan Menengah" || got[0][1] != "Perubahan Rencana Strategis (Renstra) II 2016-2021" || got[0][2] != "false" {
		t.Errorf("mart.laporan for 2018 beside today's plan: %v", got)
	}
	if got := query(t, out, `SELECT count(*) FILTER (WHERE tingkat = 'kegiatan' AND daun), count(*) FILTER (WHERE tingkat = 'sub kegiatan'), min(kode) FILTER (WHERE tingkat = 'urusan') FROM mart.lkpj`); got[0][1] != "0" || got[0][2] != "2.11" || got[0][0] == "0" {
		t.Errorf("LKPJ 2018 beside today's plan: %v, want kegiatan budget lines under urusan 2.11 and no sub kegiatan", got)
	}
}

// TestAYearUnderTwoPlansFollowsTheSetting: with a second plan whose targets
// also cover 2025 and 2026, a year of the overlap follows the later plan by
// default and the earlier one when Pengaturan says renstra_ganda = lama;
// a year only one plan has targets for follows that one either way.
func TestAYearUnderTwoPlansFollowsTheSetting(t *testing.T) {
	in := t.TempDir()
	copyTree(t, todayInputs(t), in, true) // the plans and settings, no monthly reports
	if _, err := sample.Renstra(filepath.Join(in, "renstra"), 2024, 2029, 1); err != nil {
		t.Fatal(err)
	}
	const early, late = "renstra/contoh_Renstra_2021-2026.xlsx", "renstra/contoh_Renstra_2024-2029.xlsx"
	plans := func(out string) map[int]string {
		got := map[int]string{}
		for _, r := range query(t, out, `SELECT year, file FROM clean.renstra_berlaku WHERE year BETWEEN 2023 AND 2027`) {
			y, _ := strconv.Atoi(r[0])
			got[y] = r[1]
		}
		return got
	}
	check := func(t *testing.T, out, overlap string) {
		t.Helper()
		want := map[int]string{2023: early, 2024: early, 2025: overlap, 2026: overlap, 2027: late}
		got := plans(out)
		for y, w := range want {
			if got[y] != w {
				t.Errorf("%d follows %q, want %q", y, got[y], w)
			}
		}
		// The year's plan is the one its rows come from, and the one the
		// documents name.
		rows := query(t, out, `SELECT DISTINCT file FROM mart.rencana_tahunan WHERE year = 2025 AND berlaku`)
		if len(rows) != 1 || rows[0][0] != overlap {
			t.Errorf("mart.rencana_tahunan 2025 from %v, want %s only", rows, overlap)
		}
		title := strings.TrimSuffix(strings.TrimPrefix(overlap, "renstra/contoh_Renstra_"), ".xlsx")
		if got := query(t, out, `SELECT renstra_judul, renstra_alasan FROM mart.laporan`); !strings.HasSuffix(got[0][0], title) || !strings.Contains(got[0][1], "renstra_ganda") {
			t.Errorf("mart.laporan for 2025: %v, want the plan %s and the setting as the reason", got, title)
		}
	}
	run := func(t *testing.T, in string) string {
		out := t.TempDir()
		if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2025-12", Version: "test"}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	check(t, run(t, in), late)
	if got := query(t, run(t, in), `SELECT count(*) FROM mart.review WHERE rule = 'indikator.rumus_berubah'`); got[0][0] != "0" {
		t.Errorf("%s formula changes reported between plans that keep them", got[0][0])
	}

	t.Run("a continued indicator whose formula changes", func(t *testing.T) {
		in := t.TempDir()
		copyTree(t, todayInputs(t), in, true)
		if _, err := sample.Renstra(filepath.Join(in, "renstra"), 2024, 2029, 1); err != nil {
			t.Fatal(err)
		}
		cell := ""
		editWorkbook(t, filepath.Join(in, late), func(f *excelize.File) {
			rows, _ := f.GetRows("Indikator")
			for i, r := range rows {
				if len(r) > 0 && r[0] == "IP-18-2" {
					cell = "G" + strconv.Itoa(i+1)
					f.SetCellStr("Indikator", cell, "Jumlah koperasi sehat dan cukup sehat th N dibagi Jumlah KSP/USP th N kali 100")
				}
			}
		})
		got := query(t, run(t, in), `SELECT baris, file, cell, message FROM mart.review WHERE rule = 'indikator.rumus_berubah'`)
		if len(got) != 1 || !strings.HasPrefix(got[0][0], "IP-18-2 ") || got[0][1] != late || got[0][2] != cell || !strings.Contains(got[0][3], "cukup sehat") {
			t.Errorf("findings %v, want IP-18-2's new formula at %s!%s", got, late, cell)
		}
	})

	t.Run("lama", func(t *testing.T) {
		editWorkbook(t, filepath.Join(in, "Pengaturan.xlsx"), func(f *excelize.File) {
			rows, _ := f.GetRows("Pengaturan")
			r := len(rows) + 1
			f.SetCellStr("Pengaturan", "A"+strconv.Itoa(r), "renstra_ganda")
			f.SetCellStr("Pengaturan", "B"+strconv.Itoa(r), "lama")
		})
		check(t, run(t, in), early)
	})
}

// TestTabel24AcrossTheChangeOfCoding: a Tabel 2.4 window 2016–2022 runs each
// 2016–2021 program on into its 90/2019 successor through the planner's
// Padanan Kode — the published 2016, the 2018 reports and the 2022 reports
// in one row, two successors of one program (pecah) added up in it — and
// with one pairing removed the break is a finding naming the program's row,
// on both sides of the change, and the successor stands in a row of its own.
func TestTabel24AcrossTheChangeOfCoding(t *testing.T) {
	in := t.TempDir()
	copyTree(t, todayInputs(t), in, false)
	editWorkbook(t, filepath.Join(in, "Pengaturan.xlsx"), func(f *excelize.File) {
		f.SetCellStr("Pengaturan", "B6", "2016-2022")
	})
	run := func(t *testing.T) string {
		out := t.TempDir()
		if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2022-12", Version: "test"}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	// 2022's anggaran of a program: the pagu of its sub kegiatan in Keuangan's December report
	pagu2022 := func(t *testing.T, out string, prefixes ...string) string {
		var or []string
		for _, p := range prefixes {
			or = append(or, "kode LIKE '"+p+".%'")
		}
		return query(t, out, `SELECT CAST(sum(pagu) AS BIGINT) FROM clean.keuangan WHERE year = 2022 AND month = 12 AND row_kind = 'data' AND (`+strings.Join(or, " OR ")+`)`)[0][0]
	}
	row := func(t *testing.T, out, uraian string) map[string]string {
		got := map[string]string{}
		for _, r := range query(t, out, `SELECT year, CAST(CAST(value AS BIGINT) AS VARCHAR) FROM mart.tabel24
			WHERE first_year = 2016 AND last_year = 2022 AND measure = 'anggaran' AND uraian = ? AND value IS NOT NULL`, uraian) {
			got[r[0]] = r[1]
		}
		return got
	}
	const pendukung = "Prog. Pengembangan Sistem Pendukung Usaha bagi UMKM" // 1.2.11.1.2.11.01.17, then 2.17.07
	const kelembagaan = "Prog. Peningkatan Kualitas Kelembagaan Koperasi"   // 1.2.11.1.2.11.01.18, then 2.17.03 and 2.17.04

	out := run(t)
	if got := row(t, out, pendukung); got["2016"] != "3397320000" || got["2018"] == "" || got["2022"] != pagu2022(t, out, "2.17.07") {
		t.Errorf("%s 2016/2018/2022: %v, want the published 3397320000, the 2018 reports and 2.17.07's %s", pendukung, got, pagu2022(t, out, "2.17.07"))
	}
	if got := row(t, out, kelembagaan); got["2022"] != pagu2022(t, out, "2.17.03", "2.17.04") {
		t.Errorf("%s 2022: %v, want 2.17.03 + 2.17.04 = %s", kelembagaan, got, pagu2022(t, out, "2.17.03", "2.17.04"))
	}
	if bad := query(t, out, `SELECT tabel, baris, message FROM mart.review WHERE rule IN ('padanan.putus', 'pengaturan.padanan_kode') AND severity <> 'info'`); len(bad) > 0 {
		t.Errorf("breaks reported with every program and indicator paired: %v", bad)
	}
	// Tabel 2.3 across the change: koperasi aktif continues under its code
	// into the new plan's target and the 2022 register's realisasi.
	tabel23 := func(t *testing.T, out, indikator string) map[string]string {
		got := map[string]string{}
		for _, r := range query(t, out, `SELECT measure || ' ' || year, CAST(CAST(value AS DOUBLE) AS VARCHAR) FROM mart.tabel23
			WHERE first_year = 2016 AND last_year = 2022 AND year >= 2021 AND value IS NOT NULL AND measure IN ('target', 'realisasi')
			  AND indikator = ?`, indikator) {
			got[r[0]] = r[1]
		}
		return got
	}
	if got := tabel23(t, out, "Prosentase Koperasi aktif (2010-2015)"); got["target 2021"] != "88.6" || got["target 2022"] != "87.9" || got["realisasi 2022"] == "" {
		t.Errorf("Tabel 2.3 2016-2022, koperasi aktif: %v, want the 2016-2021 plan's 2021 target 88,6, the new plan's 2022 target 87,9 and 2022's realisasi", got)
	}
	// The workbook a reader opens has the row with the three years.
	f, err := excelize.OpenFile(wb(out, "Tabel-2.4_Anggaran-Realisasi-Pendanaan_2016-2022.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows(f.GetSheetList()[0], excelize.Options{RawCellValue: true})
	f.Close()
	found := false
	for _, r := range rows {
		line := strings.Join(r, "|")
		if strings.Contains(line, pendukung) && strings.Contains(line, "3397320000") && strings.Contains(line, pagu2022(t, out, "2.17.07")) {
			found = true
		}
	}
	if !found {
		t.Errorf("Tabel 2.4 2016-2022 has no row %q with its 2016 and 2022 anggaran", pendukung)
	}

	t.Run("an indicator under a new code", func(t *testing.T) {
		// the new plan calls akses pembiayaan IKP-17-3; the pairing joins it to IP-17-3's row
		rename := func(f *excelize.File) {
			for _, sh := range []string{"Indikator", "Tabel 6.1"} {
				rows, _ := f.GetRows(sh)
				for i, r := range rows {
					for c, v := range r {
						if v == "IP-17-3" {
							cell, _ := excelize.CoordinatesToCellName(c+1, i+1)
							f.SetCellStr(sh, cell, "IKP-17-3")
						}
					}
				}
			}
		}
		in := t.TempDir()
		copyTree(t, todayInputs(t), in, false)
		editWorkbook(t, filepath.Join(in, "Pengaturan.xlsx"), func(f *excelize.File) { f.SetCellStr("Pengaturan", "B6", "2016-2022") })
		editWorkbook(t, filepath.Join(in, "renstra", "contoh_Renstra_2021-2026.xlsx"), rename)
		padanan := filepath.Join(in, "renstra", "contoh_Padanan-Kode_2016-2021_ke_2021-2026.xlsx")
		editWorkbook(t, padanan, func(f *excelize.File) {
			rows, _ := f.GetRows("Padanan Kode")
			r := strconv.Itoa(len(rows) + 1)
			f.SetCellStr("Padanan Kode", "A"+r, "IP-17-3")
			f.SetCellStr("Padanan Kode", "C"+r, "IKP-17-3")
			f.SetCellStr("Padanan Kode", "E"+r, "ganti nama")
		})
		runIn := func(t *testing.T) string {
			out := t.TempDir()
			if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2022-12", Version: "test"}); err != nil {
				t.Fatal(err)
			}
			return out
		}
		out := runIn(t)
		row := query(t, out, `SELECT CAST(CAST(value AS DOUBLE) AS VARCHAR) FROM mart.tabel23 WHERE first_year = 2016 AND last_year = 2022 AND measure = 'target' AND year IN (2021, 2022)
			AND indikator = 'Prosentase Akses Pembiayaan' ORDER BY year`)
		if len(row) != 2 || row[0][0] != "40.0" || row[1][0] != "43.0" {
			t.Errorf("Tabel 2.3 Prosentase Akses Pembiayaan 2021, 2022 targets: %v, want IP-17-3's 40 and then IKP-17-3's 43 in one row", row)
		}
		if bad := query(t, out, `SELECT baris FROM mart.review WHERE rule = 'padanan.putus' AND severity = 'sedang'`); len(bad) > 0 {
			t.Errorf("breaks with the indicator paired: %v", bad)
		}
		editWorkbook(t, padanan, func(f *excelize.File) {
			rows, _ := f.GetRows("Padanan Kode")
			for c := 1; c <= 6; c++ {
				cell, _ := excelize.CoordinatesToCellName(c, len(rows))
				f.SetCellStr("Padanan Kode", cell, "")
			}
		})
		got := query(t, runIn(t), `SELECT tabel, baris FROM mart.review WHERE rule = 'padanan.putus' AND severity = 'sedang' ORDER BY baris`)
		if len(got) != 2 || got[0][0] != "Tabel 2.3" || !strings.HasPrefix(got[0][1], "IKP-17-3 ") || !strings.HasPrefix(got[1][1], "IP-17-3 ") {
			t.Errorf("without the pairing: %v, want Tabel 2.3 breaks at IKP-17-3 and IP-17-3", got)
		}
	})

	t.Run("a pairing removed", func(t *testing.T) {
		editWorkbook(t, filepath.Join(in, "renstra", "contoh_Padanan-Kode_2016-2021_ke_2021-2026.xlsx"), func(f *excelize.File) {
			rows, _ := f.GetRows("Padanan Kode")
			for i, r := range rows {
				if len(r) > 2 && r[0] == "1.2.11.1.2.11.01.17" {
					for c := 1; c <= len(r); c++ {
						cell, _ := excelize.CoordinatesToCellName(c, i+1)
						f.SetCellStr("Padanan Kode", cell, "")
					}
				}
			}
		})
		out := run(t)
		got := query(t, out, `SELECT baris, file, cell, message FROM mart.review WHERE rule = 'padanan.putus' AND severity = 'sedang' ORDER BY baris`)
		if len(got) != 2 || !strings.HasPrefix(got[0][0], "1.2.11.1.2.11.01.17 ") || !strings.HasPrefix(got[1][0], "2.17.07 ") {
			t.Fatalf("findings %v, want 1.2.11.1.2.11.01.17 without successor and 2.17.07 without predecessor", got)
		}
		if got[0][1] != "renstra/Renstra_2016-2021.xlsx" || got[0][2] == "" || !strings.Contains(got[0][3], "berhenti di 2021") {
			t.Errorf("finding %v does not name the program's row and where its series stops", got[0])
		}
		if r := row(t, out, pendukung); r["2022"] != "" {
			t.Errorf("%s still has a 2022 figure without its pairing: %v", pendukung, r)
		}
		if r := row(t, out, "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)"); r["2022"] != pagu2022(t, out, "2.17.07") {
			t.Errorf("2.17.07 without its pairing: %v, want a row of its own with 2022", r)
		}
	})
}

// TestARenstraOfAnotherLayoutIsReadByItsCodes: a 90/2019 plan typed the way
// another office lays out form T-C.27 — the table titled "Rencana Program,
// Kegiatan, Sub Kegiatan dan Pendanaan", its code column "Kode", a bidang
// urusan line (2.17) above the programs, the unit as "Unit Kerja Penanggung
// Jawab", a sentence under the title naming the columns — is read by its
// codes: program, kegiatan and sub kegiatan, each with its parent, the sub
// kegiatan the budget lines, the urusan line no program's parent.
func TestARenstraOfAnotherLayoutIsReadByItsCodes(t *testing.T) {
	in := t.TempDir()
	f := excelize.NewFile()
	set := func(sh, cell string, v any) {
		if err := f.SetCellValue(sh, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	f.SetSheetName("Sheet1", "Dokumen")
	set("Dokumen", "A1", "Dokumen Renstra")
	// no Periode Awal/Akhir and no tahun awal perencanaan: the title names
	// the period, Tabel 6.1's first column group the kondisi awal's year
	for i, kv := range [][2]string{{"Kunci", "Nilai"}, {"Judul", "Renstra 2025-2029 uji"}, {"Perangkat Daerah", "Dinas Uji"},
		{"Urusan", "2.17 Koperasi, Usaha Kecil, dan Menengah"}} {
		set("Dokumen", "A"+strconv.Itoa(3+i), kv[0])
		set("Dokumen", "B"+strconv.Itoa(3+i), kv[1])
	}
	sh := "Rencana"
	f.NewSheet(sh)
	set(sh, "A1", "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan")
	set(sh, "A2", "Kode dan nama program, kegiatan dan sub kegiatan menurut nomenklatur Permendagri 90/2019; target dan pagu per tahun.")
	head := []string{"Kode", "Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)", "Kode Indikator",
		"Data Capaian pada Tahun Awal Perencanaan (2024)", "", "Target Kinerja Program dan Kerangka Pendanaan"}
	for i, h := range head {
		c, _ := excelize.CoordinatesToCellName(i+1, 4)
		set(sh, c, h)
	}
	set(sh, "E5", "Target")
	set(sh, "F5", "(Rp)")
	for y := 0; y < 5; y++ {
		c1, _ := excelize.CoordinatesToCellName(7+2*y, 5)
		c2, _ := excelize.CoordinatesToCellName(7+2*y, 6)
		c3, _ := excelize.CoordinatesToCellName(8+2*y, 6)
		set(sh, c1, strconv.Itoa(2025+y))
		set(sh, c2, "Target")
		set(sh, c3, "(Rp)")
	}
	set(sh, "Q4", "Unit Kerja Penanggung Jawab")
	rows := [][]any{
		{"2.17", "KOPERASI, USAHA KECIL, DAN MENENGAH"},
		{"2.17.07", "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", "Prosentase Legalitas Pelaku Usaha", "IP-17-4", "30%", 700000000},
		{"2.17.07.2.01", "Pemberdayaan Usaha Mikro", "Persentase sub kegiatan terlaksana", "", "100%", 700000000},
		{"2.17.07.2.01.0003", "Fasilitasi Kemudahan Perizinan Usaha Mikro", "Jumlah Usaha Mikro yang Telah Mendapatkan Perizinan", "", "500 Unit Usaha", 200000000},
		{"2.17.07.2.01.0004", "Pemberdayaan Kelembagaan Potensi dan Pengembangan Usaha Mikro", "Jumlah Unit Usaha yang Telah Menerima Pembinaan", "", "300 Unit Usaha", 500000000},
	}
	for i, r := range rows {
		row := 7 + i
		for c, v := range r {
			cell, _ := excelize.CoordinatesToCellName(c+1, row)
			set(sh, cell, v)
		}
		if len(r) > 2 {
			for y := 0; y < 5; y++ {
				tc, _ := excelize.CoordinatesToCellName(7+2*y, row)
				pc, _ := excelize.CoordinatesToCellName(8+2*y, row)
				set(sh, tc, r[4])
				set(sh, pc, r[5])
			}
			set(sh, "Q"+strconv.Itoa(row), "PUM")
		}
	}
	if err := f.SaveAs(filepath.Join(in, "Renstra_2025-2029.xlsx")); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2026-12", Version: "test"}); err != nil {
		t.Fatal(err)
	}
	got := query(t, out, `SELECT kode, jenis, coalesce(parent_kode, '-'), CAST(daun AS VARCHAR), coalesce(unit, '-') FROM clean.program_kegiatan ORDER BY seq`)
	want := [][]string{
		{"2.17", "urusan", "-", "false", "-"},
		{"2.17.07", "program", "-", "false", "PUM"},
		{"2.17.07.2.01", "kegiatan", "2.17.07", "false", "PUM"},
		{"2.17.07.2.01.0003", "sub kegiatan", "2.17.07.2.01", "true", "PUM"},
		{"2.17.07.2.01.0004", "sub kegiatan", "2.17.07.2.01", "true", "PUM"},
	}
	if strings.Join(flat(got), "|") != strings.Join(flat(want), "|") {
		t.Errorf("clean.program_kegiatan\n%v\nwant\n%v\nsheets read: %v", got, want,
			query(t, out, `SELECT sheet, coalesce(form, '-'), title FROM raw.sheets`))
	}
	if got := query(t, out, `SELECT periode_awal, periode_akhir, tahun_awal_perencanaan FROM clean.renstra`); strings.Join(got[0], " ") != "2025 2029 2024" {
		t.Errorf("the plan's period %v, want 2025–2029 from its title and kondisi awal 2024 from Tabel 6.1", got)
	}
	if got := query(t, out, `SELECT CAST(CAST(sum(pagu) AS BIGINT) AS VARCHAR) FROM mart.rencana_tahunan WHERE year = 2026 AND berlaku AND daun`); got[0][0] != "700000000" {
		t.Errorf("2026's budget lines sum to %v, want the program's 700000000", got)
	}
}

func flat(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, strings.Join(r, ","))
	}
	return out
}

// TestAReportRowUnderAnotherPlansCodeIsAFinding: a unit that fills 2022's
// report on last plan's template types a 13/2006 code; its figures are not
// counted, and the review names the cell rather than letting them vanish.
func TestAReportRowUnderAnotherPlansCodeIsAFinding(t *testing.T) {
	in := t.TempDir()
	copyTree(t, todayInputs(t), in, true) // plans and settings
	copyTree(t, filepath.Join(todayInputs(t), "2022", "12"), filepath.Join(in, "2022", "12"), false)
	report := filepath.Join(in, "2022", "12", "Laporan_PUM_Desember_2022.xlsx")
	const old = "1.2.11.1.2.11.01.17.001"
	editWorkbook(t, report, func(f *excelize.File) {
		for _, sh := range f.GetSheetList() {
			rows, _ := f.GetRows(sh)
			for i, r := range rows {
				if len(r) > 0 && r[0] == "2.17.07.2.01.0003" {
					f.SetCellStr(sh, "A"+strconv.Itoa(i+1), old)
				}
			}
		}
	})
	out := t.TempDir()
	if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2022-12", Version: "test"}); err != nil {
		t.Fatal(err)
	}
	got := query(t, out, `SELECT file, cell, raw_text, message FROM mart.review WHERE rule = 'laporan.kode_asing'`)
	if len(got) != 1 || got[0][0] != "2022/12/Laporan_PUM_Desember_2022.xlsx" || got[0][1] == "" || got[0][2] != old || !strings.Contains(got[0][3], "2021-2026") {
		t.Errorf("findings %v, want one at the PUM December report's row typed %s", got, old)
	}
}
