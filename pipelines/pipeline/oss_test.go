package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/read/oss"
)

// TestOSSAndIUMKGiveOneSeries: an I-Jus Melon export (IUMK, 2017–2020) and
// two OSS exports (NIB, from August 2021: a CSV with the owners' NIK, sex
// and scale; an XLSX without them, sized by PP 7/2021 on capital and
// turnover), some of whose businesses hold an IUMK of the first already,
// give one series of registered UMKM in which no business is counted
// twice. Every planted defect is found, on exactly its rows; a NIB with
// several projects is one business; Tabel 2.3's IUMK row, Prosentase
// Legalitas and the spread by sex follow, in the UMKM sheet of the
// monitoring and the LAKIP's Data Terpilah.
func TestOSSAndIUMKGiveOneSeries(t *testing.T) {
	t.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-0018-cukup-panjang")
	in := t.TempDir()
	copyTree(t, todayInputs(t), in, false) // both plans, the history, the settings, the 2022 reports
	for _, d := range []string{"ijus", "oss"} {
		os.MkdirAll(filepath.Join(in, d), 0o755)
	}
	io := ijus.Options{Rows: 3000, Seed: 21, Format: "csv", FirstYear: 2017, Years: 4}
	if _, err := ijus.Generate(filepath.Join(in, "ijus", "iumk-2017-2020.csv"), io); err != nil {
		t.Fatal(err)
	}
	owners := ijus.Owners(io)
	pa, err := oss.Generate(filepath.Join(in, "oss", "oss-nib-a.csv"), oss.Options{Rows: 2500, Seed: 22, Format: "csv", NIK: true, Overlap: owners, Overlaps: 90})
	if err != nil {
		t.Fatal(err)
	}
	pb, err := oss.Generate(filepath.Join(in, "oss", "oss-nib-b.xlsx"), oss.Options{Rows: 1200, Seed: 23, Format: "xlsx", NoScale: true, Overlap: owners[len(owners)/2:], Overlaps: 40})
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2022-12", Version: "test"}); err != nil {
		t.Fatal(err)
	}

	// Every row read into raw.oss; the NIK only masked and hashed.
	got := query(t, out, `SELECT f.path, count(*), count(o.nik_mask) > 0, count(o.nik_hash) > 0,
		count(*) FILTER (WHERE regexp_matches(concat_ws('|', o.nib, o.nama_usaha, o.alamat, o.lainnya, o.nik_mask), '[0-9]{16}'))
		FROM raw.oss o JOIN raw.files f USING (file_id) GROUP BY 1 ORDER BY 1`)
	want := [][]string{{"oss/oss-nib-a.csv", strconv.Itoa(pa.Rows), "true", "true", "0"}, {"oss/oss-nib-b.xlsx", strconv.Itoa(pb.Rows), "false", "false", "0"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("raw.oss: got %v, want %v", got, want)
	}

	// The findings: each planted defect on its rows, no more (a business's
	// duplicate once).
	found := map[string]int{}
	for _, r := range query(t, out, `SELECT rule, count(*) FROM mart.review WHERE rule LIKE 'oss.%' GROUP BY 1`) {
		found[r[0]], _ = strconv.Atoi(r[1])
	}
	wantFound := map[string]int{}
	for _, p := range []*oss.Planted{pa, pb} {
		for k, n := range p.DefectRows {
			if k == oss.DuplikatUsaha {
				n = p.Defects[k]
			}
			wantFound["oss."+k] += n
		}
	}
	if fmt.Sprint(found) != fmt.Sprint(wantFound) {
		t.Errorf("findings:\n got %v\nwant %v", found, wantFound)
	}

	// One business per NIB; counted as planted; the overlaps found, each
	// by the way it was planted.
	got = query(t, out, `SELECT count(*) FILTER (WHERE dihitung) FROM clean.oss_usaha`)
	if got[0][0] != strconv.Itoa(pa.Counted+pb.Counted) {
		t.Errorf("clean.oss_usaha counts %s businesses, planted %d + %d", got[0][0], pa.Counted, pb.Counted)
	}
	ways := map[string]string{"nik_nama": "NIK dan nama usaha", "nik_alamat": "NIK dan alamat", "nama_alamat": "nama usaha, alamat dan kecamatan (tanpa NIK)"}
	wantWays := map[string]int{}
	for _, p := range []*oss.Planted{pa, pb} {
		for k, n := range p.Overlaps {
			wantWays[ways[k]] += n
		}
	}
	gotWays := map[string]int{}
	for _, r := range query(t, out, `SELECT cocok, count(*) FROM clean.umkm_izin WHERE sistem = 'OSS' AND NOT dihitung GROUP BY 1`) {
		gotWays[r[0]], _ = strconv.Atoi(r[1])
	}
	if fmt.Sprint(gotWays) != fmt.Sprint(wantWays) || len(wantWays) != 3 {
		t.Errorf("NIB of businesses with an IUMK:\n got %v\nwant %v", gotWays, wantWays)
	}

	// The series: the IUMK count runs on, and from August 2021 each NIB of
	// a business without an IUMK adds one.
	iumk := query(t, out, `SELECT count(*) FROM clean.ijus WHERE dihitung`)[0][0]
	newOSS := map[int]int{}
	for _, p := range []*oss.Planted{pa, pb} {
		for y, n := range p.CountedByYear {
			newOSS[y] += n - p.OverlapsByYear[y]
		}
	}
	got = query(t, out, `SELECT year, jumlah, sum(izin_baru_oss) OVER (PARTITION BY year), sum(izin_baru_iumk) OVER (PARTITION BY year),
		sum(izin_baru_iumk) OVER () FROM mart.umkm_bulanan QUALIFY month = 12 ORDER BY year`)
	jumlah, newIUMK := map[int]int{}, map[int]int{}
	for _, r := range got {
		y, _ := strconv.Atoi(r[0])
		jumlah[y], _ = strconv.Atoi(r[1])
		newIUMK[y], _ = strconv.Atoi(r[3])
		if n, _ := strconv.Atoi(r[2]); n != newOSS[y] {
			t.Errorf("%d: %d new NIB counted, planted %d", y, n, newOSS[y])
		}
		if r[4] != iumk {
			t.Errorf("IUMK counted in the series %s, clean.ijus %s", r[4], iumk)
		}
	}
	if jumlah[2021] != jumlah[2020]+newIUMK[2021]+newOSS[2021] || jumlah[2022] != jumlah[2021]+newIUMK[2022]+newOSS[2022] || newOSS[2022] < 500 {
		t.Errorf("Jumlah UMKM ber-izin by year %v; new NIB by year %v, new IUMK %v", jumlah, newOSS, newIUMK)
	}

	// Tabel 2.3's row follows the series, said in words; Prosentase
	// Legalitas for 2022 is (J2022 − J2021) ÷ J2021 × 100.
	got = query(t, out, `SELECT CAST(value AS BIGINT), raw_text, sheet FROM calc.tabel23_laporan WHERE lower(indikator) LIKE '%iumk%' AND measure = 'realisasi' AND year = 2022`)
	if len(got) != 1 || got[0][0] != strconv.Itoa(jumlah[2022]) || got[0][2] != "ekspor I-Jus Melon dan OSS" ||
		!strings.Contains(got[0][1], "ekspor I-Jus Melon (IUMK) dan OSS (NIB)") {
		t.Errorf("Tabel 2.3 IUMK row, 2022: %v, want %d from both systems", got, jumlah[2022])
	}
	got = query(t, out, `SELECT CAST(pembilang AS BIGINT), CAST(penyebut AS BIGINT) FROM mart.ind_legalitas WHERE year = 2022 AND month = 12`)
	if len(got) != 1 || got[0][0] != strconv.Itoa(jumlah[2022]-jumlah[2021]) || got[0][1] != strconv.Itoa(jumlah[2021]) {
		t.Errorf("Prosentase Legalitas 2022: %v, want %d ÷ %d", got, jumlah[2022]-jumlah[2021], jumlah[2021])
	}

	// The owners' sex: typed in the CSV export; the XLSX has none.
	got = query(t, out, `SELECT kategori, sum(izin_tahun_berjalan) FROM mart.umkm_sebaran
		WHERE dimensi = 'jenis_kelamin' AND month = 12 AND year >= 2021 GROUP BY 1 ORDER BY 1`)
	sort.Slice(got, func(i, j int) bool { return got[i][0] < got[j][0] })
	women := ""
	for _, r := range got {
		if r[0] == "P" {
			women = r[1]
		}
	}
	iumkWomen, _ := strconv.Atoi(query(t, out, `SELECT count(*) FROM clean.umkm_izin WHERE sistem = 'IUMK' AND jk = 'P' AND year(tanggal_terbit) IN (2021, 2022)`)[0][0])
	if women != strconv.Itoa(pa.WomenByYear[2021]+pa.WomenByYear[2022]+iumkWomen) {
		t.Errorf("women-owned businesses registered 2021–2022: %v, planted %v", got, pa.WomenByYear)
	}

	// The same split printed: the monitoring's UMKM sheet and the LAKIP.
	p := strconv.Itoa(pa.WomenByYear[2022] + iumkWomen2022(t, out))
	for _, doc := range []struct {
		file, sheet, row string
		col              int // the column of the women's count
	}{
		{"Monitoring_2022-12.xlsx", "UMKM", "Perempuan", 1},
		{"LAKIP_2022.xlsx", "Data Terpilah", "UMKM yang memperoleh izin usaha (IUMK/NIB), Januari s.d. Desember 2022", 5},
	} {
		f, err := excelize.OpenFile(wb(out, doc.file))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(doc.sheet, excelize.Options{RawCellValue: true})
		f.Close()
		found := false
		for _, r := range rows {
			found = found || slices.Contains(r, doc.row) && len(r) > doc.col && r[doc.col] == p
		}
		if !found {
			t.Errorf("%s %s: no row %q with %s women-owned businesses: %v", doc.file, doc.sheet, doc.row, p, rows)
		}
	}
	umkmSheetBySystem(t, out)
}

// umkmSheetBySystem checks the monitoring's UMKM sheet of a run with IUMK
// and OSS exports: each month's registrations split by system as
// mart.umkm_bulanan has them (IUMK + NIB = the month's registrations), the
// OSS exports' own counts as mart.umkm_berkas has them, and the line under
// the title and the notes merged across the page, so none prints past it.
func umkmSheetBySystem(t *testing.T, out string) {
	t.Helper()
	f, err := excelize.OpenFile(wb(out, "Monitoring_2022-12.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("UMKM", excelize.Options{RawCellValue: true})
	lines := map[string][]string{}
	for _, r := range rows {
		if len(r) > 0 {
			lines[r[0]] = r
		}
	}
	months := query(t, out, `SELECT month, izin_baru, izin_baru_iumk, izin_baru_oss, oss_sudah_iumk FROM mart.umkm_bulanan WHERE year = 2022 ORDER BY month`)
	if len(months) != 12 {
		t.Fatalf("mart.umkm_bulanan 2022: %v", months)
	}
	nib := 0
	for _, m := range months {
		i, _ := strconv.Atoi(m[0])
		r := lines[idtext.Months[i-1]]
		want := []string{m[1], m[2], m[3], m[4]}
		if len(r) < 11 || fmt.Sprint([]string{r[1], r[8], r[9], r[10]}) != fmt.Sprint(want) {
			t.Errorf("UMKM sheet, %s: %v, want izin %s = IUMK %s + NIB %s, %s NIB of businesses with an IUMK", idtext.Months[i-1], r, m[1], m[2], m[3], m[4])
		}
		a, _ := strconv.Atoi(m[2])
		b, _ := strconv.Atoi(m[3])
		if n, _ := strconv.Atoi(m[1]); a+b != n {
			t.Errorf("%s: IUMK %d + NIB %d ≠ %d", idtext.Months[i-1], a, b, n)
		}
		nib += b
	}
	if total := lines["JUMLAH JANUARI S.D. DESEMBER 2022"]; len(total) < 11 || total[9] != strconv.Itoa(nib) {
		t.Errorf("UMKM sheet total row: %v, want %d NIB", total, nib)
	}
	for _, m := range query(t, out, `SELECT file, baris, dihitung, proyek_lain, nib_salah, kbli_salah, sudah_iumk, usaha_besar FROM mart.umkm_berkas WHERE sistem = 'OSS' ORDER BY file`) {
		found := false
		for _, r := range rows {
			found = found || fmt.Sprint(r) == fmt.Sprint(m)
		}
		if !found {
			t.Errorf("UMKM sheet: no OSS file row %v", m)
		}
	}
	merged, _ := f.GetMergeCells("UMKM")
	wide := map[string]bool{}
	for _, m := range merged {
		wide[m.GetCellValue()] = true
	}
	for _, r := range rows {
		if len(r) == 1 && len(r[0]) > 100 && !wide[r[0]] {
			t.Errorf("UMKM sheet: a long line not merged across the page: %q", r[0])
		}
	}
}

func iumkWomen2022(t *testing.T, out string) int {
	n, _ := strconv.Atoi(query(t, out, `SELECT count(*) FROM clean.umkm_izin WHERE sistem = 'IUMK' AND jk = 'P' AND year(tanggal_terbit) = 2022`)[0][0])
	return n
}
