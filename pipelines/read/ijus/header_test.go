package ijus

import (
	"slices"
	"testing"
)

// fieldOrder is the field of each entry of headerVariants.
var fieldOrder = []string{FieldIzin, FieldTerbit, FieldNIK, FieldNama, FieldJK, FieldUsaha, FieldAlamat, FieldKelurahan,
	FieldKecamatan, FieldSektor, FieldModal, FieldOmset, FieldTKL, FieldTKP, FieldStatus}

// TestMatchHeaderKnowsEveryVariant: every spelling the generator (and so a
// web export) uses names its field, whatever the order and whatever else
// is in the row.
func TestMatchHeaderKnowsEveryVariant(t *testing.T) {
	for field, variants := range headerVariants {
		for _, v := range variants {
			labels := []string{"Email", v, "No. HP"}
			c := MatchHeader(labels)
			if c.Field[fieldOrder[field]] != 1 || len(c.Field) != 1 || !slices.Equal(c.Extra, []int{0, 2}) {
				t.Errorf("%q: %+v, want %s in column 1 and the others extra", v, c, fieldOrder[field])
			}
		}
	}
	// A whole header as the generator writes it, reversed.
	var labels []string
	for i := len(headerVariants) - 1; i >= 0; i-- {
		labels = append(labels, headerVariants[i][i%3])
	}
	c := MatchHeader(labels)
	if len(c.Field) != len(fieldOrder) || len(c.Missing) != 0 || len(c.Extra) != 0 || !IsHeader(labels) {
		t.Errorf("%v: %+v", labels, c)
	}
	for i, f := range fieldOrder {
		if c.Field[f] != len(fieldOrder)-1-i {
			t.Errorf("%s in column %d, want %d", f, c.Field[f], len(fieldOrder)-1-i)
		}
	}
}

func TestMatchHeaderSaysWhatIsMissing(t *testing.T) {
	c := MatchHeader([]string{"Nama Pemilik", "Tanggal Lahir", "Nama Usaha", "Kecamatan", "Tgl Terbit"})
	if !slices.Equal(c.Missing, []string{FieldIzin, FieldNIK}) || c.Field[FieldTerbit] != 4 || !slices.Equal(c.Extra, []int{1}) {
		t.Errorf("%+v: want nomor izin and NIK missing, Tanggal Lahir extra, Tgl Terbit the date of issue", c)
	}
	for _, labels := range [][]string{
		{"Kode Rekening", "Program / Kegiatan", "Indikator", "Satuan", "Target", "Realisasi Kinerja"},
		{"No", "Nama Koperasi", "Nomor Badan Hukum", "Status Aktif", "Anggota L", "Anggota P"},
		{},
	} {
		if IsHeader(labels) {
			t.Errorf("%v taken for a licence export's header", labels)
		}
	}
}

func FuzzMatchHeader(f *testing.F) {
	f.Add("NIK", "No. Izin", "Tgl Terbit", "Kec.", "Nama Pelaku Usaha")
	f.Add("", "  ", "L/P", "Tenaga Kerja Pria", "Omzet/Tahun (Rp)")
	f.Add("Nomor Induk Kependudukan", "nik", "TK Perempuan", "Desa/Kelurahan", "Status Izin")
	f.Fuzz(func(t *testing.T, a, b, c, d, e string) {
		labels := []string{a, b, c, d, e}
		cols := MatchHeader(labels)
		used := map[int]bool{}
		for field, i := range cols.Field {
			if i < 0 || i >= len(labels) || used[i] {
				t.Fatalf("%q: field %s in column %d, used twice or out of range: %+v", labels, field, i, cols)
			}
			used[i] = true
			if slices.Contains(cols.Missing, field) {
				t.Fatalf("%q: %s both found and missing", labels, field)
			}
		}
		for _, i := range cols.Extra {
			if used[i] {
				t.Fatalf("%q: column %d both a field and extra", labels, i)
			}
		}
		if len(cols.Field)+len(cols.Extra) > len(labels) {
			t.Fatalf("%q: more columns than labels: %+v", labels, cols)
		}
	})
}
