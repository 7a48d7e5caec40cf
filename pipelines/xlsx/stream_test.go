package xlsx

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"
)

// TestStreamEqualsCellByCell: a sheet written by Stream reads as the same
// sheet written cell by cell — values, numbers, styles, the heights of
// wrapped rows (fitted as Save fits them), widths, filter, print setup and
// frozen header — and saves to the same bytes every time.
func TestStreamEqualsCellByCell(t *testing.T) {
	long := strings.Repeat("teks yang panjang sekali ", 12)
	lines := []Line{
		{R: 1, Cells: []Cell{S("Judul", Title)}},
		{R: 3, Cells: []Cell{S("No", Header), S("Keterangan", Header), S("Angka", Header), S("Kosong", Header)}},
		{R: 4, Cells: []Cell{N(sql.NullString{String: "1", Valid: true}, Int), T("pendek"), N(sql.NullString{String: "1234.5", Valid: true}, Dec2), T("")}},
		{R: 5, Cells: []Cell{N(sql.NullString{String: "2", Valid: true}, Int), T(long), N(sql.NullString{}, Int), T("x")}},
		{R: 6, Cells: []Cell{N(sql.NullString{String: "3", Valid: true}, Int), T("baris\nkedua\nketiga"), N(sql.NullString{String: "-7", Valid: true}, Int), T("")}},
	}
	write := func(stream bool) (string, []byte) {
		b, err := New("t", "s")
		if err != nil {
			t.Fatal(err)
		}
		sh, _ := b.Sheet("Daftar")
		if stream {
			b.Widths(sh, 5, 20, 12, 8)
			b.Touch(sh, 4, 6)
			if err := b.F.AutoFilter(sh, "A3:D6", nil); err != nil {
				t.Fatal(err)
			}
			b.PageSetup(sh, 3, 3, 0)
			if err := b.Stream(sh, lines); err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"Dua", "Tiga", "Empat"} { // more streams: excelize keeps them in a map
				other, _ := b.Sheet(name)
				if err := b.Stream(other, lines); err != nil {
					t.Fatal(err)
				}
			}
		} else {
			for _, ln := range lines {
				b.Row(sh, ln.R, ln.Cells...)
			}
			b.F.AutoFilter(sh, "A3:D6", nil)
			b.Widths(sh, 5, 20, 12, 8)
			b.PageSetup(sh, 3, 3, 0)
		}
		path := savedPath(t, b)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return path, data
	}
	cellPath, _ := write(false)
	streamPath, once := write(true)
	for range 8 {
		if _, again := write(true); string(again) != string(once) {
			t.Fatal("the same streamed sheets saved to different bytes")
		}
	}
	a, b := openSaved(t, cellPath), openSaved(t, streamPath)
	ra, _ := a.GetRows("Daftar")
	rb, _ := b.GetRows("Daftar")
	if !reflect.DeepEqual(ra, rb) {
		t.Errorf("rows differ:\n cell by cell %q\n streamed     %q", ra, rb)
	}
	for r := 1; r <= 6; r++ {
		ha, _ := a.GetRowHeight("Daftar", r)
		hb, _ := b.GetRowHeight("Daftar", r)
		if ha != hb {
			t.Errorf("row %d: height %v cell by cell, %v streamed", r, ha, hb)
		}
		for c := 1; c <= 4; c++ {
			ref := Ref(c, r)
			sa, _ := a.GetCellStyle("Daftar", ref)
			sb, _ := b.GetCellStyle("Daftar", ref)
			xa, _ := a.GetStyle(sa)
			xb, _ := b.GetStyle(sb)
			if !reflect.DeepEqual(xa, xb) {
				t.Errorf("%s: styles differ", ref)
			}
		}
	}
	if h, _ := b.GetRowHeight("Daftar", 5); h <= 15 {
		t.Errorf("the long text's row is %v points high: not fitted", h)
	}
	if v, _ := b.GetCellValue("Daftar", "C4", excelize.Options{RawCellValue: true}); v != "1234.5" {
		t.Errorf("C4 = %q, want the number 1234.5", v)
	}
	pa, _ := a.GetPageLayout("Daftar")
	pb, _ := b.GetPageLayout("Daftar")
	pna, _ := a.GetPanes("Daftar")
	pnb, _ := b.GetPanes("Daftar")
	da, _ := a.GetSheetDimension("Daftar")
	db, _ := b.GetSheetDimension("Daftar")
	if !reflect.DeepEqual(pa, pb) || !reflect.DeepEqual(pna, pnb) || da != db ||
		fmt.Sprint(a.GetDefinedName()) != fmt.Sprint(b.GetDefinedName()) {
		t.Errorf("print setup, panes, extent or names differ: %+v / %+v, %+v / %+v, %s / %s, %v / %v",
			pa, pb, pna, pnb, da, db, a.GetDefinedName(), b.GetDefinedName())
	}
	for c := 1; c <= 4; c++ {
		wa, _ := a.GetColWidth("Daftar", Col(c))
		wb, _ := b.GetColWidth("Daftar", Col(c))
		if wa != wb {
			t.Errorf("column %s: width %v / %v", Col(c), wa, wb)
		}
	}
}

// TestStreamTextsAsSetCellByCell: the texts and numbers a hostile or
// careless input can put into a finding read back from a streamed sheet as
// from one written cell by cell: spaces at either end, markup characters,
// line breaks, control characters and invalid UTF-8, a literal _xHHHH_
// (which a spreadsheet would otherwise read as a character), characters
// beyond the BMP, a text longer than a cell holds, and numbers of more
// digits than a spreadsheet keeps.
func TestStreamTextsAsSetCellByCell(t *testing.T) {
	long := strings.Repeat("ab😀", 12000) // 48 000 UTF-16 units: cut to 32 767
	texts := []string{
		"  spasi di depan", "di belakang  ", "\ttab", "baris\r\nbaru\n",
		`<a & b> "kutip" 'satu'`, "_x0041_ dan _x005F_ dan _x005F_x0041_ dan _xZZZZ_ dan _x12", "akhir _x0041",
		"kontrol\x01di\x1ftengah", "bukan utf-8 \xff\xfe", "nonkarakter \uFFFE\uFFFF", "emoji 😀 dan ﬁ", long,
		"nama_usaha biasa", "x",
	}
	nums := []string{"12345678901234567890.125", "0.12345678901234567891", "-0.000001", "1234.5000000000", "0", "-0", "99999999999999999999999"}
	var lines []Line
	for i, s := range texts {
		lines = append(lines, Line{R: i + 1, Cells: []Cell{T(s), N(sql.NullString{String: nums[i%len(nums)], Valid: true}, Dec2), S(s, Note)}})
	}
	read := func(stream bool) *excelize.File {
		b, err := New("t", "s")
		if err != nil {
			t.Fatal(err)
		}
		sh, _ := b.Sheet("Daftar")
		b.Widths(sh, 30, 12, 30)
		if stream {
			err = b.Stream(sh, lines)
		} else {
			for _, ln := range lines {
				err = errors.Join(err, b.Row(sh, ln.R, ln.Cells...))
			}
		}
		if err != nil {
			t.Fatal(err)
		}
		return openSaved(t, savedPath(t, b))
	}
	a, b := read(false), read(true)
	for r := 1; r <= len(lines); r++ {
		for c := 1; c <= 3; c++ {
			ref := Ref(c, r)
			va, _ := a.GetCellValue("Daftar", ref, excelize.Options{RawCellValue: true})
			vb, _ := b.GetCellValue("Daftar", ref, excelize.Options{RawCellValue: true})
			if r == 6 && c != 2 {
				// excelize's shared strings read a literal _xHHHH_ back as
				// the character; a streamed cell keeps it as typed
				va = texts[5]
			}
			if va != vb {
				t.Errorf("%s: %q cell by cell, %q streamed", ref, va, vb)
			}
		}
	}
	if v, _ := b.GetCellValue("Daftar", "A12"); len(utf16.Encode([]rune(v))) != 32767 && len(utf16.Encode([]rune(v))) != 32766 {
		t.Errorf("the long text is %d UTF-16 units, want it cut to at most 32 767 at a character's edge", len(utf16.Encode([]rune(v))))
	}
}
