package pipeline

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"kinerja/pipelines/ingest"
	"kinerja/pipelines/office"
	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/sheet"
	"kinerja/pipelines/warehouse"
)

// earlierCatalog is the name the previous published warehouse is attached
// under while a run copies from it.
const earlierCatalog = "sebelumnya"

// reading is what a run reads its inputs with, as meta.reading records it:
// a later run copies raw rows from this warehouse only when it reads with
// the same.
type reading struct {
	reader    string // the program and its read limits
	nikKey    string // the NIK key's fingerprint, "" without one
	converter string // the LibreOffice .xls/.ods are converted with, "" without one
}

// programFingerprint identifies the running program: its Go build ID,
// which changes with any change to its code, the SQL it embeds or its
// dependencies (the linker's content hash of the whole binary), or, where
// the executable has none, the SHA-256 of the executable. Tests replace it
// to stand for a new version.
var programFingerprint = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	if f, err := elf.Open(exe); err == nil {
		defer f.Close()
		if s := f.Section(".note.go.buildid"); s != nil {
			if b, err := s.Data(); err == nil && len(b) > 16 {
				h := sha256.Sum256(b)
				return "go:" + hex.EncodeToString(h[:])
			}
		}
	}
	in, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer in.Close()
	h := sha256.New()
	if _, err := io.Copy(h, in); err != nil {
		return ""
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
})

// currentReading is what this run reads with.
func currentReading(key ijus.Key) reading {
	prog := programFingerprint()
	r := reading{}
	if prog != "" { // a program that cannot say what it is reads everything
		h := sha256.Sum256(fmt.Appendf(nil, "%s|sheet %d|shared %d|unzipped %d %d %d", prog, sheet.MaxSheetBytes, sheet.MaxSharedStrings, sheet.MaxUnzipped, sheet.MaxUnzippedLarge, sheet.MaxUnpackRatio))
		r.reader = hex.EncodeToString(h[:])
	}
	if len(key) > 0 {
		m := hmac.New(sha256.New, key)
		m.Write([]byte("kinerja: sidik kunci NIK"))
		r.nikKey = hex.EncodeToString(m.Sum(nil))[:32]
	}
	if soffice, err := office.Find(); err == nil {
		if p, err := filepath.EvalSymlinks(soffice); err == nil {
			soffice = p
		}
		if st, err := os.Stat(soffice); err == nil {
			r.converter = fmt.Sprintf("%s|%d|%d", soffice, st.Size(), st.ModTime().UnixNano())
		}
	}
	return r
}

// attachEarlier attaches the latest published warehouse and returns what
// it read, when it read the way this run reads; otherwise nil, and every
// file is read (the log says why). It is never an error: the earlier
// warehouse only saves time.
func (r *run) attachEarlier(ctx context.Context) *ingest.Earlier {
	if r.opts.Full {
		r.log.Info("reading every file", "reason", "--full")
		return nil
	}
	if r.reading.reader == "" {
		r.log.Info("reading every file", "reason", "the program cannot identify itself")
		return nil
	}
	path := filepath.Join(r.opts.OutputsDir, WarehouseName)
	if _, err := os.Stat(path); err != nil {
		r.log.Info("reading every file", "reason", "no published warehouse")
		return nil
	}
	if err := r.db.Attach(ctx, path, earlierCatalog); err != nil {
		r.log.Warn("reading every file", "reason", "the published warehouse cannot be attached", "error", err)
		return nil
	}
	detach := func(reason string, args ...any) *ingest.Earlier {
		r.db.Detach(ctx, earlierCatalog)
		r.log.Info("reading every file", append([]any{"reason", reason}, args...)...)
		return nil
	}
	var was reading
	if err := r.db.QueryRowContext(ctx, `SELECT reader, nik_key, converter FROM `+earlierCatalog+`.meta.reading`).Scan(&was.reader, &was.nikKey, &was.converter); err != nil {
		return detach("the published warehouse is of another version", "error", err)
	}
	if was.reader != r.reading.reader {
		return detach("the published warehouse was read by another version of the program or with other read limits")
	}
	e, err := ingest.LoadEarlier(ctx, r.db, earlierCatalog)
	if err != nil {
		return detach("the published warehouse cannot be listed", "error", err)
	}
	e.Converted = was.converter == r.reading.converter && was.converter != ""
	e.Exports = was.nikKey == r.reading.nikKey
	e.Plan(r.files)
	r.earlier = true
	r.log.Info("copying unchanged files from the published warehouse", "files", e.Files(),
		"converted", e.Converted, "exports", e.Exports)
	return e
}

// detachEarlier lets go of the earlier warehouse once its rows are copied.
func (r *run) detachEarlier(ctx context.Context) error {
	if !r.earlier {
		return nil
	}
	r.earlier = false
	if err := r.db.Detach(ctx, earlierCatalog); err != nil {
		return fmt.Errorf("melepas gudang data sebelumnya: %w", err)
	}
	return nil
}

// loadReading records what this run read with (meta.reading).
func loadReading(ctx context.Context, db *warehouse.DB, rd reading) error {
	b, err := db.Batch("meta.reading")
	if err != nil {
		return err
	}
	defer b.Release()
	if err := b.Add(rd.reader, rd.nikKey, rd.converter); err != nil {
		return err
	}
	return db.Load(ctx, b)
}
