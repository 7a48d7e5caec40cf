package main

import "golang.org/x/sys/unix"

type unixStatfs struct{ unix.Statfs_t }

func (s *unixStatfs) free() int64 { return int64(s.Bavail) * int64(s.Bsize) }

func statfs(path string, s *unixStatfs) error { return unix.Statfs(path, &s.Statfs_t) }
