// Package ingest reads the inputs into the warehouse's raw tables: every
// spreadsheet's cells, sheets, recognised form rows and values, the
// identity clues of the monthly reports, and the licence exports' rows —
// files read in parallel, loaded in file order, so the warehouse and the
// findings are the same whatever finished first.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/read/monthly"
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
	Findings int  // findings naming the file, counted at the end of the run
	Reused   bool // its rows were copied from the earlier warehouse, not read
	Tinggi   int  // of them, those of severity tinggi, then sedang
	Sedang   int
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
	oss      *warehouse.Batch
	sipd     *warehouse.Batch
	nikKey   *ijus.Hasher           // of a nil key when none is set: NIK are then only masked
	isi      []byte                 // an export row's content, as it is hashed (licences.go)
	stream   *warehouse.Stream      // a large export being loaded while it is read
	streamOf **warehouse.Batch      // … the batch of its form
	streamed bool                   // rows of this file were committed while it was read
	memo     map[string]*exportMemo // what an export form's texts were read as (licences.go)
	columns  exportColumns          // where the fields are in the export table being read
}

// newLoader starts a loader, its batches shaped by the warehouse's catalog.
func newLoader(db *warehouse.DB, key ijus.Key) (*loader, error) {
	l := &loader{db: db, nikKey: key.Hasher()}
	for _, b := range []struct {
		to    **warehouse.Batch
		table string
	}{{&l.cells, "raw.cells"}, {&l.sheets, "raw.sheets"}, {&l.rows, "raw.rows"},
		{&l.values, "raw.values"}, {&l.identity, "raw.identity"}, {&l.ijus, "raw.ijus_isi"}, {&l.oss, "raw.oss_isi"},
		{&l.sipd, "raw.sipd_isi"}} {
		var err error
		if *b.to, err = db.Batch(b.table); err != nil {
			l.release()
			return nil, err
		}
	}
	return l, nil
}

func (l *loader) addClues(fileID int, clues []monthly.Clue) error {
	for _, c := range clues {
		if err := l.identity.Add(fileID, c.Source, c.Key, nullable(finding.Redact(c.Value)), nullable(finding.Redact(c.Raw)), nullable(finding.Redact(c.Sheet)), nullable(c.Cell)); err != nil {
			return err
		}
	}
	return nil
}

func (l *loader) batches() []*warehouse.Batch {
	return []*warehouse.Batch{l.cells, l.sheets, l.rows, l.values, l.identity, l.ijus, l.oss, l.sipd}
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
	if len(loaders) == 0 {
		return nil
	}
	for t := range len(loaders[0].batches()) {
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

// reset empties the loader's batches: what a file that changed while it
// was read gave is not kept.
func (l *loader) reset() error {
	for _, b := range []**warehouse.Batch{&l.cells, &l.sheets, &l.rows, &l.values, &l.identity, &l.ijus, &l.oss, &l.sipd} {
		next := (*b).Fresh()
		(*b).Release()
		*b = next
	}
	return nil
}

func (l *loader) release() {
	for _, b := range l.batches() {
		if b != nil {
			b.Release()
		}
	}
}

var nullable = warehouse.NullIfEmpty

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
func readAll(ctx context.Context, db *warehouse.DB, files []inputs.File, forms []sheet.Form, workers int, key ijus.Key, earlier *Earlier) []chan fileRead {
	if workers < 1 {
		workers = 1
	}
	out := make([]chan fileRead, len(files))
	var todo []int
	for i := range files {
		if files[i].Status == inputs.Read && !earlier.Takes(files[i]) {
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
				r := fileRead{findings: &finding.Log{}, done: func() { <-slots }}
				if r.loader, r.err = newLoader(db, key); r.err == nil {
					r.res, r.err = readFile(ctx, r.loader, &f, forms, r.findings)
				}
				r.res.File = f
				out[i] <- r
			}
		}()
	}
	return out
}

// readFile reads one spreadsheet into the raw batches. Problems in the file
// become findings and a failed status; only warehouse errors are returned.
// readFile reads one input; a workbook that changed while it was read
// (its size or modification time no longer those it was hashed with: still
// being copied or saved) is hashed and read once more, then, changed
// again, refused with a finding, none of its rows kept.
func readFile(ctx context.Context, l *loader, f *inputs.File, forms []sheet.Form, log *finding.Log) (FileResult, error) {
	for attempt := 1; ; attempt++ {
		var found finding.Log
		res, err := readFileOnce(ctx, l, f, forms, &found)
		if err != nil || f.Kind == inputs.Table || f.ReadFrom != "" || l.streamed || !inputs.Changed(f) {
			// a CSV checks its bytes as it reads them; a converted file was
			// checked when copied; an export streamed is in the warehouse
			for _, x := range found.All() {
				log.Add(x)
			}
			return res, err
		}
		if err := l.reset(); err != nil {
			return res, err
		}
		f.Status, f.Note = inputs.Read, "" // what the first attempt made of it no longer holds
		if attempt == 2 || inputs.Rehash(f) != nil {
			f.Status, f.Note = inputs.Failed, "berubah selagi dibaca"
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berubah", File: f.Path,
				Message: "Berkas berubah selagi dibaca, dua kali (mungkin masih disalin atau disimpan); tidak ada isinya yang dipakai. Jalankan ulang setelah berkas selesai disalin."})
			return FileResult{File: *f, Findings: 1}, nil
		}
	}
}

func readFileOnce(ctx context.Context, l *loader, f *inputs.File, forms []sheet.Form, log *finding.Log) (res FileResult, err error) {
	res = FileResult{File: *f}
	before := log.Len()
	defer func() { res.Findings = log.Len() - before }()

	from := f.Abs
	if f.ReadFrom != "" {
		from = f.ReadFrom // the .xlsx LibreOffice saved an .xls or .ods as
	}
	r, err := os.Open(from)
	if err != nil {
		reason := finding.Redact(strings.ReplaceAll(err.Error(), from, f.Path))
		f.Status, f.Note = inputs.Failed, reason
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path, Message: "Berkas tidak dapat dibuka: " + reason})
		res.File = *f
		return res, nil
	}
	defer r.Close()
	if f.Kind == inputs.Table {
		return readExportCSV(ctx, l, f, r, log)
	}
	wb, err := sheet.Open(r)
	var over *sheet.BudgetError
	if errors.As(err, &over) {
		f.Status, f.Note = inputs.Failed, "melebihi batas baca"
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.batas", File: f.Path,
			Expected: fmt.Sprintf("%s di bawah %d MiB", over.What, over.Limit>>20),
			Message:  "Berkas ditolak tanpa dibaca: " + over.Error() + ". Sebuah laporan tidak sebesar ini; bila memang perlu, naikkan batasnya."})
		res.File = *f
		return res, nil
	}
	if errors.Is(err, sheet.ErrTooLarge) {
		f.Status, f.Note = inputs.Failed, "terlalu besar setelah diekstrak"
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path,
			Expected: fmt.Sprintf("spreadsheet yang isinya di bawah %d MiB setelah diekstrak (sampai %d MiB bila isinya paling banyak %d kali besar berkasnya)", sheet.MaxUnzipped>>20, sheet.MaxUnzippedLarge>>20, sheet.MaxUnpackRatio),
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
	if err := l.addClues(f.ID, monthly.FromPath(f.Path)); err != nil {
		return res, err
	}

	storedNames := StoredSheetNames(wb.SheetNames())
	for i, name := range wb.SheetNames() {
		stored := storedNames[i] // the name as the warehouse keeps it: no NIK
		if n, cells, form, err := readExportSheet(ctx, l, f, wb, i, name, stored, log); err != nil {
			return res, err
		} else if form != "" {
			res.Sheets++
			if !slices.Contains(res.Forms, form) {
				res.Forms = append(res.Forms, form)
			}
			res.Values += n
			res.Cells += cells
			continue
		}
		g, err := wb.Grid(i, name)
		if errors.As(err, &over) {
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.batas", File: f.Path, Sheet: stored,
				Expected: fmt.Sprintf("lembar di bawah %d MiB setelah diekstrak", over.Limit>>20),
				Message:  "Lembar ditolak tanpa dibaca: " + over.Error() + "; lembar lain berkas ini tetap dibaca. Bila memang perlu, naikkan batasnya."})
			continue
		}
		if err != nil {
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.lembar", File: f.Path, Sheet: stored,
				Message: "Lembar tidak dapat dibaca: " + err.Error()})
			continue
		}
		res.Sheets++
		if g.Len() == 0 {
			continue
		}
		for _, c := range g.Cells() {
			if err := l.cells.Add(f.ID, stored, c.Row, c.Col, c.Ref, string(c.Type),
				finding.Redact(c.Raw), finding.Redact(c.Display), nullable(c.NumFmt), nullable(c.Formula)); err != nil {
				return res, err
			}
		}
		res.Cells += g.Len()

		if instructionsRe.MatchString(sheet.Norm(g.Sheet)) || sheet.Title(g, 2, instructionsRe) != "" {
			// a template's instructions: no data, nothing to report
			if err := l.sheets.Add(f.ID, i, stored, nil, nil, g.MaxRow, g.MaxCol, g.Len()); err != nil {
				return res, err
			}
			continue
		}
		form, title, ok := sheet.Recognize(g, forms)
		if !ok {
			if !g.Hidden {
				log.Add(finding.Finding{Severity: finding.Info, Rule: "baca.lembar", File: f.Path, Sheet: stored,
					Message: "Lembar tidak dikenali sebagai formulir mana pun; isinya disimpan (raw.cells) tetapi tidak diolah."})
			}
			if err := l.sheets.Add(f.ID, i, stored, nil, nil, g.MaxRow, g.MaxCol, g.Len()); err != nil {
				return res, err
			}
			continue
		}
		if ref, mark, summary := sheet.Summary(g); summary {
			// a pivot or a recap a person added: its rows are sums of the
			// form's, not more of them
			log.Add(finding.Finding{Severity: finding.Info, Rule: "baca.ringkasan", File: f.Path, Sheet: stored, Cell: ref, Raw: mark,
				Message: fmt.Sprintf("Lembar ini ringkasan atau tabel pivot (%q), bukan isian formulir %s; isinya disimpan (raw.cells) tetapi tidak dibaca sebagai baris data.", mark, form.Code)})
			if err := l.sheets.Add(f.ID, i, stored, nil, nullable(finding.Redact(title)), g.MaxRow, g.MaxCol, g.Len()); err != nil {
				return res, err
			}
			continue
		}
		table, found := sheet.ReadTable(g, form.Spec)
		if !found {
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.kepala", File: f.Path, Sheet: stored,
				Raw:      title,
				Expected: "baris judul kolom: " + describeAnchors(form.Spec.Anchors),
				Message:  fmt.Sprintf("Judul lembar menunjukkan formulir %s, tetapi baris judul kolomnya tidak ditemukan; lembar tidak diolah.", form.Code)})
			if err := l.sheets.Add(f.ID, i, stored, form.Code, nullable(finding.Redact(title)), g.MaxRow, g.MaxCol, g.Len()); err != nil {
				return res, err
			}
			continue
		}
		if err := l.sheets.Add(f.ID, i, stored, form.Code, nullable(finding.Redact(title)), g.MaxRow, g.MaxCol, g.Len()); err != nil {
			return res, err
		}
		res.Forms = append(res.Forms, form.Code)
		if err := l.addClues(f.ID, identityClues(form.Code, g, table)); err != nil {
			return res, err
		}
		for _, col := range table.Unclaimed {
			log.Add(finding.Finding{Severity: finding.Info, Rule: "baca.kolom", File: f.Path, Sheet: stored,
				Cell:    sheet.Ref(col.Col, table.Header.FirstRow),
				Raw:     strings.Join(col.Path, " / "),
				Message: "Kolom ini tidak dikenal untuk formulir " + form.Code + "; isinya disimpan (raw.cells) tetapi tidak diolah."})
		}
		n, err := loadTable(l, f, stored, form.Code, table, log)
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
	sheetName = finding.Redact(sheetName)
	n := 0
	for _, row := range t.Rows {
		if err := l.rows.Add(f.ID, sheetName, form, row.Row, row.Seq, string(row.Kind),
			nullable(finding.Redact(row.Key)), nullable(finding.Redact(row.Label)), nullable(finding.Redact(row.Section))); err != nil {
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

// StoredSheetNames are the names a workbook's sheets are kept under: any
// NIK in them masked, and names that the masking made alike numbered apart
// ("Ekspor 337401********** (2)"), so that a sheet's place stays its own.
func StoredSheetNames(names []string) []string {
	out := make([]string, len(names))
	used := map[string]bool{}
	for i, n := range names {
		s := finding.Redact(n)
		for k := 2; used[s]; k++ {
			s = fmt.Sprintf("%s (%d)", finding.Redact(n), k)
		}
		used[s] = true
		out[i] = s
	}
	return out
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
func identityClues(form string, g *sheet.Grid, t *sheet.Table) []monthly.Clue {
	if form == monthly.Meta {
		var out []monthly.Clue
		for _, r := range t.Rows {
			key, _ := r.Get("kunci", 0)
			val, _ := r.Get("nilai", 0)
			k := strings.ToLower(strings.TrimSpace(key.Text))
			if k == "" || val.Text == "" {
				continue
			}
			out = append(out, monthly.Clue{Source: "metadata", Key: k, Value: strings.TrimSpace(val.Text), Raw: val.Text, Sheet: g.Sheet, Cell: val.Ref})
		}
		return out
	}
	if !strings.HasPrefix(form, "bulanan.") {
		return nil
	}
	return monthly.FromHeaderBlock(g, t.Header.FirstRow-1)
}

// maxPending is how many raw rows are held before they are loaded into the
// warehouse: enough to make few inserts, bounded whatever the inputs.
const maxPending = 250_000

// maxPendingFiles bounds the files whose rows wait to be loaded together:
// each is an Arrow record of its own in the insert, and DuckDB's scan of
// one costs a block of memory whatever its rows, so 3 000 tiny workbooks
// in one insert ran out of the warehouse's 512 MB.
const maxPendingFiles = 64

// Options shape a reading.
type Options struct {
	Forms   []sheet.Form // the forms a sheet is recognised as
	Readers int          // files read at once (at least 1)
	Key     ijus.Key     // the key NIK are hashed with; nil: only masked
	// Earlier, when set, is a warehouse read the way this run reads: a
	// file it holds unchanged is copied from it instead of read.
	Earlier *Earlier
	// Reading is told before a file is read; Read after, with what it
	// produced and the findings it met. Both in file order, from the
	// goroutine that called Read.
	Reading func(i int, f inputs.File)
	Read    func(i int, res FileResult, findings []finding.Finding)
}

// Read reads files into db's raw tables. Files are read by opts.Readers
// goroutines, each into batches of its own; they are loaded, and reported,
// in file order. Batches are loaded together once they hold maxPending
// rows: an insert per file would cost a commit per file. A file not to be
// read is reported as it is. A file opts.Earlier holds unchanged is
// reported with what it held, its rows copied in their place in file
// order. Each finding carries the number of the file whose reading met
// it. Problems in a file are findings; only a warehouse error or a
// cancelled ctx ends the reading.
func Read(ctx context.Context, db *warehouse.DB, files []inputs.File, opts Options) error {
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	reads := readAll(readCtx, db, files, opts.Forms, opts.Readers, opts.Key, opts.Earlier)
	taken := 0 // results received; on an early return the rest are drained
	defer func() {
		// Stop the readers and wait for the files they hold: none goes on
		// reading (or holds the warehouse) after Read returns.
		stopReading()
		for j := taken; j < len(files); j++ {
			if reads[j] == nil {
				continue
			}
			rd := <-reads[j]
			rd.done()
			if rd.loader != nil {
				rd.loader.release()
			}
		}
	}()
	var pending []*loader
	pendingRows := 0
	schema := opts.Earlier.schema()
	var copies copyRun // files taken from the earlier warehouse, after pending in file order
	var copied []copyRun
	load := func() error {
		if err := copies.copy(ctx, db, schema, &copied); err != nil {
			return err
		}
		err := flushAll(ctx, db, pending)
		for _, l := range pending {
			l.release()
		}
		pending, pendingRows = nil, 0
		return err
	}
	defer func() {
		for _, l := range pending {
			l.release()
		}
	}()
	for i := range files {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("proses dibatalkan: %w", err)
		}
		f := files[i]
		if reads[i] == nil {
			taken = i + 1
		}
		if opts.Reading != nil {
			opts.Reading(i, f)
		}
		if p, ok := opts.Earlier.take(f); ok {
			// its rows go after those waiting, and before any read later
			if len(pending) > 0 {
				if err := load(); err != nil {
					return fmt.Errorf("memuat %s: %w", f.Path, err)
				}
			}
			if !copies.extend(p.id, f.ID) {
				if err := copies.copy(ctx, db, schema, &copied); err != nil {
					return err
				}
				copies.extend(p.id, f.ID)
			}
			if opts.Read != nil {
				res, found := p.result(f)
				opts.Read(i, res, found)
			}
			continue
		}
		if f.Status != inputs.Read {
			if opts.Read != nil {
				opts.Read(i, FileResult{File: f}, nil)
			}
			continue
		}
		// The files copied before this one go in now, while it is still
		// being read: the copy is DuckDB's work, the reading Go's.
		if err := copies.copy(ctx, db, schema, &copied); err != nil {
			return err
		}
		rd := <-reads[i]
		taken = i + 1
		rd.done()
		if rd.err != nil {
			if rd.loader != nil {
				rd.loader.release()
			}
			return fmt.Errorf("membaca %s: %w", f.Path, rd.err)
		}
		pending = append(pending, rd.loader)
		if pendingRows += rd.loader.size(); pendingRows >= maxPending || len(pending) >= maxPendingFiles {
			if err := load(); err != nil {
				return fmt.Errorf("memuat %s: %w", f.Path, err)
			}
		}
		if opts.Read != nil {
			found := rd.findings.All()
			for k := range found {
				found[k].FileID = f.ID
			}
			opts.Read(i, rd.res, found)
		}
	}
	if err := load(); err != nil {
		return fmt.Errorf("memuat masukan ke gudang data: %w", err)
	}
	if err := copyWhole(ctx, db, schema, copied); err != nil {
		return err
	}
	return foldRepeats(ctx, db)
}

// exportTables are the tables of each form of licence export rows: the
// whole rows (each content once) and the places of its repeats.
var exportTables = []struct{ isi, sama string }{
	{"raw.ijus_isi", "raw.ijus_sama"},
	{"raw.oss_isi", "raw.oss_sama"},
	{"raw.sipd_isi", "raw.sipd_sama"},
}

// foldRepeats keeps the content of each licence export row once: a row
// repeated field for field (the same licence in next month's full export,
// or twice in one sheet) stays whole at its latest place (file, sheet,
// row) in raw.ijus_isi (raw.oss_isi), and its other places become narrow
// rows of raw.ijus_sama (raw.oss_sama). Whatever was read and whatever
// copied from the earlier warehouse, the result is the one reading
// everything gives.
func foldRepeats(ctx context.Context, db *warehouse.DB) error {
	for _, t := range exportTables {
		_, err := db.ExecContext(ctx, fmt.Sprintf(`
		CREATE TEMP TABLE export_ulang AS
		WITH ganda AS (SELECT isi_a, isi_b FROM %[1]s GROUP BY ALL HAVING count(*) > 1)
		SELECT baris, file_id, sheet, row_no, isi_a, isi_b FROM (
		    SELECT i.rowid AS baris, i.file_id, i.sheet, i.row_no, i.isi_a, i.isi_b,
		           row_number() OVER (PARTITION BY i.isi_a, i.isi_b ORDER BY i.file_id DESC, coalesce(i.sheet, '') DESC, i.row_no DESC) AS ke
		    FROM %[1]s i JOIN ganda g ON g.isi_a = i.isi_a AND g.isi_b = i.isi_b)
		WHERE ke > 1;
		INSERT INTO %[2]s SELECT file_id, sheet, row_no, isi_a, isi_b FROM export_ulang ORDER BY file_id, sheet, row_no;
		DELETE FROM %[1]s WHERE rowid IN (SELECT baris FROM export_ulang);
		DROP TABLE export_ulang;`, t.isi, t.sama))
		if err != nil {
			return fmt.Errorf("baris ekspor yang berulang (%s): %w", t.isi, err)
		}
	}
	return nil
}
