package sample

import (
	_ "embed"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"kinerja/pipelines/xlsx"
)

// nomenklatur is the Permendagri 90/2019 nomenclature of urusan 2.17 for a
// kabupaten/kota: program, kegiatan and sub kegiatan with each sub
// kegiatan's indicator and satuan, as published (source in the file's
// first lines).
//
//go:embed nomenklatur-2.17.tsv
var nomenklatur string

// nomen is one line of the nomenclature.
type nomen struct{ kode, tingkat, nama, indikator, satuan string }

func loadNomenklatur() map[string]nomen {
	out := map[string]nomen{}
	for _, line := range strings.Split(nomenklatur, "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) < 5 || f[0] == "kode" {
			continue
		}
		out[f[0]] = nomen{f[0], f[1], f[2], f[3], f[4]}
	}
	return out
}

// planLine is a program of the example plan: its outcome indicators (kode
// indikator, name, satuan, unit, kondisi awal, yearly step) and the sub
// kegiatan it funds, each with the unit that carries it out.
type planLine struct {
	program    string
	unit       string
	indicators []planIndicator
	subs       []planSub
}

type planIndicator struct {
	kode, nama, satuan, unit string
	awal, step               float64
	catatan                  string
}

type planSub struct {
	kode, unit string
	target     float64 // a year's output, in the nomenclature's satuan
	pagu       float64 // the first planned year's pagu, rupiah
}

// examplePlan is what the example Renstra plans. Which sub kegiatan a Dinas
// takes up, its indicators' codes and every number are invented; the codes
// and names of program, kegiatan and sub kegiatan are the nomenclature's.
// An indicator that continues from the Renstra 2016–2021 keeps its code,
// so its formula (the Lampiran's, computed from the registers) and its
// polarity carry over.
var examplePlan = []planLine{
	{"2.17.01", "SEK", []planIndicator{
		{"IP-01-1", "Cakupan Pelayanan Administrasi Perkantoran", "%", "SEK", 100, 0, "lanjutan Renstra 2016-2021 (kode sama)"},
	}, []planSub{
		{"2.17.01.2.01.0001", "SEK", 1, 45_000_000}, {"2.17.01.2.01.0006", "SEK", 4, 38_000_000}, {"2.17.01.2.01.0007", "SEK", 2, 30_000_000},
		{"2.17.01.2.02.0001", "SEK", 68, 6_850_000_000}, {"2.17.01.2.02.0005", "SEK", 1, 25_000_000},
		{"2.17.01.2.06.0002", "SEK", 12, 120_000_000}, {"2.17.01.2.06.0004", "SEK", 12, 95_000_000},
		{"2.17.01.2.06.0005", "SEK", 12, 80_000_000}, {"2.17.01.2.06.0009", "SEK", 24, 260_000_000},
		{"2.17.01.2.08.0002", "SEK", 12, 310_000_000}, {"2.17.01.2.08.0004", "SEK", 12, 540_000_000},
		{"2.17.01.2.09.0002", "SEK", 9, 150_000_000}, {"2.17.01.2.09.0009", "SEK", 1, 210_000_000},
	}},
	{"2.17.02", "PKK", []planIndicator{
		{"P21-02-1", "Persentase koperasi simpan pinjam yang izin usahanya difasilitasi", "%", "PKK", 60, 5, "baru"},
	}, []planSub{{"2.17.02.2.01.0001", "PKK", 12, 85_000_000}}},
	{"2.17.03", "P2K", []planIndicator{
		{"IP-18-1", "Prosentase koperasi aktif", "%", "PKK", 87.5, 0.4, "lanjutan Renstra 2016-2021 (kode sama): rumus dan polaritas tetap"},
	}, []planSub{{"2.17.03.2.01.0003", "PKK", 40, 140_000_000}, {"2.17.03.2.01.0004", "P2K", 60, 175_000_000}}},
	{"2.17.04", "P2K", []planIndicator{
		{"IP-18-2", "Prosentase koperasi sehat", "%", "P2K", 7, 0.5, "lanjutan Renstra 2016-2021 (kode sama): rumus dan polaritas tetap"},
	}, []planSub{{"2.17.04.2.01.0001", "P2K", 50, 160_000_000}}},
	{"2.17.05", "PK", []planIndicator{
		{"P21-05-1", "Jumlah SDM koperasi yang dilatih", "orang", "PK", 400, 25, "baru"},
	}, []planSub{{"2.17.05.2.01.0001", "PK", 420, 390_000_000}}},
	{"2.17.06", "PK", []planIndicator{
		{"IP-18-3", "Prosentase Omset Koperasi", "%", "PK", 0.6, 0.1, "lanjutan Renstra 2016-2021 (kode sama): rumus dan polaritas tetap"},
	}, []planSub{{"2.17.06.2.01.0004", "PK", 15, 120_000_000}, {"2.17.06.2.01.0005", "PK", 25, 210_000_000}, {"2.17.06.2.01.0007", "PK", 20, 95_000_000}}},
	{"2.17.07", "PUM", []planIndicator{
		{"IP-17-4", "Prosentase Legalitas Pelaku Usaha", "%", "PUM", 30, 2, "lanjutan Renstra 2016-2021 (kode sama): rumus dan polaritas tetap"},
		{"IP-17-3", "Prosentase Akses Pembiayaan", "%", "PUM", 40, 3, "lanjutan Renstra 2016-2021 (kode sama): rumus dan polaritas tetap"},
	}, []planSub{{"2.17.07.2.01.0003", "PUM", 600, 180_000_000}, {"2.17.07.2.01.0004", "PUM", 350, 640_000_000}, {"2.17.07.2.01.0014", "PUM", 1, 90_000_000}}},
	{"2.17.08", "PUM", []planIndicator{
		{"IP-16-1", "Prosentase Meningkatnya Kualitas Usaha Mikro yang dibina", "%", "PUM", 60, 2, "lanjutan Renstra 2016-2021 (kode sama): rumus dan polaritas tetap"},
		{"IP-16-2", "Prosentase Meningkatnya Kualitas Produk yang dibina", "%", "PUM", 15, 1, "lanjutan Renstra 2016-2021 (kode sama): rumus dan polaritas tetap"},
	}, []planSub{{"2.17.08.2.01.0002", "PUM", 300, 520_000_000}, {"2.17.08.2.01.0003", "PUM", 200, 310_000_000}, {"2.17.08.2.01.0006", "PUM", 120, 450_000_000}}},
}

// Contoh is the word an example file carries in its name and title.
const Contoh = "CONTOH"

// RenstraName is the file name of the example Renstra for a period.
func RenstraName(first, last int) string {
	return fmt.Sprintf("contoh_Renstra_%d-%d.xlsx", first, last)
}

// Renstra writes an example Renstra workbook of a Dinas Koperasi dan Usaha
// Mikro coded by Permendagri 90/2019 for the period first–last (first is
// the tahun awal perencanaan: its kondisi awal; targets for the years
// after): program → kegiatan → sub kegiatan with six-part codes from the
// published nomenclature of urusan 2.17, each with indicator, target and
// pagu per year. Targets and pagu are invented (seeded), and the workbook
// says so on every sheet. The same period and seed give the same workbook.
func Renstra(dir string, first, last int, seed uint64) (string, error) {
	if last <= first {
		return "", fmt.Errorf("periode Renstra %d-%d: tahun akhir harus setelah tahun awal", first, last)
	}
	nom := loadNomenklatur()
	rng := rand.New(rand.NewPCG(seed, uint64(first)*10000+uint64(last)))
	title := fmt.Sprintf("%s Rencana Strategis (Renstra) %d-%d", Contoh, first, last)
	b, err := xlsx.New(title, "Dinas Koperasi dan Usaha Mikro Kota Semarang")
	if err != nil {
		return "", err
	}
	source := fmt.Sprintf("%s: Renstra rekaan untuk peragaan kinerja (bukan dokumen resmi). Kode dan nama program, kegiatan, sub kegiatan, indikator dan satuan sub kegiatan dari nomenklatur Permendagri 90/2019 urusan 2.17 (pipelines/sample/nomenklatur-2.17.tsv, sumbernya tertulis di sana); pilihan sub kegiatan, indikator program, target dan pagu rekaan.", Contoh)
	sheet := func(name, heading string, header []string, widths ...float64) (string, error) {
		sh, err := b.Sheet(name)
		if err != nil {
			return "", err
		}
		b.Str(sh, 1, 1, heading, xlsx.TextBold)
		b.Str(sh, 1, 2, source, xlsx.Text)
		for i, h := range header {
			b.Str(sh, i+1, 4, h, xlsx.Header)
		}
		return sh, b.Widths(sh, widths...)
	}
	// Dokumen
	sh, err := sheet("Dokumen", "Dokumen Renstra", []string{"Kunci", "Nilai"}, 28, 80)
	if err != nil {
		return "", err
	}
	for i, kv := range [][2]string{
		{"Judul", title},
		{"Perangkat Daerah", "Dinas Koperasi dan Usaha Mikro Kota Semarang"},
		{"Urusan", "2.17 Koperasi, Usaha Kecil, dan Menengah"},
		{"Periode Awal", strconv.Itoa(first)},
		{"Periode Akhir", strconv.Itoa(last)},
		{"Tahun Awal Perencanaan", strconv.Itoa(first)},
		{"Kodefikasi", "Permendagri 90/2019 (program, kegiatan, sub kegiatan)"},
		{"Keterangan", source},
	} {
		b.Str(sh, 1, 5+i, kv[0], xlsx.Text)
		b.Str(sh, 2, 5+i, kv[1], xlsx.Text)
	}
	// Unit
	sh, err = sheet("Unit", "Unit Kerja", []string{"Kode", "Nama Unit", "Jenis", "Seksi / Sub Bagian", "Tugas Ringkas"}, 8, 44, 12, 50, 50)
	if err != nil {
		return "", err
	}
	for i, u := range [][3]string{
		{"SEK", "Sekretariat", "Sekretariat"},
		{"PKK", "Bidang Perizinan dan Kelembagaan Koperasi", "Bidang"},
		{"P2K", "Bidang Pengawasan dan Pemeriksaan Koperasi", "Bidang"},
		{"PK", "Bidang Pemberdayaan Koperasi", "Bidang"},
		{"PUM", "Bidang Pemberdayaan Usaha Mikro", "Bidang"},
	} {
		for c, v := range u {
			b.Str(sh, c+1, 5+i, v, xlsx.Text)
		}
	}
	// Tujuan and sasaran of the Dinas (invented, like the numbers)
	sh, err = sheet("Tujuan Sasaran", "Tujuan, Sasaran, Strategi dan Arah Kebijakan", []string{"Kode", "Jenis", "Uraian", "Kode Induk"}, 8, 12, 90, 10)
	if err != nil {
		return "", err
	}
	for i, t := range [][4]string{
		{"T1", "Tujuan", "Meningkatnya peran koperasi dan usaha mikro dalam perekonomian daerah (contoh)", ""},
		{"S1", "Sasaran", "Meningkatnya kualitas kelembagaan dan usaha koperasi serta daya saing usaha mikro (contoh)", "T1"},
	} {
		for c, v := range t {
			b.Str(sh, c+1, 5+i, v, xlsx.Text)
		}
	}
	// Tabel 6.1
	years := last - first
	header := []string{"Kode Rekening", "Program, Kegiatan dan Sub Kegiatan", "Indikator Kinerja Program, Kegiatan dan Sub Kegiatan", "Kode Indikator", "Unit",
		fmt.Sprintf("Data Capaian pada Tahun Awal Perencanaan (%d)", first), "", "Target Kinerja Program dan Kerangka Pendanaan"}
	sh, err = sheet("Tabel 6.1", "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan", header)
	if err != nil {
		return "", err
	}
	endCol := 8 + 2*years
	b.Str(sh, endCol, 4, "Kondisi Kinerja pada akhir periode Renstra PD", xlsx.Header)
	b.Str(sh, endCol+2, 4, "Catatan", xlsx.Header)
	b.Str(sh, 6, 5, "Target", xlsx.Header)
	b.Str(sh, 7, 5, "(Rp)", xlsx.Header)
	for y := 0; y < years; y++ {
		b.Str(sh, 8+2*y, 5, strconv.Itoa(first+1+y), xlsx.Header)
		b.Str(sh, 8+2*y, 6, "Target", xlsx.Header)
		b.Str(sh, 9+2*y, 6, "(Rp)", xlsx.Header)
	}
	b.Str(sh, endCol, 5, "Target", xlsx.Header)
	b.Str(sh, endCol+1, 5, "(Rp)", xlsx.Header)
	widths := []float64{20, 48, 48, 12, 8, 10, 16}
	for y := 0; y <= years; y++ {
		widths = append(widths, 10, 16)
	}
	if err := b.Widths(sh, append(widths, 40)...); err != nil {
		return "", err
	}
	row := 7
	num := func(c int, v float64) {
		b.Num(sh, c, row, strconv.FormatFloat(v, 'f', -1, 64), xlsx.Text)
	}
	// write puts one Tabel 6.1 line: targets per year (awal first), pagu per year.
	write := func(kode, uraian, indikator, kodeInd, unit, satuan string, targets, pagu []float64, akhirTarget float64, note string) {
		b.Str(sh, 1, row, kode, xlsx.Text)
		b.Str(sh, 2, row, uraian, xlsx.Text)
		b.Str(sh, 3, row, indikator, xlsx.Text)
		b.Str(sh, 4, row, kodeInd, xlsx.Text)
		b.Str(sh, 5, row, unit, xlsx.Text)
		var sum float64
		for y := 0; y <= years; y++ {
			b.Str(sh, 6+2*y, row, quantity(targets[y], satuan), xlsx.Text)
			if pagu != nil {
				num(7+2*y, pagu[y])
				sum += pagu[y] // the kondisi akhir's Rp is the sum of every year, as the Renstra 2016-2021 prints it
			}
		}
		b.Str(sh, endCol, row, quantity(akhirTarget, satuan), xlsx.Text)
		if pagu != nil {
			num(endCol+1, sum)
		}
		if note != "" {
			b.Str(sh, endCol+2, row, note, xlsx.Text)
		}
		row++
	}
	for _, pl := range examplePlan {
		// pagu per sub kegiatan and year: the first planned year's, growing 3–7 % a year
		subPagu := map[string][]float64{}
		for _, s := range pl.subs {
			p := make([]float64, years+1)
			v := s.pagu
			p[0] = math.Round(v*0.93/1000) * 1000
			for y := 1; y <= years; y++ {
				p[y] = math.Round(v/1000) * 1000
				v *= 1.03 + 0.04*rng.Float64()
			}
			subPagu[s.kode] = p
		}
		sumOf := func(prefix string) []float64 {
			out := make([]float64, years+1)
			for _, s := range pl.subs {
				if strings.HasPrefix(s.kode, prefix+".") {
					for y, v := range subPagu[s.kode] {
						out[y] += v
					}
				}
			}
			return out
		}
		prog := nom[pl.program]
		for i, ind := range pl.indicators {
			t := make([]float64, years+1)
			for y := range t {
				t[y] = math.Round((ind.awal+ind.step*float64(y))*100) / 100
			}
			var pagu []float64
			kode, uraian := pl.program, prog.nama
			if i == 0 {
				pagu = sumOf(pl.program)
			} else {
				kode, uraian = "", "" // another indicator of the program above
			}
			write(kode, uraian, ind.nama, ind.kode, ind.unit, ind.satuan, t, pagu, t[years], "")
		}
		var kegiatan []string
		seen := map[string]bool{}
		for _, s := range pl.subs {
			k := s.kode[:strings.LastIndex(s.kode, ".")]
			if !seen[k] {
				seen[k] = true
				kegiatan = append(kegiatan, k)
			}
		}
		for _, k := range kegiatan {
			// the kegiatan's unit: the program's where it carries one of
			// the sub kegiatan, else the unit of its first sub kegiatan
			unit := ""
			for _, s := range pl.subs {
				if strings.HasPrefix(s.kode, k+".") && (unit == "" || s.unit == pl.unit) {
					unit = s.unit
				}
			}
			t := make([]float64, years+1)
			for y := range t {
				t[y] = 100
			}
			write(k, nom[k].nama, "Persentase sub kegiatan yang terlaksana sesuai rencana", "", unit, "%", t, sumOf(k), 100, "")
			for _, s := range pl.subs {
				if !strings.HasPrefix(s.kode, k+".") {
					continue
				}
				n := nom[s.kode]
				t := make([]float64, years+1)
				total := 0.0
				for y := range t {
					t[y] = s.target
					if y > 0 {
						total += s.target
					}
				}
				akhir := total
				if !additive(n.satuan) {
					akhir = s.target
				}
				write(s.kode, n.nama, n.indikator, "", s.unit, n.satuan, t, subPagu[s.kode], akhir, "")
			}
		}
	}
	// Daftar Indikator: the program indicators with their polarity and the
	// formulas of those that continue.
	sh, err = sheet("Indikator", "Daftar Indikator Kinerja (Tabel 6.1)", []string{"Kode", "Indikator", "Tingkat", "Kode Induk", "Satuan", "Polaritas", "Formula", "Unit", "Nama Lain", "Catatan"}, 12, 50, 10, 12, 8, 10, 50, 8, 20, 40)
	if err != nil {
		return "", err
	}
	r := 5
	for _, ind := range iku {
		for c, v := range []string{ind.kode, ind.nama, "Tujuan", "T1", ind.satuan, "positif", formulas[ind.kode], ind.unit, "", ind.catatan} {
			b.Str(sh, c+1, r, v, xlsx.Text)
		}
		r++
	}
	for _, pl := range examplePlan {
		for _, ind := range pl.indicators {
			for c, v := range []string{ind.kode, ind.nama, "Program", pl.program, ind.satuan, "positif", formulas[ind.kode], ind.unit, "", ind.catatan} {
				b.Str(sh, c+1, r, v, xlsx.Text)
			}
			r++
		}
	}
	// Tabel 4.1: the key indicators' targets, kondisi awal first
	header41 := []string{"Kode Indikator", "Indikator Kinerja", "Satuan", "Target"}
	sh, err = sheet("Tabel 4.1", "Tabel 4.1 Tujuan dan Sasaran — Indikator dan Target", header41, 14, 60, 8)
	if err != nil {
		return "", err
	}
	for y := 0; y <= years; y++ {
		b.Str(sh, 4+y, 5, strconv.Itoa(first+y), xlsx.Header)
	}
	for i, ind := range iku {
		b.Str(sh, 1, 6+i, ind.kode, xlsx.Text)
		b.Str(sh, 2, 6+i, ind.nama, xlsx.Text)
		b.Str(sh, 3, 6+i, ind.satuan, xlsx.Text)
		for y := 0; y <= years; y++ {
			b.Str(sh, 4+y, 6+i, quantity(math.Round((ind.awal+ind.step*float64(y))*100)/100, ind.satuan), xlsx.Text)
		}
	}
	name := RenstraName(first, last)
	return name, b.Save(dir, name)
}

// iku are the Dinas's key indicators (Tujuan level, Tabel 4.1), continued
// from the Renstra 2016–2021 under the same codes; their targets invented.
var iku = []planIndicator{
	{"IKU-01", "Prosentase Koperasi Baik", "%", "P2K", 86, 0.5, "lanjutan Renstra 2016-2021 (kode sama): rumus dan polaritas tetap"},
	{"IKU-02", "Prosentase jumlah pelaku usaha mikro yang dibina yang meningkat omsetnya", "%", "PUM", 33, 1, "lanjutan Renstra 2016-2021 (kode sama): rumus dan polaritas tetap"},
}

// formulas are the Lampiran formulas of the indicators the example plan
// continues (Renstra 2016–2021, Lampiran).
var formulas = map[string]string{
	"IKU-01":  "Jumlah Koperasi yang indikator kelembagaan, usaha dan keuangan baik Th N dibagi Jumlah Koperasi th N kali 100",
	"IKU-02":  "Jumlah Pelaku Usaha Mikro yang dibina yang meningkat omsetnya dibagi Jumlah Pelaku Usaha Mikro yang Dibina kali 100",
	"IP-01-1": "Pelayanan administrasi perkantoran",
	"IP-16-1": "Jumlah Pelaku Usaha Yang Berhasil Meningkatkan Kualitas Usaha dibagi Jumlah Pelaku Usaha Yang Dibina kali 100",
	"IP-16-2": "Jumlah Pelaku Usaha Yang Berhasil Meningkatkan Kualitas Produknya dibagi Jumlah Pelaku Usaha Yang Dibina kali 100",
	"IP-17-3": "Jumlah Realisasi UMK yg mengakses Kredit Wibawa Tahun N dibagi Jumlah Pengajuan Kredit Wibawa Tahun N kali 100",
	"IP-17-4": "Jumlah UMK tahun N dikurangi Jumlah UMK tahun N-1 dibagi Jumlah UMK tahun N-1",
	"IP-18-1": "Jumlah Koperasi Aktif Th N dibagi Jumlah Koperasi Th N kali 100",
	"IP-18-2": "Jumlah koperasi sehat th N dibagi Jumlah KSP/USP th N kali 100",
	"IP-18-3": "Jumlah Omset Koperasi Tahun N-1 dikurangi Jumlah Omset Koperasi Tahun N-2 dibagi Jumlah Omset Koperasi Tahun N-2 kali 100",
}

// additive reports whether a satuan counts things a year adds up over the
// period (orang, unit usaha), as against a level (%, dokumen a year).
func additive(satuan string) bool {
	switch strings.ToLower(satuan) {
	case "orang", "unit usaha", "keluarga", "kelompok masyarakat", "lembaga":
		return true
	}
	return false
}

// quantity writes a target as a planner types it: "87,5%", "12 Dokumen".
func quantity(v float64, satuan string) string {
	s := strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
	if satuan == "%" {
		return s + "%"
	}
	return s + " " + satuan
}
