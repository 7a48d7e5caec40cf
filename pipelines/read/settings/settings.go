// Package settings reads the settings workbook: the choices an office
// makes (how "rata-rata pertumbuhan" is computed, which year windows get a
// workbook) as data a planner edits in a spreadsheet, stored in the
// warehouse with the cell they came from.
package settings

import (
	"regexp"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/sheet"
)

// Form codes.
const (
	Pengaturan = "pengaturan"
	// Padanan pairs a row of the published Tabel 2.4 with the Renstra
	// program it is, where the two name it differently ("Prog. Pengembangan
	// Sistem Pendukung Usaha bagi UMKM" is PROGRAM PENGEMBANGAN SISTEM
	// PENDUKUNG USAHA BAGI KOPERASI USAHA MIKRO KECIL MENENGAH, kode
	// 1.2.11.1.2.11.01.17). Names alone cannot tell; a planner can.
	Padanan = "pengaturan.padanan"
	// PadananTabel23 pairs a row of the published Tabel 2.3 with the
	// Renstra indicator it continues as ("Prosentase Koperasi aktif
	// (2010-2015)" is IP-18-1 Prosentase koperasi aktif), so that its series
	// runs on into the Renstra's years.
	PadananTabel23 = "pengaturan.padanan_tabel23"
	// PadananKode pairs a program, kegiatan, sub kegiatan or indicator of
	// one plan with its successor in the next, across a change of coding
	// (Permendagri 13/2006's 1.2.11.1.2.11.01.16 is 90/2019's 2.17.08) and
	// the nomenclature's yearly updates: a code continued, renamed, merged
	// into another, split, new, or deleted. The series of Tabel 2.3 and 2.4
	// run across the change through it.
	PadananKode = "pengaturan.padanan_kode"
	// Predikat is the scale that names a capaian (Sangat Tinggi … Sangat
	// Rendah): Permendagri 86/2017 unless an office sets its own.
	Predikat = "pengaturan.predikat"
)

// Forms is the settings sheet.
func Forms() []sheet.Form {
	return []sheet.Form{{
		Code:  Pengaturan,
		Title: regexp.MustCompile(`^pengaturan`),
		Spec: sheet.TableSpec{
			Anchors: [][]string{{"kunci"}, {"nilai"}, {"keterangan"}},
			Key:     []string{"kunci"},
			Label:   []string{"nilai"},
			Fields: []sheet.Field{
				{Name: "kunci", Match: func(c sheet.Column) bool { return c.Has("kunci") }},
				{Name: "nilai", Match: func(c sheet.Column) bool { return c.Has("nilai") }},
				{Name: "keterangan", Match: func(c sheet.Column) bool { return c.Has("keterangan") }},
			},
		},
	}, {
		Code:  Predikat,
		Title: regexp.MustCompile(`^skala predikat`),
		Spec: sheet.TableSpec{
			Anchors: [][]string{{"predikat"}, {"lebih"}},
			Key:     []string{"predikat"},
			Label:   []string{"keterangan"},
			Fields: []sheet.Field{
				{Name: "predikat", Match: func(c sheet.Column) bool { return c.Has("predikat") }},
				{Name: "batas", Match: func(c sheet.Column) bool { return c.Has("lebih") }, Parse: idtext.ParseNumber},
				{Name: "keterangan", Match: func(c sheet.Column) bool { return c.Has("keterangan") }},
			},
		},
	}, {
		Code:  PadananTabel23,
		Title: regexp.MustCompile(`^padanan (baris )?tabel 2 3\b`),
		Spec: sheet.TableSpec{
			Anchors: [][]string{{"indikator"}, {"kode"}},
			Key:     []string{"kode"},
			Label:   []string{"tabel"},
			Fields: []sheet.Field{
				{Name: "uraian", Match: func(c sheet.Column) bool { return c.Has("tabel") }},
				{Name: "kode", Match: func(c sheet.Column) bool { return c.Has("kode") }},
				{Name: "uraian_renstra", Match: func(c sheet.Column) bool { return c.Has("renstra") && !c.Has("kode") }},
				{Name: "keterangan", Match: func(c sheet.Column) bool { return c.Has("keterangan") }},
			},
		},
	}, {
		Code:  PadananKode,
		Title: regexp.MustCompile(`^padanan kode\b`),
		Spec: sheet.TableSpec{
			Anchors: [][]string{{"kode", "lama"}, {"uraian", "lama"}, {"kode", "baru"}, {"uraian", "baru"}},
			Key:     []string{"kode", "lama"},
			Label:   []string{"uraian", "lama"},
			Fields: []sheet.Field{
				{Name: "kode_lama", Match: func(c sheet.Column) bool { return c.Has("kode", "lama") }},
				{Name: "uraian_lama", Match: func(c sheet.Column) bool { return c.Has("uraian", "lama") }},
				{Name: "kode_baru", Match: func(c sheet.Column) bool { return c.Has("kode", "baru") }},
				{Name: "uraian_baru", Match: func(c sheet.Column) bool { return c.Has("uraian", "baru") }},
				{Name: "perubahan", Match: func(c sheet.Column) bool { return c.Has("perubahan") }},
				{Name: "keterangan", Match: func(c sheet.Column) bool { return c.Has("keterangan") }},
			},
		},
	}, {
		Code:  Padanan,
		Title: regexp.MustCompile(`^padanan`),
		Spec: sheet.TableSpec{
			Anchors: [][]string{{"uraian"}, {"kode"}},
			Key:     []string{"kode"},
			Label:   []string{"tabel"},
			Fields: []sheet.Field{
				{Name: "uraian", Match: func(c sheet.Column) bool { return c.Has("tabel") }},
				{Name: "kode", Match: func(c sheet.Column) bool { return c.Has("kode") }},
				{Name: "uraian_renstra", Match: func(c sheet.Column) bool { return c.Has("renstra") && !c.Has("kode") }},
				{Name: "keterangan", Match: func(c sheet.Column) bool { return c.Has("keterangan") }},
			},
		},
	}}
}
