package sipd

import (
	"slices"
	"testing"

	"kinerja/pipelines/read/ijus"
	"kinerja/pipelines/read/oss"
)

// forms are the exports a header is tried as, in the pipeline's order.
var forms = []ijus.Form{oss.Form, Form, ijus.IUMK}

func header(labels ...string) ijus.Reader {
	rd := ijus.Reader{Forms: forms}
	rd.Row(1, labels)
	return rd
}

// TestBothShapesRead: the field names of SIPD-RI's data and the labels of a
// screen exported to Excel each give every field, whatever the case and
// punctuation; the realisasi before the month, the month's and the
// cumulative one are told apart.
func TestBothShapesRead(t *testing.T) {
	cases := []struct {
		labels []string
		want   map[string]int
	}{
		{[]string{"tahun_anggaran", "bulan", "kode_skpd", "nama_skpd", "kode_sub_giat", "nama_sub_giat", "kode_akun", "nama_akun", "nilai", "pagumurni", "realisasi"},
			map[string]int{FieldTahun: 0, FieldBulan: 1, FieldKodeSKPD: 2, FieldNamaSKPD: 3, FieldKodeSub: 4, FieldNamaSub: 5,
				FieldKodeRek: 6, FieldNamaRek: 7, FieldPagu: 8, FieldPaguMurni: 9, FieldRealisasi: 10}},
		{[]string{"No", "Kode Sub Kegiatan", "Nama Sub Kegiatan", "Kode Rekening", "Nama Rekening", "Pagu Murni", "Pagu",
			"Realisasi s.d. Bulan Lalu", "Realisasi Bulan Ini", "Realisasi s.d. Bulan Ini", "%", "Sisa Anggaran", "Periode"},
			map[string]int{FieldKodeSub: 1, FieldNamaSub: 2, FieldKodeRek: 3, FieldNamaRek: 4, FieldPaguMurni: 5, FieldPagu: 6,
				FieldRealLalu: 7, FieldRealBulan: 8, FieldRealisasi: 9, FieldSisa: 11, FieldPeriode: 12}},
		{[]string{"KODE REKENING", "URAIAN", "SUB KEGIATAN", "ANGGARAN SETELAH PERUBAHAN", "ANGGARAN SEBELUM PERUBAHAN",
			"previous_realisasi", "REALISASI (Rp)", "Presentase", "Sumber Dana", "Tanggal SP2D"},
			map[string]int{FieldKodeRek: 0, FieldNamaRek: 1, FieldNamaSub: 2, FieldPagu: 3, FieldPaguMurni: 4,
				FieldRealLalu: 5, FieldRealisasi: 6, FieldPersen: 7, FieldSumberDana: 8, FieldPeriode: 9}},
	}
	for _, c := range cases {
		rd := header(c.labels...)
		if rd.Form.Name != "sipd" {
			t.Errorf("%q: read as %q", c.labels, rd.Form.Name)
			continue
		}
		for f, i := range c.want {
			if got, ok := rd.Columns.Field[f]; !ok || got != i {
				t.Errorf("%q: %s in column %d (found %v), want %d", c.labels, f, got, ok, i)
			}
		}
		if m := Missing(rd.Columns); len(m) > 0 {
			t.Errorf("%q: missing %v", c.labels, m)
		}
	}
}

// TestOtherHeadersAreNotSIPD: the units' and Keuangan's report sheets, and
// the licence exports, are not taken for a SIPD-RI export.
func TestOtherHeadersAreNotSIPD(t *testing.T) {
	for _, labels := range [][]string{
		{"Kode Rekening", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target 2022", "Pagu 2022 (Rp)",
			"Realisasi Kinerja s.d. Bulan Ini", "Realisasi Anggaran s.d. Bulan Ini (Rp)", "Permasalahan", "Solusi"},
		{"Kode Rekening", "Uraian", "Unit", "Pagu 2022 (Rp)", "Realisasi s.d. Bulan Ini (Rp)", "Keterangan"},
		{"nib", "kbli", "tgl_terbit_oss", "kecamatan_usaha", "uraian_skala_usaha"},
		{"No. Izin", "Tgl Terbit", "NIK", "Nama Pemilik", "Nama Usaha", "Kecamatan", "Jenis Usaha"},
	} {
		if rd := header(labels...); rd.Form.Name == "sipd" {
			t.Errorf("%q taken for a SIPD-RI export", labels)
		}
	}
}

// TestMissingSaysWhatIsLacking: an export without its realisasi column is
// still a SIPD-RI export (so the header finding can name what changed), and
// Missing names the column; a realisasi given as before-the-month plus the
// month's is not missing, nor a code given at the front of the name.
func TestMissingSaysWhatIsLacking(t *testing.T) {
	rd := header("kode_sub_giat", "nama_sub_giat", "kode_akun", "nama_akun", "nilai", "nilai_kumulatif")
	if rd.Form.Name != "sipd" || !slices.Equal(Missing(rd.Columns), []string{FieldRealisasi}) {
		t.Errorf("form %q, missing %v: want sipd lacking the realisasi", rd.Form.Name, Missing(rd.Columns))
	}
	rd = header("Sub Kegiatan", "Kode Rekening", "Pagu", "Realisasi s.d. Bulan Lalu", "Realisasi Bulan Ini")
	if m := Missing(rd.Columns); len(m) > 0 {
		t.Errorf("missing %v, want none", m)
	}
	if got := Form.Would("Realisasi SP2D"); got != FieldRealisasi {
		t.Errorf("Would(Realisasi SP2D) = %q", got)
	}
}

func TestPeriod(t *testing.T) {
	for _, c := range []struct {
		periode, bulan, tahun, path string
		m, y                        int
		ok                          bool
	}{
		{"s.d. Maret 2022", "", "", "", 3, 2022, true},
		{"Januari s.d. Maret 2022", "", "", "", 3, 2022, true},
		{"01 Januari 2022 s.d. 30 Juni 2022", "", "", "", 6, 2022, true},
		{"Periode: Agustus 2023", "", "", "", 8, 2023, true},
		{"2022-11-30", "", "", "", 11, 2022, true},
		{"2024-02", "", "", "", 2, 2024, true},
		{"Maret", "", "2022", "", 3, 2022, true},
		{"", "3", "2022", "", 3, 2022, true},
		{"", "Desember", "2022", "", 12, 2022, true},
		{"", "", "", "sipd/SIPD_Realisasi_Mei_2022.xlsx", 5, 2022, true},
		{"", "", "2022", "sipd/realisasi-2022-07.csv", 7, 2022, true},
		{"", "", "", "sipd/realisasi.csv", 0, 0, false},
		{"triwulan", "", "2022", "sipd/SIPD_2022-03.csv", 0, 0, false}, // a period that says something else is not guessed past
		{"", "13", "2022", "", 0, 0, false},
	} {
		m, y, ok := Period(c.periode, c.bulan, c.tahun, c.path)
		if ok != c.ok || (ok && (m != c.m || y != c.y)) {
			t.Errorf("Period(%q, %q, %q, %q) = %d, %d, %v; want %d, %d, %v", c.periode, c.bulan, c.tahun, c.path, m, y, ok, c.m, c.y, c.ok)
		}
	}
	if got := PeriodText(2, 2024, true); got != "2024-02-29" {
		t.Errorf("PeriodText(2, 2024) = %q", got)
	}
}

func FuzzPeriod(f *testing.F) {
	f.Add("s.d. Maret 2022", "", "", "x.csv")
	f.Add("01 Januari 2022 s.d. 31 Maret 2022", "3", "2022", "SIPD_2022-03.xlsx")
	f.Add("", "Desember", "2022.0", "")
	f.Add("Periode : s/d Agt '23", "", "", "")
	f.Fuzz(func(t *testing.T, periode, bulan, tahun, path string) {
		m, y, ok := Period(periode, bulan, tahun, path)
		if !ok {
			return
		}
		if m < 1 || m > 12 || y < 1900 || y > 2100 {
			t.Fatalf("Period(%q, %q, %q, %q) = %d, %d: out of range", periode, bulan, tahun, path, m, y)
		}
		if s := PeriodText(m, y, ok); len(s) != 10 {
			t.Fatalf("PeriodText(%d, %d) = %q", m, y, s)
		}
	})
}

func FuzzMatchHeader(f *testing.F) {
	f.Add("kode_sub_giat", "kode_akun", "nilai", "realisasi", "bulan")
	f.Add("Kode Sub Kegiatan", "Realisasi s.d. Bulan Lalu", "Realisasi Bulan Ini", "Pagu Murni", "%")
	f.Add("", "Program / Kegiatan / Sub Kegiatan", "Tahun Anggaran", "Tanggal SP2D", "Uraian")
	f.Fuzz(func(t *testing.T, a, b, c, d, e string) {
		labels := []string{a, b, c, d, e}
		cols := Form.Match(labels)
		used := map[int]bool{}
		for field, i := range cols.Field {
			if i < 0 || i >= len(labels) || used[i] {
				t.Fatalf("%q: field %s in column %d, used twice or out of range: %+v", labels, field, i, cols)
			}
			used[i] = true
		}
		for _, m := range Missing(cols) {
			if _, ok := cols.Field[m]; ok {
				t.Fatalf("%q: %s both found and missing", labels, m)
			}
			if Labels[m] == "" {
				t.Fatalf("%q: missing %s has no label for the finding", labels, m)
			}
		}
	})
}
