-- calc.review_selisih: every published figure of Tabel 2.3 and Tabel 2.4
-- that the recomputation does not reproduce. Severity:
--   tinggi  the published figure differs, or cannot be computed at all;
--   sedang  the figure is missing where it can be computed;
--   rendah  Tabel 2.3 rasio off by 0,01 only (a rounding step).
-- A published growth figure that cannot be computed but equals the same
-- row's rasio of its last year is flagged as probably in the wrong column.
CREATE TABLE calc.review_selisih AS
WITH t24 AS (
    SELECT m.*,
           CASE m.measure WHEN 'rasio' THEN 'Rasio realisasi/anggaran (%)'
                          WHEN 'pertumbuhan_anggaran' THEN 'Rata-rata pertumbuhan anggaran (%)'
                          ELSE 'Rata-rata pertumbuhan realisasi (%)' END AS kolom,
           (SELECT q.value FROM mart.tabel24 q
             WHERE q.first_year = m.first_year AND q.last_year = m.last_year AND q.no = m.no AND q.uraian = m.uraian
               AND q.measure = 'rasio' AND q.value IS NOT NULL
             ORDER BY q.year DESC LIMIT 1) AS last_rasio,
           (SELECT q.year FROM mart.tabel24 q
             WHERE q.first_year = m.first_year AND q.last_year = m.last_year AND q.no = m.no AND q.uraian = m.uraian
               AND q.measure = 'rasio' AND q.value IS NOT NULL
             ORDER BY q.year DESC LIMIT 1) AS last_rasio_year
    FROM mart.tabel24 m
    WHERE m.measure IN ('rasio', 'pertumbuhan_anggaran', 'pertumbuhan_realisasi')
      AND m.published_status IS NOT NULL AND m.published_status <> 'tidak_terbaca'
      AND m.published IS DISTINCT FROM m.value
),
t23 AS (
    SELECT m.*, 'Rasio capaian (%)' AS kolom
    FROM mart.tabel23 m
    WHERE m.measure = 'rasio'
      AND m.published_status IS NOT NULL AND m.published_status <> 'tidak_terbaca'
      AND m.published IS DISTINCT FROM m.value
)
SELECT 'Tabel 2.4' AS tabel, first_year, last_year, seq, no, uraian AS baris, kolom, measure, year,
       published, value AS recomputed, value - published AS difference, file, sheet, cell, published_raw AS raw_text,
       CASE WHEN published IS NOT NULL AND value IS NOT NULL THEN 'tinggi'
            WHEN published IS NOT NULL THEN 'tinggi'
            ELSE 'sedang' END AS severity,
       CASE WHEN measure = 'rasio' THEN 't24.rasio' ELSE 't24.pertumbuhan' END AS rule,
       CASE WHEN published IS NOT NULL AND value IS NOT NULL
              THEN 'Angka terbit ' || meta.id_num(published) || ' berbeda dari hasil hitung ulang ' || meta.id_num(value) || ' (' || basis || ').'
            WHEN published IS NOT NULL
              THEN 'Angka terbit ' || meta.id_num(published) || ' tidak dapat dihitung ulang: ' || basis || '.'
                   || CASE WHEN measure LIKE 'pertumbuhan%' AND last_rasio = published
                           THEN ' Angka ini sama dengan rasio ' || last_rasio_year || ' baris yang sama; kemungkinan tertulis di kolom yang salah.'
                           ELSE '' END
            ELSE 'Tidak dicantumkan, padahal dapat dihitung: ' || meta.id_num(value) || ' (' || basis || ').' END AS message
FROM t24
UNION ALL
SELECT 'Tabel 2.3', first_year, last_year, seq, no, indikator, kolom, measure, year,
       published, value, value - published, file, sheet, cell, published_raw,
       CASE WHEN published IS NOT NULL AND value IS NOT NULL AND abs(value - published) <= 0.01 THEN 'rendah'
            WHEN published IS NOT NULL THEN 'tinggi'
            ELSE 'sedang' END,
       't23.rasio',
       CASE WHEN published IS NOT NULL AND value IS NOT NULL AND abs(value - published) <= 0.01
              THEN 'Angka terbit ' || meta.id_num(published) || ' berbeda 0,01 dari hasil hitung ulang ' || meta.id_num(value) || ' (' || basis || '); selisih pembulatan.'
            WHEN published IS NOT NULL AND value IS NOT NULL
              THEN 'Angka terbit ' || meta.id_num(published) || ' berbeda dari hasil hitung ulang ' || meta.id_num(value) || ' (' || basis || ').'
            WHEN published IS NOT NULL
              THEN 'Angka terbit ' || meta.id_num(published) || ' tidak dapat dihitung ulang: ' || basis || '.'
            ELSE 'Tidak dicantumkan, padahal dapat dihitung: ' || meta.id_num(value) || ' (' || basis || ').' END
FROM t23;
COMMENT ON TABLE calc.review_selisih IS 'Angka Tabel 2.3/2.4 terbitan yang tidak sama dengan hasil hitung ulang: angka terbit, hasil hitung ulang, selisih, sel asal, tingkat keparahan.';
COMMENT ON COLUMN calc.review_selisih.tabel IS 'Tabel terbitan: Tabel 2.3 atau Tabel 2.4.';
COMMENT ON COLUMN calc.review_selisih.first_year IS 'Tahun pertama jendela review (mis. 2011).';
COMMENT ON COLUMN calc.review_selisih.last_year IS 'Tahun terakhir jendela review (mis. 2016).';
COMMENT ON COLUMN calc.review_selisih.seq IS 'Urutan baris di tabel terbitan, mulai dari 1.';
COMMENT ON COLUMN calc.review_selisih.no IS 'Nomor baris seperti tercetak (mis. 2.8).';
COMMENT ON COLUMN calc.review_selisih.baris IS 'Nama baris: indikator (Tabel 2.3) atau uraian belanja/program (Tabel 2.4).';
COMMENT ON COLUMN calc.review_selisih.kolom IS 'Judul kolom yang diperiksa: Rasio capaian (%), Rasio realisasi/anggaran (%), Rata-rata pertumbuhan anggaran (%), Rata-rata pertumbuhan realisasi (%).';
COMMENT ON COLUMN calc.review_selisih.measure IS 'Kode kolom: rasio, pertumbuhan_anggaran, pertumbuhan_realisasi.';
COMMENT ON COLUMN calc.review_selisih.year IS 'Tahun (mis. 2016); kosong untuk rata-rata pertumbuhan yang tidak per tahun.';
COMMENT ON COLUMN calc.review_selisih.published IS 'Angka terbitan dalam persen (mis. 103,57); kosong bila tidak dicantumkan.';
COMMENT ON COLUMN calc.review_selisih.recomputed IS 'Hasil hitung ulang dalam persen; kosong bila tidak dapat dihitung.';
COMMENT ON COLUMN calc.review_selisih.difference IS 'Selisih hitung ulang − terbitan, dalam poin persen; kosong bila salah satunya kosong.';
COMMENT ON COLUMN calc.review_selisih.file IS 'Berkas tabel terbitan, relatif terhadap folder masukan.';
COMMENT ON COLUMN calc.review_selisih.sheet IS 'Lembar tabel terbitan.';
COMMENT ON COLUMN calc.review_selisih.cell IS 'Sel angka terbitan (gaya A1).';
COMMENT ON COLUMN calc.review_selisih.raw_text IS 'Isi sel terbitan apa adanya.';
COMMENT ON COLUMN calc.review_selisih.severity IS 'Tingkat keparahan: tinggi (berbeda atau tidak dapat dihitung ulang), sedang (tidak dicantumkan padahal dapat dihitung), rendah (rasio Tabel 2.3 selisih 0,01, pembulatan).';
COMMENT ON COLUMN calc.review_selisih.rule IS 'Kode aturan: t23.rasio, t24.rasio, t24.pertumbuhan.';
COMMENT ON COLUMN calc.review_selisih.message IS 'Penjelasan selisih dalam Bahasa Indonesia, dengan kedua angka dan rumusnya.';
