package warehouse

import (
	"context"
	"database/sql/driver"
	"fmt"
	"math"
	"math/big"
	"path/filepath"
	"strconv"
	"strings"
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

// TestBatchTextsAcrossBatches: String columns keep what was appended, by
// Add (an empty text stays empty, nil is NULL) and by Text and Null (an
// empty text is NULL), beside the other kinds of column, in a stream of
// batches each started with Fresh from the one before, and in one load of
// two batches.
func TestBatchTextsAcrossBatches(t *testing.T) {
	ctx := context.Background()
	db, err := Create(ctx, filepath.Join(t.TempDir(), "w.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `CREATE SCHEMA IF NOT EXISTS raw; CREATE TABLE raw.uji (n INTEGER, a VARCHAR, b BOOLEAN, c VARCHAR)`); err != nil {
		t.Fatal(err)
	}
	cols := []Col{{"n", Int32}, {"a", String}, {"b", Bool}, {"c", String}}
	want := map[int32][2]any{}
	fill := func(b *Batch, from, rows int) {
		for i := from; i < from+rows; i++ {
			n := int32(i)
			switch i % 4 {
			case 0: // by Add: "" stays ""
				if err := b.Add(n, "", true, nil); err != nil {
					t.Fatal(err)
				}
				want[n] = [2]any{"", nil}
			case 1:
				if err := b.Add(n, fmt.Sprintf("teks %d é", i), nil, fmt.Sprint(i)); err != nil {
					t.Fatal(err)
				}
				want[n] = [2]any{fmt.Sprintf("teks %d é", i), fmt.Sprint(i)}
			case 2: // value by value: "" is NULL
				b.Int32(n)
				b.Text("")
				b.Bool(false)
				b.Text(fmt.Sprint("c", i))
				b.End()
				want[n] = [2]any{nil, fmt.Sprint("c", i)}
			default:
				b.Int32(n)
				b.Text(fmt.Sprint("a", i))
				b.Null()
				b.Null()
				b.End()
				want[n] = [2]any{fmt.Sprint("a", i), nil}
			}
		}
	}
	s, err := db.BeginStream(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	b := NewBatch("raw.uji", cols...)
	from := 0
	for _, rows := range []int{3, 1000, 0, 17, 5000} {
		fill(b, from, rows)
		from += rows
		next := b.Fresh()
		s.Send(b)
		b = next
	}
	s.Send(b)
	if err := s.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	one, two := NewBatch("raw.uji", cols...), NewBatch("raw.uji", cols...)
	fill(one, from, 9)
	fill(two, from+9, 70)
	from += 79
	if err := db.LoadAll(ctx, one, two); err != nil {
		t.Fatal(err)
	}
	rows, err := db.QueryContext(ctx, `SELECT n, a, c FROM raw.uji`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	seen := 0
	for rows.Next() {
		var n int32
		var a, c any
		if err := rows.Scan(&n, &a, &c); err != nil {
			t.Fatal(err)
		}
		if w := want[n]; a != w[0] || c != w[1] {
			t.Errorf("row %d: a=%#v c=%#v, want %#v %#v", n, a, c, w[0], w[1])
		}
		seen++
	}
	if seen != from {
		t.Errorf("%d rows loaded, want %d", seen, from)
	}
}

// TestBatchFullByItsText: a batch is full once a text column holds
// fullBytes, whatever its rows, and a column is never let past what int32
// offsets can reach.
func TestBatchFullByItsText(t *testing.T) {
	defer func(n int) { fullBytes = n }(fullBytes)
	fullBytes = 100
	b := NewBatch("raw.uji", Col{"n", Int32}, Col{"a", String})
	for i := range 3 {
		if b.Full() {
			t.Fatalf("full after %d rows of 40 bytes", i)
		}
		b.Int32(int32(i))
		b.Text(strings.Repeat("x", 40))
		b.End()
	}
	if !b.Full() {
		t.Fatal("not full with 120 bytes of text")
	}
	if b.Fresh().Full() {
		t.Fatal("a fresh batch is full")
	}
	defer func() {
		if recover() == nil {
			t.Error("a column past 2 GiB of text was taken")
		}
	}()
	col := &textColumn{data: make([]byte, math.MaxInt32-3)}
	col.add("abcd", false)
}
