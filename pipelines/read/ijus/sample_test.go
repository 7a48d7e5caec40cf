package ijus

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// readBack reads a sample export independently of the generator: the CSV
// decoded by its BOM or as Windows-1252, split by the delimiter its header
// line uses; the XLSX below its title, as text. Rows are keyed by header.
func readBack(t *testing.T, path string) []map[string]string {
	t.Helper()
	var recs [][]string
	if strings.HasSuffix(path, ".csv") {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var text []byte
		switch {
		case bytes.HasPrefix(b, []byte("\ufeff")):
			text = b[3:]
		case bytes.ContainsAny(b, "\xe9") && !bytes.Contains(b, []byte("é")):
			if text, err = io.ReadAll(charmap.Windows1252.NewDecoder().Reader(bytes.NewReader(b))); err != nil {
				t.Fatal(err)
			}
		default:
			text = b
		}
		first, _, _ := bytes.Cut(text, []byte("\n"))
		r := csv.NewReader(bytes.NewReader(text))
		if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
			r.Comma = ';'
		}
		if recs, err = r.ReadAll(); err != nil {
			t.Fatal(err)
		}
	} else {
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := f.GetRows(f.GetSheetList()[0])
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) < 3 || !strings.Contains(rows[0][0], "I-JUS MELON") {
			t.Fatalf("xlsx without the export's title row: %v", rows[:min(3, len(rows))])
		}
		// the <dimension> a reader such as openpyxl trusts is the real extent
		dim, err := f.GetSheetDimension(f.GetSheetList()[0])
		if err != nil {
			t.Fatal(err)
		}
		if last, _ := excelize.CoordinatesToCellName(len(rows[2]), len(rows)); dim != "A1:"+last {
			t.Errorf("the sheet says it spans %s; its cells span A1:%s", dim, last)
		}
		recs = rows[2:]
	}
	field := map[string]int{}
	for _, h := range recs[0] {
		for c, variants := range headerVariants {
			for _, v := range variants {
				if v == h {
					field[h] = c
				}
			}
		}
	}
	if len(field) != len(headerVariants) {
		t.Fatalf("header %v: %d of %d fields recognised", recs[0], len(field), len(headerVariants))
	}
	names := []string{"izin", "terbit", "nik", "nama", "jk", "usaha", "alamat", "kel", "kec", "sektor", "modal", "omset", "tkl", "tkp", "status"}
	var out []map[string]string
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			if i < len(rec) {
				m[names[field[h]]] = rec[i]
			}
		}
		out = append(out, m)
	}
	return out
}

var nikRe = regexp.MustCompile(`^\d{16}$`)

// census counts, in rows read back, what each planted defect looks like.
func census(t *testing.T, rows []map[string]string) map[string]int {
	got := map[string]int{}
	izin := map[string]int{}
	usahaIzin := map[string]map[string]bool{}
	known := map[string]bool{}
	for _, k := range Kecamatan {
		known[strings.ReplaceAll(strings.ToLower(k.Nama), " ", "")] = true
	}
	for _, r := range rows {
		if r["izin"] == "" || r["terbit"] == "" || r["nik"] == "" {
			got[WajibKosong]++
			continue
		}
		izin[r["izin"]]++
		key := r["nik"] + "|" + r["usaha"]
		if usahaIzin[key] == nil {
			usahaIzin[key] = map[string]bool{}
		}
		usahaIzin[key][r["izin"]] = true
		day, _ := strconv.Atoi(r["nik"][6:8])
		switch {
		case !nikRe.MatchString(r["nik"]) || day == 0 || (day > 31 && day < 41) || day > 71:
			got[NIKSalah]++
		case (day > 40) != (r["jk"] == "P"):
			got[NIKJenisKelamin]++
		}
		kec := strings.ToLower(r["kec"])
		kec = strings.TrimPrefix(kec, "kec. ")
		kec = strings.ReplaceAll(strings.ReplaceAll(kec, "smg.", "semarang"), "smg", "semarang")
		kec = strings.ReplaceAll(strings.ReplaceAll(kec, "tmr", "timur"), " ", "")
		if !known[kec] {
			got[KecamatanAsing]++
		}
	}
	for _, n := range izin {
		got[DuplikatIzin] += n - 1
	}
	for _, set := range usahaIzin {
		got[DuplikatUsaha] += len(set) - 1
	}
	return got
}

// TestSampleExportPlantsWhatItSays: for both formats, the rows read back
// independently show exactly the defects the generator reports, at the
// stated rates, and nothing else.
func TestSampleExportPlantsWhatItSays(t *testing.T) {
	for _, format := range []string{"csv", "xlsx"} {
		for _, seed := range []uint64{1, 2, 3} {
			path := filepath.Join(t.TempDir(), "ijus."+format)
			p, err := Generate(path, Options{Rows: 10000, Seed: seed, Format: format})
			if err != nil {
				t.Fatal(err)
			}
			rows := readBack(t, path)
			if len(rows) != 10000 {
				t.Fatalf("%s seed %d: %d rows read back", format, seed, len(rows))
			}
			got := census(t, rows)
			for _, r := range Rates {
				if want := 10000 * r.PerMille / 1000; p.Defects[r.Kind] != want || got[r.Kind] != want {
					t.Errorf("%s seed %d: %s planted %d, found %d, want %d", format, seed, r.Kind, p.Defects[r.Kind], got[r.Kind], want)
				}
			}
		}
	}
}

// TestSampleExportIsDeterministic: the same options write the same bytes;
// another seed, another file.
func TestSampleExportIsDeterministic(t *testing.T) {
	for _, format := range []string{"csv", "xlsx"} {
		dir := t.TempDir()
		var files [][]byte
		for i, seed := range []uint64{5, 5, 6} {
			path := filepath.Join(dir, strconv.Itoa(i)+"."+format)
			if _, err := Generate(path, Options{Rows: 2000, Seed: seed, Format: format}); err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(path)
			files = append(files, b)
		}
		if !bytes.Equal(files[0], files[1]) {
			t.Errorf("%s: the same seed wrote different bytes", format)
		}
		if bytes.Equal(files[0], files[2]) {
			t.Errorf("%s: another seed wrote the same bytes", format)
		}
	}
}
