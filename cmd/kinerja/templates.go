package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"kinerja/pipelines/pipeline"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/write/templates"
)

func templatesCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("templates", flag.ContinueOnError)
	fs.SetOutput(stderr)
	year := fs.Int("year", time.Now().Year(), "tahun laporan")
	dir := fs.String("out", "templat", "folder tujuan templat")
	out := fs.String("outputs", "outputs", "folder keluaran tempat gudang data (dengan Renstra) terbit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"argumen tidak dikenal: " + strings.Join(fs.Args(), " ")}
	}
	plan, err := publishedPlan(*out, *year, "templat")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	names, err := templates.Write(plan, *dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d templat laporan bulanan %d ditulis ke %s/:\n", len(names), *year, *dir)
	for _, n := range names {
		fmt.Fprintln(stdout, "  "+n)
	}
	return nil
}

// publishedPlan reads a year's plan from the warehouse the last run
// published; what names what is being made from it, for the error.
func publishedPlan(outputs string, year int, what string) (*templates.Plan, error) {
	ctx := context.Background()
	db, err := warehouse.OpenReadOnly(ctx, filepath.Join(outputs, pipeline.WarehouseName))
	if err != nil {
		return nil, fmt.Errorf("%w (jalankan kinerja run dulu: %s dibuat dari Renstra di gudang data)", err, what)
	}
	defer db.Close()
	return templates.LoadPlan(ctx, db, year)
}
