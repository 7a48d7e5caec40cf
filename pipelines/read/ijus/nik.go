package ijus

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"os"
	"path/filepath"
	"strings"
)

// NIK is what can be told from a national ID number (Nomor Induk
// Kependudukan) without keeping it: 2 digits of province, 2 of kabupaten/
// kota, 2 of kecamatan, the birth date as DDMMYY with 40 added to the day
// for women, and a 4-digit serial.
type NIK struct {
	Valid    bool
	Problem  string // in Bahasa Indonesia, when not Valid
	Region   string // the first six digits: 337401 is Kecamatan Semarang Tengah
	Female   bool
	BirthDay int // day and month of birth; the year is two digits only
	BirthMon int
	BirthYY  int
}

// ParseNIK reads a NIK as typed: spaces, dots and dashes between digit
// groups are allowed; anything else that is not 16 digits, or a province
// code no province has, or a birth date no calendar has, is not valid.
// (The digits are gathered in an array: a million-row export spent a
// third of a second growing a string for each.)
func ParseNIK(s string) NIK {
	var d [16]byte
	n := 0 // the digits seen, also past the sixteenth
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			if n < len(d) {
				d[n] = byte(r)
			}
			n++
		case r == ' ' || r == '.' || r == '-' || r == '\u00a0':
		default:
			return NIK{Problem: "NIK berisi huruf atau tanda selain angka"}
		}
	}
	if n != len(d) {
		return NIK{Problem: fmt.Sprintf("NIK harus 16 angka, ini %d angka", n)}
	}
	two := func(i int) int { return int(d[i]-'0')*10 + int(d[i+1]-'0') }
	if prov := two(0); prov < 11 || prov > 94 {
		return NIK{Problem: "dua angka pertama NIK (kode provinsi " + string(d[:2]) + ") bukan kode provinsi"}
	}
	if two(2) == 0 || two(4) == 0 {
		return NIK{Problem: "kode kabupaten/kota atau kecamatan dalam NIK 00"}
	}
	nik := NIK{Region: string(d[:6])}
	day, mon, yy := two(6), two(8), two(10)
	if day > 40 {
		nik.Female, day = true, day-40
	}
	// the days of each month in a leap year: 29 Februari is a date
	days := [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if mon < 1 || mon > 12 || day < 1 || day > days[mon] {
		return NIK{Problem: "tanggal lahir dalam NIK (" + string(d[6:12]) + ") bukan tanggal"}
	}
	if string(d[12:]) == "0000" {
		return NIK{Problem: "nomor urut NIK 0000"}
	}
	nik.Valid, nik.BirthDay, nik.BirthMon, nik.BirthYY = true, day, mon, yy
	return nik
}

// Digits is the NIK's 16 digits, or "" when it has not. (Bytes, not
// runes: no byte of a multi-byte UTF-8 sequence is an ASCII digit.)
func Digits(s string) string {
	var d [16]byte
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			if n == len(d) {
				return ""
			}
			d[n] = c
			n++
		}
	}
	if n != len(d) {
		return ""
	}
	return string(d[:]) // a copy: s may be a reader's transient buffer
}

// Mask shows a NIK's region and the last two digits only: 337401********01.
// Anything that is not 16 digits is masked whole, so no part of a mistyped
// NIK is shown either.
func Mask(s string) string {
	d := Digits(s)
	if d == "" {
		if strings.TrimSpace(s) == "" {
			return ""
		}
		return "****************"
	}
	return d[:6] + "********" + d[14:]
}

// Key is the secret the NIK hashes are keyed with. It never comes from the
// code: from KINERJA_NIK_KEY, or from the file KINERJA_NIK_KEY_FILE names,
// which must not lie inside the folders kinerja reads or writes.
type Key []byte

// ErrNoKey says no key was configured; NIK cannot then be kept in any form
// that joins, only masked.
var ErrNoKey = errors.New("kunci NIK belum diatur: isi KINERJA_NIK_KEY atau KINERJA_NIK_KEY_FILE (berkas di luar folder masukan dan keluaran)")

// MinKeyBytes is the least key material a NIK key may have: a shorter one
// could be guessed, and the hashes with it.
const MinKeyBytes = 32

// LoadKey reads the key NIK are hashed with: KINERJA_NIK_KEY, else the
// file KINERJA_NIK_KEY_FILE names. Without either it returns ErrNoKey.
// A named key that is missing, unreadable, shorter than MinKeyBytes, or
// whose file lies inside one of the forbidden folders once links are
// resolved is an error, never a quiet fallback. A key file others may read
// is allowed, and its warning returned, as ssh warns of a loose key.
func LoadKey(forbidden ...string) (Key, string, error) {
	if k := os.Getenv("KINERJA_NIK_KEY"); k != "" {
		if len(k) < MinKeyBytes {
			return nil, "", fmt.Errorf("KINERJA_NIK_KEY terlalu pendek: paling sedikit %d karakter (buat dengan: head -c 32 /dev/urandom | base64)", MinKeyBytes)
		}
		return Key(k), "", nil
	}
	path := os.Getenv("KINERJA_NIK_KEY_FILE")
	if path == "" {
		return nil, "", ErrNoKey
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, "", err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, "", fmt.Errorf("berkas kunci NIK %s tidak dapat dibaca: %w", path, err)
	}
	for _, dir := range forbidden {
		d, err := filepath.Abs(dir)
		if err != nil {
			continue
		}
		if r, err := filepath.EvalSymlinks(d); err == nil {
			d = r
		}
		if rel, err := filepath.Rel(d, real); err == nil && rel != ".." && !strings.HasPrefix(rel, "../") {
			return nil, "", fmt.Errorf("berkas kunci NIK %s ada di dalam %s; simpan di luar folder yang dibaca atau ditulis kinerja", path, dir)
		}
	}
	st, err := os.Stat(real)
	if err != nil {
		return nil, "", fmt.Errorf("berkas kunci NIK: %w", err)
	}
	b, err := os.ReadFile(real)
	if err != nil {
		return nil, "", fmt.Errorf("berkas kunci NIK: %w", err)
	}
	k := strings.TrimSpace(string(b))
	if len(k) < MinKeyBytes {
		return nil, "", fmt.Errorf("kunci NIK di %s terlalu pendek: paling sedikit %d karakter (buat dengan: head -c 32 /dev/urandom | base64 > %s)", path, MinKeyBytes, path)
	}
	warning := ""
	if st.Mode().Perm()&0o077 != 0 {
		warning = fmt.Sprintf("berkas kunci NIK %s dapat dibaca pengguna lain (mode %v); batasi dengan: chmod 600 %s", path, st.Mode().Perm(), path)
	}
	return Key(k), warning, nil
}

// Hash is the keyed hash (HMAC-SHA-256) of a NIK's digits: the same person
// gets the same hash in every run with the same key, so registrations join
// and de-duplicate, and without the key the hash says nothing. A value that
// is not 16 digits has no hash.
func (k Key) Hash(s string) string {
	return k.Hasher().Hash(s)
}

// Hasher is a Key's HMAC kept for many NIK: a reader of a million rows
// sets the key up once, not once a row (0,6 s of a million-row export).
// It is not safe for concurrent use.
type Hasher struct {
	key Key
	mac hash.Hash
	sum []byte
	hex [2 * sha256.Size]byte
}

// Hasher is a Hasher of NIK with k.
func (k Key) Hasher() *Hasher {
	h := &Hasher{key: k}
	if len(k) > 0 {
		h.mac = hmac.New(sha256.New, k)
	}
	return h
}

// Hash is Key.Hash with the Hasher's key.
func (h *Hasher) Hash(s string) string {
	d := Digits(s)
	if d == "" || h.mac == nil {
		return ""
	}
	h.mac.Reset()
	h.mac.Write([]byte(d))
	h.sum = h.mac.Sum(h.sum[:0])
	hex.Encode(h.hex[:], h.sum)
	return string(h.hex[:])
}
