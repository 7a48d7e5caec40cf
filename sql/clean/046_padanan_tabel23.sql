-- clean.padanan_tabel23: rows of the published Tabel 2.3 paired by a planner
-- with the Renstra indicator they continue as (Pengaturan workbook, sheet
-- Padanan Tabel 2.3): "Prosentase Koperasi aktif (2010-2015)" is IP-18-1
-- Prosentase koperasi aktif. The pairing joins the published row's years
-- with the indicator's targets and realisasi of the Renstra's years. A
-- pairing is used only when its kode is an indicator of a Renstra and its
-- uraian a row of a published Tabel 2.3; otherwise it is listed in the
-- review and ignored. Without a pairing, rows are matched by name
-- (meta.norm_nama, a "(2010-2015)" in the published name ignored).
CREATE TABLE clean.padanan_tabel23 AS
WITH typed AS (
    SELECT v.file_id, v.sheet, v.row_no,
           trim(max(v.raw_text) FILTER (WHERE v.field = 'uraian')) AS uraian,
           trim(max(v.raw_text) FILTER (WHERE v.field = 'kode'))   AS kode,
           max(v.cell) FILTER (WHERE v.field = 'uraian')           AS cell_uraian,
           max(v.cell) FILTER (WHERE v.field = 'kode')             AS cell_kode
    FROM raw.values v
    WHERE v.form = 'pengaturan.padanan_tabel23'
    GROUP BY ALL
),
indikator AS (SELECT kode, any_value(nama) AS nama FROM clean.indikator GROUP BY kode),
published AS (SELECT DISTINCT meta.norm_nama(indikator) AS nama FROM clean.tabel23)
SELECT t.uraian, meta.norm_nama(t.uraian) AS nama, t.kode, i.nama AS indikator_renstra,
       CASE WHEN coalesce(t.uraian, '') = '' THEN 'uraian_kosong'
            WHEN coalesce(t.kode, '') = '' THEN 'kode_kosong'
            WHEN i.kode IS NULL THEN 'kode_tidak_dikenal'
            WHEN meta.norm_nama(t.uraian) NOT IN (SELECT nama FROM published) THEN 'uraian_tidak_ada'
            ELSE 'ok' END AS status,
       f.path AS file, t.sheet, t.row_no,
       CASE WHEN i.kode IS NULL AND coalesce(t.kode, '') <> '' OR coalesce(t.kode, '') = '' AND coalesce(t.uraian, '') <> ''
            THEN coalesce(t.cell_kode, 'B' || t.row_no) ELSE coalesce(t.cell_uraian, 'A' || t.row_no) END AS cell
FROM typed t
JOIN raw.files f ON f.file_id = t.file_id
LEFT JOIN indikator i ON i.kode = t.kode
WHERE coalesce(t.uraian, '') <> '' OR coalesce(t.kode, '') <> '';
COMMENT ON TABLE clean.padanan_tabel23 IS 'Padanan baris Tabel 2.3 terbitan dengan indikator Renstra yang melanjutkannya, dari lembar Padanan Tabel 2.3 di workbook Pengaturan; hanya yang berstatus ok yang dipakai.';
COMMENT ON COLUMN clean.padanan_tabel23.uraian IS 'Nama indikator seperti tercetak di Tabel 2.3 terbitan.';
COMMENT ON COLUMN clean.padanan_tabel23.nama IS 'Nama yang dinormalkan (meta.norm_nama) untuk dicocokkan dengan baris terbitan.';
COMMENT ON COLUMN clean.padanan_tabel23.kode IS 'Kode indikator Renstra yang melanjutkan baris itu, mis. IP-18-1.';
COMMENT ON COLUMN clean.padanan_tabel23.indikator_renstra IS 'Nama indikator itu di Renstra; kosong bila kodenya tidak dikenal.';
COMMENT ON COLUMN clean.padanan_tabel23.status IS 'ok, atau alasan padanan diabaikan: uraian_kosong, kode_kosong, kode_tidak_dikenal, uraian_tidak_ada.';
COMMENT ON COLUMN clean.padanan_tabel23.file IS 'Berkas Pengaturan tempat padanan diketik.';
COMMENT ON COLUMN clean.padanan_tabel23.sheet IS 'Lembar tempat padanan diketik.';
COMMENT ON COLUMN clean.padanan_tabel23.row_no IS 'Baris tempat padanan diketik.';
COMMENT ON COLUMN clean.padanan_tabel23.cell IS 'Sel yang bermasalah (atau sel uraian bila ok), gaya A1.';
