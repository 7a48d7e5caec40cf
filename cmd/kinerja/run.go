package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/pipeline"
)

func runCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("inputs", "inputs", "folder masukan (tidak pernah diubah)")
	out := fs.String("outputs", "outputs", "folder keluaran: gudang data dan workbook")
	period := fs.String("period", "", "periode yang dilaporkan, TTTT-BB (bawaan: bulan terbaru yang dilaporkan unit; tanpa laporan: bulan yang baru berakhir, WIB, atau bulan terakhir Renstra bila periodenya sudah lewat)")
	logFormat := fs.String("log", "text", "format log ke stderr: text atau json")
	quiet := fs.Bool("quiet", false, "tanpa log, hanya ringkasan")
	noKey := fs.Bool("no-nik-key", false, "baca ekspor I-Jus Melon tanpa kunci NIK: NIK hanya disimpan tersamar, orang yang sama tidak dikenali antarbaris")
	pdfs := fs.Bool("pdf", true, "cetak juga dokumen resmi (Tabel 2.3/2.4, E.81, LAKIP, LKPJ) sebagai PDF bila LibreOffice terpasang; --pdf=false tanpa PDF")
	full := fs.Bool("full", false, "baca ulang semua berkas; tanpa ini berkas yang tidak berubah sejak proses terakhir disalin dari gudang data yang terbit, tidak dibaca ulang (hasilnya sama)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"argumen tidak dikenal: " + strings.Join(fs.Args(), " ")}
	}
	// On a terminal the log goes above a progress line redrawn below it.
	var term *terminal
	logTo := stderr
	if !*quiet && *logFormat == "text" && isTerminal(stderr) {
		term = newTerminal(stderr)
		logTo = term
	}
	logger, err := newLogger(logTo, *logFormat, *quiet)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := pipeline.Options{
		InputsDir: *in, OutputsDir: *out, Period: *period, Trigger: "manual", Version: version, Logger: logger, PDF: *pdfs, NoNIKKey: *noKey, Full: *full,
	}
	if term != nil {
		opts.Progress = term.Progress
	}
	sum, err := pipeline.Run(ctx, opts)
	if term != nil {
		term.Done()
	}
	if err != nil {
		return err
	}
	var screen strings.Builder
	printSummary(&screen, *in, *out, sum)
	io.WriteString(stdout, finding.Redact(screen.String())) // a folder named with a NIK, too
	return nil
}

func newLogger(w io.Writer, format string, quiet bool) (*slog.Logger, error) {
	if quiet {
		return slog.New(slog.DiscardHandler), nil
	}
	switch format {
	case "text":
		return slog.New(finding.Masking(slog.NewTextHandler(w, nil))), nil
	case "json":
		return slog.New(finding.Masking(slog.NewJSONHandler(w, nil))), nil
	}
	return nil, usageError{"format log harus text atau json, bukan " + format}
}

// printSummary is the one screen an operator reads after a run.
func printSummary(w io.Writer, in, out string, s *pipeline.Summary) {
	read, skipped, failed := 0, 0, 0
	for _, f := range s.Files {
		switch f.File.Status {
		case inputs.Read:
			read++
		case inputs.Failed:
			failed++
		default:
			skipped++
		}
	}
	fmt.Fprintf(w, "kinerja run %s — periode %s — selesai dalam %s\n\n", s.RunID, s.Period, s.Duration.Round(10*time.Millisecond))
	fmt.Fprintf(w, "Masukan  %s: %d berkas dibaca, %d dilewati, %d gagal\n", in, read, skipped, failed)
	if s.Reused > 0 {
		fmt.Fprintf(w, "         %d di antaranya tidak berubah sejak proses terakhir: isinya disalin dari gudang data yang terbit, tidak dibaca ulang (--full membaca ulang semua)\n", s.Reused)
	}
	printFiles(w, s.Files)
	total := 0
	var parts []string
	for _, sev := range finding.Severities {
		total += s.Findings[sev]
		parts = append(parts, fmt.Sprintf("%d %s", s.Findings[sev], sev))
	}
	fmt.Fprintln(w)
	if s.Plans > 1 && s.Renstra != "" {
		// which plan the documents follow, when the inputs hold several
		fmt.Fprintf(w, "Renstra  %s diikuti periode %s; %d Renstra dibaca (%s)\n", s.Renstra, s.Period, s.Plans, s.RenstraWhy)
	}
	fmt.Fprintf(w, "Temuan   %d (%s)\n", total, strings.Join(parts, ", "))
	var raw, clean, calc, mart int64
	for _, t := range s.Tables {
		switch strings.SplitN(t.Name, ".", 2)[0] {
		case "raw":
			raw += t.Rows
		case "clean":
			clean += t.Rows
		case "calc":
			calc += t.Rows
		case "mart":
			mart += t.Rows
		}
	}
	fmt.Fprintf(w, "Gudang   %s (raw %d baris, clean %d, calc %d, mart %d)\n", s.Warehouse, raw, clean, calc, mart)
	if len(s.Parquet) > 0 {
		fmt.Fprintf(w, "         mart juga sebagai Parquet: %d berkas di %s/\n", len(s.Parquet), filepath.Join(out, s.Period, pipeline.ParquetDir, "mart"))
	}
	fmt.Fprintf(w, "Workbook %d ditulis ke %s/\n", len(s.Workbooks), filepath.Join(out, s.Period))
	// the names in the folder named above, as many to a line as fit 100
	// columns: the summary stays one screen
	line := ""
	for _, name := range s.Workbooks {
		base := filepath.Base(name)
		if line != "" && len(line)+2+len(base) > 98 {
			fmt.Fprintf(w, "  %s\n", line)
			line = ""
		}
		if line != "" {
			line += "  "
		}
		line += base
	}
	if line != "" {
		fmt.Fprintf(w, "  %s\n", line)
	}
	if len(s.PDFs) > 0 {
		fmt.Fprintf(w, "PDF      %d dokumen resmi dicetak di samping workbooknya (Tabel 2.3/2.4, E.81, LAKIP, LKPJ)\n", len(s.PDFs))
	}
	if s.NoNIKKey {
		fmt.Fprintf(w, "NIK      tanpa kunci (--no-nik-key): NIK ekspor hanya disimpan tersamar; izin ganda per orang tidak terhitung\n")
	}
	if s.PDFNotice != "" {
		fmt.Fprintf(w, "PDF      %s\n", s.PDFNotice)
	}
}

// maxListed is how many files the summary names one by one.
const maxListed = 8

// printFiles lists the files of a run on a few lines. With many files, those
// read without a finding are counted per top-level folder of more than three
// of them (a year of monthly reports is 72 files); the others are named.
func printFiles(w io.Writer, files []pipeline.FileResult) {
	topDir := func(f pipeline.FileResult) string {
		if dir, _, nested := strings.Cut(filepath.ToSlash(f.File.Path), "/"); nested {
			return dir
		}
		return "."
	}
	quiet := func(f pipeline.FileResult) bool { return f.File.Status == inputs.Read && f.Findings == 0 }
	type group struct{ n, sheets, cells, values int }
	groups := map[string]*group{}
	var order []string
	if len(files) > maxListed {
		for _, f := range files {
			if !quiet(f) {
				continue
			}
			d := topDir(f)
			if groups[d] == nil {
				groups[d] = &group{}
				order = append(order, d)
			}
			g := groups[d]
			g.n, g.sheets, g.cells, g.values = g.n+1, g.sheets+f.Sheets, g.cells+f.Cells, g.values+f.Values
		}
	}
	grouped := func(f pipeline.FileResult) bool { g := groups[topDir(f)]; return quiet(f) && g != nil && g.n > 3 }
	for _, d := range order {
		if g := groups[d]; g.n > 3 {
			fmt.Fprintf(w, "  ✓ %-44s %d berkas tanpa temuan: %d lembar, %d sel, %d nilai\n", d+"/", g.n, g.sheets, g.cells, g.values)
		}
	}
	// The files that most need a look first: failed, then by their most
	// serious findings (tinggi, sedang, then how many), then in file order;
	// an export with 380 findings does not hide under "… dan 18 berkas lain".
	var shown []pipeline.FileResult
	for _, f := range files {
		if !grouped(f) {
			shown = append(shown, f)
		}
	}
	if len(files) > maxListed {
		weight := func(f pipeline.FileResult) [4]int {
			return [4]int{map[bool]int{true: 1}[f.File.Status == inputs.Failed], f.Tinggi, f.Sedang, f.Findings}
		}
		sort.SliceStable(shown, func(i, j int) bool {
			a, b := weight(shown[i]), weight(shown[j])
			return slices.Compare(a[:], b[:]) > 0
		})
	}
	for i, f := range shown {
		if i == maxListed {
			fmt.Fprintf(w, "  … dan %d berkas lain (daftar lengkap: Review-Kinerja.xlsx, lembar Berkas Masukan)\n", len(shown)-i)
			break
		}
		mark := map[string]string{inputs.Read: "✓", inputs.Failed: "✗"}[f.File.Status]
		if mark == "" {
			mark = "–"
		}
		detail := f.File.Note
		if f.File.Status == inputs.Read {
			detail = fmt.Sprintf("%d lembar, %d sel, %d nilai", f.Sheets, f.Cells, f.Values)
			if f.Findings > 0 {
				mark = "!"
				detail += fmt.Sprintf(", %d temuan", f.Findings)
				if f.Tinggi > 0 {
					detail += fmt.Sprintf(" (%d tinggi)", f.Tinggi)
				}
			}
			if len(f.Forms) > 0 && len(files) <= maxListed {
				detail += " [" + strings.Join(f.Forms, ", ") + "]"
			}
		}
		if f.File.Status == inputs.Duplicate || f.File.Status == inputs.Skipped || f.File.Status == inputs.Failed {
			detail = f.File.Status + ": " + f.File.Note
		}
		fmt.Fprintf(w, "  %s %-44s %s\n", mark, f.File.Path, detail)
	}
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
