package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"kinerja/pipelines/kamus"
	"kinerja/pipelines/pipeline"
	"kinerja/pipelines/warehouse"
)

func kamusCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("kamus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("outputs", "outputs", "folder keluaran tempat gudang data terbit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"argumen tidak dikenal: " + strings.Join(fs.Args(), " ")}
	}
	ctx := context.Background()
	db, err := warehouse.OpenReadOnly(ctx, filepath.Join(*out, pipeline.WarehouseName))
	if err != nil {
		return err
	}
	defer db.Close()
	md, err := kamus.Generate(ctx, db)
	if err != nil {
		return err
	}
	_, err = fmt.Fprint(stdout, md)
	return err
}
