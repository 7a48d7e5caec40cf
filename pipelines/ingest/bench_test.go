package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/ingest"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/office"
	"kinerja/pipelines/pipeline"
)

// BenchmarkReadFormats is the cost of reading the six sample reports of
// TestXLSAndODSReadAsTheirXLSX as .xlsx, and as the .xls and .ods
// LibreOffice saves them as: discovery, conversion (one LibreOffice start
// for the six) and reading into raw, per file.
func BenchmarkReadFormats(b *testing.B) {
	soffice, err := office.Find()
	if err != nil {
		b.Skipf("%v", err)
	}
	xlsx := b.TempDir()
	var sources []string
	for _, r := range sampleReports {
		data, err := os.ReadFile(filepath.Join("..", "..", "inputs", "2018", r))
		if err != nil {
			b.Fatal(err)
		}
		p := filepath.Join(xlsx, filepath.Base(r))
		os.WriteFile(p, data, 0o644)
		sources = append(sources, p)
	}
	dirs := map[string]string{"xlsx": xlsx}
	for _, format := range []string{"xls", "ods"} {
		dirs[format] = b.TempDir()
		if err := office.Convert(context.Background(), soffice, format, dirs[format], sources); err != nil {
			b.Fatal(err)
		}
	}
	for _, format := range []string{"xlsx", "xls", "ods"} {
		b.Run(format, func(b *testing.B) {
			ctx := context.Background()
			var spent time.Duration
			for b.Loop() {
				b.StopTimer()
				db := ingest.RawWarehouse(b)
				conv := b.TempDir()
				b.StartTimer()
				start := time.Now()
				var log finding.Log
				files, err := inputs.Discover(dirs[format], &log)
				if err != nil {
					b.Fatal(err)
				}
				if err := ingest.Convert(ctx, files, conv, &log, nil); err != nil {
					b.Fatal(err)
				}
				if err := ingest.Read(ctx, db, files, ingest.Options{Forms: pipeline.Forms(), Readers: 2}); err != nil {
					b.Fatal(err)
				}
				spent += time.Since(start)
				b.StopTimer()
				db.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(spent.Milliseconds())/float64(b.N*len(sampleReports)), "ms/file")
		})
	}
}
