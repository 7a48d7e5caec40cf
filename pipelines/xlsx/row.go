package xlsx

import "database/sql"

// Cell is one value of a row: a text in its style, or an exact decimal
// (C-locale text, as DuckDB gives it) written as a number.
type Cell struct {
	Text   string
	Num    sql.NullString
	Style  Style
	number bool
}

// T is a text cell.
func T(s string) Cell { return Cell{Text: s, Style: Text} }

// S is a text cell in another style.
func S(s string, st Style) Cell { return Cell{Text: s, Style: st} }

// N is a number cell; an invalid value writes an empty, styled cell.
func N(v sql.NullString, st Style) Cell { return Cell{Num: v, Style: st, number: true} }

// Row writes cells from column 1 of row r.
func (b *Book) Row(sheet string, r int, cells ...Cell) error {
	for i, c := range cells {
		if c.number {
			b.Num(sheet, i+1, r, c.Num.String, c.Style)
		} else {
			b.Str(sheet, i+1, r, c.Text, c.Style)
		}
	}
	return b.err
}

// Labels writes a one-row header of a working sheet from column 1.
func (b *Book) Labels(sheet string, r int, labels ...string) error {
	for i, l := range labels {
		b.Str(sheet, i+1, r, l, Header)
	}
	return b.err
}

// Titles writes a working sheet's title and the line under it.
func (b *Book) Titles(sheet, title, sub string) error {
	b.Str(sheet, 1, 1, title, Title)
	b.Str(sheet, 1, 2, sub, Subtitle)
	return b.err
}
