package sqlfiles

import (
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"
)

// TestOneFilePerTable: sql/<stage>/<NNN>_<name>.sql creates <stage>.<name>
// and nothing else, and opens with a comment naming it. The meta stage holds
// shared definitions (migrations, runs, macros) and 000_schema.sql files
// create their schema.
func TestOneFilePerTable(t *testing.T) {
	nameRe := regexp.MustCompile(`^(\d{3})_([a-z0-9_]+)\.sql$`)
	createRe := regexp.MustCompile(`(?i)CREATE\s+(?:OR\s+REPLACE\s+)?(TABLE|VIEW)\s+([a-z_]+\.[a-z0-9_]+)`)
	seen := 0
	for _, stage := range folders() {
		entries, err := fs.ReadDir(FS, stage)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			m := nameRe.FindStringSubmatch(e.Name())
			if m == nil {
				t.Errorf("sql/%s/%s: name is not NNN_name.sql", stage, e.Name())
				continue
			}
			b, _ := fs.ReadFile(FS, path.Join(stage, e.Name()))
			text := string(b)
			if !strings.HasPrefix(text, "--") {
				t.Errorf("sql/%s/%s: no leading comment", stage, e.Name())
			}
			if stage == "meta" || m[2] == "schema" {
				continue
			}
			want := stage + "." + m[2]
			creates := createRe.FindAllStringSubmatch(text, -1)
			if len(creates) != 1 || creates[0][2] != want {
				t.Errorf("sql/%s/%s: creates %v, want exactly %s", stage, e.Name(), creates, want)
			}
			if !strings.HasPrefix(text, "-- "+want) {
				t.Errorf("sql/%s/%s: the leading comment does not name %s", stage, e.Name(), want)
			}
			seen++
		}
	}
	if seen < 20 {
		t.Errorf("only %d table files checked", seen)
	}
}

func folders() []string {
	var all []string
	for _, s := range Stages {
		all = append(all, Folders(s)...)
	}
	return all
}

// TestEveryFolderIsEmbedded: a folder of sql/ that no stage builds would
// be SQL nobody runs.
func TestEveryFolderIsEmbedded(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	built := strings.Join(folders(), " ")
	for _, e := range entries {
		if e.IsDir() && !strings.Contains(" "+built+" ", " "+e.Name()+" ") {
			t.Errorf("sql/%s is built by no stage", e.Name())
		}
	}
}
