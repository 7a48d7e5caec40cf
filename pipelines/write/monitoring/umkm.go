package monitoring

import (
	"cmp"
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

// umkm writes the sheet of the UMKM registered through I-Jus Melon in the
// period's year: month by month the licences issued, their workers L/P, the
// number of UMKM holding an IUMK and Prosentase Legalitas Pelaku Usaha; then
// the year's licences by kecamatan, sector, owner's sex and size; then each
// export with what was counted and what was left out. From mart.umkm_bulanan,
// mart.ind_legalitas, mart.umkm_sebaran and mart.umkm_berkas.
func umkm(ctx context.Context, db *warehouse.DB, b *xlsx.Book, per report.Periode, lap report.Laporan) error {
	sh, err := b.Sheet("UMKM")
	if err != nil {
		return err
	}
	year := strconv.Itoa(per.Year)
	upTo := "Januari s.d. " + idtext.Months[per.Month-1] + " " + year
	var files, ossFiles int
	if err := db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE sistem = 'OSS') FROM mart.umkm_berkas`).Scan(&files, &ossFiles); err != nil {
		return fmt.Errorf("mart.umkm_berkas: %w", err)
	}
	title, about := "UMKM BER-IUMK (I-JUS MELON), PER BULAN "+year,
		"Izin Usaha Mikro dan Kecil dari ekspor I-Jus Melon. Dihitung: izin dengan nomor, tanggal terbit dan kecamatan Kota Semarang, "+
			"pendaftaran terakhir nomor itu, bukan izin kedua orang dan usaha yang sama; masalah NIK saja tidak menghapus hitungan."
	if ossFiles > 0 {
		title = "UMKM BER-IZIN (IUMK I-JUS MELON DAN NIB OSS), PER BULAN " + year
		about = "IUMK (I-Jus Melon) dan NIB (OSS), satu usaha sekali: NIB usaha yang sudah ber-IUMK tidak dihitung lagi; satu NIB satu usaha; usaha besar bukan UMKM."
	}
	// 186 units: every column on the page across at 73 % (204 took the
	// last column to a page of its own)
	widths := []float64{30, 12, 12, 12, 14, 16, 16, 30, 12, 12, 20}
	if files == 0 {
		if err := b.Titles(sh, title, about); err != nil {
			return err
		}
		if err := b.Str(sh, 1, 4, "Belum ada ekspor I-Jus Melon di folder masukan: angka UMKM ber-IUMK, tenaga kerja dan Prosentase Legalitas tidak dihitung.", xlsx.Note); err != nil {
			return err
		}
		if err := b.Widths(sh, widths...); err != nil {
			return err
		}
		return b.PageSetup(sh, 1, 2, 0)
	}

	// the line under the title is merged across the first page and
	// wrapped once the tables' columns are known, below
	if err := b.Titles(sh, title, ""); err != nil {
		return err
	}
	r, err := umkmBulan(ctx, db, b, sh, per, upTo, ossFiles > 0)
	if err != nil {
		return err
	}
	if r, err = umkmSebaran(ctx, db, b, sh, per, upTo, r); err != nil {
		return err
	}
	if r, err = umkmBerkas(ctx, db, b, sh, r); err != nil {
		return err
	}
	if ossFiles > 0 {
		if r, err = umkmBerkasOSS(ctx, db, b, sh, r); err != nil {
			return err
		}
	}
	notes := []string{"Baris yang bermasalah tercantum satu per satu di Review-Kinerja (lembar Masukan). Nomor izin ganda: yang terakhir terdaftar dihitung. " +
		"NIK tidak sah, jenis kelamin ≠ NIK dan NIK kosong tetap dihitung (izinnya terbit). NIK tidak pernah ditampilkan."}
	if ossFiles > 0 {
		var tk sql.NullString
		if err := db.QueryRowContext(ctx, `SELECT CAST(CAST(sum(tk_tanpa_pisah) AS BIGINT) AS VARCHAR) FROM mart.umkm_bulanan WHERE year = ? AND month <= ?`,
			per.Year, per.Month).Scan(&tk); err != nil {
			return fmt.Errorf("mart.umkm_bulanan: %w", err)
		}
		notes = append(notes,
			"NIB sama dengan IUMK bila NIK dan nama usaha, NIK dan alamat, atau (tanpa NIK) nama usaha, alamat dan kecamatan sama.",
			"Tenaga kerja NIB yang ekspor OSS-nya tidak memisah L/P ("+upTo+": "+cmp.Or(tk.String, "0")+" orang) tidak masuk kolom L dan P.")
	}
	// the widths first: a note is merged across the columns of the first
	// page and wrapped, never cut at its edge
	if err := b.Widths(sh, widths...); err != nil {
		return err
	}
	b.Line(sh, 2, 1, len(widths), about, xlsx.Remark)
	b.Remarks(sh, r+1, 1, len(widths), notes...)
	// The sheet holds three tables with their own headers: only the title
	// repeats on every printed page.
	return b.PageSetup(sh, 1, 2, 0)
}

// umkmBulan writes the month-by-month table from row 4, with its total;
// it returns the row after it.
// With OSS exports among the inputs the month's registrations are split
// by system in three more columns: IUMK, NIB, and the NIB of businesses
// that hold an IUMK already (not counted again).
func umkmBulan(ctx context.Context, db *warehouse.DB, b *xlsx.Book, sh string, per report.Periode, upTo string, bySystem bool) (int, error) {
	year := strconv.Itoa(per.Year)
	labels := []string{"Bulan", "Izin terbit", "Tenaga kerja L", "Tenaga kerja P",
		"Izin terbit tahun berjalan", "Jumlah UMKM ber-IUMK akhir bulan", "Prosentase Legalitas s.d. bulan (%)", "Dasar jumlah"}
	if bySystem {
		labels[5] = "Jumlah UMKM ber-izin akhir bulan"
		labels = append(labels, "Dari IUMK", "Dari NIB", "NIB usaha ber-IUMK (tidak dihitung lagi)")
	}
	if err := b.Labels(sh, 4, labels...); err != nil {
		return 0, err
	}
	q, err := db.QueryContext(ctx, `
		SELECT b.month, CAST(b.izin_baru AS VARCHAR), CAST(b.tk_l AS VARCHAR), CAST(b.tk_p AS VARCHAR),
		       CAST(sum(b.izin_baru) OVER (ORDER BY b.month) AS VARCHAR), CAST(b.jumlah AS VARCHAR),
		       CAST(l.nilai AS VARCHAR), b.dasar,
		       CAST(b.izin_baru_iumk AS VARCHAR), CAST(b.izin_baru_oss AS VARCHAR), CAST(b.oss_sudah_iumk AS VARCHAR)
		FROM mart.umkm_bulanan b LEFT JOIN mart.ind_legalitas l USING (year, month)
		WHERE b.year = ? AND b.month <= ? ORDER BY b.month`, per.Year, per.Month)
	if err != nil {
		return 0, fmt.Errorf("mart.umkm_bulanan: %w", err)
	}
	defer q.Close()
	byMonth := map[int][]xlsx.Cell{}
	for q.Next() {
		var month int
		var v [6]sql.NullString
		var sys [3]sql.NullString
		var dasar string
		if err := q.Scan(&month, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &dasar, &sys[0], &sys[1], &sys[2]); err != nil {
			return 0, err
		}
		byMonth[month] = []xlsx.Cell{xlsx.N(v[0], xlsx.Int), xlsx.N(v[1], xlsx.Int), xlsx.N(v[2], xlsx.Int), xlsx.N(v[3], xlsx.Int),
			xlsx.N(v[4], xlsx.Int), xlsx.N(v[5], xlsx.Dec2), xlsx.T(dasar)}
		if bySystem {
			byMonth[month] = append(byMonth[month], xlsx.N(sys[0], xlsx.Int), xlsx.N(sys[1], xlsx.Int), xlsx.N(sys[2], xlsx.Int))
		}
	}
	if err := q.Err(); err != nil {
		return 0, err
	}
	r := 5
	for m := 1; m <= per.Month; m++ {
		cells := []xlsx.Cell{xlsx.T(idtext.Months[m-1])}
		if c, ok := byMonth[m]; ok {
			cells = append(cells, c...)
		} else {
			cells = append(cells, xlsx.T(""), xlsx.T(""), xlsx.T(""), xlsx.T(""), xlsx.T(""), xlsx.T(""), xlsx.T("ekspor tidak mencakup bulan ini"))
		}
		if err := b.Row(sh, r, cells...); err != nil {
			return 0, err
		}
		r++
	}
	if len(byMonth) > 0 {
		var izin, tkL, tkP sql.NullString
		var sys [3]sql.NullString
		if err := db.QueryRowContext(ctx, `
			SELECT CAST(sum(izin_baru) AS VARCHAR), CAST(sum(tk_l) AS VARCHAR), CAST(sum(tk_p) AS VARCHAR),
			       CAST(sum(izin_baru_iumk) AS VARCHAR), CAST(sum(izin_baru_oss) AS VARCHAR), CAST(sum(oss_sudah_iumk) AS VARCHAR)
			FROM mart.umkm_bulanan WHERE year = ? AND month <= ?`, per.Year, per.Month).Scan(&izin, &tkL, &tkP, &sys[0], &sys[1], &sys[2]); err != nil {
			return 0, fmt.Errorf("mart.umkm_bulanan: %w", err)
		}
		cells := []xlsx.Cell{xlsx.S("JUMLAH "+strings.ToUpper(upTo), xlsx.TextBold),
			xlsx.N(izin, xlsx.Int), xlsx.N(tkL, xlsx.Int), xlsx.N(tkP, xlsx.Int)}
		if bySystem {
			cells = append(cells, xlsx.T(""), xlsx.T(""), xlsx.T(""), xlsx.T(""), xlsx.N(sys[0], xlsx.Int), xlsx.N(sys[1], xlsx.Int), xlsx.N(sys[2], xlsx.Int))
		}
		if err := b.Row(sh, r, cells...); err != nil {
			return 0, err
		}
		r++
	} else {
		if err := b.Str(sh, 1, r, "Ekspor I-Jus Melon tidak memuat izin yang terbit tahun "+year+".", xlsx.Note); err != nil {
			return 0, err
		}
		r++
	}
	return r, nil
}

// umkmSebaran writes the year's licences spread out by kecamatan, sector,
// owner's sex and size, below row r.
func umkmSebaran(ctx context.Context, db *warehouse.DB, b *xlsx.Book, sh string, per report.Periode, upTo string, r int) (int, error) {
	year := strconv.Itoa(per.Year)
	r, err := section(b, sh, r, "SEBARAN IZIN TERBIT "+strings.ToUpper(upTo), []string{"Kategori", "Izin terbit", "Bagian (%)",
		"Tenaga kerja L", "Tenaga kerja P", "Izin s.d. akhir " + idtext.Months[per.Month-1] + " " + year})
	if err != nil {
		return 0, err
	}
	q, err := db.QueryContext(ctx, `
		SELECT dimensi, kategori, CAST(izin_tahun_berjalan AS VARCHAR), CAST(bagian AS VARCHAR),
		       CAST(tk_l_tahun_berjalan AS VARCHAR), CAST(tk_p_tahun_berjalan AS VARCHAR), CAST(izin_kumulatif AS VARCHAR)
		FROM mart.umkm_sebaran WHERE year = ? AND month = ?
		ORDER BY CASE dimensi WHEN 'kecamatan' THEN 1 WHEN 'sektor' THEN 2 WHEN 'jenis_kelamin' THEN 3 ELSE 4 END, urut`, per.Year, per.Month)
	if err != nil {
		return 0, fmt.Errorf("mart.umkm_sebaran: %w", err)
	}
	defer q.Close()
	dimNames := map[string]string{"kecamatan": "Menurut kecamatan", "sektor": "Menurut jenis/sektor usaha",
		"jenis_kelamin": "Menurut jenis kelamin pemilik", "ukuran": "Menurut ukuran usaha (UU 20/2008; PP 7/2021 sejak 2 Februari 2021)"}
	last := ""
	for q.Next() {
		var dim, kat string
		var v [5]sql.NullString
		if err := q.Scan(&dim, &kat, &v[0], &v[1], &v[2], &v[3], &v[4]); err != nil {
			return 0, err
		}
		if dim != last {
			if err := b.Str(sh, 1, r, dimNames[dim], xlsx.TextBold); err != nil {
				return 0, err
			}
			r++
			last = dim
		}
		switch kat {
		case "L":
			kat = "Laki-laki"
		case "P":
			kat = "Perempuan"
		}
		if err := b.Row(sh, r, []xlsx.Cell{xlsx.T(kat), xlsx.N(v[0], xlsx.Int), xlsx.N(v[1], xlsx.Dec2), xlsx.N(v[2], xlsx.Int),
			xlsx.N(v[3], xlsx.Int), xlsx.N(v[4], xlsx.Int)}...); err != nil {
			return 0, err
		}
		r++
	}
	if err := q.Err(); err != nil {
		return 0, err
	}
	if last == "" {
		if err := b.Str(sh, 1, r, "Ekspor tidak mencakup "+idtext.Months[per.Month-1]+" "+year+".", xlsx.Note); err != nil {
			return 0, err
		}
		r++
	}
	return r, nil
}

// umkmBerkas writes each export with what was counted and what was left
// out, below row r.
func umkmBerkas(ctx context.Context, db *warehouse.DB, b *xlsx.Book, sh string, r int) (int, error) {
	r, err := section(b, sh, r, "BERKAS EKSPOR", []string{"Berkas", "Baris", "Dihitung", "Salinan ekspor lain", "Nomor izin ganda",
		"Usaha ganda", "Kecamatan di luar kota", "Isian wajib kosong", "NIK tidak sah", "Jenis kelamin ≠ NIK", "Tanggal terbit"})
	if err != nil {
		return 0, err
	}
	q, err := db.QueryContext(ctx, `
		SELECT file, CAST(baris AS VARCHAR), CAST(dihitung AS VARCHAR), CAST(salinan AS VARCHAR), CAST(duplikat_izin AS VARCHAR),
		       CAST(duplikat_usaha AS VARCHAR), CAST(kecamatan_asing AS VARCHAR), CAST(wajib_kosong AS VARCHAR),
		       CAST(nik_salah AS VARCHAR), CAST(nik_jenis_kelamin AS VARCHAR),
		       coalesce(strftime(tanggal_awal, '%d/%m/%Y') || ' s.d. ' || strftime(tanggal_akhir, '%d/%m/%Y'), '')
		FROM mart.umkm_berkas ORDER BY file`)
	if err != nil {
		return 0, fmt.Errorf("mart.umkm_berkas: %w", err)
	}
	defer q.Close()
	for q.Next() {
		var file, span string
		var v [9]sql.NullString
		if err := q.Scan(&file, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &span); err != nil {
			return 0, err
		}
		cells := []xlsx.Cell{xlsx.T(file)}
		for _, x := range v {
			cells = append(cells, xlsx.N(x, xlsx.Int))
		}
		if err := b.Row(sh, r, append(cells, xlsx.T(span))...); err != nil {
			return 0, err
		}
		r++
	}
	if err := q.Err(); err != nil {
		return 0, err
	}
	return r, nil
}

// umkmBerkasOSS writes, below row r, what became of each OSS export's
// rows beyond what umkmBerkas shows: the projects folded into their NIB,
// the NIB and KBLI that could not be read, the businesses that hold an
// IUMK already, and the large businesses (not UMKM).
func umkmBerkasOSS(ctx context.Context, db *warehouse.DB, b *xlsx.Book, sh string, r int) (int, error) {
	r, err := section(b, sh, r, "BERKAS EKSPOR OSS (NIB)", []string{"Berkas", "Baris", "Dihitung", "Proyek lain NIB yang sama",
		"NIB bukan 13 angka", "KBLI bukan 5 angka (tetap dihitung)", "NIB usaha ber-IUMK", "Usaha besar (bukan UMKM)"})
	if err != nil {
		return 0, err
	}
	q, err := db.QueryContext(ctx, `
		SELECT file, CAST(baris AS VARCHAR), CAST(dihitung AS VARCHAR), CAST(proyek_lain AS VARCHAR), CAST(nib_salah AS VARCHAR),
		       CAST(kbli_salah AS VARCHAR), CAST(sudah_iumk AS VARCHAR), CAST(usaha_besar AS VARCHAR)
		FROM mart.umkm_berkas WHERE sistem = 'OSS' ORDER BY file`)
	if err != nil {
		return 0, fmt.Errorf("mart.umkm_berkas: %w", err)
	}
	defer q.Close()
	for q.Next() {
		var file string
		var v [7]sql.NullString
		if err := q.Scan(&file, &v[0], &v[1], &v[2], &v[3], &v[4], &v[5], &v[6]); err != nil {
			return 0, err
		}
		cells := []xlsx.Cell{xlsx.T(file)}
		for _, x := range v {
			cells = append(cells, xlsx.N(x, xlsx.Int))
		}
		if err := b.Row(sh, r, cells...); err != nil {
			return 0, err
		}
		r++
	}
	if err := q.Err(); err != nil {
		return 0, err
	}
	return r, nil
}

// section writes a section's title a row below r and its column headers
// under it; it returns the first row after them.
func section(b *xlsx.Book, sh string, r int, title string, labels []string) (int, error) {
	if err := b.Str(sh, 1, r+1, title, xlsx.Section); err != nil {
		return 0, err
	}
	if err := b.Labels(sh, r+2, labels...); err != nil {
		return 0, err
	}
	return r + 3, nil
}
