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
	"unicode/utf8"
	"unsafe"
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

// tags are the byte patterns of one sheet's elements, with its namespace
// prefix ("" or "x:").
type tags struct {
	row, rowClose, c, cClose, v, vClose, f, fClose, is, isClose, sheetDataClose []byte
	isT, tIsClose                                                               []byte // <is><t, </t></is>
}

func newTags(prefix string) *tags {
	b := func(s string) []byte { return []byte(s) }
	return &tags{
		row: b("<" + prefix + "row"), rowClose: b("</" + prefix + "row>"),
		c: b("<" + prefix + "c"), cClose: b("</" + prefix + "c>"),
		v: b("<" + prefix + "v"), vClose: b("</" + prefix + "v>"),
		f: b("<" + prefix + "f"), fClose: b("</" + prefix + "f>"),
		is: b("<" + prefix + "is"), isClose: b("</" + prefix + "is>"),
		sheetDataClose: b("</" + prefix + "sheetData"),
		isT:            b("<" + prefix + "is><" + prefix + "t"), tIsClose: b("</" + prefix + "t></" + prefix + "is>"),
	}
}

// isTag reports whether b at i starts the tag name (followed by a space,
// '>' or '/').
func isTag(b []byte, i int, name []byte) bool {
	if !bytes.HasPrefix(b[i:], name) {
		return false
	}
	k := i + len(name)
	return k < len(b) && (b[k] == '>' || b[k] == '/' || isSpace(b[k]))
}

// foreign reports whether the start tag at lt has the local name of one of
// the sheet's elements under another prefix than the sheet's own: legal
// XML no writer produces, which excelize (matching local names) reads its
// own way.
func foreign(b []byte, lt int, own []byte) bool {
	i := lt + 1
	for i < len(b) && !isSpace(b[i]) && b[i] != '>' && b[i] != '/' {
		i++
	}
	name := b[lt+1 : i]
	if bytes.Equal(name, own[1:]) {
		return false
	}
	local := name
	if k := bytes.LastIndexByte(name, ':'); k >= 0 {
		local = name[k+1:]
	}
	switch string(local) {
	case "row", "c", "v", "f", "is", "sheetData":
		return true
	}
	return false
}

// tagEnd is where the tag starting at lt ends (just past '>'), and whether
// it closes itself; attribute values may hold '>' only inside quotes.
func tagEnd(b []byte, lt int) (end int, selfClosing bool, ok bool) {
	var q byte
	for i := lt + 1; i < len(b); i++ {
		c := b[i]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c == '>':
			return i + 1, b[i-1] == '/', true
		}
	}
	return 0, false, false
}

// scanAttrs calls fn with each attribute of the tag b[lt:end] by local
// name, its value raw (not unescaped).
func scanAttrs(b []byte, lt, end int, fn func(name, value []byte)) bool {
	i := lt + 1
	for i < end && !isSpace(b[i]) && b[i] != '>' && b[i] != '/' {
		i++
	}
	for {
		for i < end && isSpace(b[i]) {
			i++
		}
		if i >= end || b[i] == '>' || b[i] == '/' {
			return true
		}
		ks := i
		for i < end && b[i] != '=' && !isSpace(b[i]) {
			i++
		}
		key := b[ks:i]
		for i < end && isSpace(b[i]) {
			i++
		}
		if i >= end || b[i] != '=' {
			return false
		}
		i++
		for i < end && isSpace(b[i]) {
			i++
		}
		if i >= end || (b[i] != '"' && b[i] != '\'') {
			return false
		}
		q := b[i]
		ve := bytes.IndexByte(b[i+1:end], q)
		if ve < 0 {
			return false
		}
		if k := bytes.IndexByte(key, ':'); k >= 0 {
			if !bytes.Equal(key[:k], []byte("xmlns")) {
				fn(key[k+1:], b[i+1:i+1+ve])
			}
		} else if !bytes.Equal(key, []byte("xmlns")) {
			fn(key, b[i+1:i+1+ve])
		}
		i += ve + 2
	}
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

// readCells reads the cells of one row's inside, appending to cells as
// excelize's Columns does: a cell lands at its reference's column, blanks
// before it filled with "", and a cell with no value and no formula is not
// written. With borrow, values that need no decoding are strings over b
// itself (see StreamRowsTransient).
func readCells(b []byte, tg *tags, sst []string, cells []string, borrow bool) ([]string, error) {
	col := 0
	for i := 0; i < len(b); {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			break
		}
		lt += i
		if q, ok := quickCell(b, lt, tg); ok {
			col++
			if len(q.ref) > 0 {
				c, ok := refColumn(q.ref)
				if !ok {
					return nil, errFallback
				}
				col = c
			}
			var inline string
			if q.isText {
				if inline, ok = inlineText(q.inline, borrow); !ok {
					return nil, errFallback
				}
			}
			val, ok := cellValue(q.typ, q.v, q.isText, inline, sst, borrow)
			if !ok {
				return nil, errFallback
			}
			if val != "" {
				for len(cells) < col-1 {
					cells = append(cells, "")
				}
				cells = append(cells, val)
			}
			i = q.end
			continue
		}
		end, selfClosing, ok := tagEnd(b, lt)
		if !ok {
			return nil, errFallback
		}
		if !isTag(b, lt, tg.c) {
			if b[lt+1] != '/' && b[lt+1] != '!' && b[lt+1] != '?' && foreign(b, lt, tg.c) {
				return nil, errFallback
			}
			if b[lt+1] == '/' || selfClosing || b[lt+1] == '!' || b[lt+1] == '?' {
				i = end
				continue
			}
			// some other element inside a row (extLst): skip it whole
			name, _, _, _, ok := parseTag(b, lt)
			if !ok {
				return nil, errFallback
			}
			c := closeTag(b, end, name)
			if c < 0 {
				return nil, errFallback
			}
			i = c
			continue
		}
		col++
		var ref, typ []byte
		bad := false
		if !scanAttrs(b, lt, end, func(name, value []byte) {
			switch string(name) {
			case "r":
				ref = value
			case "t":
				typ = value
			case "s":
				if _, err := strconv.ParseInt(string(value), 10, 64); err != nil {
					bad = true
				}
			}
		}) || bad {
			return nil, errFallback
		}
		if len(ref) > 0 {
			c, ok := refColumn(ref)
			if !ok {
				return nil, errFallback
			}
			col = c
		}
		var v []byte
		var inline string
		hasV, hasF, hasIS := false, false, false
		i = end
		if !selfClosing {
			e := bytes.Index(b[end:], tg.cClose)
			if e < 0 {
				return nil, errFallback
			}
			inner := b[end : end+e]
			i = end + e + len(tg.cClose)
			for j := 0; j < len(inner); {
				lt := bytes.IndexByte(inner[j:], '<')
				if lt < 0 {
					break
				}
				lt += j
				te, sc, ok := tagEnd(inner, lt)
				if !ok {
					return nil, errFallback
				}
				switch {
				case isTag(inner, lt, tg.v):
					hasV = true
					if sc {
						v, j = nil, te
						continue
					}
					ce := bytes.Index(inner[te:], tg.vClose)
					if ce < 0 {
						return nil, errFallback
					}
					v = inner[te : te+ce]
					j = te + ce + len(tg.vClose)
				case isTag(inner, lt, tg.f):
					hasF = true
					if sc {
						j = te
						continue
					}
					ce := bytes.Index(inner[te:], tg.fClose)
					if ce < 0 {
						return nil, errFallback
					}
					j = te + ce + len(tg.fClose)
				case isTag(inner, lt, tg.is):
					hasIS = true
					if sc {
						j = te
						continue
					}
					ce := bytes.Index(inner[te:], tg.isClose)
					if ce < 0 {
						return nil, errFallback
					}
					s, ok := itemText(inner[te : te+ce])
					if !ok {
						return nil, errFallback
					}
					inline = s
					j = te + ce + len(tg.isClose)
				default:
					if inner[lt+1] != '/' && inner[lt+1] != '!' && inner[lt+1] != '?' && foreign(inner, lt, tg.v) {
						return nil, errFallback
					}
					if inner[lt+1] == '/' || sc || inner[lt+1] == '!' || inner[lt+1] == '?' {
						j = te
						continue
					}
					n, _, _, _, ok := parseTag(inner, lt)
					if !ok {
						return nil, errFallback
					}
					j = closeTag(inner, te, n)
					if j < 0 {
						return nil, errFallback
					}
				}
			}
		}
		_ = hasV
		val, ok := cellValue(typ, v, hasIS, inline, sst, false)
		if !ok {
			return nil, errFallback
		}
		if val != "" || hasF {
			for len(cells) < col-1 {
				cells = append(cells, "")
			}
			cells = append(cells, val)
		}
	}
	return cells, nil
}

// quick is a cell read by quickCell.
type quick struct {
	end         int    // just past the cell
	ref, typ, v []byte // its r and t attributes, and its <v> (raw)
	isText      bool   // an inline string: inline is its <t>'s text (raw)
	inline      []byte //
}

// quickCell reads the cell starting at b[lt] when it has the shape nearly
// every writer gives it: no attributes but r, s and t, in double quotes;
// inside, nothing, one <v>, or one <is> holding one <t>, with no markup
// and no space between the tags. ok is false for anything else, which
// readCells then reads its general way: this only spares the common cell
// the general path's second scan of its inside (a million-row export has
// fifteen million of them).
func quickCell(b []byte, lt int, tg *tags) (q quick, ok bool) {
	i := lt + len(tg.c)
	if i >= len(b) || !bytes.HasPrefix(b[lt:], tg.c) {
		return q, false
	}
	for {
		if i >= len(b) {
			return q, false
		}
		switch b[i] {
		case ' ':
			i++
			continue
		case '/':
			if i+1 < len(b) && b[i+1] == '>' {
				q.end = i + 2
				return q, true
			}
			return q, false
		case '>':
			i++
		default:
			// one attribute: name="value"
			if i+3 >= len(b) || b[i+1] != '=' || b[i+2] != '"' {
				return q, false
			}
			name := b[i]
			ve := bytes.IndexByte(b[i+3:], '"')
			if ve < 0 {
				return q, false
			}
			val := b[i+3 : i+3+ve]
			switch name {
			case 'r':
				q.ref = val
			case 't':
				q.typ = val
			case 's':
				if len(val) == 0 {
					return q, false
				}
				for _, c := range val {
					if c < '0' || c > '9' {
						return q, false
					}
				}
			default:
				return q, false
			}
			if bytes.IndexByte(val, '&') >= 0 || bytes.IndexByte(val, '<') >= 0 {
				return q, false
			}
			i += 3 + ve + 1
			if i < len(b) && b[i] != ' ' && b[i] != '>' && b[i] != '/' {
				return q, false
			}
			continue
		}
		break
	}
	// inside the cell
	switch {
	case bytes.HasPrefix(b[i:], tg.cClose):
		q.end = i + len(tg.cClose)
		return q, true
	case bytes.HasPrefix(b[i:], tg.v) && i+len(tg.v) < len(b) && b[i+len(tg.v)] == '>':
		i += len(tg.v) + 1
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			return q, false
		}
		q.v = b[i : i+lt]
		i += lt
		if !bytes.HasPrefix(b[i:], tg.vClose) {
			return q, false
		}
		i += len(tg.vClose)
	case bytes.HasPrefix(b[i:], tg.isT):
		i += len(tg.isT)
		switch {
		case i < len(b) && b[i] == '>':
			i++
		case bytes.HasPrefix(b[i:], []byte(` xml:space="preserve">`)):
			i += len(` xml:space="preserve">`)
		default:
			return q, false
		}
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			return q, false
		}
		q.isText, q.inline = true, b[i:i+lt]
		i += lt
		if !bytes.HasPrefix(b[i:], tg.tIsClose) {
			return q, false
		}
		i += len(tg.tIsClose)
	default:
		return q, false
	}
	if !bytes.HasPrefix(b[i:], tg.cClose) {
		return q, false
	}
	q.end = i + len(tg.cClose)
	return q, true
}

// cellValue is a cell's value as excelize's row stream gives it, from its
// type, its raw <v> and, for an inline string, its text; ok is false for
// text encoding/xml would refuse.
func cellValue(typ, v []byte, isText bool, inline string, sst []string, borrow bool) (string, bool) {
	switch string(typ) {
	case "s":
		if len(v) == 0 {
			return "", true
		}
		sv, ok := unescape(v)
		if !ok {
			return "", false
		}
		k, err := strconv.Atoi(strings.TrimSpace(sv))
		if err != nil {
			k = 0 // excelize reads an unreadable index as 0
		}
		if k >= 0 && k < len(sst) {
			return sst[k], true
		}
		return "", true // no value: excelize's row stream drops the cell too
	case "inlineStr":
		if isText {
			return inline, true
		}
	}
	if len(v) == 0 {
		return "", true
	}
	return charData(v, borrow)
}

// inlineText is the text of an inline string's one <t> (raw), as itemText
// reads it.
func inlineText(raw []byte, borrow bool) (string, bool) {
	if bytes.Contains(raw, []byte("_x")) {
		s, ok := unescape(raw)
		return unescapeBstr(s), ok
	}
	return charData(raw, borrow)
}

// charData is unescape, over b itself when borrow and nothing needs
// decoding.
func charData(b []byte, borrow bool) (string, bool) {
	if !borrow || bytes.IndexByte(b, '&') >= 0 || bytes.IndexByte(b, '\r') >= 0 {
		return unescape(b)
	}
	if !utf8.Valid(b) {
		return "", false
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// refColumn is the column of a cell reference ("AB12" → 28).
func refColumn(ref []byte) (int, bool) {
	col, k := 0, 0
	for k < len(ref) {
		c := ref[k]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c < 'A' || c > 'Z' {
			break
		}
		col = col*26 + int(c-'A'+1)
		k++
	}
	if k == 0 || k == len(ref) || col > 16384 {
		return 0, false
	}
	n := 0
	for _, c := range ref[k:] {
		if c < '0' || c > '9' || n > maxRows {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if n < 1 || n > maxRows {
		return 0, false
	}
	return col, true
}

type xmlAttr struct{ name, value string }

// attr is the value of the attribute with the local name.
func attr(attrs []xmlAttr, name string) (string, bool) {
	for _, a := range attrs {
		if a.name == name {
			return a.value, true
		}
	}
	return "", false
}

func localName(n string) string {
	if i := strings.IndexByte(n, ':'); i >= 0 {
		return n[i+1:]
	}
	return n
}

// parseTag reads the tag starting at b[lt] == '<': its name ("/name" for a
// closing tag, "" for a comment, declaration or processing instruction),
// its attributes by local name, whether it closes itself, and where it
// ends. ok is false for a tag that does not end in b.
func parseTag(b []byte, lt int) (name string, attrs []xmlAttr, selfClosing bool, end int, ok bool) {
	if lt+1 >= len(b) {
		return "", nil, false, 0, false
	}
	switch b[lt+1] {
	case '?':
		e := bytes.Index(b[lt:], []byte("?>"))
		if e < 0 {
			return "", nil, false, 0, false
		}
		return "", nil, false, lt + e + 2, true
	case '!':
		if bytes.HasPrefix(b[lt:], []byte("<!--")) {
			e := bytes.Index(b[lt:], []byte("-->"))
			if e < 0 {
				return "", nil, false, 0, false
			}
			return "", nil, false, lt + e + 3, true
		}
		return "", nil, false, 0, false // CDATA, DOCTYPE: not here
	}
	i := lt + 1
	for i < len(b) && !isSpace(b[i]) && b[i] != '>' && b[i] != '/' {
		i++
	}
	if b[lt+1] == '/' {
		for i < len(b) && b[i] != '>' {
			i++
		}
		if i >= len(b) {
			return "", nil, false, 0, false
		}
		return "/" + strings.TrimSpace(string(b[lt+2:i])), nil, false, i + 1, true
	}
	name = string(b[lt+1 : i])
	for {
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) {
			return "", nil, false, 0, false
		}
		switch b[i] {
		case '>':
			return name, attrs, false, i + 1, true
		case '/':
			if i+1 < len(b) && b[i+1] == '>' {
				return name, attrs, true, i + 2, true
			}
			return "", nil, false, 0, false
		}
		ks := i
		for i < len(b) && b[i] != '=' && !isSpace(b[i]) && b[i] != '>' {
			i++
		}
		key := string(b[ks:i])
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) || b[i] != '=' {
			return "", nil, false, 0, false
		}
		i++
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) || (b[i] != '"' && b[i] != '\'') {
			return "", nil, false, 0, false
		}
		q := b[i]
		vs := i + 1
		ve := bytes.IndexByte(b[vs:], q)
		if ve < 0 {
			return "", nil, false, 0, false
		}
		val, ok := unescape(b[vs : vs+ve])
		if !ok {
			return "", nil, false, 0, false
		}
		if !strings.HasPrefix(key, "xmlns") {
			attrs = append(attrs, xmlAttr{localName(key), val})
		}
		i = vs + ve + 1
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// closeTag is where the element name, whose start tag ended at from, ends
// (just past its closing tag), counting nested elements of the same name;
// -1 if not in b.
func closeTag(b []byte, from int, name string) int {
	s := closeTagStart(b, from, name)
	if s < 0 {
		return -1
	}
	e := bytes.IndexByte(b[s:], '>')
	if e < 0 {
		return -1
	}
	return s + e + 1
}

// closeTagStart is where the closing tag of name begins.
func closeTagStart(b []byte, from int, name string) int {
	open, shut := []byte("<"+name), []byte("</"+name)
	depth := 0
	for i := from; i < len(b); {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			return -1
		}
		lt += i
		switch {
		case bytes.HasPrefix(b[lt:], shut) && lt+len(shut) < len(b) && (b[lt+len(shut)] == '>' || isSpace(b[lt+len(shut)])):
			if depth == 0 {
				return lt
			}
			depth--
			i = lt + len(shut)
		case bytes.HasPrefix(b[lt:], open) && lt+len(open) < len(b) && (b[lt+len(open)] == '>' || b[lt+len(open)] == '/' || isSpace(b[lt+len(open)])):
			_, _, sc, e, ok := parseTag(b, lt)
			if !ok {
				return -1
			}
			if !sc {
				depth++
			}
			i = e
		default:
			i = lt + 1
		}
	}
	return -1
}

// nextTag finds the next start tag with the local name after i.
func nextTag(b []byte, i int, local string) (start int, name string, attrs []xmlAttr, selfClosing bool, end int, ok bool) {
	for i < len(b) {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			return 0, "", nil, false, 0, false
		}
		lt += i
		n, a, sc, e, good := parseTag(b, lt)
		if !good {
			return 0, "", nil, false, 0, false
		}
		if localName(n) == local {
			return lt, n, a, sc, e, true
		}
		i = e
	}
	return 0, "", nil, false, 0, false
}

// unescape decodes XML character data as encoding/xml does: the five
// entities, decimal and hex character references, and line ends (CR LF and
// a lone CR) as LF. ok is false for what encoding/xml would refuse.
func unescape(b []byte) (string, bool) {
	if bytes.IndexByte(b, '&') < 0 && bytes.IndexByte(b, '\r') < 0 {
		if !utf8.Valid(b) {
			return "", false
		}
		return string(b), true
	}
	var sb strings.Builder
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch c {
		case '\r':
			sb.WriteByte('\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
		case '&':
			semi := bytes.IndexByte(b[i:], ';')
			if semi < 0 {
				return "", false
			}
			ent := string(b[i+1 : i+semi])
			switch ent {
			case "amp":
				sb.WriteByte('&')
			case "lt":
				sb.WriteByte('<')
			case "gt":
				sb.WriteByte('>')
			case "quot":
				sb.WriteByte('"')
			case "apos":
				sb.WriteByte('\'')
			default:
				if !strings.HasPrefix(ent, "#") {
					return "", false
				}
				var n uint64
				var err error
				if strings.HasPrefix(ent, "#x") {
					n, err = strconv.ParseUint(ent[2:], 16, 32)
				} else {
					n, err = strconv.ParseUint(ent[1:], 10, 32)
				}
				if err != nil || !isXMLChar(rune(n)) {
					return "", false
				}
				sb.WriteRune(rune(n))
			}
			i += semi
		default:
			sb.WriteByte(c)
		}
	}
	s := sb.String()
	if !utf8.ValidString(s) {
		return "", false
	}
	return s, true
}

func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// unescapeBstr decodes the _xHHHH_ escapes spreadsheet programs write for
// characters XML cannot hold (_x000D_ is a carriage return, _x005F_ an
// underscore), as excelize reads them: an escape that is no character
// (a lone surrogate) reads as nothing.
func unescapeBstr(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' && isHex(s[i+2:i+6]) {
			if s[i:i+7] == "_x005F_" {
				sb.WriteByte('_')
			} else {
				v, _ := strconv.Unquote(`"\u` + s[i+2:i+6] + `"`)
				sb.WriteString(v)
			}
			i += 7
			continue
		}
		sb.WriteByte(s[i])
		i++
	}
	return sb.String()
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// chunk is a piece of inflated sheet XML.
type chunk struct {
	b       []byte
	err     error
	release func()
}

const chunkSize = 1 << 20

// inflate reads rc in a goroutine of its own into chunks of size bytes
// (made as needed: a small sheet needs one), at most a few ahead of the
// reader; stop ends it early.
func inflate(rc io.ReadCloser, size int) (<-chan chunk, func()) {
	out := make(chan chunk, 2)
	quit := make(chan struct{})
	free := make(chan []byte, 4)
	for range 4 {
		free <- nil // made when first needed
	}
	go func() {
		defer close(out)
		defer rc.Close()
		for {
			var b []byte
			select {
			case b = <-free:
			case <-quit:
				return
			}
			if b == nil {
				b = make([]byte, size)
			}
			n, err := io.ReadFull(rc, b)
			if err == io.ErrUnexpectedEOF {
				err = io.EOF
			}
			c := chunk{b: b[:n], err: err, release: func() { free <- b[:cap(b)] }}
			select {
			case out <- c:
			case <-quit:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	var stopped bool
	return out, func() {
		if !stopped {
			stopped = true
			close(quit)
			for range out {
			}
		}
	}
}
