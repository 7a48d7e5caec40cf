package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/apache/arrow-go/v18/arrow/decimal128"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/idtext"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/read/oss"
	"kinerja/pipelines/read/sipd"
	"kinerja/pipelines/sheet"
	"kinerja/pipelines/warehouse"
)

// ExportForm names an I-Jus Melon licence export in raw.sheets and the run
// summary; OSSForm an OSS-RBA export; SIPDForm Keuangan's SIPD-RI export of
// realisasi anggaran.
const (
	ExportForm = "ijus"
	OSSForm    = "oss"
	SIPDForm   = "sipd"
)

// exportForms are the forms of export rows.
var exportForms = []string{ExportForm, OSSForm, SIPDForm}

// readerForms are the exports a table's header is looked for as, in order:
// OSS before I-Jus Melon (an OSS export with a NIK and a date of issue also
// has what an I-Jus Melon header needs); SIPD-RI's shares no key column
// with either.
var readerForms = []ijus.Form{oss.Form, sipd.Form, ijus.IUMK}

// exportChunk is how many rows of a licence export a reader holds before it
// loads them into its raw table itself, while it reads on: the memory an
// export takes is bounded by this, not by the size of the file. (Other
// inputs are small and wait to be loaded together, in file order.)
var exportChunk = 32_768 // a variable for the tests

// exportLayout is how a form's rows are laid out in its raw table: after
// the row's place, the texts before the date, the date as written, the
// NIK's six columns (where the form has a NIK), the texts after it, the
// column letters of the refs fields, the extra columns as JSON, the date
// read, and the numbers read.
type exportLayout struct {
	before []string
	date   string
	period bool // the date is the month the row is cumulative to (sipd.Period), not a day
	nik    bool
	after  []string
	refs   []string
	nums   []exportNum
}

type exportNum struct {
	field string
	parse func(string) (idtext.Number, error)
}

var layouts = map[string]exportLayout{
	ExportForm: {
		before: []string{ijus.FieldIzin},
		date:   ijus.FieldTerbit,
		nik:    true,
		after: []string{ijus.FieldNama, ijus.FieldJK, ijus.FieldUsaha, ijus.FieldAlamat, ijus.FieldKelurahan, ijus.FieldKecamatan,
			ijus.FieldSektor, ijus.FieldModal, ijus.FieldOmset, ijus.FieldTKL, ijus.FieldTKP, ijus.FieldStatus},
		nums: []exportNum{{ijus.FieldModal, idtext.ParseRupiah}, {ijus.FieldOmset, idtext.ParseRupiah},
			{ijus.FieldTKL, idtext.ParseNumber}, {ijus.FieldTKP, idtext.ParseNumber}},
	},
	OSSForm: {
		before: []string{oss.FieldNIB, oss.FieldProyek},
		date:   oss.FieldTerbit,
		nik:    true,
		after: []string{oss.FieldNama, oss.FieldJK, oss.FieldUsaha, oss.FieldAlamat, oss.FieldKelurahan, oss.FieldKecamatan,
			oss.FieldSkala, oss.FieldKBLI, oss.FieldJudulKBLI, oss.FieldRisiko, oss.FieldPelaku,
			oss.FieldModal, oss.FieldInvestasi, oss.FieldOmset, oss.FieldTKI, oss.FieldTKIL, oss.FieldTKIP, oss.FieldStatus},
		nums: []exportNum{{oss.FieldModal, idtext.ParseRupiah}, {oss.FieldInvestasi, idtext.ParseRupiah}, {oss.FieldOmset, idtext.ParseRupiah},
			{oss.FieldTKI, idtext.ParseNumber}, {oss.FieldTKIL, idtext.ParseNumber}, {oss.FieldTKIP, idtext.ParseNumber}},
	},
	SIPDForm: {
		before: []string{sipd.FieldTahun, sipd.FieldBulan, sipd.FieldKodeSKPD, sipd.FieldNamaSKPD, sipd.FieldKodeProgram,
			sipd.FieldKodeSub, sipd.FieldNamaSub, sipd.FieldKodeRek, sipd.FieldNamaRek, sipd.FieldLevel},
		date:   sipd.FieldPeriode,
		period: true,
		after: []string{sipd.FieldPagu, sipd.FieldPaguMurni, sipd.FieldRealLalu, sipd.FieldRealBulan, sipd.FieldRealisasi,
			sipd.FieldPersen, sipd.FieldSisa, sipd.FieldSumberDana, sipd.FieldKeterangan},
		refs: []string{sipd.FieldPagu, sipd.FieldRealisasi},
		nums: []exportNum{{sipd.FieldPagu, idtext.ParseRupiah}, {sipd.FieldPaguMurni, idtext.ParseRupiah},
			{sipd.FieldRealLalu, idtext.ParseRupiah}, {sipd.FieldRealBulan, idtext.ParseRupiah}, {sipd.FieldRealisasi, idtext.ParseRupiah}},
	},
}

// exportBatch is the batch a form's rows are added to.
func (l *loader) exportBatch(form string) **warehouse.Batch {
	switch form {
	case OSSForm:
		return &l.oss
	case SIPDForm:
		return &l.sipd
	}
	return &l.ijus
}

// addExport adds one row of a licence export to its raw table. The NIK
// goes no further than this function: it leaves as a keyed hash, a mask and
// what could be checked in it. Every other text is redacted too, in case a
// NIK was typed into it.
func (l *loader) addExport(ctx context.Context, f *inputs.File, sheetName string, rec ijus.Record, date1904, xlsx bool) error {
	b := l.exportBatch(rec.Form())
	if err := l.addExportRow(*b, layouts[rec.Form()], f, sheetName, rec, date1904, xlsx); err != nil {
		return err
	}
	chunk := exportChunk
	if rec.Form() == OSSForm {
		chunk = max(1, exportChunk/2) // its rows are wider: about the same memory, half the rows
	}
	if (*b).Len() < chunk && !(*b).Full() { // (rows of hostile width fill a batch sooner)
		return nil
	}
	if l.stream == nil {
		s, err := l.db.BeginStream(ctx, exportRowsGuess(f) >= parallelLoadRows)
		if err != nil {
			return err
		}
		l.stream, l.streamOf = s, b
	}
	next := (*b).Fresh()
	l.stream.Send(*b)
	*b = next
	return nil
}

// parallelLoadRows is the size of export from which DuckDB loads it on all
// its threads (warehouse.BeginStream says why a smaller one loads faster on
// one).
const parallelLoadRows = 300_000

// exportRowsGuess is about how many rows an export file holds, from its
// size: an I-Jus Melon or OSS export takes some 175 bytes a row as CSV and
// 95 as XLSX (a million rows: 176 and 95 MB). It only chooses how the rows
// are loaded, never what is loaded.
func exportRowsGuess(f *inputs.File) int {
	perRow := int64(95)
	if strings.EqualFold(filepath.Ext(f.Path), ".csv") {
		perRow = 175
	}
	return int(f.Size / perRow)
}

// endExport commits what a large export loaded while it was read, with its
// last rows; a small one's rows wait for the file-order load like any
// other input. After an error the export's streamed rows are dropped.
func (l *loader) endExport(ctx context.Context, err error) error {
	if l.stream == nil {
		return err
	}
	s, b := l.stream, l.streamOf
	l.stream, l.streamOf = nil, nil
	if err != nil {
		s.Rollback()
		return err
	}
	next := (*b).Fresh()
	s.Send(*b)
	*b = next
	l.streamed = true
	return s.Commit(ctx)
}

// dropExports empties the export batches: a file whose export broke off or
// changed while it was read gives none of its rows.
func (l *loader) dropExports() {
	for _, form := range exportForms {
		b := l.exportBatch(form)
		next := (*b).Fresh()
		(*b).Release()
		*b = next
	}
}

func (l *loader) addExportRow(b *warehouse.Batch, lay exportLayout, f *inputs.File, sheetName string, rec ijus.Record, date1904, xlsx bool) error {
	// Dates, money and counts read with the same fuzzed parsers as every
	// other input; what cannot be read stays empty beside its text. The
	// decimals are made first: a row is appended whole or not at all.
	var numsArr [8]parsedNum
	nums := numsArr[:len(lay.nums)]
	at := l.columnsOf(lay, rec)
	memo := l.memo[rec.Form()]
	if memo == nil {
		if l.memo == nil {
			l.memo = map[string]*exportMemo{}
		}
		memo = newExportMemo(len(lay.nums))
		l.memo[rec.Form()] = memo
	}
	for i, f := range lay.nums {
		text := rec.At(at.nums[i])
		p, ok := memo.nums[i][text]
		if !ok {
			if n, err := f.parse(text); err == nil && !n.Missing {
				d, err := warehouse.ParseDecimal(n.Value.String())
				if err != nil {
					return fmt.Errorf("%s.%s: %q: %w", b.Table(), f.field, n.Value.String(), err)
				}
				p = parsedNum{d, true}
			}
			keep(memo.nums[i], text, p)
		}
		nums[i] = p
	}
	written := rec.At(at.date)
	var terbit, iso string
	if d, ok := memo.dates[written]; ok && !lay.period {
		terbit, iso = d.text, d.iso
	} else {
		terbit = written
		if xlsx {
			terbit = ijus.SerialDate(terbit, date1904)
		}
		if lay.period {
			iso = sipd.PeriodText(sipd.Period(terbit, rec.Field(sipd.FieldBulan), rec.Field(sipd.FieldTahun), f.Path))
		} else {
			if t, err := idtext.ParseDate(terbit); err == nil {
				iso = t.Format(time.DateOnly)
			}
			// (terbit may be written, a part of its block's text: a copy, or the
			// memo keeps every block a date was first seen in)
			keep(memo.dates, written, dateRead{strings.Clone(terbit), iso})
		}
	}

	// Every value after the row's place is also written to the row's
	// content, hashed: a row repeated field for field in a later export is
	// then stored once (raw.ijus_sama, raw.oss_sama name the other places).
	isi := l.isi[:0]
	// each value tagged and its text length-prefixed: no text, whatever
	// bytes it holds, reads as another split of the row
	put := func(s string) {
		b.Text(s)
		if s == "" {
			isi = append(isi, 0) // "" is stored as NULL, as Null is
			return
		}
		isi = append(binary.AppendUvarint(append(isi, 1), uint64(len(s))), s...)
	}
	null := func() { b.Null(); isi = append(isi, 0) }
	flag := func(v bool) {
		b.Bool(v)
		if v {
			isi = append(isi, 2)
		} else {
			isi = append(isi, 3)
		}
	}
	text := func(i int) { put(finding.Redact(rec.At(i))) }
	b.Int32(int32(f.ID))
	b.Text(finding.Redact(sheetName))
	b.Int32(int32(rec.Row))
	for _, i := range at.before {
		text(i)
	}
	put(finding.Redact(terbit))
	if !lay.nik {
		// no NIK columns in this form's table
	} else if nik := rec.At(at.nik); nik != "" {
		n := ijus.ParseNIK(nik)
		put(l.nikKey.Hash(nik))
		put(ijus.Mask(nik))
		flag(n.Valid)
		if n.Valid {
			null()
			flag(n.Female)
			put(n.Region)
		} else {
			put(n.Problem)
			null()
			null()
		}
	} else {
		for range 6 { // hash, mask, valid, problem, female, region
			null()
		}
	}
	for _, i := range at.after {
		text(i)
	}
	for _, f := range lay.refs {
		put(rec.ColumnName(f))
	}
	put(finding.Redact(rec.ExtraJSON()))
	put(iso)
	for _, n := range nums {
		if n.ok {
			b.Dec(n.d)
			isi = binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(append(isi, 4), uint64(n.d.HighBits())), n.d.LowBits())
		} else {
			null()
		}
	}
	sum := sha256.Sum256(isi)
	l.isi = isi
	b.Int64(int64(binary.BigEndian.Uint64(sum[:8])))
	b.Int64(int64(binary.BigEndian.Uint64(sum[8:16])))
	b.End()
	return nil
}

// exportColumns are the columns of a layout's fields in one table (-1
// where it has none), found once per table rather than once per row.
type exportColumns struct {
	of            *ijus.Reader
	before, after []int
	date, nik     int
	nums          []int
}

// columnsOf is the columns of lay's fields in the table rec is a row of.
func (l *loader) columnsOf(lay exportLayout, rec ijus.Record) *exportColumns {
	if c := &l.columns; c.of == rec.Source() && c.of != nil {
		return c
	}
	index := func(fields []string) []int {
		out := make([]int, len(fields))
		for i, f := range fields {
			out[i] = rec.Index(f)
		}
		return out
	}
	l.columns = exportColumns{of: rec.Source(), before: index(lay.before), after: index(lay.after),
		date: rec.Index(lay.date), nik: rec.Index(ijus.FieldNIK)}
	for _, n := range lay.nums {
		l.columns.nums = append(l.columns.nums, rec.Index(n.field))
	}
	return &l.columns
}

// exportMemo holds what the parsers made of an export's texts, by text, for
// one form of export in one file: a month's export repeats its dates, sums
// and counts thousands of times (a million rows hold some ten thousand
// distinct amounts and three thousand dates), and each is parsed once. The
// parsers are pure functions of the text, so a value from the memo is the
// value parsing gives.
type exportMemo struct {
	nums  []map[string]parsedNum // per field of the layout's nums
	dates map[string]dateRead    // the date as written (not a SIPD-RI period)
}

// parsedNum is a number read from a text; ok false when it could not be.
type parsedNum struct {
	d  decimal128.Num
	ok bool
}

// dateRead is a date of issue as it is stored (an XLSX date cell as
// 2006-01-02) and as read.
type dateRead struct{ text, iso string }

// memoMax bounds each memo: an export of all-distinct amounts holds no
// more than this many of them (a few megabytes), and parses the rest.
var memoMax = 1 << 16 // a variable for the tests

// newExportMemo is an empty memo for a layout of n numbers.
func newExportMemo(n int) *exportMemo {
	m := &exportMemo{dates: map[string]dateRead{}}
	for range n {
		m.nums = append(m.nums, map[string]parsedNum{})
	}
	return m
}

// keep remembers v for text while the memo has room.
func keep[V any](m map[string]V, text string, v V) {
	if len(m) < memoMax {
		m[strings.Clone(text)] = v // the text may be the reader's buffer
	}
}

// exportHeaderFindings reports the required columns an export lacks; for a
// SIPD-RI export, whose header has changed shape over the years, also the
// columns it was read by and the amount columns it could have been.
func exportHeaderFindings(f *inputs.File, sheetName string, rd *ijus.Reader, log *finding.Log) {
	if rd.Form.Name == SIPDForm {
		sipdHeaderFindings(f, sheetName, rd, log)
		return
	}
	if len(rd.Columns.Missing) == 0 {
		return
	}
	title := rd.Form.Title
	log.Add(finding.Finding{Severity: finding.Sedang, Rule: rd.Form.Name + ".kolom", File: f.Path, Sheet: sheetName,
		Cell:     sheet.Ref(1, rd.HeaderRow),
		Raw:      strings.Join(rd.Header, " | "),
		Expected: "kolom " + strings.Join(rd.Columns.Missing, ", "),
		Message:  strings.ToUpper(title[:1]) + title[1:] + " tanpa kolom wajib " + strings.Join(rd.Columns.Missing, ", ") + "; baris-barisnya disimpan, tetapi isian itu kosong untuk semuanya."})
}

// sipdHeaderFindings: a SIPD-RI export without a column the reconciliation
// needs is not used at all (the month falls back to Keuangan's workbook),
// and the finding names what was found and what was expected; an amount a
// second column also looks like is named beside the one used.
func sipdHeaderFindings(f *inputs.File, sheetName string, rd *ijus.Reader, log *finding.Log) {
	found := func() string {
		var out []string
		for i, label := range rd.Header {
			for field, at := range rd.Columns.Field {
				if at == i {
					out = append(out, fmt.Sprintf("%q (%s)", strings.TrimSpace(label), sipd.Labels[field]))
				}
			}
		}
		return strings.Join(out, ", ")
	}
	if missing := sipd.Missing(rd.Columns); len(missing) > 0 {
		var want, all []string
		for _, m := range missing {
			want = append(want, sipd.Labels[m])
		}
		for _, r := range sipd.Required {
			all = append(all, sipd.Labels[r])
		}
		log.Add(finding.Finding{Severity: finding.Tinggi, Rule: "sipd.kolom", File: f.Path, Sheet: sheetName,
			Cell:     sheet.Ref(1, rd.HeaderRow),
			Raw:      finding.Redact(strings.Join(rd.Header, " | ")),
			Expected: "kolom " + strings.Join(all, ", "),
			Message: "Susunan kolom ekspor SIPD-RI ini berbeda dari yang dikenal: kolom " + strings.Join(want, ", ") + " tidak ditemukan. " +
				"Kolom yang dikenali: " + found() + ". Ekspor ini tidak dipakai sebagai realisasi resmi (barisnya tetap disimpan di raw.sipd); " +
				"bulan yang dicakupnya dicocokkan dengan laporan Keuangan bila ada. Mohon ekspor ulang dari SIPD-RI dengan kolom lengkap, atau beri judul kolom yang jelas."})
	}
	for _, i := range rd.Columns.Extra {
		field := rd.Form.Would(rd.Header[i])
		at, used := rd.Columns.Field[field]
		if !used || !slices.Contains([]string{sipd.FieldPagu, sipd.FieldPaguMurni, sipd.FieldRealLalu, sipd.FieldRealBulan, sipd.FieldRealisasi}, field) {
			continue
		}
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "sipd.kolom_ganda", File: f.Path, Sheet: sheetName,
			Cell:     sheet.Ref(i+1, rd.HeaderRow),
			Raw:      finding.Redact(strings.TrimSpace(rd.Header[i])),
			Expected: "satu kolom " + sipd.Labels[field],
			Message: fmt.Sprintf("Kolom %q juga tampak sebagai %s; yang dipakai kolom %q (%s). Periksa bahwa itu kolom yang benar; kolom ini disimpan sebagai kolom lain.",
				strings.TrimSpace(rd.Header[i]), sipd.Labels[field], strings.TrimSpace(rd.Header[at]), sheet.Ref(at+1, rd.HeaderRow))})
	}
}

// readExportCSV reads a CSV file: a licence export, or skipped with a note.
// It reads the bytes that were hashed and no more — a file still being
// copied grows past them — and hashes them as it reads: a file whose
// content changed since it was hashed is refused, none of its rows kept.
// The row a file still being written was cut in (the bytes hashed end
// inside a line, and the file has grown since) is a finding, not a row.
func readExportCSV(ctx context.Context, l *loader, f *inputs.File, file *os.File, log *finding.Log) (FileResult, error) {
	res := FileResult{File: *f}
	h := sha256.New()
	var last lastByte
	r := io.TeeReader(io.LimitReader(file, f.Size), io.MultiWriter(h, &last))
	rd := ijus.Reader{Forms: readerForms}
	var loadErr error
	var held []string // the row read last, kept back until the next one shows it whole
	heldRow := 0
	take := func(row int, cells []string) error {
		res.Cells += len(cells)
		rec, ok, err := rd.Row(row, cells)
		if err != nil || !ok {
			return err
		}
		if err := l.addExport(ctx, f, "", rec, false, false); err != nil {
			loadErr = err
			return err
		}
		res.Values++
		return nil
	}
	// The file is scanned into blocks of rows in a goroutine of its own
	// while the rows are parsed into Arrow batches here, as a sheet's are
	// (readExportSheet): on a million-row export the one took a core's
	// second beside the other's four.
	blocks := make(chan *rowBlock, 2)
	var stop atomic.Bool
	var err error
	go func() {
		defer close(blocks) // after err is set: read once the blocks are done
		blk := newRowBlock()
		_, err = ijus.CSV(r, func(row int, cells []string) error {
			if stop.Load() {
				return errStopped
			}
			if blk.add(row, cells) {
				blocks <- blk.done()
				blk = newRowBlock()
			}
			return nil
		})
		if blk.len() > 0 {
			blocks <- blk.done()
		}
	}()
	var takeErr error
	for blk := range blocks {
		for i := 0; i < blk.len() && takeErr == nil; i++ {
			if held != nil {
				if takeErr = take(heldRow, held); takeErr != nil {
					stop.Store(true) // the scanner stops; its blocks are drained
					break
				}
			}
			held, heldRow = blk.cells(i), blk.rows[i]
		}
	}
	if takeErr != nil {
		err = takeErr
	}
	grown := false
	if st, serr := file.Stat(); serr == nil && st.Size() > f.Size {
		grown = true
	}
	var changed error
	if err == nil && hex.EncodeToString(h.Sum(nil)) != f.SHA256 {
		changed = errChanged
	}
	if err != nil && !errors.Is(err, ijus.ErrNoHeader) && held != nil && loadErr == nil {
		// the file broke off after this row: the row itself was whole
		if terr := take(heldRow, held); terr != nil && loadErr == nil {
			loadErr = terr
		}
	}
	if err == nil && changed == nil && held != nil {
		if grown && last.b != '\n' && last.b != '\r' {
			log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.terpotong", File: f.Path, Cell: fmt.Sprintf("baris %d", heldRow),
				Raw:     finding.Redact(strings.Join(held, ",")),
				Message: "Baris terakhir terpotong: berkas masih ditulis saat dibaca. Baris ini tidak dipakai; jalankan ulang setelah berkas selesai disalin."})
		} else {
			err = take(heldRow, held)
		}
	}
	if changed != nil && loadErr == nil {
		loadErr = changed
	}
	if loadErr = l.endExport(ctx, loadErr); loadErr != nil && loadErr != changed {
		return res, loadErr
	}
	if changed != nil {
		l.dropExports()
		f.Status, f.Note = inputs.Failed, "berubah selagi dibaca"
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berubah", File: f.Path,
			Message: "Isi berkas berubah selagi dibaca (mungkin masih disalin atau disimpan); tidak ada barisnya yang dipakai. Jalankan ulang setelah berkas selesai disalin."})
		res.Cells, res.Values = 0, 0
		res.File = *f
		return res, nil
	}
	if grown && err == nil {
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.bertambah", File: f.Path,
			Message: fmt.Sprintf("Berkas bertambah selagi dibaca (masih disalin?): yang dibaca hanya %d byte pertama, isi saat berkas di-hash. Jalankan ulang setelah berkas selesai disalin.", f.Size)})
	}
	switch {
	case errors.Is(err, ijus.ErrNoHeader) || (err == nil && rd.HeaderRow == 0):
		f.Status, f.Note = inputs.Skipped, "CSV bukan ekspor izin"
		log.Add(finding.Finding{Severity: finding.Info, Rule: "baca.format", File: f.Path,
			Expected: "ekspor I-Jus Melon dengan kolom NIK dan nomor izin atau tanggal terbit, ekspor OSS dengan kolom NIB dan KBLI, proyek atau skala usaha, atau ekspor SIPD-RI dengan kolom sub kegiatan dan kode rekening",
			Message:  "Berkas CSV ini bukan ekspor izin I-Jus Melon, ekspor OSS, maupun ekspor realisasi SIPD-RI; dilewati."})
		res.Cells, res.Values = 0, 0
	case err != nil:
		f.Status, f.Note = inputs.Failed, "CSV rusak"
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path,
			Message: "Berkas CSV tidak dapat dibaca sampai selesai (" + err.Error() + "); baris sebelumnya sudah disimpan."})
	default:
		res.Forms = []string{rd.Form.Name}
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
// hold the export's header, streaming it row by row; form is the export's
// form, or "" when it was none.
func readExportSheet(ctx context.Context, l *loader, f *inputs.File, wb *sheet.Workbook, index int, name, stored string, log *finding.Log) (values, cells int, form string, err error) {
	peek := ijus.Reader{Forms: readerForms}
	isExport := false
	if err := wb.StreamRows(name, func(r int, cells []string) (bool, error) {
		_, _, err := peek.Row(r, cells)
		isExport = peek.HeaderRow > 0
		return !isExport && err == nil, nil
	}); err != nil || !isExport {
		return 0, 0, "", nil // not an export: the ordinary reader will say what it is
	}
	rd := ijus.Reader{Forms: readerForms}
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
				if err := l.addExport(ctx, f, stored, rec, date1904, true); err != nil {
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
		return n, cellCount, rd.Form.Name, l.endExport(ctx, loadErr)
	}
	if err == nil {
		err = rowErr
	}
	if err != nil {
		// The sheet broke off (a damaged part, or one that inflates past
		// what it declares): none of the file's licence rows are used,
		// neither those streamed nor those waiting.
		l.endExport(ctx, err)
		l.dropExports()
		f.Status, f.Note = inputs.Failed, "lembar ekspor rusak"
		log.Add(finding.Finding{Severity: finding.Sedang, Rule: "baca.berkas", File: f.Path, Sheet: stored,
			Expected: "lembar ekspor yang utuh",
			Message:  "Lembar " + rd.Form.Title + " tidak dapat dibaca sampai selesai (" + err.Error() + "); tidak ada baris ekspor berkas ini yang dipakai."})
		return 0, cellCount, rd.Form.Name, nil
	}
	if err := l.endExport(ctx, nil); err != nil {
		return n, cellCount, rd.Form.Name, err
	}
	if err := l.sheets.Add(f.ID, index, stored, rd.Form.Name, nil, maxRow, maxCol, cellCount); err != nil {
		return n, cellCount, rd.Form.Name, err
	}
	exportHeaderFindings(f, stored, &rd, log)
	return n, cellCount, rd.Form.Name, nil
}

// errStopped ends the scanning of a CSV whose rows could not be taken.
var errStopped = errors.New("pembacaan dihentikan")

// errChanged is a file whose bytes are not those hashed.
var errChanged = errors.New("isi berkas berubah sejak di-hash")

// lastByte remembers the last byte written to it.
type lastByte struct{ b byte }

func (l *lastByte) Write(p []byte) (int, error) {
	if len(p) > 0 {
		l.b = p[len(p)-1]
	}
	return len(p), nil
}
