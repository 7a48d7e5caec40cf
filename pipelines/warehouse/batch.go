package warehouse

import (
	"context"
	"database/sql/driver"
	"fmt"
	"math"
	"strings"
	"sync/atomic"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/decimal128"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/duckdb/duckdb-go/v2"
)

// Kind is the type of a Batch column.
type Kind int

const (
	String    Kind = iota
	Int64          // BIGINT
	Int32          // INTEGER
	Bool           // BOOLEAN
	Decimal        // DECIMAL(38,10), given as a C-locale decimal string
	Timestamp      // TIMESTAMPTZ, given as a time.Time (a zero time is NULL)
)

// Col names a column of a raw table and its type.
type Col struct {
	Name string
	Kind Kind
}

var decimalType = &arrow.Decimal128Type{Precision: 38, Scale: 10}

// Batch collects rows for one table column by column, as an Arrow record, so
// a reader's output crosses into DuckDB in one bulk transfer instead of one
// cgo call per value.
type Batch struct {
	table  string
	cols   []Col
	schema *arrow.Schema
	rb     *array.RecordBuilder
	rows   int
}

// NewBatch starts a batch for table (schema-qualified, e.g. "raw.cells").
func NewBatch(table string, cols ...Col) *Batch {
	fields := make([]arrow.Field, len(cols))
	for i, c := range cols {
		var t arrow.DataType
		switch c.Kind {
		case String:
			t = arrow.BinaryTypes.String
		case Int64:
			t = arrow.PrimitiveTypes.Int64
		case Int32:
			t = arrow.PrimitiveTypes.Int32
		case Bool:
			t = arrow.FixedWidthTypes.Boolean
		case Decimal:
			t = decimalType
		case Timestamp:
			t = &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "UTC"}
		}
		fields[i] = arrow.Field{Name: c.Name, Type: t, Nullable: true}
	}
	schema := arrow.NewSchema(fields, nil)
	return &Batch{table: table, cols: cols, schema: schema, rb: array.NewRecordBuilder(memory.DefaultAllocator, schema)}
}

// Len is the number of rows added so far.
func (b *Batch) Len() int { return b.rows }

// Add appends one row; values follow the column order. nil is NULL. A
// Decimal column takes the C-locale text of an exact decimal ("-1234.5"). A
// row with a bad value is refused whole: nothing of it is appended.
func (b *Batch) Add(values ...any) error {
	if len(values) != len(b.cols) {
		return fmt.Errorf("%s: %d values for %d columns", b.table, len(values), len(b.cols))
	}
	decimals := make([]decimal128.Num, len(values))
	for i, v := range values {
		if v == nil {
			continue
		}
		switch b.cols[i].Kind {
		case Decimal:
			d, err := decimal128.FromString(v.(string), decimalType.Precision, decimalType.Scale)
			if err != nil {
				return fmt.Errorf("%s.%s: %q: %w", b.table, b.cols[i].Name, v, err)
			}
			decimals[i] = d
		case Int32:
			if n := toInt64(v); n < math.MinInt32 || n > math.MaxInt32 {
				return fmt.Errorf("%s.%s: %d does not fit INTEGER", b.table, b.cols[i].Name, n)
			}
		}
	}
	for i, v := range values {
		fb := b.rb.Field(i)
		if v == nil {
			fb.AppendNull()
			continue
		}
		switch b.cols[i].Kind {
		case String:
			fb.(*array.StringBuilder).Append(v.(string))
		case Int64:
			fb.(*array.Int64Builder).Append(toInt64(v))
		case Int32:
			fb.(*array.Int32Builder).Append(int32(toInt64(v)))
		case Bool:
			fb.(*array.BooleanBuilder).Append(v.(bool))
		case Decimal:
			fb.(*array.Decimal128Builder).Append(decimals[i])
		case Timestamp:
			tm := v.(time.Time)
			if tm.IsZero() {
				fb.AppendNull()
				continue
			}
			fb.(*array.TimestampBuilder).Append(arrow.Timestamp(tm.UnixMicro()))
		}
	}
	b.rows++
	return nil
}

func toInt64(v any) int64 {
	switch x := v.(type) {
	case int:
		return int64(x)
	case int32:
		return int64(x)
	case int64:
		return x
	}
	panic(fmt.Sprintf("not an integer: %T", v))
}

var viewSeq atomic.Int64

// Load inserts the batch into its table by column name and resets the batch.
func (w *DB) Load(ctx context.Context, b *Batch) error {
	return w.LoadAll(ctx, b)
}

// LoadAll inserts batches of the same table, built apart (one per input file
// read in parallel), in one statement, and resets them. One insert instead
// of one per batch matters: each is a commit of its own.
func (w *DB) LoadAll(ctx context.Context, batches ...*Batch) error {
	var recs []arrow.RecordBatch
	defer func() {
		for _, r := range recs {
			r.Release()
		}
	}()
	var b *Batch
	for _, x := range batches {
		if x.rows == 0 {
			continue
		}
		if b != nil && (x.table != b.table || !x.schema.Equal(b.schema)) {
			return fmt.Errorf("load %s: a batch of %s in the same load", b.table, x.table)
		}
		b = x
		recs = append(recs, x.rb.NewRecordBatch())
		x.rows = 0
	}
	if b == nil {
		return nil
	}
	reader, err := array.NewRecordReader(b.schema, recs)
	if err != nil {
		return fmt.Errorf("load %s: %w", b.table, err)
	}
	defer reader.Release()

	conn, err := w.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("load %s: %w", b.table, err)
	}
	defer conn.Close()
	view := fmt.Sprintf("kinerja_batch_%d", viewSeq.Add(1))
	names := make([]string, len(b.cols))
	for i, c := range b.cols {
		names[i] = `"` + c.Name + `"`
	}
	query := fmt.Sprintf(`INSERT INTO %s (%s) SELECT %s FROM %s`, b.table, strings.Join(names, ", "), strings.Join(names, ", "), view)
	return conn.Raw(func(dc any) error {
		ar, err := duckdb.NewArrowFromConn(dc.(driver.Conn))
		if err != nil {
			return fmt.Errorf("load %s: %w", b.table, err)
		}
		release, err := ar.RegisterView(reader, view)
		if err != nil {
			return fmt.Errorf("load %s: %w", b.table, err)
		}
		defer release()
		exec := dc.(driver.ExecerContext)
		if _, err := exec.ExecContext(ctx, query, nil); err != nil {
			return fmt.Errorf("load %s: %w", b.table, err)
		}
		if _, err := exec.ExecContext(ctx, "DROP VIEW IF EXISTS "+view, nil); err != nil {
			return fmt.Errorf("load %s: %w", b.table, err)
		}
		return nil
	})
}

// Release frees the batch's buffers.
func (b *Batch) Release() { b.rb.Release() }
