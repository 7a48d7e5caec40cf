package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestParallelReadingChangesNothing: reading the inputs one file at a time
// or several at once gives the same raw tables, row for row in the same
// order (the order the files were found), the same findings and the same
// workbooks, byte for byte.
func TestParallelReadingChangesNothing(t *testing.T) {
	in := t.TempDir()
	copyTree(t, bundledInputs(t), in, true)
	for _, m := range []string{"01", "02", "03"} {
		copyTree(t, filepath.Join(bundledInputs(t), "2018", m), filepath.Join(in, "2018", m), false)
	}
	const fingerprint = `SELECT
	  (SELECT count(*) || ':' || md5(string_agg(hash(file_id, sheet, row_no, col_no, raw_text, display_text, num_format)::VARCHAR, ',' ORDER BY rowid)) FROM raw.cells),
	  (SELECT count(*) || ':' || md5(string_agg(hash(file_id, sheet, form, row_no, field, year, cell, raw_text, num, status, norm)::VARCHAR, ',' ORDER BY rowid)) FROM raw.values),
	  (SELECT count(*) || ':' || md5(string_agg(hash(file_id, sheet, row_no, row_kind, row_key, label)::VARCHAR, ',' ORDER BY rowid)) FROM raw.rows),
	  (SELECT count(*) || ':' || md5(string_agg(hash(file_id, source, key, value, sheet, cell)::VARCHAR, ',' ORDER BY rowid)) FROM raw.identity),
	  (SELECT count(*) || ':' || md5(string_agg(hash(seq, severity, rule, file, sheet, cell, message)::VARCHAR, ',' ORDER BY seq)) FROM mart.review)`
	var prints [][]string
	var books []map[string][]byte
	for _, readers := range []int{1, 3} {
		out := t.TempDir()
		sum, err := Run(context.Background(), Options{InputsDir: in, OutputsDir: out, Period: "2018-03", Version: "test", Readers: readers})
		if err != nil {
			t.Fatal(err)
		}
		if len(sum.Files) < 20 {
			t.Fatalf("%d files read; the test wants enough to interleave", len(sum.Files))
		}
		prints = append(prints, query(t, out, fingerprint)[0])
		// Files go into the warehouse in the order they were found.
		if n := query(t, out, `SELECT count(*) FROM (SELECT file_id, lag(file_id) OVER (ORDER BY rowid) AS before FROM raw.cells) WHERE file_id < before`); n[0][0] != "0" {
			t.Errorf("%d readers: %s cells of a file loaded after a later file's", readers, n[0][0])
		}
		b := map[string][]byte{}
		for _, w := range sum.Workbooks {
			data, err := os.ReadFile(filepath.Join(out, w))
			if err != nil {
				t.Fatal(err)
			}
			b[w] = data
		}
		books = append(books, b)
	}
	for i, table := range []string{"raw.cells", "raw.values", "raw.rows", "raw.identity", "mart.review"} {
		if prints[0][i] != prints[1][i] {
			t.Errorf("%s differs between one reader and three: %s vs %s", table, prints[0][i], prints[1][i])
		}
	}
	if len(books[0]) != len(books[1]) {
		t.Fatalf("workbooks: %d vs %d", len(books[0]), len(books[1]))
	}
	for name, data := range books[0] {
		if !bytes.Equal(data, books[1][name]) {
			t.Errorf("%s differs between one reader and three", name)
		}
	}
}
