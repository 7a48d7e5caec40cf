package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os/signal"
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
			err := c.run(args[1:], stdout, stderr)
			if err != nil && !errors.Is(err, flag.ErrHelp) {
				fmt.Fprintln(stderr, "kinerja "+c.name+": "+oneLine(finding.Redact(err.Error())))
			}
			return exitCode(err)
		}
	}
	fmt.Fprintf(stderr, "kinerja: perintah tidak dikenal %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

// oneLine keeps the reason to one line, as an operator reads it in a cron
// mail or a terminal.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// parseFlags parses a command's flags; a bad flag is a usage error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}
