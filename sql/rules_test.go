package sqlfiles_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

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
		        CAST(1000 AS DECIMAL(38,10)) AS pagu, 'renstra.xlsx' AS file, 'K37' AS pagu_cell`,
		`CREATE TABLE clean.realisasi AS SELECT * FROM (VALUES
		    ('SEK', 2018, 10, '1.2.11.01.01.018', 'Rapat ke luar daerah', CAST(400 AS DECIMAL(38,10)), 'sek10.xlsx', 'Realisasi', 'J9', '400', 'kegiatan', 'data'),
		    ('SEK', 2018, 11, '1.2.11.01.01.018', 'Rapat ke luar daerah', 1100, 'sek11.xlsx', 'Realisasi', 'J9', '1100', 'kegiatan', 'data'),
		    ('SEK', 2018, 12, '1.2.11.01.01.018', 'Rapat ke luar daerah', 1200, 'sek12.xlsx', 'Realisasi', 'J9', '1200', 'kegiatan', 'data'),
		    ('SEK', 2019, 1, '1.2.11.01.01.018', 'Rapat ke luar daerah', 5000, 'sek19.xlsx', 'Realisasi', 'J9', '5000', 'kegiatan', 'data'))
		    t(unit, year, month, kode, uraian, anggaran, file, sheet, anggaran_cell, anggaran_raw, jenis, row_kind)`,
		`CREATE TABLE clean.keuangan AS SELECT * FROM (VALUES
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
