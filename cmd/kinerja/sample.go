package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"kinerja/pipelines/pipeline"
	"kinerja/pipelines/sampel"
	"kinerja/pipelines/templat"
	"kinerja/pipelines/warehouse"
)

func sampleCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sample", flag.ContinueOnError)
	fs.SetOutput(stderr)
	year := fs.Int("year", 2018, "tahun contoh")
	dir := fs.String("out", "inputs/2018", "folder tujuan laporan contoh")
	out := fs.String("outputs", "outputs", "folder keluaran tempat gudang data (dengan Renstra) terbit")
	seed := fs.Uint64("seed", 1, "benih acak; benih yang sama memberi berkas yang sama")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"argumen tidak dikenal: " + strings.Join(fs.Args(), " ")}
	}
	ctx := context.Background()
	db, err := warehouse.OpenReadOnly(ctx, filepath.Join(*out, pipeline.WarehouseName))
	if err != nil {
		return fmt.Errorf("%w (jalankan kinerja run dulu: contoh dibuat dari Renstra di gudang data)", err)
	}
	defer db.Close()
	plan, err := templat.LoadPlan(ctx, db, *year)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	names, err := sampel.Generate(plan, *dir, *seed)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d laporan bulanan contoh %d ditulis ke %s/ (benih %d)\n", len(names), *year, *dir, *seed)
	fmt.Fprintln(stdout, "Kesalahan yang sengaja ditanam:")
	for _, e := range sampel.Errors(*year) {
		fmt.Fprintf(stdout, "  %-28s %-4s bulan %2d  %s\n", e.Rule, e.Unit, e.Month, e.What)
	}
	return nil
}
