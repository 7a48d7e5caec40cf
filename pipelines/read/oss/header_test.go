package oss

import (
	"slices"
	"testing"

	"kinerja/pipelines/read/ijus"
)

// TestFormKnowsEveryVariant: every spelling the generator writes (the
// snake_case of a DPMPTSP's export, and the title-case of others) names
// its field; the export is taken for OSS, not for I-Jus Melon, also when
// it carries the owner's NIK and a date of issue.
func TestFormKnowsEveryVariant(t *testing.T) {
	for _, c := range columns {
		for _, v := range c.variants {
			got := Form.Match([]string{"Email", v, "No. HP"})
			i, ok := got.Field[c.name]
			if c.name == "latitude" || c.name == "longitude" || c.name == "kl_sektor_pembina" {
				ok, i = len(got.Field) == 0, 1 // kept as an extra column
			}
			if !ok || i != 1 || len(got.Field) > 1 {
				t.Errorf("%q: %+v, want %s in column 1", v, got, c.name)
			}
		}
	}
	for k := range 3 {
		var labels []string
		for _, c := range columns {
			labels = append(labels, c.variants[k])
		}
		var rd ijus.Reader
		rd.Forms = Forms
		if _, _, err := rd.Row(1, labels); err != nil || rd.Form.Name != "oss" || len(rd.Columns.Missing) != 0 {
			t.Errorf("%q: form %q, missing %v, err %v", labels, rd.Form.Name, rd.Columns.Missing, err)
		}
	}
	// An I-Jus Melon header stays one.
	var rd ijus.Reader
	rd.Forms = Forms
	rd.Row(1, []string{"No. Izin", "Tgl Terbit", "NIK", "Nama Pemilik", "Nama Usaha", "Kecamatan", "Jenis Usaha"})
	if rd.Form.Name != "ijus" {
		t.Errorf("an I-Jus Melon header taken as %q", rd.Form.Name)
	}
}

func TestFormSaysWhatIsMissing(t *testing.T) {
	c := Form.Match([]string{"nib", "kbli", "judul_kbli", "nama_perusahaan", "Tanggal Lahir"})
	if !slices.Equal(c.Missing, []string{FieldTerbit, FieldKecamatan}) || !Form.Key(c) || !slices.Equal(c.Extra, []int{4}) {
		t.Errorf("%+v: want the date of issue and kecamatan missing, Tanggal Lahir extra", c)
	}
	for _, labels := range [][]string{
		{"Kode Rekening", "Program / Kegiatan", "Indikator", "Satuan", "Target", "Realisasi Kinerja"},
		{"NIB", "Nama", "Alamat", "Kecamatan"}, // a NIB alone, no column only OSS has
		{},
	} {
		if Form.Key(Form.Match(labels)) {
			t.Errorf("%v taken for an OSS export's header", labels)
		}
	}
}

func FuzzMatchHeader(f *testing.F) {
	f.Add("nib", "kbli", "tgl_terbit_oss", "kecamatan_usaha", "uraian_skala_usaha")
	f.Add("", "  ", "Jumlah TKI", "TKI Perempuan", "Hasil Penjualan per Tahun")
	f.Add("Nomor Induk Berusaha", "NIK Penanggung Jawab", "uraian_risiko_proyek", "id_proyek", "Uraian KBLI")
	f.Fuzz(func(t *testing.T, a, b, c, d, e string) {
		labels := []string{a, b, c, d, e}
		cols := Form.Match(labels)
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
		if Form.Key(cols) {
			if _, ok := cols.Field[FieldNIB]; !ok {
				t.Fatalf("%q: taken for OSS without a NIB column", labels)
			}
		}
	})
}
