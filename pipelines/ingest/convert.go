package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/office"
)

// Convert saves every .xls and .ods among files as the .xlsx LibreOffice
// makes of it, in dir, with one LibreOffice start for them all, and points
// the file's ReadFrom at it: it is then read like any workbook, its sheets
// and cells where they were. Each file is first copied into dir and the
// copy's SHA-256 checked against the one discovery recorded, so what is
// converted is what was hashed. Where LibreOffice is not installed, cannot
// open a file, or a file changed since it was hashed, the file is failed
// with a finding saying what to do; the run goes on. A file earlier holds
// unchanged is not converted: its rows are copied, not read.
func Convert(ctx context.Context, files []inputs.File, dir string, log *finding.Log, earlier *Earlier) error {
	var todo []int
	for i, f := range files {
		if f.Convert && f.Status == inputs.Read && !earlier.Takes(f) {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	fail := func(f *inputs.File, note, msg string) {
		f.Status, f.Note = inputs.Failed, note
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.format", File: f.Path, Expected: "berkas .xlsx, atau LibreOffice terpasang untuk " + strings.ToLower(filepath.Ext(f.Path)),
			Message: msg})
	}
	soffice, err := office.Find()
	if err != nil {
		for _, i := range todo {
			f := &files[i]
			fail(f, "LibreOffice tidak terpasang", fmt.Sprintf("Berkas %s tidak dibaca: membacanya perlu LibreOffice, yang tidak terpasang di mesin ini. Simpan ulang sebagai .xlsx (Simpan Sebagai → Excel Workbook), atau pasang LibreOffice (paket libreoffice-calc).", strings.ToLower(filepath.Ext(f.Path))))
		}
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("folder konversi: %w", err)
	}
	var copies []string
	var of []int
	for _, i := range todo {
		f := &files[i]
		copy := filepath.Join(dir, fmt.Sprintf("%d%s", f.ID, strings.ToLower(filepath.Ext(f.Abs))))
		sum, err := copyFile(f.Abs, copy)
		if err != nil {
			fail(f, "tidak dapat disalin", "Berkas tidak dapat dibaca dari disk: "+finding.Redact(strings.ReplaceAll(err.Error(), f.Abs, f.Path)))
			continue
		}
		if !looksLike(copy, strings.ToLower(filepath.Ext(f.Path))) {
			fail(f, "bukan "+strings.ToLower(filepath.Ext(f.Path))+" sungguhan", "Isi berkas bukan spreadsheet "+strings.ToLower(filepath.Ext(f.Path))+" (rusak, terpotong, atau berkas lain yang diberi nama itu); tidak ada isinya yang dipakai. Buka di program spreadsheet lalu simpan sebagai .xlsx.")
			continue
		}
		if sum != f.SHA256 {
			f.Status, f.Note = inputs.Failed, "berubah selagi dibaca"
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berubah", File: f.Path,
				Message: "Isi berkas berubah selagi dibaca (mungkin masih disalin atau disimpan); tidak dipakai dalam proses ini. Jalankan ulang setelah berkas selesai disalin."})
			continue
		}
		copies, of = append(copies, copy), append(of, i)
	}
	if err := office.Convert(ctx, soffice, "xlsx", dir, copies); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("proses dibatalkan: %w", ctx.Err())
		}
		for _, i := range of {
			fail(&files[i], "LibreOffice gagal", "LibreOffice tidak dapat membuka berkas ini untuk dibaca ("+finding.Redact(err.Error())+"); simpan ulang sebagai .xlsx.")
		}
		return nil
	}
	for k, i := range of {
		f := &files[i]
		out := office.Output(dir, copies[k], "xlsx")
		if st, err := os.Stat(out); err != nil || st.Size() == 0 {
			fail(f, "tidak dapat dibuka LibreOffice", "LibreOffice tidak dapat membuka berkas ini (rusak, terkunci kata sandi, atau bukan "+strings.ToLower(filepath.Ext(f.Path))+" sungguhan); tidak ada isinya yang dipakai. Buka di program spreadsheet lalu simpan sebagai .xlsx.")
			continue
		}
		f.ReadFrom = out
	}
	return nil
}

// copyFile copies src to dst and returns the SHA-256 of what it copied.
func copyFile(src, dst string) (string, error) {
	in, err := os.Open(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	if _, err := io.Copy(io.MultiWriter(out, h), in); err != nil {
		out.Close()
		return "", err
	}
	if err := out.Close(); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// looksLike tells whether a file's first bytes are those of its format,
// before LibreOffice is given it: LibreOffice opens anything, a damaged
// file as a page of text. An .xls is an OLE2 compound file, or the HTML or
// XML table a web system exports under that name; an .ods is a zip.
func looksLike(path, ext string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	switch ext {
	case ".xls":
		if bytes.HasPrefix(head, []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}) {
			return true
		}
		text := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
		return bytes.HasPrefix(text, []byte("<"))
	case ".ods":
		return bytes.HasPrefix(head, []byte("PK\x03\x04"))
	}
	return false
}
