package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"sync/atomic"
	"time"

	"github.com/apache/arrow-go/v18/arrow/decimal128"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/read/bulanan"
	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/sheet"
	"kinerja/pipelines/warehouse"
)

// FileResult is what reading one input file produced.
type FileResult struct {
	File     inputs.File
	Sheets   int      // sheets in the workbook
	Forms    []string // forms recognised, one per recognised sheet
	Cells    int
	Values   int
	Findings int // findings naming the file, counted at the end of the run
}

// loader collects raw rows into Arrow batches, one per raw table.
type loader struct {
	db       *warehouse.DB
	cells    *warehouse.Batch
	sheets   *warehouse.Batch
	rows     *warehouse.Batch
	values   *warehouse.Batch
	identity *warehouse.Batch
	ijus     *warehouse.Batch
	nikKey   ijus.Key          // nil when no key is set: NIK are then only masked
	stream   *warehouse.Stream // a large export being loaded while it is read
}

func newLoader(db *warehouse.DB, key ijus.Key) *loader {
	return &loader{
		db: db, nikKey: key,
		ijus: newExportBatch(),
		cells: warehouse.NewBatch("raw.cells",
			warehouse.Col{Name: "file_id", Kind: warehouse.Int32}, warehouse.Col{Name: "sheet", Kind: warehouse.String},
			warehouse.Col{Name: "row_no", Kind: warehouse.Int32}, warehouse.Col{Name: "col_no", Kind: warehouse.Int32},
			warehouse.Col{Name: "cell", Kind: warehouse.String}, warehouse.Col{Name: "cell_type", Kind: warehouse.String},
			warehouse.Col{Name: "raw_text", Kind: warehouse.String}, warehouse.Col{Name: "display_text", Kind: warehouse.String},
			warehouse.Col{Name: "num_format", Kind: warehouse.String}, warehouse.Col{Name: "formula", Kind: warehouse.String}),
		sheets: warehouse.NewBatch("raw.sheets",
			warehouse.Col{Name: "file_id", Kind: warehouse.Int32}, warehouse.Col{Name: "sheet_index", Kind: warehouse.Int32},
			warehouse.Col{Name: "sheet", Kind: warehouse.String}, warehouse.Col{Name: "form", Kind: warehouse.String},
			warehouse.Col{Name: "title", Kind: warehouse.String}, warehouse.Col{Name: "max_row", Kind: warehouse.Int32},
			warehouse.Col{Name: "max_col", Kind: warehouse.Int32}, warehouse.Col{Name: "cells", Kind: warehouse.Int32}),
		rows: warehouse.NewBatch("raw.rows",
			warehouse.Col{Name: "file_id", Kind: warehouse.Int32}, warehouse.Col{Name: "sheet", Kind: warehouse.String},
			warehouse.Col{Name: "form", Kind: warehouse.String}, warehouse.Col{Name: "row_no", Kind: warehouse.Int32},
			warehouse.Col{Name: "seq", Kind: warehouse.Int32}, warehouse.Col{Name: "row_kind", Kind: warehouse.String},
			warehouse.Col{Name: "row_key", Kind: warehouse.String}, warehouse.Col{Name: "label", Kind: warehouse.String},
			warehouse.Col{Name: "section", Kind: warehouse.String}),
		values: warehouse.NewBatch("raw.values",
			warehouse.Col{Name: "file_id", Kind: warehouse.Int32}, warehouse.Col{Name: "sheet", Kind: warehouse.String},
			warehouse.Col{Name: "form", Kind: warehouse.String}, warehouse.Col{Name: "row_no", Kind: warehouse.Int32},
			warehouse.Col{Name: "field", Kind: warehouse.String}, warehouse.Col{Name: "year", Kind: warehouse.Int32},
			warehouse.Col{Name: "cell", Kind: warehouse.String}, warehouse.Col{Name: "raw_text", Kind: warehouse.String},
			warehouse.Col{Name: "num", Kind: warehouse.Decimal}, warehouse.Col{Name: "percent", Kind: warehouse.Bool},
			warehouse.Col{Name: "unit", Kind: warehouse.String}, warehouse.Col{Name: "status", Kind: warehouse.String},
			warehouse.Col{Name: "norm", Kind: warehouse.String}),
		identity: warehouse.NewBatch("raw.identity",
			warehouse.Col{Name: "file_id", Kind: warehouse.Int32}, warehouse.Col{Name: "source", Kind: warehouse.String},
			warehouse.Col{Name: "key", Kind: warehouse.String}, warehouse.Col{Name: "value", Kind: warehouse.String},
			warehouse.Col{Name: "raw_text", Kind: warehouse.String}, warehouse.Col{Name: "sheet", Kind: warehouse.String},
			warehouse.Col{Name: "cell", Kind: warehouse.String}),
	}
}

// newExportBatch starts a batch of raw.ijus rows.
func newExportBatch() *warehouse.Batch {
	str := func(name string) warehouse.Col { return warehouse.Col{Name: name, Kind: warehouse.String} }
	return warehouse.NewBatch("raw.ijus",
		warehouse.Col{Name: "file_id", Kind: warehouse.Int32}, str("sheet"), warehouse.Col{Name: "row_no", Kind: warehouse.Int32},
		str("nomor_izin"), str("tanggal_terbit"), str("nik_hash"), str("nik_mask"), warehouse.Col{Name: "nik_valid", Kind: warehouse.Bool},
		str("nik_masalah"), warehouse.Col{Name: "nik_perempuan", Kind: warehouse.Bool}, str("nik_wilayah"),
		str("nama_pemilik"), str("jenis_kelamin"), str("nama_usaha"), str("alamat"), str("kelurahan"), str("kecamatan"),
		str("sektor"), str("modal"), str("omset"), str("tenaga_kerja_l"), str("tenaga_kerja_p"), str("status"), str("lainnya"),
		str("tanggal_iso"), warehouse.Col{Name: "modal_rp", Kind: warehouse.Decimal}, warehouse.Col{Name: "omset_rp", Kind: warehouse.Decimal},
		warehouse.Col{Name: "tk_l_n", Kind: warehouse.Decimal}, warehouse.Col{Name: "tk_p_n", Kind: warehouse.Decimal})
}

func (l *loader) addClues(fileID int, clues []bulanan.Clue) error {
	for _, c := range clues {
		if err := l.identity.Add(fileID, c.Source, c.Key, nullable(c.Value), nullable(finding.Redact(c.Raw)), nullable(c.Sheet), nullable(c.Cell)); err != nil {
			return err
		}
	}
	return nil
}

func (l *loader) batches() []*warehouse.Batch {
	return []*warehouse.Batch{l.cells, l.sheets, l.rows, l.values, l.identity, l.ijus}
}

// size is the number of rows waiting to be loaded.
func (l *loader) size() int {
	n := 0
	for _, b := range l.batches() {
		n += b.Len()
	}
	return n
}

// flushAll loads the rows of several loaders (files read apart), one insert
// per raw table.
func flushAll(ctx context.Context, db *warehouse.DB, loaders []*loader) error {
	for t := range len(newLoader(nil, nil).batches()) {
		var bs []*warehouse.Batch
		for _, l := range loaders {
			bs = append(bs, l.batches()[t])
		}
		if err := db.LoadAll(ctx, bs...); err != nil {
			return err
		}
	}
	return nil
}

func (l *loader) release() {
	for _, b := range l.batches() {
		b.Release()
	}
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// fileRead is one file read by readAll: its raw batches, waiting to be
// loaded, and its findings.
type fileRead struct {
	res      FileResult
	loader   *loader
	findings *finding.Log
	err      error
	done     func() // frees the slot, once the caller holds the result
}

// readAll reads the files to be read with up to workers goroutines and
// returns, per file, a channel that delivers its result; files not to be
// read get none. At most workers+1 files are being read or waiting to be
// taken at once: a slot is taken before a file is read and freed by the
// caller when it takes the result. A worker stops early when ctx is
// cancelled.
func readAll(ctx context.Context, db *warehouse.DB, files []inputs.File, forms []sheet.Form, workers int, key ijus.Key) []chan fileRead {
	if workers < 1 {
		workers = 1
	}
	out := make([]chan fileRead, len(files))
	var todo []int
	for i := range files {
		if files[i].Status == inputs.Read {
			out[i] = make(chan fileRead, 1)
			todo = append(todo, i)
		}
	}
	slots := make(chan struct{}, workers+1)
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for _, i := range todo {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				for _, j := range todo {
					if j >= i {
						out[j] <- fileRead{err: ctx.Err(), done: func() {}}
					}
				}
				return
			}
			jobs <- i
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for i := range jobs {
				f := files[i] // a copy: readFile records status and save time in it
				r := fileRead{loader: newLoader(db, key), findings: &finding.Log{}, done: func() { <-slots }}
				r.res, r.err = readFile(ctx, r.loader, &f, forms, r.findings)
				r.res.File = f
				out[i] <- r
			}
		}()
	}
	return out
}

// readFile reads one spreadsheet into the raw batches. Problems in the file
// become findings and a failed status; only warehouse errors are returned.
func readFile(ctx context.Context, l *loader, f *inputs.File, forms []sheet.Form, log *finding.Log) (FileResult, error) {
	res := FileResult{File: *f}
	before := log.Len()
	defer func() { res.Findings = log.Len() - before }()

	r, err := os.Open(f.Abs)
	if err != nil {
		f.Status, f.Note = inputs.Failed, err.Error()
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path, Message: "Berkas tidak dapat dibuka: " + err.Error()})
		res.File = *f
		return res, nil
	}
	defer r.Close()
	if f.Kind == inputs.Table {
		return readExportCSV(ctx, l, f, r, log)
	}
	wb, err := sheet.Open(r)
	if errors.Is(err, sheet.ErrTooLarge) {
		f.Status, f.Note = inputs.Failed, "terlalu besar setelah diekstrak"
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path,
			Expected: fmt.Sprintf("spreadsheet yang isinya di bawah %d MiB", sheet.MaxUnzipped>>20),
			Message:  "Berkas ditolak: isinya setelah diekstrak terlalu besar (mungkin rusak atau sengaja dibuat membengkak). Tidak ada isinya yang dipakai."})
		res.File = *f
		return res, nil
	}
	if err != nil {
		f.Status, f.Note = inputs.Failed, "bukan .xlsx yang utuh"
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path,
			Expected: "berkas .xlsx yang utuh",
			Message:  "Berkas tidak dapat dibuka sebagai spreadsheet .xlsx (rusak, terkunci kata sandi, atau belum selesai disalin). Tidak ada isinya yang dipakai."})
		res.File = *f
		return res, nil
	}
	defer wb.Close()
	f.SavedAt = wb.Modified()
	if err := l.addClues(f.ID, bulanan.FromPath(f.Path)); err != nil {
		return res, err
	}

	for i, name := range wb.SheetNames() {
		if n, cells, ok, err := readExportSheet(ctx, l, f, wb, i, name, log); err != nil {
			return res, err
		} else if ok {
			res.Sheets++
			res.Forms = append(res.Forms, exportForm)
			res.Values += n
			res.Cells += cells
			continue
		}
		g, err := wb.Grid(i, name)
		if err != nil {
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.lembar", File: f.Path, Sheet: name,
				Message: "Lembar tidak dapat dibaca: " + err.Error()})
			continue
		}
		res.Sheets++
		if g.Len() == 0 {
			continue
		}
		for _, c := range g.Cells() {
			if err := l.cells.Add(f.ID, name, c.Row, c.Col, c.Ref, string(c.Type),
				finding.Redact(c.Raw), finding.Redact(c.Display), nullable(c.NumFmt), nullable(c.Formula)); err != nil {
				return res, err
			}
		}
		res.Cells += g.Len()

		if instructionsRe.MatchString(sheet.Norm(g.Sheet)) || sheet.Title(g, 2, instructionsRe) != "" {
			// a template's instructions: no data, nothing to report
			if err := l.sheets.Add(f.ID, i, name, nil, nil, g.MaxRow, g.MaxCol, g.Len()); err != nil {
				return res, err
			}
			continue
		}
		form, title, ok := sheet.Recognize(g, forms)
		if !ok {
			if !g.Hidden {
				log.Add(finding.Finding{Severity: finding.Info, Rule: "baca.lembar", File: f.Path, Sheet: name,
					Message: "Lembar tidak dikenali sebagai formulir mana pun; isinya disimpan (raw.cells) tetapi tidak diolah."})
			}
			if err := l.sheets.Add(f.ID, i, name, nil, nil, g.MaxRow, g.MaxCol, g.Len()); err != nil {
				return res, err
			}
			continue
		}
		table, found := sheet.ReadTable(g, form.Spec)
		if !found {
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.kepala", File: f.Path, Sheet: name,
				Raw:      title,
				Expected: "baris judul kolom: " + describeAnchors(form.Spec.Anchors),
				Message:  fmt.Sprintf("Judul lembar menunjukkan formulir %s, tetapi baris judul kolomnya tidak ditemukan; lembar tidak diolah.", form.Code)})
			if err := l.sheets.Add(f.ID, i, name, form.Code, nullable(title), g.MaxRow, g.MaxCol, g.Len()); err != nil {
				return res, err
			}
			continue
		}
		if err := l.sheets.Add(f.ID, i, name, form.Code, nullable(title), g.MaxRow, g.MaxCol, g.Len()); err != nil {
			return res, err
		}
		res.Forms = append(res.Forms, form.Code)
		if err := l.addClues(f.ID, identityClues(form.Code, g, table)); err != nil {
			return res, err
		}
		for _, col := range table.Unclaimed {
			log.Add(finding.Finding{Severity: finding.Info, Rule: "baca.kolom", File: f.Path, Sheet: name,
				Cell:    sheet.Ref(col.Col, table.Header.FirstRow),
				Raw:     strings.Join(col.Path, " / "),
				Message: "Kolom ini tidak dikenal untuk formulir " + form.Code + "; isinya disimpan (raw.cells) tetapi tidak diolah."})
		}
		n, err := loadTable(l, f, name, form.Code, table, log)
		if err != nil {
			return res, err
		}
		res.Values += n
	}
	if len(res.Forms) == 0 {
		log.Add(finding.Finding{Severity: finding.Info, Rule: "baca.berkas", File: f.Path,
			Message: "Tidak ada lembar yang dikenali dalam berkas ini; tidak ada datanya yang diolah."})
	}
	res.File = *f
	return res, nil
}

func loadTable(l *loader, f *inputs.File, sheetName, form string, t *sheet.Table, log *finding.Log) (int, error) {
	n := 0
	for _, row := range t.Rows {
		if err := l.rows.Add(f.ID, sheetName, form, row.Row, row.Seq, string(row.Kind),
			nullable(row.Key), nullable(row.Label), nullable(row.Section)); err != nil {
			return n, err
		}
		if row.Kind == sheet.RowNote {
			continue
		}
		for _, v := range row.Values {
			var year, num, pct, unit, norm any
			if v.Year > 0 {
				year = v.Year
			}
			raw := v.Raw
			if v.Status == sheet.StatusText {
				raw = v.Text
			}
			if v.Status == sheet.StatusOK && v.Norm != "" {
				norm = finding.Redact(v.Norm)
			} else if v.Status == sheet.StatusOK {
				num, pct, unit = v.Num.Value.String(), v.Num.Percent, nullable(v.Num.Unit)
			}
			if v.Status == sheet.StatusEmpty && raw == "" && (v.Year == 0 || row.Kind == sheet.RowSection) {
				continue // an empty text cell, or a section title's empty figures, say nothing
			}
			if err := l.values.Add(f.ID, sheetName, form, row.Row, v.Field, year, v.Ref,
				finding.Redact(raw), num, pct, unit, string(v.Status), norm); err != nil {
				return n, err
			}
			n++
			if v.Status == sheet.StatusUnreadable {
				what := "angka"
				if v.Norm == "" && v.Num.Value.Int == "" && v.Err.Expected != "" && !strings.Contains(v.Err.Expected, "angka") {
					what = "isian yang sah"
				}
				log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.angka", File: f.Path, Sheet: sheetName,
					Cell: v.Ref, Raw: v.Err.Raw, Expected: v.Err.Expected,
					Message: "Isi sel tidak terbaca sebagai " + what + " (" + v.Err.Reason + "). Nilai ini tidak dipakai dan tidak dianggap nol."})
			}
		}
	}
	return n, nil
}

// instructionsRe recognises a template's instruction sheet ("Petunjuk",
// "PETUNJUK PENGISIAN …").
var instructionsRe = regexp.MustCompile(`^petunjuk\b`)

func describeAnchors(anchors [][]string) string {
	var parts []string
	for _, a := range anchors {
		parts = append(parts, strings.Join(a, " "))
	}
	return strings.Join(parts, ", ")
}

// identityClues are a recognised sheet's hints of unit and period: the
// hidden metadata of a template, or the header block above a monthly
// report's table.
func identityClues(form string, g *sheet.Grid, t *sheet.Table) []bulanan.Clue {
	if form == bulanan.Meta {
		var out []bulanan.Clue
		for _, r := range t.Rows {
			key, _ := r.Get("kunci", 0)
			val, _ := r.Get("nilai", 0)
			k := strings.ToLower(strings.TrimSpace(key.Text))
			if k == "" || val.Text == "" {
				continue
			}
			out = append(out, bulanan.Clue{Source: "metadata", Key: k, Value: strings.TrimSpace(val.Text), Raw: val.Text, Sheet: g.Sheet, Cell: val.Ref})
		}
		return out
	}
	if !strings.HasPrefix(form, "bulanan.") {
		return nil
	}
	return bulanan.FromHeaderBlock(g, t.Header.FirstRow-1)
}

// exportForm names a licence export in raw.sheets and the run summary.
const exportForm = "ijus"

// exportChunk is how many rows of a licence export a reader holds before it
// loads them into raw.ijus itself, while it reads on: the memory an export
// takes is bounded by this, not by the size of the file. (Other inputs are
// small and wait to be loaded together, in file order.)
var exportChunk = 32_768 // a variable for the tests

// addExport adds one registration of a licence export to raw.ijus. The NIK
// goes no further than this function: it leaves as a keyed hash, a mask and
// what could be checked in it. Every other text is redacted too, in case a
// NIK was typed into it.
func (l *loader) addExport(ctx context.Context, fileID int, sheetName string, rec ijus.Record, date1904, xlsx bool) error {
	if err := l.addExportRow(fileID, sheetName, rec, date1904, xlsx); err != nil {
		return err
	}
	if l.ijus.Len() < exportChunk {
		return nil
	}
	if l.stream == nil {
		s, err := l.db.BeginStream(ctx)
		if err != nil {
			return err
		}
		l.stream = s
	}
	l.stream.Send(l.ijus)
	l.ijus = newExportBatch()
	return nil
}

// endExport commits what a large export loaded while it was read, with its
// last rows; a small one's rows wait for the file-order load like any
// other input. After an error the export's streamed rows are dropped.
func (l *loader) endExport(ctx context.Context, err error) error {
	if l.stream == nil {
		return err
	}
	s := l.stream
	l.stream = nil
	if err != nil {
		s.Rollback()
		return err
	}
	s.Send(l.ijus)
	l.ijus = newExportBatch()
	return s.Commit(ctx)
}

func (l *loader) addExportRow(fileID int, sheetName string, rec ijus.Record, date1904, xlsx bool) error {
	// Dates, money and counts read with the same fuzzed parsers as every
	// other input; what cannot be read stays empty beside its text. The
	// decimals are made first: a row is appended whole or not at all.
	var nums [4]decimal128.Num
	var has [4]bool
	for i, f := range [4]struct {
		name  string
		parse func(string) (sheet.Number, error)
	}{{ijus.FieldModal, sheet.ParseRupiah}, {ijus.FieldOmset, sheet.ParseRupiah}, {ijus.FieldTKL, sheet.ParseNumber}, {ijus.FieldTKP, sheet.ParseNumber}} {
		if n, err := f.parse(rec.Field(f.name)); err == nil && !n.Missing {
			d, err := warehouse.ParseDecimal(n.Value.String())
			if err != nil {
				return fmt.Errorf("raw.ijus.%s: %q: %w", f.name, n.Value.String(), err)
			}
			nums[i], has[i] = d, true
		}
	}
	terbit := rec.Field(ijus.FieldTerbit)
	if xlsx {
		terbit = ijus.SerialDate(terbit, date1904)
	}
	var iso string
	if t, err := sheet.ParseDate(terbit); err == nil {
		iso = t.Format(time.DateOnly)
	}

	b := l.ijus
	text := func(f string) { b.Text(finding.Redact(rec.Field(f))) }
	b.Int32(int32(fileID))
	b.Text(sheetName)
	b.Int32(int32(rec.Row))
	text(ijus.FieldIzin)
	b.Text(terbit)
	if nik := rec.Field(ijus.FieldNIK); nik != "" {
		n := ijus.ParseNIK(nik)
		b.Text(l.nikKey.Hash(nik))
		b.Text(ijus.Mask(nik))
		b.Bool(n.Valid)
		if n.Valid {
			b.Null()
			b.Bool(n.Female)
			b.Text(n.Region)
		} else {
			b.Text(n.Problem)
			b.Null()
			b.Null()
		}
	} else {
		for range 6 { // hash, mask, valid, problem, female, region
			b.Null()
		}
	}
	for _, f := range []string{ijus.FieldNama, ijus.FieldJK, ijus.FieldUsaha, ijus.FieldAlamat, ijus.FieldKelurahan, ijus.FieldKecamatan,
		ijus.FieldSektor, ijus.FieldModal, ijus.FieldOmset, ijus.FieldTKL, ijus.FieldTKP, ijus.FieldStatus} {
		text(f)
	}
	b.Text(finding.Redact(rec.ExtraJSON()))
	b.Text(iso)
	for i := range nums {
		if has[i] {
			b.Dec(nums[i])
		} else {
			b.Null()
		}
	}
	b.End()
	return nil
}

// exportHeaderFindings reports the required columns a licence export lacks.
func exportHeaderFindings(f *inputs.File, sheetName string, rd *ijus.Reader, log *finding.Log) {
	if len(rd.Columns.Missing) == 0 {
		return
	}
	log.Add(finding.Finding{Severity: finding.Sedang, Rule: "ijus.kolom", File: f.Path, Sheet: sheetName,
		Cell:     sheet.Ref(1, rd.HeaderRow),
		Raw:      strings.Join(rd.Header, " | "),
		Expected: "kolom " + strings.Join(rd.Columns.Missing, ", "),
		Message:  "Ekspor I-Jus Melon tanpa kolom wajib " + strings.Join(rd.Columns.Missing, ", ") + "; baris-barisnya disimpan, tetapi isian itu kosong untuk semuanya."})
}

// readExportCSV reads a CSV file: a licence export, or skipped with a note.
func readExportCSV(ctx context.Context, l *loader, f *inputs.File, r io.Reader, log *finding.Log) (FileResult, error) {
	res := FileResult{File: *f}
	var rd ijus.Reader
	var loadErr error
	_, err := ijus.CSV(r, func(row int, cells []string) error {
		res.Cells += len(cells)
		rec, ok, err := rd.Row(row, cells)
		if err != nil || !ok {
			return err
		}
		if err := l.addExport(ctx, f.ID, "", rec, false, false); err != nil {
			loadErr = err
			return err
		}
		res.Values++
		return nil
	})
	if loadErr = l.endExport(ctx, loadErr); loadErr != nil {
		return res, loadErr
	}
	switch {
	case errors.Is(err, ijus.ErrNoHeader) || (err == nil && rd.HeaderRow == 0):
		f.Status, f.Note = inputs.Skipped, "CSV bukan ekspor I-Jus Melon"
		log.Add(finding.Finding{Severity: finding.Info, Rule: "baca.format", File: f.Path,
			Expected: "ekspor I-Jus Melon dengan kolom NIK dan nomor izin atau tanggal terbit",
			Message:  "Berkas CSV ini bukan ekspor izin I-Jus Melon; dilewati."})
		res.Cells, res.Values = 0, 0
	case err != nil:
		f.Status, f.Note = inputs.Failed, "CSV rusak"
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path,
			Message: "Berkas CSV tidak dapat dibaca sampai selesai (" + err.Error() + "); baris sebelumnya sudah disimpan."})
	default:
		res.Forms = []string{exportForm}
		exportHeaderFindings(f, "", &rd, log)
	}
	res.File = *f
	return res, nil
}

// rowBlock is a block of rows of a sheet, their text copied out of the
// reader's buffer: into one byte slice as they come, made one string when
// the block is sent (done), each cell a part of it.
type rowBlock struct {
	rows []int    // row numbers
	at   []int    // where each row's cells start in ends; one more at the end
	ends []int    // where each cell's text ends in text
	text []byte   // the cells' text, one after the other
	flat []string // after done: each cell's text
}

const blockRows = 4096

func newRowBlock() *rowBlock {
	return &rowBlock{at: []int{0}, text: make([]byte, 0, 1<<20)}
}

func (b *rowBlock) len() int { return len(b.rows) }

func (b *rowBlock) cells(i int) []string { return b.flat[b.at[i]:b.at[i+1]] }

// add copies a row into the block and reports whether it is now full.
func (b *rowBlock) add(r int, cells []string) bool {
	b.rows = append(b.rows, r)
	for _, c := range cells {
		b.text = append(b.text, c...)
		b.ends = append(b.ends, len(b.text))
	}
	b.at = append(b.at, len(b.ends))
	return len(b.rows) >= blockRows
}

// done makes the cells' strings; the block is then only read.
func (b *rowBlock) done() *rowBlock {
	text := string(b.text)
	b.flat = make([]string, len(b.ends))
	from := 0
	for i, e := range b.ends {
		b.flat[i] = text[from:e]
		from = e
	}
	b.text = nil
	return b
}

// readExportSheet reads a sheet as a licence export when its first rows
// hold the export's header, streaming it row by row; ok says it was one.
func readExportSheet(ctx context.Context, l *loader, f *inputs.File, wb *sheet.Workbook, index int, name string, log *finding.Log) (values, cells int, ok bool, err error) {
	var peek ijus.Reader
	isExport := false
	if err := wb.StreamRows(name, func(r int, cells []string) (bool, error) {
		_, _, err := peek.Row(r, cells)
		isExport = peek.HeaderRow > 0
		return !isExport && err == nil, nil
	}); err != nil || !isExport {
		return 0, 0, false, nil // not an export: the ordinary reader will say what it is
	}
	var rd ijus.Reader
	var loadErr, rowErr error
	date1904 := wb.Date1904() // once: excelize reads the workbook's properties anew on each call
	n, maxRow, maxCol, cellCount := 0, 0, 0, 0
	// The rows are parsed into Arrow batches in a goroutine of their own
	// while the sheet is scanned: on the million-row export the scanning
	// and the parsing each took a core's worth of seconds, one after the
	// other. The scanner copies each block of rows out of its buffer (the
	// transient stream's strings are only valid during the call).
	blocks := make(chan *rowBlock, 2)
	var stop atomic.Bool
	parsed := make(chan struct{})
	go func() {
		defer close(parsed)
		for blk := range blocks {
			for i := 0; i < blk.len() && !stop.Load(); i++ {
				rec, ok, err := rd.Row(blk.rows[i], blk.cells(i))
				if err != nil {
					rowErr = err
					stop.Store(true)
					break
				}
				if !ok {
					continue
				}
				if err := l.addExport(ctx, f.ID, name, rec, date1904, true); err != nil {
					loadErr = err
					stop.Store(true)
					break
				}
				n++
			}
		}
	}()
	blk := newRowBlock()
	err = wb.StreamRowsTransient(name, func(r int, cells []string) (bool, error) {
		if stop.Load() {
			return false, nil
		}
		maxRow, maxCol, cellCount = r, max(maxCol, len(cells)), cellCount+len(cells)
		if blk.add(r, cells) {
			blocks <- blk.done()
			blk = newRowBlock()
		}
		return true, nil
	})
	if blk.len() > 0 {
		blocks <- blk.done()
	}
	close(blocks)
	<-parsed
	if loadErr != nil {
		return n, cellCount, true, l.endExport(ctx, loadErr)
	}
	if err == nil {
		err = rowErr
	}
	if err != nil {
		// The sheet broke off (a damaged part, or one that inflates past
		// what it declares): none of the file's licence rows are used,
		// neither those streamed nor those waiting.
		l.endExport(ctx, err)
		l.ijus.Release()
		l.ijus = newExportBatch()
		f.Status, f.Note = inputs.Failed, "lembar ekspor rusak"
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path, Sheet: name,
			Expected: "lembar ekspor yang utuh",
			Message:  "Lembar ekspor I-Jus Melon tidak dapat dibaca sampai selesai (" + err.Error() + "); tidak ada baris ekspor berkas ini yang dipakai."})
		return 0, cellCount, true, nil
	}
	if err := l.endExport(ctx, nil); err != nil {
		return n, cellCount, true, err
	}
	if err := l.sheets.Add(f.ID, index, name, exportForm, nil, maxRow, maxCol, cellCount); err != nil {
		return n, cellCount, true, err
	}
	exportHeaderFindings(f, name, &rd, log)
	return n, cellCount, true, nil
}
