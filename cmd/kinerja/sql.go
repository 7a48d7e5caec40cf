package main

import (
	"context"
	"database/sql"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"kinerja/pipelines/pipeline"
	"kinerja/pipelines/warehouse"
)

func sqlCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sql", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("outputs", "outputs", "folder keluaran tempat gudang data terbit")
	asCSV := fs.Bool("csv", false, "cetak sebagai CSV")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{`pemakaian: kinerja sql [--csv] "SELECT …"`}
	}
	ctx := context.Background()
	db, err := warehouse.OpenReadOnly(ctx, filepath.Join(*out, pipeline.WarehouseName))
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, fs.Arg(0))
	if err != nil {
		return err
	}
	defer rows.Close()
	return printRows(rows, stdout, *asCSV)
}

func printRows(rows *sql.Rows, w io.Writer, asCSV bool) error {
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	var cw *csv.Writer
	var tw *tabwriter.Writer
	if asCSV {
		cw = csv.NewWriter(w)
		cw.Write(cols)
	} else {
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(cols, "\t"))
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		rec := make([]string, len(cols))
		for i, v := range vals {
			rec[i] = format(v)
			if v == nil && asCSV {
				rec[i] = "" // an empty field is what a spreadsheet or pandas reads as no value
			}
		}
		if asCSV {
			cw.Write(rec)
		} else {
			fmt.Fprintln(tw, strings.Join(rec, "\t"))
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if asCSV {
		cw.Flush()
		return cw.Error()
	}
	return tw.Flush()
}

func format(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case []byte:
		return string(x)
	case time.Time:
		return x.Format(time.RFC3339)
	case *big.Int:
		return x.String()
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}
