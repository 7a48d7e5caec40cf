-- mart.rencana_tahunan: what each unit plans for each year of the Renstra
-- that covers it — one row per Tabel 6.1 row and year: kegiatan with their
-- output target and pagu, programs with their outcome indicators. The
-- monthly templates and the monitoring are built from it. A kegiatan printed
-- on two rows (unit changed between years) takes, for each year, the row
-- that has that year. A year is planned by the Renstra in force for it
-- (clean.renstra_berlaku; berlaku); the rows of a plan's kondisi awal year
-- are kept too when another plan is in force that year (berlaku false), for
-- the Renja evaluation's realisasi of the plan's earlier years. Every other
-- reader takes berlaku rows only.
CREATE TABLE mart.rencana_tahunan AS
WITH per_year AS (
    SELECT r.file_id, r.row_no, r.year,
           max(r.value)    FILTER (WHERE r.measure = 'target' AND r.status = 'ok') AS target,
           max(r.raw_text) FILTER (WHERE r.measure = 'target' AND r.status = 'ok') AS target_text,
           bool_or(r.percent) FILTER (WHERE r.measure = 'target' AND r.status = 'ok') AS persen,
           max(r.unit)     FILTER (WHERE r.measure = 'target' AND r.status = 'ok') AS target_unit,
           max(r.value)    FILTER (WHERE r.measure = 'rp' AND r.status = 'ok')     AS pagu,
           max(r.cell)     FILTER (WHERE r.measure = 'target')                     AS target_cell,
           max(r.cell)     FILTER (WHERE r.measure = 'rp')                         AS pagu_cell
    FROM clean.rencana r
    WHERE NOT r.akhir AND r.year IS NOT NULL
    GROUP BY r.file_id, r.row_no, r.year
),
akhir AS (
    SELECT file_id, row_no,
           max(value) FILTER (WHERE measure = 'target') AS target_akhir,
           max(value) FILTER (WHERE measure = 'rp')     AS pagu_akhir
    FROM clean.rencana WHERE akhir AND status = 'ok'
    GROUP BY file_id, row_no
)
SELECT pk.unit, y.year, pk.seq, pk.kode, pk.parent_kode, pk.jenis, pk.blok, pk.tingkat, pk.daun, pk.lanjutan,
       pk.uraian, pk.indikator, pk.kode_indikator,
       coalesce(s.satuan, CASE WHEN y.persen THEN '%' END, i.satuan, y.target_unit) AS satuan,
       y.target, y.target_text, coalesce(y.persen, false) AS persen, y.pagu, a.target_akhir, a.pagu_akhir,
       pk.file, pk.sheet, y.target_cell, y.pagu_cell,
       coalesce(b.file_id = y.file_id, false) AS berlaku
FROM per_year y
JOIN clean.program_kegiatan pk ON pk.file_id = y.file_id AND pk.row_no = y.row_no
JOIN clean.renstra rs ON rs.file_id = y.file_id AND y.year BETWEEN rs.periode_awal AND rs.periode_akhir
LEFT JOIN clean.renstra_berlaku b ON b.year = y.year
LEFT JOIN akhir a ON a.file_id = y.file_id AND a.row_no = y.row_no
LEFT JOIN clean.satuan s ON s.typed = lower(y.target_unit)
LEFT JOIN clean.indikator i ON i.file_id = pk.file_id AND i.kode = pk.kode_indikator
WHERE (y.target IS NOT NULL OR y.pagu IS NOT NULL) AND pk.jenis <> 'blok'
  AND (b.file_id = y.file_id OR y.year = coalesce(rs.tahun_awal_perencanaan, rs.periode_awal));
COMMENT ON TABLE mart.rencana_tahunan IS 'Rencana tiap unit per tahun dari Tabel 6.1 Renstra yang berlaku: kegiatan dengan target keluaran dan pagu, program dengan indikator hasilnya. Dasar templat laporan bulanan dan monitoring.';
COMMENT ON COLUMN mart.rencana_tahunan.unit IS 'Unit penanggung jawab baris ini (kode).';
COMMENT ON COLUMN mart.rencana_tahunan.year IS 'Tahun rencana.';
COMMENT ON COLUMN mart.rencana_tahunan.seq IS 'Urutan baris di Tabel 6.1.';
COMMENT ON COLUMN mart.rencana_tahunan.kode IS 'Kode rekening program atau kegiatan.';
COMMENT ON COLUMN mart.rencana_tahunan.parent_kode IS 'Kode induk (program untuk kegiatan).';
COMMENT ON COLUMN mart.rencana_tahunan.jenis IS 'program, kegiatan, sub kegiatan, atau belanja tidak langsung.';
COMMENT ON COLUMN mart.rencana_tahunan.blok IS 'BELANJA LANGSUNG atau BELANJA TIDAK LANGSUNG.';
COMMENT ON COLUMN mart.rencana_tahunan.tingkat IS 'Tingkat dalam blok: 1 program, 2 kegiatan, 3 sub kegiatan (Renstra 90/2019).';
COMMENT ON COLUMN mart.rencana_tahunan.daun IS 'Benar untuk baris anggaran (kegiatan Renstra 13/2006, sub kegiatan Renstra 90/2019): tanpa baris di bawahnya.';
COMMENT ON COLUMN mart.rencana_tahunan.lanjutan IS 'Benar untuk baris indikator tambahan sebuah program (tanpa pagu sendiri).';
COMMENT ON COLUMN mart.rencana_tahunan.uraian IS 'Nama program atau kegiatan.';
COMMENT ON COLUMN mart.rencana_tahunan.indikator IS 'Indikator kinerja baris ini seperti tercetak.';
COMMENT ON COLUMN mart.rencana_tahunan.kode_indikator IS 'Kode indikator (clean.indikator) untuk indikator program; kosong untuk keluaran kegiatan.';
COMMENT ON COLUMN mart.rencana_tahunan.satuan IS 'Satuan target (%, orang, koperasi, UMKM, bulan, …).';
COMMENT ON COLUMN mart.rencana_tahunan.target IS 'Target tahun itu (angka).';
COMMENT ON COLUMN mart.rencana_tahunan.target_text IS 'Target seperti tertulis di Renstra (mis. 200 org).';
COMMENT ON COLUMN mart.rencana_tahunan.persen IS 'Benar bila target berupa persen.';
COMMENT ON COLUMN mart.rencana_tahunan.pagu IS 'Pagu indikatif tahun itu (rupiah).';
COMMENT ON COLUMN mart.rencana_tahunan.target_akhir IS 'Target kondisi akhir periode Renstra baris ini (angka).';
COMMENT ON COLUMN mart.rencana_tahunan.pagu_akhir IS 'Pagu kumulatif pada akhir periode Renstra (Tabel 6.1, kolom kondisi akhir Rp); kosong bila tidak tercetak.';
COMMENT ON COLUMN mart.rencana_tahunan.file IS 'Berkas Renstra asal.';
COMMENT ON COLUMN mart.rencana_tahunan.sheet IS 'Lembar asal (Tabel 6.1).';
COMMENT ON COLUMN mart.rencana_tahunan.target_cell IS 'Sel asal target.';
COMMENT ON COLUMN mart.rencana_tahunan.pagu_cell IS 'Sel asal pagu.';
COMMENT ON COLUMN mart.rencana_tahunan.berlaku IS 'Benar bila Renstra baris ini yang diikuti tahun itu (clean.renstra_berlaku); salah hanya untuk tahun kondisi awal sebuah Renstra yang tahunnya diikuti Renstra lain.';
