// The fast reader's cells: a row's cells from the sheet XML's bytes, the common
// cell in one pass, values as excelize's raw row stream gives them.

package sheet

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"
)

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
