// Package pengaturan reads the settings workbook: the choices an office
// makes (how "rata-rata pertumbuhan" is computed, which year windows get a
// workbook) as data a planner edits in a spreadsheet, stored in the
// warehouse with the cell they came from.
package pengaturan

import (
	"regexp"

	"kinerja/pipelines/sheet"
)

// Form code.
const Pengaturan = "pengaturan"

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
	}}
}
