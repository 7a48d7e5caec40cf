package warehouse

import (
	"cmp"
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unsafe"

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
//
// Arrow or duckdb-go's Appender: on 100 000 rows shaped like raw.ijus (3
// integers, 20 texts, 2 booleans, 4 DECIMAL(38,10)) the Appender alone
// loaded 0–15 % faster on this 2-core machine (BenchmarkLoadLicenceRows,
// four runs: Arrow 1,8–2,3 s, Appender 1,6–2,0 s). Arrow is kept all the
// same: a Batch is built in plain Go without a connection, so a reader
// does the conversion while a Stream's goroutine does nothing but insert
// (the Appender converts value by value on the connection, so its goroutine
// would carry both), and one Batch type serves every raw table. The
// Appender in that arrangement was not measured end to end.
type Batch struct {
	table  string
	cols   []Col
	schema *arrow.Schema
	rb     *array.RecordBuilder // the columns that are not String
	others []int                // column i's field in rb, when not String
	texts  []*textColumn        // the String columns, by column; nil for the others
	rows   int
	next   int // the column the next value appended one by one goes to
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
	b := &Batch{table: table, cols: cols, schema: arrow.NewSchema(fields, nil), texts: make([]*textColumn, len(cols)), others: make([]int, len(cols))}
	var others []arrow.Field
	for i, c := range cols {
		if c.Kind == String {
			b.texts[i] = &textColumn{}
			continue
		}
		b.others[i] = len(others)
		others = append(others, fields[i])
	}
	b.rb = array.NewRecordBuilder(memory.DefaultAllocator, arrow.NewSchema(others, nil))
	return b
}

// field is the builder of column i, which is not a String column.
func (b *Batch) field(i int) array.Builder { return b.rb.Field(b.others[i]) }

// record is the rows added so far as one record; the batch starts empty
// again.
func (b *Batch) record() arrow.RecordBatch {
	rest := b.rb.NewRecordBatch()
	defer rest.Release()
	arrays := make([]arrow.Array, len(b.cols))
	for i := range b.cols {
		if t := b.texts[i]; t != nil {
			arrays[i] = t.array()
		} else {
			arrays[i] = rest.Column(b.others[i])
			arrays[i].Retain()
		}
	}
	rec := array.NewRecordBatch(b.schema, arrays, int64(b.rows))
	for _, a := range arrays {
		a.Release()
	}
	return rec
}

// textColumn builds a String column in plain slices, made an Arrow array
// at the end without a copy: a licence export appends some twenty million
// texts, and the Arrow builder's bookkeeping on each (capacity, offsets,
// validity, each through its own buffer) cost 0,7 s of a core a million
// rows.
type textColumn struct {
	data    []byte
	offsets []int32 // one more than the values: where each starts, and the end
	valid   []byte  // a bit a value, set when not NULL
	n       int
	nulls   int
}

// add appends s (NULL when null). Past 2 GiB of text the int32 offsets
// would wrap and the column read as other texts: a reader asks Full
// before that, and a program that does not stops here.
func (t *textColumn) add(s string, null bool) {
	if !null && int64(len(t.data))+int64(len(s)) > math.MaxInt32 {
		panic(fmt.Sprintf("warehouse: a batch column of %d bytes of text cannot take %d more: load it first (Batch.Full)", len(t.data), len(s)))
	}
	if t.offsets == nil {
		t.offsets = append(make([]int32, 0, 1024), 0)
	}
	if t.n%8 == 0 {
		t.valid = append(t.valid, 0)
	}
	if null {
		t.nulls++
	} else {
		t.data = append(t.data, s...)
		t.valid[t.n/8] |= 1 << (t.n % 8)
	}
	t.offsets = append(t.offsets, int32(len(t.data)))
	t.n++
}

// array hands the column over as an Arrow string array and starts anew.
// (add keeps the text within what int32 offsets reach.)
func (t *textColumn) array() arrow.Array {
	if t.offsets == nil {
		t.offsets = []int32{0}
	}
	offsets := unsafe.Slice((*byte)(unsafe.Pointer(&t.offsets[0])), 4*len(t.offsets))
	data := array.NewData(arrow.BinaryTypes.String, t.n,
		[]*memory.Buffer{memory.NewBufferBytes(t.valid), memory.NewBufferBytes(offsets), memory.NewBufferBytes(t.data)},
		nil, t.nulls, 0)
	defer data.Release()
	*t = textColumn{}
	return array.MakeFromData(data)
}

// NullIfEmpty is s, or NULL for an empty text, as Add takes it.
func NullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// Fresh starts an empty batch of the same table and columns, its texts'
// room made for as much as this one holds: grown from nothing, appending
// them cost half again as much.
func (b *Batch) Fresh() *Batch {
	f := NewBatch(b.table, b.cols...)
	for i, t := range b.texts {
		if t != nil && t.n > 0 {
			f.texts[i] = &textColumn{data: make([]byte, 0, len(t.data)+len(t.data)/8),
				offsets: make([]int32, 1, t.n+t.n/8+1), valid: make([]byte, 0, (t.n+t.n/8)/8+1)}
		}
	}
	return f
}

// fullBytes is how much text a column of a batch holds before Full.
var fullBytes = 256 << 20 // a variable for the tests

// Full tells whether a text column of the batch holds fullBytes or more:
// a reader of rows of any width loads it then, whatever its rows, so that
// no column nears the 2 GiB an Arrow string array can hold.
func (b *Batch) Full() bool {
	for _, t := range b.texts {
		if t != nil && len(t.data) >= fullBytes {
			return true
		}
	}
	return false
}

// Table is the table the batch is for.
func (b *Batch) Table() string { return b.table }

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
			d, ok := fastDecimal(v.(string))
			if ok {
				decimals[i] = d
				continue
			}
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
		if t := b.texts[i]; t != nil {
			if v == nil {
				t.add("", true)
			} else {
				t.add(v.(string), false)
			}
			continue
		}
		fb := b.field(i)
		if v == nil {
			fb.AppendNull()
			continue
		}
		switch b.cols[i].Kind {
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

// Appending a row value by value, in column order, without boxing each in
// an interface as Add does: the path of a large input's millions of values
// (a licence export's million rows spent a second and a half in Add and its
// boxing). Each call fills the next column, End closes the row. Values
// that may be refused (a decimal's text) are checked by the caller first,
// with ParseDecimal, so that a row is never left half appended.

// Text appends a String column's value; "" is NULL.
func (b *Batch) Text(s string) {
	b.texts[b.next].add(s, s == "")
	b.next++
}

// Int32 appends an Int32 column's value.
func (b *Batch) Int32(n int32) {
	b.field(b.next).(*array.Int32Builder).Append(n)
	b.next++
}

// Int64 appends an Int64 column's value.
func (b *Batch) Int64(n int64) {
	b.field(b.next).(*array.Int64Builder).Append(n)
	b.next++
}

// Bool appends a Bool column's value.
func (b *Batch) Bool(v bool) {
	b.field(b.next).(*array.BooleanBuilder).Append(v)
	b.next++
}

// Dec appends a Decimal column's value.
func (b *Batch) Dec(d decimal128.Num) {
	b.field(b.next).(*array.Decimal128Builder).Append(d)
	b.next++
}

// Null appends NULL to the next column, of any kind.
func (b *Batch) Null() {
	if t := b.texts[b.next]; t != nil {
		t.add("", true)
	} else {
		b.field(b.next).AppendNull()
	}
	b.next++
}

// End closes the row appended value by value; every column must have had
// exactly one (a program error otherwise).
func (b *Batch) End() {
	if b.next != len(b.cols) {
		panic(fmt.Sprintf("%s: a row of %d values for %d columns", b.table, b.next, len(b.cols)))
	}
	b.next = 0
	b.rows++
}

// ParseDecimal reads the C-locale text of an exact decimal ("-1234.5") as
// a Decimal column takes it.
func ParseDecimal(s string) (decimal128.Num, error) {
	if d, ok := fastDecimal(s); ok {
		return d, nil
	}
	return decimal128.FromString(s, decimalType.Precision, decimalType.Scale)
}

// fastDecimal reads the plain decimals the parsers give ("-1234.5", at most
// 18 digits before the point and 10 after) into DECIMAL(38,10) without
// decimal128.FromString's big-number arithmetic, which dominated loading a
// million-row licence export. ok is false for anything else, which then
// takes the general path.
func fastDecimal(s string) (decimal128.Num, bool) {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	if intPart == "" || len(intPart) > 18 || len(frac) > 10 {
		return decimal128.Num{}, false
	}
	var whole, fraction int64
	for _, c := range []byte(intPart) {
		if c < '0' || c > '9' {
			return decimal128.Num{}, false
		}
		whole = whole*10 + int64(c-'0')
	}
	for i := 0; i < 10; i++ {
		fraction *= 10
		if i < len(frac) {
			c := frac[i]
			if c < '0' || c > '9' {
				return decimal128.Num{}, false
			}
			fraction += int64(c - '0')
		}
	}
	d := decimal128.FromI64(whole).Mul(decimal128.FromI64(10_000_000_000)).Add(decimal128.FromI64(fraction))
	if neg {
		d = d.Negate()
	}
	return d, true
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
		recs = append(recs, x.record())
		x.rows = 0
	}
	if b == nil {
		return nil
	}
	reader, err := array.NewRecordReader(b.schema, recs)
	if err != nil {
		return fmt.Errorf("memuat %s: %w", b.table, err)
	}
	defer reader.Release()

	conn, err := w.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("memuat %s: %w", b.table, err)
	}
	defer conn.Close()
	return load(ctx, conn, b, reader)
}

// load inserts what reader holds into b's table on conn.
func load(ctx context.Context, conn *sql.Conn, b *Batch, reader array.RecordReader) error {
	view := fmt.Sprintf("kinerja_batch_%d", viewSeq.Add(1))
	names := make([]string, len(b.cols))
	for i, c := range b.cols {
		names[i] = `"` + c.Name + `"`
	}
	query := fmt.Sprintf(`INSERT INTO %s (%s) SELECT %s FROM %s`, b.table, strings.Join(names, ", "), strings.Join(names, ", "), view)
	return conn.Raw(func(dc any) error {
		ar, err := duckdb.NewArrowFromConn(dc.(driver.Conn))
		if err != nil {
			return fmt.Errorf("memuat %s: %w", b.table, err)
		}
		release, err := ar.RegisterView(reader, view)
		if err != nil {
			return fmt.Errorf("memuat %s: %w", b.table, err)
		}
		defer release()
		exec := dc.(driver.ExecerContext)
		if _, err := exec.ExecContext(ctx, query, nil); err != nil {
			return fmt.Errorf("memuat %s: %w", b.table, err)
		}
		if _, err := exec.ExecContext(ctx, "DROP VIEW IF EXISTS "+view, nil); err != nil {
			return fmt.Errorf("memuat %s: %w", b.table, err)
		}
		return nil
	})
}

// Stream loads batches of one table inside one transaction on a connection
// of its own, in a goroutine of its own, so that a reader of a large input
// (a licence export of a million rows) parses the next batch while DuckDB
// inserts the last. The batches feed one INSERT for the whole stream, read
// by DuckDB's scan as they are sent (batchReader), and the insert does not
// keep the rows in the order sent, so DuckDB spreads it over its threads.
// On the million-row export's 31 batches this took the loading from 7,7 to
// 5,2 CPU seconds and from 5,5 to 2,7 s of wall time (an INSERT per batch
// against one INSERT without order; with order kept it was 9 s of CPU).
// A row's place is its file_id and row_no: no query reads raw.ijus in
// stored order. One commit at the end: a commit per batch makes DuckDB log
// and checkpoint each one, which nearly doubled the time. Other loads wait
// for the connection until Commit or Rollback.
type Stream struct {
	conn    *sql.Conn
	queue   chan *Batch
	done    chan error
	ended   bool
	memory  string // the memory limit to set back at the end, if lowered
	threads string // DuckDB's threads to set back at the end, if limited to one
}

// streamMemory is the memory limit for a stream into a warehouse limited
// to limit: StreamMemoryLimit (or KINERJA_DUCKDB_STREAM_MEMORY) when that
// is lower, else "" (the limit stays).
func streamMemory(limit string) string {
	low := cmp.Or(os.Getenv("KINERJA_DUCKDB_STREAM_MEMORY"), StreamMemoryLimit)
	l, ok1 := memoryBytes(low)
	w, ok2 := memoryBytes(limit)
	if !ok1 || !ok2 || l >= w {
		return ""
	}
	return strings.ReplaceAll(low, "'", "")
}

// memoryBytes reads a DuckDB memory setting ("512MB", "2 GiB", "1.5GB").
func memoryBytes(s string) (float64, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	i := strings.IndexFunc(s, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if i <= 0 {
		return 0, false
	}
	n, err := strconv.ParseFloat(s[:i], 64)
	if err != nil {
		return 0, false
	}
	unit := map[string]float64{"B": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
		"KIB": 1 << 10, "MIB": 1 << 20, "GIB": 1 << 30, "TIB": 1 << 40}
	m, ok := unit[strings.TrimSpace(s[i:])]
	return n * m, ok
}

// end sets the memory limit and the threads back and frees the connection.
func (s *Stream) end() {
	if s.memory != "" {
		s.conn.ExecContext(context.Background(), "SET memory_limit = '"+s.memory+"'")
	}
	if s.threads != "" {
		s.conn.ExecContext(context.Background(), "SET threads = "+s.threads)
	}
	s.conn.Close()
}

// BeginStream starts a stream. Unless parallel, DuckDB inserts it on one
// thread: each of its threads keeps rows of its own until they fill a row
// group (122 880 rows) and compresses them then, and what is left in each
// is merged and compressed at the commit, on one thread. An export that
// fills few row groups per thread loads faster on one (200 000 rows:
// 1,35–1,40 s against 1,91–1,95 s, CSV; 1,7–1,8 s against 2,1–2,2 s,
// XLSX), a large one on all (500 000 rows: 2,8–2,9 s against 3,0–3,4 s).
// The other core parses meanwhile.
func (w *DB) BeginStream(ctx context.Context, parallel bool) (*Stream, error) {
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("mulai memuat: %w", err)
	}
	restore := ""
	if low := streamMemory(w.memory); low != "" {
		if _, err := conn.ExecContext(ctx, "SET memory_limit = '"+low+"'"); err != nil {
			conn.Close()
			return nil, fmt.Errorf("mulai memuat: memory_limit %q: %w", low, err)
		}
		restore = w.memory
	}
	s := &Stream{conn: conn, queue: make(chan *Batch, 1), done: make(chan error, 1), memory: restore}
	if !parallel {
		var threads int64
		if err := conn.QueryRowContext(ctx, "SELECT current_setting('threads')").Scan(&threads); err != nil {
			s.end()
			return nil, fmt.Errorf("mulai memuat: threads: %w", err)
		}
		if threads > 1 {
			if _, err := conn.ExecContext(ctx, "SET threads = 1"); err != nil {
				s.end()
				return nil, fmt.Errorf("mulai memuat: threads: %w", err)
			}
			s.threads = strconv.FormatInt(threads, 10)
		}
	}
	if _, err := conn.ExecContext(ctx, "BEGIN TRANSACTION"); err != nil {
		s.end()
		return nil, fmt.Errorf("mulai memuat: %w", err)
	}
	go func() {
		first, ok := <-s.queue
		if !ok {
			s.done <- nil
			return
		}
		err := loadUnordered(ctx, conn, first, &batchReader{ctx: ctx, first: first, queue: s.queue})
		for b := range s.queue { // after an error: what is still sent is dropped
			b.Release()
		}
		s.done <- err
	}()
	return s, nil
}

// loadUnordered is load with DuckDB free to insert in any order. The
// setting is global in DuckDB; while a stream holds the warehouse's one
// connection nothing else runs, and it is reset after.
func loadUnordered(ctx context.Context, conn *sql.Conn, b *Batch, reader array.RecordReader) error {
	if _, err := conn.ExecContext(ctx, "SET preserve_insertion_order = false"); err != nil {
		return fmt.Errorf("memuat %s: %w", b.table, err)
	}
	err := load(ctx, conn, b, reader)
	if _, rerr := conn.ExecContext(context.Background(), "RESET preserve_insertion_order"); rerr != nil && err == nil {
		err = fmt.Errorf("memuat %s: %w", b.table, rerr)
	}
	return err
}

// batchReader hands DuckDB the batches sent to a stream as they come, each
// as one record; it ends when the stream is committed or rolled back. A
// batch of another table or shape, or a cancelled context, ends it with an
// error, which fails the INSERT.
type batchReader struct {
	refs  atomic.Int64
	ctx   context.Context
	first *Batch // the batch that started the stream: its table and schema
	table string
	shape *arrow.Schema
	queue <-chan *Batch
	cur   arrow.RecordBatch
	err   error
}

func (r *batchReader) Retain() { r.refs.Add(1) }

func (r *batchReader) Release() {
	if r.refs.Add(-1) <= 0 && r.cur != nil {
		r.cur.Release()
		r.cur = nil
	}
}

func (r *batchReader) Schema() *arrow.Schema {
	if r.shape == nil {
		r.table, r.shape = r.first.table, r.first.schema
	}
	return r.shape
}

func (r *batchReader) Next() bool {
	r.Schema()
	if r.cur != nil {
		r.cur.Release()
		r.cur = nil
	}
	if r.err != nil {
		return false
	}
	for {
		b := r.first
		r.first = nil
		if b == nil {
			var ok bool
			if b, ok = <-r.queue; !ok {
				return false
			}
		}
		switch {
		case r.ctx.Err() != nil:
			r.err = r.ctx.Err()
		case b.table != r.table || !b.schema.Equal(r.shape):
			r.err = fmt.Errorf("load %s: a batch of %s in the same stream", r.table, b.table)
		case b.rows == 0:
			b.Release()
			continue
		default:
			r.cur = b.record()
		}
		b.Release()
		return r.err == nil
	}
}

func (r *batchReader) RecordBatch() arrow.RecordBatch { return r.cur }

// Record is RecordBatch, for the interface.
func (r *batchReader) Record() arrow.RecordBatch { return r.cur }

func (r *batchReader) Err() error { return r.err }

// Send hands a batch to the stream, which loads and releases it; the
// caller goes on with a new batch. It waits while one batch is queued.
func (s *Stream) Send(b *Batch) { s.queue <- b }

// Commit waits for the batches sent, makes their rows part of the
// warehouse and frees the connection. If a load failed, nothing of the
// stream stays and the error is returned.
func (s *Stream) Commit(ctx context.Context) error {
	close(s.queue)
	s.ended = true
	if err := <-s.done; err != nil {
		s.conn.ExecContext(context.Background(), "ROLLBACK")
		s.end()
		return err
	}
	defer s.end()
	if _, err := s.conn.ExecContext(ctx, "COMMIT"); err != nil {
		return fmt.Errorf("commit load: %w", err)
	}
	return nil
}

// Rollback drops the stream's rows and frees the connection.
func (s *Stream) Rollback() {
	if !s.ended {
		close(s.queue)
		s.ended = true
		<-s.done
	}
	s.conn.ExecContext(context.Background(), "ROLLBACK")
	s.end()
}

// Release frees the batch's buffers.
func (b *Batch) Release() { b.rb.Release() }
