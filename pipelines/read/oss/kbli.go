package oss

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed kbli-kategori.tsv
var kategoriTSV string

//go:embed kbli-sektor.tsv
var sektorTSV string

// Kategori is a KBLI 2020 section: its letter, name, and the golongan
// pokok (the first two digits of a code) it covers.
type Kategori struct {
	Huruf        string
	Nama         string
	Dari, Sampai int // golongan pokok, inclusive
}

// Sektor maps the codes an awalan (prefix) starts to one of Semarang's
// sector words.
type Sektor struct {
	Awalan, Sektor, Catatan string
}

// tsvRows are the rows of a tab-separated file after its comments and
// header line, each with want fields.
func tsvRows(name, text string, want int) ([][]string, error) {
	var out [][]string
	header := true
	for i, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != want {
			return nil, fmt.Errorf("%s baris %d: %d kolom, semestinya %d", name, i+1, len(f), want)
		}
		out = append(out, f)
	}
	return out, nil
}

// KategoriKBLI are KBLI 2020's 21 sections.
func KategoriKBLI() ([]Kategori, error) {
	rows, err := tsvRows("kbli-kategori.tsv", kategoriTSV, 3)
	if err != nil {
		return nil, err
	}
	var out []Kategori
	for _, r := range rows {
		from, to, _ := strings.Cut(r[1], "-")
		if to == "" {
			to = from
		}
		a, err1 := strconv.Atoi(from)
		b, err2 := strconv.Atoi(to)
		if err1 != nil || err2 != nil || a > b {
			return nil, fmt.Errorf("kbli-kategori.tsv: golongan pokok %q", r[1])
		}
		out = append(out, Kategori{Huruf: r[0], Nama: r[2], Dari: a, Sampai: b})
	}
	return out, nil
}

// SektorKBLI is the mapping of KBLI codes to Semarang's sector words.
func SektorKBLI() ([]Sektor, error) {
	rows, err := tsvRows("kbli-sektor.tsv", sektorTSV, 3)
	if err != nil {
		return nil, err
	}
	var out []Sektor
	for _, r := range rows {
		if _, err := strconv.Atoi(r[0]); err != nil || len(r[0]) < 2 || len(r[0]) > 5 {
			return nil, fmt.Errorf("kbli-sektor.tsv: awalan %q bukan 2–5 angka", r[0])
		}
		out = append(out, Sektor{Awalan: r[0], Sektor: r[1], Catatan: r[2]})
	}
	return out, nil
}
