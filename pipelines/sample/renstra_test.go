package sample

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"kinerja/internal/bundled"
)

// TestTheBundledExampleIsTheGenerators: inputs/renstra's example Renstra
// 2021–2026 is what Renstra writes for its period and seed, byte for byte,
// so the two cannot drift apart (make it again with kinerja sample renstra).
func TestTheBundledExampleIsTheGenerators(t *testing.T) {
	dir := t.TempDir()
	name, err := Renstra(dir, 2021, 2026, 1)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(bundled.Root(t), "inputs", "renstra", name))
	if err != nil {
		t.Fatalf("the bundled example plan: %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("inputs/renstra/%s differs from what the generator writes: run bin/kinerja sample renstra --out inputs/renstra", name)
	}
	for kode := range map[string]bool{"2.17.01.2.02.0001": true, "2.17.07.2.01.0003": true} {
		if n, ok := loadNomenklatur()[kode]; !ok || n.tingkat != "sub kegiatan" || n.nama == "" {
			t.Errorf("nomenclature line %s: %+v", kode, n)
		}
	}
}
