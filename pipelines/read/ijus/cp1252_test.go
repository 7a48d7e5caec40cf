package ijus

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding/charmap"
)

// FuzzCP1252 holds the ASCII-skipping decoder to x/text's: the same text
// for any bytes, read through any buffer sizes (one byte at a time, too).
func FuzzCP1252(f *testing.F) {
	f.Add([]byte("Nama;Kecamatan\nS\xe9n\x80 \x81 \x9d;Tugu\r\n"), uint16(7))
	f.Add(bytes.Repeat([]byte("abcdefgh\xe9"), 500), uint16(1))
	f.Add([]byte{}, uint16(3))
	f.Fuzz(func(t *testing.T, in []byte, size uint16) {
		want, err := charmap.Windows1252.NewDecoder().Bytes(in)
		if err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, int(size)%4096+1)
		var got []byte
		r := io.Reader(newCP1252Reader(iotest.HalfReader(bytes.NewReader(in))))
		for {
			n, err := r.Read(buf)
			got = append(got, buf[:n]...)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("decoded %q, x/text %q", got, want)
		}
	})
}
