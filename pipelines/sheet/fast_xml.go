// The sheet XML's byte-level scanning: element and attribute scanning, entities and
// character references, as the fast reader (fast.go) needs them.

package sheet

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

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
