// Package inputs finds the files in the drop folder, hashes them and decides
// which are read. It never modifies or deletes anything there.
package inputs

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"kinerja/pipelines/finding"
)

// Status of a file.
const (
	Read      = "dibaca"
	Skipped   = "dilewati"
	Failed    = "gagal"
	Duplicate = "duplikat"
)

// Kind of a file.
const (
	Spreadsheet = "spreadsheet"
	Table       = "csv" // a CSV table: read when it is a licence export
	Document    = "document"
	Other       = "other"
)

// File is one file of the inputs folder.
type File struct {
	ID      int
	Path    string // relative, '/'-separated, any NIK in it masked (keptPath)
	Abs     string
	Size    int64
	SHA256  string
	Kind    string
	Status  string
	Note    string
	ModTime time.Time // the file system's modification time
	SavedAt time.Time // when the workbook says it was saved (set when read)
	// Convert marks a spreadsheet in a format read through LibreOffice
	// (.xls, .ods): ReadFrom is then the .xlsx it was saved as, which is
	// what is read; Path, Abs and SHA256 stay the file's own.
	Convert  bool
	ReadFrom string
}

// converted are the spreadsheet formats read through LibreOffice: Excel
// 97–2003 (.xls), still what many offices save, and OpenDocument (.ods,
// LibreOffice Calc's own).
var converted = map[string]bool{".xls": true, ".ods": true}

// documents are notes kept next to the data (the transcription notes of the
// Renstra, a README): listed, not read, not a finding.
var documents = map[string]bool{".md": true, ".txt": true, ".pdf": true, ".docx": true, ".doc": true, ".odt": true}

// Discover walks dir in path order. Spreadsheets (.xlsx, .xlsm) get status
// Read unless they are Excel lock files, empty, or byte-identical to an
// earlier file; everything else is listed with the reason it was not read.
func Discover(dir string, log *finding.Log) ([]File, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("folder masukan: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("folder masukan %s bukan folder", dir)
	}
	// an inputs folder that is itself a link (inputs -> /srv/laporan) is
	// the folder it leads to; links inside it are not followed
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	var paths []string
	odd := map[string]string{} // a path that is no file to read → why
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			// a folder that cannot be listed: said, and the rest read
			paths = append(paths, p)
			odd[p] = "folder tidak dapat dibuka: " + err.Error()
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		name := d.Name()
		if strings.HasPrefix(name, ".") && p != dir {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil // .gitkeep, editor swap files
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			// never followed nor opened: a link may lead out of inputs/
			// (to /etc/passwd) or round in a loop, a pipe would block
			paths = append(paths, p)
			odd[p] = special(p, d.Type())
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("folder masukan: %w", err)
	}
	sort.Strings(paths)

	seen := map[string]string{} // sha256 → first path
	named := map[string]bool{}  // the paths as kept
	var files []File
	for i, p := range paths {
		rel, _ := filepath.Rel(dir, p)
		f := File{ID: i + 1, Path: keptPath(filepath.ToSlash(rel), named), Abs: p}
		if why, ok := odd[p]; ok {
			f.Kind, f.Status, f.Note = Other, Skipped, finding.Redact(strings.ReplaceAll(why, p, f.Path))
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path,
				Expected: "berkas biasa di dalam folder masukan",
				Message:  "Tidak dibaca: " + f.Note + ". Salin berkasnya sendiri ke folder masukan bila isinya perlu diolah."})
			files = append(files, f)
			continue
		}
		if err := hashFile(&f); err != nil {
			reason := finding.Redact(strings.ReplaceAll(err.Error(), p, f.Path))
			f.Status, f.Kind, f.Note = Failed, Other, reason
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path,
				Message: "Berkas tidak dapat dibaca dari disk: " + reason})
			files = append(files, f)
			continue
		}
		classify(&f, log)
		if f.Status == Read {
			if first, dup := seen[f.SHA256]; dup {
				f.Status = Duplicate
				f.Note = "isi sama persis dengan " + first
				log.Add(finding.Finding{Severity: finding.Info, Rule: "baca.duplikat", File: f.Path,
					Message: fmt.Sprintf("Isi berkas sama persis dengan %s; tidak dibaca dua kali.", first)})
			} else {
				seen[f.SHA256] = f.Path
			}
		}
		files = append(files, f)
	}
	return files, nil
}

// special says what a path that is not a regular file is, without following
// it or opening it.
func special(p string, mode fs.FileMode) string {
	switch {
	case mode&fs.ModeSymlink != 0:
		target, err := os.Stat(p)
		switch {
		case err != nil && strings.Contains(err.Error(), "too many levels of symbolic links"):
			return "tautan simbolik yang melingkar"
		case err != nil:
			return "tautan simbolik ke sesuatu yang tidak ada"
		case target.IsDir():
			return "tautan simbolik ke sebuah folder; tautan tidak diikuti"
		default:
			return "tautan simbolik ke sebuah berkas; tautan tidak diikuti"
		}
	case mode&fs.ModeNamedPipe != 0:
		return "pipa (FIFO), bukan berkas"
	case mode&fs.ModeSocket != 0:
		return "soket, bukan berkas"
	case mode&fs.ModeDevice != 0:
		return "perangkat, bukan berkas"
	}
	return "bukan berkas biasa"
}

// keptPath is the path a file is known by everywhere the pipeline stores,
// logs or writes it: its path in the inputs folder with any NIK in a file or
// folder name masked (KTP_3374015508900004_Budi.xlsx is kept as
// KTP_337401**********_Budi.xlsx). Lineage keeps it beside the file's
// SHA-256. Two files whose names differ only in the NIK get " (2)", " (3)"
// … before the extension, so each is still told apart.
func keptPath(rel string, named map[string]bool) string {
	kept := finding.Redact(rel)
	if kept != rel && named[kept] {
		ext := path.Ext(kept)
		for n := 2; ; n++ {
			if c := fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(kept, ext), n, ext); !named[c] {
				kept = c
				break
			}
		}
	}
	named[kept] = true
	return kept
}

func classify(f *File, log *finding.Log) {
	name := filepath.Base(f.Path)
	ext := strings.ToLower(filepath.Ext(name))
	switch {
	case strings.HasPrefix(name, "~$"):
		f.Kind, f.Status, f.Note = Other, Skipped, "berkas kunci Excel"
		log.Add(finding.Finding{Severity: finding.Info, Rule: "baca.kunci", File: f.Path,
			Message: "Berkas kunci Excel (~$…) dilewati: berkas aslinya mungkin sedang dibuka seseorang."})
	case ext == ".xlsx" || ext == ".xlsm":
		f.Kind = Spreadsheet
		if f.Size == 0 {
			f.Status, f.Note = Failed, "berkas kosong (0 byte)"
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path,
				Message: "Berkas kosong (0 byte); mungkin belum selesai disalin."})
			return
		}
		f.Status = Read
	case ext == ".csv":
		f.Kind, f.Status = Table, Read
		if f.Size == 0 {
			f.Status, f.Note = Failed, "berkas kosong (0 byte)"
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path,
				Message: "Berkas kosong (0 byte); mungkin belum selesai disalin."})
		}
	case converted[ext]:
		f.Kind, f.Status, f.Convert = Spreadsheet, Read, true
		if f.Size == 0 {
			f.Status, f.Note = Failed, "berkas kosong (0 byte)"
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path,
				Message: "Berkas kosong (0 byte); mungkin belum selesai disalin."})
		}
	case documents[ext]:
		f.Kind, f.Status, f.Note = Document, Skipped, "dokumen pendamping"
	default:
		f.Kind, f.Status, f.Note = Other, Skipped, "bukan spreadsheet"
		log.Add(finding.Finding{Severity: finding.Info, Rule: "baca.format", File: f.Path,
			Expected: "berkas .xlsx",
			Message:  "Bukan berkas spreadsheet; dilewati."})
	}
}

// Changed tells whether a file's size or modification time are no longer
// those it was hashed with.
func Changed(f *File) bool {
	st, err := os.Stat(f.Abs)
	return err != nil || st.Size() != f.Size || !st.ModTime().Equal(f.ModTime)
}

// Rehash hashes a file again, after it changed.
func Rehash(f *File) error { return hashFile(f) }

func hashFile(f *File) error {
	r, err := os.Open(f.Abs)
	if err != nil {
		return err
	}
	defer r.Close()
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		return err
	}
	if st, err := r.Stat(); err == nil {
		f.ModTime = st.ModTime()
	}
	f.Size = n
	f.SHA256 = hex.EncodeToString(h.Sum(nil))
	return nil
}
