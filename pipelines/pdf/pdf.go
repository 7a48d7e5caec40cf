// Package pdf prints the official workbooks as PDF with LibreOffice, the
// way an office prints them, for upload where only a PDF is taken
// (e-SAKIP). LibreOffice stamps each PDF with the time it was made and a
// random identifier; both are set from the document itself, so the same
// workbook gives the same PDF bytes.
package pdf

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"kinerja/pipelines/office"
)

// ErrNoLibreOffice is returned when soffice is not installed.
var ErrNoLibreOffice = office.ErrNoLibreOffice

// Find is the soffice program on the PATH (KINERJA_SOFFICE names another).
func Find() (string, error) { return office.Find() }

// Convert prints each workbook dir/name to dir/<name>.pdf with soffice, in
// a LibreOffice profile of its own (a person's LibreOffice may be open),
// and returns the PDF names. date is the documents' date, stamped as the
// PDFs' creation date.
func Convert(ctx context.Context, soffice, dir string, names []string, date time.Time) ([]string, error) {
	if len(names) == 0 {
		return nil, nil
	}
	var files []string
	for _, n := range names {
		files = append(files, filepath.Join(dir, n))
	}
	if err := office.Convert(ctx, soffice, "pdf", dir, files); err != nil {
		return nil, err
	}
	var pdfs []string
	for _, n := range names {
		p := strings.TrimSuffix(n, filepath.Ext(n)) + ".pdf"
		b, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			return nil, fmt.Errorf("LibreOffice tidak mencetak %s: %w", n, err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), Normalize(b, date), 0o644); err != nil {
			return nil, err
		}
		if err := os.Chmod(filepath.Join(dir, p), 0o644); err != nil {
			return nil, err
		}
		pdfs = append(pdfs, p)
	}
	return pdfs, nil
}

var (
	creationRe = regexp.MustCompile(`/CreationDate\(D:\d{14}`)
	idRe       = regexp.MustCompile(`/ID\s*\[\s*<[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32}>\s*\]`)
	checkRe    = regexp.MustCompile(`/DocChecksum /[0-9A-Fa-f]{32}`)
	hexRe      = regexp.MustCompile(`[0-9A-Fa-f]{32}`)
)

// Normalize sets what LibreOffice varies from run to run in a PDF: the
// creation time becomes date, the file identifier and LibreOffice's own
// checksum a hash of the rest of the file. Every replacement keeps its
// length, so the cross-reference offsets stay right.
func Normalize(b []byte, date time.Time) []byte {
	out := bytes.Clone(b)
	stamp := []byte("/CreationDate(D:" + date.UTC().Format("20060102150405"))
	out = creationRe.ReplaceAllLiteral(out, stamp)
	zero := func(m []byte) []byte { return hexRe.ReplaceAllLiteral(m, []byte(strings.Repeat("0", 32))) }
	blank := idRe.ReplaceAllFunc(out, zero)
	blank = checkRe.ReplaceAllFunc(blank, zero)
	sum := sha256.Sum256(blank)
	id := []byte(strings.ToUpper(hex.EncodeToString(sum[:16])))
	check := []byte(strings.ToUpper(hex.EncodeToString(sum[16:])))
	out = idRe.ReplaceAllFunc(out, func(m []byte) []byte { return hexRe.ReplaceAllLiteral(m, id) })
	return checkRe.ReplaceAllFunc(out, func(m []byte) []byte { return hexRe.ReplaceAllLiteral(m, check) })
}
