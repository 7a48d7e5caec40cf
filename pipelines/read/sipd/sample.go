package sipd

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/read/ijus"
)

// Line is what a generated export says of one sub kegiatan: its code and
// name, its pagu (and the pagu before a shift, 0 for the same), and its
// cumulative realisasi by month. The rekening it is spent on are the
// generator's.
type Line struct {
	Kode, Nama      string
	Pagu, PaguMurni int64
	Realisasi       map[int]int64 // month → realisasi s.d. that month (rupiah)
}

// Shapes of export the generator writes. Shape2022 is the field names of
// SIPD-RI's data (kode_sub_giat, kode_akun, nama_akun, nilai, pagumurni,
// realisasi; tahun_anggaran and bulan per row); Shape2023 the labels of a
// realisasi screen exported to Excel, with the realisasi before the month
// and the month's beside the cumulative figure, and the period per row.
// Neither is claimed to be SIPD-RI's exact layout (it has none published):
// they are the two families of names a reader has to take.
const (
	Shape2022 = "2022"
	Shape2023 = "2023"
)

// Defect kinds a generated export can carry (the findings' rules, without
// "sipd.").
const (
	AngkaSalah    = "angka_salah"    // a realisasi typed with a letter O for a zero
	KodeSalah     = "kode_salah"     // a sub kegiatan code cut short
	RekeningSalah = "rekening_salah" // a rekening code with a letter O for a zero
	Duplikat      = "duplikat"       // a rekening row exported twice
	MelebihiPagu  = "melebihi_pagu"  // a rekening spent past its pagu (the sub kegiatan is not)
	Asing         = "asing"          // a sub kegiatan of another bidang, not in the plan
)

// Options of a generated export.
type Options struct {
	Year    int
	Months  []int // months written, in order; all months the lines have by default
	Lines   []Line
	Seed    uint64
	Format  string // xlsx (default) or csv
	Shape   string // Shape2022 (default) or Shape2023
	Defects bool   // plant one of each defect kind, in the last month written
}

// Planted is what a generated export holds: its rows and the defects put
// in it, by kind, with the rows they are on.
type Planted struct {
	Rows      int
	Defects   map[string][]int // kind → row numbers (as the file counts them, header included)
	HeaderRow int
	Rekening  int // distinct sub kegiatan × rekening pairs
	ByMonth   map[int]int64
	Options   Options
}

// rekeningBelanja are accounts of the expenditure chart (Kepmendagri
// 050-5889/2021), for the generator to spread a sub kegiatan's pagu over.
var rekeningBelanja = [][2]string{
	{"5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"},
	{"5.1.02.01.01.0025", "Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover"},
	{"5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"},
	{"5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"},
	{"5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia"},
	{"5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi"},
	{"5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"},
}

var rekeningPegawai = [][2]string{
	{"5.1.01.01.01.0001", "Belanja Gaji Pokok PNS"},
	{"5.1.01.01.02.0001", "Belanja Tunjangan Keluarga PNS"},
	{"5.1.01.01.03.0001", "Belanja Tunjangan Jabatan PNS"},
}

// row is one written row of the export.
type row struct {
	month              int
	kode, nama         string
	rek, namaRek       string
	pagu, murni        int64
	lalu, bulan, real  int64
	realText, kodeText string
	rekText            string
	defect             string
}

// Generate writes a SIPD-RI realisasi export to path.
func Generate(path string, o Options) (*Planted, error) {
	if o.Format == "" {
		o.Format = "xlsx"
	}
	if o.Shape == "" {
		o.Shape = Shape2022
	}
	if o.Format != "xlsx" && o.Format != "csv" {
		return nil, fmt.Errorf("format %q: csv atau xlsx", o.Format)
	}
	if o.Shape != Shape2022 && o.Shape != Shape2023 {
		return nil, fmt.Errorf("bentuk %q: %s atau %s", o.Shape, Shape2022, Shape2023)
	}
	if len(o.Months) == 0 {
		seen := map[int]bool{}
		for _, l := range o.Lines {
			for m := range l.Realisasi {
				seen[m] = true
			}
		}
		for m := range seen {
			o.Months = append(o.Months, m)
		}
		slices.Sort(o.Months)
	}
	if len(o.Lines) == 0 || len(o.Months) == 0 {
		return nil, fmt.Errorf("tidak ada sub kegiatan atau bulan untuk ditulis")
	}
	rows, pairs := o.rows()
	p := &Planted{Defects: map[string][]int{}, Rekening: pairs, ByMonth: map[int]int64{}, Options: o}
	if o.Defects {
		rows = o.plant(rows)
	}
	header := o.header()
	first := 1 // the header's row
	if o.Format == "xlsx" {
		first = len(o.title()) + 2
	}
	p.HeaderRow = first
	for i, r := range rows {
		n := first + 1 + i
		if r.defect != "" {
			p.Defects[r.defect] = append(p.Defects[r.defect], n)
		}
		if r.defect != Duplikat && r.defect != AngkaSalah && r.defect != KodeSalah {
			p.ByMonth[r.month] += r.real
		}
	}
	p.Rows = len(rows)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	if o.Format == "csv" {
		f, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		cw, done := ijus.SampleCSV(f, "utf8", ';')
		cw.Write(header)
		for i, r := range rows {
			cells := o.cells(r)
			if o.Shape == Shape2023 {
				cells[0] = strconv.Itoa(i + 1)
			}
			cw.Write(cells)
		}
		if err := done(); err != nil {
			f.Close()
			return nil, err
		}
		return p, f.Close()
	}
	return p, o.writeXLSX(path, header, rows)
}

func (o Options) rows() ([]row, int) {
	var out []row
	pairs := 0
	for _, l := range o.Lines {
		h := fnv.New64a()
		h.Write([]byte(l.Kode))
		rng := rand.New(rand.NewPCG(o.Seed, h.Sum64()))
		pool := rekeningBelanja
		if strings.Contains(strings.ToLower(l.Nama), "gaji") {
			pool = rekeningPegawai
		}
		k := min(len(pool), 2+rng.IntN(4))
		pick := rng.Perm(len(pool))[:k]
		slices.Sort(pick)
		weights := make([]int64, k)
		for i := range weights {
			weights[i] = int64(1 + rng.IntN(9))
		}
		murni := l.PaguMurni
		if murni == 0 {
			murni = l.Pagu
		}
		pagu, murnis := split(l.Pagu, weights, nil), split(murni, weights, nil)
		pairs += k
		for _, m := range o.Months {
			real := split(l.Realisasi[m], weights, pagu)
			var prev []int64
			if m > 1 {
				prev = split(l.Realisasi[m-1], weights, pagu)
			}
			for i, j := range pick {
				r := row{month: m, kode: l.Kode, nama: l.Nama, rek: pool[j][0], namaRek: pool[j][1],
					pagu: pagu[i], murni: murnis[i], real: real[i]}
				if prev != nil {
					r.lalu = prev[i]
				}
				r.bulan = r.real - r.lalu
				out = append(out, r)
			}
		}
	}
	return out, pairs
}

// split shares total out by weights in whole rupiah, the rest to the first
// share; no share above its cap where caps are given (what would be moves
// to the next share with room).
func split(total int64, weights, caps []int64) []int64 {
	if total%1000 == 0 && caps == nil {
		// a pagu in thousands stays in thousands on every rekening
		out := split(total/1000, weights, nil)
		for i := range out {
			out[i] *= 1000
		}
		return out
	}
	var sum int64
	for _, w := range weights {
		sum += w
	}
	out := make([]int64, len(weights))
	var given int64
	for i := 1; i < len(weights); i++ {
		out[i] = total * weights[i] / sum
		given += out[i]
	}
	out[0] = total - given
	if caps != nil {
		for i := range out {
			if over := out[i] - caps[i]; over > 0 {
				out[i] = caps[i]
				for j := range out {
					if room := caps[j] - out[j]; room > 0 && j != i {
						d := min(room, over)
						out[j] += d
						over -= d
					}
				}
			}
		}
	}
	return out
}

// plant puts one defect of each kind into the last month's rows.
func (o Options) plant(rows []row) []row {
	last := o.Months[len(o.Months)-1]
	var at []int
	for i, r := range rows {
		if r.month == last {
			at = append(at, i)
		}
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x51BD))
	pickRow := func(ok func(r row) bool) int {
		for _, k := range rng.Perm(len(at)) {
			if i := at[k]; rows[i].defect == "" && ok(rows[i]) {
				return i
			}
		}
		return -1
	}
	if i := pickRow(func(r row) bool { return r.real >= 1000 }); i >= 0 {
		rows[i].defect = AngkaSalah
		v := formatRp(rows[i].real)
		rows[i].realText = v[:len(v)-3] + "O" + v[len(v)-2:]
	}
	if i := pickRow(func(r row) bool { return true }); i >= 0 {
		rows[i].defect = KodeSalah
		rows[i].kodeText = rows[i].kode[:strings.LastIndexByte(rows[i].kode, '.')]
	}
	if i := pickRow(func(r row) bool { return strings.Contains(r.rek, ".0") }); i >= 0 {
		rows[i].defect = RekeningSalah
		rows[i].rekText = strings.Replace(rows[i].rek, ".0", ".O", 1)
	}
	// a rekening past its pagu, the amount taken from a sibling that has
	// spent enough: the sub kegiatan's total stays as it was
	sibling := func(i int) int {
		need := rows[i].pagu - rows[i].real + 1000
		for _, j := range at {
			if j != i && rows[j].kode == rows[i].kode && rows[j].defect == "" && rows[j].real >= need {
				return j
			}
		}
		return -1
	}
	for _, k := range rng.Perm(len(at)) {
		i := at[k]
		if rows[i].defect != "" {
			continue
		}
		if j := sibling(i); j >= 0 {
			d := rows[i].pagu - rows[i].real + 1000
			rows[i].real, rows[i].bulan = rows[i].real+d, rows[i].bulan+d
			rows[j].real, rows[j].bulan = rows[j].real-d, rows[j].bulan-d
			rows[i].defect = MelebihiPagu
			break
		}
	}
	if !slices.ContainsFunc(rows, func(r row) bool { return r.defect == MelebihiPagu }) {
		// early in the year no rekening has spent enough to give: the pagu
		// is shifted instead (a pergeseran that left one rekening short),
		// the sub kegiatan's pagu as it was
		for _, k := range rng.Perm(len(at)) {
			i := at[k]
			if rows[i].defect != "" || rows[i].real < 2000 {
				continue
			}
			for _, j := range at {
				if j != i && rows[j].kode == rows[i].kode && rows[j].defect == "" {
					d := rows[i].pagu - rows[i].real + 1000
					rows[i].pagu -= d
					rows[j].pagu += d
					rows[i].defect = MelebihiPagu
					break
				}
			}
			if rows[i].defect != "" {
				break
			}
		}
	}
	if i := pickRow(func(r row) bool { return true }); i >= 0 {
		dup := rows[i]
		dup.defect = Duplikat
		rows = slices.Insert(rows, i+1, dup)
	}
	// a sub kegiatan of another bidang urusan exported along
	rows = append(rows, row{month: last, kode: "2.16.02.2.01.0001", nama: "Fasilitasi Pengembangan Ekonomi Kreatif",
		rek: rekeningBelanja[0][0], namaRek: rekeningBelanja[0][1], pagu: 25_000_000, murni: 25_000_000,
		real: 5_000_000, bulan: 5_000_000, defect: Asing})
	return rows
}

func formatRp(v int64) string { return strconv.FormatInt(v, 10) }

func (o Options) header() []string {
	if o.Shape == Shape2023 {
		return []string{"No", "Kode Sub Kegiatan", "Nama Sub Kegiatan", "Kode Rekening", "Nama Rekening", "Pagu Murni", "Pagu",
			"Realisasi s.d. Bulan Lalu", "Realisasi Bulan Ini", "Realisasi s.d. Bulan Ini", "%", "Sisa Anggaran", "Periode"}
	}
	return []string{"tahun_anggaran", "bulan", "kode_skpd", "nama_skpd", "kode_sub_giat", "nama_sub_giat", "kode_akun", "nama_akun",
		"nilai", "pagumurni", "realisasi"}
}

func (o Options) title() []string {
	return []string{"PEMERINTAH KOTA SEMARANG", "LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN DAN REKENING",
		"SKPD: 2.17.0.00.0.00.01.0000 Dinas Koperasi dan Usaha Mikro", "Tahun Anggaran " + strconv.Itoa(o.Year)}
}

var namaBulan = []string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}

// cells are a row's values as the export writes them: numbers as numbers
// in a workbook, as plain digits in a CSV.
func (o Options) cells(r row) []string {
	kode, rek := r.kode, r.rek
	if r.kodeText != "" {
		kode = r.kodeText
	}
	if r.rekText != "" {
		rek = r.rekText
	}
	real := formatRp(r.real)
	if r.realText != "" {
		real = r.realText
	}
	if o.Shape == Shape2023 {
		pct := "0"
		if r.pagu > 0 {
			pct = strconv.FormatFloat(float64(r.real)*100/float64(r.pagu), 'f', 2, 64)
		}
		return []string{"", kode, r.nama, rek, r.namaRek, formatRp(r.murni), formatRp(r.pagu),
			formatRp(r.lalu), formatRp(r.bulan), real, pct, formatRp(r.pagu - r.real), "s.d. " + namaBulan[r.month] + " " + strconv.Itoa(o.Year)}
	}
	return []string{strconv.Itoa(o.Year), strconv.Itoa(r.month), "2.17.0.00.0.00.01.0000", "Dinas Koperasi dan Usaha Mikro",
		kode, r.nama, rek, r.namaRek, formatRp(r.pagu), formatRp(r.murni), real}
}

func (o Options) writeXLSX(path string, header []string, rows []row) error {
	f := excelize.NewFile()
	defer f.Close()
	const sh = "Sheet1"
	for i, t := range o.title() {
		f.SetCellStr(sh, "A"+strconv.Itoa(i+1), t)
	}
	hr := len(o.title()) + 2
	for c, h := range header {
		ref, _ := excelize.CoordinatesToCellName(c+1, hr)
		f.SetCellStr(sh, ref, h)
	}
	numeric := map[string]bool{"tahun_anggaran": true, "bulan": true, "nilai": true, "pagumurni": true, "realisasi": true,
		"Pagu Murni": true, "Pagu": true, "Realisasi s.d. Bulan Lalu": true, "Realisasi Bulan Ini": true,
		"Realisasi s.d. Bulan Ini": true, "%": true, "Sisa Anggaran": true}
	for i, r := range rows {
		cells := o.cells(r)
		if o.Shape == Shape2023 {
			cells[0] = strconv.Itoa(i + 1)
		}
		for c, v := range cells {
			ref, _ := excelize.CoordinatesToCellName(c+1, hr+1+i)
			if n, err := strconv.ParseFloat(v, 64); err == nil && (numeric[header[c]] || c == 0 && o.Shape == Shape2023) {
				f.SetCellFloat(sh, ref, n, -1, 64)
			} else {
				f.SetCellStr(sh, ref, v)
			}
		}
	}
	f.SetSheetName(sh, "Realisasi")
	return f.SaveAs(path)
}
