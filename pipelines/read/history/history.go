// Package history reads published official-form tables of past years — the
// Renstra's Tabel 2.3 (Review Pencapaian Kinerja Pelayanan, form T-C.23) and
// Tabel 2.4 (Anggaran dan Realisasi Pendanaan Pelayanan, form T-C.24) — in
// the layout the pipeline itself writes, or as a planner retyped them.
package history

import (
	"regexp"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/sheet"
)

// Form codes, as stored in raw.sheets.form and raw.values.form.
const (
	Tabel23 = "tabel23"
	Tabel24 = "tabel24"
)

// Forms are the history tables, in the order they are tried.
func Forms() []sheet.Form {
	return []sheet.Form{
		{
			Code:  Tabel24,
			Title: regexp.MustCompile(`tabel 2 4 anggaran|anggaran dan realisasi pendanaan`),
			Spec: sheet.TableSpec{
				Anchors: [][]string{{"uraian"}, {"anggaran"}, {"realisasi"}, {"rasio"}},
				Key:     []string{"no"},
				Label:   []string{"uraian"},
				Fields: []sheet.Field{
					{Name: "rasio", Match: perYear("rasio"), Parse: idtext.ParseNumber},
					{Name: "pertumbuhan_anggaran", Match: under("pertumbuhan", "anggaran"), Parse: idtext.ParseNumber},
					{Name: "pertumbuhan_realisasi", Match: under("pertumbuhan", "realisasi"), Parse: idtext.ParseNumber},
					{Name: "realisasi", Match: perYear("realisasi"), Parse: idtext.ParseRupiah},
					{Name: "anggaran", Match: perYear("anggaran"), Parse: idtext.ParseRupiah},
				},
			},
		},
		{
			Code:  Tabel23,
			Title: regexp.MustCompile(`tabel 2 3 review|review pencapaian kinerja`),
			Spec: sheet.TableSpec{
				Anchors: [][]string{{"indikator"}, {"target"}, {"realisasi"}, {"rasio"}},
				Key:     []string{"no"},
				Label:   []string{"indikator"},
				Fields: []sheet.Field{
					{Name: "target_spm", Match: single("spm"), Parse: idtext.ParseNumber},
					{Name: "target_ikk", Match: single("ikk"), Parse: idtext.ParseNumber},
					{Name: "target_lainnya", Match: single("lainnya"), Parse: idtext.ParseNumber},
					{Name: "rasio", Match: perYear("rasio"), Parse: idtext.ParseNumber},
					{Name: "realisasi", Match: perYear("realisasi"), Parse: idtext.ParseNumber},
					{Name: "target", Match: perYear("target"), Parse: idtext.ParseNumber},
				},
			},
		},
	}
}

// perYear matches a column under a year whose labels contain word.
func perYear(word string) func(sheet.Column) bool {
	return func(c sheet.Column) bool { return c.Year() > 0 && c.Has(word) }
}

// under matches a column labelled word below a group labelled group.
func under(group, word string) func(sheet.Column) bool {
	return func(c sheet.Column) bool {
		return len(c.Path) >= 2 && c.Has(group) && sheet.Column{Path: c.Path[len(c.Path)-1:]}.Has(word)
	}
}

// single matches a column without a year whose labels contain word.
func single(word string) func(sheet.Column) bool {
	return func(c sheet.Column) bool { return c.Year() == 0 && c.Has(word) }
}
