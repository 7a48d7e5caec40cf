package oss

// This file generates realistic synthetic OSS exports (one row per NIB and
// project), with defects at known rates and, when asked, businesses that
// hold an IUMK of a sample I-Jus Melon export already, so the ingest, the
// cleaning and the one series across both systems can be tested against
// exactly what was planted. The same options give the same bytes.

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"kinerja/pipelines/read/ijus"
)

// Defect kinds planted in a sample export, each a finding the cleaning must
// raise for every row of the business it was planted on.
const (
	NIBSalah        = "nib_salah"         // a NIB that is not 13 digits (a spreadsheet wrote it as 9,12E+12)
	WajibKosong     = "wajib_kosong"      // NIB, date of issue or kecamatan left blank
	KecamatanAsing  = "kecamatan_asing"   // a kecamatan that is not one of Semarang's
	KBLISalah       = "kbli_salah"        // a KBLI code that is not five digits (the leading zero lost)
	DuplikatUsaha   = "duplikat_usaha"    // the same person and business under a second NIB
	NIKSalah        = "nik_salah"         // an owner's NIK that is not 16 digits (exports with NIK only)
	NIKJenisKelamin = "nik_jenis_kelamin" // the sex coded in the NIK differs from jenis kelamin (exports with NIK only)
)

// Rates are the defects per 1 000 businesses. A business carries one
// defect at most; the NIK defects only where the export has the NIK.
var Rates = []struct {
	Kind     string
	PerMille int
	What     string
}{
	{NIBSalah, 4, "NIB bukan 13 angka (ditulis spreadsheet sebagai 9,12E+12)"},
	{WajibKosong, 5, "NIB, tanggal terbit atau kecamatan kosong"},
	{KecamatanAsing, 3, "kecamatan di luar 16 kecamatan Kota Semarang"},
	{KBLISalah, 5, "kode KBLI bukan lima angka (angka nol di depan hilang)"},
	{DuplikatUsaha, 5, "orang dan usaha yang sama dengan NIB lain"},
	{NIKSalah, 10, "NIK pemilik bukan 16 angka atau tanggal lahirnya mustahil"},
	{NIKJenisKelamin, 5, "jenis kelamin dalam NIK berbeda dengan kolom jenis kelamin"},
}

// Options shape a sample export.
type Options struct {
	Rows   int // rows of the export: projects; a NIB has one to three
	Seed   uint64
	Format string // csv or xlsx
	// For CSV: the delimiter and encoding. Zero values are chosen from the
	// seed.
	Delimiter rune
	Encoding  string
	From      time.Time // first date of issue (default 9 August 2021, OSS-RBA's start)
	Months    int       // … over this many months (default 17: to the end of 2022)
	// NIK puts the owner's NIK, name and sex in the export (a DPMPTSP's own
	// export has them; the public one does not).
	NIK bool
	// NoScale leaves out uraian_skala_usaha: the size class is then the
	// PP 7/2021 rule's on modal usaha and hasil penjualan, which are given.
	NoScale bool
	// Overlap are IUMK registrations (ijus.Owners) of which Overlaps
	// register again in OSS, as the same business.
	Overlap  []ijus.Owner
	Overlaps int
}

// Planted is what a sample export holds.
type Planted struct {
	Rows       int
	Businesses int            // distinct NIB (and businesses whose NIB was mangled)
	Counted    int            // businesses that count as UMKM registered in OSS alone
	Besar      int            // businesses of scale besar: registered, not UMKM
	Defects    map[string]int // businesses per defect kind
	DefectRows map[string]int // rows per defect kind (kbli_salah: the first project's only)
	// Overlaps are the counted businesses that hold an IUMK already, by
	// how they can be told to be the same: nik_nama (NIK hash and business
	// name), nik_alamat (NIK hash and address) or nama_alamat (name and
	// address, without a NIK).
	Overlaps map[string]int
	// CountedByYear are the counted businesses by the year of their first
	// date of issue, before removing the overlaps; OverlapsByYear the
	// overlaps likewise.
	CountedByYear, OverlapsByYear map[int]int
	// WomenByYear are the counted businesses owned by a woman, by the year
	// of their first date of issue (exports with the owner's sex only).
	WomenByYear map[int]int
	Header      []string
	Options     Options
}

type field struct {
	name     string
	variants []string
}

// columns of an export, in the order a DPMPTSP's export has them
// (SOURCES-2021.md), each with the spellings another export uses.
var columns = []field{
	{FieldProyek, []string{"id_proyek", "ID Proyek", "Id Proyek"}},
	{FieldNIB, []string{"nib", "NIB", "Nomor Induk Berusaha"}},
	{FieldUsaha, []string{"nama_perusahaan", "Nama Perusahaan", "Nama Usaha"}},
	{FieldNIK, []string{"nik", "NIK", "NIK Penanggung Jawab"}},
	{FieldNama, []string{"nama_pemilik", "Nama Pemilik", "Nama Penanggung Jawab"}},
	{FieldJK, []string{"jenis_kelamin", "Jenis Kelamin", "JK"}},
	{FieldTerbit, []string{"tgl_terbit_oss", "Tanggal Terbit OSS", "Tgl Terbit"}},
	{FieldRisiko, []string{"uraian_risiko_proyek", "Risiko Proyek", "Tingkat Risiko"}},
	{FieldSkala, []string{"uraian_skala_usaha", "Skala Usaha", "Uraian Skala Usaha"}},
	{FieldAlamat, []string{"alamat_usaha", "Alamat Usaha", "Alamat"}},
	{FieldKecamatan, []string{"kecamatan_usaha", "Kecamatan Usaha", "Kecamatan"}},
	{FieldKelurahan, []string{"kelurahan_usaha", "Kelurahan Usaha", "Kelurahan"}},
	{"latitude", []string{"latitude", "Latitude", "Lat"}},
	{"longitude", []string{"longitude", "Longitude", "Long"}},
	{FieldKBLI, []string{"kbli", "KBLI", "Kode KBLI"}},
	{FieldJudulKBLI, []string{"judul_kbli", "Judul KBLI", "Uraian KBLI"}},
	{"kl_sektor_pembina", []string{"kl_sektor_pembina", "K/L Sektor Pembina", "Sektor Pembina"}},
	{FieldModal, []string{"modal_usaha", "Modal Usaha", "Modal Usaha (Rp)"}},
	{FieldOmset, []string{"hasil_penjualan", "Hasil Penjualan per Tahun", "Omzet per Tahun"}},
	{FieldInvestasi, []string{"jumlah_investasi", "Jumlah Investasi", "Jumlah Investasi (Rp)"}},
	{FieldTKI, []string{"tki", "Jumlah TKI", "Tenaga Kerja"}},
}

// kbliSample are the KBLI 2020 codes the sample draws projects from, with
// their titles (Yada-Ekidanta/yecorporate database/seeders/MasterSeeder.php)
// and a weight.
var kbliSample = []struct {
	kode, judul, pembina string
	weight               int
}{
	{"10710", "Industri Produk Roti Dan Kue", "Kementerian Perindustrian", 8},
	{"10794", "Industri Kerupuk, Keripik, Peyek Dan Sejenisnya", "Kementerian Perindustrian", 8},
	{"10750", "Industri Makanan dan Masakan Olahan", "Kementerian Perindustrian", 6},
	{"10214", "Industri Pemindangan Ikan", "Kementerian Kelautan dan Perikanan", 3},
	{"10792", "Industri Kue Basah", "Kementerian Perindustrian", 5},
	{"11090", "Industri Minuman Lainnya", "Kementerian Perindustrian", 2},
	{"13134", "Industri Batik", "Kementerian Perindustrian", 4},
	{"14111", "Industri Pakaian Jadi (Konveksi) Dari Tekstil", "Kementerian Perindustrian", 4},
	{"15121", "Industri Barang Dari Kulit Dan Kulit Komposisi Untuk Keperluan Pribadi", "Kementerian Perindustrian", 2},
	{"16293", "Industri Kerajinan Ukiran Dari Kayu Bukan Mebeller", "Kementerian Perindustrian", 2},
	{"21022", "Industri Produk Obat Tradisional untuk Manusia", "Badan Pengawas Obat dan Makanan", 2},
	{"25992", "Industri Peralatan Dapur Dan Peralatan Meja Dari Logam", "Kementerian Perindustrian", 2},
	{"31001", "Industri Furnitur Dari Kayu", "Kementerian Perindustrian", 3},
	{"32903", "Industri Kerajinan YTDL", "Kementerian Perindustrian", 2},
	{"01111", "Pertanian Jagung", "Kementerian Pertanian", 1},
	{"47112", "Perdagangan Eceran Berbagai Macam Barang Yang Utamanya Makanan, Minuman Atau Tembakau Bukan  Di Minimarket/Supermarket/Hypermarket (Tradisional)", "Kementerian Perdagangan", 14},
	{"47711", "Perdagangan Eceran Pakaian", "Kementerian Perdagangan", 4},
	{"56102", "Rumah/Warung Makan", "Kementerian Pariwisata", 10},
	{"56303", "Rumah Minum/Kafe", "Kementerian Pariwisata", 4},
	{"56210", "Jasa Boga Untuk Suatu Event Tertentu (Event Catering)", "Kementerian Pariwisata", 3},
	{"55130", "Pondok Wisata", "Kementerian Pariwisata", 1},
	{"79111", "Aktivitas Agen Perjalanan Wisata", "Kementerian Pariwisata", 1},
	{"45407", "Reparasi Dan Perawatan Sepeda Motor", "Kementerian Perindustrian", 3},
	{"96112", "Aktivitas Salon Kecantikan", "Kementerian Kesehatan", 2},
	{"96200", "Aktivitas penatu", "Kementerian Perdagangan", 2},
	{"82190", "Aktivitas Fotokopi, Penyiapan Dokumen dan Aktivitas Khusus Penunjang Kantor Lainnya", "Kementerian Perdagangan", 2},
}

var (
	namaDepanL   = []string{"Agus", "Budi", "Slamet", "Joko", "Heru", "Bambang", "Eko", "Sugeng", "Wahyu", "Teguh", "Dimas", "Rizky", "Aditya", "Yoga", "Bayu"}
	namaDepanP   = []string{"Sri", "Siti", "Endang", "Dewi", "Wulan", "Rina", "Yuni", "Ayu", "Putri", "Anisa", "Nadia", "Fitri", "Lestari", "Retno", "Indah"}
	namaBelakang = []string{"Santoso", "Wibowo", "Prasetyo", "Setiawan", "Hidayat", "Nugroho", "Kurniawan", "Purnomo", "Handayani", "Wulandari", "Rahmawati", "Saputra", "Utomo", "Pratiwi", "Kusuma"}
	usahaAwal    = []string{"Toko", "Warung", "Dapur", "Griya", "Sentra", "Rumah", "Kedai", "Omah", "CV", "UD"}
	jalan        = []string{"Jl. Pemuda", "Jl. Pandanaran", "Jl. Gajahmada", "Jl. Majapahit", "Jl. Setiabudi", "Jl. Kaligawe", "Jl. Siliwangi", "Jl. Fatmawati", "Jl. Citarum", "Jl. Sriwijaya", "Jl. Brigjen Sudiarto", "Jl. Dr. Wahidin"}
	kecAsing     = []string{"Ungaran Barat", "Kendal", "Mranggen", "Boja", "Kec. Batang"}
	skala        = []string{"Usaha Mikro", "Usaha Kecil", "Usaha Menengah", "Usaha Besar"}
	risiko       = []string{"Rendah", "Menengah Rendah", "Menengah Tinggi", "Tinggi"}
)

type project struct {
	proyek string
	kbli   int // index into kbliSample
	terbit time.Time
	invest int64
	tki    int
}

type business struct {
	nib       string
	nik, nama string
	jk        string
	usaha     string
	alamat    string
	kel, kec  string
	skala     int // index into skala
	modal     int64
	omset     int64
	projects  []project
	defect    string
	overlap   string // how it is the same as an IUMK registration
}

// Generate writes a sample export to path and says what it planted.
func Generate(path string, o Options) (*Planted, error) {
	if o.Rows < 1 {
		return nil, fmt.Errorf("rows: %d, want at least 1", o.Rows)
	}
	if o.From.IsZero() {
		o.From = time.Date(2021, 8, 9, 0, 0, 0, 0, time.UTC)
	}
	if o.Months == 0 {
		o.Months = 17
	}
	if o.Overlaps > len(o.Overlap) {
		return nil, fmt.Errorf("overlaps: %d, want at most the %d IUMK registrations given", o.Overlaps, len(o.Overlap))
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x055))
	if o.Delimiter == 0 {
		o.Delimiter = []rune{',', ';'}[rng.IntN(2)]
	}
	if o.Encoding == "" {
		o.Encoding = []string{"utf8", "utf8bom", "cp1252"}[rng.IntN(3)]
	}
	p := &Planted{Defects: map[string]int{}, DefectRows: map[string]int{}, Overlaps: map[string]int{}, CountedByYear: map[int]int{}, OverlapsByYear: map[int]int{}, WomenByYear: map[int]int{}, Options: o}
	var cols []field
	for _, c := range columns {
		if (!o.NIK && (c.name == FieldNIK || c.name == FieldNama || c.name == FieldJK)) || (o.NoScale && c.name == FieldSkala) {
			continue
		}
		if o.NoScale || c.name != FieldModal && c.name != FieldOmset || rng.IntN(2) == 0 {
			cols = append(cols, c)
			p.Header = append(p.Header, c.variants[rng.IntN(len(c.variants))])
		}
	}
	bs := generate(rng, o, p)
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	switch o.Format {
	case "csv":
		err = writeCSV(f, o, p.Header, cols, bs)
	case "xlsx":
		err = writeXLSX(f, p.Header, cols, bs)
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

// generate makes the businesses and their projects, plants the defects and
// the overlaps on disjoint businesses, and counts what the cleaning should
// find.
func generate(rng *rand.Rand, o Options, p *Planted) []business {
	days := int(o.From.AddDate(0, o.Months, 0).Sub(o.From).Hours() / 24)
	var bs []business
	nik := map[string]int{}
	for rows := 0; rows < o.Rows; {
		b := business{}
		k := rng.IntN(len(ijus.Kecamatan))
		b.kec = ijus.Kecamatan[k].Nama
		b.kel = ijus.Kecamatan[k].Kelurahan[rng.IntN(len(ijus.Kecamatan[k].Kelurahan))]
		female := rng.IntN(100) < 58
		born := time.Date(1960+rng.IntN(45), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)
		day := born.Day()
		if female {
			b.jk, day = "P", day+40
			b.nama = namaDepanP[rng.IntN(len(namaDepanP))] + " " + namaBelakang[rng.IntN(len(namaBelakang))]
		} else {
			b.jk = "L"
			b.nama = namaDepanL[rng.IntN(len(namaDepanL))] + " " + namaBelakang[rng.IntN(len(namaBelakang))]
		}
		prefix := fmt.Sprintf("3374%02d%02d%02d%02d", k+1, day, int(born.Month()), born.Year()%100)
		nik[prefix]++
		b.nik = fmt.Sprintf("%s%04d", prefix, 5000+nik[prefix]) // apart from the IUMK sample's serials
		b.usaha = usahaAwal[rng.IntN(len(usahaAwal))] + " " + strings.Fields(b.nama)[rng.IntN(2)] + " " + strconv.Itoa(len(bs)%997+1)
		b.alamat = fmt.Sprintf("%s No. %d RT %02d RW %02d", jalan[rng.IntN(len(jalan))], 1+rng.IntN(300), 1+rng.IntN(12), 1+rng.IntN(9))
		switch v := rng.IntN(100); {
		case v < 90:
			b.skala = 0
		case v < 97:
			b.skala = 1
		case v < 99:
			b.skala = 2
		default:
			b.skala = 3
		}
		// modal usaha and hasil penjualan within the PP 7/2021 bounds of
		// the scale: the rule and the export's own scale agree
		lo, hi := [4]float64{5e6, 1.2e9, 5.5e9, 1.2e10}[b.skala], [4]float64{9e8, 4.5e9, 9.5e9, 5e10}[b.skala]
		b.modal = roundTo(int64(lo+(hi-lo)*math.Pow(rng.Float64(), 3)), 100_000)
		olo, ohi := [4]float64{1e7, 2.5e9, 1.6e10, 6e10}[b.skala], [4]float64{1.9e9, 1.4e10, 4.8e10, 2e11}[b.skala]
		b.omset = roundTo(int64(olo+(ohi-olo)*math.Pow(rng.Float64(), 3)), 500_000)
		first := o.From.AddDate(0, 0, rng.IntN(days))
		n := 1
		if v := rng.IntN(100); v >= 95 {
			n = 3
		} else if v >= 80 {
			n = 2
		}
		n = min(n, o.Rows-rows)
		for j := range n {
			pr := project{kbli: pickKBLI(rng), terbit: first, tki: 1 + rng.IntN(4)}
			if j > 0 && rng.IntN(2) == 0 {
				pr.terbit = first.AddDate(0, 0, rng.IntN(60)) // a project added later
			}
			pr.invest = roundTo(b.modal/int64(n)+int64(rng.IntN(50))*1_000_000, 100_000)
			b.projects = append(b.projects, pr)
		}
		rows += n
		bs = append(bs, b)
	}
	// NIB: 13 digits in order of first issue, the first digit from the
	// seed (exports of seeds apart by less than 9 share no NIB); project
	// ids: R-<date>-<n>
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].projects[0].terbit.Before(bs[j].projects[0].terbit) })
	for i := range bs {
		bs[i].nib = fmt.Sprintf("%d%012d", 1+o.Seed%9, 20812000000+int64(i)*7919%9_000_000_000)
		for j := range bs[i].projects {
			bs[i].projects[j].proyek = fmt.Sprintf("R-%s%03d", bs[i].projects[0].terbit.Format("200601021504"), (i*31+j)%1000)
		}
	}
	// Defects and overlaps on disjoint businesses, chosen from the seed.
	idx := rng.Perm(len(bs))
	next := 0
	for _, rate := range Rates {
		if !o.NIK && (rate.Kind == NIKSalah || rate.Kind == NIKJenisKelamin) {
			continue
		}
		want := len(bs) * rate.PerMille / 1000
		for j := 0; j < want && next < len(idx); j++ {
			b := &bs[idx[next]]
			next++
			b.defect = rate.Kind
			p.Defects[rate.Kind]++
			switch rate.Kind {
			case NIBSalah:
				f, _ := strconv.ParseFloat(b.nib, 64)
				b.nib = strings.Replace(strconv.FormatFloat(f, 'E', 5, 64), ".", ",", 1)
			case WajibKosong:
				switch rng.IntN(3) {
				case 0:
					b.nib = ""
				case 1:
					for k := range b.projects {
						b.projects[k].terbit = time.Time{}
					}
				default:
					b.kec = ""
				}
			case KecamatanAsing:
				b.kec = kecAsing[rng.IntN(len(kecAsing))]
			case KBLISalah:
				b.projects[0].kbli = -1 // written without its leading zero
			case DuplikatUsaha:
				// a business that stays clean, registered again under this NIB, later
				src := bs[idx[len(idx)-1-j]]
				b.nik, b.nama, b.jk, b.usaha, b.alamat, b.kel, b.kec = src.nik, src.nama, src.jk, src.usaha, src.alamat, src.kel, src.kec
				b.skala, b.modal, b.omset = src.skala, src.modal, src.omset
				b.projects = []project{{kbli: src.projects[0].kbli, terbit: src.projects[0].terbit.AddDate(0, 0, 1+rng.IntN(90)), invest: src.projects[0].invest, tki: src.projects[0].tki, proyek: "R-ULANG-" + b.nib}}
			case NIKSalah:
				b.nik = b.nik[:15]
			case NIKJenisKelamin:
				if b.jk == "P" {
					b.jk = "L"
				} else {
					b.jk = "P"
				}
			}
		}
	}
	// Overlaps: businesses without a defect become IUMK owners' businesses,
	// registered again in OSS.
	ways := []string{"nik_nama", "nik_alamat", "nama_alamat"}
	if !o.NIK {
		ways = ways[2:]
	}
	picks := rng.Perm(len(o.Overlap))[:o.Overlaps]
	for _, pi := range picks {
		for next < len(idx) && (bs[idx[next]].defect != "" || bs[idx[next]].skala == 3 || isSource(bs, idx[next])) {
			next++
		}
		if next >= len(idx) {
			break
		}
		b := &bs[idx[next]]
		next++
		w := o.Overlap[pi]
		way := ways[rng.IntN(len(ways))]
		b.overlap = way
		b.nik, b.nama, b.jk, b.kel, b.kec = w.NIK, w.Nama, w.JK, w.Kelurahan, w.Kecamatan
		switch way {
		case "nik_nama":
			b.usaha = strings.ToUpper(w.Usaha)
			b.alamat = fmt.Sprintf("%s No. %d", jalan[rng.IntN(len(jalan))], 1+rng.IntN(300)) // moved
		case "nik_alamat":
			b.usaha = "CV " + w.Usaha + " Jaya" // renamed
			b.alamat = strings.ToUpper(strings.ReplaceAll(w.Alamat, "No. ", "NO."))
		default:
			b.usaha = strings.ToUpper(w.Usaha)
			b.alamat = strings.ReplaceAll(strings.ReplaceAll(w.Alamat, "Jl. ", "Jalan "), " No. ", " No ")
			b.nik = "" // not in the export, or left blank
		}
		p.Overlaps[way]++
	}
	// What counts: a business without a defect that stops it, not besar.
	for _, b := range bs {
		p.Rows += len(b.projects)
		p.Businesses++
		if b.defect == KBLISalah {
			p.DefectRows[b.defect]++
		} else if b.defect != "" {
			p.DefectRows[b.defect] += len(b.projects)
		}
		if b.skala == 3 {
			p.Besar++
		}
		switch b.defect {
		case NIBSalah, WajibKosong, KecamatanAsing, DuplikatUsaha:
			continue
		}
		if b.skala == 3 {
			continue
		}
		y := b.projects[0].terbit.Year() // the first project is the earliest
		p.Counted++
		p.CountedByYear[y]++
		if b.overlap != "" {
			p.OverlapsByYear[y]++
		}
		if o.NIK && b.jk == "P" && b.overlap == "" {
			p.WomenByYear[y]++
		}
	}
	return bs
}

// isSource tells whether business i is the clean original a planted
// duplicate copies (its NIK and name are on another NIB).
func isSource(bs []business, i int) bool {
	for _, b := range bs {
		if b.defect == DuplikatUsaha && b.nik == bs[i].nik && b.usaha == bs[i].usaha {
			return true
		}
	}
	return false
}

// zeroLed is the sample's code with a leading zero (01111), the one a
// planted kbli_salah loses it from.
var zeroLed = func() int {
	for i, k := range kbliSample {
		if k.kode[0] == '0' {
			return i
		}
	}
	panic("kbliSample: no code with a leading zero")
}()

func pickKBLI(rng *rand.Rand) int {
	total := 0
	for _, k := range kbliSample {
		total += k.weight
	}
	v := rng.IntN(total)
	for i, k := range kbliSample {
		if v < k.weight {
			return i
		}
		v -= k.weight
	}
	return 0
}

func roundTo(v, step int64) int64 { return max((v+step/2)/step*step, step) }

// cells renders a project row in column order, the way an export types it.
func (b business) cells(pr project, cols []field, rng *rand.Rand, xlsx bool) []any {
	out := make([]any, len(cols))
	num := func(v int64) any {
		if xlsx {
			return v
		}
		return strconv.FormatInt(v, 10)
	}
	for i, c := range cols {
		switch c.name {
		case FieldProyek:
			out[i] = pr.proyek
		case FieldNIB:
			out[i] = b.nib
		case FieldUsaha:
			out[i] = b.usaha
		case FieldNIK:
			out[i] = b.nik
		case FieldNama:
			out[i] = b.nama
		case FieldJK:
			out[i] = map[string]string{"L": "Laki-laki", "P": "Perempuan"}[b.jk]
		case FieldTerbit:
			switch {
			case pr.terbit.IsZero():
				out[i] = ""
			case xlsx && rng.IntN(2) == 0:
				out[i] = pr.terbit
			default:
				out[i] = pr.terbit.Format("2006-01-02")
			}
		case FieldRisiko:
			out[i] = risiko[rng.IntN(2)]
		case FieldSkala:
			out[i] = skala[b.skala]
		case FieldAlamat:
			out[i] = b.alamat
		case FieldKecamatan:
			out[i] = strings.ToUpper(b.kec)
		case FieldKelurahan:
			out[i] = strings.ToUpper(b.kel)
		case "latitude":
			out[i] = fmt.Sprintf("-7.%06d", 950000+rng.IntN(100000))
		case "longitude":
			out[i] = fmt.Sprintf("110.%06d", 350000+rng.IntN(150000))
		case FieldKBLI:
			if pr.kbli < 0 {
				out[i] = strings.TrimLeft(kbliSample[zeroLed].kode, "0") // 01111 typed as a number: four digits
			} else {
				out[i] = kbliSample[pr.kbli].kode
			}
		case FieldJudulKBLI, "kl_sektor_pembina":
			k := kbliSample[zeroLed]
			if pr.kbli >= 0 {
				k = kbliSample[pr.kbli]
			}
			if c.name == FieldJudulKBLI {
				out[i] = k.judul
			} else {
				out[i] = k.pembina
			}
		case FieldModal:
			out[i] = num(b.modal)
		case FieldOmset:
			out[i] = num(b.omset)
		case FieldInvestasi:
			out[i] = num(pr.invest)
		case FieldTKI:
			out[i] = num(int64(pr.tki))
		}
	}
	return out
}

func writeCSV(f *os.File, o Options, header []string, cols []field, bs []business) error {
	cw, done := ijus.SampleCSV(f, o.Encoding, o.Delimiter)
	if err := cw.Write(header); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0xC5F))
	rec := make([]string, len(cols))
	for _, b := range bs {
		for _, pr := range b.projects {
			for i, c := range b.cells(pr, cols, rng, false) {
				rec[i] = fmt.Sprint(c)
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	return done()
}

// writeXLSX streams the rows, the header in the first row as the OSS
// export has it.
func writeXLSX(f *os.File, header []string, cols []field, bs []business) error {
	x := excelize.NewFile()
	defer x.Close()
	// the sheet's real extent, as a spreadsheet program saves it: a reader
	// that trusts it (openpyxl's read-only mode, so pandas) sees every cell
	projects := 0
	for _, b := range bs {
		projects += len(b.projects)
	}
	last, _ := excelize.CoordinatesToCellName(max(len(header), 1), projects+1)
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
	hdr := make([]any, len(header))
	for i, h := range header {
		hdr[i] = h
	}
	if err := sw.SetRow("A1", hdr); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(uint64(len(bs)), 0xC5F))
	row := 2
	for _, b := range bs {
		for _, pr := range b.projects {
			rec := b.cells(pr, cols, rng, true)
			for i, c := range rec {
				if t, ok := c.(time.Time); ok {
					rec[i] = excelize.Cell{Value: t, StyleID: dateStyle}
				}
			}
			cell, _ := excelize.CoordinatesToCellName(1, row)
			if err := sw.SetRow(cell, rec); err != nil {
				return err
			}
			row++
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	x.SetSheetName("Sheet1", "Data NIB")
	return x.Write(f)
}
