package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// Two PDFs LibreOffice made of one document a minute apart differ in their
// creation time, identifier and checksum: normalised, they are the same
// bytes, of the same length (the cross-reference offsets stay right).
func TestNormalize(t *testing.T) {
	doc := func(when, id, sum string) []byte {
		return []byte("%PDF-1.7\n1 0 obj <</Producer(LibreOffice)/CreationDate(D:" + when + "Z')>>\nendobj\ntrailer\n<</Size 2/Root 1 0 R\n/ID [ <" + id + ">\n<" + id + "> ]\n/DocChecksum /" + sum + "\n>>\nstartxref\n9\n%%EOF\n")
	}
	a := doc("20261201101429", "84241DC3F30CE13A237DCBBEE33C9304", "9EF60D5AE424076C271962BAE41091A0")
	b := doc("20261201101530", "0123456789ABCDEF0123456789ABCDEF", "FEDCBA9876543210FEDCBA9876543210")
	date := time.Date(2018, 12, 31, 0, 0, 0, 0, time.UTC)
	na, nb := Normalize(a, date), Normalize(b, date)
	if !bytes.Equal(na, nb) {
		t.Errorf("normalised PDFs differ:\n%s\n%s", na, nb)
	}
	if len(na) != len(a) {
		t.Errorf("length %d, was %d", len(na), len(a))
	}
	if !bytes.Contains(na, []byte("/CreationDate(D:20181231000000Z')")) {
		t.Errorf("creation date not the document's: %s", na)
	}
	if bytes.Contains(na, []byte("84241DC3")) {
		t.Errorf("LibreOffice's identifier kept: %s", na)
	}
	// a different document gets a different identifier
	c := bytes.Replace(a, []byte("LibreOffice"), []byte("LibreOfficX"), 1)
	if bytes.Equal(Normalize(c, date)[bytes.Index(na, []byte("/ID")):], na[bytes.Index(na, []byte("/ID")):]) {
		t.Error("two documents, one identifier")
	}
}

// With LibreOffice installed, one workbook converted twice gives the same
// PDF bytes.
func TestConvertIsDeterministic(t *testing.T) {
	soffice, err := Find()
	if err != nil {
		t.Skip("SKIPPED: soffice (LibreOffice) is not installed; .ci/run installs it")
	}
	if _, err := exec.LookPath(soffice); err != nil {
		t.Skip("SKIPPED: " + err.Error())
	}
	var got [][]byte
	for i := 0; i < 2; i++ {
		dir := t.TempDir()
		f := excelize.NewFile()
		f.SetCellStr("Sheet1", "A1", "Dokumen uji")
		if err := f.SaveAs(filepath.Join(dir, "uji.xlsx")); err != nil {
			t.Fatal(err)
		}
		names, err := Convert(t.Context(), soffice, dir, []string{"uji.xlsx"}, time.Date(2018, 12, 31, 0, 0, 0, 0, time.UTC))
		if err != nil || len(names) != 1 || names[0] != "uji.pdf" {
			t.Fatalf("Convert: %v %v", names, err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "uji.pdf"))
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, b)
		if i == 0 {
			time.Sleep(1100 * time.Millisecond) // a second later: another creation time
		}
	}
	if !bytes.Equal(got[0], got[1]) {
		t.Error("the same workbook printed twice gives different PDF bytes")
	}
}
