-- meta.runs: every run of the pipeline on this outputs folder, from the run
-- journal (outputs/.kinerja/runs.jsonl), including runs that failed or were
-- killed. Wall-clock times live here and in the logs, never in a workbook.
CREATE TABLE meta.runs (
    run_id          VARCHAR NOT NULL,
    period          VARCHAR,
    trigger         VARCHAR,
    started_at      TIMESTAMPTZ,
    finished_at     TIMESTAMPTZ,
    status          VARCHAR NOT NULL,
    error           VARCHAR,
    version         VARCHAR,
    inputs_dir      VARCHAR,
    outputs_dir     VARCHAR,
    pid             INTEGER,
    findings_tinggi INTEGER,
    findings_sedang INTEGER,
    findings_rendah INTEGER,
    findings_info   INTEGER
);
COMMENT ON TABLE meta.runs IS 'Riwayat proses: kapan, periode, pemicu (manual/jadwal/berkas baru), status (selesai, gagal, terputus, berjalan), jumlah temuan per tingkat.';
COMMENT ON COLUMN meta.runs.run_id IS 'Kode unik proses: waktu mulai (UTC) dan akhiran acak.';
COMMENT ON COLUMN meta.runs.period IS 'Periode yang dilaporkan, TTTT-BB (mis. 2018-06).';
COMMENT ON COLUMN meta.runs.trigger IS 'Pemicu: manual, jadwal (cron), atau berkas (berkas baru di folder masukan).';
COMMENT ON COLUMN meta.runs.started_at IS 'Waktu mulai.';
COMMENT ON COLUMN meta.runs.finished_at IS 'Waktu selesai; kosong bila proses terputus.';
COMMENT ON COLUMN meta.runs.status IS 'selesai, gagal (lihat kolom error), terputus (dihentikan paksa sebelum selesai), berjalan.';
COMMENT ON COLUMN meta.runs.error IS 'Alasan kegagalan, satu baris.';
COMMENT ON COLUMN meta.runs.version IS 'Versi program kinerja yang menjalankan.';
COMMENT ON COLUMN meta.runs.inputs_dir IS 'Folder masukan yang dibaca.';
COMMENT ON COLUMN meta.runs.outputs_dir IS 'Folder keluaran.';
COMMENT ON COLUMN meta.runs.pid IS 'Nomor proses di sistem operasi.';
COMMENT ON COLUMN meta.runs.findings_tinggi IS 'Jumlah temuan tingkat tinggi.';
COMMENT ON COLUMN meta.runs.findings_sedang IS 'Jumlah temuan tingkat sedang.';
COMMENT ON COLUMN meta.runs.findings_rendah IS 'Jumlah temuan tingkat rendah.';
COMMENT ON COLUMN meta.runs.findings_info IS 'Jumlah temuan tingkat info.';
