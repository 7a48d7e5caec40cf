package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ExportParquet writes every table of schema as Parquet under dir, one
// folder a table: Hive-partitioned by year (dir/tabel24/year=2016/data_0.parquet)
// where the table has a year column, else dir/<table>/data_0.parquet. Rows
// are written in the order of all their columns, so the same warehouse
// gives the same bytes. It returns the files written, relative to dir,
// '/'-separated and sorted.
func (w *DB) ExportParquet(ctx context.Context, schema, dir string) ([]string, error) {
	rows, err := w.db.QueryContext(ctx, `
		SELECT t.table_name, bool_or(c.column_name = 'year')
		FROM duckdb_tables() t JOIN duckdb_columns() c USING (database_name, schema_name, table_name)
		WHERE t.database_name = current_database() AND t.schema_name = ?
		GROUP BY t.table_name ORDER BY t.table_name`, schema)
	if err != nil {
		return nil, fmt.Errorf("parquet %s: %w", schema, err)
	}
	type table struct {
		name     string
		withYear bool
	}
	var tables []table
	for rows.Next() {
		var t table
		if err := rows.Scan(&t.name, &t.withYear); err != nil {
			rows.Close()
			return nil, err
		}
		tables = append(tables, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	quote := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	for _, t := range tables {
		target := filepath.Join(dir, t.name)
		if !t.withYear {
			if err := w.copyParquet(ctx, fmt.Sprintf(`SELECT * FROM %s.%s ORDER BY ALL`, schema, t.name), target); err != nil {
				return nil, fmt.Errorf("parquet %s.%s: %w", schema, t.name, err)
			}
			continue
		}
		// One COPY a year, each into its Hive folder, rather than
		// PARTITION_BY, which does not keep the rows' order across threads.
		years, err := w.db.QueryContext(ctx, fmt.Sprintf(`SELECT DISTINCT CAST(year AS VARCHAR) FROM %s.%s ORDER BY 1 NULLS LAST`, schema, t.name))
		if err != nil {
			return nil, fmt.Errorf("parquet %s.%s: %w", schema, t.name, err)
		}
		var list []sql.NullString
		for years.Next() {
			var y sql.NullString
			years.Scan(&y)
			list = append(list, y)
		}
		years.Close()
		for _, y := range list {
			where, folder := "year IS NULL", "year=NULL"
			if y.Valid {
				where, folder = "CAST(year AS VARCHAR) = "+quote(y.String), "year="+y.String
			}
			src := fmt.Sprintf(`SELECT * EXCLUDE (year) FROM %s.%s WHERE %s ORDER BY ALL`, schema, t.name, where)
			if err := w.copyParquet(ctx, src, filepath.Join(target, folder)); err != nil {
				return nil, fmt.Errorf("parquet %s.%s: %w", schema, t.name, err)
			}
		}
	}
	var files []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if err := os.Chmod(p, 0o644); err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	sort.Strings(files)
	return files, err
}

// copyParquet writes what query selects to folder/data_0.parquet.
func (w *DB) copyParquet(ctx context.Context, query, folder string) error {
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return err
	}
	path := strings.ReplaceAll(filepath.Join(folder, "data_0.parquet"), "'", "''")
	_, err := w.db.ExecContext(ctx, fmt.Sprintf(`COPY (%s) TO '%s' (FORMAT parquet)`, query, path))
	return err
}
