// Package sqlfiles embeds the warehouse's SQL. A file's folder is its
// schema and its name the table: sql/<schema>/<NNN>_<name>.sql creates
// <schema>.<name> (or, in meta, a shared definition). The files of a stage
// apply in the order their references ask for (a file after every file
// whose table it reads), the name deciding only between files that do not
// depend on each other.
package sqlfiles

import "embed"

// Stages in the order they are applied.
var Stages = []string{"meta", "raw", "clean", "mart"}

// Folders are the schemas a stage builds: the mart stage builds calc (the
// steps the mart is computed through, read by nothing but SQL) and mart
// (what the writers and the analysts read) together, since each reads the
// other's tables.
func Folders(stage string) []string {
	if stage == "mart" {
		return []string{"calc", "mart"}
	}
	return []string{stage}
}

//go:embed meta/*.sql raw/*.sql clean/*.sql calc/*.sql mart/*.sql
var FS embed.FS
