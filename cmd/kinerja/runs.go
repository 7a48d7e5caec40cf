package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/pipeline"
)

func runsCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("runs", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("outputs", "outputs", "folder keluaran")
	asCSV := fs.Bool("csv", false, "cetak sebagai CSV")
	last := fs.Int("n", 20, "jumlah proses terakhir yang ditampilkan (0 = semua)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"argumen tidak dikenal: " + strings.Join(fs.Args(), " ")}
	}
	runs, err := pipeline.ReadRuns(*out)
	if err != nil {
		return err
	}
	if *last > 0 && len(runs) > *last {
		runs = runs[len(runs)-*last:]
	}
	header := []string{"run", "periode", "pemicu", "mulai", "durasi", "status", "temuan (t/s/r/i)", "masukan", "keluaran", "keterangan"}
	rows := [][]string{}
	for _, r := range runs {
		dur := ""
		if !r.Finished.IsZero() {
			dur = r.Finished.Sub(r.Started).Round(10 * time.Millisecond).String()
		}
		var counts []string
		for _, sev := range finding.Severities {
			counts = append(counts, strconv.Itoa(r.Findings[string(sev)]))
		}
		temuan := strings.Join(counts, "/")
		if r.Findings == nil {
			temuan = ""
		}
		rows = append(rows, []string{r.RunID, r.Period, r.Trigger, r.Started.Local().Format("2006-01-02 15:04:05"), dur, r.Status,
			temuan, strconv.Itoa(len(r.Inputs)), strconv.Itoa(len(r.Outputs)), r.Error})
	}
	if *asCSV {
		w := csv.NewWriter(stdout)
		w.Write(header)
		w.WriteAll(rows)
		return w.Error()
	}
	if len(rows) == 0 {
		fmt.Fprintln(stdout, "Belum ada proses yang tercatat di", *out)
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	return tw.Flush()
}
