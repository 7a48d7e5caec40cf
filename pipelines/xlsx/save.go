package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Save writes the workbook to dir/name. Same content, same bytes: excelize
// writes zip entries in a fixed order with a fixed time.
func (b *Book) Save(dir, name string) error {
	defer b.F.Close()
	if b.err != nil {
		return b.err
	}
	if err := b.fitRows(); err != nil {
		return err
	}
	if err := b.paginate(); err != nil {
		return err
	}
	if err := b.dimensions(); err != nil {
		return err
	}
	// written into memory and finished there, then to the file once
	path := filepath.Join(dir, name)
	b.F.Path = path // (excelize types the workbook by its extension, as SaveAs does)
	var written bytes.Buffer
	if _, err := b.F.WriteTo(&written); err != nil {
		return err
	}
	out, err := finishParts(written.Bytes(), b.rows)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		return err
	}
	return os.Chmod(path, 0o644) // excelize creates the file executable; a workbook is a document

}

// dimensions states each sheet's real extent in its <dimension>: a
// streaming reader (openpyxl read-only) trusts it and would see one cell.
func (b *Book) dimensions() error {
	for _, sheet := range b.F.GetSheetList() {
		l := b.layout[sheet]
		if l == nil || l.maxCol == 0 || l.streamed { // Stream stated it
			continue
		}
		if err := b.F.SetSheetDimension(sheet, "A1:"+Ref(l.maxCol, l.maxRow)); err != nil {
			return err
		}
	}
	return nil
}

var defaultTypeRe = regexp.MustCompile(`<Default [^>]*?(?:/>|></Default>)`)

// finishParts sorts the Default entries of [Content_Types].xml of a
// workbook with a chart (excelize adds the image types then, from a map, in
// a different order every run), and puts the rows of the sheets written by
// Stream (rows, by sheet) into their sheets' empty <sheetData>. Every other
// part is copied as written; a workbook with neither is returned as it is.
func finishParts(b []byte, rows map[string][]byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	charts := false
	for _, f := range zr.File {
		charts = charts || strings.HasPrefix(f.Name, "xl/charts/")
	}
	if !charts && len(rows) == 0 {
		return b, nil // without a chart excelize adds no image types: nothing to sort
	}
	streamed := map[string][]byte{} // part name → rows
	if len(rows) > 0 {
		names, err := sheetParts(zr)
		if err != nil {
			return nil, err
		}
		for sheet, r := range rows {
			part, ok := names[sheet]
			if !ok {
				return nil, fmt.Errorf("%s: no part for the streamed sheet", sheet)
			}
			streamed[part] = r
		}
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if r, ok := streamed[f.Name]; ok {
			if err := spliceRows(zw, f, r); err != nil {
				return nil, err
			}
			continue
		}
		if f.Name != "[Content_Types].xml" {
			raw, err := f.OpenRaw()
			if err != nil {
				return nil, err
			}
			w, err := zw.CreateRaw(&f.FileHeader)
			if err != nil {
				return nil, err
			}
			if _, err := io.Copy(w, raw); err != nil {
				return nil, err
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		xml, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		defaults := defaultTypeRe.FindAll(xml, -1)
		sort.Slice(defaults, func(i, j int) bool { return bytes.Compare(defaults[i], defaults[j]) < 0 })
		first := defaultTypeRe.FindIndex(xml)
		if first != nil {
			rest := defaultTypeRe.ReplaceAll(xml[first[0]:], nil)
			xml = append(append(append([]byte{}, xml[:first[0]]...), bytes.Join(defaults, nil)...), rest...)
		}
		h := f.FileHeader
		w, err := zw.CreateHeader(&h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(xml); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// spliceRows writes the sheet part f with rows as its <sheetData>, which
// excelize wrote empty: a cell set on a streamed sheet is an error.
func spliceRows(zw *zip.Writer, f *zip.File, rows []byte) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	sheet, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return err
	}
	empty := []byte("<sheetData></sheetData>")
	i := bytes.Index(sheet, empty)
	if i < 0 {
		empty = []byte("<sheetData/>")
		i = bytes.Index(sheet, empty)
	}
	if i < 0 {
		return fmt.Errorf("%s: a streamed sheet has cells of its own", f.Name)
	}
	h := f.FileHeader
	w, err := zw.CreateHeader(&h)
	if err != nil {
		return err
	}
	for _, part := range [][]byte{sheet[:i], []byte("<sheetData>"), rows, []byte("</sheetData>"), sheet[i+len(empty):]} {
		if _, err := w.Write(part); err != nil {
			return err
		}
	}
	return nil
}

// sheetParts maps each sheet's name to its part in the package: the
// workbook names the relationship, its relationships the part.
func sheetParts(zr *zip.Reader) (map[string]string, error) {
	read := func(name string, v any) error {
		f, err := zr.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		return xml.NewDecoder(f).Decode(v)
	}
	var book struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := read("xl/workbook.xml", &book); err != nil {
		return nil, fmt.Errorf("xl/workbook.xml: %w", err)
	}
	if err := read("xl/_rels/workbook.xml.rels", &rels); err != nil {
		return nil, fmt.Errorf("xl/_rels/workbook.xml.rels: %w", err)
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		target[r.ID] = t
	}
	out := map[string]string{}
	for _, s := range book.Sheets {
		if t, ok := target[s.ID]; ok {
			out[s.Name] = t
		}
	}
	return out, nil
}
