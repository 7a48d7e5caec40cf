package ijus

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestParseNIK(t *testing.T) {
	for _, c := range []struct {
		in      string
		valid   bool
		female  bool
		day     int
		problem string
	}{
		{"3374011203900001", true, false, 12, ""},
		{"3374 0152 0390 0001", true, true, 12, ""}, // 52 = the 12th, a woman
		{"3374.01.710390.0001", true, true, 31, ""},
		{"3374012902000001", true, false, 29, ""}, // 29 Februari
		{"337401120390001", false, false, 0, "16 angka"},
		{"33740112039000011", false, false, 0, "16 angka"},
		{"33740112O3900001", false, false, 0, "huruf"},
		{"0074011203900001", false, false, 0, "provinsi"},
		{"9974011203900001", false, false, 0, "provinsi"},
		{"3300011203900001", false, false, 0, "00"},
		{"3374010003900001", false, false, 0, "bukan tanggal"},
		{"3374013104900001", false, false, 0, "bukan tanggal"}, // 31 April
		{"3374013503900001", false, false, 0, "bukan tanggal"}, // day 35: neither a man's nor a woman's
		{"3374011213900001", false, false, 0, "bukan tanggal"}, // month 13
		{"3374011203900000", false, false, 0, "0000"},
		{"", false, false, 0, "16 angka"},
	} {
		n := ParseNIK(c.in)
		if n.Valid != c.valid || n.Female != c.female || n.BirthDay != c.day || !strings.Contains(n.Problem, c.problem) {
			t.Errorf("ParseNIK(%q) = %+v", c.in, n)
		}
		if !n.Valid && n.Problem == "" {
			t.Errorf("ParseNIK(%q): invalid without a reason", c.in)
		}
	}
}

var sixteen = regexp.MustCompile(`\d{16}`)

func TestMaskAndHashNeverShowTheNIK(t *testing.T) {
	const nik = "3374011203900001"
	if got := Mask(nik); got != "337401********01" {
		t.Errorf("Mask = %q", got)
	}
	if got := Mask("33740112039000"); got != "****************" {
		t.Errorf("a mistyped NIK is masked whole: %q", got)
	}
	k1, k2 := Key("kunci-satu-untuk-uji"), Key("kunci-dua-untuk-uji!")
	h := k1.Hash(nik)
	if len(h) != 64 || h != k1.Hash("3374 0112 0390 0001") || h == k2.Hash(nik) || strings.Contains(h, nik) {
		t.Errorf("Hash: %q", h)
	}
	if k1.Hash("123") != "" || Key(nil).Hash(nik) != "" {
		t.Error("no hash without 16 digits or without a key")
	}
}

func TestLoadKey(t *testing.T) {
	const long = "kunci-dari-lingkungan-yang-cukup-panjang"
	t.Setenv("KINERJA_NIK_KEY", "")
	t.Setenv("KINERJA_NIK_KEY_FILE", "")
	if _, _, err := LoadKey(); !errors.Is(err, ErrNoKey) {
		t.Errorf("no key configured: %v", err)
	}
	t.Setenv("KINERJA_NIK_KEY", "aaaaaaaaaaaaaaaa") // sixteen a: too weak
	if _, _, err := LoadKey(); err == nil || !strings.Contains(err.Error(), "terlalu pendek") {
		t.Errorf("a short key: %v", err)
	}
	t.Setenv("KINERJA_NIK_KEY", long)
	if k, _, err := LoadKey(); err != nil || string(k) != long {
		t.Errorf("key from the environment: %q %v", k, err)
	}
	t.Setenv("KINERJA_NIK_KEY", "")
	outside, inputs := t.TempDir(), t.TempDir()
	good := filepath.Join(outside, "nik.key")
	os.WriteFile(good, []byte(long+"\n"), 0o600)
	t.Setenv("KINERJA_NIK_KEY_FILE", good)
	if k, warn, err := LoadKey(inputs); err != nil || string(k) != long || warn != "" {
		t.Errorf("key from a file outside: %q %q %v", k, warn, err)
	}
	os.Chmod(good, 0o644)
	if _, warn, err := LoadKey(inputs); err != nil || !strings.Contains(warn, "chmod 600") {
		t.Errorf("a key file others may read: warning %q, %v", warn, err)
	}
	for name, setup := range map[string]func() string{
		"missing": func() string { return filepath.Join(outside, "tidak-ada.key") },
		"short": func() string {
			p := filepath.Join(outside, "pendek.key")
			os.WriteFile(p, []byte("pendek"), 0o600)
			return p
		},
		"inside the inputs": func() string {
			p := filepath.Join(inputs, "rahasia", "nik.key")
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, []byte(long), 0o600)
			return p
		},
		"a link to a file inside the inputs": func() string {
			target := filepath.Join(inputs, "lain.key")
			os.WriteFile(target, []byte(long), 0o600)
			link := filepath.Join(outside, "tautan.key")
			os.Symlink(target, link)
			return link
		},
	} {
		t.Setenv("KINERJA_NIK_KEY_FILE", setup())
		if _, _, err := LoadKey(inputs); err == nil || errors.Is(err, ErrNoKey) {
			t.Errorf("%s key file: %v; it must stop the run", name, err)
		}
	}
}

// TestGeneratedNIKAgreeWithTheParser: the sample's clean NIK are valid and
// code the gender typed beside them; its malformed ones are not valid.
func TestGeneratedNIKAgreeWithTheParser(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ijus.csv")
	if _, err := Generate(path, Options{Rows: 5000, Seed: 11, Format: "csv"}); err != nil {
		t.Fatal(err)
	}
	invalid, mismatch := 0, 0
	for _, r := range readBack(t, path) {
		if r["nik"] == "" {
			continue
		}
		n := ParseNIK(r["nik"])
		switch {
		case !n.Valid:
			invalid++
		case n.Female != (r["jk"] == "P"):
			mismatch++
		}
	}
	if invalid != 50 || mismatch != 25 {
		t.Errorf("%d invalid NIK (want the 50 planted), %d gender mismatches (want 25)", invalid, mismatch)
	}
}

func FuzzParseNIK(f *testing.F) {
	for _, s := range []string{"3374017102000001", "3374013102000001", "3374016902000001", "3374012902990001", "3374013104900001", "1100011203900000", "9500011203900001", "3374 0152 0390 0001 7", "3374.01.710390.000", "3374011203900001", "3374 0152 0390 0001", "33740112O3900001", "", "9999999999999999", "3374.01.710390.0001", "٣٣٧٤٠١١٢٠٣٩٠٠٠٠١"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := ParseNIK(s)
		if want := parseNIKReference(s); n != want {
			t.Errorf("ParseNIK(%q) = %+v, the plain reading gives %+v", s, n, want)
		}
		if n.Valid && (Digits(s) == "" || n.BirthDay < 1 || n.BirthDay > 31 || n.BirthMon < 1 || n.BirthMon > 12 || n.Problem != "") {
			t.Errorf("ParseNIK(%q) = %+v", s, n)
		}
		if !n.Valid && n.Problem == "" {
			t.Errorf("ParseNIK(%q): invalid without a reason", s)
		}
		if m := Mask(s); sixteen.MatchString(m) || strings.Count(m, "*") < 8 && m != "" {
			t.Errorf("Mask(%q) = %q shows too much", s, m)
		}
		h, d := Key("kunci-uji-fuzz-0001").Hash(s), Digits(s)
		if d != "" && strings.Contains(h, d) {
			t.Errorf("Hash(%q) contains the NIK", s)
		}
	})
}

// TestHasherReused: a Hasher used for row after row gives each NIK the
// HMAC-SHA-256 of its digits, as a fresh HMAC would, and no hash to what
// is not 16 digits.
func TestHasherReused(t *testing.T) {
	key := Key("kunci-uji-yang-cukup-panjang-0123456789")
	h := key.Hasher()
	for _, nik := range []string{"3374015501900001", "3374 0155 0190 0002", "", "337401550190000", "3374-0155-0190-0001", "33740155019000011"} {
		want := ""
		if d := Digits(nik); d != "" {
			m := hmac.New(sha256.New, key)
			m.Write([]byte(d))
			want = hex.EncodeToString(m.Sum(nil))
		}
		if got := h.Hash(nik); got != want {
			t.Errorf("Hash(%q) = %q, want %q", nik, got, want)
		}
		if got := key.Hash(nik); got != want {
			t.Errorf("Key.Hash(%q) = %q, want %q", nik, got, want)
		}
	}
	if got := Key(nil).Hasher().Hash("3374015501900001"); got != "" {
		t.Errorf("no key: hash %q, want none", got)
	}
}

// parseNIKReference is ParseNIK as first written, plainly: the fuzz target
// holds the faster one to it.
func parseNIKReference(s string) NIK {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '.' || r == '-' || r == '\u00a0':
		default:
			return NIK{Problem: "NIK berisi huruf atau tanda selain angka"}
		}
	}
	d := b.String()
	if len(d) != 16 {
		return NIK{Problem: fmt.Sprintf("NIK harus 16 angka, ini %d angka", len(d))}
	}
	n := NIK{Region: d[:6]}
	prov, _ := strconv.Atoi(d[:2])
	if prov < 11 || prov > 94 {
		return NIK{Problem: "dua angka pertama NIK (kode provinsi " + d[:2] + ") bukan kode provinsi"}
	}
	if d[2:4] == "00" || d[4:6] == "00" {
		return NIK{Problem: "kode kabupaten/kota atau kecamatan dalam NIK 00"}
	}
	day, _ := strconv.Atoi(d[6:8])
	mon, _ := strconv.Atoi(d[8:10])
	yy, _ := strconv.Atoi(d[10:12])
	if day > 40 {
		n.Female, day = true, day-40
	}
	if mon < 1 || mon > 12 || day < 1 || time.Date(2000, time.Month(mon), day, 0, 0, 0, 0, time.UTC).Day() != day {
		return NIK{Problem: "tanggal lahir dalam NIK (" + d[6:12] + ") bukan tanggal"}
	}
	if d[12:] == "0000" {
		return NIK{Problem: "nomor urut NIK 0000"}
	}
	n.Valid, n.BirthDay, n.BirthMon, n.BirthYY = true, day, mon, yy
	return n
}
