-- clean.rencana: every target and Rp figure of Tabel 6.1, per row and year
-- (NULL year = "kondisi akhir periode"), with its cell.
CREATE TABLE clean.rencana AS
SELECT pk.file_id, pk.file, pk.sheet, pk.row_no, pk.seq, pk.blok, pk.kode, pk.jenis, pk.lanjutan,
       CASE v.field WHEN 'target_akhir' THEN 'target' WHEN 'rp_akhir' THEN 'rp' ELSE v.field END AS measure,
       v.field IN ('target_akhir', 'rp_akhir') AS akhir,
       v.year, v.num AS value, coalesce(v.percent, false) AS percent, v.unit, v.status, v.raw_text, v.cell
FROM raw.values v
JOIN clean.program_kegiatan pk ON pk.file_id = v.file_id AND pk.sheet = v.sheet AND pk.row_no = v.row_no
WHERE v.form = 'renstra.tabel61' AND v.field IN ('target', 'rp', 'target_akhir', 'rp_akhir');
COMMENT ON TABLE clean.rencana IS 'Target dan pagu (Rp) Tabel 6.1 per baris dan tahun; tahun kosong = kondisi akhir periode Renstra.';
COMMENT ON COLUMN clean.rencana.file_id IS 'Berkas workbook Renstra asal (raw.files.file_id).';
COMMENT ON COLUMN clean.rencana.file IS 'Jalur workbook Renstra, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.rencana.sheet IS 'Lembar Tabel 6.1 asal nilai.';
COMMENT ON COLUMN clean.rencana.row_no IS 'Nomor baris di lembar, mulai dari 1.';
COMMENT ON COLUMN clean.rencana.seq IS 'Urutan baris di Tabel 6.1 (sama dengan clean.program_kegiatan.seq).';
COMMENT ON COLUMN clean.rencana.blok IS 'Blok belanja: BELANJA TIDAK LANGSUNG atau BELANJA LANGSUNG.';
COMMENT ON COLUMN clean.rencana.kode IS 'Kode rekening baris; kosong untuk baris total blok.';
COMMENT ON COLUMN clean.rencana.jenis IS 'Jenis baris: blok, program, kegiatan, sub kegiatan, belanja tidak langsung.';
COMMENT ON COLUMN clean.rencana.lanjutan IS 'Benar bila nilai berasal dari baris lanjutan (indikator tambahan dari baris di atasnya).';
COMMENT ON COLUMN clean.rencana.measure IS 'Jenis nilai: target (target kinerja) atau rp (pagu indikatif dalam rupiah).';
COMMENT ON COLUMN clean.rencana.akhir IS 'Benar untuk kolom kondisi kinerja pada akhir periode Renstra (year kosong).';
COMMENT ON COLUMN clean.rencana.year IS 'Tahun (mis. 2017); kosong untuk kondisi akhir periode Renstra.';
COMMENT ON COLUMN clean.rencana.value IS 'Angka terbaca: target dalam satuan baris (persen sebagai angka persen, mis. 100 untuk 100%) atau pagu dalam rupiah; kosong bila sel kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.rencana.percent IS 'Benar bila angka ditulis sebagai persen.';
COMMENT ON COLUMN clean.rencana.unit IS 'Satuan yang diketik sesudah angka target, apa adanya (mis. bln, org, kop); kosong untuk Rp dan persen.';
COMMENT ON COLUMN clean.rencana.status IS 'ok (angka terbaca), kosong (sel kosong, "-" atau "N/A"), tidak_terbaca (bukan angka yang sah; ada temuan).';
COMMENT ON COLUMN clean.rencana.raw_text IS 'Isi sel apa adanya (mis. 12 bulan, 100%, 254630384).';
COMMENT ON COLUMN clean.rencana.cell IS 'Alamat sel asal nilai (gaya A1).';
