-- clean.sipd_sub_kegiatan: SIPD-RI's realisasi per sub kegiatan and month,
-- cumulative: the sum of the rekening rows clean.sipd uses, from the one
-- export that holds the month. The cell range (or the rows) it is the sum
-- of is where an inspector finds it.
CREATE TABLE clean.sipd_sub_kegiatan AS
SELECT year, month, kode_sub_kegiatan AS kode, any_value(nama_sub_kegiatan) AS uraian, any_value(unit_kegiatan) AS unit_kegiatan,
       any_value(file_id) AS file_id, any_value(file) AS file, any_value(sheet) AS sheet,
       sum(pagu) AS pagu, sum(pagu_murni) AS pagu_murni, sum(realisasi) AS anggaran,
       count(*) AS rekening, min(row_no) AS baris_awal, max(row_no) AS baris_akhir,
       CASE WHEN count(*) = 1 THEN min(realisasi_cell)
            WHEN max(row_no) - min(row_no) + 1 = count(*) THEN min(realisasi_cell) || ':' || max(realisasi_cell)
            ELSE string_agg(realisasi_cell, ', ' ORDER BY row_no) END AS anggaran_cell,
       CASE WHEN count(*) = 1 THEN min(pagu_cell)
            WHEN max(row_no) - min(row_no) + 1 = count(*) THEN min(pagu_cell) || ':' || max(pagu_cell)
            ELSE string_agg(pagu_cell, ', ' ORDER BY row_no) END AS pagu_cell,
       count(*) FILTER (WHERE pagu IS NULL) AS pagu_kosong
FROM clean.sipd WHERE dipakai
GROUP BY year, month, kode_sub_kegiatan;
COMMENT ON TABLE clean.sipd_sub_kegiatan IS 'Realisasi anggaran per sub kegiatan dan bulan menurut SIPD-RI (kumulatif): jumlah baris rekening yang dipakai dari ekspor yang memuat bulan itu.';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.year IS 'Tahun.';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.month IS 'Bulan (realisasi s.d. bulan ini).';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.kode IS 'Kode sub kegiatan.';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.uraian IS 'Nama sub kegiatan.';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.unit_kegiatan IS 'Unit penanggung jawab menurut Renstra.';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.file IS 'Berkas ekspor.';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.sheet IS 'Lembar; kosong untuk .csv.';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.pagu IS 'Jumlah pagu rekeningnya (rupiah).';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.pagu_murni IS 'Jumlah pagu murni rekeningnya (rupiah).';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.anggaran IS 'Jumlah realisasi s.d. bulan ini rekeningnya (rupiah).';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.rekening IS 'Banyak baris rekening yang dijumlah.';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.baris_awal IS 'Baris rekening pertama di berkas.';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.baris_akhir IS 'Baris rekening terakhir di berkas.';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.anggaran_cell IS 'Sel-sel realisasi yang dijumlah (rentang bila bersambung).';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.pagu_cell IS 'Sel-sel pagu yang dijumlah.';
COMMENT ON COLUMN clean.sipd_sub_kegiatan.pagu_kosong IS 'Banyak rekening yang pagunya kosong atau tidak terbaca.';
