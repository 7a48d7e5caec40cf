// Package monitoring writes the monthly monitoring workbook of the period:
// a summary per unit, every plan row with target, realisasi, capaian, pagu,
// spending and serapan, the indicators computed from the registers month by
// month, the UMKM registered through I-Jus Melon, and which reports came.
// From mart.monitoring, mart.monitoring_unit, mart.indikator_bulanan,
// mart.umkm_* and mart.kelengkapan.
package monitoring

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/report"
	"kinerja/pipelines/warehouse"
	"kinerja/pipelines/xlsx"
)

// Writer writes the monitoring workbook.
type Writer struct{}

// Name names the writer in logs.
func (Writer) Name() string { return "monitoring" }

// FileName is the workbook's name for a period ("2018-06").
func FileName(period string) string { return "Monitoring_" + period + ".xlsx" }

// Write writes the workbook when the period's year has monthly reports;
// without any there is nothing to monitor and nothing is written.
func (Writer) Write(ctx context.Context, db *warehouse.DB, dir string) ([]string, error) {
	per, err := report.ReadPeriode(ctx, db)
	if err != nil {
		return nil, err
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM mart.kelengkapan WHERE ada`).Scan(&n); err != nil {
		return nil, fmt.Errorf("mart.kelengkapan: %w", err)
	}
	if n == 0 {
		return nil, nil
	}
	lap, err := report.ReadLaporan(ctx, db)
	if err != nil {
		return nil, err
	}
	b, err := xlsx.New("Monitoring Realisasi Kinerja dan Anggaran "+per.Bulan(), lap.PerangkatDaerah)
	if err != nil {
		return nil, err
	}
	for _, step := range []func(context.Context, *warehouse.DB, *xlsx.Book, report.Periode, report.Laporan) error{
		ringkasan, rincian, indikator, umkm, kelengkapan,
	} {
		if err := step(ctx, db, b, per, lap); err != nil {
			return nil, err
		}
	}
	name := FileName(per.Period)
	if err := b.Save(dir, name); err != nil {
		return nil, err
	}
	return []string{name}, nil
}

func ringkasan(ctx context.Context, db *warehouse.DB, b *xlsx.Book, per report.Periode, lap report.Laporan) error {
	sh, err := b.Sheet("Ringkasan")
	if err != nil {
		return err
	}
	// the source of the realisasi anggaran, in the words of the subtitle:
	// Keuangan's workbook, SIPD-RI's export, or both (lines SIPD-RI does not
	// hold keep Keuangan's figure)
	var sipd, keu bool
	if err := db.QueryRowContext(ctx, `SELECT coalesce(bool_or(sumber_anggaran = 'SIPD-RI'), false), coalesce(bool_or(sumber_anggaran = 'Keuangan'), false) FROM mart.monitoring`).Scan(&sipd, &keu); err != nil {
		return fmt.Errorf("mart.monitoring: %w", err)
	}
	menurut := "Realisasi anggaran menurut Keuangan"
	switch {
	case sipd && keu:
		menurut = "Realisasi anggaran menurut SIPD-RI (ekspor Keuangan), selain itu menurut laporan Keuangan"
	case sipd:
		menurut = "Realisasi anggaran menurut SIPD-RI (ekspor Keuangan)"
	}
	if err := b.Titles(sh, "MONITORING REALISASI KINERJA DAN ANGGARAN "+strings.ToUpper(lap.PerangkatDaerah),
		"Posisi s.d. akhir "+per.Bulan()+", dari laporan bulanan unit dan Sub Bagian Keuangan dan Aset. "+menurut+"; capaian terhadap target setahun."); err != nil {
		return err
	}
	labels := []string{"Unit", "Belanja", "Kegiatan", "Pagu (Rp)", "Realisasi Anggaran (Rp)", "Serapan (%)", "Rata-rata Capaian Kinerja Kegiatan (%)", "Laporan Diterima", "Laporan " + per.Bulan(), "Temuan Rekonsiliasi"}
	if err := b.Labels(sh, 4, labels...); err != nil {
		return err
	}
	q, err := db.QueryContext(ctx, `
		SELECT nama, blok, CAST(kegiatan AS VARCHAR), CAST(pagu AS VARCHAR), CAST(realisasi_anggaran AS VARCHAR),
		       CAST(serapan AS VARCHAR), CAST(rata_capaian AS VARCHAR), laporan_diterima, laporan_bulan_ini,
		       CAST(temuan_rekonsiliasi AS VARCHAR), laporan_seharusnya, unit
		FROM mart.monitoring_unit ORDER BY urut`)
	if err != nil {
		return fmt.Errorf("mart.monitoring_unit: %w", err)
	}
	defer q.Close()
	r := 5
	for q.Next() {
		var nama, blok, unit string
		var keg, pagu, real, serapan, capaian, temuan sql.NullString
		var diterima, seharusnya sql.NullInt64
		var bulanIni sql.NullBool
		if err := q.Scan(&nama, &blok, &keg, &pagu, &real, &serapan, &capaian, &diterima, &bulanIni, &temuan, &seharusnya, &unit); err != nil {
			return err
		}
		style := xlsx.Text
		if unit == "DINAS" {
			style = xlsx.TextBold
		}
		laporan, ini := "", ""
		if diterima.Valid {
			laporan = fmt.Sprintf("%d dari %d bulan", diterima.Int64, seharusnya.Int64)
			ini = "Tidak ada"
			if bulanIni.Bool {
				ini = "Ada"
			}
		}
		cells := []xlsx.Cell{
			xlsx.S(nama, style), xlsx.T(strings.ToLower(blok)), xlsx.N(keg, xlsx.Int),
			xlsx.N(pagu, xlsx.Rupiah), xlsx.N(real, xlsx.Rupiah), xlsx.N(serapan, xlsx.Dec2), xlsx.N(capaian, xlsx.Dec2),
			xlsx.T(laporan), xlsx.T(ini), xlsx.N(temuan, xlsx.Int),
		}
		if err := b.Row(sh, r, cells...); err != nil {
			return err
		}
		r++
	}
	if err := q.Err(); err != nil {
		return err
	}
	notes := []string{
		"Serapan = realisasi anggaran ÷ pagu × 100. Capaian kinerja = realisasi ÷ target tahun × 100 (indikator berpolaritas negatif: (2 × target − realisasi) ÷ target × 100).",
		"Temuan rekonsiliasi dirinci di workbook Review-Kinerja.xlsx, lembar Rekonsiliasi.",
	}
	for i, n := range notes {
		if err := b.Str(sh, 1, r+1+i, n, xlsx.Note); err != nil {
			return err
		}
	}
	if err := b.Widths(sh, 42, 22, 10, 18, 18, 10, 14, 16, 14, 12); err != nil {
		return err
	}
	return b.PageSetup(sh, 4, 4, 1)
}

func rincian(ctx context.Context, db *warehouse.DB, b *xlsx.Book, per report.Periode, lap report.Laporan) error {
	sh, err := b.Sheet("Monitoring")
	if err != nil {
		return err
	}
	if err := b.Titles(sh, "REALISASI KINERJA DAN ANGGARAN S.D. "+strings.ToUpper(per.Bulan()),
		"Per unit, program dan kegiatan. Realisasi kumulatif sejak Januari. Kolom Data s.d. menyebut bulan laporan bila lebih awal daripada "+per.Bulan()+"."); err != nil {
		return err
	}
	labels := []string{"Kode Rekening", lap.Levels(" / "), "Indikator Kinerja", "Satuan", "Target " + strconv.Itoa(per.Year),
		"Realisasi s.d. " + idtext.Months[per.Month-1], "Capaian (%)", "Hitungan Register", "Pagu (Rp)", "Realisasi Anggaran (Rp)", "Serapan (%)",
		"Sumber Anggaran", "Data s.d.", "Permasalahan", "Solusi"}
	if err := b.Labels(sh, 4, labels...); err != nil {
		return err
	}
	q, err := db.QueryContext(ctx, `
		SELECT coalesce(m.blok, ''), m.unit, coalesce(m.unit_nama, m.unit), m.jenis, m.kode, coalesce(m.uraian, ''), coalesce(m.indikator, ''),
		       coalesce(m.satuan, ''), CAST(m.target AS VARCHAR), CAST(m.realisasi AS VARCHAR), CAST(m.capaian AS VARCHAR),
		       CAST(m.nilai_register AS VARCHAR), CAST(m.pagu AS VARCHAR), CAST(m.realisasi_anggaran AS VARCHAR), CAST(m.serapan AS VARCHAR),
		       coalesce(m.sumber_anggaran, ''), m.bulan_kinerja, coalesce(m.permasalahan, ''), coalesce(m.solusi, ''),
		       coalesce(m.realisasi_anggaran > m.pagu, false)
		FROM mart.monitoring m LEFT JOIN mart.unit u ON u.kode = m.unit
		ORDER BY m.blok DESC, u.urut, m.seq`)
	if err != nil {
		return fmt.Errorf("mart.monitoring: %w", err)
	}
	defer q.Close()
	r := 5
	section := ""
	over1 := false
	for q.Next() {
		var blok, unit, unitNama, jenis, kode, uraian, indikator, satuan, sumber, masalah, solusi string
		var target, real, capaian, register, pagu, anggaran, serapan sql.NullString
		var bulan sql.NullInt64
		var melebihi bool
		if err := q.Scan(&blok, &unit, &unitNama, &jenis, &kode, &uraian, &indikator, &satuan, &target, &real, &capaian,
			&register, &pagu, &anggaran, &serapan, &sumber, &bulan, &masalah, &solusi, &melebihi); err != nil {
			return err
		}
		heading := unitNama
		if blok == "BELANJA TIDAK LANGSUNG" { // a 13/2006 plan's salaries; a 90/2019 plan has no blocks
			heading = blok
		}
		if heading != section {
			section = heading
			if err := b.Str(sh, 1, r, heading, xlsx.Section); err != nil {
				return err
			}
			if err := b.Style(sh, 1, r, len(labels), r, xlsx.Section); err != nil {
				return err
			}
			r++
		}
		dataSd := ""
		if bulan.Valid && int(bulan.Int64) != per.Month {
			dataSd = idtext.Months[bulan.Int64-1]
		}
		nameStyle := xlsx.Text
		if jenis == "program" {
			nameStyle = xlsx.TextBold
		}
		valStyle := xlsx.General
		rp, pct, ket := xlsx.Rupiah, xlsx.Dec2, xlsx.T(masalah)
		if melebihi { // marked here, the finding is in the Review
			over1 = true
			rp, pct = xlsx.Flagged(rp), xlsx.Flagged(pct)
			ket = xlsx.S(strings.TrimSpace("Realisasi melebihi pagu (lihat Review-Kinerja, lembar Rekonsiliasi). "+masalah), xlsx.Mark)
		}
		cells := []xlsx.Cell{
			xlsx.T(kode), xlsx.S(uraian, nameStyle), xlsx.T(indikator), xlsx.T(satuan), xlsx.N(target, valStyle), xlsx.N(real, valStyle),
			xlsx.N(capaian, xlsx.Dec2), xlsx.N(register, valStyle), xlsx.N(pagu, xlsx.Rupiah), xlsx.N(anggaran, rp), xlsx.N(serapan, pct),
			xlsx.T(sumber), xlsx.T(dataSd), ket, xlsx.T(solusi),
		}
		if err := b.Row(sh, r, cells...); err != nil {
			return err
		}
		r++
	}
	if err := q.Err(); err != nil {
		return err
	}
	if err := b.Str(sh, 1, r+1, "Hitungan Register: nilai indikator program yang dihitung kinerja dari register unit bulan ini (rumus Lampiran Renstra); selisih dengan yang diketik unit ada di Review, lembar Rekonsiliasi.", xlsx.Note); err != nil {
		return err
	}
	if over1 {
		b.Str(sh, 1, r+2, "Sel berlatar kuning: realisasi anggaran melebihi pagu; temuannya ada di workbook Review-Kinerja, lembar Rekonsiliasi.", xlsx.Note)
	}
	if err := b.Widths(sh, 24, 44, 34, 10, 10, 12, 10, 11, 16, 16, 9, 12, 10, 36, 36); err != nil {
		return err
	}
	return b.PageSetup(sh, 4, 4, 2)
}

func indikator(ctx context.Context, db *warehouse.DB, b *xlsx.Book, per report.Periode, lap report.Laporan) error {
	sh, err := b.Sheet("Indikator")
	if err != nil {
		return err
	}
	if err := b.Titles(sh, "INDIKATOR DARI REGISTER, PER BULAN "+strconv.Itoa(per.Year),
		"Nilai indikator (%) dihitung dari register unit tiap akhir bulan dengan rumus Lampiran Renstra, di samping nilai yang diketik unit di laporannya."); err != nil {
		return err
	}
	labels := []string{"Kode", "Indikator", "Baris", "Target " + strconv.Itoa(per.Year)}
	for m := 1; m <= per.Month; m++ {
		labels = append(labels, idtext.Months[m-1])
	}
	if err := b.Labels(sh, 4, labels...); err != nil {
		return err
	}
	q, err := db.QueryContext(ctx, `
		SELECT i.kode_indikator, coalesce(any_value(i.indikator), ''), CAST(any_value(i.target) AS VARCHAR), i.month,
		       CAST(any_value(i.nilai) AS VARCHAR), CAST(any_value(i.nilai_lapor) AS VARCHAR),
		       CAST(any_value(i.pembilang) AS VARCHAR), CAST(any_value(i.penyebut) AS VARCHAR),
		       CAST(any_value(i.pembilang_perempuan) AS VARCHAR), CAST(any_value(i.penyebut_perempuan) AS VARCHAR)
		FROM mart.indikator_bulanan i JOIN mart.laporan p ON i.year = p.period_year AND i.month <= p.period_month
		GROUP BY i.kode_indikator, i.month ORDER BY i.kode_indikator, i.month`)
	if err != nil {
		return fmt.Errorf("mart.indikator_bulanan: %w", err)
	}
	defer q.Close()
	type ind struct {
		kode, nama, target string
		rows               [6]map[int]sql.NullString
	}
	var list []*ind
	byKode := map[string]*ind{}
	for q.Next() {
		var kode, nama string
		var target sql.NullString
		var month int
		var vals [6]sql.NullString
		if err := q.Scan(&kode, &nama, &target, &month, &vals[0], &vals[1], &vals[2], &vals[3], &vals[4], &vals[5]); err != nil {
			return err
		}
		it := byKode[kode]
		if it == nil {
			it = &ind{kode: kode, nama: nama, target: target.String}
			for i := range it.rows {
				it.rows[i] = map[int]sql.NullString{}
			}
			byKode[kode] = it
			list = append(list, it)
		}
		for i, v := range vals {
			it.rows[i][month] = v
		}
	}
	if err := q.Err(); err != nil {
		return err
	}
	rowNames := []string{"Hitungan register (%)", "Diketik unit (%)", "Pembilang", "Penyebut", "Pembilang perempuan", "Penyebut perempuan"}
	r := 5
	for _, it := range list {
		for i, label := range rowNames {
			if i >= 4 && len(it.rows[i]) > 0 && !anyValid(it.rows[i]) {
				continue // the register does not record sex
			}
			cells := []xlsx.Cell{xlsx.T(""), xlsx.T(""), xlsx.T(label), xlsx.N(sql.NullString{}, xlsx.General)}
			if i == 0 {
				cells[0], cells[1] = xlsx.S(it.kode, xlsx.TextBold), xlsx.S(it.nama, xlsx.TextBold)
				cells[3] = xlsx.N(sql.NullString{String: it.target, Valid: it.target != ""}, xlsx.General)
			}
			style := xlsx.Dec2
			if i >= 2 {
				style = xlsx.Rupiah // whole counts and rupiah sums, with thousands separators
			}
			for m := 1; m <= per.Month; m++ {
				cells = append(cells, xlsx.N(it.rows[i][m], style))
			}
			if err := b.Row(sh, r, cells...); err != nil {
				return err
			}
			r++
		}
	}
	if len(list) == 0 {
		if err := b.Str(sh, 1, r, "Tidak ada register yang dilaporkan tahun ini.", xlsx.Note); err != nil {
			return err
		}
	}
	widths := []float64{10, 46, 20, 10}
	for m := 1; m <= per.Month; m++ {
		widths = append(widths, 11)
	}
	if err := b.Widths(sh, widths...); err != nil {
		return err
	}
	return b.PageSetup(sh, 4, 4, 3)
}

func anyValid(m map[int]sql.NullString) bool {
	for _, v := range m {
		if v.Valid {
			return true
		}
	}
	return false
}

func kelengkapan(ctx context.Context, db *warehouse.DB, b *xlsx.Book, per report.Periode, lap report.Laporan) error {
	sh, err := b.Sheet("Kelengkapan")
	if err != nil {
		return err
	}
	if err := b.Titles(sh, "KELENGKAPAN LAPORAN BULANAN "+strconv.Itoa(per.Year),
		"Berkas laporan yang dipakai untuk setiap unit dan bulan; \"tidak ada\" bila laporan belum masuk; versi yang digantikan disebut dalam kurung."); err != nil {
		return err
	}
	labels := []string{"Unit"}
	for m := 1; m <= per.Month; m++ {
		labels = append(labels, idtext.Months[m-1])
	}
	if err := b.Labels(sh, 4, labels...); err != nil {
		return err
	}
	q, err := db.QueryContext(ctx, `
		SELECT unit_nama, month,
		       CASE WHEN ada THEN file || coalesce(' (menggantikan ' || diganti || ')', '') END
		FROM mart.kelengkapan ORDER BY urut, unit, month`)
	if err != nil {
		return fmt.Errorf("mart.kelengkapan: %w", err)
	}
	defer q.Close()
	r, last := 4, ""
	for q.Next() {
		var nama string
		var month int
		var files sql.NullString
		if err := q.Scan(&nama, &month, &files); err != nil {
			return err
		}
		if nama != last {
			r++
			last = nama
			if err := b.Str(sh, 1, r, nama, xlsx.Text); err != nil {
				return err
			}
		}
		v, style := files.String, xlsx.Text
		if !files.Valid {
			v, style = "tidak ada", xlsx.TextFlag
		}
		if err := b.Str(sh, 1+month, r, v, style); err != nil {
			return err
		}
	}
	if err := q.Err(); err != nil {
		return err
	}
	widths := []float64{40}
	for m := 1; m <= per.Month; m++ {
		widths = append(widths, 22)
	}
	if err := b.Widths(sh, widths...); err != nil {
		return err
	}
	return b.PageSetup(sh, 4, 4, 1)
}
