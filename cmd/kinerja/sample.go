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
	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/read/oss"
	"kinerja/pipelines/read/sipd"
	"kinerja/pipelines/sample"
	"kinerja/pipelines/warehouse"
)

func sampleCmd(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "ijus" {
		return sampleIjusCmd(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "oss" {
		return sampleOSSCmd(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "sipd" {
		return sampleSIPDCmd(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "renstra" {
		return sampleRenstraCmd(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("sample", flag.ContinueOnError)
	fs.SetOutput(stderr)
	year := fs.Int("year", 2018, "tahun contoh")
	dir := fs.String("out", "inputs/2018", "folder tujuan laporan contoh")
	out := fs.String("outputs", "outputs", "folder keluaran tempat gudang data (dengan Renstra) terbit")
	seed := fs.Uint64("seed", 1, "benih acak; benih yang sama memberi berkas yang sama")
	clean := fs.Bool("bersih", false, "tanpa suntingan tangan dan tanpa kesalahan yang sengaja ditanam (kesalahan contoh memakai kode Renstra 2016-2021)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"argumen tidak dikenal: " + strings.Join(fs.Args(), " ")}
	}
	plan, err := publishedPlan(*out, *year, "contoh")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	names, err := sample.GenerateWith(plan, *dir, sample.Options{Seed: *seed, Clean: *clean})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d laporan bulanan contoh %d ditulis ke %s/ (benih %d)\n", len(names), *year, *dir, *seed)
	if *clean {
		fmt.Fprintln(stdout, "Tanpa suntingan tangan dan tanpa kesalahan yang sengaja ditanam.")
		return nil
	}
	fmt.Fprintln(stdout, "Kesalahan yang sengaja ditanam:")
	for _, e := range sample.Errors(*year) {
		fmt.Fprintf(stdout, "  %-28s %-4s bulan %2d  %s\n", e.Rule, e.Unit, e.Month, e.What)
	}
	return nil
}

// sampleRenstraCmd writes the example Renstra coded by Permendagri 90/2019
// (program, kegiatan, sub kegiatan of urusan 2.17) for a period.
func sampleRenstraCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sample renstra", flag.ContinueOnError)
	fs.SetOutput(stderr)
	period := fs.String("periode", "2021-2026", "periode Renstra, TTTT-TTTT (tahun awal = tahun kondisi awal)")
	dir := fs.String("out", "inputs/renstra", "folder tujuan")
	seed := fs.Uint64("seed", 1, "benih acak untuk target dan pagu rekaan")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"argumen tidak dikenal: " + strings.Join(fs.Args(), " ")}
	}
	var first, last int
	if n, err := fmt.Sscanf(*period, "%d-%d", &first, &last); n != 2 || err != nil || first < 2000 || last > 2100 || last <= first {
		return usageError{fmt.Sprintf("--periode %q: tulis dua tahun, mis. 2021-2026", *period)}
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	name, err := sample.Renstra(*dir, first, last, *seed)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Renstra contoh %d-%d (Permendagri 90/2019, sub kegiatan) ditulis ke %s\n", first, last, filepath.Join(*dir, name))
	fmt.Fprintln(stdout, "Kode dan nama program/kegiatan/sub kegiatan dari nomenklatur; target dan pagu rekaan.")
	return nil
}

// sampleIjusCmd writes a synthetic I-Jus Melon licence export with defects
// at known rates: kinerja sample ijus --rows N --seed S --format csv --out F.
func sampleIjusCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sample ijus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rows := fs.Int("rows", 10000, "jumlah baris")
	seed := fs.Uint64("seed", 1, "benih acak; benih yang sama memberi berkas yang sama")
	format := fs.String("format", "csv", "csv atau xlsx")
	out := fs.String("out", "", "berkas tujuan, mis. ijus-melon.csv")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := exportTarget(fs, *out, *format); err != nil {
		return err
	}
	p, err := ijus.Generate(*out, ijus.Options{Rows: *rows, Seed: *seed, Format: *format})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d baris ekspor I-Jus Melon contoh ditulis ke %s (benih %d", p.Rows, *out, *seed)
	if *format == "csv" {
		fmt.Fprintf(stdout, ", pemisah %q, %s", p.Options.Delimiter, p.Options.Encoding)
	}
	fmt.Fprintln(stdout, ")")
	fmt.Fprintln(stdout, "Cacat yang sengaja ditanam:")
	for _, r := range ijus.Rates {
		fmt.Fprintf(stdout, "  %-18s %6d baris  %s\n", r.Kind, p.Defects[r.Kind], r.What)
	}
	return nil
}

// sampleOSSCmd writes a synthetic OSS-RBA export (NIB and projects) with
// defects at known rates: kinerja sample oss --rows N --seed S --format csv
// --out F [--nik] [--tanpa-skala].
func sampleOSSCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sample oss", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rows := fs.Int("rows", 10000, "jumlah baris (proyek)")
	seed := fs.Uint64("seed", 1, "benih acak; benih yang sama memberi berkas yang sama")
	format := fs.String("format", "csv", "csv atau xlsx")
	out := fs.String("out", "", "berkas tujuan, mis. inputs/oss/oss-2022.csv")
	nik := fs.Bool("nik", false, "dengan NIK, nama dan jenis kelamin pemilik (ekspor DPMPTSP sendiri)")
	noScale := fs.Bool("tanpa-skala", false, "tanpa kolom skala usaha: ukuran menurut modal usaha dan hasil penjualan (PP 7/2021)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := exportTarget(fs, *out, *format); err != nil {
		return err
	}
	p, err := oss.Generate(*out, oss.Options{Rows: *rows, Seed: *seed, Format: *format, NIK: *nik, NoScale: *noScale})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%d baris ekspor OSS contoh (%d NIB; %d dihitung sebagai UMKM, %d usaha besar) ditulis ke %s (benih %d", p.Rows, p.Businesses, p.Counted, p.Besar, *out, *seed)
	if *format == "csv" {
		fmt.Fprintf(stdout, ", pemisah %q, %s", p.Options.Delimiter, p.Options.Encoding)
	}
	fmt.Fprintln(stdout, ")")
	fmt.Fprintln(stdout, "Cacat yang sengaja ditanam (usaha, baris):")
	for _, r := range oss.Rates {
		if !*nik && (r.Kind == oss.NIKSalah || r.Kind == oss.NIKJenisKelamin) {
			continue
		}
		fmt.Fprintf(stdout, "  %-18s %6d %6d  %s\n", r.Kind, p.Defects[r.Kind], p.DefectRows[r.Kind], r.What)
	}
	return nil
}

// sampleSIPDCmd writes a synthetic SIPD-RI realisasi export that agrees
// with the units' reports in the published warehouse (or, for a year
// without reports, with the plan): kinerja sample sipd --year Y --bulan M
// --out F [--sejak-januari] [--bentuk 2022|2023] [--cacat].
func sampleSIPDCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sample sipd", flag.ContinueOnError)
	fs.SetOutput(stderr)
	year := fs.Int("year", 2022, "tahun anggaran")
	month := fs.Int("bulan", 12, "bulan terakhir ekspor (realisasi s.d. bulan ini)")
	all := fs.Bool("sejak-januari", false, "satu ekspor berisi setiap bulan Januari s.d. --bulan (bukan hanya bulan itu)")
	shape := fs.String("bentuk", sipd.Shape2022, "susunan kolom: 2022 (kode_sub_giat, kode_akun, nilai …) atau 2023 (Kode Sub Kegiatan, Kode Rekening, Pagu …)")
	defects := fs.Bool("cacat", false, "tanam satu cacat dari tiap jenis di bulan terakhir")
	seed := fs.Uint64("seed", 1, "benih acak; benih yang sama memberi berkas yang sama")
	format := fs.String("format", "xlsx", "xlsx atau csv")
	outputs := fs.String("outputs", "outputs", "folder keluaran tempat gudang data terbit")
	out := fs.String("out", "", "berkas tujuan, mis. inputs/sipd/SIPD_Realisasi_2022-03.xlsx")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := exportTarget(fs, *out, *format); err != nil {
		return err
	}
	if *month < 1 || *month > 12 {
		return usageError{fmt.Sprintf("--bulan harus 1–12, bukan %d", *month)}
	}
	ctx := context.Background()
	db, err := warehouse.OpenReadOnly(ctx, filepath.Join(*outputs, pipeline.WarehouseName))
	if err != nil {
		return fmt.Errorf("%w (jalankan kinerja run dulu: ekspor contoh dibuat dari laporan dan Renstra di gudang data)", err)
	}
	lines, err := sample.SIPDLines(ctx, db, *year, *month)
	db.Close()
	if err != nil {
		return err
	}
	months := []int{*month}
	if *all {
		months = months[:0]
		for m := 1; m <= *month; m++ {
			months = append(months, m)
		}
	}
	p, err := sipd.Generate(*out, sipd.Options{Year: *year, Months: months, Lines: lines, Seed: *seed, Format: *format, Shape: *shape, Defects: *defects})
	if err != nil {
		return usageError{err.Error()}
	}
	fmt.Fprintf(stdout, "%d baris ekspor SIPD-RI contoh %d (%d sub kegiatan, %d rekening, bentuk %s) ditulis ke %s (benih %d)\n",
		p.Rows, *year, len(lines), p.Rekening, *shape, *out, *seed)
	if *defects {
		fmt.Fprintln(stdout, "Cacat yang sengaja ditanam (baris):")
		for _, k := range []string{sipd.AngkaSalah, sipd.KodeSalah, sipd.RekeningSalah, sipd.Duplikat, sipd.MelebihiPagu, sipd.Asing} {
			fmt.Fprintf(stdout, "  sipd.%-16s %v\n", k, p.Defects[k])
		}
	}
	return nil
}

// exportTarget checks the arguments of a sample export's command and makes
// the folder it is written to (inputs/ijus/, inputs/oss/ may not be there
// yet).
func exportTarget(fs *flag.FlagSet, out, format string) error {
	if fs.NArg() > 0 {
		return usageError{"argumen tidak dikenal: " + strings.Join(fs.Args(), " ")}
	}
	if out == "" {
		return usageError{"--out wajib diisi"}
	}
	if format != "csv" && format != "xlsx" {
		return usageError{"--format harus csv atau xlsx, bukan " + format}
	}
	return os.MkdirAll(filepath.Dir(out), 0o755)
}
