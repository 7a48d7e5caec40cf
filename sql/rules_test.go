package sqlfiles_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"kinerja/pipelines/idtext"
	"kinerja/pipelines/warehouse"
)

// rule runs one SQL step on given rows: a real DuckDB with the meta stage
// (its macros), the tables the step reads made from the statements, then
// the step itself — a rule tested without a run over spreadsheets.
func rule(t *testing.T, stage, name string, given ...string) *warehouse.DB {
	t.Helper()
	ctx := context.Background()
	db, err := warehouse.Create(ctx, filepath.Join(t.TempDir(), "rule.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.ApplyStage(ctx, "meta"); err != nil {
		t.Fatal(err)
	}
	for _, s := range append([]string{"CREATE SCHEMA raw", "CREATE SCHEMA clean", "CREATE SCHEMA calc", "CREATE SCHEMA mart"}, given...) {
		if _, err := db.ExecContext(ctx, s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	steps, err := warehouse.Steps(stage)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range steps {
		if s.Name == name {
			if _, err := db.ExecContext(ctx, s.SQL); err != nil {
				t.Fatalf("sql/%s/%s.sql: %v", s.Stage, name, err)
			}
			return db
		}
	}
	t.Fatalf("no %s.sql in the %s stage", name, stage)
	return nil
}

func rows(t *testing.T, db *warehouse.DB, query string) []string {
	t.Helper()
	q, err := db.QueryContext(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	cols, _ := q.Columns()
	var out []string
	for q.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := q.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		var parts []string
		for _, v := range vals {
			parts = append(parts, fmt.Sprint(v))
		}
		out = append(out, strings.Join(parts, "|"))
	}
	return out
}

// rekon.melebihi_pagu: a unit's cumulative realisasi over the Renstra's pagu
// fails from the month it goes over, and says since when; a Keuangan line
// the Renstra does not plan is held to the pagu Keuangan typed; months after
// the period and other years are left alone.
func TestRekonMelebihiPagu(t *testing.T) {
	db := rule(t, "mart", "052_rekon_melebihi_pagu",
		`INSERT INTO meta.periode VALUES ('2018-12', 2018, 12, 'diminta')`,
		`CREATE TABLE mart.rencana_tahunan AS SELECT 2018 AS year, '1.2.11.01.01.018' AS kode, 'kegiatan' AS jenis,
		        CAST(1000 AS DECIMAL(38,10)) AS pagu, 'renstra.xlsx' AS file, 'K37' AS pagu_cell, true AS berlaku, true AS daun`,
		`CREATE TABLE clean.realisasi AS SELECT * FROM (VALUES
		    ('SEK', 2018, 10, '1.2.11.01.01.018', 'Rapat ke luar daerah', CAST(400 AS DECIMAL(38,10)), 'sek10.xlsx', 'Realisasi', 'J9', '400', 'kegiatan', 'data'),
		    ('SEK', 2018, 11, '1.2.11.01.01.018', 'Rapat ke luar daerah', 1100, 'sek11.xlsx', 'Realisasi', 'J9', '1100', 'kegiatan', 'data'),
		    ('SEK', 2018, 12, '1.2.11.01.01.018', 'Rapat ke luar daerah', 1200, 'sek12.xlsx', 'Realisasi', 'J9', '1200', 'kegiatan', 'data'),
		    ('SEK', 2019, 1, '1.2.11.01.01.018', 'Rapat ke luar daerah', 5000, 'sek19.xlsx', 'Realisasi', 'J9', '5000', 'kegiatan', 'data'))
		    t(unit, year, month, kode, uraian, anggaran, file, sheet, anggaran_cell, anggaran_raw, jenis, row_kind)`,
		`CREATE TABLE clean.anggaran_resmi AS SELECT * FROM (VALUES
		    (2018, 12, '5.1.1.01', 'Gaji dan Tunjangan', CAST(450 AS DECIMAL(38,10)), CAST(500 AS DECIMAL(38,10)), 'D5', 'keu12.xlsx', 'Realisasi Anggaran', 'E5', '450', 'data'))
		    t(year, month, kode, uraian, anggaran, pagu, pagu_cell, file, sheet, anggaran_cell, anggaran_raw, row_kind)`)
	got := rows(t, db, `SELECT unit, month, lolos, CAST(selisih AS BIGINT), pembanding_asal, bulan_pertama FROM calc.rekon_melebihi_pagu ORDER BY unit, month`)
	want := []string{
		"KEU|12|true|-50|keu12.xlsx!D5|<nil>",
		"SEK|10|true|-600|renstra.xlsx!K37|11",
		"SEK|11|false|100|renstra.xlsx!K37|11",
		"SEK|12|false|200|renstra.xlsx!K37|11",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("rows\n%v\nwant\n%v", got, want)
	}
	msg := rows(t, db, `SELECT message FROM calc.rekon_melebihi_pagu WHERE month = 12 AND unit = 'SEK'`)
	if len(msg) != 1 || !strings.Contains(msg[0], "melebihi pagu sejak November") || !strings.Contains(msg[0], "sebesar Rp 200") {
		t.Errorf("message %v", msg)
	}
}

// IP-18-1 Prosentase Koperasi Aktif: aktif ÷ koperasi × 100 over the data
// rows of PKK's register (a JUMLAH row is not a cooperative), rounded half
// up to two decimals; a month whose report holds no register gives no
// value, never a division by zero.
func TestIndikatorKoperasiAktif(t *testing.T) {
	db := rule(t, "mart", "030_ind_koperasi_aktif",
		`CREATE TABLE clean.laporan AS SELECT * FROM (VALUES
		    (2018, 5, 'PKK', 'pkk05.xlsx', 1, true), (2018, 6, 'PKK', 'pkk06.xlsx', 2, true), (2018, 6, 'PKK', 'pkk06-lama.xlsx', 3, false))
		    t(year, month, unit, path, file_id, current)`,
		`CREATE TABLE clean.formulir AS SELECT * FROM (VALUES (1, 'bulanan.koperasi'), (2, 'bulanan.koperasi'), (3, 'bulanan.koperasi')) t(file_id, form)`,
		`CREATE TABLE clean.reg_koperasi AS SELECT * FROM (VALUES
		    (2018, 5, true, 'data'), (2018, 5, true, 'data'), (2018, 5, false, 'data'), (2018, 5, NULL, 'jumlah'))
		    t(year, month, aktif, row_kind)`)
	got := rows(t, db, `SELECT month, file, CAST(pembilang AS INTEGER), CAST(penyebut AS INTEGER), CAST(nilai AS VARCHAR) FROM calc.ind_koperasi_aktif ORDER BY month`)
	want := []string{"5|pkk05.xlsx|2|3|66.6700000000", "6|pkk06.xlsx|0|0|<nil>"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("rows %v, want %v", got, want)
	}
}

// The mart is what writers and analysts read, and it reads clean, calc and
// itself, never raw: what the mart needs of raw is cleaned first.
func TestMartAndCalcNeverReadRaw(t *testing.T) {
	steps, err := warehouse.Steps("mart")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range steps {
		if reads := warehouse.Reads(s.SQL); len(reads) > 0 {
			for _, r := range reads {
				if strings.HasPrefix(r, "raw.") {
					t.Errorf("sql/%s/%s.sql reads %s", s.Stage, s.Name, r)
				}
			}
		}
	}
}

// Tabel 2.4: rasio = realisasi ÷ anggaran × 100 truncated toward zero to a
// whole number (the seed's 3 443 251 771 ÷ 3 573 364 891 = 96,36 → 96); the
// growth by awal_akhir from the first to the last year with data, truncated
// toward zero (−50,85 → −50, not −51); a row with one year of data has no
// growth (empty, never 0); an anggaran of 0 gives no rasio.
func TestTabel24Truncations(t *testing.T) {
	db := rule(t, "mart", "073_tabel24",
		`CREATE TABLE mart.windows AS SELECT 'tabel24' AS tabel, 2011 AS first_year, 2013 AS last_year`,
		`CREATE TABLE clean.settings AS SELECT 'metode_pertumbuhan' AS key, 'awal_akhir' AS value`,
		`CREATE TABLE clean.tabel24_rows AS SELECT * FROM (VALUES
		    ('1', 'Belanja Pegawai', 2011, 2013, 1, 'BTL', 'data'), ('2', 'Program Baru', 2011, 2013, 2, 'BL', 'data'),
		    ('3', 'Program Nol', 2011, 2013, 3, 'BL', 'data'))
		    t(no, uraian, file_first_year, file_last_year, seq, section, row_kind)`,
		`CREATE TABLE clean.tabel24 AS SELECT no, uraian, measure, year, CAST(value AS DECIMAL(38,10)) AS value, 'ok' AS status,
		        cell, value AS raw_text, 't24.xlsx' AS file, 'Tabel 2.4' AS sheet, 1 AS file_id
		 FROM (VALUES
		    ('1', 'Belanja Pegawai', 'anggaran', 2011, '3573364891', 'C7'), ('1', 'Belanja Pegawai', 'realisasi', 2011, '3443251771', 'H7'),
		    ('1', 'Belanja Pegawai', 'anggaran', 2013, '2000000000', 'E7'), ('1', 'Belanja Pegawai', 'realisasi', 2013, '1692094738', 'J7'),
		    ('2', 'Program Baru', 'anggaran', 2012, '1000', 'D8'),
		    ('3', 'Program Nol', 'anggaran', 2011, '0', 'C9'), ('3', 'Program Nol', 'realisasi', 2011, '5', 'H9'))
		    t(no, uraian, measure, year, value, cell)`,
		`CREATE TABLE calc.tabel24_laporan AS SELECT *, 1 AS seq, 'BL' AS section FROM clean.tabel24 WHERE false`)
	got := rows(t, db, `SELECT no, measure, coalesce(CAST(year AS VARCHAR), '-'), coalesce(CAST(CAST(value AS BIGINT) AS VARCHAR), 'kosong'), basis
		FROM mart.tabel24 WHERE measure <> 'anggaran' AND measure <> 'realisasi' AND (year IS NULL OR year IN (2011, 2012)) ORDER BY no, measure, year`)
	want := []string{
		"1|pertumbuhan_anggaran|-|-44|(2.000.000.000 − 3.573.364.891) ÷ 3.573.364.891 × 100, 2011→2013, dipotong",
		"1|pertumbuhan_realisasi|-|-50|(1.692.094.738 − 3.443.251.771) ÷ 3.443.251.771 × 100, 2011→2013, dipotong",
		"1|rasio|2011|96|3.443.251.771 ÷ 3.573.364.891 × 100, dipotong",
		"1|rasio|2012|kosong|tidak ada anggaran",
		"2|pertumbuhan_anggaran|-|kosong|hanya 1 tahun berdata (2012)",
		"2|pertumbuhan_realisasi|-|kosong|tidak ada data",
		"2|rasio|2011|kosong|tidak ada anggaran",
		"2|rasio|2012|kosong|tidak ada realisasi",
		"3|pertumbuhan_anggaran|-|kosong|hanya 1 tahun berdata (2011)",
		"3|pertumbuhan_realisasi|-|kosong|hanya 1 tahun berdata (2011)",
		"3|rasio|2011|kosong|anggaran 0: rasio tidak dapat dihitung",
		"3|rasio|2012|kosong|tidak ada anggaran",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// rekon.kumulatif_turun: a cumulative figure is compared with the latest
// earlier month of the year that has one (a month not reported is stepped
// over), a unit's and Keuangan's alike; a fall fails, a rise or the same
// passes; a month after the period and the first month are not checked.
func TestRekonKumulatifTurun(t *testing.T) {
	db := rule(t, "mart", "051_rekon_kumulatif_turun",
		`INSERT INTO meta.periode VALUES ('2018-04', 2018, 4, 'diminta')`,
		`CREATE TABLE clean.realisasi AS SELECT unit, 2018 AS year, month, '1.2.11.01.01.018' AS kode, 'Rapat' AS uraian,
		        CAST(kinerja AS DECIMAL(38,10)) AS kinerja, CAST(anggaran AS DECIMAL(38,10)) AS anggaran,
		        'sek' || month || '.xlsx' AS file, 'Realisasi' AS sheet, 'G9' AS kinerja_cell, CAST(kinerja AS VARCHAR) AS kinerja_raw,
		        'H9' AS anggaran_cell, CAST(anggaran AS VARCHAR) AS anggaran_raw, 'kegiatan' AS jenis, 'data' AS row_kind
		 FROM (VALUES ('SEK', 1, 3, 100), ('SEK', 3, 2, 300), ('SEK', 4, 2, NULL), ('SEK', 5, 1, 50)) t(unit, month, kinerja, anggaran)`,
		`CREATE TABLE clean.anggaran_resmi AS SELECT 2018 AS year, month, '1.2.11.01.01.018' AS kode, 'Rapat' AS uraian,
		        CAST(anggaran AS DECIMAL(38,10)) AS anggaran, 'keu' || month || '.xlsx' AS file, 'Realisasi Anggaran' AS sheet,
		        'E5' AS anggaran_cell, CAST(anggaran AS VARCHAR) AS anggaran_raw, 'data' AS row_kind
		 FROM (VALUES (2, 500), (3, 400)) t(month, anggaran)`)
	got := rows(t, db, `SELECT unit, month, kolom, lolos, CAST(pembanding AS INTEGER), pembanding_asal FROM calc.rekon_kumulatif_turun ORDER BY unit, kolom, month`)
	want := []string{
		"KEU|3|Realisasi anggaran|false|500|keu2.xlsx!E5",
		"SEK|3|Realisasi anggaran|true|100|sek1.xlsx!H9",
		"SEK|3|Realisasi kinerja|false|3|sek1.xlsx!G9",
		"SEK|4|Realisasi kinerja|true|2|sek3.xlsx!G9",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	msg := rows(t, db, `SELECT message FROM calc.rekon_kumulatif_turun WHERE unit = 'SEK' AND NOT lolos`)
	if len(msg) != 1 || !strings.Contains(msg[0], "s.d. Maret 2018 (2)") || !strings.Contains(msg[0], "s.d. Januari (3)") {
		t.Errorf("message %v", msg)
	}
}

// IP-18-3 Omset koperasi: (omset N−1 − omset N−2) ÷ omset N−2 × 100 over
// the cooperatives that have both years; one with a year blank is left out
// of both sums, so the growth compares like with like.
func TestIndikatorOmsetKoperasi(t *testing.T) {
	db := rule(t, "mart", "033_ind_omset_koperasi",
		`CREATE TABLE clean.laporan AS SELECT 2018 AS year, 6 AS month, 'PKK' AS unit, 'pkk06.xlsx' AS path, 1 AS file_id, true AS current`,
		`CREATE TABLE clean.formulir AS SELECT 1 AS file_id, 'bulanan.koperasi' AS form`,
		`CREATE TABLE clean.reg_koperasi AS SELECT 2018 AS year, 6 AS month, CAST(n1 AS DECIMAL(38,10)) AS omset_n1, CAST(n2 AS DECIMAL(38,10)) AS omset_n2, row_kind
		 FROM (VALUES (1200, 1000, 'data'), (330, 300, 'data'), (999999, NULL, 'data'), (1530, 1300, 'jumlah')) t(n1, n2, row_kind)`)
	got := rows(t, db, `SELECT CAST(pembilang AS INTEGER), CAST(penyebut AS INTEGER), CAST(nilai AS VARCHAR) FROM calc.ind_omset_koperasi`)
	if want := []string{"230|1300|17.6900000000"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("rows %v, want %v", got, want)
	}
}

// The month names are one list: meta.nama_bulan, which the SQL messages
// use, says what idtext.Months says.
func TestMonthNamesAreOneList(t *testing.T) {
	ctx := context.Background()
	db, err := warehouse.Create(ctx, filepath.Join(t.TempDir(), "m.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.ApplyStage(ctx, "meta"); err != nil {
		t.Fatal(err)
	}
	got := rows(t, db, `SELECT meta.nama_bulan(m) FROM range(1, 13) t(m) ORDER BY m`)
	if strings.Join(got, ",") != strings.Join(idtext.Months, ",") {
		t.Errorf("meta.nama_bulan %v, idtext.Months %v", got, idtext.Months)
	}
}
