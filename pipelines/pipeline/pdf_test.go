package pipeline

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// officialDocuments are the workbooks an office signs and uploads, printed
// to PDF by the run.
var officialDocuments = regexp.MustCompile(`^(Tabel-2\.[34]_|E81_|LAKIP_|LKPJ_)`)

// internalWords are what the warehouse and the settings call things, which
// no printed page of an official document may show: indicator codes, unit
// codes, rule and table names, setting names and the settings file.
var internalWords = regexp.MustCompile(`\b(IKU|IP|RPJMD)-\d|\b(SEK|PKK|P2K|PUM|KEU)\b|\bPK\b|\brekon\.|\b(mart|clean|raw|meta)\.[a-z]|awal_akhir|rata_rata_tahunan|jendela_review|metode_pertumbuhan|Pengaturan\.xlsx|\bkinerja run\b`)

// TestOfficialDocumentsPrint: a run with PDF on prints every official
// document beside its workbook; two runs print the same bytes; LibreOffice's
// PDF of each has no text under 7 pt (measured against text LibreOffice
// prints at 7 pt); and no printed page but the Sumber sheets' shows an
// internal code or a setting's name.
func TestOfficialDocumentsPrint(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("SKIPPED: soffice (LibreOffice) is not installed; .ci/run installs it with apt-get install libreoffice-calc-nogui")
	}
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("SKIPPED: pdftotext (poppler-utils) is not installed; .ci/run installs it")
	}
	in := bundledInputs(t)
	runOnce := func() (string, *Summary) {
		out := t.TempDir()
		sum, err := Run(t.Context(), Options{InputsDir: in, OutputsDir: out, Version: "test", PDF: true})
		if err != nil {
			t.Fatal(err)
		}
		return out, sum
	}
	out, sum := runOnce()
	if sum.PDFNotice != "" {
		t.Fatalf("no PDF: %s", sum.PDFNotice)
	}
	printed := map[string]bool{}
	for _, p := range sum.PDFs {
		printed[strings.TrimSuffix(filepath.Base(p), ".pdf")] = true
	}
	n := 0
	for _, w := range sum.Workbooks {
		base := strings.TrimSuffix(filepath.Base(w), ".xlsx")
		if want := officialDocuments.MatchString(base); want != printed[base] {
			t.Errorf("%s: printed to PDF %v, official document %v", w, printed[base], want)
		}
		if printed[base] {
			n++
		}
	}
	if n < 10 || len(sum.PDFs) != n {
		t.Errorf("%d official documents printed of %d: %v", len(sum.PDFs), n, sum.PDFs)
	}

	t.Run("same inputs, same PDF bytes", func(t *testing.T) {
		again, _ := runOnce()
		for _, p := range sum.PDFs {
			a, errA := os.ReadFile(filepath.Join(out, p))
			b, errB := os.ReadFile(filepath.Join(again, p))
			if errA != nil || errB != nil || !bytes.Equal(a, b) {
				t.Errorf("%s differs between two runs (%v, %v)", p, errA, errB)
			}
		}
	})

	// LibreOffice's text boxes are taller than the type: calibrate on text it
	// prints at exactly 7 pt, in the workbooks' font.
	cal := excelize.NewFile()
	for i, size := range []float64{7, 11} {
		st, _ := cal.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "Calibri", Size: size}})
		ref, _ := excelize.CoordinatesToCellName(1, i+1)
		cal.SetCellStr("Sheet1", ref, "Kalibrasi 123")
		cal.SetCellStyle("Sheet1", ref, ref, st)
	}
	calDir := t.TempDir()
	if err := cal.SaveAs(filepath.Join(calDir, "kalibrasi.xlsx")); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+t.TempDir(), "--headless", "--convert-to", "pdf", "--outdir", calDir, filepath.Join(calDir, "kalibrasi.xlsx"))
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	words := func(pdf string) [][]word {
		b, err := exec.Command(pdftotext, "-bbox", pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", pdf, err)
		}
		return pageWords(t, string(b))
	}
	calWords := words(filepath.Join(calDir, "kalibrasi.pdf"))[0]
	if len(calWords) != 4 {
		t.Fatalf("calibration: %d words", len(calWords))
	}
	h7, h11 := calWords[0].height, calWords[2].height
	if !(h7 > 0 && h11 > h7*1.4) {
		t.Fatalf("calibration: 7 pt text %v high, 11 pt %v", h7, h11)
	}
	for _, p := range sum.PDFs {
		pages := words(filepath.Join(out, p))
		if len(pages) == 0 {
			t.Errorf("%s: no page", p)
		}
		for i, page := range pages {
			var text []string
			for _, w := range page {
				if w.height < h7*0.99 {
					t.Errorf("%s page %d: %q printed %.1f pt high, under the %.1f of 7 pt text", p, i+1, w.text, w.height, h7)
				}
				text = append(text, w.text)
			}
			joined := strings.Join(text, " ")
			if strings.Contains(joined, "asal setiap angka") || strings.Contains(joined, "ASAL SETIAP ANGKA") {
				continue // the Sumber sheets name the warehouse's own codes, on purpose
			}
			if m := internalWords.FindString(joined); m != "" {
				t.Errorf("%s page %d prints %q: %.300s", p, i+1, m, joined[max(0, strings.Index(joined, m)-150):])
			}
		}
	}
}

type word struct {
	text   string
	height float64
}

var (
	pageRe = regexp.MustCompile(`(?s)<page [^>]*>(.*?)</page>`)
	wordRe = regexp.MustCompile(`<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>`)
)

// pageWords reads pdftotext -bbox output: each page's words with the
// height of their box.
func pageWords(t *testing.T, html string) [][]word {
	t.Helper()
	var pages [][]word
	for _, p := range pageRe.FindAllStringSubmatch(html, -1) {
		var ws []word
		for _, m := range wordRe.FindAllStringSubmatch(p[1], -1) {
			y1, _ := strconv.ParseFloat(m[1], 64)
			y2, _ := strconv.ParseFloat(m[2], 64)
			ws = append(ws, word{text: htmlUnescape(m[3]), height: y2 - y1})
		}
		pages = append(pages, ws)
	}
	return pages
}

func htmlUnescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#39;", "'").Replace(s)
}
