package ijus

import (
	"encoding/binary"
	"io"

	"golang.org/x/text/encoding/charmap"
)

// cp1252 is the UTF-8 of each byte from 0x80 up in Windows-1252, taken from
// x/text's charmap (the five bytes it leaves undefined are U+FFFD there and
// here).
var cp1252 = func() (t [128]string) {
	d := charmap.Windows1252.NewDecoder()
	for b := range 128 {
		s, _ := d.Bytes([]byte{byte(0x80 + b)})
		t[b] = string(s)
	}
	return t
}()

// cp1252Reader decodes Windows-1252 as charmap's decoder does, byte for
// byte the same text, but passes a run of ASCII on without looking at each
// byte's table entry: an export is almost all ASCII, and the general
// decoder took a third of a second on a million rows.
type cp1252Reader struct {
	r    io.Reader
	in   []byte
	left []byte // decoded bytes that did not fit the last Read
	err  error  // the error the underlying reader gave with them
}

func newCP1252Reader(r io.Reader) *cp1252Reader {
	return &cp1252Reader{r: r, in: make([]byte, 64<<10)}
}

func (c *cp1252Reader) Read(p []byte) (int, error) {
	if len(c.left) > 0 {
		n := copy(p, c.left)
		c.left = c.left[n:]
		if len(c.left) == 0 {
			return n, c.err
		}
		return n, nil
	}
	if c.err != nil {
		return 0, c.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	in := c.in[:min(len(c.in), len(p))]
	m, err := c.r.Read(in)
	in = in[:m]
	n := 0
	for i := 0; i < len(in); {
		// eight ASCII bytes at a time
		if i+8 <= len(in) && binary.LittleEndian.Uint64(in[i:])&0x8080808080808080 == 0 && n+8 <= len(p) {
			copy(p[n:], in[i:i+8])
			n, i = n+8, i+8
			continue
		}
		b := in[i]
		s := ""
		if b >= 0x80 {
			s = cp1252[b-0x80]
		}
		switch {
		case b < 0x80 && n < len(p):
			p[n] = b
			n++
		case b >= 0x80 && n+len(s) <= len(p):
			n += copy(p[n:], s)
		default:
			// p is full: the rest of what was read waits for the next Read
			for _, b := range in[i:] {
				if b < 0x80 {
					c.left = append(c.left, b)
				} else {
					c.left = append(c.left, cp1252[b-0x80]...)
				}
			}
			k := copy(p[n:], c.left)
			c.left, c.err = c.left[k:], err
			return n + k, nil
		}
		i++
	}
	if n == 0 && err == nil {
		return c.Read(p)
	}
	return n, err
}
