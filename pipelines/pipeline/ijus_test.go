package pipeline

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/read/ijus"
)

var sixteenDigits = regexp.MustCompile(`\d{16}`)

// TestLicenceExportsKeepNoNIK: a CSV and an XLSX licence export dropped into
// the inputs are read whole into raw.ijus, the planted malformed NIK found
// malformed, and no NIK of the exports is anywhere in the warehouse (but
// for its keyed hash) or in any workbook the run writes. Without a key the
// NIK are only masked, and the review says why.
func TestLicenceExportsKeepNoNIK(t *testing.T) {
	in := copyInputs(t)
	os.MkdirAll(filepath.Join(in, "ijus"), 0o755)
	csvPath, xlsxPath := filepath.Join(in, "ijus", "ekspor.csv"), filepath.Join(in, "ijus", "ekspor.xlsx")
	pc, err := ijus.Generate(csvPath, ijus.Options{Rows: 1500, Seed: 4, Format: "csv", Encoding: "utf8"})
	if err != nil {
		t.Fatal(err)
	}
	px, err := ijus.Generate(xlsxPath, ijus.Options{Rows: 1000, Seed: 5, Format: "xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	// Every NIK of the exports, read from the files themselves.
	niks := map[string]bool{}
	f, _ := os.Open(csvPath)
	r := csv.NewReader(f)
	r.Comma = pc.Options.Delimiter
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		for _, c := range rec {
			if sixteenDigits.MatchString(c) {
				niks[sixteenDigits.FindString(c)] = true
			}
		}
	}
	f.Close()
	x, err := excelize.OpenFile(xlsxPath)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := x.GetRows(x.GetSheetList()[0])
	x.Close()
	for _, rec := range rows {
		for _, c := range rec {
			if sixteenDigits.MatchString(c) {
				niks[sixteenDigits.FindString(c)] = true
			}
		}
	}
	if len(niks) < 2000 {
		t.Fatalf("%d NIK read from the CSV", len(niks))
	}

	t.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-0001-cukup-panjang")
	out, sum := runOnce(t, in)
	got := query(t, out, `SELECT f.path, count(*), count(*) FILTER (WHERE NOT i.nik_valid), count(i.nik_hash)
		FROM raw.ijus i JOIN raw.files f USING (file_id) GROUP BY 1 ORDER BY 1`)
	want := [][]string{
		{"ijus/ekspor.csv", "1500", strconv.Itoa(pc.Defects[ijus.NIKSalah])},
		{"ijus/ekspor.xlsx", "1000", strconv.Itoa(px.Defects[ijus.NIKSalah])},
	}
	if len(got) != 2 {
		t.Fatalf("raw.ijus by file: %v", got)
	}
	for i, w := range want {
		if got[i][0] != w[0] || got[i][1] != w[1] || got[i][2] != w[2] || got[i][3] == "0" {
			t.Errorf("%s: rows, invalid NIK, hashed = %v; want %s rows and %s invalid", w[0], got[i][1:], w[1], w[2])
		}
	}

	// Every date, sum of money and count the generator wrote, in whichever
	// spelling, is read.
	got = query(t, out, `SELECT count(*) FILTER (WHERE tanggal_terbit IS NOT NULL AND tanggal_iso IS NULL),
		count(*) FILTER (WHERE modal IS NOT NULL AND modal_rp IS NULL), count(*) FILTER (WHERE omset IS NOT NULL AND omset_rp IS NULL),
		count(*) FILTER (WHERE tenaga_kerja_l IS NOT NULL AND tk_l_n IS NULL), count(*) FILTER (WHERE tenaga_kerja_p IS NOT NULL AND tk_p_n IS NULL),
		min(tanggal_iso), max(tanggal_iso), count(*) FILTER (WHERE modal LIKE 'Rp%' OR modal LIKE '% jt'), min(modal_rp) > 0
		FROM raw.ijus`)
	if g := got[0]; g[0] != "0" || g[1] != "0" || g[2] != "0" || g[3] != "0" || g[4] != "0" || g[5] < "2015-01-01" || g[6] > "2019-12-31" || g[7] == "0" || g[8] != "true" {
		t.Errorf("unread dates, modal, omset, TK L, TK P; first and last date; money typed as text; all modal positive: %v", g)
	}

	// No NIK in any text column of the warehouse but the hash.
	cols := query(t, out, `SELECT schema_name, table_name, column_name FROM duckdb_columns()
		WHERE schema_name IN ('raw', 'clean', 'mart', 'meta') AND data_type = 'VARCHAR' AND column_name <> 'nik_hash'`)
	var parts []string
	for _, c := range cols {
		parts = append(parts, `SELECT '`+c[0]+`.`+c[1]+`.`+c[2]+`' AS col, unnest(regexp_extract_all("`+c[2]+`", '\d{16}')) AS v FROM "`+c[0]+`"."`+c[1]+`"`)
	}
	for _, v := range query(t, out, `SELECT DISTINCT col, v FROM (`+strings.Join(parts, " UNION ALL ")+`)`) {
		if niks[v[1]] {
			t.Errorf("%s holds the NIK %s…", v[0], v[1][:6])
		}
	}
	if len(cols) < 100 {
		t.Fatalf("%d text columns scanned", len(cols))
	}
	// Nor in any workbook.
	for _, name := range sum.Workbooks {
		zr, err := zip.OpenReader(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range zr.File {
			rc, _ := part.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			for _, m := range sixteenDigits.FindAllString(string(b), -1) {
				if niks[m] {
					t.Errorf("%s part %s holds a NIK", name, part.Name)
				}
			}
		}
		zr.Close()
	}

	t.Run("without a key the run stops, unless told to go on without one", func(t *testing.T) {
		t.Setenv("KINERJA_NIK_KEY", "")
		t.Setenv("KINERJA_NIK_KEY_FILE", "")
		out := t.TempDir()
		_, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: testPeriod, Version: "test"})
		if !errors.Is(err, ErrNoNIKKey) || !strings.Contains(err.Error(), "--no-nik-key") || !strings.Contains(err.Error(), "KINERJA_NIK_KEY_FILE") {
			t.Errorf("an export without a key: %v", err)
		}
		if _, err := os.Stat(filepath.Join(out, WarehouseName)); !os.IsNotExist(err) {
			t.Errorf("a warehouse was published without a key: %v", err)
		}
		sum, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: testPeriod, Version: "test", NoNIKKey: true})
		if err != nil {
			t.Fatal(err)
		}
		if !sum.NoNIKKey {
			t.Error("the summary does not say the run went without a key")
		}
		if got := query(t, out, `SELECT count(nik_hash), count(nik_mask) FROM raw.ijus`); got[0][0] != "0" || got[0][1] == "0" {
			t.Errorf("hashes %s, masks %s", got[0][0], got[0][1])
		}
		if got := query(t, out, `SELECT count(*) FROM mart.review WHERE rule = 'ijus.kunci' AND message LIKE '%--no-nik-key%'`); got[0][0] != "1" {
			t.Errorf("ijus.kunci findings saying the choice: %s", got[0][0])
		}
	})

	t.Run("a key file named but missing or weak stops the run", func(t *testing.T) {
		t.Setenv("KINERJA_NIK_KEY", "")
		weak := filepath.Join(t.TempDir(), "lemah.key")
		os.WriteFile(weak, []byte("aaaaaaaaaaaaaaaa"), 0o600)
		for _, key := range []string{filepath.Join(t.TempDir(), "tidak-ada.key"), weak} {
			t.Setenv("KINERJA_NIK_KEY_FILE", key)
			_, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: t.TempDir(), Period: testPeriod, Version: "test"})
			if err == nil || !strings.Contains(err.Error(), "kunci NIK") {
				t.Errorf("key file %s: %v; a named key that cannot be used must stop the run", key, err)
			}
		}
	})

	t.Run("a CSV that is not an export is skipped with a note", func(t *testing.T) {
		other := copyInputs(t)
		os.WriteFile(filepath.Join(other, "daftar.csv"), []byte("nama;alamat\nBudi;Jl. Pemuda\n"), 0o644)
		out, sum := runOnce(t, other)
		for _, f := range sum.Files {
			if f.File.Path == "daftar.csv" && !strings.Contains(f.File.Note, "bukan ekspor") {
				t.Errorf("daftar.csv: %s %s", f.File.Status, f.File.Note)
			}
		}
		if got := query(t, out, `SELECT count(*) FROM mart.review WHERE file = 'daftar.csv' AND rule = 'baca.format'`); got[0][0] != "1" {
			t.Errorf("findings for daftar.csv: %s", got[0][0])
		}
	})
}

// TestLicenceExportCleaningFindsWhatWasPlanted: at 10 000 rows, in either
// format, the cleaning flags exactly the defects the generator planted,
// kind by kind, and nothing else.
func TestLicenceExportCleaningFindsWhatWasPlanted(t *testing.T) {
	t.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-0002-cukup-panjang")
	for _, format := range []string{"csv", "xlsx"} {
		in := copyInputs(t)
		os.MkdirAll(filepath.Join(in, "ijus"), 0o755)
		p, err := ijus.Generate(filepath.Join(in, "ijus", "ekspor."+format), ijus.Options{Rows: 10000, Seed: 21, Format: format})
		if err != nil {
			t.Fatal(err)
		}
		out, _ := runOnce(t, in)
		got := map[string]string{}
		for _, r := range query(t, out, `SELECT rule, count(*) FROM mart.review WHERE rule LIKE 'ijus.%' GROUP BY 1`) {
			got[r[0]] = r[1]
		}
		for _, r := range ijus.Rates {
			if want := strconv.Itoa(p.Defects[r.Kind]); got["ijus."+r.Kind] != want {
				t.Errorf("%s: ijus.%s found %q, planted %s", format, r.Kind, got["ijus."+r.Kind], want)
			}
			delete(got, "ijus."+r.Kind)
		}
		if len(got) != 0 {
			t.Errorf("%s: flagged beyond what was planted: %v", format, got)
		}
		// Every row stays traceable; the latest of a licence number counts.
		if n := query(t, out, `SELECT count(*), count(*) FILTER (WHERE terkini) FROM clean.ijus`); n[0][0] != "10000" || n[0][1] != strconv.Itoa(10000-p.Defects[ijus.DuplikatIzin]) {
			t.Errorf("%s: clean.ijus rows, current: %v", format, n[0])
		}
	}
}

// TestLicenceSizeClassFollowsTheRuleOfItsYear: the same business is mikro
// under PP 7/2021 and menengah under UU 20/2008; the bounds are inclusive.
func TestLicenceSizeClassFollowsTheRuleOfItsYear(t *testing.T) {
	t.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-0003-cukup-panjang")
	in := copyInputs(t)
	csv := "NIK;No. Izin;Tgl Terbit;Kecamatan;Modal Usaha;Omset per Tahun;Jenis Kelamin;Nama Usaha\n" +
		"3374011203900001;IZ-1;10/05/2018;Tugu;40.000.000;1.000.000.000;L;Usaha Satu\n" + // modal ≤ 50 jt: mikro
		"3374011203900002;IZ-2;10/05/2018;Tugu;Rp 100.000.000,-;300 jt;L;Usaha Dua\n" + // omset ≤ 300 jt: mikro
		"3374011203900003;IZ-3;10/05/2018;Tugu;100 jt;1.000.000.000;L;Usaha Tiga\n" + // kecil
		"3374011203900004;IZ-4;1 Februari 2021;Tugu;600 jt;3 M;L;Usaha Empat\n" + // still UU 20/2008: menengah
		"3374011203900005;IZ-5;2 Februari 2021;Tugu;600 jt;3 M;L;Usaha Lima\n" + // PP 7/2021: mikro
		"3374011203900006;IZ-6;15/03/2022;Tugu;2 M;10 M;L;Usaha Enam\n" + // kecil
		"3374011203900007;IZ-7;15/03/2022;Tugu;6 M;20 M;L;Usaha Tujuh\n" + // menengah
		"3374011203900008;IZ-8;;Tugu;6 M;20 M;L;Usaha Delapan\n" // no date, no rule
	os.WriteFile(filepath.Join(in, "ekspor.csv"), []byte(csv), 0o644)
	out, _ := runOnce(t, in)
	got := query(t, out, `SELECT nomor_izin, coalesce(aturan_ukuran, '-'), coalesce(ukuran, '-') FROM clean.ijus ORDER BY nomor_izin`)
	want := [][]string{{"IZ-1", "UU 20/2008", "mikro"}, {"IZ-2", "UU 20/2008", "mikro"}, {"IZ-3", "UU 20/2008", "kecil"},
		{"IZ-4", "UU 20/2008", "menengah"}, {"IZ-5", "PP 7/2021", "mikro"}, {"IZ-6", "PP 7/2021", "kecil"},
		{"IZ-7", "PP 7/2021", "menengah"}, {"IZ-8", "-", "-"}}
	if len(got) != len(want) {
		t.Fatalf("clean.ijus: %v", got)
	}
	for i := range want {
		if strings.Join(got[i], " ") != strings.Join(want[i], " ") {
			t.Errorf("%v, want %v", got[i], want[i])
		}
	}
}

// TestSecondLicenceIsAnyButTheFirstIssued: of one person's licences for one
// business the first issued counts (the earliest date of issue of any of
// its registrations, then the lowest number, a licence without a date
// last); each other number is a second licence (ganda_usaha). Another
// person's licence for a business of the same name is not.
func TestSecondLicenceIsAnyButTheFirstIssued(t *testing.T) {
	t.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-0005-cukup-panjang")
	in := copyInputs(t)
	csv := "NIK;No. Izin;Tgl Terbit;Kecamatan;Jenis Kelamin;Nama Usaha\n" +
		"3374015203900002;X-9;01/01/2017;Tugu;P;Tas Ani\n" +
		"3374015203900002;X-1;01/01/2017;Tugu;P;TAS  ANI\n" + // same day: the lower number is first
		"3374015203900002;X-5;;Tugu;P;Tas Ani\n" + // no date: after every dated one
		"3374011203900001;Y-2;05/05/2017;Mijen;L;Tas Ani\n" + // another person
		"3374011203900001;Y-2;01/01/2016;Mijen;L;Tas Ani\n" + // Y-2 first issued in 2016 …
		"3374011203900001;Y-1;01/03/2016;Mijen;L;Tas Ani\n" // … so Y-1 is the second
	os.WriteFile(filepath.Join(in, "ekspor.csv"), []byte(csv), 0o644)
	out, _ := runOnce(t, in)
	got := query(t, out, `SELECT nomor_izin, coalesce(CAST(tanggal_terbit AS VARCHAR), '-'), ganda_usaha FROM clean.ijus ORDER BY nomor_izin, tanggal_terbit NULLS LAST`)
	want := [][]string{{"X-1", "2017-01-01", "false"}, {"X-5", "-", "true"}, {"X-9", "2017-01-01", "true"},
		{"Y-1", "2016-03-01", "true"}, {"Y-2", "2016-01-01", "false"}, {"Y-2", "2017-05-05", "false"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("clean.ijus ganda_usaha:\n got %v\nwant %v", got, want)
	}
}

// A hand-made export whose figures are known: two licences in 2016 (left to
// the published 5.918), three counted in 2017 and three in 2018, and one of
// each way a row is left out.
const knownExport = "No. Izin;Tgl Terbit;NIK;Nama Pemilik;Jenis Kelamin;Nama Usaha;Kecamatan;Jenis Usaha;Modal Usaha;Omset per Tahun;Tenaga Kerja L;Tenaga Kerja P\n" +
	"A-1;10/03/2016;3374011203900001;Agus;L;Batik Agus;Tugu;Batik;5.000.000;40.000.000;1;0\n" +
	"A-2;2 November 2016;3374015203900002;Sri;P;Jamu Sri;Mijen;Jamu;5.000.000;40.000.000;0;1\n" +
	// B-1 registered again in February: the January row is the duplicate
	"B-1;05/01/2017;3374011304910003;Budi;L;Lunpia Budi;Tugu;Lunpia;5.000.000;40.000.000;1;2\n" +
	"B-1;01/02/2017;3374011304910003;Budi;L;Lunpia Budi;Tugu;Lunpia;5.000.000;40.000.000;1;2\n" +
	"B-2;17 Agustus 2017;3374015405920004;Siti;P;Tas Siti;Kec. Smg Utara;Tas;Rp 20.000.000,-;90.000.000;0;3\n" +
	"B-3;31/12/2017;3374011506930005;Joko;L;Mebel Joko;Gajah Mungkur;Mebel;10.000.000;120.000.000;2;0\n" +
	"B-4;10/10/2017;3374011607940006;Eko;L;Las Eko;Kendal;Logam;10.000.000;120.000.000;1;1\n" +
	// Siti's Tas business under a second number
	"B-6;01/09/2017;3374015405920004;Siti;P;Tas Siti;Semarang Utara;Tas;20.000.000;90.000.000;0;3\n" +
	"C-1;15/01/2018;3374015708950007;Dewi;P;Kue Dewi;Tembalang;Olahan Pangan;5 jt;60.000.000;1;1\n" +
	"C-2;3 Maret 2018;3374011809960008;Heru;L;Mebel Heru;PEDURUNGAN;Mebel;600.000.000;3.000.000.000;4;4\n" +
	"C-3;31/12/2018;337401190997000;Wahyu;L;Bandeng Wahyu;Tugu;Bandeng;100.000.000;1.000.000.000;2;0\n" +
	"C-4;;3374012010980010;Rudi;L;Warung Rudi;Tugu;lain-lain;5.000.000;40.000.000;1;0\n"

// TestLicenceFiguresRunOnFromHistory: the number of UMKM holding an IUMK
// runs on from Tabel 2.3's 5.918 (2016) with the licences the export dates
// after it; Prosentase Legalitas follows the Lampiran formula; the Tabel 2.3
// of 2016-2021 shows 2017 and 2018; the monitoring workbook's UMKM sheet
// has the months, the workers L/P and the spread. A second copy of the same
// export changes no figure and raises no finding.
func TestLicenceFiguresRunOnFromHistory(t *testing.T) {
	t.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-0004-cukup-panjang")
	in := t.TempDir()
	copyTree(t, bundledInputs(t), in, false) // with the 2018 reports: the monitoring workbook is written
	os.MkdirAll(filepath.Join(in, "ijus"), 0o755)
	if err := os.WriteFile(filepath.Join(in, "ijus", "ekspor-2018.csv"), []byte(knownExport), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(t *testing.T) string {
		out := t.TempDir()
		if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2018-12", Version: "test"}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	check := func(t *testing.T, out string) {
		// 2017: B-1 (February), B-2, B-3; 2018: C-1, C-2, C-3 (a NIK of 15
		// digits still counts). 5.918 + 3 = 5.921; + 3 = 5.924.
		got := query(t, out, `SELECT year, month, izin_baru, jumlah, CAST(tk_l AS INTEGER), CAST(tk_p AS INTEGER)
			FROM mart.umkm_bulanan WHERE month IN (2, 12) AND year IN (2017, 2018) ORDER BY 1, 2`)
		want := [][]string{{"2017", "2", "1", "5919", "1", "2"}, {"2017", "12", "1", "5921", "2", "0"},
			{"2018", "2", "0", "5922", "0", "0"}, {"2018", "12", "1", "5924", "2", "0"}}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("umkm_bulanan:\n got %v\nwant %v", got, want)
		}
		// (5.921 − 5.918) ÷ 5.918 × 100 = 0,0507 → 0,05; (5.924 − 5.921) ÷ 5.921 × 100 = 0,0507 → 0,05;
		// June 2018: C-1, C-2 → 2 ÷ 5.921 × 100 = 0,0338 → 0,03.
		got = query(t, out, `SELECT year, month, CAST(pembilang AS INTEGER), CAST(penyebut AS INTEGER), nilai FROM mart.ind_legalitas
			WHERE (year, month) IN ((2017, 12), (2018, 6), (2018, 12)) ORDER BY 1, 2`)
		want = [][]string{{"2017", "12", "3", "5918", "0.05"}, {"2018", "6", "2", "5921", "0.03"}, {"2018", "12", "3", "5921", "0.05"}}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("ind_legalitas:\n got %v\nwant %v", got, want)
		}
		// The findings are the five rows left out or doubtful, no more.
		got = query(t, out, `SELECT rule, count(*) FROM mart.review WHERE rule LIKE 'ijus.%' GROUP BY 1 ORDER BY 1`)
		want = [][]string{{"ijus.duplikat_izin", "1"}, {"ijus.duplikat_usaha", "1"}, {"ijus.kecamatan_asing", "1"}, {"ijus.nik_salah", "1"}, {"ijus.wajib_kosong", "1"}}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("findings:\n got %v\nwant %v", got, want)
		}

		// Tabel 2.3 of the current window: the IUMK row runs 5.918, 5.921, 5.924.
		x, err := excelize.OpenFile(wb(out, "Tabel-2.3_Pencapaian-Kinerja-Pelayanan_2016-2021.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := x.GetRows("Tabel 2.3", excelize.Options{RawCellValue: true})
		x.Close()
		var found bool
		for _, r := range rows {
			if len(r) > 13 && strings.Contains(r[1], "IUMK") {
				found = true
				if got := r[11:14]; fmt.Sprint(got) != "[5918 5921 5924]" {
					t.Errorf("Tabel 2.3 IUMK realisasi 2016–2018: %v", got)
				}
			}
		}
		if !found {
			t.Error("Tabel 2.3 2016-2021 has no IUMK row")
		}

		// The monitoring workbook's UMKM sheet.
		x, err = excelize.OpenFile(wb(out, "Monitoring_2018-12.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ = x.GetRows("UMKM", excelize.Options{RawCellValue: true})
		x.Close()
		lines := map[string][]string{}
		for _, r := range rows {
			if len(r) > 0 {
				lines[r[0]] = r
			}
		}
		for label, want := range map[string]string{
			"Januari":                           "[Januari 1 1 1 1 5922 0.02]", // C-1 (Tembalang, P owner, 1 L + 1 P)
			"Maret":                             "[Maret 1 4 4 2 5923 0.03]",
			"Desember":                          "[Desember 1 2 0 3 5924 0.05]",
			"Tembalang":                         "[Tembalang 1 33.33 1 1 1]",
			"Tugu":                              "[Tugu 1 33.33 2 0 3]", // A-1 and B-1 before 2018
			"Laki-laki":                         "[Laki-laki 2 66.67 6 4 5]",
			"Perempuan":                         "[Perempuan 1 33.33 1 1 3]",
			"mikro":                             "[mikro 1 33.33 1 1 6]",
			"kecil":                             "[kecil 1 33.33 2 0 1]",
			"menengah":                          "[menengah 1 33.33 4 4 1]",
			"JUMLAH JANUARI S.D. DESEMBER 2018": "[JUMLAH JANUARI S.D. DESEMBER 2018 3 7 5]",
		} {
			r := lines[label]
			if len(r) > 7 {
				r = r[:7]
			}
			if fmt.Sprint(r) != want {
				t.Errorf("UMKM sheet row %s: %v, want %s", label, r, want)
			}
		}
	}
	out := run(t)
	check(t, out)
	if got := query(t, out, `SELECT count(*) FILTER (WHERE dihitung), (SELECT count(*) FROM clean.ijus_salinan) FROM clean.ijus`); fmt.Sprint(got) != "[[8 0]]" {
		t.Errorf("counted, copies: %v", got)
	}

	t.Run("a later export holding the same licences changes nothing", func(t *testing.T) {
		// A byte-identical copy is not read at all; a later export holds
		// every earlier licence and one new one, of January 2019.
		later := knownExport + "D-1;07/01/2019;3374011101990011;Andi;L;Toko Andi;Genuk;lain-lain;5.000.000;40.000.000;1;0\n"
		os.MkdirAll(filepath.Join(in, "ijus", "ulang"), 0o755)
		if err := os.WriteFile(filepath.Join(in, "ijus", "ulang", "ekspor-2019-januari.csv"), []byte(later), 0o644); err != nil {
			t.Fatal(err)
		}
		out := run(t)
		check(t, out)
		if got := query(t, out, `SELECT count(*) FILTER (WHERE dihitung), (SELECT count(*) FROM clean.ijus_salinan) FROM clean.ijus`); fmt.Sprint(got) != "[[9 12]]" {
			t.Errorf("counted, copies: %v", got)
		}
		// each copy names the later export that holds it, where its row
		// is the one counted
		if got := query(t, out, `SELECT count(*) FROM clean.ijus_salinan s JOIN clean.ijus i
			ON i.file_id = s.file_id_terakhir AND i.nomor_izin = s.nomor_izin AND i.tanggal_terbit IS NOT DISTINCT FROM s.tanggal_terbit
			WHERE i.file LIKE '%ekspor-2019-januari.csv'`); fmt.Sprint(got) != "[[12]]" {
			t.Errorf("copies traced to the later export's rows: %v", got)
		}
	})
}

// TestBrokenLargeExportIsAFinding: an export large enough that its sheet is
// checked as it is read (over 64 MiB unpacked) whose sheet's checksum does
// not match: the run goes on, the file is a finding, and none of its rows
// are used — neither those already loaded nor those waiting.
func TestBrokenLargeExportIsAFinding(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 90 000-row export")
	}
	t.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-0006-cukup-panjang")
	in := copyInputs(t)
	os.MkdirAll(filepath.Join(in, "ijus"), 0o755)
	good := filepath.Join(t.TempDir(), "ekspor.xlsx")
	if _, err := ijus.Generate(good, ijus.Options{Rows: 90000, Seed: 11, Format: "xlsx"}); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(good)
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(filepath.Join(in, "ijus", "ekspor.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(out)
	var declared uint64
	for _, f := range zr.File {
		h := f.FileHeader
		declared += h.UncompressedSize64
		if strings.HasPrefix(f.Name, "xl/worksheets/") {
			h.CRC32 ^= 0xdeadbeef
		}
		raw, err := f.OpenRaw()
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.CreateRaw(&h)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(w, raw)
	}
	zw.Close()
	out.Close()
	zr.Close()
	if declared <= 64<<20 {
		t.Fatalf("the export unpacks to %d bytes: not large enough to be checked as read", declared)
	}
	outDir, sum := runOnce(t, in)
	if got := query(t, outDir, `SELECT count(*) FROM raw.ijus`); got[0][0] != "0" {
		t.Errorf("raw.ijus holds %s rows of a broken export", got[0][0])
	}
	if got := query(t, outDir, `SELECT count(*) FROM mart.review WHERE file = 'ijus/ekspor.xlsx' AND rule = 'baca.berkas'`); got[0][0] != "1" {
		t.Errorf("findings for the broken export: %s", got[0][0])
	}
	for _, f := range sum.Files {
		if f.File.Path == "ijus/ekspor.xlsx" && (f.File.Status != "gagal" || !strings.Contains(f.File.Note, "rusak")) {
			t.Errorf("ijus/ekspor.xlsx: %s %s", f.File.Status, f.File.Note)
		}
	}
}

// Every problem of a row is reported: a licence registered again later,
// whose NIK is mistyped and whose kecamatan is not Semarang's, is three
// findings, and mart.umkm_berkas counts it under each.
func TestEveryProblemOfARowIsReported(t *testing.T) {
	t.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-0007-cukup-panjang")
	in := copyInputs(t)
	export := "No. Izin,NIK,Nama Pemilik,Jenis Kelamin,Nama Usaha,Alamat,Kecamatan,Tanggal Terbit\n" +
		"IUMK-0001,12345,Budi,L,Lumpia,Jl. Pemuda,Kendal,01/03/2018\n" +
		"IUMK-0001,3374011203900001,Budi,L,Lumpia,Jl. Pemuda,Mijen,01/06/2018\n"
	os.MkdirAll(filepath.Join(in, "ijus"), 0o755)
	if err := os.WriteFile(filepath.Join(in, "ijus", "ekspor.csv"), []byte(export), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _ := runOnce(t, in)
	got := query(t, out, `SELECT rule FROM mart.review WHERE rule LIKE 'ijus.%' AND baris LIKE 'baris 2 %' ORDER BY rule`)
	want := [][]string{{"ijus.duplikat_izin"}, {"ijus.kecamatan_asing"}, {"ijus.nik_salah"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("findings of the row: %v, want %v", got, want)
	}
	counts := query(t, out, `SELECT nik_salah, kecamatan_asing, duplikat_izin FROM mart.umkm_berkas`)
	if fmt.Sprint(counts) != "[[1 1 1]]" {
		t.Errorf("mart.umkm_berkas: %v", counts)
	}
}
