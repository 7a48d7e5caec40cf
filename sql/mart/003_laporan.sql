-- mart.laporan: what every workbook says about itself: whose report it is
-- (from the Renstra workbook), the period it reports (meta.periode), the
-- Renstra covering that period, and the settings its figures depend on.
CREATE TABLE mart.laporan AS
WITH s AS (SELECT map_from_entries(list((key, value))) AS v FROM clean.settings),
pd AS (
    SELECT coalesce(nullif(s.v['perangkat_daerah'], ''),
                    (SELECT r.perangkat_daerah FROM clean.renstra r JOIN clean.renstra_berlaku b USING (file_id) JOIN meta.periode p ON b.year = p.year),
                    (SELECT any_value(perangkat_daerah ORDER BY periode_akhir DESC) FROM clean.renstra), 'Perangkat Daerah') AS nama
    FROM s
)
SELECT
    pd.nama AS perangkat_daerah,
    -- the urusan as the plan in force names it (2.11 under 13/2006, 2.17 under 90/2019)
    coalesce((SELECT r.urusan FROM clean.renstra r JOIN clean.renstra_berlaku b USING (file_id) WHERE b.year = p.year),
             (SELECT any_value(urusan ORDER BY periode_akhir DESC) FROM clean.renstra)) AS urusan,
    (SELECT value FROM clean.settings WHERE key = 'metode_pertumbuhan') AS metode_pertumbuhan,
    p.period, p.year AS period_year, p.month AS period_month,
    (SELECT b.periode_awal FROM clean.renstra_berlaku b WHERE b.year = p.year) AS renstra_awal,
    (SELECT b.periode_akhir FROM clean.renstra_berlaku b WHERE b.year = p.year) AS renstra_akhir,
    (SELECT b.judul FROM clean.renstra_berlaku b WHERE b.year = p.year) AS renstra_judul,
    (SELECT b.alasan FROM clean.renstra_berlaku b WHERE b.year = p.year) AS renstra_alasan,
    (SELECT count(*) FROM clean.renstra) > 1 AS renstra_disebut,
    EXISTS (SELECT 1 FROM clean.renstra_berlaku b JOIN clean.program_kegiatan k ON k.file_id = b.file_id
            WHERE b.year = p.year AND k.jenis = 'sub kegiatan') AS sub_kegiatan,
    (SELECT string_agg(t.uraian, '; ' ORDER BY t.kode) FROM clean.tujuan_sasaran t JOIN clean.renstra_berlaku b ON b.file_id = t.file_id AND b.year = p.year
     WHERE t.jenis = 'Sasaran') AS sasaran,
    (SELECT string_agg(CASE WHEN batas IS NULL THEN '≤ ' || meta.id_num(atas) || ' ' || predikat
                            WHEN atas IS NULL THEN '> ' || meta.id_num(batas) || ' ' || predikat
                            ELSE '> ' || meta.id_num(batas) || ' s.d. ' || meta.id_num(atas) || ' ' || predikat END, '; ' ORDER BY urut)
     FROM (SELECT *, lag(batas) OVER (ORDER BY urut) AS atas FROM clean.skala_predikat)) AS skala_predikat,
    (SELECT any_value(CASE asal WHEN 'Pengaturan' THEN file || ', lembar ' || sheet ELSE asal END) FROM clean.skala_predikat) AS skala_predikat_asal,
    upper(s.v['kertas']) AS kertas,
    coalesce(nullif(s.v['kepala_jabatan'], ''), 'Kepala ' || pd.nama) AS kepala_jabatan,
    nullif(s.v['kepala_nama'], '') AS kepala_nama,
    nullif(s.v['kepala_pangkat'], '') AS kepala_pangkat,
    nullif(s.v['kepala_nip'], '') AS kepala_nip,
    nullif(s.v['evaluator_jabatan'], '') AS evaluator_jabatan,
    nullif(s.v['evaluator_nama'], '') AS evaluator_nama,
    nullif(s.v['evaluator_pangkat'], '') AS evaluator_pangkat,
    nullif(s.v['evaluator_nip'], '') AS evaluator_nip,
    nullif(s.v['atasan_jabatan'], '') AS atasan_jabatan,
    nullif(s.v['atasan_nama'], '') AS atasan_nama,
    nullif(s.v['tempat_ttd'], '') AS tempat_ttd,
    nullif(s.v['tanggal_ttd'], '') AS tanggal_ttd
FROM meta.periode p, s, pd;
COMMENT ON TABLE mart.laporan IS 'Identitas laporan (perangkat daerah, urusan, periode, Renstra, sasaran) dan pengaturan yang memengaruhi angka (metode pertumbuhan, skala predikat).';
COMMENT ON COLUMN mart.laporan.perangkat_daerah IS 'Nama perangkat daerah pada judul laporan: pengaturan perangkat_daerah, else dari Renstra terbaru; Perangkat Daerah bila tidak ada keduanya.';
COMMENT ON COLUMN mart.laporan.kertas IS 'Ukuran kertas cetak dokumen resmi: A4 (bawaan), F4 atau A3 (pengaturan kertas).';
COMMENT ON COLUMN mart.laporan.kepala_jabatan IS 'Jabatan penanda tangan dokumen (pengaturan kepala_jabatan; bawaan Kepala dan nama perangkat daerah).';
COMMENT ON COLUMN mart.laporan.kepala_nama IS 'Nama kepala perangkat daerah pada blok tanda tangan; kosong bila tidak diatur (dicetak titik-titik untuk diisi).';
COMMENT ON COLUMN mart.laporan.kepala_pangkat IS 'Pangkat/golongan kepala perangkat daerah; kosong bila tidak diatur.';
COMMENT ON COLUMN mart.laporan.kepala_nip IS 'NIP kepala perangkat daerah; kosong bila tidak diatur.';
COMMENT ON COLUMN mart.laporan.evaluator_jabatan IS 'Jabatan pengevaluasi Renja pada formulir E.81 (bawaan Kepala Badan Perencanaan Pembangunan Daerah).';
COMMENT ON COLUMN mart.laporan.evaluator_nama IS 'Nama pengevaluasi Renja; kosong bila tidak diatur.';
COMMENT ON COLUMN mart.laporan.evaluator_pangkat IS 'Pangkat/golongan pengevaluasi Renja; kosong bila tidak diatur.';
COMMENT ON COLUMN mart.laporan.evaluator_nip IS 'NIP pengevaluasi Renja; kosong bila tidak diatur.';
COMMENT ON COLUMN mart.laporan.atasan_jabatan IS 'Jabatan pihak kedua Perjanjian Kinerja (atasan kepala perangkat daerah); kosong bila tidak diatur.';
COMMENT ON COLUMN mart.laporan.atasan_nama IS 'Nama pihak kedua Perjanjian Kinerja; kosong bila tidak diatur.';
COMMENT ON COLUMN mart.laporan.tempat_ttd IS 'Tempat penandatanganan dokumen; kosong bila tidak diatur.';
COMMENT ON COLUMN mart.laporan.tanggal_ttd IS 'Tanggal penandatanganan seperti diketik; kosong bila tidak diatur (diisi tangan pada cetakan).';
COMMENT ON COLUMN mart.laporan.urusan IS 'Kode dan nama urusan pemerintahan dari Renstra terbaru (mis. 2.11 Koperasi, Usaha Kecil dan Menengah); kosong bila tidak ada Renstra.';
COMMENT ON COLUMN mart.laporan.metode_pertumbuhan IS 'Metode rata-rata pertumbuhan Tabel 2.4 yang berlaku: awal_akhir (bawaan), rata_rata_tahunan atau cagr.';
COMMENT ON COLUMN mart.laporan.period IS 'Periode yang dilaporkan, TTTT-BB (meta.periode).';
COMMENT ON COLUMN mart.laporan.period_year IS 'Tahun periode.';
COMMENT ON COLUMN mart.laporan.period_month IS 'Bulan periode, 1–12.';
COMMENT ON COLUMN mart.laporan.renstra_awal IS 'Tahun awal Renstra yang mencakup tahun periode; kosong bila tidak ada.';
COMMENT ON COLUMN mart.laporan.renstra_akhir IS 'Tahun akhir Renstra yang mencakup tahun periode; kosong bila tidak ada.';
COMMENT ON COLUMN mart.laporan.renstra_judul IS 'Judul Renstra yang diikuti tahun periode ini (clean.renstra_berlaku).';
COMMENT ON COLUMN mart.laporan.renstra_alasan IS 'Mengapa Renstra itu yang diikuti (clean.renstra_berlaku.alasan).';
COMMENT ON COLUMN mart.laporan.sub_kegiatan IS 'Benar bila Renstra yang diikuti memuat sub kegiatan (Permendagri 90/2019): judul kolom dokumen menyebut Program/Kegiatan/Sub Kegiatan.';
COMMENT ON COLUMN mart.laporan.renstra_disebut IS 'Benar bila masukan memuat lebih dari satu Renstra: setiap dokumen resmi lalu menyebut Renstra yang diikutinya.';
COMMENT ON COLUMN mart.laporan.sasaran IS 'Sasaran perangkat daerah menurut Renstra (dipisah titik koma bila lebih dari satu).';
COMMENT ON COLUMN mart.laporan.skala_predikat IS 'Skala predikat yang berlaku dalam kata-kata, mis. > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; …; ≤ 50 Sangat Rendah.';
COMMENT ON COLUMN mart.laporan.skala_predikat_asal IS 'Asal skala predikat: Permendagri 86/2017 (bawaan), atau berkas dan lembar Pengaturan tempat skala diketik.';
