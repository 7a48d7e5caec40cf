package warehouse

import (
	"context"
	"database/sql/driver"
	"fmt"
	"math/big"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/apache/arrow-go/v18/arrow/decimal128"
	"github.com/duckdb/duckdb-go/v2"
)

// FuzzFastDecimal: the fast path reads every decimal it accepts to exactly
// what decimal128.FromString reads, and accepts what the parsers give.
func FuzzFastDecimal(f *testing.F) {
	for _, s := range []string{"0", "-0", "1234.5", "-1234.5", "25000000", "0.0000000001", "999999999999999999.9999999999",
		"-999999999999999999", "77.2", "1e5", "", "-", ".5", "5.", "1.00000000001", "１２", "12a", "1.2.3", "+5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := fastDecimal(s)
		if !ok {
			return
		}
		want, err := decimal128.FromString(s, decimalType.Precision, decimalType.Scale)
		if err != nil {
			t.Fatalf("%q: fast path read %s, FromString refuses: %v", s, got.ToString(10), err)
		}
		if got != want {
			t.Fatalf("%q: fast path %s, FromString %s", s, got.ToString(10), want.ToString(10))
		}
	})
}

func TestFastDecimalTakesWhatTheParsersGive(t *testing.T) {
	for _, s := range []string{"0", "25000000", "-1234.5", "77.2", "0.0000000001", "999999999999999999.9999999999"} {
		if _, ok := fastDecimal(s); !ok {
			t.Errorf("%q left to the slow path", s)
		}
	}
	for _, s := range []string{"", "-", "1e5", "1.00000000001", "1234567890123456789", "12a", "+5"} {
		if _, ok := fastDecimal(s); ok {
			t.Errorf("%q taken by the fast path", s)
		}
	}
}

// BenchmarkLoadLicenceRows compares the two ways duckdb-go loads rows, on
// 100 000 rows shaped like raw.ijus (3 integers, 20 texts, 2 booleans, 4
// DECIMAL(38,10)): an Arrow record registered as a view and inserted with
// one statement (what Batch and Stream do), and the Appender, row by row.
// The choice in batch.go rests on this.
func BenchmarkLoadLicenceRows(b *testing.B) {
	const rows = 100_000
	ctx := context.Background()
	ddl := "CREATE TABLE t (a INTEGER, b INTEGER, c INTEGER"
	var cols []Col
	cols = append(cols, Col{"a", Int32}, Col{"b", Int32}, Col{"c", Int32})
	for i := range 20 {
		ddl += fmt.Sprintf(", s%d VARCHAR", i)
		cols = append(cols, Col{fmt.Sprintf("s%d", i), String})
	}
	ddl += ", p BOOLEAN, q BOOLEAN, d0 DECIMAL(38,10), d1 DECIMAL(38,10), d2 DECIMAL(38,10), d3 DECIMAL(38,10))"
	cols = append(cols, Col{"p", Bool}, Col{"q", Bool}, Col{"d0", Decimal}, Col{"d1", Decimal}, Col{"d2", Decimal}, Col{"d3", Decimal})
	row := func(i int) []any {
		v := []any{int32(1), int32(i), int32(i % 7)}
		for j := range 20 {
			v = append(v, fmt.Sprintf("teks %d-%d Semarang", i, j))
		}
		return append(v, i%2 == 0, i%3 == 0, strconv.Itoa(25_000_000+i), strconv.Itoa(300_000_000+i), "2", "3.5")
	}
	data := make([][]any, rows) // made once: only the loading is timed
	for i := range data {
		data[i] = row(i)
	}
	fresh := func(b *testing.B) *DB {
		db, err := Create(ctx, filepath.Join(b.TempDir(), "w.duckdb"))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, ddl); err != nil {
			b.Fatal(err)
		}
		return db
	}
	b.Run("arrow", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			db := fresh(b)
			b.StartTimer()
			batch := NewBatch("t", cols...)
			for i := range rows {
				if err := batch.Add(data[i]...); err != nil {
					b.Fatal(err)
				}
			}
			if err := db.Load(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch.Release()
			b.StopTimer()
			db.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
	b.Run("appender", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			db := fresh(b)
			b.StartTimer()
			conn, err := db.db.Conn(ctx)
			if err != nil {
				b.Fatal(err)
			}
			err = conn.Raw(func(dc any) error {
				a, err := duckdb.NewAppenderFromConn(dc.(driver.Conn), "", "t")
				if err != nil {
					return err
				}
				vals := make([]driver.Value, len(cols))
				for i := range rows {
					for j, v := range data[i] {
						if cols[j].Kind == Decimal {
							// the same text to number work the Arrow path does
							d, _ := fastDecimal(v.(string))
							n := new(big.Int).SetUint64(d.LowBits())
							n.Add(n, new(big.Int).Lsh(big.NewInt(d.HighBits()), 64))
							v = n
						}
						vals[j] = v
					}
					if err := a.AppendRow(vals...); err != nil {
						return err
					}
				}
				return a.Close()
			})
			if err != nil {
				b.Fatal(err)
			}
			conn.Close()
			b.StopTimer()
			var n int
			db.QueryRowContext(ctx, "SELECT count(*) FROM t WHERE d0 = 25000000").Scan(&n)
			if n != 1 {
				b.Fatalf("appender stored d0 wrongly: %d rows hold 25000000", n)
			}
			db.Close()
			b.StartTimer()
		}
		b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
}
