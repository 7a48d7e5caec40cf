package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
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
	path := filepath.Join(dir, name)
	if err := b.F.SaveAs(path); err != nil {
		return err
	}
	written, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, err := canonicalContentTypes(written, b.streams())
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

// canonicalContentTypes sorts the Default entries of [Content_Types].xml of
// a workbook with a chart: excelize adds the image types then, from a map,
// in a different order every run. Every other part is copied as written;
// a workbook without a chart is returned as it is.
//
// A workbook with streamed sheets (Stream) has its parts put in the order
// of their names: excelize writes the streamed ones first, in the order of
// a map, a different one every run.
func canonicalContentTypes(b []byte, streamed bool) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	charts := false
	for _, f := range zr.File {
		charts = charts || strings.HasPrefix(f.Name, "xl/charts/")
	}
	if !charts && !streamed {
		return b, nil // without a chart excelize adds no image types: nothing to sort
	}
	parts := zr.File
	if streamed {
		parts = slices.Clone(parts)
		slices.SortFunc(parts, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range parts {
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

// streams tells whether any sheet was written by Stream.
func (b *Book) streams() bool {
	for _, l := range b.layout {
		if l.streamed {
			return true
		}
	}
	return false
}
