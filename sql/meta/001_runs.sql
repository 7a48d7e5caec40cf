-- meta.runs: one row per run of the pipeline. Wall-clock times live here and
-- in the logs, never inside a workbook.
CREATE TABLE meta.runs (
    run_id       VARCHAR NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    trigger      VARCHAR NOT NULL,
    inputs_dir   VARCHAR NOT NULL,
    outputs_dir  VARCHAR NOT NULL,
    status       VARCHAR NOT NULL,
    version      VARCHAR NOT NULL
);
COMMENT ON TABLE meta.runs IS 'Riwayat proses: kapan dijalankan, oleh apa (manual/jadwal), folder masukan dan keluaran, status.';
