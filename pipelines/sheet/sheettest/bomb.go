// Package sheettest makes hostile workbooks for tests: zip bombs that say
// what they are and zip bombs that lie.
package sheettest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// ClaimingBomb is a real, empty workbook whose first sheet's header claims
// to unpack to claim bytes.
func ClaimingBomb(claim uint64) []byte {
	return rewriteSheet(func(h *zip.FileHeader, body []byte) []byte {
		h.UncompressedSize64 = claim
		return body
	})
}

// InflatingBomb is a real workbook whose first sheet is n bytes of spaces,
// compressed, under a header claiming 4 KiB.
func InflatingBomb(n int) []byte {
	var deflated bytes.Buffer
	fw, _ := flate.NewWriter(&deflated, flate.BestSpeed)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for i := 0; i < n>>20; i++ {
		fw.Write(chunk)
	}
	fw.Close()
	return rewriteSheet(func(h *zip.FileHeader, _ []byte) []byte {
		h.Method, h.UncompressedSize64, h.CompressedSize64 = zip.Deflate, 4<<10, uint64(deflated.Len())
		return deflated.Bytes()
	})
}

// rewriteSheet copies a new workbook part by part, raw, letting edit change
// the header and compressed body of xl/worksheets/sheet1.xml.
func rewriteSheet(edit func(h *zip.FileHeader, body []byte) []byte) []byte {
	var good bytes.Buffer
	excelize.NewFile().Write(&good)
	zr, err := zip.NewReader(bytes.NewReader(good.Bytes()), int64(good.Len()))
	if err != nil {
		panic(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		h := f.FileHeader
		raw, err := f.OpenRaw()
		if err != nil {
			panic(err)
		}
		var body bytes.Buffer
		body.ReadFrom(raw)
		b := body.Bytes()
		if f.Name == "xl/worksheets/sheet1.xml" {
			b = edit(&h, b)
		}
		w, err := zw.CreateRaw(&h)
		if err != nil {
			panic(err)
		}
		w.Write(b)
	}
	zw.Close()
	return out.Bytes()
}

// HonestGiant is a real workbook that declares its size truly and is
// simply large: its first sheet holds about sheetBytes of real cells
// (numbers, row after row), and, when sharedBytes > 0, a table of shared
// texts of about that size that the sheet's first cell uses. Repetitive,
// it compresses to a few MB; it is written to w as it is made.
func HonestGiant(w io.Writer, sheetBytes, sharedBytes int) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	put := func(name, body string) error {
		f, err := zw.Create(name)
		if err != nil {
			return err
		}
		_, err = io.WriteString(f, body)
		return err
	}
	types := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`
	parts := [][2]string{
		{"[Content_Types].xml", types},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
	}
	for _, p := range parts {
		if err := put(p[0], p[1]); err != nil {
			return err
		}
	}
	f, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return err
	}
	io.WriteString(f, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>`)
	written := 0
	for r := 2; written < sheetBytes; r++ {
		row := fmt.Sprintf(`<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d"><v>1025</v></c><c r="C%d"><v>77.2</v></c><c r="D%d"><v>2596602000</v></c></row>`, r, r, r, r, r, r)
		n, _ := io.WriteString(f, row)
		written += n
	}
	io.WriteString(f, `</sheetData></worksheet>`)
	s, err := zw.Create("xl/sharedStrings.xml")
	if err != nil {
		return err
	}
	io.WriteString(s, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>`)
	chunk := bytes.Repeat([]byte("teks bersama "), 1<<16)
	for n := 0; n < sharedBytes; n += len(chunk) {
		s.Write(chunk)
	}
	io.WriteString(s, `</t></si></sst>`)
	return zw.Close()
}
