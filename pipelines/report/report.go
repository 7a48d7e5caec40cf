// Package report holds what every writer reads the same way: the report's
// identity and settings (mart.laporan) and the year windows a table is
// written for (mart.windows).
package report

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/xlsx"
)

// Laporan is whose report it is and the settings its figures depend on.
type Laporan struct {
	PerangkatDaerah   string
	Urusan            string
	MetodePertumbuhan string
	SkalaPredikat     string // "> 90 Sangat Tinggi; …; ≤ 50 Sangat Rendah"
	SkalaPredikatAsal string // Permendagri 86/2017, or Pengaturan
	Kertas            string // A4, F4, A3
	Kepala, Evaluator xlsx.Signer
	Atasan            xlsx.Signer // the Kepala's superior: the Perjanjian Kinerja's second party
	Tempat, Tanggal   string      // where and when the documents are signed; empty: written by hand
	// Renstra is the title of the plan the period's year follows, where the
	// inputs hold more than one (empty otherwise: the documents of an
	// office with one plan read as they always did).
	Renstra string
	// SubKegiatan is true when that plan has sub kegiatan (Permendagri
	// 90/2019): the documents' headings then name the third level.
	SubKegiatan bool
}

// Sums says in a note what adds up to what: "program = jumlah kegiatannya",
// or under a 90/2019 plan "program dan kegiatan = jumlah sub kegiatannya".
func (l Laporan) Sums(what string) string {
	if l.SubKegiatan {
		return what + " program dan kegiatan = jumlah sub kegiatannya"
	}
	return what + " program = jumlah kegiatannya"
}

// Levels names the plan's levels in a heading: "Program / Kegiatan", with
// " / Sub Kegiatan" where the plan has them (sep is the separator).
func (l Laporan) Levels(sep string) string {
	s := "Program" + sep + "Kegiatan"
	if l.SubKegiatan {
		s += sep + "Sub Kegiatan"
	}
	return s
}

// WithPlan adds the plan the document follows to a title line, where the
// inputs hold more than one: "…; menurut Renstra 2021-2026".
func (l Laporan) WithPlan(line string) string {
	switch {
	case l.Renstra == "":
		return line
	case line == "":
		return "Menurut " + l.Renstra
	}
	return line + "; menurut " + l.Renstra
}

// SkalaDasar names the predikat scale for print: the regulation's, or the
// office's own (where it was typed stays in the warehouse and the Review,
// not on the signed page).
func (l Laporan) SkalaDasar() string {
	if l.SkalaPredikatAsal == "" || strings.HasPrefix(l.SkalaPredikatAsal, "Permendagri") {
		return "Permendagri 86/2017"
	}
	return "skala yang ditetapkan " + l.PerangkatDaerah
}

// TempatTanggal is the line above a signature: "Semarang, 31 Januari 2019",
// with dots for what the settings leave to the pen.
func (l Laporan) TempatTanggal() string {
	tempat, tanggal := l.Tempat, l.Tanggal
	if tempat == "" {
		tempat = "......................"
	}
	if tanggal == "" {
		tanggal = "............................"
	}
	return tempat + ", " + tanggal
}

// ReadLaporan reads mart.laporan.
func ReadLaporan(ctx context.Context, db *warehouse.DB) (Laporan, error) {
	var l Laporan
	var urusan, metode, skala, asal, kertas sql.NullString
	var kj, kn, kp, knip, ej, en, ep, enip, aj, an, tempat, tanggal, renstra sql.NullString
	var disebut, sub sql.NullBool
	if err := db.QueryRowContext(ctx, `
		SELECT perangkat_daerah, urusan, metode_pertumbuhan, skala_predikat, skala_predikat_asal, kertas,
		       kepala_jabatan, kepala_nama, kepala_pangkat, kepala_nip,
		       evaluator_jabatan, evaluator_nama, evaluator_pangkat, evaluator_nip,
		       atasan_jabatan, atasan_nama, tempat_ttd, tanggal_ttd, renstra_judul, renstra_disebut, sub_kegiatan
		FROM mart.laporan`).
		Scan(&l.PerangkatDaerah, &urusan, &metode, &skala, &asal, &kertas,
			&kj, &kn, &kp, &knip, &ej, &en, &ep, &enip, &aj, &an, &tempat, &tanggal, &renstra, &disebut, &sub); err != nil {
		return l, fmt.Errorf("mart.laporan: %w", err)
	}
	l.Urusan, l.MetodePertumbuhan = urusan.String, metode.String
	l.SkalaPredikat, l.SkalaPredikatAsal = skala.String, asal.String
	l.Kertas = kertas.String
	l.Kepala = xlsx.Signer{Jabatan: strings.ToUpper(kj.String), Nama: kn.String, Pangkat: kp.String, NIP: knip.String}
	l.Evaluator = xlsx.Signer{Jabatan: strings.ToUpper(ej.String), Nama: en.String, Pangkat: ep.String, NIP: enip.String}
	l.Atasan = xlsx.Signer{Jabatan: strings.ToUpper(aj.String), Nama: an.String, NoNIP: true}
	l.Tempat, l.Tanggal = tempat.String, tanggal.String
	if disebut.Bool {
		l.Renstra = renstra.String
	}
	l.SubKegiatan = sub.Bool
	return l, nil
}

// Window is a range of years one workbook covers.
type Window struct{ First, Last int }

// Windows lists a table's windows (mart.windows), earliest first.
func Windows(ctx context.Context, db *warehouse.DB, tabel string) ([]Window, error) {
	rows, err := db.QueryContext(ctx, `SELECT first_year, last_year FROM mart.windows WHERE tabel = ? ORDER BY 1, 2`, tabel)
	if err != nil {
		return nil, fmt.Errorf("mart.windows: %w", err)
	}
	defer rows.Close()
	var out []Window
	for rows.Next() {
		var w Window
		if err := rows.Scan(&w.First, &w.Last); err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, rows.Err()
}

// EachWindow writes a table's workbook for each of its windows (mart.windows):
// write returns the workbook's name, or "" for a window with nothing to show.
func EachWindow(ctx context.Context, db *warehouse.DB, tabel string, write func(Laporan, Window) (string, error)) ([]string, error) {
	lap, err := ReadLaporan(ctx, db)
	if err != nil {
		return nil, err
	}
	windows, err := Windows(ctx, db, tabel)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, w := range windows {
		name, err := write(lap, w)
		if err != nil {
			return nil, err
		}
		if name != "" {
			names = append(names, name)
		}
	}
	return names, nil
}

// Periode is the month a warehouse reports.
type Periode struct {
	Year, Month int
	Period      string // 2018-06
}

// Bulan is the period's month and year in words: "Juni 2018".
func (p Periode) Bulan() string { return idtext.Months[p.Month-1] + " " + strconv.Itoa(p.Year) }

// ReadPeriode reads the period a warehouse reports (mart.laporan).
func ReadPeriode(ctx context.Context, db *warehouse.DB) (Periode, error) {
	var p Periode
	if err := db.QueryRowContext(ctx, `SELECT period_year, period_month, period FROM mart.laporan`).Scan(&p.Year, &p.Month, &p.Period); err != nil {
		return p, fmt.Errorf("mart.laporan: %w", err)
	}
	if p.Month < 1 || p.Month > 12 {
		return p, fmt.Errorf("mart.laporan: month %d", p.Month)
	}
	return p, nil
}
