-- meta.periode: the period this warehouse reports (one row). Marts that
-- depend on the month (monitoring, the Renja evaluation, year to date) read
-- it. Set by the run: the period asked for, or the latest month any unit
-- reported.
CREATE TABLE meta.periode (
    period VARCHAR NOT NULL,  -- 2018-06
    year   INTEGER NOT NULL,
    month  INTEGER NOT NULL,
    asal   VARCHAR NOT NULL   -- diminta (asked for) or laporan terakhir (latest report)
);
COMMENT ON TABLE meta.periode IS 'Periode yang dilaporkan gudang data ini (satu baris): yang diminta, atau bulan laporan terakhir.';
COMMENT ON COLUMN meta.periode.period IS 'Periode TTTT-BB, mis. 2018-06.';
COMMENT ON COLUMN meta.periode.year IS 'Tahun periode.';
COMMENT ON COLUMN meta.periode.month IS 'Bulan periode, 1–12.';
COMMENT ON COLUMN meta.periode.asal IS 'diminta (--period) atau laporan terakhir (bulan terbaru yang dilaporkan unit).';
