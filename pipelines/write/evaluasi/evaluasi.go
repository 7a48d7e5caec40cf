// Package evaluasi writes the Renja evaluation, Permendagri 86/2017 form
// E.81 (Evaluasi terhadap Hasil Renja Perangkat Daerah), one workbook for
// each quarter of the period's year that has ended by the period, from
// mart.evaluasi_renja and mart.evaluasi_renja_predikat: the form's eighteen
// columns in its order with the column-number row and its derivations, the
// averages and predikat by level, the faktor and tindak lanjut rows, and
// the Disusun and Dievaluasi signatures.
package evaluasi

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/report"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/xlsx"
)

// Writer writes the E.81 workbooks.
type Writer struct{}

// Name names the writer in logs.
func (Writer) Name() string { return "evaluasi" }

var roman = []string{"I", "II", "III", "IV"}

// FileName is the workbook's name for a year's quarter (1–4).
func FileName(year, triwulan int) string {
	return fmt.Sprintf("E81_Evaluasi-Renja_%d_TW%s.xlsx", year, roman[triwulan-1])
}

// Sheet is the form's sheet name.
const Sheet = "E.81"

// Write writes one workbook per quarter in mart.evaluasi_renja.
func (Writer) Write(ctx context.Context, db *warehouse.DB, dir string) ([]string, error) {
	per, err := report.ReadPeriode(ctx, db)
	if err != nil {
		return nil, err
	}
	lap, err := report.ReadLaporan(ctx, db)
	if err != nil {
		return nil, err
	}
	// Only quarters with reports: a year nobody reported has nothing to evaluate.
	quarters, err := queryInts(ctx, db, `
		SELECT DISTINCT e.triwulan FROM mart.evaluasi_renja e
		WHERE EXISTS (SELECT 1 FROM mart.kelengkapan k WHERE k.ada AND k.year = e.year AND k.month <= 3 * e.triwulan)
		ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("mart.evaluasi_renja: %w", err)
	}
	var sasaran sql.NullString
	var renstraAkhir sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT sasaran, renstra_akhir FROM mart.laporan`).Scan(&sasaran, &renstraAkhir); err != nil {
		return nil, fmt.Errorf("mart.laporan: %w", err)
	}
	f := form{year: per.Year, end: per.Year, lap: lap, sasaran: sasaran.String}
	if renstraAkhir.Valid {
		f.end = int(renstraAkhir.Int64)
	}
	var names []string
	for _, t := range quarters {
		f.triwulan = t
		name := FileName(per.Year, t)
		if err := f.write(ctx, db, dir, name); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		names = append(names, name)
	}
	return names, nil
}

func queryInts(ctx context.Context, db *warehouse.DB, query string, args ...any) ([]int, error) {
	q, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer q.Close()
	var out []int
	for q.Next() {
		var v int
		if err := q.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, q.Err()
}

// form is one E.81 being written.
type form struct {
	year, end, triwulan int
	lap                 report.Laporan
	sasaran             string
}

// The pairs of K and Rp columns, in the form's order: columns 6 to 16.
const (
	pTargetRenstra = iota // 6
	pLalu                 // 7
	pTargetTahun          // 8
	pTW1                  // 9–12
	pTW2
	pTW3
	pTW4
	pRealisasiTahun   // 13 = 9+10+11+12
	pCapaianTahun     // 14 = 13/8 × 100 %
	pRealisasiRenstra // 15 = 7 + 13
	pCapaianRenstra   // 16 = 15/6 × 100 %
	nPairs
)

// Columns of the sheet, 1-based.
const (
	colNo = iota + 1
	colSasaran
	colKode
	colUraian
	colIndikator
	colFirstPair
	colUnit = colFirstPair + 2*nPairs
	colKet  = colUnit + 1
)

// PairCol is the K column of pair i (its Rp is the next).
func PairCol(i int) int { return colFirstPair + 2*i }

// Columns is the form's header for a year and the Renstra's last year:
// eighteen numbered columns, 6 to 16 each a K and Rp pair.
func Columns(end, year int) []xlsx.Column { return form{end: end, year: year}.Columns() }

// Columns is the form's header: eighteen numbered columns, 6 to 16 each a
// K and Rp pair.
func (f form) Columns() []xlsx.Column {
	cols := []xlsx.Column{
		{Head: []string{"No"}, No: "1", Width: 5},
		{Head: []string{"Sasaran"}, No: "2", Width: 16},
		{Head: []string{"Kode"}, No: "3", Width: 15},
		{Head: []string{"Urusan/Bidang Urusan Pemerintahan Daerah dan " + f.lap.Levels("/")}, No: "4", Width: 30},
		{Head: []string{"Indikator Kinerja Program (outcome)/ Kegiatan (output)"}, No: "5", Width: 28},
	}
	pair := func(label, no string) {
		cols = append(cols, xlsx.Column{Head: []string{label, "", "K"}, No: no, Width: 9},
			xlsx.Column{Head: []string{label, "", "Rp"}, No: no, Width: 15})
	}
	pair(fmt.Sprintf("Target Renstra Perangkat Daerah pada Tahun %d (Akhir Periode Renstra)", f.end), "6")
	pair(fmt.Sprintf("Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Tahun Lalu (%d)", f.year-1), "7")
	pair(fmt.Sprintf("Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (%d) yang Dievaluasi", f.year), "8")
	for i, r := range roman {
		label := "Realisasi Kinerja pada Triwulan"
		no := strconv.Itoa(9 + i)
		cols = append(cols, xlsx.Column{Head: []string{label, r, "K"}, No: no, Width: 9},
			xlsx.Column{Head: []string{label, r, "Rp"}, No: no, Width: 15})
	}
	pair("Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi", "13 = 9+10+11+12")
	pair("Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)", "14 = 13/8 × 100%")
	pair(fmt.Sprintf("Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun %d", f.year), "15 = 7 + 13")
	pair(fmt.Sprintf("Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun %d (%%)", f.year), "16 = 15/6 × 100%")
	cols = append(cols,
		xlsx.Column{Head: []string{"Unit Perangkat Daerah Penanggung Jawab"}, No: "17", Width: 20},
		xlsx.Column{Head: []string{"Keterangan"}, No: "18", Width: 26})
	return cols
}

// line is one row of mart.evaluasi_renja.
type line struct {
	unitNama, jenis, kode, uraian, indikator, satuan, keterangan string
	lalu, kurang, paguAsal                                       string
	first, over                                                  bool
	pairs                                                        [nPairs][2]sql.NullString
}

func (f form) load(ctx context.Context, db *warehouse.DB) ([]line, error) {
	q, err := db.QueryContext(ctx, `
		SELECT coalesce(e.unit_nama, e.unit), e.jenis, e.kode, coalesce(e.uraian, ''), coalesce(e.indikator, ''), coalesce(e.satuan, ''),
		       coalesce(e.keterangan, ''), coalesce(e.lalu_tahun, ''), coalesce(e.lalu_kurang, ''), coalesce(e.pagu_asal, ''),
		       e.baris_program_pertama, e.melebihi_pagu,
		       CAST(target_renstra_k AS VARCHAR), CAST(target_renstra_rp AS VARCHAR),
		       CAST(realisasi_lalu_k AS VARCHAR), CAST(realisasi_lalu_rp AS VARCHAR),
		       CAST(target_tahun_k AS VARCHAR), CAST(target_tahun_rp AS VARCHAR),
		       CAST(tw1_k AS VARCHAR), CAST(tw1_rp AS VARCHAR), CAST(tw2_k AS VARCHAR), CAST(tw2_rp AS VARCHAR),
		       CAST(tw3_k AS VARCHAR), CAST(tw3_rp AS VARCHAR), CAST(tw4_k AS VARCHAR), CAST(tw4_rp AS VARCHAR),
		       CAST(realisasi_tahun_k AS VARCHAR), CAST(realisasi_tahun_rp AS VARCHAR),
		       CAST(capaian_tahun_k AS VARCHAR), CAST(capaian_tahun_rp AS VARCHAR),
		       CAST(realisasi_renstra_k AS VARCHAR), CAST(realisasi_renstra_rp AS VARCHAR),
		       CAST(capaian_renstra_k AS VARCHAR), CAST(capaian_renstra_rp AS VARCHAR)
		FROM mart.evaluasi_renja e
		WHERE e.triwulan = ?
		ORDER BY e.seq, e.kode_indikator NULLS FIRST`, f.triwulan)
	if err != nil {
		return nil, fmt.Errorf("mart.evaluasi_renja: %w", err)
	}
	defer q.Close()
	var rows []line
	for q.Next() {
		var r line
		dest := []any{&r.unitNama, &r.jenis, &r.kode, &r.uraian, &r.indikator, &r.satuan, &r.keterangan,
			&r.lalu, &r.kurang, &r.paguAsal, &r.first, &r.over}
		for i := range r.pairs {
			dest = append(dest, &r.pairs[i][0], &r.pairs[i][1])
		}
		if err := q.Scan(dest...); err != nil {
			return nil, err
		}
		rows = append(rows, r)
	}
	return rows, q.Err()
}

// block is a program with its indicator rows and its kegiatan.
type block struct {
	program  []line
	kegiatan []line
}

// blocks groups the rows by program: a program's indicator rows, in the
// Renstra's order, then the kegiatan whose code it prefixes.
func blocks(rows []line) []*block {
	var out []*block
	byKode := map[string]*block{}
	for _, r := range rows {
		if r.jenis == "program" {
			b := byKode[r.kode]
			if b == nil {
				b = &block{}
				byKode[r.kode] = b
				out = append(out, b)
			}
			b.program = append(b.program, r)
			continue
		}
		var owner *block
		for kode, b := range byKode {
			if strings.HasPrefix(r.kode, kode+".") {
				owner = b
			}
		}
		if owner == nil { // a kegiatan whose program has no row of its own
			owner = &block{}
			out = append(out, owner)
		}
		owner.kegiatan = append(owner.kegiatan, r)
	}
	return out
}

func (f form) write(ctx context.Context, db *warehouse.DB, dir, name string) error {
	rows, err := f.load(ctx, db)
	if err != nil {
		return err
	}
	tw := roman[f.triwulan-1]
	b, err := xlsx.New(fmt.Sprintf("Evaluasi Hasil Renja %d Triwulan %s (E.81)", f.year, tw), f.lap.PerangkatDaerah)
	if err != nil {
		return err
	}
	b.Paper = f.lap.Kertas
	sh, err := b.Sheet(Sheet)
	if err != nil {
		return err
	}
	cols := f.Columns()
	last := len(cols)
	top := 6
	r := b.Header(sh, top, cols)
	headerLast := r - 1
	b.Repeat(sh, colUraian)
	page := b.FirstPageCols(sh) // the title block, the closing rows and the signatures stay on the first page across
	b.Heading(sh, 1, last, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA", xlsx.Heading)
	b.Heading(sh, 2, last, f.lap.WithPlan("Renja "+f.lap.PerangkatDaerah), xlsx.Subheading)
	period := fmt.Sprintf("Periode Pelaksanaan: Triwulan %s Tahun %d", tw, f.year)
	if f.triwulan < 4 {
		period += fmt.Sprintf(" (realisasi kumulatif Januari s.d. %s, terhadap target tahunan)", idtext.Months[3*f.triwulan-1])
	}
	b.Heading(sh, 3, last, period, xlsx.Subheading)
	if f.sasaran != "" {
		b.Heading(sh, 4, last, "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: "+f.sasaran, xlsx.Subheading)
	}
	// the urusan row
	urusanKode, urusanNama := f.lap.Urusan, ""
	if i := strings.Index(urusanKode, " "); i > 0 {
		urusanKode, urusanNama = urusanKode[:i], urusanKode[i+1:]
	}
	b.Style(sh, 1, r, last, r, xlsx.Section)
	b.Str(sh, colKode, r, urusanKode, xlsx.Section)
	b.Str(sh, colUraian, r, urusanNama, xlsx.Section)
	b.Merge(sh, colUraian, r, colIndikator, r)
	r++
	first := r
	for n, blk := range blocks(rows) {
		no := strconv.Itoa(n + 1)
		if len(blk.program) > 0 {
			start := r
			for i, p := range blk.program {
				if i == 0 {
					b.Str(sh, colNo, r, no, xlsx.TextBold)
					b.Str(sh, colKode, r, p.kode, xlsx.TextBold)
					b.Str(sh, colUraian, r, p.uraian, xlsx.TextBold)
				} else {
					b.Str(sh, colNo, r, "", xlsx.TextBold)
					b.Str(sh, colKode, r, "", xlsx.TextBold)
					b.Str(sh, colUraian, r, "", xlsx.TextBold)
				}
				f.figures(b, sh, r, p, true)
				r++
			}
			if r-1 > start { // one program: its name and its rupiah once, over its indicator rows
				for _, c := range []int{colNo, colKode, colUraian} {
					b.Merge(sh, c, start, c, r-1)
				}
				for i := 0; i < nPairs; i++ {
					b.Merge(sh, PairCol(i)+1, start, PairCol(i)+1, r-1)
				}
			}
		}
		keg, sub := 0, 0
		for _, k := range blk.kegiatan {
			num := ""
			if k.jenis == "sub kegiatan" { // under its kegiatan (Permendagri 90/2019)
				sub++
				num = no + "." + strconv.Itoa(keg) + "." + strconv.Itoa(sub)
			} else {
				keg, sub = keg+1, 0
				num = no + "." + strconv.Itoa(keg)
			}
			b.Str(sh, colNo, r, num, xlsx.Text)
			b.Str(sh, colKode, r, k.kode, xlsx.Text)
			b.Str(sh, colUraian, r, k.uraian, xlsx.Text)
			f.figures(b, sh, r, k, false)
			r++
		}
	}
	if r > first {
		b.Str(sh, colSasaran, first, f.sasaran, xlsx.Text)
		b.Merge(sh, colSasaran, first, colSasaran, r-1)
	}
	r, err = f.averages(ctx, db, b, sh, r, last)
	if err != nil {
		return err
	}
	r, err = f.faktor(ctx, db, b, sh, r+1, page)
	if err != nil {
		return err
	}
	r = b.Remarks(sh, r+1, colIndikator, page, f.notes(rows)...)
	place := f.lap.TempatTanggal()
	// right of the columns every page repeats, so that a page across shows them once
	mid := colIndikator + max(1, (page-colIndikator)/2)
	b.Signatures(sh, r+1, [][2]int{{colIndikator, mid - 1}, {mid, max(page, mid)}}, []xlsx.Signer{
		f.lap.Kepala.With("Disusun\n" + place), f.lap.Evaluator.With("Dievaluasi\n" + place),
	})
	b.Print(sh, xlsx.PrintSetup{HeaderFirst: top, HeaderLast: headerLast, RepeatCols: colUraian, FreezeCols: colIndikator,
		Footer: fmt.Sprintf("E.81 Evaluasi Hasil Renja %d Triwulan %s — %s", f.year, tw, f.lap.PerangkatDaerah)})
	return b.Save(dir, name)
}

// figures writes a row's indicator, its K and Rp pairs, unit and
// keterangan. A program's rupiah stands on its first indicator row; a
// realisasi anggaran over the pagu is marked, the Review has the finding.
func (f form) figures(b *xlsx.Book, sh string, r int, l line, program bool) {
	ind := l.indikator
	if ind != "" && l.satuan != "" {
		ind += " (" + l.satuan + ")"
	}
	b.Str(sh, colIndikator, r, ind, xlsx.Text)
	for i, p := range l.pairs {
		k, rp := xlsx.General, xlsx.Rupiah
		if i == pCapaianTahun || i == pCapaianRenstra {
			k, rp = xlsx.Dec2, xlsx.Dec2
		}
		if l.over && (i == pRealisasiTahun || i == pCapaianTahun) {
			rp = xlsx.Flagged(rp)
		}
		b.Num(sh, PairCol(i), r, p[0].String, k)
		if program && !l.first {
			b.Str(sh, PairCol(i)+1, r, "", rp)
			continue
		}
		b.Num(sh, PairCol(i)+1, r, p[1].String, rp)
	}
	b.Str(sh, colUnit, r, l.unitNama, xlsx.Text)
	ket := xlsx.Text
	if l.over {
		ket = xlsx.Mark
	}
	b.Str(sh, colKet, r, l.keterangan, ket)
}

// averages writes the form's Rata-rata capaian kinerja and Predikat
// kinerja rows, program and kegiatan levels apart, under columns 14 and 16.
func (f form) averages(ctx context.Context, db *warehouse.DB, b *xlsx.Book, sh string, r, last int) (int, error) {
	q, err := db.QueryContext(ctx, `
		SELECT tingkat, CAST(rata_capaian_k AS VARCHAR), coalesce(predikat_k, ''), CAST(rata_capaian_rp AS VARCHAR), coalesce(predikat_rp, ''),
		       CAST(rata_renstra_k AS VARCHAR), coalesce(predikat_renstra_k, ''), CAST(rata_renstra_rp AS VARCHAR), coalesce(predikat_renstra_rp, '')
		FROM mart.evaluasi_renja_predikat WHERE triwulan = ? AND lingkup = 'Dinas' ORDER BY tingkat DESC`, f.triwulan)
	if err != nil {
		return r, fmt.Errorf("mart.evaluasi_renja_predikat: %w", err)
	}
	defer q.Close()
	type avg struct {
		v [4]sql.NullString
		p [4]string
	}
	levels := map[string]avg{}
	for q.Next() {
		var t string
		var a avg
		if err := q.Scan(&t, &a.v[0], &a.p[0], &a.v[1], &a.p[1], &a.v[2], &a.p[2], &a.v[3], &a.p[3]); err != nil {
			return r, err
		}
		levels[t] = a
	}
	if err := q.Err(); err != nil {
		return r, err
	}
	ytd := ""
	if f.triwulan < 4 {
		ytd = fmt.Sprintf(" s.d. Triwulan %s (terhadap target tahunan)", roman[f.triwulan-1])
	}
	for _, lv := range []struct{ key, name string }{{"program", "program (outcome)"}, {"kegiatan", "kegiatan (output)"}, {"sub kegiatan", "sub kegiatan (output)"}} {
		a, ok := levels[lv.key]
		if !ok && lv.key == "sub kegiatan" {
			continue // a 13/2006 plan has no sub kegiatan
		}
		for _, kind := range []string{"Rata-rata capaian kinerja ", "Predikat kinerja "} {
			b.Str(sh, colNo, r, kind+lv.name+ytd, xlsx.TextBold)
			b.Style(sh, colNo, r, PairCol(pCapaianTahun)-1, r, xlsx.TextBold)
			b.Merge(sh, colNo, r, PairCol(pCapaianTahun)-1, r)
			for i, c := range []int{PairCol(pCapaianTahun), PairCol(pCapaianTahun) + 1, PairCol(pCapaianRenstra), PairCol(pCapaianRenstra) + 1} {
				if strings.HasPrefix(kind, "Rata") {
					b.Num(sh, c, r, a.v[i].String, xlsx.Dec2)
				} else {
					b.Str(sh, c, r, a.p[i], xlsx.TextBold)
				}
			}
			b.Style(sh, PairCol(pRealisasiRenstra), r, PairCol(pRealisasiRenstra)+1, r, xlsx.Text)
			b.Style(sh, colUnit, r, last, r, xlsx.Text)
			r++
		}
	}
	return r, nil
}

// faktor writes the form's four closing rows: what drove and what held back
// the quarter's performance, and the follow-up for the next quarter and for
// next year's Renja. The units' permasalahan and solusi (mart.realisasi_bulanan)
// are the faktor penghambat and the next quarter's tindak lanjut; the
// driving factors and the Renja's follow-up are said from the figures.
func (f form) faktor(ctx context.Context, db *warehouse.DB, b *xlsx.Book, sh string, r, last int) (int, error) {
	var reached, counted int
	var weak sql.NullString
	if err := db.QueryRowContext(ctx, `
		SELECT count(*) FILTER (WHERE capaian_tahun_k >= 100 AND jenis = 'kegiatan'), count(capaian_tahun_k) FILTER (WHERE jenis = 'kegiatan'),
		       string_agg(coalesce(indikator, uraian) || ' (' || replace(CAST(round(capaian_tahun_k, 2) AS VARCHAR), '.', ',') || ' %)', '; ' ORDER BY seq)
		         FILTER (WHERE capaian_tahun_k <= 65)
		FROM mart.evaluasi_renja WHERE triwulan = ?`, f.triwulan).Scan(&reached, &counted, &weak); err != nil {
		return r, fmt.Errorf("mart.evaluasi_renja: %w", err)
	}
	full := func(text string, s xlsx.Style) {
		b.Line(sh, r, colIndikator, last, text, s)
		r++
	}
	full("Faktor pendorong keberhasilan kinerja:", xlsx.TextBold)
	target := "target tahunan"
	if f.triwulan < 4 {
		target = "target tahunan pada triwulan " + roman[f.triwulan-1]
	}
	what := "kegiatan"
	if f.lap.SubKegiatan { // the budget lines of a 90/2019 plan, apart
		var subReached, subCounted int
		if err := db.QueryRowContext(ctx, `
			SELECT count(*) FILTER (WHERE capaian_tahun_k >= 100), count(capaian_tahun_k)
			FROM mart.evaluasi_renja WHERE triwulan = ? AND jenis = 'sub kegiatan'`, f.triwulan).Scan(&subReached, &subCounted); err != nil {
			return r, fmt.Errorf("mart.evaluasi_renja: %w", err)
		}
		what = fmt.Sprintf("kegiatan dan %d dari %d sub kegiatan", subReached, subCounted)
	}
	full(fmt.Sprintf("%d dari %d %s yang berealisasi telah mencapai %s (kolom 14 K ≥ 100 %%).", reached, counted, what, target), xlsx.Text)

	q, err := db.QueryContext(ctx, `
		SELECT coalesce(u.nama, b.unit), b.kode, coalesce(any_value(p.uraian), ''), string_agg(DISTINCT b.permasalahan, ' / '), string_agg(DISTINCT b.solusi, ' / ')
		FROM mart.realisasi_bulanan b
		JOIN mart.rencana_tahunan p ON p.year = b.year AND p.unit = b.unit AND p.seq = b.seq AND p.berlaku
		LEFT JOIN mart.unit u ON u.kode = b.unit
		WHERE b.year = ? AND b.month BETWEEN ? AND ? AND (b.permasalahan IS NOT NULL OR b.solusi IS NOT NULL)
		GROUP BY ALL ORDER BY b.kode, 1`, f.year, 3*f.triwulan-2, 3*f.triwulan)
	if err != nil {
		return r, fmt.Errorf("mart.realisasi_bulanan: %w", err)
	}
	defer q.Close()
	type issue struct{ unit, kegiatan, masalah, solusi string }
	var issues []issue
	for q.Next() {
		var i issue
		var kode, uraian string
		var masalah, solusi sql.NullString
		if err := q.Scan(&i.unit, &kode, &uraian, &masalah, &solusi); err != nil {
			return r, err
		}
		i.kegiatan, i.masalah, i.solusi = strings.TrimSpace(kode+" "+uraian), masalah.String, solusi.String
		issues = append(issues, i)
	}
	if err := q.Err(); err != nil {
		return r, err
	}
	put := func(vals [4]string, s xlsx.Style) {
		w := max(1, (last-colIndikator)/3)
		spans := [][2]int{{colIndikator, colIndikator}, {colIndikator + 1, colIndikator + w}, {colIndikator + w + 1, colIndikator + 2*w}, {colIndikator + 2*w + 1, max(last, colIndikator+2*w+1)}}
		for i, v := range vals {
			b.Str(sh, spans[i][0], r, v, s)
			b.Style(sh, spans[i][0], r, spans[i][1], r, s)
			b.Merge(sh, spans[i][0], r, spans[i][1], r)
		}
		r++
	}
	full("Faktor penghambat pencapaian kinerja, dan tindak lanjut yang diperlukan dalam triwulan berikutnya (permasalahan dan solusi dari laporan unit):", xlsx.TextBold)
	if len(issues) == 0 {
		full("Tidak ada permasalahan yang dilaporkan unit pada triwulan ini.", xlsx.Text)
	} else {
		put([4]string{"Unit", "Kegiatan", "Faktor penghambat pencapaian kinerja", "Tindak lanjut yang diperlukan dalam triwulan berikutnya"}, xlsx.Header)
		sort.SliceStable(issues, func(i, j int) bool { return issues[i].kegiatan < issues[j].kegiatan })
		for _, i := range issues {
			put([4]string{i.unit, i.kegiatan, i.masalah, i.solusi}, xlsx.Text)
		}
	}
	full(fmt.Sprintf("Tindak lanjut yang diperlukan dalam Renja Perangkat Daerah berikutnya (%d):", f.year+1), xlsx.TextBold)
	switch {
	case f.triwulan < 4:
		full("Dinilai pada akhir tahun (formulir Triwulan IV), setelah realisasi setahun penuh diketahui.", xlsx.Text)
	case weak.Valid:
		full("Ditinjau target dan strategi pelaksanaannya, karena tingkat capaian kinerja ≤ 65 % (predikat Rendah atau Sangat Rendah): "+weak.String+".", xlsx.Text)
	default:
		full("Tidak ada program atau kegiatan dengan tingkat capaian kinerja ≤ 65 % (predikat Rendah atau Sangat Rendah).", xlsx.Text)
	}
	return r, nil
}

// notes says once, under the table, what the columns hold: the years in
// column 7 and those that have no data, where column 8's pagu came from,
// how programs and the averages are made, and the predikat scale.
func (f form) notes(rows []line) []string {
	lalu, kurang, asal := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, l := range rows {
		for _, y := range strings.Split(l.lalu, ", ") {
			if y != "" {
				lalu[y] = true
			}
		}
		for _, y := range strings.Split(l.kurang, ", ") {
			if y != "" {
				kurang[y] = true
			}
		}
		if l.paguAsal != "" {
			asal[l.paguAsal] = true
		}
	}
	for y := range lalu {
		delete(kurang, y)
	}
	notes := []string{"Catatan:",
		"K = kinerja, Rp = anggaran (rupiah). Realisasi triwulan = angka kumulatif akhir triwulan dikurangi angka akhir triwulan sebelumnya; indikator dalam persen: posisi akhir triwulan. Kolom 13 = 9 + 10 + 11 + 12; kolom 14 = 13 ÷ 8 × 100 %; kolom 15 = 7 + 13 (indikator persen: posisi tahun berjalan); kolom 16 = 15 ÷ 6 × 100 %. Indikator berpolaritas negatif: (2 × target − realisasi) ÷ target × 100."}
	col7 := ""
	switch {
	case len(lalu) > 0 && len(kurang) > 0:
		col7 = "Kolom 7 memuat realisasi tahun " + join(lalu) + " (laporan Desember tahun itu, atau kondisi awal Renstra pada Tabel 6.1). Realisasi tahun " + join(kurang) + " belum ada data di masukan, sehingga kolom 7 dan 15 belum memuat tahun itu; baris yang kondisi awalnya tidak tercatat dalam satuan yang sama dibiarkan kosong."
	case len(lalu) > 0:
		col7 = "Kolom 7 memuat realisasi tahun " + join(lalu) + " (laporan Desember, atau kondisi awal Renstra pada Tabel 6.1)."
	case len(kurang) > 0:
		col7 = "Kolom 7: realisasi tahun " + join(kurang) + " belum ada data di masukan, sehingga kolom 7 dan 15 dibiarkan kosong (bukan 0)."
	}
	notes = append(notes, col7)
	switch {
	case asal["DPA"] && asal["Renstra"]:
		notes = append(notes, "Kolom 8 Rp: pagu DPA menurut laporan Sub Bagian Keuangan dan Aset; kegiatan yang tidak ada di laporan itu memakai pagu indikatif Renstra.")
	case asal["DPA"]:
		notes = append(notes, "Kolom 8 Rp: pagu DPA menurut laporan Sub Bagian Keuangan dan Aset pada akhir triwulan.")
	case asal["Renstra"]:
		notes = append(notes, "Kolom 8 Rp: pagu indikatif Renstra tahun berjalan (laporan Sub Bagian Keuangan dan Aset tidak memuat pagu).")
	}
	notes = append(notes,
		rpNote(f.lap.SubKegiatan)+" Rata-rata capaian dihitung terpisah untuk indikator program (outcome) dan kegiatan (output), sehingga anggaran yang sama tidak terhitung dua kali.",
		"Predikat ("+f.lap.SkalaDasar()+"): "+f.lap.SkalaPredikat+".",
		"Sel berlatar kuning: realisasi anggaran melebihi pagu; temuannya ada di workbook Review-Kinerja, lembar Rekonsiliasi.")
	return notes
}

func join(set map[string]bool) string {
	var s []string
	for k := range set {
		s = append(s, k)
	}
	sort.Strings(s)
	if len(s) > 1 {
		return strings.Join(s[:len(s)-1], ", ") + " dan " + s[len(s)-1]
	}
	return strings.Join(s, "")
}

// rpNote says how the form's rupiah add up.
func rpNote(sub bool) string {
	if sub {
		return "Rp program dan kegiatan = jumlah Rp sub kegiatannya (kolom 6 dan 7: angka di Renstra)."
	}
	return "Rp program = jumlah Rp kegiatannya (kolom 6 dan 7: angka program di Renstra)."
}
