package ingest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"kinerja/pipelines/finding"
	"kinerja/pipelines/inputs"
	"kinerja/pipelines/warehouse"
)

// Earlier is the warehouse of an earlier run, attached read-only to the one
// being built. A file it read with the same content (same path, size and
// SHA-256) is not read again: its raw rows are copied table to table, and
// its findings and counts taken from it, which is what reading it again
// would give. Whether the earlier warehouse was read the way this run
// reads (the same program, limits and NIK key) is the caller's to check,
// before it is given to Read.
type Earlier struct {
	Schema string // the catalog it is attached as
	// Converted lets .xls and .ods be taken too: the same LibreOffice
	// converted them.
	Converted bool
	// Exports lets licence exports be taken too: their NIK were hashed
	// with the same key.
	Exports bool
	files   map[string]earlierFile // by path
	taken   map[string]earlierFile // what Plan took, by path
}

type earlierFile struct {
	id       int
	sha      string
	size     int64
	status   string
	note     string
	savedAt  time.Time
	res      FileResult
	findings []finding.Finding
	deps     []string // the files holding the content of its repeated export rows
}

// ErrCopy is returned by Read when a copy from the earlier warehouse
// failed: the warehouse being built holds part of it, and the reading is
// to begin again without the earlier warehouse.
var ErrCopy = errors.New("menyalin dari gudang data sebelumnya gagal")

// perFile are the raw tables whose rows are a file's own, by their
// file_id: every one but the list of files and the findings (which the run
// numbers as a whole).
func perFile(db *warehouse.DB) []string {
	var out []string
	for _, t := range db.Tables("raw") {
		if t == "raw.files" || t == "raw.findings" {
			continue
		}
		if slices.ContainsFunc(db.Columns(t), func(c warehouse.Col) bool { return c.Name == "file_id" }) {
			out = append(out, t)
		}
	}
	return out
}

// LoadEarlier lists what the warehouse attached as schema read: its files
// read whole and the findings their reading met.
func LoadEarlier(ctx context.Context, db *warehouse.DB, schema string) (*Earlier, error) {
	e := &Earlier{Schema: schema, files: map[string]earlierFile{}}
	byID := map[int]string{}
	rows, err := db.QueryContext(ctx, fmt.Sprintf(`SELECT file_id, path, size_bytes, sha256, status, coalesce(note, ''), saved_at,
		coalesce(sheet_count, 0), coalesce(forms, ''), coalesce(cell_count, 0), coalesce(value_count, 0)
		FROM %s.raw.files WHERE status = ? ORDER BY file_id`, schema), inputs.Read)
	if err != nil {
		return nil, fmt.Errorf("gudang data sebelumnya: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var f earlierFile
		var path, forms string
		var saved sql.NullTime
		if err := rows.Scan(&f.id, &path, &f.size, &f.sha, &f.status, &f.note, &saved,
			&f.res.Sheets, &forms, &f.res.Cells, &f.res.Values); err != nil {
			return nil, fmt.Errorf("gudang data sebelumnya: %w", err)
		}
		if saved.Valid {
			f.savedAt = saved.Time
		}
		if forms != "" {
			f.res.Forms = strings.Split(forms, ",")
		}
		e.files[path] = f
		byID[f.id] = path
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("gudang data sebelumnya: %w", err)
	}
	found, err := db.QueryContext(ctx, fmt.Sprintf(`SELECT file_id, severity, rule, coalesce(file, ''), coalesce(sheet, ''), coalesce(cell, ''),
		coalesce(raw_text, ''), coalesce(expected, ''), message FROM %s.raw.findings WHERE file_id IS NOT NULL ORDER BY seq`, schema))
	if err != nil {
		return nil, fmt.Errorf("gudang data sebelumnya: %w", err)
	}
	defer found.Close()
	for found.Next() {
		var id int
		var x finding.Finding
		if err := found.Scan(&id, &x.Severity, &x.Rule, &x.File, &x.Sheet, &x.Cell, &x.Raw, &x.Expected, &x.Message); err != nil {
			return nil, fmt.Errorf("gudang data sebelumnya: %w", err)
		}
		if path, ok := byID[id]; ok {
			f := e.files[path]
			f.findings = append(f.findings, x)
			e.files[path] = f
		}
	}
	if err := found.Err(); err != nil {
		return nil, err
	}
	// A file whose export rows repeat rows of a later file keeps only their
	// places (raw.ijus_sama, raw.oss_sama): it can be taken only with that
	// file.
	var union []string
	for _, t := range exportTables {
		union = append(union, fmt.Sprintf(`SELECT DISTINCT s.file_id, i.file_id FROM %[1]s.%[2]s s
		JOIN %[1]s.%[3]s i ON i.isi_a = s.isi_a AND i.isi_b = s.isi_b WHERE i.file_id <> s.file_id`, schema, t.sama, t.isi))
	}
	deps, err := db.QueryContext(ctx, strings.Join(union, "\nUNION\n"))
	if err != nil {
		return nil, fmt.Errorf("gudang data sebelumnya: %w", err)
	}
	defer deps.Close()
	for deps.Next() {
		var of, on int
		if err := deps.Scan(&of, &on); err != nil {
			return nil, fmt.Errorf("gudang data sebelumnya: %w", err)
		}
		path, ok := byID[of]
		target, found := byID[on]
		if !ok {
			continue
		}
		f := e.files[path]
		if !found {
			target = "\x00" // a file the earlier warehouse did not read whole: never taken
		}
		f.deps = append(f.deps, target)
		e.files[path] = f
	}
	return e, deps.Err()
}

// Plan decides which of files are taken from the earlier warehouse: those
// it read with the same content under the same name, whose repeated
// export rows' content is in files taken too. It is called once, with the
// run's files, before Convert and Read.
func (e *Earlier) Plan(files []inputs.File) {
	if e == nil {
		return
	}
	e.taken = map[string]earlierFile{}
	last := 0
	for _, f := range files {
		// taken files keep their order: a file whose earlier number is below
		// one taken before it (names that sort otherwise once their NIK is
		// masked) is read, so that "a later file" means what it meant
		if p, ok := e.match(f); ok && p.id > last {
			e.taken[f.Path] = p
			last = p.id
		}
	}
	for changed := true; changed; {
		changed = false
		for path := range e.taken {
			for _, d := range e.files[path].deps {
				if _, ok := e.taken[d]; !ok {
					delete(e.taken, path)
					changed = true
					break
				}
			}
		}
	}
}

// Files is the number of files the earlier warehouse read whole.
func (e *Earlier) Files() int {
	if e == nil {
		return 0
	}
	return len(e.files)
}

// take is what the earlier warehouse holds of f, when Plan took it.
func (e *Earlier) take(f inputs.File) (earlierFile, bool) {
	if e == nil {
		return earlierFile{}, false
	}
	p, ok := e.taken[f.Path]
	return p, ok
}

// match is what the earlier warehouse holds of f, when it read the same
// content under the same name; a file it failed, skipped or never saw is
// read.
func (e *Earlier) match(f inputs.File) (earlierFile, bool) {
	if e == nil || f.Status != inputs.Read || (f.Convert && !e.Converted) {
		return earlierFile{}, false
	}
	p, ok := e.files[f.Path]
	if !ok || p.sha != f.SHA256 || p.size != f.Size || (!e.Exports && slices.ContainsFunc(p.res.Forms, func(form string) bool { return slices.Contains(exportForms, form) })) {
		return earlierFile{}, false
	}
	return p, true
}

// Takes tells whether f's rows come from the earlier warehouse: it is
// neither converted nor read.
func (e *Earlier) Takes(f inputs.File) bool {
	_, ok := e.take(f)
	return ok
}

// result is f as reading it again would leave it: its status, note and
// save time, its counts, and its findings, named with f's new number.
func (p earlierFile) result(f inputs.File) (FileResult, []finding.Finding) {
	f.Status, f.Note, f.SavedAt = p.status, p.note, p.savedAt
	res := p.res
	res.File = f
	res.Reused = true
	found := make([]finding.Finding, len(p.findings))
	for i, x := range p.findings {
		x.FileID = f.ID
		found[i] = x
	}
	res.Findings = len(found)
	return res, found
}

// copyRun is a run of files taken from the earlier warehouse whose numbers
// there, first to last, are consecutive and all shifted by delta here:
// their rows are copied with one statement per table.
type copyRun struct {
	first, last int // earlier file_id
	delta       int // this run's file_id minus the earlier one
	files       int
}

// extend adds a file numbered old there and id here to the run, when it
// continues it.
func (c *copyRun) extend(old, id int) bool {
	if c.files == 0 {
		*c = copyRun{first: old, last: old, delta: id - old, files: 1}
		return true
	}
	if old != c.last+1 || id-old != c.delta {
		return false
	}
	c.last, c.files = old, c.files+1
	return true
}

// copy inserts the run's rows of every per-file raw table but the whole
// export rows (copyWhole, once every file is in), in the earlier
// warehouse's order, and moves the run to done. The statements go as one,
// on one connection: a large export read meanwhile waits to load until the
// copy is done, instead of taking the connection between two tables and
// holding it until it is read whole.
func (c *copyRun) copy(ctx context.Context, db *warehouse.DB, schema string, done *[]copyRun) error {
	if c.files == 0 {
		return nil
	}
	var statements []string
	for _, table := range perFile(db) {
		if slices.ContainsFunc(exportTables, func(t struct{ isi, sama string }) bool { return t.isi == table }) {
			continue
		}
		statements = append(statements, c.insert(db, schema, table, "e.file_id BETWEEN %d AND %d"))
	}
	if _, err := db.ExecContext(ctx, strings.Join(statements, ";\n")); err != nil {
		return fmt.Errorf("%w: baris raw: %w", ErrCopy, err)
	}
	*done = append(*done, *c)
	*c = copyRun{}
	return nil
}

// insert is the statement copying the run's rows of table that where
// (with the run's first and last file) holds.
func (c copyRun) insert(db *warehouse.DB, schema, table, where string) string {
	var names, exprs []string
	for _, col := range db.Columns(table) {
		name := `"` + col.Name + `"`
		names = append(names, name)
		if col.Name == "file_id" {
			name = fmt.Sprintf("e.file_id + %d", c.delta)
		}
		exprs = append(exprs, name)
	}
	return fmt.Sprintf(`INSERT INTO %s (%s) SELECT %s FROM %s.%s e WHERE `+where,
		table, strings.Join(names, ", "), strings.Join(exprs, ", "), schema, table, c.first, c.last)
}

// copyWhole copies the whole export rows of the copied runs, once the files
// read are in: a row whose content a later file read holds again (next
// month's export) goes in as its place only (raw.ijus_sama), not whole
// only to be folded away.
func copyWhole(ctx context.Context, db *warehouse.DB, schema string, runs []copyRun) error {
	for _, c := range runs {
		for _, t := range exportTables {
			later := fmt.Sprintf(`EXISTS (SELECT 1 FROM %s n WHERE n.isi_a = e.isi_a AND n.isi_b = e.isi_b AND n.file_id > e.file_id + %d)`, t.isi, c.delta)
			q := fmt.Sprintf(`INSERT INTO %s (file_id, sheet, row_no, isi_a, isi_b)
			SELECT e.file_id + %d, e.sheet, e.row_no, e.isi_a, e.isi_b FROM %s.%s e
			WHERE e.file_id BETWEEN %d AND %d AND %s`, t.sama, c.delta, schema, t.isi, c.first, c.last, later)
			if _, err := db.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("%w: baris ekspor: %w", ErrCopy, err)
			}
			// The rows still whole are counted on their hashes first: when
			// a later export repeats them all (next month's full export),
			// none is, and their wide columns are not read at all.
			var whole int64
			if err := db.QueryRowContext(ctx, fmt.Sprintf(`SELECT count(*) FROM %s.%s e WHERE e.file_id BETWEEN %d AND %d AND NOT %s`,
				schema, t.isi, c.first, c.last, later)).Scan(&whole); err != nil {
				return fmt.Errorf("%w: baris ekspor: %w", ErrCopy, err)
			}
			if whole == 0 {
				continue
			}
			if _, err := db.ExecContext(ctx, c.insert(db, schema, t.isi, "e.file_id BETWEEN %d AND %d AND NOT "+strings.ReplaceAll(later, "%", "%%"))); err != nil {
				return fmt.Errorf("%w: baris ekspor: %w", ErrCopy, err)
			}
		}
	}
	return nil
}

func (e *Earlier) schema() string {
	if e == nil {
		return ""
	}
	return e.Schema
}
