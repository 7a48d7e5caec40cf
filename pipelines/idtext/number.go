package idtext

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxFracDigits is the precision kept for fractions; the warehouse stores
// numbers as DECIMAL(38,10).
const MaxFracDigits = 10

// maxIntDigits keeps every value inside DECIMAL(38,10).
const maxIntDigits = 28

// Decimal is an exact decimal number. Money and percentages are never held as
// floats: a rasio truncated to a whole number must not depend on binary
// rounding (96,36 must not become 96,3599… and then 95).
type Decimal struct {
	Neg  bool
	Int  string // digits without leading zeros; "0" for values below one
	Frac string // digits without trailing zeros; "" for whole numbers
}

// String renders the value in the C locale ("-1234.5"), the form DuckDB casts
// from.
func (d Decimal) String() string {
	i := d.Int
	if i == "" {
		i = "0"
	}
	s := i
	if d.Frac != "" {
		s += "." + d.Frac
	}
	if d.Neg && !d.IsZero() {
		s = "-" + s
	}
	return s
}

// IsZero reports whether the value is zero.
func (d Decimal) IsZero() bool {
	return strings.Trim(d.Int, "0") == "" && strings.Trim(d.Frac, "0") == ""
}

// Float64 is for display and tests only; computations use the exact digits.
func (d Decimal) Float64() float64 {
	f, _ := strconv.ParseFloat(d.String(), 64)
	return f
}

// Indonesian renders the value the way the seed prints it: "1.234.567,5".
func (d Decimal) Indonesian() string {
	i := d.Int
	if i == "" {
		i = "0"
	}
	var b strings.Builder
	if d.Neg && !d.IsZero() {
		b.WriteByte('-')
	}
	for k := 0; k < len(i); k++ {
		if k > 0 && (len(i)-k)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteByte(i[k])
	}
	if d.Frac != "" {
		b.WriteByte(',')
		b.WriteString(d.Frac)
	}
	return b.String()
}

// Number is a value read from a cell.
type Number struct {
	Value   Decimal
	Percent bool   // typed with a % sign, or a percent-formatted numeric cell
	Unit    string // for quantities ("12 bulan", "200 org"): the unit as typed
	Missing bool   // an explicit "no value": "-", "N/A", blank
}

// ParseError says, in Bahasa Indonesia, why a text is not a number. It is
// meant for the people who typed the text.
type ParseError struct {
	Raw      string
	Expected string
	Reason   string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("%q: %s (diharapkan %s)", e.Raw, e.Reason, e.Expected)
}

// What a number, an amount and a quantity should look like, for findings.
const (
	ExpectNumber   = "angka, mis. 1.025 atau 77,2 atau 77,2%"
	ExpectRupiah   = "nilai rupiah, mis. Rp 2.596.602.000"
	ExpectQuantity = "angka dengan satuan, mis. 200 orang atau 12 bulan"
)

// missingMarkers are what people type for "no value". Zero is never one of
// them: a missing value stays missing.
var missingMarkers = map[string]bool{
	"": true, "-": true, "--": true, "–": true, "—": true,
	"n/a": true, "na": true, "n.a.": true, "n.a": true, "#n/a": true,
}

// ParseNumber reads a number typed the Indonesian way: "1.025" is one
// thousand and twenty-five, "77,2" is 77.2, "77,2%" and "103,57 %" are
// percentages, "(1.234)" is negative, "-" and "N/A" are no value. A number
// with both separators is read by whichever comes last ("1,234.5" is the
// English spelling of 1.234,5). Text that is not exactly a number is an error,
// never a guess.
func ParseNumber(raw string) (Number, error) {
	return parseNumber(raw, MaxFracDigits)
}

func parseNumber(raw string, maxFrac int) (Number, error) {
	s := normalizeSpace(raw)
	if missingMarkers[strings.ToLower(s)] {
		return Number{Missing: true}, nil
	}
	neg, percent, core, ok := stripSignAndPercent(s)
	if !ok {
		return Number{}, &ParseError{Raw: raw, Expected: ExpectNumber, Reason: "tanda kurung atau tanda minus tidak lengkap"}
	}
	d, reason := parseDigits(core, maxFrac)
	if reason != "" {
		return Number{}, &ParseError{Raw: raw, Expected: ExpectNumber, Reason: reason}
	}
	d.Neg = neg && !d.IsZero()
	return Number{Value: d, Percent: percent}, nil
}

// ParseRupiah reads money: everything ParseNumber accepts, plus the "Rp" /
// "Rp." / "IDR" prefix, the ",-" suffix and the words for thousands, millions,
// billions and trillions ("2,5 M", "50 jt", "1,2 miliar").
func ParseRupiah(raw string) (Number, error) {
	s := normalizeSpace(raw)
	lower := strings.ToLower(s)
	for _, p := range []string{"rp.", "rp", "idr"} {
		if strings.HasPrefix(lower, p) {
			s = strings.TrimSpace(s[len(p):])
			lower = strings.ToLower(s)
			break
		}
	}
	for _, suf := range []string{",-", ".-", ",--"} {
		if strings.HasSuffix(s, suf) {
			s = strings.TrimSpace(s[:len(s)-len(suf)])
			lower = strings.ToLower(s)
		}
	}
	if missingMarkers[lower] {
		return Number{Missing: true}, nil
	}
	shift := 0
	if body, word, ok := splitTrailingWord(s); ok {
		if sh, known := multiplierWords[strings.ToLower(word)]; known {
			shift = sh
			s = body
		} else {
			return Number{}, &ParseError{Raw: raw, Expected: ExpectRupiah, Reason: fmt.Sprintf("kata %q tidak dikenal sebagai satuan uang", word)}
		}
	}
	// Round only after scaling: "0,333333333333 M" keeps its digits.
	n, err := parseNumber(s, MaxFracDigits+shift)
	if err != nil {
		return Number{}, &ParseError{Raw: raw, Expected: ExpectRupiah, Reason: err.(*ParseError).Reason}
	}
	if n.Percent {
		return Number{}, &ParseError{Raw: raw, Expected: ExpectRupiah, Reason: "nilai rupiah tidak boleh berupa persen"}
	}
	if n.Missing {
		return n, nil
	}
	v := n.Value.shift(shift)
	n.Value = roundFrac(v.Int, v.Frac, MaxFracDigits)
	n.Value.Neg = v.Neg && !n.Value.IsZero()
	if len(n.Value.Int) > maxIntDigits {
		return Number{}, &ParseError{Raw: raw, Expected: ExpectRupiah, Reason: "angka terlalu besar"}
	}
	return n, nil
}

var multiplierWords = map[string]int{
	"rb": 3, "ribu": 3,
	"jt": 6, "juta": 6,
	"m": 9, "milyar": 9, "miliar": 9, "mlr": 9,
	"t": 12, "triliun": 12,
}

// ParseQuantity reads a target or output written as a number and a unit, as
// in the Renstra: "12 bulan", "200 org", "1.500 UMKM", "100%", "78,5%".
// The unit is returned as typed; normalising units is the clean stage's work.
func ParseQuantity(raw string) (Number, error) {
	s := normalizeSpace(raw)
	if missingMarkers[strings.ToLower(s)] {
		return Number{Missing: true}, nil
	}
	// The number is the leading run of digits, separators, signs and
	// parentheses; what follows is the unit.
	end := 0
	for i, r := range s {
		if unicode.IsDigit(r) || strings.ContainsRune(".,-+() %", r) {
			end = i + utf8.RuneLen(r)
			continue
		}
		break
	}
	numPart := strings.TrimSpace(s[:end])
	unit := strings.TrimSpace(s[end:])
	// "1.500 Org." — a trailing full stop belongs to the abbreviation.
	unit = strings.TrimSuffix(unit, ".")
	if numPart == "" {
		return Number{}, &ParseError{Raw: raw, Expected: ExpectQuantity, Reason: "tidak ada angka di awal"}
	}
	if unit != "" && strings.ContainsAny(unit, "0123456789") {
		return Number{}, &ParseError{Raw: raw, Expected: ExpectQuantity, Reason: "satuan mengandung angka"}
	}
	if unit != "" && utf8.RuneCountInString(unit) < 2 {
		// "12a" is a slip of the finger, not 12 of a unit called "a"
		return Number{}, &ParseError{Raw: raw, Expected: ExpectQuantity, Reason: fmt.Sprintf("huruf %q di belakang angka bukan satuan", unit)}
	}
	n, err := ParseNumber(numPart)
	if err != nil {
		return Number{}, &ParseError{Raw: raw, Expected: ExpectQuantity, Reason: err.(*ParseError).Reason}
	}
	if n.Missing {
		return Number{}, &ParseError{Raw: raw, Expected: ExpectQuantity, Reason: "tidak ada angka di awal"}
	}
	if n.Percent && unit != "" {
		return Number{}, &ParseError{Raw: raw, Expected: ExpectQuantity, Reason: "persen tidak boleh diikuti satuan lain"}
	}
	n.Unit = unit
	return n, nil
}

// ParseCNumber reads the value of a numeric cell as stored in the file (C
// locale, possibly in exponent form: "2596602000", "0.772", "1.5E-3"). Float
// noise beyond MaxFracDigits is rounded away ("0.30000000000000004" → 0.3).
func ParseCNumber(raw string) (Decimal, error) {
	s := strings.TrimSpace(raw)
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return Decimal{}, &ParseError{Raw: raw, Expected: ExpectNumber, Reason: "isi sel angka tidak terbaca"}
	}
	if math.Abs(f) >= 1e28 {
		return Decimal{}, &ParseError{Raw: raw, Expected: ExpectNumber, Reason: "angka terlalu besar"}
	}
	// The shortest representation that round-trips, then exact rounding.
	txt := strconv.FormatFloat(f, 'f', -1, 64)
	neg := strings.HasPrefix(txt, "-")
	txt = strings.TrimPrefix(txt, "-")
	ip, fp, _ := strings.Cut(txt, ".")
	d := roundFrac(ip, fp, MaxFracDigits)
	d.Neg = neg && !d.IsZero()
	return d, nil
}

// DecimalFromInt makes a Decimal from an integer.
func DecimalFromInt(v int64) Decimal {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	return Decimal{Neg: neg, Int: strconv.FormatUint(u, 10)}
}

// shift multiplies by 10^k (k ≥ 0).
func (d Decimal) shift(k int) Decimal {
	if k == 0 {
		return d
	}
	frac := d.Frac + strings.Repeat("0", k)
	ip := strings.TrimLeft(d.Int+frac[:k], "0")
	if ip == "" {
		ip = "0"
	}
	return Decimal{Neg: d.Neg, Int: ip, Frac: strings.TrimRight(frac[k:], "0")}
}

// Mul100 multiplies by one hundred: a fraction from a percent-formatted cell
// (0.772) becomes the percentage the user saw (77,2).
func (d Decimal) Mul100() Decimal { return d.shift(2) }

func normalizeSpace(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\u2009', '\t':
			return ' '
		case '\u2212', '\u2012': // minus sign, figure dash
			return '-'
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// stripSignAndPercent removes a leading sign, enclosing parentheses and a
// trailing percent sign, in any of the orders people type them.
func stripSignAndPercent(s string) (neg, percent bool, core string, ok bool) {
	core = s
	if strings.HasSuffix(core, "%") {
		percent = true
		core = strings.TrimSpace(strings.TrimSuffix(core, "%"))
	}
	if strings.HasPrefix(core, "(") || strings.HasSuffix(core, ")") {
		if !(strings.HasPrefix(core, "(") && strings.HasSuffix(core, ")")) {
			return false, false, "", false
		}
		neg = true
		core = strings.TrimSpace(core[1 : len(core)-1])
		if strings.HasSuffix(core, "%") && !percent {
			percent = true
			core = strings.TrimSpace(strings.TrimSuffix(core, "%"))
		}
	}
	switch {
	case strings.HasPrefix(core, "-"):
		if neg {
			return false, false, "", false
		}
		neg = true
		core = strings.TrimSpace(core[1:])
	case strings.HasPrefix(core, "+"):
		if neg {
			return false, false, "", false
		}
		core = strings.TrimSpace(core[1:])
	}
	return neg, percent, core, true
}

// parseDigits reads the unsigned core of a number and decides which separator
// is the decimal one. It returns a reason (in Indonesian) when the text is not
// a number.
func parseDigits(core string, maxFrac int) (Decimal, string) {
	if core == "" {
		return Decimal{}, "tidak ada angka"
	}
	for _, r := range core {
		if !(r >= '0' && r <= '9') && r != '.' && r != ',' && r != ' ' {
			if unicode.IsLetter(r) {
				return Decimal{}, "berisi huruf"
			}
			return Decimal{}, fmt.Sprintf("berisi tanda %q", r)
		}
	}
	if core[0] < '0' || core[0] > '9' {
		if !(core[0] == ',' || core[0] == '.') {
			return Decimal{}, "tidak diawali angka"
		}
	}
	if strings.Contains(core, " ") {
		// Spaces group thousands ("1 234 567"); they never mix with dots.
		if strings.Contains(core, ".") {
			return Decimal{}, "pemisah ribuan spasi dan titik bercampur"
		}
		intPart, frac, _ := strings.Cut(core, ",")
		if strings.Contains(frac, ",") {
			return Decimal{}, "koma lebih dari satu"
		}
		groups := strings.Split(intPart, " ")
		if !validGroups(groups) {
			return Decimal{}, "pengelompokan ribuan dengan spasi tidak teratur"
		}
		return finish(maxFrac, strings.Join(groups, ""), frac)
	}
	dots := strings.Count(core, ".")
	commas := strings.Count(core, ",")
	switch {
	case dots > 0 && commas > 0:
		lastDot := strings.LastIndex(core, ".")
		lastComma := strings.LastIndex(core, ",")
		thousand, decimal := ".", ","
		if lastDot > lastComma {
			thousand, decimal = ",", "."
		}
		if strings.Count(core, decimal) > 1 {
			return Decimal{}, "pemisah desimal lebih dari satu"
		}
		intPart, frac, _ := strings.Cut(core, decimal)
		if strings.Contains(frac, thousand) {
			return Decimal{}, "pemisah ribuan sesudah pemisah desimal"
		}
		groups := strings.Split(intPart, thousand)
		if !validGroups(groups) {
			return Decimal{}, "pengelompokan ribuan tidak teratur (harus tiga angka per kelompok)"
		}
		return finish(maxFrac, strings.Join(groups, ""), frac)
	case commas > 1:
		// Only English writes several commas: thousands.
		groups := strings.Split(core, ",")
		if !validGroups(groups) {
			return Decimal{}, "koma lebih dari satu"
		}
		return finish(maxFrac, strings.Join(groups, ""), "")
	case commas == 1:
		intPart, frac, _ := strings.Cut(core, ",")
		return finish(maxFrac, intPart, frac)
	case dots > 1:
		groups := strings.Split(core, ".")
		if !validGroups(groups) {
			return Decimal{}, "pengelompokan ribuan tidak teratur (harus tiga angka per kelompok)"
		}
		return finish(maxFrac, strings.Join(groups, ""), "")
	case dots == 1:
		intPart, frac, _ := strings.Cut(core, ".")
		// "1.025" is a thousands separator the Indonesian way. Anything that
		// cannot be thousands grouping ("77.2", "0.125", "1.5") can only be a
		// decimal point.
		if validGroups([]string{intPart, frac}) {
			return finish(maxFrac, intPart+frac, "")
		}
		return finish(maxFrac, intPart, frac)
	default:
		return finish(maxFrac, core, "")
	}
}

// validGroups: the first group has one to three digits and does not start a
// grouped number with zero; every later group has exactly three.
func validGroups(groups []string) bool {
	if len(groups) < 2 {
		return len(groups) == 1 && groups[0] != ""
	}
	first := groups[0]
	if len(first) < 1 || len(first) > 3 || first[0] == '0' {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

func finish(maxFrac int, intPart, frac string) (Decimal, string) {
	if intPart == "" && frac == "" {
		return Decimal{}, "tidak ada angka"
	}
	for _, part := range []string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return Decimal{}, "susunan angka tidak dikenal"
			}
		}
	}
	d := roundFrac(intPart, frac, maxFrac)
	if len(d.Int) > maxIntDigits {
		return Decimal{}, "angka terlalu besar"
	}
	return d, ""
}

// roundFrac normalises digits and rounds the fraction half up to max digits.
func roundFrac(intPart, frac string, max int) Decimal {
	if len(frac) > max {
		up := frac[max] >= '5'
		frac = frac[:max]
		if up {
			digits := []byte(intPart + frac)
			i := len(digits) - 1
			for ; i >= 0; i-- {
				if digits[i] == '9' {
					digits[i] = '0'
					continue
				}
				digits[i]++
				break
			}
			s := string(digits)
			if i < 0 {
				s = "1" + s
			}
			intPart, frac = s[:len(s)-max], s[len(s)-max:]
		}
	}
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	return Decimal{Int: intPart, Frac: strings.TrimRight(frac, "0")}
}

// splitTrailingWord splits "2,5 M" into ("2,5", "M"). ok is false when the
// text ends in a digit, a percent sign or a closing parenthesis.
func splitTrailingWord(s string) (body, word string, ok bool) {
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(s, ".")); strings.HasSuffix(s, ".") && unicode.IsLetter(r) {
		s = strings.TrimSuffix(s, ".") // "50 jt."
	}
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	if i == len(s) {
		return s, "", false
	}
	return strings.TrimSpace(s[:i]), s[i:], true
}

// ParseDecimal reads an exact decimal in the C locale, as DuckDB prints a
// DECIMAL ("-1234.5000000000"), without passing through a float.
func ParseDecimal(s string) (Decimal, error) {
	t := strings.TrimSpace(s)
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(t, "-")
	ip, fp, _ := strings.Cut(t, ".")
	if ip == "" && fp == "" {
		return Decimal{}, &ParseError{Raw: s, Expected: ExpectNumber, Reason: "tidak ada angka"}
	}
	for _, part := range []string{ip, fp} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return Decimal{}, &ParseError{Raw: s, Expected: ExpectNumber, Reason: "susunan angka tidak dikenal"}
			}
		}
	}
	d := roundFrac(ip, fp, MaxFracDigits)
	d.Neg = neg && !d.IsZero()
	return d, nil
}
