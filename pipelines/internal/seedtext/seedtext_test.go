package seedtext

import "testing"

// The shipped excerpt is the seed document's own lines, at their numbers:
// checked wherever the whole document is beside the checkout, so the
// figures the tests compare with never drift from the source.
func TestExcerptIsTheSeed(t *testing.T) {
	lines, err := Excerpt()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range lines {
		if l != "" {
			n++
		}
	}
	if n < 150 {
		t.Fatalf("the excerpt holds %d lines", n)
	}
	whole := Whole(t)
	if whole == nil {
		t.Log("the whole seed document is not beside this checkout; the excerpt is used as shipped")
		return
	}
	for i, l := range lines {
		if l != "" && (i >= len(whole) || whole[i] != l) {
			t.Errorf("line %d of the excerpt is not the seed's line %d", i+1, i+1)
		}
	}
}
