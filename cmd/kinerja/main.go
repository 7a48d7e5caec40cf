// Command kinerja is the batch ETL and reporting pipeline of the Dinas
// Koperasi dan Usaha Mikro Kota Semarang.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
