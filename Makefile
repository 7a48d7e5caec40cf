# kinerja — the two commands that matter: `make run` and `make test`.
# The DuckDB driver is cgo (a C++ library compiled in); the first build takes
# about a minute, later ones use the Go build cache.

GO      ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
BIN     := bin/kinerja
VERSION := $(shell git describe --always --dirty 2>/dev/null || echo dev)

# duckdb_arrow turns on duckdb-go's Arrow interface, which loads raw rows.
export GOFLAGS := -tags=duckdb_arrow
export CGO_ENABLED := 1

.PHONY: build run test bench fuzz vet clean

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/kinerja

run: build
	./$(BIN) run --inputs inputs --outputs outputs

vet:
	$(GO) vet ./...

test: vet
	$(GO) test -count=1 -timeout 60m ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Each fuzz target for FUZZTIME (default 30s); go test runs one target at a time.
FUZZTIME ?= 30s
fuzz:
	$(GO) test ./pipelines/idtext -run '^$$' -fuzz '^FuzzParseNumber$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/idtext -run '^$$' -fuzz '^FuzzParseRupiah$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/idtext -run '^$$' -fuzz '^FuzzParseQuantity$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/idtext -run '^$$' -fuzz '^FuzzParseDate$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/idtext -run '^$$' -fuzz '^FuzzParseYesNoGenderMonth$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/idtext -run '^$$' -fuzz '^FuzzParseMonthYear$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/sheet -run '^$$' -fuzz '^FuzzFindHeader$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/read/monthly -run '^$$' -fuzz '^FuzzFromPath$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/finding -run '^$$' -fuzz '^FuzzRedact$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/read/ijus -run '^$$' -fuzz '^FuzzParseNIK$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/read/ijus -run '^$$' -fuzz '^FuzzMatchHeader$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/read/ijus -run '^$$' -fuzz '^FuzzCP1252$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/read/oss -run '^$$' -fuzz '^FuzzMatchHeader$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/read/sipd -run '^$$' -fuzz '^FuzzMatchHeader$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/read/sipd -run '^$$' -fuzz '^FuzzPeriod$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/warehouse -run '^$$' -fuzz '^FuzzFastDecimal$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/sheet -run '^$$' -fuzz '^FuzzFastRows$$' -fuzztime $(FUZZTIME)
	$(GO) test ./pipelines/sheet -run '^$$' -fuzz '^FuzzFastRowsSheetXML$$' -fuzztime $(FUZZTIME)

clean:
	rm -rf bin outputs/*.xlsx outputs/*.duckdb outputs/.kinerja-build-*
