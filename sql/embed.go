// Package sqlfiles embeds the warehouse's SQL. A file's folder is its stage
// and its name is the step: sql/<stage>/<NNN>_<name>.sql creates
// <stage>.<name> (or, in meta, a shared definition). Files of a stage are
// applied in name order.
package sqlfiles

import "embed"

// Stages in the order they are applied.
var Stages = []string{"meta", "raw", "clean", "mart"}

//go:embed meta/*.sql raw/*.sql clean/*.sql mart/*.sql
var FS embed.FS
