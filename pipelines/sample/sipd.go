package sample

import (
	"context"
	"fmt"
	"math/big"

	"kinerja/pipelines/read/sipd"
	"kinerja/pipelines/warehouse"
)

// SIPDLines are what a correct SIPD-RI export of a year says, taken from a
// published warehouse: for each sub kegiatan (kegiatan) the units
// reported, their pagu and cumulative realisasi anggaran month by month —
// the figures Keuangan's SIPD-RI would agree with when the reports are
// right. For a year without reports, the plan's sub kegiatan and pagu, with
// a realisasi that grows evenly to 90 % of the pagu by December, for the
// months up to lastMonth.
func SIPDLines(ctx context.Context, db *warehouse.DB, year, lastMonth int) ([]sipd.Line, error) {
	rows, err := db.QueryContext(ctx, `
		SELECT kode, any_value(uraian), CAST(max(pagu) AS VARCHAR), month, CAST(max(anggaran) AS VARCHAR)
		FROM clean.realisasi
		WHERE year = ? AND month <= ? AND jenis IN ('kegiatan', 'sub kegiatan') AND row_kind = 'data' AND anggaran IS NOT NULL
		GROUP BY kode, month ORDER BY kode, month`, year, lastMonth)
	if err != nil {
		return nil, fmt.Errorf("clean.realisasi: %w", err)
	}
	defer rows.Close()
	var lines []sipd.Line
	for rows.Next() {
		var kode, nama string
		var pagu, anggaran *string
		var month int
		if err := rows.Scan(&kode, &nama, &pagu, &month, &anggaran); err != nil {
			return nil, err
		}
		if len(lines) == 0 || lines[len(lines)-1].Kode != kode {
			lines = append(lines, sipd.Line{Kode: kode, Nama: nama, Realisasi: map[int]int64{}})
		}
		l := &lines[len(lines)-1]
		if p, ok := rupiah(pagu); ok && p > l.Pagu {
			l.Pagu = p
		}
		if a, ok := rupiah(anggaran); ok {
			l.Realisasi[month] = a
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(lines) > 0 {
		return lines, nil
	}
	plan, err := db.QueryContext(ctx, `
		SELECT kode, any_value(uraian), CAST(max(pagu) AS VARCHAR) FROM mart.rencana_tahunan
		WHERE year = ? AND berlaku AND daun AND pagu IS NOT NULL AND jenis IN ('kegiatan', 'sub kegiatan')
		GROUP BY kode ORDER BY kode`, year)
	if err != nil {
		return nil, fmt.Errorf("mart.rencana_tahunan: %w", err)
	}
	defer plan.Close()
	for plan.Next() {
		var kode, nama string
		var pagu *string
		if err := plan.Scan(&kode, &nama, &pagu); err != nil {
			return nil, err
		}
		p, _ := rupiah(pagu)
		l := sipd.Line{Kode: kode, Nama: nama, Pagu: p, Realisasi: map[int]int64{}}
		for m := 1; m <= lastMonth; m++ {
			l.Realisasi[m] = p * 9 * int64(m) / 120 / 1000 * 1000
		}
		lines = append(lines, l)
	}
	if err := plan.Err(); err != nil {
		return nil, err
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("tidak ada sub kegiatan %d di gudang data: laporan unit maupun Renstra yang berlaku", year)
	}
	return lines, nil
}

// rupiah reads a decimal the warehouse gives as text, in whole rupiah.
func rupiah(s *string) (int64, bool) {
	if s == nil {
		return 0, false
	}
	r, ok := new(big.Rat).SetString(*s)
	if !ok || !r.IsInt() || !r.Num().IsInt64() {
		return 0, false
	}
	return r.Num().Int64(), true
}
