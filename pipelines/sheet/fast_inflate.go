// Inflating a sheet in a goroutine of its own, in chunks the scanner reads.

package sheet

import (
	"io"
)

// chunk is a piece of inflated sheet XML.
type chunk struct {
	b       []byte
	err     error
	release func()
}

const chunkSize = 1 << 20

// inflate reads rc in a goroutine of its own into chunks of size bytes
// (made as needed: a small sheet needs one), at most a few ahead of the
// reader; stop ends it early.
func inflate(rc io.ReadCloser, size int) (<-chan chunk, func()) {
	out := make(chan chunk, 2)
	quit := make(chan struct{})
	free := make(chan []byte, 4)
	for range 4 {
		free <- nil // made when first needed
	}
	go func() {
		defer close(out)
		defer rc.Close()
		for {
			var b []byte
			select {
			case b = <-free:
			case <-quit:
				return
			}
			if b == nil {
				b = make([]byte, size)
			}
			n, err := io.ReadFull(rc, b)
			if err == io.ErrUnexpectedEOF {
				err = io.EOF
			}
			c := chunk{b: b[:n], err: err, release: func() { free <- b[:cap(b)] }}
			select {
			case out <- c:
			case <-quit:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	var stopped bool
	return out, func() {
		if !stopped {
			stopped = true
			close(quit)
			for range out {
			}
		}
	}
}
