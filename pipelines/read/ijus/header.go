package ijus

import (
	"strings"
	"unicode"
)

// Fields of a licence export, in the order of DOMAIN.md.
const (
	FieldIzin      = "nomor_izin"
	FieldTerbit    = "tanggal_terbit"
	FieldNIK       = "nik"
	FieldNama      = "nama_pemilik"
	FieldJK        = "jenis_kelamin"
	FieldUsaha     = "nama_usaha"
	FieldAlamat    = "alamat"
	FieldKelurahan = "kelurahan"
	FieldKecamatan = "kecamatan"
	FieldSektor    = "sektor"
	FieldModal     = "modal"
	FieldOmset     = "omset"
	FieldTKL       = "tenaga_kerja_l"
	FieldTKP       = "tenaga_kerja_p"
	FieldStatus    = "status"
)

// Required are the fields without which a registration cannot be counted.
var Required = []string{FieldIzin, FieldTerbit, FieldNIK, FieldKecamatan}

// Rule recognises a field by the words of a normalised header label (and
// the label itself, normalised: "No. Izin" → "no izin").
type Rule struct {
	Field string
	Match func(words map[string]bool, s string) bool
}

// Form is a kind of licence export: the rules that recognise its columns
// (the first rule that matches a label wins, so the more specific come
// first), the fields it cannot be counted without, and what a header row
// must name to be taken for its header.
type Form struct {
	Name     string // the form in raw.sheets and the run summary: ijus, oss
	Title    string // for messages: "ekspor I-Jus Melon"
	Rules    []Rule
	Required []string
	Key      func(Columns) bool
}

// IUMK is the I-Jus Melon export: a NIK and a licence number or date, and
// most of its labels fields.
var IUMK = Form{Name: "ijus", Title: "ekspor I-Jus Melon", Rules: labelRules, Required: Required,
	Key: func(c Columns) bool {
		_, nik := c.Field[FieldNIK]
		_, izin := c.Field[FieldIzin]
		_, terbit := c.Field[FieldTerbit]
		return nik && (izin || terbit) && len(c.Field) >= 5
	}}

var labelRules = []Rule{
	{FieldNIK, func(w map[string]bool, s string) bool {
		return w["nik"] || w["ktp"] || strings.Contains(s, "induk kependudukan")
	}},
	{FieldTKL, func(w map[string]bool, s string) bool {
		return (w["tk"] || w["tenaga"] || w["pekerja"]) && (w["l"] || w["laki"] || w["pria"])
	}},
	{FieldTKP, func(w map[string]bool, s string) bool {
		return (w["tk"] || w["tenaga"] || w["pekerja"]) && (w["p"] || w["perempuan"] || w["wanita"])
	}},
	{FieldJK, func(w map[string]bool, s string) bool {
		return strings.Contains(s, "jenis kelamin") || s == "jk" || s == "l p" || w["gender"]
	}},
	{FieldIzin, func(w map[string]bool, s string) bool {
		return (w["no"] || w["nomor"] || w["nomer"]) && (w["izin"] || w["ijin"] || w["iumk"] || w["nib"])
	}},
	{FieldTerbit, func(w map[string]bool, s string) bool {
		return (w["tgl"] || w["tanggal"]) && !w["lahir"]
	}},
	{FieldModal, func(w map[string]bool, s string) bool { return w["modal"] }},
	{FieldOmset, func(w map[string]bool, s string) bool { return w["omset"] || w["omzet"] }},
	{FieldKecamatan, func(w map[string]bool, s string) bool { return w["kecamatan"] || w["kec"] }},
	{FieldKelurahan, func(w map[string]bool, s string) bool { return w["kelurahan"] || w["kel"] || w["desa"] }},
	{FieldAlamat, func(w map[string]bool, s string) bool { return w["alamat"] }},
	{FieldSektor, func(w map[string]bool, s string) bool {
		return w["sektor"] || w["bidang"] || w["kbli"] || (w["jenis"] && w["usaha"])
	}},
	{FieldNama, func(w map[string]bool, s string) bool {
		return w["nama"] && (w["pemilik"] || w["pelaku"] || w["penanggung"])
	}},
	{FieldUsaha, func(w map[string]bool, s string) bool {
		return w["usaha"] || w["perusahaan"] || w["merek"]
	}},
	{FieldNama, func(w map[string]bool, s string) bool {
		return w["nama"] || w["pemilik"]
	}},
	{FieldStatus, func(w map[string]bool, s string) bool { return w["status"] }},
}

// Columns maps a header row's columns to fields.
type Columns struct {
	Field   map[string]int // field → column index (0-based)
	Extra   []int          // columns no field claimed: kept, not used
	Missing []string       // required fields no column carries
}

// normLabel lowercases a label and keeps its letters and digits as words:
// "No. Izin" → "no izin", "Omzet/Tahun (Rp)" → "omzet tahun rp".
func normLabel(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// MatchHeader recognises the columns of an I-Jus Melon header row.
func MatchHeader(labels []string) Columns { return IUMK.Match(labels) }

// Match recognises the columns of a header row, in any order and in the
// spellings web exports use. Each field takes the first column that
// matches it; a label that matches nothing, or a field already taken, is
// an extra column.
func (form Form) Match(labels []string) Columns {
	c := Columns{Field: map[string]int{}}
	for i, label := range labels {
		s := normLabel(label)
		words := map[string]bool{}
		for _, w := range strings.Fields(s) {
			words[w] = true
		}
		claimed := false
		if s != "" {
			for _, rule := range form.Rules {
				if _, taken := c.Field[rule.Field]; !taken && rule.Match(words, s) {
					c.Field[rule.Field] = i
					claimed = true
					break
				}
			}
		}
		if !claimed && s != "" {
			c.Extra = append(c.Extra, i)
		}
	}
	for _, f := range form.Required {
		if _, ok := c.Field[f]; !ok {
			c.Missing = append(c.Missing, f)
		}
	}
	return c
}

// Would is the field a label would be taken for were every field still
// free ("" for none): for saying which of two columns that both look like
// one field was used.
func (form Form) Would(label string) string {
	s := normLabel(label)
	if s == "" {
		return ""
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(s) {
		words[w] = true
	}
	for _, rule := range form.Rules {
		if rule.Match(words, s) {
			return rule.Field
		}
	}
	return ""
}

// IsHeader says whether a row looks like a licence export's header: it
// names a NIK and a licence number or date, and most of its labels are
// fields.
func IsHeader(labels []string) bool { return IUMK.Key(IUMK.Match(labels)) }
