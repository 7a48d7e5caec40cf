package pipeline

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kinerja/pipelines/write/tabel23"
	"kinerja/pipelines/write/tabel24"
)

// TestWorkbooksOpenInLibreOffice: every workbook opens in LibreOffice and
// converts to PDF headlessly, and LibreOffice shows the figures the
// Indonesian way (the [$-421] number formats).
func TestWorkbooksOpenInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("SKIPPED: soffice (LibreOffice) is not installed; .ci/run installs it with apt-get install libreoffice-calc-nogui")
	}
	out, sum := bundledOutputs(t)
	convert := func(format string, files ...string) string {
		t.Helper()
		dir := t.TempDir()
		ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
		defer cancel()
		args := append([]string{"-env:UserInstallation=file://" + t.TempDir(), "--headless", "--convert-to", format, "--outdir", dir}, files...)
		cmd := exec.CommandContext(ctx, soffice, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("soffice --convert-to %s: %v\n%s", format, err, stderr.String())
		}
		return dir
	}
	var paths []string
	for _, name := range sum.Workbooks {
		paths = append(paths, filepath.Join(out, name))
	}
	pdfs := convert("pdf", paths...)
	for _, name := range sum.Workbooks {
		b, err := os.ReadFile(filepath.Join(pdfs, strings.TrimSuffix(filepath.Base(name), ".xlsx")+".pdf"))
		if err != nil {
			t.Errorf("%s: no PDF: %v", name, err)
			continue
		}
		if !bytes.HasPrefix(b, []byte("%PDF")) || len(b) < 5000 {
			t.Errorf("%s: PDF of %d bytes is not a real document", name, len(b))
		}
	}
	// The accountability reports as printed: their titles and figures are on
	// the pages, Indonesian-formatted, and fitting to width keeps them to a
	// few pages.
	t.Run("LAKIP and LKPJ pages", func(t *testing.T) {
		pdftotext, err := exec.LookPath("pdftotext")
		if err != nil {
			t.Skip("SKIPPED: pdftotext (poppler-utils) is not installed; .ci/run installs it")
		}
		for name, c := range map[string]struct {
			wants     []string
			everyPage [][]string // each page has all the headers of one sheet
		}{
			// the header rows and the identity columns repeated, every page of
			// the LKPJ shows the headers of the columns that name its rows,
			// and every page of its Sumber sheet those of Sumber
			"LKPJ_2018":  {[]string{"LAPORAN KETERANGAN PERTANGGUNGJAWABAN", "2.046.136.000", "JUMLAH", "Sangat Tinggi"}, [][]string{{"No", "Urusan / Program / Kegiatan"}, {"Sel LKPJ", "Berkas Masukan"}}},
			"LAKIP_2018": {[]string{"PERJANJIAN KINERJA", "Pihak Pertama,", "selanjutnya disebut pihak kedua", "CAPAIAN KINERJA DINAS KOPERASI", "TAHUN 2018", "103,61", "EFISIENSI", "GRAFIK", "ASAL SETIAP ANGKA"}, nil},
		} {
			pdf := filepath.Join(pdfs, name+".pdf")
			text, err := exec.Command(pdftotext, "-layout", pdf, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext %s: %v", name, err)
			}
			for _, w := range c.wants {
				if !strings.Contains(string(text), w) {
					t.Errorf("%s.pdf lacks %q", name, w)
				}
			}
			pages := strings.Split(strings.TrimRight(string(text), "\f"), "\f")
			for i, page := range pages {
				ok := len(c.everyPage) == 0
				for _, headers := range c.everyPage {
					all := true
					for _, w := range headers {
						all = all && strings.Contains(page, w)
					}
					ok = ok || all
				}
				if !ok {
					t.Errorf("%s.pdf page %d of %d lacks the headers of its sheet (%v): not fitted to width or headers not repeated", name, i+1, len(pages), c.everyPage)
				}
			}
		}
	})
	// CSV "as shown" (the 9th filter option): the text LibreOffice displays.
	asShown := "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"
	for name, wants := range map[string][]string{
		tabel24.FileName(2011, 2016): {"2.596.602.000", "3.443.251.771", "Gaji dan Tunjangan,", ",97,98,92,96,92,96,37,35"},
		tabel23.FileName(2011, 2016): {`"77,2%","78,62%"`, `,75%,`, "11.235", `"102,93"`, `"104,83"`},
	} {
		csvs := convert(asShown, wb(out, name))
		b, err := os.ReadFile(filepath.Join(csvs, strings.TrimSuffix(name, ".xlsx")+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range wants {
			if !strings.Contains(string(b), want) {
				t.Errorf("LibreOffice shows %s without %q:\n%.900s", name, want, b)
			}
		}
	}
}
