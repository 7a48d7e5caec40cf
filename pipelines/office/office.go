// Package office runs LibreOffice (soffice) headless, the way an office
// opens and saves its files: to print the official workbooks as PDF, and
// to read the .xls and .ods an office still sends as the .xlsx they are.
// Each run has a LibreOffice profile of its own (a person's LibreOffice may
// be open on the machine) and is ended whole when its context ends.
package office

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// ErrNoLibreOffice is returned when soffice is not installed.
var ErrNoLibreOffice = errors.New("LibreOffice (soffice) tidak terpasang")

// Find is the soffice program on the PATH (KINERJA_SOFFICE names another).
func Find() (string, error) {
	name := "soffice"
	if p := os.Getenv("KINERJA_SOFFICE"); p != "" {
		name = p
	}
	p, err := exec.LookPath(name)
	if err != nil {
		return "", ErrNoLibreOffice
	}
	return p, nil
}

// Timeout bounds one conversion.
const Timeout = 5 * time.Minute

// Convert has soffice save each file as format ("pdf", "xlsx", "xls",
// "ods") into outdir, one LibreOffice start for all of them; each lands
// as outdir/<its name with the new extension>. A file LibreOffice cannot
// open gives no output, and no error: the caller checks what landed.
func Convert(ctx context.Context, soffice, format, outdir string, files []string) error {
	if len(files) == 0 {
		return nil
	}
	profile, err := os.MkdirTemp("", "kinerja-libreoffice-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(profile), "--headless", "--norestore", "--nologo",
		"--convert-to", format, "--outdir", outdir}
	cmd := exec.CommandContext(ctx, soffice, append(args, files...)...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // soffice starts soffice.bin: end both
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.Env = append(os.Environ(), "HOME="+profile)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("soffice: %w: %s", err, strings.TrimSpace(out.String()))
	}
	return nil
}

// Output is where Convert puts file converted to format.
func Output(outdir, file, format string) string {
	base := filepath.Base(file)
	return filepath.Join(outdir, strings.TrimSuffix(base, filepath.Ext(base))+"."+format)
}
