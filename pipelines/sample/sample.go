// Package sample generates a year of monthly reports — every unit, every
// month, and Keuangan's — from the Renstra's targets and pagu, the way the
// units would fill the templates: cumulative realisasi growing through the
// year, registers that change a little from month to month, the indicators
// a unit types computed from its own register. On top come the edits people
// make by hand and a handful of deliberate errors (Errors lists them), so a
// run shows the reading and the reconciliation at work. The same seed gives
// the same files.
package sample

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/write/templates"
)

// Deliberate is one planted error and the rule that should catch it. Kode
// is the kegiatan's kode rekening, or the indicator's code for an indicator.
type Deliberate struct {
	Rule, Unit string
	Month      int
	Kode       string
	What       string
}

// Errors are the deliberate errors of a sample year, for tests and the README.
func Errors(year int) []Deliberate {
	return []Deliberate{
		{"rekon.anggaran_keuangan", "PUM", 6, "1.2.11.1.2.11.01.16.021", "PUM melaporkan realisasi anggaran Rp 10.000.000 lebih besar daripada Keuangan"},
		{"rekon.kumulatif_turun", "P2K", 8, "1.2.11.1.2.11.01.18.021", "realisasi kinerja kumulatif Agustus lebih kecil daripada Juli (salah ketik)"},
		{"rekon.melebihi_pagu", "SEK", 11, "1.2.11.1.2.11.01.01.018", "realisasi anggaran mulai November melebihi pagu tahun itu"},
		{"rekon.indikator_register", "PKK", 5, "IP-18-1", "persentase koperasi aktif yang diketik tidak sama dengan hitungan register"},
		{"rekon.jumlah", "PK", 4, "", "baris JUMLAH realisasi anggaran tidak sama dengan jumlah barisnya"},
		{"rekon.tidak_lapor", "PK", 10, "", "laporan PK bulan Oktober tidak ada"},
		{"baca.angka", "PUM", 9, "1.2.11.1.2.11.01.16.022", "realisasi kinerja diketik \"12a\""},
	}
}

// gen holds the state of a generated year.
type gen struct {
	plan  *templates.Plan
	year  int
	clean bool // no edits, no planted errors
	rng   *rand.Rand
	wib   *time.Location
	// per kegiatan: where the year ends, as a share of target and of pagu
	kinerjaEnd, anggaranEnd map[string]float64
	coops                   []coop
	umkm                    []usaha
	kredit                  []kredit
	pasar                   []pasar
	latih                   map[string][]peserta // by unit
}

type coop struct {
	bh, nama, jenis, kec    string
	aktifFrom, nonaktifFrom int // month it became active / inactive (0: never)
	rat                     int
	angL, angP, karL, karP  int
	omset2, omset1, aset    float64
	sehatMonth              int // month assessed for health (0: not in the year)
	skor                    float64
	baikMonth               int
	kel, usaha, keu         bool
}

type usaha struct {
	nama, jk, kec, sektor string
	sebelum, sesudah      float64
	produk, usahaBaik     bool
	month, day            int
}

type kredit struct {
	nama, jk           string
	month, day         int
	nilai              float64
	realisasi          bool
	realMonth, realDay int
	nilaiReal          float64
}

type pasar struct {
	nama, jk, kegiatan, lokasi string
	month, day                 int
}

type peserta struct {
	kegiatan, nama, jk, asal, kec string
	month, day                    int
}

// Kecamatan are Semarang's sixteen districts.
var Kecamatan = []string{"Banyumanik", "Candisari", "Gajahmungkur", "Gayamsari", "Genuk", "Gunungpati", "Mijen", "Ngaliyan",
	"Pedurungan", "Semarang Barat", "Semarang Selatan", "Semarang Tengah", "Semarang Timur", "Semarang Utara", "Tembalang", "Tugu"}

var namaDepan = []string{"Sri", "Budi", "Siti", "Agus", "Dewi", "Eko", "Rina", "Joko", "Wati", "Hadi", "Nur", "Yuli", "Bambang", "Endang", "Teguh", "Lestari", "Slamet", "Ratna", "Dwi", "Tri"}
var namaBelakang = []string{"Rahayu", "Santoso", "Wibowo", "Lestari", "Susanto", "Purnomo", "Handayani", "Setiawan", "Wulandari", "Saputra", "Kurniawan", "Astuti", "Prasetyo", "Utami", "Hidayat"}
var koperasiKata = []string{"Sejahtera", "Makmur", "Bina Usaha", "Karya Mandiri", "Sumber Rejeki", "Maju Bersama", "Mitra Usaha", "Sido Mulyo", "Tunas Harapan", "Guyub Rukun", "Artha", "Bhakti", "Sentosa", "Gotong Royong", "Mekar Sari"}
var usahaKata = []string{"Lumpia", "Bandeng Presto", "Batik", "Jamu", "Tas Rajut", "Mebel", "Wingko", "Keripik", "Bakpia", "Kue Kering", "Las", "Konveksi", "Sambal", "Tahu Bakso", "Kerajinan"}

func (g *gen) pick(xs []string) string { return xs[g.rng.IntN(len(xs))] }

func (g *gen) person() string { return g.pick(namaDepan) + " " + g.pick(namaBelakang) }

// Options shape a generated year.
type Options struct {
	Seed uint64
	// Months to write (default: all twelve).
	Months []int
	// Clean leaves out the hand edits, the deliberate errors, PK's missing
	// October and PUM's corrected June: reports exactly as the templates
	// and the registers give them, for tests that plant one error of their
	// own.
	Clean bool
}

// Generate writes the sample year into dir and returns the file names.
func Generate(plan *templates.Plan, dir string, seed uint64) ([]string, error) {
	return GenerateWith(plan, dir, Options{Seed: seed})
}

// GenerateWith writes the months opts asks for into dir.
func GenerateWith(plan *templates.Plan, dir string, opts Options) ([]string, error) {
	seed := opts.Seed
	months := opts.Months
	if len(months) == 0 {
		months = []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	}
	wib, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		wib = time.FixedZone("WIB", 7*3600)
	}
	g := &gen{plan: plan, year: plan.Year, clean: opts.Clean, rng: rand.New(rand.NewPCG(seed, uint64(plan.Year))), wib: wib,
		kinerjaEnd: map[string]float64{}, anggaranEnd: map[string]float64{}, latih: map[string][]peserta{}}
	for _, r := range plan.Rows {
		g.kinerjaEnd[r.Key()] = 0.92 + 0.12*g.rng.Float64()
		g.anggaranEnd[r.Kode] = 0.86 + 0.12*g.rng.Float64()
	}
	g.makeRegisters()
	var names []string
	units := append([]templates.Unit(nil), plan.Units...)
	units = append(units, templates.Unit{Kode: templates.Keuangan})
	for ui, u := range units {
		for _, m := range months {
			if !g.clean && u.Kode == "PK" && m == 10 {
				continue // deliberate: PK's October report never came
			}
			rep := g.report(u.Kode, m, ui)
			b, err := templates.Build(plan, u.Kode, rep)
			if err != nil {
				return nil, err
			}
			if !g.clean {
				if err := g.edit(b.F, u.Kode, m); err != nil {
					return nil, fmt.Errorf("%s %d: %w", u.Kode, m, err)
				}
			}
			name := fmt.Sprintf("%02d/Laporan_%s_%s_%d.xlsx", m, u.Kode, monthName(m), g.year)
			if err := saveIn(b, dir, name); err != nil {
				return nil, err
			}
			names = append(names, name)
			if !g.clean && u.Kode == "PUM" && m == 6 {
				// A corrected report sent two days later supersedes the first.
				rep.Saved = rep.Saved.Add(48 * time.Hour)
				fix := rep.Realisasi["1.2.11.1.2.11.01.16.025"]
				fix.Permasalahan = "Peserta pelatihan kewirausahaan gelombang II diundur ke bulan Juli."
				rep.Realisasi["1.2.11.1.2.11.01.16.025"] = fix
				b, err := templates.Build(plan, u.Kode, rep)
				if err != nil {
					return nil, err
				}
				name := fmt.Sprintf("%02d/Laporan_%s_%s_%d_revisi.xlsx", m, u.Kode, monthName(m), g.year)
				if err := saveIn(b, dir, name); err != nil {
					return nil, err
				}
				names = append(names, name)
			}
		}
	}
	return names, nil
}

func monthName(m int) string { return idtext.Months[m-1] }

// progress is the cumulative share of a year's work done by the end of month
// m: slow in the first quarter, steady after, nearly all by December.
func progress(m int) float64 {
	return []float64{0.03, 0.08, 0.16, 0.24, 0.33, 0.43, 0.52, 0.61, 0.71, 0.80, 0.90, 1.0}[m-1]
}

func f(v float64) *float64 { return &v }

// round1000 rounds rupiah to the thousand, as people report them.
func round1000(v float64) float64 { return math.Round(v/1000) * 1000 }

func (g *gen) report(unit string, m, ui int) *templates.Report {
	rep := &templates.Report{Month: m, Realisasi: map[string]templates.Realisasi{}, Registers: map[string][][]any{},
		Saved: time.Date(g.year, time.Month(m), 1, 9, 30, 0, 0, g.wib).AddDate(0, 1, 2+ui)}
	rows := g.plan.UnitRows(unit)
	if unit == templates.Keuangan {
		rows = g.plan.KeuanganRows()
	}
	for _, r := range rows {
		if unit != templates.Keuangan && !templates.Fillable(r, unit) {
			continue
		}
		var real templates.Realisasi
		if (r.Daun || !r.InProgram()) && r.Pagu.Valid {
			pagu, _ := strconv.ParseFloat(r.Pagu.String, 64)
			real.Anggaran = f(round1000(pagu * g.anggaranEnd[r.Kode] * progress(m)))
		}
		if unit != templates.Keuangan {
			switch {
			case r.KodeIndikator != "":
				if v, ok := g.indicator(r.KodeIndikator, m); ok {
					real.Kinerja = f(v)
				}
			case r.Target.Valid:
				t, _ := strconv.ParseFloat(r.Target.String, 64)
				v := t * g.kinerjaEnd[r.Key()] * progress(m)
				if r.Satuan == "%" {
					v = math.Round(v*10) / 10
				} else {
					v = math.Round(v)
				}
				real.Kinerja = f(v)
			}
			if real.Kinerja != nil && r.Target.Valid && r.KodeIndikator == "" {
				t, _ := strconv.ParseFloat(r.Target.String, 64)
				if *real.Kinerja < t*progress(m)*0.95 {
					real.Permasalahan = "Jadwal pelaksanaan menunggu kesiapan peserta dan narasumber."
					real.Solusi = "Pelaksanaan dipadatkan pada bulan berikutnya."
				}
			}
		}
		rep.Realisasi[r.Key()] = real
	}
	if unit == templates.Keuangan {
		// BTL lines spend evenly through the year.
		for _, r := range rows {
			if !r.InProgram() {
				pagu, _ := strconv.ParseFloat(r.Pagu.String, 64)
				rep.Realisasi[r.Kode] = templates.Realisasi{Anggaran: f(round1000(pagu * 0.97 * float64(m) / 12))}
			}
		}
	}
	if !g.clean {
		g.plant(unit, m, rep)
	}
	for _, reg := range templates.Registers(unit, g.year) {
		rep.Registers[reg.Sheet] = g.registerRows(unit, reg.Sheet, m)
	}
	return rep
}

// plant puts the deliberate errors of Errors into the reports.
func (g *gen) plant(unit string, m int, rep *templates.Report) {
	bump := func(key string, by float64) {
		r := rep.Realisasi[key]
		if r.Anggaran != nil {
			r.Anggaran = f(*r.Anggaran + by)
		}
		rep.Realisasi[key] = r
	}
	switch {
	case unit == "PUM" && m == 6:
		bump("1.2.11.1.2.11.01.16.021", 10_000_000) // less than a month's progress: July still rises
	case unit == "P2K" && m == 8:
		key := "1.2.11.1.2.11.01.18.021"
		r := rep.Realisasi[key]
		if r.Kinerja != nil {
			july := math.Round(g.target(key) * g.kinerjaEnd[key] * progress(7))
			r.Kinerja = f(july - 45) // a slip of the finger: lower than July's
		}
		rep.Realisasi[key] = r
	case (unit == "SEK" || unit == templates.Keuangan) && m >= 11:
		for _, r := range g.plan.Rows {
			if r.Kode == "1.2.11.1.2.11.01.01.018" && r.Pagu.Valid {
				pagu, _ := strconv.ParseFloat(r.Pagu.String, 64)
				rr := rep.Realisasi[r.Kode]
				rr.Anggaran = f(round1000(pagu * (1.03 + 0.005*float64(m-10)))) // over pagu, still rising
				rep.Realisasi[r.Kode] = rr
			}
		}
	case unit == "PKK" && m == 5:
		r := rep.Realisasi["1.2.11.1.2.11.01.18#IP-18-1"]
		if r.Kinerja != nil {
			r.Kinerja = f(math.Round((*r.Kinerja+2.1)*10) / 10)
		}
		rep.Realisasi["1.2.11.1.2.11.01.18#IP-18-1"] = r
	}
}

// target is a row's target for the year.
func (g *gen) target(key string) float64 {
	for _, r := range g.plan.Rows {
		if r.Key() == key && r.Target.Valid {
			t, _ := strconv.ParseFloat(r.Target.String, 64)
			return t
		}
	}
	return 0
}

func saveIn(b interface{ Save(dir, name string) error }, dir, name string) error {
	parts := strings.Split(name, "/")
	sub := dir
	if len(parts) > 1 {
		sub = dir + "/" + strings.Join(parts[:len(parts)-1], "/")
		if err := mkdirAll(sub); err != nil {
			return err
		}
	}
	return b.Save(sub, parts[len(parts)-1])
}

// sortedCoops keeps the register in number order.
func (g *gen) sortedCoops() []coop {
	out := append([]coop(nil), g.coops...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].bh < out[j].bh })
	return out
}
