package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"runtime/pprof"
	"strings"
	"syscall"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/pipeline"
)

// version is set at build time (-ldflags "-X main.version=…").
var version = "dev"

// Exit codes, in one place. A run that completed with findings is a success:
// findings are about the data, not the program.
const (
	exitOK     = 0
	exitFailed = 1 // the command could not complete
	exitUsage  = 2 // the command line was wrong
	exitBusy   = 3 // another run holds the lock on this outputs folder
)

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func exitCode(err error) int {
	var u usageError
	var busy *pipeline.LockedError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &u), errors.Is(err, flag.ErrHelp), errors.Is(err, pipeline.ErrPeriod):
		return exitUsage
	case errors.As(err, &busy):
		return exitBusy
	}
	return exitFailed
}

type command struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"run", "jalankan seluruh pipeline sekali: baca inputs/, bangun gudang data, tulis workbook", runCmd},
		{"daemon", "jalankan pipeline terjadwal (cron) sampai dihentikan; bawaan: pukul 02.00 WIB tiap tanggal 1", daemonCmd},
		{"templates", "tulis templat laporan bulanan per unit untuk satu tahun, dari Renstra", templatesCmd},
		{"sample", "tulis satu tahun laporan bulanan contoh (semua unit, semua bulan) dengan suntingan tangan dan kesalahan yang disengaja", sampleCmd},
		{"runs", "daftar riwayat proses (mulai, selesai, periode, pemicu, status, temuan, keluaran)", runsCmd},
		{"kamus", "cetak kamus data (markdown): setiap tabel dan kolom gudang data beserta artinya", kamusCmd},
		{"sql", "jalankan kueri SQL (hanya-baca) pada gudang data yang sudah terbit", sqlCmd},
		{"version", "tampilkan versi", func(_ []string, stdout, _ io.Writer) error {
			fmt.Fprintln(stdout, "kinerja", version)
			return nil
		}},
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "kinerja — pipeline laporan kinerja Dinas Koperasi dan Usaha Mikro Kota Semarang")
	fmt.Fprintln(w, "\nPemakaian: kinerja <perintah> [opsi]\n\nPerintah:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nOpsi tiap perintah: kinerja <perintah> -h")
}

func run(args []string, stdout, stderr io.Writer) int {
	// A write past the file size limit (ulimit -f) is an error to report,
	// like a full disk, not a signal that kills the process: DuckDB writes
	// from threads of its own, where Go cannot turn the signal into an
	// error for it.
	signal.Ignore(syscall.SIGXFSZ)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			stop := cpuProfile(stderr)
			err := c.run(args[1:], stdout, stderr)
			stop()
			if err != nil && !errors.Is(err, flag.ErrHelp) {
				fmt.Fprintln(stderr, "kinerja "+c.name+": "+osWords.Replace(oneLine(finding.Redact(err.Error()))))
			}
			return exitCode(err)
		}
	}
	fmt.Fprintf(stderr, "kinerja: perintah tidak dikenal %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

// cpuProfile writes a Go CPU profile of the command to the file
// KINERJA_CPUPROFILE names, for a developer measuring where a run's time
// goes (go tool pprof); without it nothing is profiled. DuckDB's own
// threads are not in it: perf shows them.
func cpuProfile(stderr io.Writer) (stop func()) {
	path := os.Getenv("KINERJA_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(stderr, "kinerja: KINERJA_CPUPROFILE:", err)
		return func() {}
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}

// oneLine keeps the reason to one line, as an operator reads it in a cron
// mail or a terminal.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// parseFlags parses a command's flags; a bad flag is a usage error.
// The flag package's own words are English; what it says is said again
// here in Bahasa Indonesia, with the command's options listed.
func parseFlags(fs *flag.FlagSet, args []string) error {
	out := fs.Output()
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.SetOutput(out)
	if err == nil {
		return nil
	}
	fmt.Fprintf(out, "Pemakaian: kinerja %s [opsi]\n", fs.Name())
	fs.VisitAll(func(f *flag.Flag) {
		kind, _ := flag.UnquoteUsage(f)
		if kind != "" {
			kind = " " + map[string]string{"string": "teks", "duration": "durasi", "int": "angka", "uint": "angka", "uint64": "angka", "float": "angka"}[kind]
		}
		def := ""
		if f.DefValue != "" && f.DefValue != "false" {
			def = " (bawaan: " + f.DefValue + ")"
		}
		fmt.Fprintf(out, "  --%s%s\n    \t%s%s\n", f.Name, kind, f.Usage, def)
	})
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	return usageError{flagMessage(err.Error())}
}

var flagMessages = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`^flag provided but not defined: (.*)$`), "opsi tidak dikenal: $1"},
	{regexp.MustCompile(`^flag needs an argument: (.*)$`), "opsi $1 perlu nilai"},
	{regexp.MustCompile(`^invalid boolean value (".*") for (.*): .*$`), "nilai $1 untuk opsi $2 harus true atau false"},
	{regexp.MustCompile(`^invalid value (".*") for flag (.*): (.*)$`), "nilai $1 tidak sah untuk opsi $2: $3"},
	{regexp.MustCompile(`^bad flag syntax: (.*)$`), "penulisan opsi salah: $1"},
}

func flagMessage(msg string) string {
	for _, m := range flagMessages {
		if m.re.MatchString(msg) {
			return m.re.ReplaceAllString(msg, m.with)
		}
	}
	return msg
}

// osWords says in Bahasa Indonesia what the system's errors say, keeping
// the original beside it for a search.
var osWords = strings.NewReplacer(
	"no space left on device", "disk penuh (no space left on device)",
	"No space left on device", "disk penuh (No space left on device)",
	"Permission denied", "izin ditolak (Permission denied)",
	"No such file or directory", "tidak ada (No such file or directory)",
	"Read-only file system", "sistem berkas hanya-baca (Read-only file system)",
	"file too large", "berkas melebihi batas ukuran (file too large)",
	"File too large", "berkas melebihi batas ukuran (File too large)",
	"permission denied", "izin ditolak (permission denied)",
	"no such file or directory", "tidak ada (no such file or directory)",
	"read-only file system", "sistem berkas hanya-baca (read-only file system)",
	"not a directory", "bukan folder (not a directory)",
	"is a directory", "sebuah folder (is a directory)",
)
