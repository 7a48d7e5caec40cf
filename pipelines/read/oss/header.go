// Package oss is the OSS-RBA export of business registrations (Online
// Single Submission – Risk Based Approach, since 9 August 2021): one row per
// NIB and project (KBLI), the registrations the UMKM figures come from once
// I-Jus Melon's IUMK stopped. This file recognises an export's columns; the
// rows go through the same reader as the I-Jus Melon export (package ijus).
package oss

import (
	"strings"

	"kinerja/pipelines/read/ijus"
)

// Fields of an OSS export. The names follow the export a DPMPTSP works with
// (nib, id_proyek, tgl_terbit_oss, uraian_skala_usaha, kbli, judul_kbli,
// kecamatan_usaha, kelurahan_usaha, jumlah_investasi, tki,
// uraian_risiko_proyek …; SOURCES-2021.md), with the owner's NIK and sex
// where an export carries them.
const (
	FieldNIB       = "nib"
	FieldProyek    = "id_proyek"
	FieldTerbit    = "tanggal_terbit"
	FieldNIK       = "nik"
	FieldNama      = "nama_pemilik"
	FieldJK        = "jenis_kelamin"
	FieldUsaha     = "nama_usaha"
	FieldAlamat    = "alamat"
	FieldKelurahan = "kelurahan"
	FieldKecamatan = "kecamatan"
	FieldSkala     = "skala_usaha"
	FieldKBLI      = "kbli"
	FieldJudulKBLI = "judul_kbli"
	FieldRisiko    = "risiko"
	FieldPelaku    = "jenis_pelaku_usaha"
	FieldModal     = "modal"
	FieldInvestasi = "jumlah_investasi"
	FieldOmset     = "omset"
	FieldTKI       = "tki"
	FieldTKIL      = "tki_l"
	FieldTKIP      = "tki_p"
	FieldStatus    = "status"
)

// Required are the fields without which a registration cannot be counted.
var Required = []string{FieldNIB, FieldTerbit, FieldKecamatan}

var workers = func(w map[string]bool) bool { return w["tki"] || w["tenaga"] || w["pekerja"] || w["tk"] }

func rule(field string, match func(words map[string]bool, s string) bool) ijus.Rule {
	return ijus.Rule{Field: field, Match: match}
}

var rules = []ijus.Rule{
	rule(FieldNIK, func(w map[string]bool, s string) bool {
		return w["nik"] || w["ktp"] || strings.Contains(s, "induk kependudukan")
	}),
	rule(FieldNIB, func(w map[string]bool, s string) bool {
		return w["nib"] || strings.Contains(s, "induk berusaha")
	}),
	rule(FieldRisiko, func(w map[string]bool, s string) bool { return w["risiko"] }),
	rule(FieldProyek, func(w map[string]bool, s string) bool { return w["proyek"] }),
	rule(FieldTKIL, func(w map[string]bool, s string) bool { return workers(w) && (w["l"] || w["laki"] || w["pria"]) }),
	rule(FieldTKIP, func(w map[string]bool, s string) bool { return workers(w) && (w["p"] || w["perempuan"] || w["wanita"]) }),
	rule(FieldTKI, func(w map[string]bool, s string) bool { return w["tki"] || (w["tenaga"] && w["kerja"]) || w["pekerja"] }),
	rule(FieldJK, func(w map[string]bool, s string) bool {
		return strings.Contains(s, "jenis kelamin") || s == "jk" || s == "l p" || w["gender"]
	}),
	rule(FieldPelaku, func(w map[string]bool, s string) bool { return w["jenis"] && w["pelaku"] }),
	rule(FieldSkala, func(w map[string]bool, s string) bool { return w["skala"] }),
	rule(FieldJudulKBLI, func(w map[string]bool, s string) bool {
		return w["kbli"] && (w["judul"] || w["uraian"] || w["nama"] || w["deskripsi"])
	}),
	rule(FieldKBLI, func(w map[string]bool, s string) bool { return w["kbli"] }),
	rule(FieldTerbit, func(w map[string]bool, s string) bool { return (w["tgl"] || w["tanggal"]) && !w["lahir"] }),
	rule(FieldInvestasi, func(w map[string]bool, s string) bool { return w["investasi"] }),
	rule(FieldModal, func(w map[string]bool, s string) bool { return w["modal"] }),
	rule(FieldOmset, func(w map[string]bool, s string) bool { return w["omset"] || w["omzet"] || w["penjualan"] }),
	rule(FieldKecamatan, func(w map[string]bool, s string) bool { return w["kecamatan"] || w["kec"] }),
	rule(FieldKelurahan, func(w map[string]bool, s string) bool { return w["kelurahan"] || w["kel"] || w["desa"] }),
	rule(FieldAlamat, func(w map[string]bool, s string) bool { return w["alamat"] }),
	rule(FieldNama, func(w map[string]bool, s string) bool {
		return w["nama"] && (w["pemilik"] || w["pelaku"] || w["penanggung"])
	}),
	rule(FieldUsaha, func(w map[string]bool, s string) bool {
		return (w["nama"] && (w["usaha"] || w["perusahaan"])) || w["perusahaan"] || w["merek"]
	}),
	rule(FieldNama, func(w map[string]bool, s string) bool { return w["nama"] || w["pemilik"] }),
	rule(FieldStatus, func(w map[string]bool, s string) bool { return w["status"] }),
}

// Form is the OSS export: a NIB and one of the columns only OSS has (KBLI,
// project, scale, risk), with at least four fields. It is looked for before
// the I-Jus Melon export, whose header an OSS export with a NIK and a date
// of issue would also satisfy.
var Form = ijus.Form{Name: "oss", Title: "ekspor OSS (NIB)", Rules: rules, Required: Required,
	Key: func(c ijus.Columns) bool {
		_, nib := c.Field[FieldNIB]
		_, kbli := c.Field[FieldKBLI]
		_, proyek := c.Field[FieldProyek]
		_, skala := c.Field[FieldSkala]
		_, risiko := c.Field[FieldRisiko]
		return nib && (kbli || proyek || skala || risiko) && len(c.Field) >= 4
	}}

// Forms are the licence exports a table is looked at as, in the order their
// headers are tried.
var Forms = []ijus.Form{Form, ijus.IUMK}
