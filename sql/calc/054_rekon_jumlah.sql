-- calc.rekon_jumlah: JUMLAH / TOTAL rows of the monthly reports against the
-- sum of the rows they close. Every number typed in a total row is checked
-- (whatever the column: pagu, realisasi, members, turnover): it must equal
-- the sum of that column over the data rows since the previous total row
-- (a subtotal), or over all data rows above it (a grand total). A column
-- with an unreadable cell among those rows is not checked (the cell has its
-- own finding).
CREATE TABLE calc.rekon_jumlah AS
WITH p AS (SELECT year, month FROM meta.periode),
v AS (
    SELECT n.* FROM clean.nilai_laporan n JOIN p ON n.year = p.year AND n.month <= p.month
),
total_rows AS (
    SELECT file_id, sheet, form, row_no,
           lag(row_no, 1, 0) OVER (PARTITION BY file_id, sheet, form ORDER BY row_no) AS prev_total
    FROM (SELECT DISTINCT file_id, sheet, form, row_no FROM v WHERE row_kind = 'total')
),
t AS (
    SELECT v.*, tr.prev_total FROM v JOIN total_rows tr USING (file_id, sheet, form, row_no)
    WHERE v.row_kind = 'total' AND v.num IS NOT NULL AND v.status = 'ok'
),
s AS (
    SELECT t.unit, t.year, t.month, t.file, t.file_id, t.sheet, t.form, t.row_no, t.field, t.field_year, t.cell, t.raw_text, t.num,
           coalesce(sum(d.num) FILTER (WHERE d.row_no > t.prev_total), 0) AS bagian,
           coalesce(sum(d.num), 0) AS semua,
           bool_or(d.status = 'tidak_terbaca') AS tak_terbaca,
           min(d.row_no) FILTER (WHERE d.row_no > t.prev_total) AS dari, max(d.row_no) AS sampai
    FROM t
    LEFT JOIN v d ON d.file_id = t.file_id AND d.sheet = t.sheet AND d.form = t.form AND d.field = t.field
                 AND d.field_year IS NOT DISTINCT FROM t.field_year AND d.row_kind = 'data' AND d.row_no < t.row_no
    GROUP BY ALL
)
SELECT 'rekon.jumlah' AS rule, 'sedang' AS severity, unit, year, month, NULL AS kode,
       CASE WHEN field_year IS NOT NULL THEN field || ' ' || field_year ELSE field END AS uraian,
       'Baris JUMLAH' AS kolom, num AS nilai,
       CASE WHEN num = semua AND num <> bagian THEN semua ELSE bagian END AS pembanding,
       CAST(num - pembanding AS DECIMAL(38,10)) AS selisih,
       num = bagian OR num = semua AS lolos,
       file, sheet, cell, raw_text,
       'jumlah baris ' || coalesce(dari, row_no) || '–' || coalesce(sampai, row_no) || ' di lembar yang sama' AS pembanding_asal,
       'Baris JUMLAH kolom ' || replace(uraian, '_', ' ') || ' berisi ' || meta.id_num(num) || ', sedangkan jumlah baris-barisnya '
       || meta.id_num(pembanding) || ' (selisih ' || meta.id_num(num - pembanding) || '). Periksa baris yang terlewat atau angka yang diketik ulang.' AS message
FROM s WHERE NOT coalesce(tak_terbaca, false);
COMMENT ON TABLE calc.rekon_jumlah IS 'Rekonsiliasi baris JUMLAH/TOTAL laporan bulanan: angka di baris jumlah dibanding jumlah baris-baris di atasnya.';
COMMENT ON COLUMN calc.rekon_jumlah.rule IS 'Kode aturan rekonsiliasi.';
COMMENT ON COLUMN calc.rekon_jumlah.severity IS 'Tingkat keparahan bila pemeriksaan gagal: tinggi, sedang, rendah.';
COMMENT ON COLUMN calc.rekon_jumlah.unit IS 'Unit yang laporannya diperiksa (KEU: Sub Bagian Keuangan dan Aset).';
COMMENT ON COLUMN calc.rekon_jumlah.year IS 'Tahun laporan.';
COMMENT ON COLUMN calc.rekon_jumlah.month IS 'Bulan laporan.';
COMMENT ON COLUMN calc.rekon_jumlah.kode IS 'Kosong: pemeriksaan mengenai kolom, bukan kegiatan.';
COMMENT ON COLUMN calc.rekon_jumlah.uraian IS 'Uraian kegiatan, nama indikator atau nama kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_jumlah.kolom IS 'Kolom yang diperiksa.';
COMMENT ON COLUMN calc.rekon_jumlah.nilai IS 'Angka di baris JUMLAH.';
COMMENT ON COLUMN calc.rekon_jumlah.pembanding IS 'Jumlah kolom itu atas baris data sejak baris jumlah sebelumnya (atau semua baris di atasnya).';
COMMENT ON COLUMN calc.rekon_jumlah.selisih IS 'nilai − pembanding; kosong bila salah satunya tidak ada.';
COMMENT ON COLUMN calc.rekon_jumlah.lolos IS 'Benar bila pemeriksaan cocok; salah bila menjadi temuan.';
COMMENT ON COLUMN calc.rekon_jumlah.file IS 'Berkas laporan yang diperiksa.';
COMMENT ON COLUMN calc.rekon_jumlah.sheet IS 'Lembar yang diperiksa.';
COMMENT ON COLUMN calc.rekon_jumlah.cell IS 'Sel nilai yang diperiksa; kosong bila tidak mengenai satu sel.';
COMMENT ON COLUMN calc.rekon_jumlah.raw_text IS 'Isi asli sel itu.';
COMMENT ON COLUMN calc.rekon_jumlah.pembanding_asal IS 'Asal angka pembanding: berkas!sel, atau keterangan.';
COMMENT ON COLUMN calc.rekon_jumlah.message IS 'Penjelasan dalam Bahasa Indonesia (untuk pemeriksaan yang gagal).';
