// Package sipd is Keuangan's export of realisasi anggaran from SIPD-RI (the
// national regional-government information system, the authoritative
// budget figures since 2021): one row per sub kegiatan and rekening
// (account), with its pagu, the pagu before any change (pagu murni) and the
// realisasi up to a month. SIPD-RI has no documented bulk export; its
// screens export to Excel and the LRA report to JSON, and the field names
// changed over the years (kode_akun/nama_akun/nilai before, kode_rekening/
// nama_rekening/pagu later; SOURCES-2021.md). This file recognises an
// export's columns by their labels, whichever names it uses; the rows go
// through the same reader as the licence exports (package ijus).
package sipd

import (
	"strings"

	"kinerja/pipelines/read/ijus"
)

// Fields of a SIPD-RI realisasi export.
const (
	FieldTahun       = "tahun"
	FieldBulan       = "bulan"
	FieldPeriode     = "periode"
	FieldKodeSKPD    = "kode_skpd"
	FieldNamaSKPD    = "nama_skpd"
	FieldKodeSub     = "kode_sub_kegiatan"
	FieldNamaSub     = "nama_sub_kegiatan"
	FieldKodeRek     = "kode_rekening"
	FieldNamaRek     = "nama_rekening"
	FieldPagu        = "pagu"
	FieldPaguMurni   = "pagu_murni"
	FieldRealLalu    = "realisasi_lalu"
	FieldRealBulan   = "realisasi_bulan"
	FieldRealisasi   = "realisasi"
	FieldPersen      = "persen"
	FieldSumberDana  = "sumber_dana"
	FieldKeterangan  = "keterangan"
	FieldLevel       = "level"
	FieldSisa        = "sisa"
	FieldKodeProgram = "kode_program"
)

// Required are the fields without which a row cannot be reconciled: the
// sub kegiatan and the rekening it is spent on, and the two amounts. The
// realisasi may also come as the realisasi before the month plus the
// month's (RequiredOr).
var Required = []string{FieldKodeSub, FieldKodeRek, FieldPagu, FieldRealisasi}

// Labels are the fields as a person reads them, for findings.
var Labels = map[string]string{
	FieldTahun: "tahun anggaran", FieldBulan: "bulan", FieldPeriode: "periode",
	FieldKodeSKPD: "kode SKPD", FieldNamaSKPD: "nama SKPD",
	FieldKodeSub: "kode sub kegiatan", FieldNamaSub: "nama sub kegiatan",
	FieldKodeRek: "kode rekening (akun)", FieldNamaRek: "nama rekening (akun)",
	FieldPagu: "pagu (anggaran, nilai)", FieldPaguMurni: "pagu murni",
	FieldRealLalu: "realisasi s.d. bulan lalu", FieldRealBulan: "realisasi bulan ini",
	FieldRealisasi: "realisasi s.d. bulan ini", FieldPersen: "persentase",
	FieldSumberDana: "sumber dana", FieldKeterangan: "keterangan", FieldLevel: "level",
	FieldSisa: "sisa anggaran", FieldKodeProgram: "kode program/kegiatan",
}

func rule(field string, match func(w map[string]bool, s string) bool) ijus.Rule {
	return ijus.Rule{Field: field, Match: match}
}

// sub is a label about the sub kegiatan (and not a program's, kegiatan's
// or the unit's: "Program / Kegiatan / Sub Kegiatan" is a report's column,
// not an export's).
func sub(w map[string]bool, s string) bool {
	return (w["sub"] && (w["kegiatan"] || w["giat"])) || w["subkegiatan"] || w["sub_giat"] ||
		strings.Contains(s, "sub giat")
}

func rekening(w map[string]bool) bool {
	return w["rekening"] || w["akun"] || w["rek"] || w["belanja"]
}

// realisasi is an amount spent, not the date or number of its document.
func realisasi(w map[string]bool) bool {
	return (w["realisasi"] || w["spj"] || w["sp2d"]) && !w["tanggal"] && !w["tgl"] && !w["nomor"] && !w["no"]
}

var rules = []ijus.Rule{
	rule(FieldPersen, func(w map[string]bool, s string) bool {
		return w["persen"] || w["presentase"] || w["persentase"] || w["capaian"]
	}),
	rule(FieldSisa, func(w map[string]bool, s string) bool {
		return w["sisa"] || (w["lebih"] && w["kurang"]) || w["selisih"]
	}),
	rule(FieldPaguMurni, func(w map[string]bool, s string) bool {
		return w["murni"] || w["pagumurni"] || (w["sebelum"] && (w["perubahan"] || w["pergeseran"]))
	}),
	rule(FieldRealLalu, func(w map[string]bool, s string) bool {
		return realisasi(w) && (w["lalu"] || w["sebelumnya"] || w["previous"] || w["sebelum"])
	}),
	rule(FieldRealBulan, func(w map[string]bool, s string) bool {
		return realisasi(w) && (w["ini"] || w["berjalan"]) && !w["sd"] && !w["s"] && !strings.Contains(s, "sampai") && !w["kumulatif"]
	}),
	rule(FieldRealisasi, func(w map[string]bool, s string) bool { return realisasi(w) }),
	rule(FieldKodeSub, func(w map[string]bool, s string) bool {
		return sub(w, s) && (w["kode"] || w["kd"])
	}),
	rule(FieldNamaSub, func(w map[string]bool, s string) bool {
		return sub(w, s) && !w["program"] && !w["id"]
	}),
	rule(FieldKodeRek, func(w map[string]bool, s string) bool {
		return rekening(w) && (w["kode"] || w["kd"] || w["no"] || w["nomor"])
	}),
	rule(FieldNamaRek, func(w map[string]bool, s string) bool {
		return rekening(w) && (w["nama"] || w["uraian"]) || s == "uraian" || s == "nama akun"
	}),
	rule(FieldPagu, func(w map[string]bool, s string) bool {
		return w["pagu"] || ((w["anggaran"] || w["nominal"] || w["dpa"]) && !w["tahun"]) || s == "nilai" || s == "nilai rp"
	}),
	rule(FieldKodeSKPD, func(w map[string]bool, s string) bool {
		return (w["skpd"] || w["opd"]) && (w["kode"] || w["kd"] || w["id"])
	}),
	rule(FieldNamaSKPD, func(w map[string]bool, s string) bool { return w["skpd"] || w["opd"] || w["unit"] }),
	rule(FieldKodeProgram, func(w map[string]bool, s string) bool {
		return (w["program"] || w["kegiatan"] || w["giat"]) && (w["kode"] || w["kd"] || w["id"])
	}),
	rule(FieldTahun, func(w map[string]bool, s string) bool { return w["tahun"] || s == "ta" }),
	rule(FieldPeriode, func(w map[string]bool, s string) bool {
		return w["periode"] || (w["sd"] && (w["tanggal"] || w["tgl"])) || w["tanggal"] || w["tgl"]
	}),
	rule(FieldBulan, func(w map[string]bool, s string) bool { return w["bulan"] }),
	rule(FieldSumberDana, func(w map[string]bool, s string) bool { return w["sumber"] || w["dana"] }),
	rule(FieldLevel, func(w map[string]bool, s string) bool { return w["level"] || w["tingkat"] }),
	rule(FieldKeterangan, func(w map[string]bool, s string) bool { return w["keterangan"] || w["catatan"] }),
}

// Form is the SIPD-RI realisasi export: a column of sub kegiatan (its code
// or its name) and the code of the rekening. The amounts are not part of
// the key: an export whose amount columns were renamed is still taken for
// one, and its header findings say which columns it lacks, rather than the
// file being passed over as something else.
var Form = ijus.Form{Name: "sipd", Title: "ekspor SIPD-RI (realisasi anggaran)", Rules: rules, Required: Required,
	Key: func(c ijus.Columns) bool {
		_, kode := c.Field[FieldKodeSub]
		_, nama := c.Field[FieldNamaSub]
		_, rek := c.Field[FieldKodeRek]
		return (kode || nama) && rek && len(c.Field) >= 3
	}}

// Missing are the required fields a header lacks, in the words a person
// reads: a realisasi given as before-the-month plus the month's is not
// missing.
func Missing(c ijus.Columns) []string {
	var out []string
	for _, f := range c.Missing {
		if f == FieldRealisasi {
			_, lalu := c.Field[FieldRealLalu]
			_, ini := c.Field[FieldRealBulan]
			if lalu && ini {
				continue
			}
		}
		if f == FieldKodeSub {
			if _, nama := c.Field[FieldNamaSub]; nama {
				continue // the code is read from the front of the name
			}
		}
		out = append(out, f)
	}
	return out
}
