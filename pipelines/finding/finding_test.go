package finding

import (
	"strings"
	"testing"
)

func TestRedactNIK(t *testing.T) {
	var l Log
	l.Add(Finding{Severity: Sedang, Rule: "x", Raw: "3374011203900001", Message: "NIK 3374011203900001 ganda"})
	f := l.All()[0]
	if strings.Contains(f.Raw+f.Message, "3374011203900001") || !strings.Contains(f.Raw, "337401") {
		t.Errorf("NIK not masked: %+v", f)
	}
}

func TestOrder(t *testing.T) {
	var l Log
	for _, c := range []string{"A10", "B1", "A2"} {
		l.Add(Finding{File: "f", Sheet: "s", Cell: c})
	}
	var got []string
	for _, f := range l.All() {
		got = append(got, f.Cell)
	}
	if strings.Join(got, ",") != "B1,A2,A10" {
		t.Errorf("order %v, want B1,A2,A10 (row first)", got)
	}
}
