// Package sheettest makes hostile workbooks for tests: zip bombs that say
// what they are and zip bombs that lie.
package sheettest

import (
	"archive/zip"
	"bytes"
	"compress/flate"

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
