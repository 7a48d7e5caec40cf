package xlsx

import "strings"

// Column is one column of an official form: its header labels from the top
// header row down, its printed column number, and its width. Neighbours
// whose labels agree up to a row share a merged header cell in that row;
// a column with fewer labels than the deepest has its last label merged
// down to the bottom header row. Neighbours with the same number share one
// cell of the number row (a K and Rp pair is one numbered column of the
// form).
type Column struct {
	Head  []string
	No    string // "13", or with the form's derivation "13 = 9+10+11+12"
	Width float64
	Span  int // sheet columns it covers (0 or 1: one); a wider column leaves their widths as set
}

// Header writes a form's header from row top: the label rows, then the
// column-number row. It sets the column widths and returns the first row
// under the number row. The number row is left out when no column has a
// number.
func (b *Book) Header(sheet string, top int, cols []Column) int {
	var wide []Column
	for _, c := range cols {
		for i := 0; i < max(1, c.Span); i++ {
			if c.Span > 1 {
				c.Width = 0
			}
			wide = append(wide, c)
		}
	}
	cols = wide
	depth := 0
	for _, c := range cols {
		depth = max(depth, len(c.Head))
	}
	l := b.sheetLayout(sheet)
	l.maxCol = max(l.maxCol, len(cols))
	for i, c := range cols {
		if c.Width > 0 {
			l.widths[i+1] = c.Width
			b.keep(b.F.SetColWidth(sheet, Col(i+1), Col(i+1), c.Width))
		}
	}
	same := func(i, j, d int) bool { // columns i and j agree in labels 0..d
		if len(cols[i].Head) <= d || len(cols[j].Head) <= d {
			return false
		}
		for k := 0; k <= d; k++ {
			if cols[i].Head[k] != cols[j].Head[k] {
				return false
			}
		}
		return true
	}
	for d := 0; d < depth; d++ {
		for i := 0; i < len(cols); {
			if len(cols[i].Head) <= d || cols[i].Head[d] == "" {
				i++ // an empty label is the cell above, merged down
				continue
			}
			j := i + 1
			for j < len(cols) && same(i, j, d) {
				j++
			}
			leaf := true
			for k := i; k < j; k++ {
				leaf = leaf && len(cols[k].Head) == d+1
			}
			bottom := top + d
			if leaf {
				bottom = top + depth - 1
			}
			for e := d + 1; !leaf && e < depth; e++ { // labels "" below: the cell grows down over them
				blank := true
				for k := i; k < j; k++ {
					blank = blank && len(cols[k].Head) > e && cols[k].Head[e] == ""
				}
				if !blank {
					break
				}
				bottom = top + e
			}
			b.Str(sheet, i+1, top+d, cols[i].Head[d], Header)
			b.Style(sheet, i+1, top+d, j, bottom, Header)
			b.Merge(sheet, i+1, top+d, j, bottom)
			i = j
		}
	}
	numbered := false
	for _, c := range cols {
		numbered = numbered || c.No != ""
	}
	if !numbered {
		return top + depth
	}
	r := top + depth
	for i := 0; i < len(cols); {
		j := i + 1
		for j < len(cols) && cols[j].No == cols[i].No {
			j++
		}
		b.Str(sheet, i+1, r, cols[i].No, NumberRow)
		b.Style(sheet, i+1, r, j, r, NumberRow)
		b.Merge(sheet, i+1, r, j, r)
		i = j
	}
	return r + 1
}

// Form starts an official form's sheet: its header from row top, the
// columns 1..repeat that name its rows repeated on every page across, then
// its title and the line under it across the table. It returns the first
// row under the header.
func (b *Book) Form(sheet string, top, repeat int, cols []Column, title, sub string) int {
	r := b.Header(sheet, top, cols)
	b.Repeat(sheet, repeat)
	b.Heading(sheet, 1, len(cols), title, Heading)
	b.Heading(sheet, 2, len(cols), sub, Subheading)
	return r
}

// Heading writes a line of a form's title block across columns 1..last,
// merged and wrapped so that it is never cut at the page's edge: a form
// wider than its page gets the line across its first page (set the widths
// first, with Header or Widths).
func (b *Book) Heading(sheet string, r, last int, text string, s Style) {
	b.Line(sheet, r, 1, last, text, s)
}

// Line writes text merged across columns first..last (no further than the
// first page across, and right of the columns a spilling form repeats on
// every page) and wrapped.
func (b *Book) Line(sheet string, r, first, last int, text string, s Style) {
	if rep := b.sheetLayout(sheet).repeat; first <= rep && b.Spills(sheet) {
		first = rep + 1
	}
	last = max(first, min(last, b.FirstPageCols(sheet)))
	b.Str(sheet, first, r, text, s)
	b.Style(sheet, first, r, last, r, s)
	b.Merge(sheet, first, r, last, r)
}

// Remarks writes notes under a table, each merged across columns
// first..last and wrapped, and returns the row after them.
func (b *Book) Remarks(sheet string, r, first, last int, notes ...string) int {
	for _, n := range notes {
		if n == "" {
			continue
		}
		b.Line(sheet, r, first, last, n, Remark)
		r++
	}
	return r
}

// Signer is one signature of a document: who signs, in what capacity.
type Signer struct {
	Heading string // the lines above the office, "\n" between: "Disusun", "Semarang, 31 Januari 2019"
	Jabatan string // the office, "\n" between lines: KEPALA DINAS KOPERASI DAN USAHA MIKRO\nKOTA SEMARANG
	Nama    string
	Pangkat string
	NIP     string
	NoNIP   bool // an office without a NIP (a mayor): no NIP line
}

// With is the signer with the lines above the office set to heading.
func (s Signer) With(heading string) Signer {
	s.Heading = heading
	return s
}

// Signatures writes signature blocks side by side from row r: block i spans
// the columns spans[i] (first and last, 1-based). A signer whose name is
// not set gets a dotted line to write it on. It returns the row after the
// blocks.
func (b *Book) Signatures(sheet string, r int, spans [][2]int, signers []Signer) int {
	end := r
	for i, s := range signers {
		if i >= len(spans) {
			break
		}
		c1, c2 := spans[i][0], spans[i][1]
		line := func(row int, text string, st Style) {
			b.Str(sheet, c1, row, text, st)
			b.Style(sheet, c1, row, c2, row, st)
			b.Merge(sheet, c1, row, c2, row)
		}
		row := r
		for _, part := range append(strings.Split(s.Heading, "\n"), strings.Split(s.Jabatan, "\n")...) {
			line(row, part, Sign)
			row++
		}
		row += 3 // room for the signature and the stamp
		nama := s.Nama
		if nama == "" {
			nama = "(................................................)"
		}
		line(row, nama, SignName)
		row++
		if s.Pangkat != "" {
			line(row, s.Pangkat, Sign)
			row++
		}
		if !s.NoNIP && (s.NIP != "" || s.Pangkat != "" || s.Nama == "") {
			nip := "NIP. " + s.NIP
			if s.NIP == "" {
				nip = "NIP. ................................"
			}
			line(row, nip, Sign)
			row++
		}
		end = max(end, row)
	}
	b.KeepTogether(sheet, r, end-1)
	return end
}
