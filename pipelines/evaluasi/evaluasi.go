// Package evaluasi writes the Renja evaluation, Permendagri 86/2017 form
// E.81 (Evaluasi terhadap Hasil Renja Perangkat Daerah), one workbook for
// each quarter of the period's year that has ended by the period, from
// mart.evaluasi_renja and mart.evaluasi_renja_predikat.
package evaluasi

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

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
	q, err := db.QueryContext(ctx, `
		SELECT DISTINCT e.triwulan FROM mart.evaluasi_renja e
		WHERE EXISTS (SELECT 1 FROM mart.kelengkapan k WHERE k.ada AND k.year = e.year AND k.month <= 3 * e.triwulan)
		ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("mart.evaluasi_renja: %w", err)
	}
	var quarters []int
	for q.Next() {
		var t int
		if err := q.Scan(&t); err != nil {
			q.Close()
			return nil, err
		}
		quarters = append(quarters, t)
	}
	q.Close()
	if err := q.Err(); err != nil {
		return nil, err
	}
	var sasaran sql.NullString
	var renstraAkhir sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT sasaran, renstra_akhir FROM mart.laporan`).Scan(&sasaran, &renstraAkhir); err != nil {
		return nil, fmt.Errorf("mart.laporan: %w", err)
	}
	end := per.Year
	if renstraAkhir.Valid {
		end = int(renstraAkhir.Int64)
	}
	var names []string
	for _, t := range quarters {
		name := FileName(per.Year, t)
		if err := write(ctx, db, dir, name, per.Year, end, t, lap, sasaran.String); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		names = append(names, name)
	}
	return names, nil
}

// row is one line of the form.
type row struct {
	unit, unitNama, jenis, kode, uraian, indikator, satuan, keterangan string
	// K and Rp pairs: target renstra, realisasi lalu, target tahun, tw1–tw4,
	// realisasi tahun, realisasi renstra, capaian renstra, capaian tahun.
	pairs [11][2]sql.NullString
}

func load(ctx context.Context, db *warehouse.DB, triwulan int) ([]row, error) {
	q, err := db.QueryContext(ctx, `
		SELECT e.unit, coalesce(e.unit_nama, e.unit), e.jenis, e.kode, coalesce(e.uraian, ''), coalesce(e.indikator, ''), coalesce(e.satuan, ''),
		       coalesce(e.keterangan, ''),
		       CAST(target_renstra_k AS VARCHAR), CAST(target_renstra_rp AS VARCHAR),
		       CAST(realisasi_lalu_k AS VARCHAR), CAST(realisasi_lalu_rp AS VARCHAR),
		       CAST(target_tahun_k AS VARCHAR), CAST(target_tahun_rp AS VARCHAR),
		       CAST(tw1_k AS VARCHAR), CAST(tw1_rp AS VARCHAR), CAST(tw2_k AS VARCHAR), CAST(tw2_rp AS VARCHAR),
		       CAST(tw3_k AS VARCHAR), CAST(tw3_rp AS VARCHAR), CAST(tw4_k AS VARCHAR), CAST(tw4_rp AS VARCHAR),
		       CAST(realisasi_tahun_k AS VARCHAR), CAST(realisasi_tahun_rp AS VARCHAR),
		       CAST(realisasi_renstra_k AS VARCHAR), CAST(realisasi_renstra_rp AS VARCHAR),
		       CAST(capaian_renstra_k AS VARCHAR), CAST(capaian_renstra_rp AS VARCHAR),
		       CAST(capaian_tahun_k AS VARCHAR), CAST(capaian_tahun_rp AS VARCHAR)
		FROM mart.evaluasi_renja e LEFT JOIN mart.unit u ON u.kode = e.unit
		WHERE e.triwulan = ?
		ORDER BY e.seq, u.urut, e.kode_indikator NULLS FIRST`, triwulan)
	if err != nil {
		return nil, fmt.Errorf("mart.evaluasi_renja: %w", err)
	}
	defer q.Close()
	var rows []row
	for q.Next() {
		var r row
		dest := []any{&r.unit, &r.unitNama, &r.jenis, &r.kode, &r.uraian, &r.indikator, &r.satuan, &r.keterangan}
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

// Columns: 1 No, 2 Sasaran, 3 Kode, 4 Program/Kegiatan, 5 Indikator, then
// K/Rp pairs for 6–15 and the extra Renja capaian, then Unit and Keterangan.
const firstPair = 6

func write(ctx context.Context, db *warehouse.DB, dir, name string, year, renstraEnd, triwulan int, lap report.Laporan, sasaran string) error {
	rows, err := load(ctx, db, triwulan)
	if err != nil {
		return err
	}
	b, err := xlsx.New(fmt.Sprintf("Evaluasi Hasil Renja %d Triwulan %s (E.81)", year, roman[triwulan-1]), lap.PerangkatDaerah)
	if err != nil {
		return err
	}
	sh, err := b.Sheet("E.81")
	if err != nil {
		return err
	}
	pairCol := func(i int) int { return firstPair + 2*i }
	colUnit := pairCol(11)
	colKet := colUnit + 1
	steps := []error{
		b.Str(sh, 1, 1, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH (FORMULIR E.81)", xlsx.Title),
		b.Str(sh, 1, 2, "Renja "+lap.PerangkatDaerah+" — periode pelaksanaan: Triwulan "+roman[triwulan-1]+" Tahun "+strconv.Itoa(year)+
			". Realisasi dari laporan bulanan unit (kinerja) dan Sub Bagian Keuangan dan Aset (anggaran); K = kinerja, Rp = anggaran.", xlsx.Subtitle),
	}
	top := []struct {
		col, span int
		label     string
	}{
		{1, 1, "No"}, {2, 1, "Sasaran"}, {3, 1, "Kode"},
		{4, 1, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"},
		{5, 1, "Indikator Kinerja Program (outcome)/Kegiatan (output)"},
		{pairCol(0), 2, fmt.Sprintf("Target Renstra Perangkat Daerah pada Tahun %d (Akhir Periode Renstra)", renstraEnd)},
		{pairCol(1), 2, fmt.Sprintf("Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (%d)", year-1)},
		{pairCol(2), 2, fmt.Sprintf("Target Kinerja dan Anggaran Renja Tahun Berjalan (%d) yang Dievaluasi", year)},
		{pairCol(3), 8, "Realisasi Kinerja pada Triwulan"},
		{pairCol(7), 2, "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"},
		{pairCol(8), 2, fmt.Sprintf("Realisasi Kinerja dan Anggaran Renstra s.d. Tahun %d", year)},
		{pairCol(9), 2, fmt.Sprintf("Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun %d (%%)", year)},
		{pairCol(10), 2, fmt.Sprintf("Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Tahun %d (%%)", year)},
		{colUnit, 1, "Unit Penanggung Jawab"}, {colKet, 1, "Keterangan"},
	}
	for _, h := range top {
		if h.span == 1 {
			steps = append(steps, b.Str(sh, h.col, 4, h.label, xlsx.Header), b.Merge(sh, h.col, 4, h.col, 6))
			continue
		}
		if h.span == 8 {
			steps = append(steps, b.Str(sh, h.col, 4, h.label, xlsx.Header), b.Merge(sh, h.col, 4, h.col+7, 4))
			for i := 0; i < 4; i++ {
				steps = append(steps, b.Str(sh, h.col+2*i, 5, roman[i], xlsx.Header), b.Merge(sh, h.col+2*i, 5, h.col+2*i+1, 5))
			}
			continue
		}
		steps = append(steps, b.Str(sh, h.col, 4, h.label, xlsx.Header), b.Merge(sh, h.col, 4, h.col+1, 5))
	}
	for i := 0; i < 11; i++ {
		steps = append(steps, b.Str(sh, pairCol(i), 6, "K", xlsx.Header), b.Str(sh, pairCol(i)+1, 6, "Rp", xlsx.Header))
	}
	// The form's column numbers: 1–5, 6–15 over their K/Rp pairs, 16, 17;
	// the Renja capaian pair is this tool's addition, numbered 15a.
	numbers := []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "15a"}
	for i, n := range numbers {
		c := i + 1
		if i >= 5 {
			c = pairCol(i - 5)
			steps = append(steps, b.Merge(sh, c, 7, c+1, 7))
		}
		steps = append(steps, b.Str(sh, c, 7, n, xlsx.Header))
	}
	steps = append(steps, b.Str(sh, colUnit, 7, "16", xlsx.Header), b.Str(sh, colKet, 7, "17", xlsx.Header),
		b.Style(sh, 1, 4, colKet, 7, xlsx.Header))
	for _, err := range steps {
		if err != nil {
			return err
		}
	}

	r := 8
	if err := b.Str(sh, 3, r, strings.SplitN(lap.Urusan, " ", 2)[0], xlsx.Section); err != nil {
		return err
	}
	urusan := lap.Urusan
	if i := strings.Index(urusan, " "); i > 0 {
		urusan = urusan[i+1:]
	}
	if err := b.Str(sh, 4, r, urusan, xlsx.Section); err != nil {
		return err
	}
	if err := b.Style(sh, 1, r, colKet, r, xlsx.Section); err != nil {
		return err
	}
	r++
	first := r
	for n, row := range rows {
		name := xlsx.Text
		if row.jenis == "program" {
			name = xlsx.TextBold
		}
		uraian := row.uraian
		if row.indikator != "" && row.satuan != "" {
			row.indikator += " (" + row.satuan + ")"
		}
		cells := []error{
			b.Num(sh, 1, r, strconv.Itoa(n+1), xlsx.Int), b.Str(sh, 2, r, "", xlsx.Text), b.Str(sh, 3, r, row.kode, xlsx.Text),
			b.Str(sh, 4, r, uraian, name), b.Str(sh, 5, r, row.indikator, xlsx.Text),
			b.Str(sh, colUnit, r, row.unitNama, xlsx.Text), b.Str(sh, colKet, r, row.keterangan, xlsx.Text),
		}
		for i, p := range row.pairs {
			k, rp := xlsx.General, xlsx.Rupiah
			if i >= 9 {
				k, rp = xlsx.Dec2, xlsx.Dec2
			}
			cells = append(cells, b.Num(sh, pairCol(i), r, p[0].String, k), b.Num(sh, pairCol(i)+1, r, p[1].String, rp))
		}
		for _, err := range cells {
			if err != nil {
				return err
			}
		}
		r++
	}
	if len(rows) > 0 && sasaran != "" {
		if err := b.Str(sh, 2, first, sasaran, xlsx.Text); err != nil {
			return err
		}
		if err := b.Merge(sh, 2, first, 2, r-1); err != nil {
			return err
		}
	}
	if r, err = footer(ctx, db, b, sh, r, triwulan, pairCol(10), colKet, lap); err != nil {
		return err
	}
	if _, err := faktor(ctx, db, b, sh, r+1, year, triwulan); err != nil {
		return err
	}
	widths := []float64{5, 24, 22, 40, 34}
	for i := 0; i < 11; i++ {
		widths = append(widths, 9, 15)
	}
	widths = append(widths, 22, 30)
	if err := b.Widths(sh, widths...); err != nil {
		return err
	}
	if err := b.PageSetup(sh, 4, 7, 5); err != nil {
		return err
	}
	return b.Save(dir, name)
}

// footer writes the average capaian and predikat for the Dinas under the
// Renja capaian pair, then the same per unit.
func footer(ctx context.Context, db *warehouse.DB, b *xlsx.Book, sh string, r, triwulan, col, last int, lap report.Laporan) (int, error) {
	q, err := db.QueryContext(ctx, `
		SELECT p.lingkup, coalesce(u.nama, p.lingkup), CAST(rata_capaian_k AS VARCHAR), coalesce(predikat_k, ''),
		       CAST(rata_capaian_rp AS VARCHAR), coalesce(predikat_rp, '')
		FROM mart.evaluasi_renja_predikat p LEFT JOIN mart.unit u ON u.kode = p.lingkup
		WHERE triwulan = ? ORDER BY p.lingkup <> 'Dinas', u.urut`, triwulan)
	if err != nil {
		return r, fmt.Errorf("mart.evaluasi_renja_predikat: %w", err)
	}
	defer q.Close()
	type line struct{ nama, k, pk, rp, prp string }
	var dinas *line
	var units []line
	for q.Next() {
		var lingkup string
		var l line
		var k, rp sql.NullString
		if err := q.Scan(&lingkup, &l.nama, &k, &l.pk, &rp, &l.prp); err != nil {
			return r, err
		}
		l.k, l.rp = k.String, rp.String
		if lingkup == "Dinas" {
			dinas = &l
		} else {
			units = append(units, l)
		}
	}
	if err := q.Err(); err != nil {
		return r, err
	}
	if dinas != nil {
		steps := []error{
			b.Str(sh, 4, r, "Rata-rata capaian kinerja dan realisasi anggaran Renja (%)", xlsx.TextBold), b.Merge(sh, 4, r, col-1, r),
			b.Num(sh, col, r, dinas.k, xlsx.Dec2), b.Num(sh, col+1, r, dinas.rp, xlsx.Dec2),
			b.Str(sh, 4, r+1, "Predikat kinerja", xlsx.TextBold), b.Merge(sh, 4, r+1, col-1, r+1),
			b.Str(sh, col, r+1, dinas.pk, xlsx.TextBold), b.Str(sh, col+1, r+1, dinas.prp, xlsx.TextBold),
		}
		for _, err := range steps {
			if err != nil {
				return r, err
			}
		}
		r += 2
	}
	r++
	if err := b.Str(sh, 4, r, "Per unit", xlsx.TextBold); err != nil {
		return r, err
	}
	r++
	for i, h := range []string{"Unit", "Rata-rata capaian kinerja (%)", "Predikat kinerja", "Rata-rata realisasi anggaran (%)", "Predikat anggaran"} {
		if err := b.Str(sh, 4+i, r, h, xlsx.Header); err != nil {
			return r, err
		}
	}
	r++
	for _, u := range units {
		steps := []error{
			b.Str(sh, 4, r, u.nama, xlsx.Text), b.Num(sh, 5, r, u.k, xlsx.Dec2), b.Str(sh, 6, r, u.pk, xlsx.Text),
			b.Num(sh, 7, r, u.rp, xlsx.Dec2), b.Str(sh, 8, r, u.prp, xlsx.Text),
		}
		for _, err := range steps {
			if err != nil {
				return r, err
			}
		}
		r++
	}
	notes := []string{
		"Tingkat capaian kinerja = realisasi ÷ target × 100 (indikator berpolaritas negatif: (2 × target − realisasi) ÷ target × 100); realisasi anggaran = realisasi ÷ pagu × 100.",
		"Predikat (" + lap.SkalaPredikatAsal + "): " + lap.SkalaPredikat + ". Dasar predikat: rata-rata kolom 15a.",
		"Realisasi triwulan = angka kumulatif akhir triwulan dikurangi akhir triwulan sebelumnya; indikator persen: posisi akhir triwulan.",
	}
	r++
	for _, n := range notes {
		if err := b.Str(sh, 1, r, n, xlsx.Note); err != nil {
			return r, err
		}
		r++
	}
	return r, nil
}

// faktor lists what the units wrote as permasalahan and solusi in the
// quarter's reports (mart.realisasi_bulanan): the form's faktor penghambat
// and tindak lanjut.
func faktor(ctx context.Context, db *warehouse.DB, b *xlsx.Book, sh string, r, year, triwulan int) (int, error) {
	q, err := db.QueryContext(ctx, `
		SELECT b.unit, b.kode, coalesce(any_value(p.uraian), ''), string_agg(DISTINCT b.permasalahan, ' / '), string_agg(DISTINCT b.solusi, ' / ')
		FROM mart.realisasi_bulanan b
		JOIN mart.rencana_tahunan p ON p.year = b.year AND p.unit = b.unit AND p.seq = b.seq
		WHERE b.year = ? AND b.month BETWEEN ? AND ? AND (b.permasalahan IS NOT NULL OR b.solusi IS NOT NULL)
		GROUP BY b.unit, b.kode ORDER BY b.kode, b.unit`, year, 3*triwulan-2, 3*triwulan)
	if err != nil {
		return r, fmt.Errorf("mart.realisasi_bulanan: %w", err)
	}
	defer q.Close()
	if err := b.Str(sh, 4, r, "Faktor penghambat dan tindak lanjut triwulan "+roman[triwulan-1]+" (permasalahan dan solusi dari laporan unit)", xlsx.TextBold); err != nil {
		return r, err
	}
	r++
	put := func(r int, vals [4]string, s xlsx.Style) error {
		for i, v := range vals {
			if err := b.Str(sh, 3+i, r, v, s); err != nil {
				return err
			}
		}
		if err := b.Style(sh, 7, r, 14, r, s); err != nil {
			return err
		}
		return b.Merge(sh, 6, r, 14, r)
	}
	if err := put(r, [4]string{"Unit", "Kegiatan", "Faktor penghambat", "Tindak lanjut"}, xlsx.Header); err != nil {
		return r, err
	}
	r++
	n := 0
	for q.Next() {
		var unit, kode, uraian string
		var masalah, solusi sql.NullString
		if err := q.Scan(&unit, &kode, &uraian, &masalah, &solusi); err != nil {
			return r, err
		}
		if err := put(r, [4]string{unit, strings.TrimSpace(kode + " " + uraian), masalah.String, solusi.String}, xlsx.Text); err != nil {
			return r, err
		}
		r++
		n++
	}
	if err := q.Err(); err != nil {
		return r, err
	}
	if n == 0 {
		if err := b.Str(sh, 3, r, "Tidak ada permasalahan yang dilaporkan triwulan ini.", xlsx.Note); err != nil {
			return r, err
		}
		r++
	}
	return r, nil
}
