package pipeline

import (
	"context"
	"os"
	"testing"
)

// BenchmarkRun: the whole pipeline on the bundled inputs — discover, read
// into raw, build clean and mart, write the three workbooks, publish.
func BenchmarkRun(b *testing.B) {
	in := "../../inputs"
	b.ReportAllocs()
	for b.Loop() {
		out, err := os.MkdirTemp("", "kinerja-bench-")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2016-12"}); err != nil {
			b.Fatal(err)
		}
		os.RemoveAll(out)
	}
}
