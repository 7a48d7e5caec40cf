package warehouse

import (
	"fmt"
	"regexp"
	"strings"
)

// The files of a stage are applied in the order their references ask for,
// read from the SQL itself: a file that reads mart.windows comes after the
// file that creates it, so nobody keeps that order by hand in the number
// prefixes, and a file put in the wrong place cannot fail a run.

var (
	createRe = regexp.MustCompile(`(?i)\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW|MACRO)\s+([a-z_]+\.[a-z0-9_]+)`)
	schemaRe = regexp.MustCompile(`(?i)\bCREATE\s+SCHEMA\s+(?:IF\s+NOT\s+EXISTS\s+)?([a-z_]+)`)
	refRe    = regexp.MustCompile(`\b([a-z_]+)\.([a-z0-9_]+)\b`)
)

// code is the SQL without its comments and quoted text, so that a table
// named in a comment or a COMMENT ON description is not taken for one read.
func code(sql string) string {
	var b strings.Builder
	for i := 0; i < len(sql); i++ {
		switch {
		case strings.HasPrefix(sql[i:], "--"):
			for i < len(sql) && sql[i] != '\n' {
				i++
			}
			b.WriteByte('\n')
		case strings.HasPrefix(sql[i:], "/*"):
			end := strings.Index(sql[i+2:], "*/")
			if end < 0 {
				return b.String()
			}
			i += 2 + end + 1
			b.WriteByte(' ')
		case sql[i] == '\'' || sql[i] == '"':
			q := sql[i]
			for i++; i < len(sql); i++ {
				if sql[i] == q {
					if i+1 < len(sql) && sql[i+1] == q { // '' inside a string
						i++
						continue
					}
					break
				}
			}
			b.WriteString(" ")
		default:
			b.WriteByte(sql[i])
		}
	}
	return strings.ToLower(b.String()) // CLEAN.Laporan is clean.laporan
}

// order sorts steps so that every step comes after the steps creating what
// it reads; first picks among the steps that are ready.
func order(steps []Step, first func(a, b Step) bool) ([]Step, error) {
	defines := map[string]int{} // "mart.windows" or the schema "calc" → its step
	for i, s := range steps {
		c := code(s.SQL)
		for _, m := range createRe.FindAllStringSubmatch(c, -1) {
			defines[strings.ToLower(m[1])] = i
		}
		for _, m := range schemaRe.FindAllStringSubmatch(c, -1) {
			defines[strings.ToLower(m[1])] = i
		}
	}
	needs := make([]map[int]bool, len(steps))
	for i, s := range steps {
		needs[i] = map[int]bool{}
		for _, m := range refRe.FindAllStringSubmatch(code(s.SQL), -1) {
			for _, name := range []string{m[1] + "." + m[2], m[1]} {
				if j, ok := defines[name]; ok && j != i {
					needs[i][j] = true
				}
			}
		}
	}
	done := make([]bool, len(steps))
	var out []Step
	for len(out) < len(steps) {
		next := -1
		for i := range steps {
			if done[i] {
				continue
			}
			ready := true
			for j := range needs[i] {
				ready = ready && done[j]
			}
			if ready && (next < 0 || first(steps[i], steps[next])) {
				next = i
			}
		}
		if next < 0 {
			var left []string
			for i, s := range steps {
				if !done[i] {
					left = append(left, "sql/"+s.Stage+"/"+s.Name+".sql")
				}
			}
			return nil, fmt.Errorf("sql: berkas-berkas ini saling membaca tabel satu sama lain secara melingkar: %s", strings.Join(left, ", "))
		}
		done[next] = true
		out = append(out, steps[next])
	}
	return out, nil
}

// Reads lists the schema-qualified names a SQL text refers to outside its
// comments and quoted text ("clean.laporan", "meta.pct_round2").
func Reads(sql string) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range refRe.FindAllStringSubmatch(code(sql), -1) {
		if n := m[1] + "." + m[2]; !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
