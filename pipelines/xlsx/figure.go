package xlsx

import (
	"database/sql"
	"fmt"

	"kinerja/pipelines/idtext"
)

// Figure is one number of a rebuilt table as a mart gives it: the value to
// show, the figure the input published, the published cell's status, and how
// the value was computed.
type Figure struct {
	Value, Published, Status, Basis sql.NullString
}

// Differs reports whether the figure shown is not the one published (and the
// published one was readable): such a cell is highlighted and explained.
func (f Figure) Differs() bool {
	if !f.Status.Valid || f.Status.String == "tidak_terbaca" {
		return false
	}
	if f.Value.Valid != f.Published.Valid {
		return true
	}
	if !f.Value.Valid {
		return false
	}
	// Compare as numbers: "10380.00" and "10380.0000000000" agree.
	v, err1 := idtext.ParseDecimal(f.Value.String)
	p, err2 := idtext.ParseDecimal(f.Published.String)
	return err1 != nil || err2 != nil || v != p
}

// Note says both numbers and the rule, for a cell comment.
func (f Figure) Note() string {
	pub := "kosong"
	if f.Published.Valid {
		pub = Indonesian(f.Published.String)
	}
	re := "tidak dapat dihitung"
	if f.Value.Valid {
		re = Indonesian(f.Value.String)
	}
	return fmt.Sprintf("Terbit: %s. Dihitung ulang: %s (%s).", pub, re, f.Basis.String)
}

// Figure writes a figure: its value as a number, or dash (e.g. "-") or an
// empty cell when there is none — never 0. A figure that differs from the
// published one gets the highlighted style and a comment with both numbers.
func (b *Book) Figure(sheet string, c, r int, f Figure, style Style, dash string) error {
	differs := f.Differs()
	if differs {
		style = Flagged(style)
	}
	var err error
	if f.Value.Valid {
		err = b.Num(sheet, c, r, f.Value.String, style)
	} else {
		err = b.Str(sheet, c, r, dash, style)
	}
	if err != nil || !differs {
		return err
	}
	return b.Comment(sheet, c, r, f.Note())
}
