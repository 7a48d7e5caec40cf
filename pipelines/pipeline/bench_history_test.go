package pipeline

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/sample"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/write/templates"
)

// BenchmarkHistory: the monthly run as an office makes it, one month of
// reports (December's six) added to one, three and five years of history
// (2016–2020, generated as the sample year is), with the warehouse the
// run of the month before published beside it ("warm": unchanged files are
// copied from it) and with --full. The peer, measured in the same
// benchmark: a run over one year read from nothing (the one-year --full
// case). Reported:
//
//	s/op          seconds per run
//	x-one-year    s/op ÷ the one-year run read from nothing
//	copied        files copied from the published warehouse, of
//	read          the files read whole
func BenchmarkHistory(b *testing.B) {
	dir := b.TempDir()
	years := historyYears(b, dir, 5)
	var oneYear time.Duration
	for _, n := range []int{1, 3, 5} {
		in := filepath.Join(dir, fmt.Sprintf("masukan-%d", n))
		copyTree(b, bundledInputs(b), in, true)
		for _, y := range years[:n] {
			copyTree(b, filepath.Join(dir, "tahun", y), filepath.Join(in, y), false)
		}
		last := filepath.Join(in, years[n-1], "12")
		// the month before: the same inputs without the last December
		before := filepath.Join(dir, fmt.Sprintf("sebelum-%d", n))
		copyTree(b, in, before, false)
		if err := os.RemoveAll(filepath.Join(before, years[n-1], "12")); err != nil {
			b.Fatal(err)
		}
		published := filepath.Join(dir, fmt.Sprintf("terbit-%d", n))
		if _, err := Run(context.Background(), Options{InputsDir: before, OutputsDir: published, Period: years[n-1] + "-11"}); err != nil {
			b.Fatal(err)
		}
		if _, err := os.Stat(last); err != nil {
			b.Fatal(err)
		}
		period := years[n-1] + "-12"
		for _, warm := range []bool{false, true} {
			name := fmt.Sprintf("tahun-%d/full", n)
			if warm {
				name = fmt.Sprintf("tahun-%d/warm", n)
			}
			b.Run(name, func(b *testing.B) {
				var total time.Duration
				var sum *Summary
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					out := filepath.Join(dir, fmt.Sprintf("keluaran-%d-%v-%d", n, warm, i))
					if warm {
						copyOutputs(b, published, out)
					}
					b.StartTimer()
					started := time.Now()
					s, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: period, Full: !warm})
					if err != nil {
						b.Fatal(err)
					}
					total += time.Since(started)
					b.StopTimer()
					sum = s
					os.RemoveAll(out)
					b.StartTimer()
				}
				per := total / time.Duration(b.N)
				if n == 1 && !warm {
					oneYear = per
				}
				read := 0
				for _, f := range sum.Files {
					if f.File.Status == "dibaca" {
						read++
					}
				}
				b.ReportMetric(float64(sum.Reused), "copied")
				b.ReportMetric(float64(read), "read")
				if oneYear > 0 {
					b.ReportMetric(per.Seconds()/oneYear.Seconds(), "x-one-year")
				}
			})
		}
	}
}

// BenchmarkMonthlyExports: the I-Jus Melon exports of a year, as an
// office drops them, one a month, each a full export holding every
// licence of the one before and 10 000 more (10 000 … 120 000 rows): the
// run of the month the twelfth arrives, with the warehouse of the month
// before published beside it ("warm") and with --full; the peer,
// measured in the same benchmark: a run over the twelfth export alone.
// Reported: s/op and x-latest (s/op ÷ the run over the latest export
// alone).
func BenchmarkMonthlyExports(b *testing.B) {
	b.Setenv("KINERJA_NIK_KEY", "kunci-rahasia-untuk-uji-bangku-0000000000")
	dir := b.TempDir()
	all := filepath.Join(dir, "ekspor-120000.csv")
	if _, err := ijus.Generate(all, ijus.Options{Rows: 120_000, Seed: 1, Format: "csv", Encoding: "utf8"}); err != nil {
		b.Fatal(err)
	}
	twelve := filepath.Join(dir, "dua-belas")
	latest := filepath.Join(dir, "terakhir")
	before := filepath.Join(dir, "sebelas")
	for _, in := range []string{twelve, latest, before} {
		copyTree(b, bundledInputs(b), in, true)
	}
	for m := 1; m <= 12; m++ {
		name := fmt.Sprintf("ekspor_2021-%02d.csv", m)
		writeHead(b, all, filepath.Join(twelve, "ijus", name), 1+m*10_000)
		if m < 12 {
			writeHead(b, all, filepath.Join(before, "ijus", name), 1+m*10_000)
		} else {
			writeHead(b, all, filepath.Join(latest, "ijus", name), 1+m*10_000)
		}
	}
	published := filepath.Join(dir, "terbit")
	if _, err := Run(context.Background(), Options{InputsDir: before, OutputsDir: published}); err != nil {
		b.Fatal(err)
	}
	run := func(b *testing.B, in string, warm, full bool) time.Duration {
		var total time.Duration
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			out := filepath.Join(dir, fmt.Sprintf("keluaran-%v-%d", warm, i))
			if warm {
				copyOutputs(b, published, out)
			}
			b.StartTimer()
			started := time.Now()
			if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Full: full}); err != nil {
				b.Fatal(err)
			}
			total += time.Since(started)
			b.StopTimer()
			os.RemoveAll(out)
			b.StartTimer()
		}
		return total / time.Duration(b.N)
	}
	var alone time.Duration
	b.Run("terakhir-saja", func(b *testing.B) { alone = run(b, latest, false, true) })
	for _, warm := range []bool{false, true} {
		name := "dua-belas/full"
		if warm {
			name = "dua-belas/warm"
		}
		b.Run(name, func(b *testing.B) {
			per := run(b, twelve, warm, !warm)
			if alone > 0 {
				b.ReportMetric(per.Seconds()/alone.Seconds(), "x-latest")
			}
		})
	}
}

// historyYears generates n years of monthly reports from 2016, each from
// the bundled Renstra as kinerja sample does, into dir/tahun/<year>, and
// returns the years.
func historyYears(b *testing.B, dir string, n int) []string {
	b.Helper()
	ctx := context.Background()
	plan := filepath.Join(dir, "rencana")
	if _, err := Run(ctx, Options{InputsDir: bundledInputsWithoutReports(b, dir), OutputsDir: plan, Period: "2016-12"}); err != nil {
		b.Fatal(err)
	}
	db, err := warehouse.OpenReadOnly(ctx, filepath.Join(plan, WarehouseName))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var years []string
	for y := 2016; y < 2016+n; y++ {
		p, err := templates.LoadPlan(ctx, db, y)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := sample.Generate(p, filepath.Join(dir, "tahun", fmt.Sprint(y)), uint64(y)); err != nil {
			b.Fatal(err)
		}
		years = append(years, fmt.Sprint(y))
	}
	return years
}

func bundledInputsWithoutReports(b *testing.B, dir string) string {
	in := filepath.Join(dir, "rencana-masukan")
	copyTree(b, bundledInputs(b), in, true)
	return in
}

// copyOutputs copies a published outputs folder, its warehouse link kept
// a link: the folder a run of the month before left.
func copyOutputs(b *testing.B, src, dst string) {
	b.Helper()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		switch {
		case info.Mode()&os.ModeSymlink != 0:
			link, err := os.Readlink(p)
			if err != nil {
				return err
			}
			return os.Symlink(link, target)
		case info.IsDir():
			return os.MkdirAll(target, 0o755)
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, info.Mode().Perm())
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
	if err != nil {
		b.Fatal(err)
	}
}
