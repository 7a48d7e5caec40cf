package sample

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"time"
)

func mkdirAll(dir string) error { return os.MkdirAll(dir, 0o755) }

// makeRegisters creates the year's cooperatives, coached businesses, credit
// applications, marketing facilitation and training participants, each with
// the month it enters the register.
func (g *gen) makeRegisters() {
	// About 760 cooperatives, a few founded during the year; 88 % active.
	for i := 0; i < 760; i++ {
		c := coop{
			bh:    fmt.Sprintf("%03d/BH/XIV.%d/%d", 100+i, 1+i%12, 1995+i%23),
			nama:  "Koperasi " + g.pick(koperasiKata) + " " + strconv.Itoa(1+i%9),
			jenis: []string{"KSP", "KSP", "KSPPS", "Konsumen", "Konsumen", "Produsen", "Jasa", "Pemasaran", "Serba Usaha", "Serba Usaha"}[g.rng.IntN(10)],
			kec:   g.pick(Kecamatan),
			rat:   g.year - 1 - g.rng.IntN(2),
			angL:  20 + g.rng.IntN(400), angP: 20 + g.rng.IntN(400),
			karL: g.rng.IntN(8), karP: g.rng.IntN(8),
		}
		if i >= 745 {
			c.aktifFrom = 1 + (i-745)%12 // founded this year, active from that month
		}
		if g.rng.Float64() < 0.115 {
			c.nonaktifFrom = 1 // inactive the whole year
		} else if g.rng.Float64() < 0.01 {
			c.nonaktifFrom = 2 + g.rng.IntN(10)
		}
		c.omset2 = math.Round(50e6*math.Exp(2*g.rng.Float64())/1e5) * 1e5
		c.omset1 = math.Round(c.omset2*(1.006+0.04*(g.rng.Float64()-0.5))/1e5) * 1e5
		c.aset = math.Round(c.omset2*(0.6+g.rng.Float64())/1e5) * 1e5
		if c.jenis == "KSP" || c.jenis == "KSPPS" {
			if g.rng.Float64() < 0.95 {
				c.sehatMonth = 1 + g.rng.IntN(11)
				c.skor = math.Round((45+40*g.rng.Float64())*100) / 100
			}
		}
		if g.rng.Float64() < 0.97 {
			c.baikMonth = 1 + int(11*math.Sqrt(g.rng.Float64()))
			good := g.rng.Float64() < 0.93
			c.kel, c.usaha, c.keu = good || g.rng.Float64() < 0.5, good || g.rng.Float64() < 0.4, good
		}
		g.coops = append(g.coops, c)
	}
	for i := 0; i < 400; i++ {
		u := usaha{nama: g.pick(usahaKata) + " " + g.pick(namaBelakang), jk: []string{"L", "P", "P"}[g.rng.IntN(3)], kec: g.pick(Kecamatan),
			sektor: []string{"Olahan Pangan", "Olahan Pangan", "Batik", "Handycraft", "Bandeng", "Lunpia", "Jamu", "Tas", "Mebel", "Logam", "Pariwisata", "Lain-lain"}[g.rng.IntN(12)],
			month:  1 + int(12*g.rng.Float64()), day: 1 + g.rng.IntN(28)}
		u.sebelum = math.Round(24e6*math.Exp(2.5*g.rng.Float64())/1e5) * 1e5
		grow := g.rng.Float64() < 0.24
		u.sesudah = u.sebelum
		if grow {
			u.sesudah = math.Round(u.sebelum*(1.05+0.3*g.rng.Float64())/1e5) * 1e5
		}
		u.produk = g.rng.Float64() < 0.13
		u.usahaBaik = g.rng.Float64() < 0.55
		g.umkm = append(g.umkm, u)
	}
	for i := 0; i < 100; i++ {
		k := kredit{nama: g.pick(usahaKata) + " " + g.pick(namaBelakang), jk: []string{"L", "P"}[g.rng.IntN(2)],
			month: 1 + g.rng.IntN(12), day: 1 + g.rng.IntN(28), nilai: float64(5+g.rng.IntN(46)) * 1e6}
		if g.rng.Float64() < 0.3 && k.month <= 11 {
			k.realisasi = true
			k.realMonth = min(12, k.month+1+g.rng.IntN(2))
			k.realDay = 1 + g.rng.IntN(28)
			k.nilaiReal = k.nilai
		}
		g.kredit = append(g.kredit, k)
	}
	events := []string{"Pameran UMKM Semarang Great Sale", "Festival Kota Lama", "Bazar Hari Koperasi", "Pameran Produk Unggulan Jawa Tengah", "Inacraft Jakarta"}
	for i := 0; i < 440; i++ {
		g.pasar = append(g.pasar, pasar{nama: g.pick(usahaKata) + " " + g.pick(namaBelakang), jk: []string{"L", "P"}[g.rng.IntN(2)],
			kegiatan: events[i%len(events)], lokasi: []string{"Semarang", "Semarang", "Jakarta", "Surakarta"}[g.rng.IntN(4)],
			month: 1 + int(12*math.Sqrt(g.rng.Float64())), day: 1 + g.rng.IntN(28)})
	}
	// In a fixed order: the random stream must be drawn the same way every run.
	for _, spec := range []struct {
		unit   string
		n      int
		kinds  []string
		origin string
	}{
		{"PK", 300, []string{"Pelatihan Manajemen Pengelola Koperasi", "Pelatihan Pengawas Koperasi"}, "Koperasi "},
		{"PUM", 600, []string{"Pelatihan Kewirausahaan", "Pelatihan Manajemen Usaha Mikro"}, "Usaha "},
	} {
		unit := spec.unit
		for i := 0; i < spec.n; i++ {
			g.latih[unit] = append(g.latih[unit], peserta{kegiatan: spec.kinds[i%len(spec.kinds)], nama: g.person(),
				jk: []string{"L", "P"}[g.rng.IntN(2)], asal: spec.origin + g.pick(koperasiKata), kec: g.pick(Kecamatan),
				month: 2 + (i*10)/spec.n, day: 1 + g.rng.IntN(28)})
		}
	}
}

func (g *gen) date(m, d int) time.Time {
	return time.Date(g.year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

func yaTidak(b bool) string {
	if b {
		return "Ya"
	}
	return "Tidak"
}

// inRegister reports whether a cooperative is registered in month m, and
// whether it is active then.
func (c coop) inRegister(m int) (in, aktif bool) {
	if c.aktifFrom > m {
		return false, false
	}
	return true, !(c.nonaktifFrom != 0 && c.nonaktifFrom <= m)
}

// registerRows are a register sheet's rows at the end of month m.
func (g *gen) registerRows(unit, sheet string, m int) [][]any {
	var rows [][]any
	add := func(vals ...any) { rows = append(rows, append([]any{len(rows) + 1}, vals...)) }
	switch sheet {
	case "Koperasi":
		for _, c := range g.sortedCoops() {
			in, aktif := c.inRegister(m)
			if !in {
				continue
			}
			status := "Aktif"
			if !aktif {
				status = "Tidak Aktif"
			}
			add(c.bh, c.nama, c.jenis, c.kec, status, c.rat, c.angL, c.angP, c.karL, c.karP, c.omset2, c.omset1, c.aset)
		}
	case "Kesehatan KSP-USP":
		for _, c := range g.sortedCoops() {
			if c.sehatMonth > 0 && c.sehatMonth <= m {
				add(c.bh, c.nama, g.date(c.sehatMonth, 10+c.sehatMonth), c.skor, predikat(c.skor))
			}
		}
	case "Koperasi Baik":
		for _, c := range g.sortedCoops() {
			if c.baikMonth > 0 && c.baikMonth <= m {
				add(c.bh, c.nama, yaTidak(c.kel), yaTidak(c.usaha), yaTidak(c.keu))
			}
		}
	case "UMKM Binaan":
		for _, u := range g.umkm {
			if u.month > m {
				continue
			}
			var sesudah any
			produk, usaha := "", ""
			if u.month+2 <= m {
				sesudah = u.sesudah
				produk, usaha = yaTidak(u.produk), yaTidak(u.usahaBaik)
			}
			add(u.nama, u.jk, u.kec, u.sektor, u.sebelum, sesudah, produk, usaha, g.date(u.month, u.day))
		}
	case "Kredit Wibawa":
		for _, k := range g.kredit {
			if k.month > m {
				continue
			}
			if k.realisasi && k.realMonth <= m {
				add(k.nama, k.jk, g.date(k.month, k.day), k.nilai, "Ya", g.date(k.realMonth, k.realDay), k.nilaiReal)
			} else {
				add(k.nama, k.jk, g.date(k.month, k.day), k.nilai, "Tidak", nil, nil)
			}
		}
	case "Pemasaran":
		for _, p := range g.pasar {
			if p.month <= m {
				add(p.nama, p.jk, p.kegiatan, g.date(p.month, p.day), p.lokasi)
			}
		}
	case "Pelatihan":
		for _, p := range g.latih[unit] {
			if p.month <= m {
				add(p.kegiatan, g.date(p.month, p.day), p.nama, p.jk, p.asal, p.kec)
			}
		}
	}
	return rows
}

// predikat is the health scale of KSP/USP by score (Per Deputi 06/2016).
func predikat(skor float64) string {
	switch {
	case skor >= 80:
		return "Sehat"
	case skor >= 66:
		return "Cukup Sehat"
	case skor >= 51:
		return "Dalam Pengawasan"
	}
	return "Dalam Pengawasan Khusus"
}

// indicator is what a unit types for a program indicator at month m: the
// Lampiran formula applied to its own register, to two decimals (the
// warehouse computes the same and compares).
func (g *gen) indicator(kode string, m int) (float64, bool) {
	pct := func(n, d int) (float64, bool) {
		if d == 0 {
			return 0, false
		}
		return math.Round(float64(n)*10000/float64(d)) / 100, true
	}
	switch kode {
	case "IP-18-1": // koperasi aktif ÷ koperasi
		n, d := 0, 0
		for _, c := range g.coops {
			if in, aktif := c.inRegister(m); in {
				d++
				if aktif {
					n++
				}
			}
		}
		return pct(n, d)
	case "IP-18-2": // koperasi sehat ÷ KSP/USP
		n, d := 0, 0
		for _, c := range g.coops {
			in, _ := c.inRegister(m)
			if !in || (c.jenis != "KSP" && c.jenis != "KSPPS") {
				continue
			}
			d++
			if c.sehatMonth > 0 && c.sehatMonth <= m && predikat(c.skor) == "Sehat" {
				n++
			}
		}
		return pct(n, d)
	case "IP-18-3": // (omset N−1 − omset N−2) ÷ omset N−2
		var a, b float64
		for _, c := range g.coops {
			if in, _ := c.inRegister(m); in {
				a += c.omset1
				b += c.omset2
			}
		}
		if b == 0 {
			return 0, false
		}
		return math.Round((a-b)/b*10000) / 100, true
	case "IP-16-1", "IP-16-2": // kualitas usaha / produk meningkat ÷ dibina
		n, d := 0, 0
		for _, u := range g.umkm {
			if u.month > m {
				continue
			}
			d++
			improved := u.usahaBaik
			if kode == "IP-16-2" {
				improved = u.produk
			}
			if u.month+2 <= m && improved {
				n++
			}
		}
		return pct(n, d)
	case "IP-17-3": // Kredit Wibawa direalisasikan ÷ diajukan
		n, d := 0, 0
		for _, k := range g.kredit {
			if k.month > m {
				continue
			}
			d++
			if k.realisasi && k.realMonth <= m {
				n++
			}
		}
		return pct(n, d)
	case "IP-21-2": // UMKM difasilitasi pemasaran ÷ target lima tahun
		d := g.fiveYearTarget(kode)
		n := 0
		seen := map[string]bool{}
		for _, p := range g.pasar {
			if p.month <= m && !seen[p.nama] {
				seen[p.nama] = true
				n++
			}
		}
		if d == 0 {
			return 0, false
		}
		return math.Round(float64(n)*10000/d) / 100, true
	case "IP-17-4": // legalitas: from the licence export, not a register of the unit
		return math.Round((28+float64(m)*0.3)*100) / 100, true
	}
	return 0, false
}

// fiveYearTarget is the denominator of Prosentase Akses Pemasaran: the
// Renstra's end-of-period targets of the program's kegiatan counted in UMKM.
func (g *gen) fiveYearTarget(kode string) float64 {
	program := ""
	for _, r := range g.plan.Rows {
		if r.KodeIndikator == kode {
			program = r.Kode
		}
	}
	total := 0.0
	for _, r := range g.plan.Rows {
		if r.ParentKode == program && r.Satuan == "UMKM" && r.TargetAkhir.Valid {
			t, _ := strconv.ParseFloat(r.TargetAkhir.String, 64)
			total += t
		}
	}
	return total
}
