// Package renstra reads the Renstra reference workbook: the strategic plan as
// data (units, tujuan/sasaran, indicators with formula and polarity, Tabel
// 6.1 programs and kegiatan with targets and pagu per year, and the target
// tables 4.1, 7.1, 7.2 and the Lampiran). The years are whatever the sheets'
// headers say: the next Renstra is a new workbook, not a code change.
package renstra

import (
	"regexp"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/sheet"
)

// Form codes.
const (
	Dokumen       = "renstra.dokumen"
	Unit          = "renstra.unit"
	TujuanSasaran = "renstra.tujuan_sasaran"
	Indikator     = "renstra.indikator"
	Tabel41       = "renstra.tabel41"
	Tabel61       = "renstra.tabel61"
	Tabel71       = "renstra.tabel71"
	Tabel72       = "renstra.tabel72"
	Lampiran      = "renstra.lampiran"
)

func text(name string, words ...string) sheet.Field {
	return sheet.Field{Name: name, Match: func(c sheet.Column) bool { return c.Has(words...) }}
}

// Forms are the sheets of a Renstra workbook, recognised by their titles.
func Forms() []sheet.Form {
	targetSpec := sheet.TableSpec{
		Anchors: [][]string{{"kode", "indikator"}, {"indikator", "kinerja"}, {"target"}},
		Key:     []string{"kode", "indikator"},
		Label:   []string{"indikator", "kinerja"},
		Fields: []sheet.Field{
			text("kode_indikator", "kode", "indikator"),
			{Name: "indikator", Match: func(c sheet.Column) bool { return c.Has("indikator") && !c.Has("kode") }},
			text("satuan", "satuan"),
			{Name: "target", Match: func(c sheet.Column) bool { return c.Year() > 0 }, Parse: idtext.ParseQuantity},
			text("baris_seed", "baris"),
			text("catatan", "catatan"),
		},
	}
	return []sheet.Form{
		{Code: Dokumen, Title: regexp.MustCompile(`^dokumen renstra`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"kunci"}, {"nilai"}}, Key: []string{"kunci"}, Label: []string{"nilai"},
			Fields: []sheet.Field{text("kunci", "kunci"), text("nilai", "nilai")},
		}},
		{Code: Unit, Title: regexp.MustCompile(`^unit kerja`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"kode"}, {"nama", "unit"}}, Key: []string{"kode"}, Label: []string{"nama"},
			Fields: []sheet.Field{text("kode", "kode"), text("nama", "nama"), text("jenis", "jenis"), text("seksi", "seksi"), text("tugas", "tugas")},
		}},
		{Code: TujuanSasaran, Title: regexp.MustCompile(`^tujuan sasaran`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"kode"}, {"jenis"}, {"uraian"}}, Key: []string{"kode"}, Label: []string{"uraian"},
			Fields: []sheet.Field{
				{Name: "kode", Match: func(c sheet.Column) bool { return c.Has("kode") && !c.Has("induk") }},
				text("jenis", "jenis"), text("uraian", "uraian"), text("kode_induk", "kode", "induk"),
			},
		}},
		{Code: Indikator, Title: regexp.MustCompile(`^daftar indikator`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"kode"}, {"indikator"}, {"polaritas"}}, Key: []string{"kode"}, Label: []string{"indikator"},
			Fields: []sheet.Field{
				{Name: "kode", Match: func(c sheet.Column) bool { return c.Has("kode") && !c.Has("induk") }},
				text("nama", "indikator"), text("tingkat", "tingkat"), text("kode_induk", "kode", "induk"),
				text("satuan", "satuan"), text("polaritas", "polaritas"), text("formula", "formula"),
				text("unit", "unit"), text("nama_lain", "nama", "lain"), text("catatan", "catatan"),
			},
		}},
		// Tabel 6.1 of a Renstra under Permendagri 86/2017 (form T-C.27):
		// "Tabel 6.1 Rencana Program dan Kegiatan serta Pendanaan", and under
		// 90/2019 its programs, kegiatan and sub kegiatan, whatever the
		// table's number: its code column is "Kode Rekening" or "Kode".
		{Code: Tabel61, Title: regexp.MustCompile(`^tabel 6 1\b|^(tabel [0-9 ]+ )?rencana program\b.*\b(pendanaan|sub kegiatan)\b`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"kode"}, {"program"}},
			Key:     []string{"kode"},
			Label:   []string{"program", "kegiatan"},
			Fields: []sheet.Field{
				{Name: "kode_rekening", Match: func(c sheet.Column) bool { return c.Has("kode") && !c.Has("indikator") }},
				{Name: "uraian", Match: func(c sheet.Column) bool {
					return c.Has("program") && !c.Has("indikator") && c.Year() == 0 && !c.Has("target")
				}},
				{Name: "indikator", Match: func(c sheet.Column) bool { return c.Has("indikator") && !c.Has("kode") }},
				text("kode_indikator", "kode", "indikator"),
				{Name: "unit", Match: func(c sheet.Column) bool {
					return sheet.Norm(c.Last()) == "unit" || c.Has("unit", "penanggung") || c.Has("unit", "kerja")
				}},
				{Name: "target", Match: func(c sheet.Column) bool { return c.Year() > 0 && bottom(c, "target") }, Parse: idtext.ParseQuantity},
				{Name: "rp", Match: func(c sheet.Column) bool { return c.Year() > 0 && bottom(c, "rp") }, Parse: idtext.ParseRupiah},
				{Name: "target_akhir", Match: func(c sheet.Column) bool { return c.Year() == 0 && c.Has("akhir") && bottom(c, "target") }, Parse: idtext.ParseQuantity},
				{Name: "rp_akhir", Match: func(c sheet.Column) bool { return c.Year() == 0 && c.Has("akhir") && bottom(c, "rp") }, Parse: idtext.ParseRupiah},
				text("catatan", "catatan"),
			},
			Classify: func(r *sheet.TableRow, kind sheet.RowKind) sheet.RowKind {
				// "BELANJA TIDAK LANGSUNG" / "BELANJA LANGSUNG" without a kode
				// carry the block totals.
				if r.Key == "" && blockRe.MatchString(sheet.Norm(r.Label)) {
					return sheet.RowTotal
				}
				return kind
			},
		}},
		{Code: Tabel41, Title: regexp.MustCompile(`^tabel 4 1\b`), Spec: targetSpec},
		{Code: Tabel71, Title: regexp.MustCompile(`^tabel 7 1\b`), Spec: targetSpec},
		{Code: Tabel72, Title: regexp.MustCompile(`^tabel 7 2\b`), Spec: targetSpec},
		{Code: Lampiran, Title: regexp.MustCompile(`^lampiran\b`), Spec: targetSpec},
	}
}

var blockRe = regexp.MustCompile(`^belanja (tidak )?langsung$`)

// bottom reports whether the column's lowest label is the word ("Target",
// "(Rp)"): a group title above it may contain the same word.
func bottom(c sheet.Column, word string) bool {
	return sheet.Norm(c.Last()) == word
}
