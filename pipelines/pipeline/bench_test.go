package pipeline

import (
	"context"
	"os"
	"testing"
)

// BenchmarkRun: the whole pipeline — discover, read into raw, build clean
// and mart, write the workbooks, publish — on the bundled inputs: with the
// Renstra and the 2011–2016 history only (4 workbooks read, 5 written), and
// with the 2018 sample year of monthly reports too (76 read, 10 written).
func BenchmarkRun(b *testing.B) {
	history := b.TempDir()
	copyTree(b, "../../inputs", history, true)
	for _, c := range []struct{ name, in, period string }{
		{"riwayat", history, "2016-12"},
		{"tahun-contoh-2018", "../../inputs", "2018-12"},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				out, err := os.MkdirTemp("", "kinerja-bench-")
				if err != nil {
					b.Fatal(err)
				}
				if _, err := Run(context.Background(), Options{InputsDir: c.in, OutputsDir: out, Period: c.period}); err != nil {
					b.Fatal(err)
				}
				os.RemoveAll(out)
			}
		})
	}
}
