package warehouse

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// The raw and meta tables are declared once, in sql/raw and sql/meta. A
// loader does not list their columns again: it asks for a Batch of a table
// and gets the columns the catalog holds, in their declared order, so a
// column added to the SQL is a value more to give, and a mismatch is an
// error at the first Add instead of a silent shift.

// kinds maps the DuckDB types a Batch can carry to their Kind.
var kinds = map[string]Kind{
	"VARCHAR":                  String,
	"BIGINT":                   Int64,
	"INTEGER":                  Int32,
	"BOOLEAN":                  Bool,
	"DECIMAL(38,10)":           Decimal,
	"TIMESTAMP WITH TIME ZONE": Timestamp,
}

// readCatalog records the columns of every table of a schema, after its
// stage is applied. A column of a type no Batch carries is recorded as such
// and refused when its table's batch is asked for.
func (w *DB) readCatalog(ctx context.Context, schema string) error {
	rows, err := w.db.QueryContext(ctx, `
		SELECT table_name, column_name, data_type
		FROM duckdb_columns() c
		WHERE database_name = current_database() AND schema_name = ?
		  AND EXISTS (SELECT 1 FROM duckdb_tables() t -- tables only: a view is read, never loaded
		              WHERE t.database_name = c.database_name AND t.schema_name = c.schema_name AND t.table_name = c.table_name)
		ORDER BY table_name, column_index`, schema)
	if err != nil {
		return fmt.Errorf("catalog %s: %w", schema, err)
	}
	defer rows.Close()
	tables := map[string][]catalogCol{}
	for rows.Next() {
		var table, name, typ string
		if err := rows.Scan(&table, &name, &typ); err != nil {
			return fmt.Errorf("catalog %s: %w", schema, err)
		}
		kind, ok := kinds[typ]
		tables[schema+"."+table] = append(tables[schema+"."+table], catalogCol{Col{Name: name, Kind: kind}, typ, ok})
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("catalog %s: %w", schema, err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.catalog == nil {
		w.catalog = map[string][]catalogCol{}
	}
	for t, cols := range tables {
		w.catalog[t] = cols
	}
	return nil
}

type catalogCol struct {
	Col
	typ      string
	loadable bool
}

// Batch starts a batch for a table of an applied stage ("raw.cells"), its
// columns those the SQL declares, in order: Add takes one value per column.
func (w *DB) Batch(table string) (*Batch, error) {
	w.mu.RLock()
	decl, ok := w.catalog[table]
	w.mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("batch %s: no such table in an applied stage", table)
	}
	cols := make([]Col, len(decl))
	for i, c := range decl {
		if !c.loadable {
			return nil, fmt.Errorf("batch %s: column %s is %s, which a batch cannot carry", table, c.Name, c.typ)
		}
		cols[i] = c.Col
	}
	return NewBatch(table, cols...), nil
}

// Tables lists the tables of an applied stage's schema ("raw"), by name.
func (w *DB) Tables(schema string) []string {
	w.mu.RLock()
	defer w.mu.RUnlock()
	var out []string
	for t := range w.catalog {
		if strings.HasPrefix(t, schema+".") {
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

// Columns lists the declared columns of a table of an applied stage.
func (w *DB) Columns(table string) []Col {
	w.mu.RLock()
	defer w.mu.RUnlock()
	var cols []Col
	for _, c := range w.catalog[table] {
		cols = append(cols, c.Col)
	}
	return cols
}
