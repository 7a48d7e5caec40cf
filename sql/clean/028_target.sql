-- clean.target: every published target of an indicator, from every table
-- that prints one (Tabel 4.1, 6.1, 7.1, 7.2, Lampiran), per year, with its
-- cell. The same indicator in several tables gives several rows; the review
-- lists the years where they disagree.
CREATE TABLE clean.target AS
WITH tables AS (
    SELECT v.file_id, v.sheet, v.row_no, v.form,
           CASE v.form WHEN 'renstra.tabel41' THEN 'Tabel 4.1' WHEN 'renstra.tabel71' THEN 'Tabel 7.1'
                       WHEN 'renstra.tabel72' THEN 'Tabel 7.2' WHEN 'renstra.lampiran' THEN 'Lampiran' END AS sumber,
           v.year, v.num AS value, coalesce(v.percent, false) AS percent, v.unit, v.status, v.raw_text, v.cell,
           (SELECT trim(k.raw_text) FROM raw.values k
             WHERE k.file_id = v.file_id AND k.sheet = v.sheet AND k.row_no = v.row_no AND k.field = 'kode_indikator') AS kode_indikator,
           (SELECT trim(k.raw_text) FROM raw.values k
             WHERE k.file_id = v.file_id AND k.sheet = v.sheet AND k.row_no = v.row_no AND k.field = 'satuan') AS satuan_typed,
           (SELECT k.raw_text FROM raw.values k
             WHERE k.file_id = v.file_id AND k.sheet = v.sheet AND k.row_no = v.row_no AND k.field = 'catatan') AS catatan
    FROM raw.values v
    WHERE v.form IN ('renstra.tabel41', 'renstra.tabel71', 'renstra.tabel72', 'renstra.lampiran')
      AND v.field = 'target'
),
tabel61 AS (
    SELECT r.file_id, r.sheet, r.row_no, 'renstra.tabel61' AS form, 'Tabel 6.1' AS sumber,
           r.year, r.value, r.percent, r.unit, r.status, r.raw_text, r.cell,
           pk.kode_indikator, NULL AS satuan_typed, pk.catatan
    FROM clean.rencana r
    JOIN clean.program_kegiatan pk USING (file_id, sheet, row_no)
    WHERE r.measure = 'target' AND NOT r.akhir AND pk.kode_indikator IS NOT NULL
)
SELECT t.file_id, f.path AS file, t.sheet, t.row_no, t.sumber, t.kode_indikator, t.year,
       t.value, t.percent,
       coalesce(s.satuan, CASE WHEN t.percent THEN '%' END, t.unit, t.satuan_typed) AS satuan,
       t.status, t.raw_text, t.cell, t.catatan
FROM (SELECT * FROM tables UNION ALL SELECT * FROM tabel61) t
JOIN raw.files f USING (file_id)
LEFT JOIN clean.satuan s ON s.typed = lower(coalesce(t.unit, CASE WHEN t.percent THEN '%' END, t.satuan_typed))
WHERE t.kode_indikator IS NOT NULL;
COMMENT ON TABLE clean.target IS 'Target setiap indikator per tahun dari setiap tabel Renstra yang mencantumkannya (Tabel 4.1, 6.1, 7.1, 7.2, Lampiran), dengan sel asalnya.';
COMMENT ON COLUMN clean.target.file_id IS 'Berkas workbook Renstra asal (raw.files.file_id).';
COMMENT ON COLUMN clean.target.file IS 'Jalur workbook Renstra, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.target.sheet IS 'Lembar asal target.';
COMMENT ON COLUMN clean.target.row_no IS 'Nomor baris di lembar, mulai dari 1.';
COMMENT ON COLUMN clean.target.sumber IS 'Tabel Renstra yang mencantumkan target: Tabel 4.1, Tabel 6.1, Tabel 7.1, Tabel 7.2 atau Lampiran.';
COMMENT ON COLUMN clean.target.kode_indikator IS 'Kode indikator (mis. IKU-01, IP-16-1); target tingkat kegiatan dari Lampiran memakai KEG:<nama kegiatan>.';
COMMENT ON COLUMN clean.target.year IS 'Tahun target (mis. 2017).';
COMMENT ON COLUMN clean.target.value IS 'Target terbaca dalam satuan indikator; persen sebagai angka persen (mis. 88,3 untuk 88,3%); kosong bila sel kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.target.percent IS 'Benar bila angka ditulis dengan % atau selnya berformat persen.';
COMMENT ON COLUMN clean.target.satuan IS 'Satuan baku target (lihat clean.satuan), mis. %, orang, UMKM, koperasi.';
COMMENT ON COLUMN clean.target.status IS 'ok (angka terbaca), kosong (sel kosong, "-" atau "N/A"), tidak_terbaca (bukan angka yang sah; ada temuan).';
COMMENT ON COLUMN clean.target.raw_text IS 'Isi sel apa adanya (mis. 0.061 untuk sel persen 6,1%, 780 orang).';
COMMENT ON COLUMN clean.target.cell IS 'Alamat sel asal target (gaya A1).';
COMMENT ON COLUMN clean.target.catatan IS 'Catatan transkripsi baris (mis. nilai bergeser kolom saat konversi PDF); kosong bila tidak ada.';
