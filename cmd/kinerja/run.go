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
	logFormat := fs.String("log", "text", "format log ke stderr: text atau json")
	quiet := fs.Bool("quiet", false, "tanpa log, hanya ringkasan")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"argumen tidak dikenal: " + strings.Join(fs.Args(), " ")}
	}
	logger, err := newLogger(stderr, *logFormat, *quiet)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	sum, err := pipeline.Run(ctx, pipeline.Options{
		InputsDir: *in, OutputsDir: *out, Trigger: "manual", Version: version, Logger: logger,
	})
	if err != nil {
		return err
	}
	printSummary(stdout, *in, *out, sum)
	return nil
}

func newLogger(w io.Writer, format string, quiet bool) (*slog.Logger, error) {
	if quiet {
		return slog.New(slog.DiscardHandler), nil
	}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, nil)), nil
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
	fmt.Fprintf(w, "kinerja run %s — selesai dalam %s\n\n", s.RunID, s.Duration.Round(10*time.Millisecond))
	fmt.Fprintf(w, "Masukan  %s: %d berkas dibaca, %d dilewati, %d gagal\n", in, read, skipped, failed)
	for _, f := range s.Files {
		mark := map[string]string{inputs.Read: "✓", inputs.Failed: "✗"}[f.File.Status]
		if mark == "" {
			mark = "–"
		}
		detail := f.File.Note
		if f.File.Status == inputs.Read {
			detail = fmt.Sprintf("%d lembar, %d sel, %d nilai", f.Sheets, f.Cells, f.Values)
			if len(f.Forms) > 0 {
				detail += " [" + strings.Join(f.Forms, ", ") + "]"
			}
		}
		if f.File.Status == inputs.Duplicate || f.File.Status == inputs.Skipped || f.File.Status == inputs.Failed {
			detail = f.File.Status + ": " + f.File.Note
		}
		fmt.Fprintf(w, "  %s %-44s %s\n", mark, f.File.Path, detail)
	}
	total := 0
	var parts []string
	for _, sev := range finding.Severities {
		total += s.Findings[sev]
		parts = append(parts, fmt.Sprintf("%d %s", s.Findings[sev], sev))
	}
	fmt.Fprintf(w, "\nTemuan   %d (%s)\n", total, strings.Join(parts, ", "))
	var raw, clean, mart int64
	for _, t := range s.Tables {
		switch strings.SplitN(t.Name, ".", 2)[0] {
		case "raw":
			raw += t.Rows
		case "clean":
			clean += t.Rows
		case "mart":
			mart += t.Rows
		}
	}
	fmt.Fprintf(w, "Gudang   %s (raw %d baris, clean %d, mart %d)\n", s.Warehouse, raw, clean, mart)
	fmt.Fprintf(w, "Workbook %d ditulis ke %s/\n", len(s.Workbooks), out)
	for _, name := range s.Workbooks {
		fmt.Fprintf(w, "  %s\n", filepath.Join(out, name))
	}
}
