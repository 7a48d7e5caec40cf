// Package monthly reads the monthly reports the units send: realisasi of
// kinerja and anggaran per kegiatan, Keuangan's authoritative realisasi,
// and the registers (cooperatives, health assessments, coached businesses,
// Kredit Wibawa, marketing, training). Sheets are recognised by title or by
// their header labels, however the people who filled them moved, renamed or
// merged things; who sent a file and for which month comes from the
// template's hidden metadata, else the header block, else the file's name.
package monthly

import (
	"regexp"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/sheet"
)

// Form codes.
const (
	Meta         = "bulanan.meta"
	Realisasi    = "bulanan.realisasi"
	Keuangan     = "bulanan.keuangan"
	Koperasi     = "bulanan.koperasi"
	Kesehatan    = "bulanan.kesehatan"
	KoperasiBaik = "bulanan.koperasi_baik"
	UMKM         = "bulanan.umkm_binaan"
	Kredit       = "bulanan.kredit_wibawa"
	Pemasaran    = "bulanan.pemasaran"
	Pelatihan    = "bulanan.pelatihan"
)

func has(words ...string) func(sheet.Column) bool {
	return func(c sheet.Column) bool { return c.Has(words...) }
}

func text(name string, match func(sheet.Column) bool) sheet.Field {
	return sheet.Field{Name: name, Match: match}
}

func number(name string, match func(sheet.Column) bool, parse func(string) (idtext.Number, error)) sheet.Field {
	return sheet.Field{Name: name, Match: match, Parse: parse}
}

func kind(name string, match func(sheet.Column) bool, k sheet.Kind) sheet.Field {
	return sheet.Field{Name: name, Match: match, Kind: k}
}

// last matches a column whose bottom label is exactly the word ("L", "P").
func last(group, word string) func(sheet.Column) bool {
	return func(c sheet.Column) bool {
		return len(c.Path) >= 2 && sheet.Norm(c.Last()) == word && c.Has(group)
	}
}

func and(fs ...func(sheet.Column) bool) func(sheet.Column) bool {
	return func(c sheet.Column) bool {
		for _, f := range fs {
			if !f(c) {
				return false
			}
		}
		return true
	}
}

func not(f func(sheet.Column) bool) func(sheet.Column) bool {
	return func(c sheet.Column) bool { return !f(c) }
}

func or(fs ...func(sheet.Column) bool) func(sheet.Column) bool {
	return func(c sheet.Column) bool {
		for _, f := range fs {
			if f(c) {
				return true
			}
		}
		return false
	}
}

var (
	colNo           = text("no", func(c sheet.Column) bool { return sheet.Norm(c.Last()) == "no" || sheet.Norm(c.Last()) == "nomor" })
	colBadanHukum   = text("nomor_badan_hukum", or(has("badan", "hukum"), has("bh")))
	colNamaKoperasi = text("nama_koperasi", and(has("nama"), has("koperasi")))
	colNamaUsaha    = text("nama_usaha", and(has("nama"), or(has("usaha"), has("umkm"))))
	colGender       = kind("jenis_kelamin", or(has("jenis", "kelamin"), has("gender"), func(c sheet.Column) bool { return sheet.Norm(c.Last()) == "l p" }), sheet.KindGender)
	colKecamatan    = text("kecamatan", has("kecamatan"))
)

// Forms are the sheets of the monthly reports, in the order they are tried
// by header (the most specific first).
func Forms() []sheet.Form {
	return []sheet.Form{
		{Code: Meta, Title: regexp.MustCompile(`^kinerja$`), NameOnly: true, Spec: sheet.TableSpec{
			Anchors: [][]string{{"kunci"}, {"nilai"}}, Key: []string{"kunci"}, Label: []string{"nilai"},
			Fields: []sheet.Field{text("kunci", has("kunci")), text("nilai", has("nilai"))},
		}},
		{Code: Keuangan, Title: regexp.MustCompile(`^laporan realisasi anggaran\b`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"kode"}, {"unit"}, {"pagu"}, {"realisasi"}},
			Key:     []string{"kode"}, Label: []string{"uraian"},
			Fields: []sheet.Field{
				text("kode_rekening", has("kode")),
				text("uraian", or(has("uraian"), has("program"), has("kegiatan"))),
				text("unit", func(c sheet.Column) bool { return sheet.Norm(c.Last()) == "unit" || c.Has("bidang") }),
				number("pagu", has("pagu"), idtext.ParseRupiah),
				number("realisasi_anggaran", has("realisasi"), idtext.ParseRupiah),
				text("keterangan", or(has("keterangan"), has("catatan"))),
			},
		}},
		{Code: Realisasi, Title: regexp.MustCompile(`^laporan realisasi kinerja\b`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"kode"}, {"realisasi"}},
			Key:     []string{"kode"}, Label: []string{"program"},
			Fields: []sheet.Field{
				text("kode_rekening", and(has("kode"), not(has("indikator")))),
				text("uraian", and(or(has("program"), has("kegiatan"), has("uraian")), not(or(has("indikator"), has("realisasi"), has("target"), has("pagu"))))),
				text("indikator", has("indikator")),
				text("satuan", has("satuan")),
				number("realisasi_anggaran", and(has("realisasi"), or(has("anggaran"), has("keuangan"), has("rp"), has("dana"))), idtext.ParseRupiah),
				number("realisasi_kinerja", and(has("realisasi"), or(has("kinerja"), has("fisik"), has("capaian"), has("output"))), idtext.ParseQuantity),
				number("pagu", has("pagu"), idtext.ParseRupiah),
				number("target", has("target"), idtext.ParseQuantity),
				text("permasalahan", or(has("permasalahan"), has("masalah"), has("kendala"), has("keterangan"))),
				text("solusi", or(has("solusi"), has("tindak", "lanjut"))),
			},
		}},
		{Code: Koperasi, Title: regexp.MustCompile(`^(register|daftar) koperasi\b`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"nama", "koperasi"}, {"aktif"}},
			Key:     []string{"no"}, Label: []string{"nama", "koperasi"},
			Fields: []sheet.Field{
				colNo, colBadanHukum, colNamaKoperasi,
				text("jenis", and(has("jenis"), not(has("kelamin")))),
				colKecamatan,
				kind("status_aktif", has("aktif"), sheet.KindYesNo),
				number("tahun_rat", has("rat"), idtext.ParseNumber),
				number("anggota_l", last("anggota", "l"), idtext.ParseNumber),
				number("anggota_p", last("anggota", "p"), idtext.ParseNumber),
				number("karyawan_l", last("karyawan", "l"), idtext.ParseNumber),
				number("karyawan_p", last("karyawan", "p"), idtext.ParseNumber),
				number("omset", has("omset"), idtext.ParseRupiah),
				number("aset", or(has("aset"), has("asset")), idtext.ParseRupiah),
			},
		}},
		{Code: Kesehatan, Title: regexp.MustCompile(`^(hasil )?penilaian kesehatan\b`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"nama", "koperasi"}, {"skor"}},
			Key:     []string{"no"}, Label: []string{"nama", "koperasi"},
			Fields: []sheet.Field{
				colNo, colBadanHukum, colNamaKoperasi,
				kind("tanggal_penilaian", has("tanggal"), sheet.KindDate),
				number("skor", or(has("skor"), has("nilai")), idtext.ParseNumber),
				text("predikat", has("predikat")),
			},
		}},
		{Code: KoperasiBaik, Title: regexp.MustCompile(`^(penilaian )?koperasi baik\b`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"nama", "koperasi"}, {"kelembagaan"}, {"keuangan"}},
			Key:     []string{"no"}, Label: []string{"nama", "koperasi"},
			Fields: []sheet.Field{
				colNo, colBadanHukum, colNamaKoperasi,
				kind("kelembagaan", has("kelembagaan"), sheet.KindYesNo),
				kind("usaha", and(has("usaha"), not(has("nama"))), sheet.KindYesNo),
				kind("keuangan", has("keuangan"), sheet.KindYesNo),
			},
		}},
		{Code: UMKM, Title: regexp.MustCompile(`^(daftar )?(usaha mikro|umkm|pelaku usaha) (binaan|dibina)\b`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"nama"}, {"omset"}},
			Key:     []string{"no"}, Label: []string{"nama"},
			Fields: []sheet.Field{
				colNo, colNamaUsaha, colGender, colKecamatan,
				text("sektor", or(has("sektor"), has("jenis", "usaha"))),
				number("omset_sebelum", and(has("omset"), or(has("sebelum"), has("awal"))), idtext.ParseRupiah),
				number("omset_sesudah", and(has("omset"), or(has("sesudah"), has("akhir"), has("saat"))), idtext.ParseRupiah),
				kind("kualitas_produk", and(has("kualitas"), has("produk")), sheet.KindYesNo),
				kind("kualitas_usaha", and(has("kualitas"), has("usaha")), sheet.KindYesNo),
				kind("tanggal_dibina", has("tanggal"), sheet.KindDate),
			},
		}},
		{Code: Kredit, Title: regexp.MustCompile(`^(daftar )?(pengajuan )?kredit wibawa\b`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"nama"}, {"pengajuan"}},
			Key:     []string{"no"}, Label: []string{"nama"},
			Fields: []sheet.Field{
				colNo, colNamaUsaha, colGender,
				kind("tanggal_pengajuan", and(has("tanggal"), has("pengajuan")), sheet.KindDate),
				number("nilai_pengajuan", and(or(has("nilai"), has("rp"), has("jumlah")), has("pengajuan")), idtext.ParseRupiah),
				kind("direalisasikan", and(has("realisasi"), not(or(has("tanggal"), has("nilai"), has("rp")))), sheet.KindYesNo),
				kind("tanggal_realisasi", and(has("tanggal"), has("realisasi")), sheet.KindDate),
				number("nilai_realisasi", and(or(has("nilai"), has("rp"), has("jumlah")), has("realisasi")), idtext.ParseRupiah),
			},
		}},
		{Code: Pemasaran, Title: regexp.MustCompile(`^(daftar )?fasilitasi pemasaran\b`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"nama"}, {"kegiatan"}},
			Key:     []string{"no"}, Label: []string{"nama"},
			Fields: []sheet.Field{
				colNo, colNamaUsaha, colGender,
				text("kegiatan", or(has("kegiatan"), has("pameran"))),
				kind("tanggal", has("tanggal"), sheet.KindDate),
				text("lokasi", or(has("lokasi"), has("tempat"))),
			},
		}},
		{Code: Pelatihan, Title: regexp.MustCompile(`^(daftar )?peserta pelatihan\b`), Spec: sheet.TableSpec{
			Anchors: [][]string{{"nama"}, {"pelatihan"}},
			Key:     []string{"no"}, Label: []string{"nama"},
			Fields: []sheet.Field{
				colNo,
				text("kegiatan", or(has("pelatihan"), has("kegiatan"))),
				kind("tanggal", has("tanggal"), sheet.KindDate),
				text("nama_peserta", and(has("nama"), not(has("pelatihan")))),
				colGender,
				text("asal", or(has("asal"), has("instansi"))),
				colKecamatan,
			},
		}},
	}
}
