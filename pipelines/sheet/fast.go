package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
	"time"
)

// The fast path reads a worksheet's rows straight from the bytes of its XML,
// without encoding/xml: excelize's row stream spends fifteen to twenty times
// the time it takes to inflate the sheet in the XML decoder (a million-row
// licence export: 62 s against 2,3 s). It gives exactly what excelize's
// Rows().Columns(RawCellValue) gives — the differential tests hold it to
// that — for the one thing it is used for, a sheet's values as stored.
// Anything it does not expect makes StreamRows fall back to excelize.
//
// Inflating and scanning overlap: one goroutine inflates the sheet into
// chunks, the caller's scans them. Memory is a few chunks and the longest
// row, whatever the size of the sheet; the shared strings are held whole,
// as every reader must.

// errFallback makes StreamRows read the sheet with excelize instead.
var errFallback = errors.New("sheet: not for the fast path")

// maxRows is the last row a sheet may have (Excel's limit, and excelize's).
const maxRows = 1 << 20

// fastParts are the parts of the workbook the fast path needs, found once.
type fastParts struct {
	sheets   map[string]*zip.File // by sheet name
	names    []string             // in workbook order
	date1904 bool
	sst      []string
	err      error
}

func (w *Workbook) fastParts() (*fastParts, error) {
	if w.fast != nil || w.zr == nil {
		if w.fast == nil {
			return nil, errFallback
		}
		return w.fast, w.fast.err
	}
	p := &fastParts{sheets: map[string]*zip.File{}}
	w.fast = p
	files := map[string]*zip.File{}
	for _, f := range w.zr.File {
		files[strings.TrimPrefix(f.Name, "/")] = f
	}
	// xl/_rels/.rels names the workbook part; almost always xl/workbook.xml.
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	book := "xl/workbook.xml"
	if f, ok := files["_rels/.rels"]; ok {
		if err := decodePart(f, &rels); err == nil {
			for _, r := range rels.Rel {
				if strings.HasSuffix(r.Type, "/officeDocument") {
					book = strings.TrimPrefix(path.Clean("/"+r.Target), "/")
				}
			}
		}
	}
	var wb struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
			RIDs string `xml:"http://purl.oclc.org/ooxml/officeDocument/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	bf, ok := files[book]
	if !ok {
		p.err = errFallback
		return nil, p.err
	}
	if err := decodePart(bf, &wb); err != nil {
		p.err = errFallback
		return nil, p.err
	}
	rels.Rel = nil
	dir := path.Dir(book)
	if f, ok := files[path.Join(dir, "_rels", path.Base(book)+".rels")]; ok {
		if err := decodePart(f, &rels); err != nil {
			p.err = errFallback
			return nil, p.err
		}
	}
	target := func(t string) string {
		if strings.HasPrefix(t, "/") {
			return strings.TrimPrefix(path.Clean(t), "/")
		}
		return path.Join(dir, t)
	}
	byID := map[string]string{}
	for _, r := range rels.Rel {
		byID[r.ID] = target(r.Target)
		if strings.HasSuffix(r.Type, "/sharedStrings") {
			if f, ok := files[target(r.Target)]; ok {
				sst, err := readSST(f)
				if err != nil {
					p.err = errFallback
					return nil, p.err
				}
				p.sst = sst
			}
		}
	}
	p.date1904 = wb.Pr.Date1904 == "1" || wb.Pr.Date1904 == "true"
	for _, s := range wb.Sheets {
		p.names = append(p.names, s.Name)
		id := s.RID
		if id == "" {
			id = s.RIDs
		}
		if f, ok := files[byID[id]]; ok {
			p.sheets[s.Name] = f
		}
	}
	return p, nil
}

// modifiedFromParts is Modified read from docProps/core.xml.
func (w *Workbook) modifiedFromParts() time.Time {
	var core struct {
		Modified string `xml:"modified"`
	}
	for _, f := range w.zr.File {
		if strings.TrimPrefix(f.Name, "/") == "docProps/core.xml" {
			if decodePart(f, &core) != nil {
				return time.Time{}
			}
		}
	}
	t, err := time.Parse(time.RFC3339, strings.TrimSpace(core.Modified))
	if err != nil {
		return time.Time{}
	}
	return t
}

func decodePart(f *zip.File, v any) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(rc).Decode(v)
}

// readSST reads the shared strings: each item's text, its rich-text runs
// joined, phonetic runs left out, _xHHHH_ escapes decoded.
func readSST(f *zip.File) ([]string, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		return nil, err
	}
	var out []string
	for i := 0; ; {
		start, name, attrs, selfClosing, next, ok := nextTag(b, i, "si")
		if !ok {
			break
		}
		_ = attrs
		if selfClosing {
			out = append(out, "")
			i = next
			continue
		}
		end := closeTag(b, next, name)
		if end < 0 {
			return nil, errFallback
		}
		text, ok := itemText(b[next:end])
		if !ok {
			return nil, errFallback
		}
		out = append(out, text)
		i = end
		_ = start
	}
	return out, nil
}

// itemText is the text of a string item (the inside of <si> or <is>): its
// <t>, then the <t> of each <r> run; <rPh> phonetic runs are not text.
func itemText(b []byte) (string, bool) {
	// Most items are one <t> and nothing else.
	if len(b) > 2 && b[0] == '<' && b[1] != '/' {
		if te, sc, ok := tagEnd(b, 0); ok && !sc {
			k := 1
			for k < te && !isSpace(b[k]) && b[k] != '>' {
				k++
			}
			if name := b[1:k]; localName(string(name)) == "t" {
				close := make([]byte, 0, len(name)+3)
				close = append(append(append(close, "</"...), name...), '>')
				if ce := bytes.Index(b[te:], close); ce >= 0 && te+ce+len(close) == len(b) {
					s, ok := unescape(b[te : te+ce])
					if !ok {
						return "", false
					}
					return unescapeBstr(s), true
				}
			}
		}
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			break
		}
		lt += i
		name, _, selfClosing, end, ok := parseTag(b, lt)
		if !ok {
			return "", false
		}
		switch {
		case name == "" || strings.HasPrefix(name, "/"):
			i = end
		case localName(name) == "rPh":
			if selfClosing {
				i = end
				continue
			}
			c := closeTag(b, end, name)
			if c < 0 {
				return "", false
			}
			i = c
		case localName(name) == "t":
			if selfClosing {
				i = end
				continue
			}
			c := closeTagStart(b, end, name)
			if c < 0 {
				return "", false
			}
			s, ok := unescape(b[end:c])
			if !ok {
				return "", false
			}
			sb.WriteString(s)
			i = c
		default:
			i = end
		}
	}
	if sb.Len() == 0 {
		return "", true
	}
	return unescapeBstr(sb.String()), true
}

// fastRows streams the rows of a sheet part through fn as excelize would.
func (w *Workbook) fastRows(f *zip.File, sst []string, borrow bool, fn func(r int, cells []string) (bool, error)) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	// A small sheet (a unit's monthly report) in one chunk of its size:
	// 1 MiB chunks made every Grid of the Renstra workbook allocate four
	// times the memory excelize did.
	size := chunkSize
	if n := f.UncompressedSize64; n < chunkSize {
		size = max(int(n)+1, 4096)
	}
	chunks, stop := inflate(rc, size)
	defer stop()

	buf := make([]byte, 0, 2*size)
	var tg *tags
	done := false
	row := 0 // the rows given to fn so far
	cur := 0 // the number of the last row element read
	var cells []string
	for !done {
		c, more := <-chunks
		if !more {
			done = true
		} else if c.err != nil && c.err != io.EOF {
			return c.err
		} else {
			buf = append(buf, c.b...)
			c.release()
		}
		i := 0
		if tg == nil {
			at := bytes.Index(buf, []byte("sheetData"))
			if at < 0 || bytes.IndexByte(buf[at:], '>') < 0 {
				if done {
					return nil // no sheetData: no rows
				}
				continue
			}
			lt := bytes.LastIndexByte(buf[:at], '<')
			if lt < 0 {
				return errFallback
			}
			prefix := string(buf[lt+1 : at])
			if prefix != "" && !strings.HasSuffix(prefix, ":") {
				return errFallback
			}
			tg = newTags(prefix)
			gt := at + bytes.IndexByte(buf[at:], '>')
			if buf[gt-1] == '/' {
				return nil // <sheetData/>
			}
			i = gt + 1
		}
		// Rows wholly inside buf are read; the last row's start is kept
		// with what follows it until more comes, unless this is the end.
		limit := len(buf)
		if !done {
			limit = lastRowStart(buf, i, tg.row)
			if limit < 0 {
				n := copy(buf, buf[i:]) // no row start yet: a row longer than a chunk
				buf = buf[:n]
				continue
			}
		}
		for i < limit {
			lt := bytes.IndexByte(buf[i:limit], '<')
			if lt < 0 {
				break
			}
			lt += i
			switch {
			case isTag(buf, lt, tg.row):
				end, selfClosing, ok := tagEnd(buf, lt)
				if !ok {
					return errFallback
				}
				n := cur + 1
				bad := false
				if !scanAttrs(buf, lt, end, func(name, value []byte) {
					if string(name) == "r" {
						rn, err := strconv.Atoi(string(value))
						if err != nil {
							bad = true
						} else if rn != 0 {
							n = rn
						}
					}
				}) || bad {
					return errFallback
				}
				if n > maxRows || n <= cur {
					return errFallback // excelize says what is wrong, or reads them its own way
				}
				cur = n
				cells = cells[:0]
				rowEnd := end
				if !selfClosing {
					e := bytes.Index(buf[end:], tg.rowClose)
					if e < 0 {
						return errFallback
					}
					var err error
					if cells, err = readCells(buf[end:end+e], tg, sst, cells, borrow); err != nil {
						return err
					}
					rowEnd = end + e + len(tg.rowClose)
				}
				for row+1 < cur {
					row++
					if more, err := fn(row, nil); err != nil || !more {
						return err
					}
				}
				row++
				var out []string
				switch {
				case len(cells) == 0:
				case borrow:
					out = cells
				default:
					out = append([]string(nil), cells...)
				}
				if more, err := fn(row, out); err != nil || !more {
					return err
				}
				i = rowEnd
			case bytes.HasPrefix(buf[lt:], tg.sheetDataClose):
				return nil
			default:
				if buf[lt+1] != '/' && foreign(buf, lt, tg.row) {
					return errFallback
				}
				end, _, ok := tagEnd(buf, lt)
				if !ok {
					return errFallback // before the last row start, every tag ends
				}
				i = end
			}
		}
		if done {
			return nil
		}
		n := copy(buf, buf[limit:])
		buf = buf[:n]
	}
	return nil
}

// lastRowStart is where the last row start tag begins in buf after from,
// or -1.
func lastRowStart(buf []byte, from int, tag []byte) int {
	for end := len(buf); ; {
		at := bytes.LastIndex(buf[from:end], tag)
		if at < 0 {
			return -1
		}
		at += from
		if k := at + len(tag); k >= len(buf) || buf[k] == '>' || buf[k] == '/' || isSpace(buf[k]) {
			return at // (cut right after the name: still a row start to keep)
		}
		end = at
	}
}
