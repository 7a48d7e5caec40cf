// Package ijus is the city's I-Jus Melon licence export (Ijin Usaha Melalui
// Online): the micro and small business registrations the UMKM figures come
// from. This file generates realistic synthetic exports, with defects at
// known rates, so the ingest and cleaning can be tested against exactly
// what was planted. The same options give the same bytes.
package ijus

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"kinerja/pipelines/idtext"
)

// Defect kinds planted in a sample export, each a finding the cleaning must
// raise exactly once per planted row.
const (
	DuplikatIzin    = "duplikat_izin"     // a licence number registered again, later
	DuplikatUsaha   = "duplikat_usaha"    // the same person and business under a second licence number
	NIKSalah        = "nik_salah"         // a NIK that is not 16 digits, or whose birth date cannot be
	NIKJenisKelamin = "nik_jenis_kelamin" // the gender coded in the NIK differs from jenis kelamin
	KecamatanAsing  = "kecamatan_asing"   // a kecamatan that is not one of Semarang's
	WajibKosong     = "wajib_kosong"      // a required cell (nomor izin, tanggal terbit, NIK) left blank
)

// Rates are the defects per 1 000 rows. A row carries one defect at most.
var Rates = []struct {
	Kind     string
	PerMille int
	What     string
}{
	{DuplikatIzin, 10, "nomor izin yang sama terdaftar lagi dengan tanggal lebih baru"},
	{DuplikatUsaha, 5, "orang dan usaha yang sama terdaftar dengan nomor izin lain"},
	{NIKSalah, 10, "NIK bukan 16 angka atau tanggal lahirnya mustahil"},
	{NIKJenisKelamin, 5, "jenis kelamin dalam NIK berbeda dengan kolom jenis kelamin"},
	{KecamatanAsing, 3, "kecamatan di luar 16 kecamatan Kota Semarang"},
	{WajibKosong, 5, "nomor izin, tanggal terbit atau NIK kosong"},
}

// Options shape a sample export.
type Options struct {
	Rows   int
	Seed   uint64
	Format string // csv or xlsx
	// For CSV: the delimiter and encoding a web export might use. Zero
	// values are chosen from the seed.
	Delimiter rune   // ',' or ';'
	Encoding  string // utf8, utf8bom, cp1252
	FirstYear int    // registrations from 1 January of this year (default 2015)
	Years     int    // … over this many years (default 4)
}

// Planted is what a sample export holds: the rows of each defect kind, the
// header it was written with.
type Planted struct {
	Rows    int
	Defects map[string]int
	Header  []string
	Options Options
}

// Header variants a web export produces for each field.
var headerVariants = [][]string{
	{"No. Izin", "Nomor Izin", "Nomor IUMK"},
	{"Tgl Terbit", "Tanggal Izin", "Tanggal Terbit"},
	{"NIK", "No. KTP", "Nomor Induk Kependudukan"},
	{"Nama Pemilik", "Nama Pelaku Usaha", "Nama"},
	{"Jenis Kelamin", "JK", "L/P"},
	{"Nama Usaha", "Nama Perusahaan", "Usaha"},
	{"Alamat", "Alamat Usaha", "Alamat Lengkap"},
	{"Kelurahan", "Kel.", "Desa/Kelurahan"},
	{"Kecamatan", "Kec.", "Kecamatan Usaha"},
	{"Jenis Usaha", "Sektor Usaha", "Bidang Usaha"},
	{"Modal Usaha", "Modal (Rp)", "Nilai Modal"},
	{"Omset per Tahun", "Omzet/Tahun (Rp)", "Omset Tahunan"},
	{"Tenaga Kerja L", "TK Laki-laki", "Tenaga Kerja Pria"},
	{"Tenaga Kerja P", "TK Perempuan", "Tenaga Kerja Wanita"},
	{"Status", "Status Izin", "Keterangan Status"},
}

var (
	namaDepanL   = []string{"Agus", "Budi", "Slamet", "Joko", "Heru", "Bambang", "Eko", "Sugeng", "Wahyu", "Teguh", "Dwi", "Rudi", "Hadi", "Yusuf", "Arif", "Fajar", "Andi", "Supriyadi", "Mulyono", "Sutrisno"}
	namaDepanP   = []string{"Sri", "Siti", "Endang", "Dewi", "Wulan", "Rina", "Yuni", "Tri", "Ani", "Lestari", "Ratna", "Nur", "Sumiati", "Retno", "Puji", "Ika", "Maya", "Suwarni", "Rahayu", "Indah"}
	namaBelakang = []string{"Santoso", "Wibowo", "Prasetyo", "Setiawan", "Hidayat", "Susanto", "Nugroho", "Kurniawan", "Purnomo", "Handayani", "Wulandari", "Rahmawati", "Lestari", "Saputra", "Utomo", "Haryanto", "Sulistyo", "Pratiwi", "Kusuma", "Wijaya"}
	usahaKata    = map[string][]string{
		"Batik": {"Batik", "Griya Batik", "Batik Semarangan"}, "Handycraft": {"Kerajinan", "Craft", "Souvenir"},
		"Olahan Pangan": {"Dapur", "Kue", "Snack", "Keripik"}, "Bandeng": {"Bandeng Presto", "Bandeng Juwana", "Otak-otak Bandeng"},
		"Pariwisata": {"Wisata", "Tour", "Homestay"}, "Lunpia": {"Lunpia", "Lumpia"}, "Jamu": {"Jamu", "Jamu Gendong", "Herbal"},
		"Tas": {"Tas", "Tas Rajut"}, "Mebel": {"Mebel", "Furniture", "Kayu Jati"}, "Logam": {"Las", "Bengkel Logam", "Pande Besi"},
		"lain-lain": {"Toko", "Warung", "Jasa", "Café"},
	}
	jalan = []string{"Jl. Pemuda", "Jl. Pandanaran", "Jl. Gajahmada", "Jl. Majapahit", "Jl. Setiabudi", "Jl. Kaligawe", "Jl. Siliwangi", "Jl. Ngesrep Timur", "Jl. Fatmawati", "Jl. Wolter Monginsidi", "Jl. Citarum", "Jl. Dr. Cipto", "Jl. Sriwijaya", "Jl. Hasanudin", "Jl. Woltermonginsidi"}
	// how kecamatan are misspelt in real exports; each still names a Semarang kecamatan
	kecamatanVarian = map[string][]string{
		"Semarang Utara": {"Kec. Smg Utara", "SEMARANG UTARA", "Smg. Utara"}, "Semarang Tengah": {"Kec. Semarang Tengah", "SMG TENGAH"},
		"Semarang Timur": {"Semarang Tmr", "Kec. Smg Timur"}, "Semarang Selatan": {"Smg Selatan", "SEMARANG SELATAN"},
		"Semarang Barat": {"Smg Barat", "Kec. Semarang Barat"}, "Gajahmungkur": {"Gajah Mungkur", "GAJAHMUNGKUR"},
		"Gunungpati": {"Gunung Pati", "Kec. Gunungpati"}, "Banyumanik": {"Banyu Manik", "BANYUMANIK"},
		"Pedurungan": {"Kec. Pedurungan", "PEDURUNGAN"}, "Tembalang": {"Kec. Tembalang", "tembalang"},
	}
	kecamatanAsing = []string{"Ungaran Barat", "Kendal", "Mranggen", "Boja", "Kec. Batang"}
)

type row struct {
	izin     string
	terbit   time.Time
	nik      string
	nama     string
	jk       string
	usaha    string
	alamat   string
	kel, kec string
	sektor   string
	modal    int64
	omset    int64
	tkL, tkP int
	status   string
	defect   string
}

// Generate writes a sample export to path and says what it planted.
func Generate(path string, o Options) (*Planted, error) {
	if o.Rows < 1 {
		return nil, fmt.Errorf("rows: %d, want at least 1", o.Rows)
	}
	if o.FirstYear == 0 {
		o.FirstYear = 2015
	}
	if o.Years == 0 {
		o.Years = 4
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x1705))
	if o.Delimiter == 0 {
		o.Delimiter = []rune{',', ';'}[rng.IntN(2)]
	}
	if o.Encoding == "" {
		o.Encoding = []string{"utf8", "utf8bom", "cp1252"}[rng.IntN(3)]
	}
	p := &Planted{Rows: o.Rows, Defects: map[string]int{}, Options: o}
	// Column order and header spelling, from the seed.
	order := rng.Perm(len(headerVariants))
	for _, c := range order {
		v := headerVariants[c]
		p.Header = append(p.Header, v[rng.IntN(len(v))])
	}
	rows := generateRows(rng, o, p)

	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	switch o.Format {
	case "csv":
		err = writeCSV(f, o, p.Header, order, rows)
	case "xlsx":
		err = writeXLSX(f, p.Header, order, rows, rng)
	default:
		err = fmt.Errorf("format %q: csv atau xlsx", o.Format)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return nil, err
	}
	return p, nil
}

// Owner is a registration a sample export counts (a row without a planted
// defect): whose, what, where and when. A sample OSS export re-registers
// some of them, as owners who moved from IUMK to a NIB do.
type Owner struct {
	NIK, Nama, JK, Usaha, Alamat, Kelurahan, Kecamatan, Sektor string
	Terbit                                                     time.Time
}

// Owners are the registrations without a planted defect of the export o
// generates, in the order of its rows (the same options, the same owners).
func Owners(o Options) []Owner {
	if o.FirstYear == 0 {
		o.FirstYear = 2015
	}
	if o.Years == 0 {
		o.Years = 4
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x1705))
	if o.Delimiter == 0 {
		rng.IntN(2)
	}
	if o.Encoding == "" {
		rng.IntN(3)
	}
	p := &Planted{Defects: map[string]int{}}
	order := rng.Perm(len(headerVariants))
	for range order {
		rng.IntN(3)
	}
	var out []Owner
	for _, r := range generateRows(rng, o, p) {
		if r.defect == "" {
			out = append(out, Owner{r.nik, r.nama, r.jk, r.usaha, r.alamat, r.kel, r.kec, r.sektor, r.terbit})
		}
	}
	return out
}

// generateRows makes the registrations, sorted by date of issue, and plants
// the defects on disjoint rows chosen from the seed.
func generateRows(rng *rand.Rand, o Options, p *Planted) []row {
	start := time.Date(o.FirstYear, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(start.AddDate(o.Years, 0, 0).Sub(start).Hours() / 24)
	rows := make([]row, o.Rows)
	serial := map[string]int{}
	for i := range rows {
		r := &rows[i]
		r.terbit = start.AddDate(0, 0, rng.IntN(days))
		k := rng.IntN(len(Kecamatan))
		r.kec = Kecamatan[k].Nama
		r.kel = Kecamatan[k].Kelurahan[rng.IntN(len(Kecamatan[k].Kelurahan))]
		female := rng.IntN(100) < 55
		if female {
			r.jk = "P"
			r.nama = namaDepanP[rng.IntN(len(namaDepanP))] + " " + namaBelakang[rng.IntN(len(namaBelakang))]
		} else {
			r.jk = "L"
			r.nama = namaDepanL[rng.IntN(len(namaDepanL))] + " " + namaBelakang[rng.IntN(len(namaBelakang))]
		}
		born := time.Date(1955+rng.IntN(48), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
		day := born.Day()
		if female {
			day += 40
		}
		prefix := fmt.Sprintf("3374%02d%02d%02d%02d", k+1, day, int(born.Month()), born.Year()%100)
		serial[prefix]++
		r.nik = fmt.Sprintf("%s%04d", prefix, serial[prefix])
		r.sektor = Sektor[rng.IntN(len(Sektor))]
		words := usahaKata[r.sektor]
		r.usaha = words[rng.IntN(len(words))] + " " + strings.Fields(r.nama)[0+rng.IntN(2)]
		r.alamat = fmt.Sprintf("%s No. %d RT %02d RW %02d", jalan[rng.IntN(len(jalan))], 1+rng.IntN(200), 1+rng.IntN(12), 1+rng.IntN(9))
		// Skewed (log-normal): most are micro, about one in twelve is small
		// by UU 20/2008, a very few medium; turnover follows capital.
		r.modal = max(roundTo(int64(min(10_000_000*math.Exp(1.3*rng.NormFloat64()), 2e9)), 100_000), 100_000)
		r.omset = max(roundTo(int64(min(float64(r.modal)*6*math.Exp(0.5*rng.NormFloat64()), 2e10)), 500_000), 500_000)
		r.tkL, r.tkP = rng.IntN(4), rng.IntN(4)
		r.status = []string{"Aktif", "Aktif", "Aktif", "Aktif", "Tidak Aktif"}[rng.IntN(5)]
	}
	// By date of issue, then numbered in that order: IUMK/<year>/<n>.
	sortByDate(rows)
	perYear := map[int]int{}
	for i := range rows {
		y := rows[i].terbit.Year()
		perYear[y]++
		rows[i].izin = fmt.Sprintf("503/%05d/IUMK/%d", perYear[y], y)
	}
	// Disjoint defect rows; a duplicate copies a row that stays clean.
	idx := rng.Perm(len(rows))
	total := 0
	for _, rate := range Rates {
		total += len(rows) * rate.PerMille / 1000
	}
	clean := idx[min(total, len(idx)):]
	next := 0
	for _, rate := range Rates {
		n := len(rows) * rate.PerMille / 1000
		for j := 0; j < n && next < len(idx); j++ {
			i := idx[next]
			next++
			r := &rows[i]
			r.defect = rate.Kind
			switch rate.Kind {
			case DuplikatIzin, DuplikatUsaha:
				src := rows[clean[rng.IntN(len(clean))]]
				keepDate := r.terbit
				keepIzin := r.izin
				*r = src
				r.defect = rate.Kind
				r.terbit = src.terbit.AddDate(0, 0, 1+rng.IntN(60))
				if rate.Kind == DuplikatUsaha {
					r.izin = keepIzin
					r.terbit = keepDate
				}
			case NIKSalah:
				switch rng.IntN(3) {
				case 0:
					r.nik = r.nik[:15]
				case 1:
					r.nik = r.nik[:8] + "O" + r.nik[9:] // a letter O typed for a zero
				default:
					r.nik = r.nik[:6] + "00" + r.nik[8:] // day 00
				}
			case NIKJenisKelamin:
				if r.jk == "P" {
					r.jk = "L"
				} else {
					r.jk = "P"
				}
			case KecamatanAsing:
				r.kec = kecamatanAsing[rng.IntN(len(kecamatanAsing))]
			case WajibKosong:
				switch rng.IntN(3) {
				case 0:
					r.izin = ""
				case 1:
					r.terbit = time.Time{}
				default:
					r.nik = ""
				}
			}
		}
		p.Defects[rate.Kind] = n
	}
	return rows
}

func roundTo(v, step int64) int64 { return (v + step/2) / step * step }

func sortByDate(rows []row) {
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].terbit.Before(rows[j].terbit) })
}

// cells renders a row in field order, the way an export types it: dates and
// money in one of the spellings, kecamatan sometimes misspelt.
func (r row) cells(rng *rand.Rand, xlsx bool) []any {
	date := any("")
	if !r.terbit.IsZero() {
		switch rng.IntN(3) {
		case 0:
			date = r.terbit.Format("02/01/2006")
		case 1:
			date = fmt.Sprintf("%d %s %d", r.terbit.Day(), idtext.Months[r.terbit.Month()-1], r.terbit.Year())
		default:
			if xlsx {
				date = r.terbit // a real date cell
			} else {
				date = r.terbit.Format("02/01/2006")
			}
		}
	}
	kec := r.kec
	if v := kecamatanVarian[kec]; v != nil && rng.IntN(100) < 8 {
		kec = v[rng.IntN(len(v))]
	}
	money := func(v int64) any {
		switch rng.IntN(20) {
		case 0:
			return "Rp " + thousands(v) + ",-"
		case 1:
			if v%1_000_000 == 0 {
				return strconv.FormatInt(v/1_000_000, 10) + " jt"
			}
		}
		if xlsx {
			return v
		}
		return strconv.FormatInt(v, 10)
	}
	num := func(v int) any {
		if xlsx {
			return v
		}
		return strconv.Itoa(v)
	}
	return []any{r.izin, date, r.nik, r.nama, r.jk, r.usaha, r.alamat, r.kel, kec, r.sektor, money(r.modal), money(r.omset), num(r.tkL), num(r.tkP), r.status}
}

func thousands(v int64) string {
	s := strconv.FormatInt(v, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// SampleCSV starts a CSV writer on f in the encoding (utf8, utf8bom,
// cp1252) and with the delimiter a web export might use; done flushes it
// and says whether all was written. The sample exports of both licensing
// systems are written through it.
func SampleCSV(f io.Writer, encoding string, comma rune) (w *csv.Writer, done func() error) {
	bw := bufio.NewWriterSize(f, 1<<16)
	var to io.Writer = bw
	switch encoding {
	case "utf8bom":
		bw.WriteString("\ufeff")
	case "cp1252":
		to = charmap.Windows1252.NewEncoder().Writer(bw)
	}
	cw := csv.NewWriter(to)
	cw.Comma = comma
	return cw, func() error {
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
		return bw.Flush()
	}
}

func writeCSV(f *os.File, o Options, header []string, order []int, rows []row) error {
	cw, done := SampleCSV(f, o.Encoding, o.Delimiter)
	if err := cw.Write(header); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0xC5F))
	rec := make([]string, len(order))
	for _, r := range rows {
		cells := r.cells(rng, false)
		for i, c := range order {
			rec[i] = fmt.Sprint(cells[c])
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	return done()
}

// writeXLSX streams the rows (memory bounded by excelize's stream writer),
// with a title row above the header as the web export has.
func writeXLSX(f *os.File, header []string, order []int, rows []row, rng *rand.Rand) error {
	x := excelize.NewFile()
	defer x.Close()
	// the sheet's real extent, as a spreadsheet program saves it: a reader
	// that trusts it (openpyxl's read-only mode, so pandas) sees every cell
	last, _ := excelize.CoordinatesToCellName(max(len(order), 1), len(rows)+3)
	if err := x.SetSheetDimension("Sheet1", "A1:"+last); err != nil {
		return err
	}
	sw, err := x.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	dateStyle, err := x.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		return err
	}
	if err := sw.SetRow("A1", []any{"DATA IUMK - I-JUS MELON KOTA SEMARANG"}); err != nil {
		return err
	}
	hdr := make([]any, len(header))
	for i, h := range header {
		hdr[i] = h
	}
	if err := sw.SetRow("A3", hdr); err != nil {
		return err
	}
	rec := make([]any, len(order))
	for n, r := range rows {
		cells := r.cells(rng, true)
		for i, c := range order {
			if t, ok := cells[c].(time.Time); ok {
				rec[i] = excelize.Cell{Value: t, StyleID: dateStyle}
			} else {
				rec[i] = cells[c]
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, n+4)
		if err := sw.SetRow(cell, rec); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	x.SetSheetName("Sheet1", "Data IUMK")
	return x.Write(f)
}
