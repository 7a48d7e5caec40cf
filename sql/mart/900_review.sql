-- mart.review: everything the review workbook lists, in one table with one
-- shape: where (table, row, column, year, file, sheet, cell), what was
-- published, what was recomputed, the difference, how serious, and a message
-- in Bahasa Indonesia. Categories:
--   Selisih terbitan    a published figure the recomputation does not reproduce
--   Jumlah tidak cocok  an internal total of an input that does not add up
--   Antar tabel         two tables of the inputs disagree on the same figure
--   Rekonsiliasi        a monthly report that does not agree with SIPD-RI or Keuangan,
--                       its own earlier months, the pagu, its registers or its
--                       totals, or a report missing (mart.rekonsiliasi; a
--                       figure over pagu month after month is listed once, at
--                       its latest month)
--   Masukan             problems met reading the inputs and the settings,
--                       and monthly reports that could not be identified or
--                       were replaced by a later version
CREATE TABLE mart.review AS
WITH all_rows AS (
    SELECT 1 AS k, 'Selisih terbitan' AS kategori, severity, rule, tabel,
           no || ' ' || baris AS baris, kolom, year AS tahun,
           published, recomputed, difference, file, sheet, cell, raw_text, NULL AS expected, message,
           string_agg(first_year || '-' || last_year, ', ' ORDER BY first_year) OVER same_cell AS jendela, seq, NULL AS urut
    FROM calc.review_selisih
    -- A year two overlapping windows share (2016 in 2011-2016 and 2016-2021)
    -- is one published cell: listed once, under the windows it belongs to.
    WINDOW same_cell AS (PARTITION BY rule, file, sheet, coalesce(cell, seq || '/' || first_year), year, measure, message)
    QUALIFY row_number() OVER (PARTITION BY rule, file, sheet, coalesce(cell, seq || '/' || first_year), year, measure, message ORDER BY first_year) = 1
    UNION ALL
    SELECT 2, 'Jumlah tidak cocok', severity, rule, tabel, baris, kolom, year,
           published, recomputed, difference, file, sheet, cell, raw_text, NULL, message, NULL, seq, NULL
    FROM calc.review_rencana
    UNION ALL
    SELECT 3, 'Antar tabel', 'sedang', 'target.beda', tabel, kode_indikator || ' ' || indikator, 'Target', year,
           NULL, NULL, max_value - min_value, file, sheet, cell, NULL, NULL,
           'Target ' || year || ' berbeda antar tabel: ' || values_list || '.', NULL, NULL, NULL
    FROM calc.review_target
    UNION ALL
    SELECT 3, 'Antar tabel', 'sedang', 'silang.t24_t61', 'Tabel 2.4', no || ' ' || uraian, 'Realisasi', year,
           realisasi_t24, rp_t61, difference, file, sheet, cell, NULL, NULL,
           'Realisasi ' || year || ' di Tabel 2.4 (' || meta.id_num(realisasi_t24) || ') berbeda dengan Tabel 6.1 ' || kode || ' ' || uraian_renstra
           || ' (' || meta.id_num(rp_t61) || ', ' || sheet_t61 || '!' || cells_t61 || '); selisih ' || meta.id_num(difference) || '.', NULL, NULL, NULL
    FROM calc.review_silang
    UNION ALL
    SELECT 4, 'Rekonsiliasi', severity, rule, 'Laporan ' || meta.nama_bulan(month) || ' ' || year,
           unit || coalesce(' ' || kode, '') || coalesce(' ' || uraian, ''), kolom, year,
           nilai, pembanding, CAST(pembanding - nilai AS DECIMAL(38,10)), file, sheet, cell, raw_text, pembanding_asal, message, NULL, seq, year * 100 + month
    FROM mart.rekonsiliasi
    WHERE NOT lolos
    QUALIFY rule <> 'rekon.melebihi_pagu'
         OR row_number() OVER (PARTITION BY rule, unit, year, kode ORDER BY month DESC) = 1
    UNION ALL
    SELECT 5, 'Masukan', severity, rule, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, raw_text, expected, message, NULL, seq, NULL
    FROM clean.temuan
    UNION ALL
    SELECT 5, 'Masukan', 'sedang', 'laporan.identitas', NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           path, NULL, NULL, NULL, 'unit dan bulan laporan (metadata templat, kepala "Unit:"/"Bulan:"/"Tahun:", atau nama berkas)',
           'Laporan bulanan ini tidak dapat dikenali '
           || CASE WHEN unit IS NULL THEN 'unitnya' ELSE '' END
           || CASE WHEN unit IS NULL AND (year IS NULL OR month IS NULL) THEN ' maupun ' ELSE '' END
           || CASE WHEN year IS NULL OR month IS NULL THEN 'bulan/tahunnya' ELSE '' END
           || '; isinya disimpan di raw tetapi tidak dipakai. Gunakan templat dari kinerja templates atau tulis unit dan periode di nama berkas.', NULL, NULL, NULL
    FROM clean.laporan WHERE unit IS NULL OR year IS NULL OR month IS NULL
    UNION ALL
    SELECT 5, 'Masukan', 'rendah', 'laporan.bertentangan', NULL, unit || ' ' || period, NULL, year, NULL, NULL, NULL,
           path, NULL, NULL, NULL, NULL,
           'Petunjuk unit atau periode di berkas ini saling bertentangan (metadata templat, kepala tabel, nama berkas); yang dipakai: '
           || unit || ' ' || period || ' dari ' || coalesce(unit_asal, '?') || '/' || coalesce(periode_asal, '?') || '.', NULL, NULL, NULL
    FROM clean.laporan WHERE bertentangan
    UNION ALL
    SELECT 5, 'Masukan', 'info', 'laporan.ganti', NULL, unit || ' ' || period, NULL, year, NULL, NULL, NULL,
           path, NULL, NULL, NULL, NULL,
           'Laporan ' || unit || ' ' || meta.nama_bulan(month) || ' ' || year || ' ini digantikan oleh versi yang disimpan kemudian, '
           || diganti_oleh || '; keduanya disimpan di raw, yang dipakai versi terakhir.', NULL, NULL, NULL
    FROM clean.laporan WHERE diganti_oleh IS NOT NULL
    UNION ALL
    SELECT 5, 'Masukan', 'sedang', 'pengaturan.nilai', NULL, key, NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, typed_value, array_to_string(allowed, ', '),
           'Nilai pengaturan "' || key || '" tidak dikenal; dipakai nilai bawaan "' || value || '".', NULL, NULL, NULL
    FROM clean.settings WHERE invalid
    UNION ALL
    SELECT 5, 'Masukan', 'info', 'pengaturan.kunci', NULL, key, NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, key, NULL, 'Kunci pengaturan ini tidak dikenal; diabaikan.', NULL, NULL, NULL
    FROM clean.settings_unknown
    UNION ALL
    SELECT 5, 'Masukan', CASE masalah WHEN 'duplikat_izin' THEN 'info' WHEN 'duplikat_usaha' THEN 'rendah' ELSE 'sedang' END,
           'ijus.' || masalah, 'Ekspor I-Jus Melon', 'baris ' || row_no || coalesce(' ' || nomor_izin, ''), NULL, year(tanggal_terbit), NULL, NULL, NULL,
           file, sheet, NULL,
           CASE masalah WHEN 'nik_salah' THEN nik_mask WHEN 'nik_jenis_kelamin' THEN jk WHEN 'kecamatan_asing' THEN kecamatan_asli ELSE nomor_izin END,
           CASE masalah WHEN 'wajib_kosong' THEN 'nomor izin, tanggal terbit dan NIK terisi'
                        WHEN 'nik_salah' THEN 'NIK 16 angka dengan tanggal lahir yang mungkin'
                        WHEN 'nik_jenis_kelamin' THEN CASE WHEN nik_perempuan THEN 'P (menurut NIK)' ELSE 'L (menurut NIK)' END
                        WHEN 'kecamatan_asing' THEN 'salah satu dari 16 kecamatan Kota Semarang' END,
           CASE masalah WHEN 'wajib_kosong' THEN 'Nomor izin, tanggal terbit atau NIK kosong; registrasi ini tidak dapat dihitung dengan pasti.'
                        WHEN 'nik_salah' THEN 'NIK tidak sah (bukan 16 angka atau tanggal lahirnya mustahil); periksa dengan KTP pemilik.'
                        WHEN 'nik_jenis_kelamin' THEN 'Jenis kelamin berbeda dengan yang tersandi di NIK (tanggal lahir + 40 untuk perempuan); salah satunya salah ketik.'
                        WHEN 'kecamatan_asing' THEN 'Kecamatan "' || kecamatan_asli || '" bukan kecamatan Kota Semarang; registrasi tidak masuk sebaran per kecamatan.'
                        WHEN 'duplikat_izin' THEN 'Nomor izin ini terdaftar lagi kemudian; yang dihitung registrasi terakhir, baris ini tetap tersimpan.'
                        ELSE 'Orang dan usaha yang sama sudah terdaftar dengan nomor izin lain lebih dulu; usaha ini dihitung sekali.' END,
           NULL, NULL, NULL
    FROM (SELECT * EXCLUDE (masalah), unnest(masalah_semua) AS masalah FROM clean.ijus WHERE len(masalah_semua) > 0)
    UNION ALL
    SELECT 5, 'Masukan', CASE WHEN masalah IN ('kbli_salah', 'skala_asing', 'duplikat_usaha') THEN 'rendah' ELSE 'sedang' END,
           'oss.' || masalah, 'Ekspor OSS', 'baris ' || row_no || coalesce(' NIB ' || nib_asli, ''), NULL, year(tanggal_terbit), NULL, NULL, NULL,
           file, sheet, NULL,
           CASE masalah WHEN 'nik_salah' THEN nik_mask WHEN 'nik_jenis_kelamin' THEN jk WHEN 'kecamatan_asing' THEN kecamatan_asli
                        WHEN 'kbli_salah' THEN kbli WHEN 'skala_asing' THEN skala_asli ELSE nib_asli END,
           CASE masalah WHEN 'wajib_kosong' THEN 'NIB, tanggal terbit dan kecamatan terisi'
                        WHEN 'nib_salah' THEN 'NIB 13 angka (simpan kolomnya sebagai teks, bukan angka)'
                        WHEN 'nik_salah' THEN 'NIK 16 angka dengan tanggal lahir yang mungkin'
                        WHEN 'nik_jenis_kelamin' THEN CASE WHEN nik_perempuan THEN 'P (menurut NIK)' ELSE 'L (menurut NIK)' END
                        WHEN 'kecamatan_asing' THEN 'salah satu dari 16 kecamatan Kota Semarang'
                        WHEN 'kbli_salah' THEN 'kode KBLI 2020 lima angka, mis. 01111 atau 10710'
                        WHEN 'skala_asing' THEN 'Usaha Mikro, Usaha Kecil, Usaha Menengah, Usaha Besar (atau kode 01–04)' END,
           CASE masalah WHEN 'wajib_kosong' THEN 'NIB, tanggal terbit atau kecamatan kosong; usaha ini tidak dapat dihitung dengan pasti.'
                        WHEN 'nib_salah' THEN 'NIB "' || nib_asli || '" bukan 13 angka (mungkin diubah spreadsheet menjadi angka, mis. 9,12E+12); usaha ini tidak dihitung sampai NIB-nya benar.'
                        WHEN 'nik_salah' THEN 'NIK pemilik tidak sah (bukan 16 angka atau tanggal lahirnya mustahil); periksa dengan KTP pemilik.'
                        WHEN 'nik_jenis_kelamin' THEN 'Jenis kelamin berbeda dengan yang tersandi di NIK (tanggal lahir + 40 untuk perempuan); salah satunya salah ketik.'
                        WHEN 'kecamatan_asing' THEN 'Kecamatan "' || kecamatan_asli || '" bukan kecamatan Kota Semarang; usaha ini tidak dihitung.'
                        WHEN 'kbli_salah' THEN 'Kode KBLI "' || kbli || '" bukan lima angka KBLI 2020 (angka nol di depan hilang?); usaha tetap dihitung, sektornya tidak diketahui.'
                        WHEN 'skala_asing' THEN 'Skala usaha "' || skala_asli || '" tidak dikenal; ukuran dihitung dengan aturan PP 7/2021 bila modal atau omset ada.' END,
           NULL, NULL, NULL
    FROM (SELECT * EXCLUDE (masalah_semua), unnest(masalah_semua) AS masalah FROM clean.oss WHERE len(masalah_semua) > 0)
    UNION ALL
    SELECT 5, 'Masukan', 'rendah', 'oss.duplikat_usaha', 'Ekspor OSS', 'baris ' || row_no || ' NIB ' || nib, NULL, year(tanggal_terbit), NULL, NULL, NULL,
           file, sheet, NULL, nib, 'satu NIB per orang dan usaha',
           'Orang (NIK) dan usaha yang sama (tanpa NIK: nama usaha, alamat dan kecamatan yang sama) sudah terdaftar dengan NIB lain lebih dulu; usaha ini dihitung sekali.', NULL, NULL, NULL
    FROM clean.oss_usaha WHERE duplikat_usaha
    UNION ALL
    SELECT 5, 'Masukan', CASE WHEN masalah IN ('asing', 'rekening_salah') THEN 'rendah' WHEN masalah IN ('angka_salah', 'kode_salah', 'periode_tidak_terbaca') THEN 'tinggi' ELSE 'sedang' END,
           'sipd.' || masalah, 'Ekspor SIPD-RI', 'baris ' || row_no || coalesce(' ' || kode_sub_kegiatan, '') || coalesce(' / ' || kode_rekening, ''),
           NULL, year, CASE WHEN masalah = 'melebihi_pagu' THEN realisasi END, CASE WHEN masalah = 'melebihi_pagu' THEN pagu END,
           CASE WHEN masalah = 'melebihi_pagu' THEN realisasi - pagu END,
           file, sheet, CASE WHEN masalah IN ('angka_salah', 'melebihi_pagu') THEN realisasi_cell END,
           CASE masalah WHEN 'periode_tidak_terbaca' THEN coalesce(periode_asli, tahun_asli, '')
                        WHEN 'kode_salah' THEN coalesce(kode_sub_kegiatan_asli, nama_sub_kegiatan, '')
                        WHEN 'rekening_salah' THEN kode_rekening_asli
                        WHEN 'angka_salah' THEN coalesce(realisasi_raw, '') || ' / pagu ' || coalesce(pagu_raw, '')
                        WHEN 'asing' THEN kode_sub_kegiatan || ' ' || coalesce(nama_sub_kegiatan, '')
                        ELSE kode_sub_kegiatan || ' / ' || kode_rekening END,
           CASE masalah WHEN 'periode_tidak_terbaca' THEN 'periode, mis. s.d. Maret 2022, atau kolom bulan dan tahun anggaran'
                        WHEN 'kode_salah' THEN 'kode sub kegiatan X.XX.XX.X.XX.XXXX, mis. 2.17.07.2.01.0003'
                        WHEN 'rekening_salah' THEN 'kode rekening angka bertitik, mis. 5.1.02.01.01.0024'
                        WHEN 'angka_salah' THEN 'rupiah, mis. 12500000 atau 12.500.000'
                        WHEN 'duplikat' THEN 'satu baris per sub kegiatan, rekening dan bulan'
                        WHEN 'melebihi_pagu' THEN 'realisasi rekening paling besar pagunya'
                        WHEN 'asing' THEN 'sub kegiatan Renstra yang berlaku' END,
           CASE masalah WHEN 'periode_tidak_terbaca' THEN 'Periode baris ini tidak terbaca (kolom periode, bulan/tahun, maupun nama berkas); baris tidak dipakai sebagai realisasi resmi.'
                        WHEN 'kode_salah' THEN 'Kode sub kegiatan "' || coalesce(kode_sub_kegiatan_asli, '') || '" tidak berbentuk kode Permendagri 90/2019; realisasi rekening ini tidak dapat diberikan ke sub kegiatannya dan tidak dihitung.'
                        WHEN 'rekening_salah' THEN 'Kode rekening "' || kode_rekening_asli || '" bukan kode rekening yang wajar (huruf O untuk nol?); realisasinya tetap dihitung untuk sub kegiatannya.'
                        WHEN 'angka_salah' THEN 'Angka pagu atau realisasi tidak terbaca sebagai rupiah; rekening ini tidak dihitung, jadi realisasi sub kegiatannya kurang sampai angkanya diperbaiki.'
                        WHEN 'duplikat' THEN 'Sub kegiatan, rekening dan bulan yang sama muncul lagi di ekspor ini; yang dihitung baris pertama, baris ini tidak.'
                        WHEN 'melebihi_pagu' THEN 'Realisasi rekening ini Rp ' || meta.id_num(realisasi) || ' melebihi pagunya Rp ' || meta.id_num(pagu) || '; periksa pergeseran anggaran antarrekening.'
                        WHEN 'asing' THEN 'Sub kegiatan ini tidak ada di Renstra yang berlaku untuk ' || year || ' (sub kegiatan SKPD lain ikut terekspor?); tidak dicocokkan.' END,
           NULL, NULL, NULL
    FROM (SELECT * EXCLUDE (masalah_semua), unnest(masalah_semua) AS masalah FROM clean.sipd WHERE len(masalah_semua) > 0)
    UNION ALL
    SELECT 5, 'Masukan', 'sedang', 'pengaturan.predikat', NULL, 'Skala predikat', NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, coalesce(predikat, '') || CASE WHEN batas_raw IS NOT NULL THEN ' / ' || batas_raw ELSE '' END,
           'nama predikat dan batas capaian (%), tertinggi dulu; predikat terendah tanpa batas',
           masalah || ' Skala ini tidak dipakai; yang berlaku skala Permendagri 86/2017.', NULL, NULL, NULL
    FROM clean.skala_predikat_isian WHERE masalah IS NOT NULL
    UNION ALL
    SELECT 5, 'Masukan', 'sedang', 'pengaturan.padanan', NULL, uraian, NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, CASE WHEN status = 'uraian_tidak_ada' THEN uraian ELSE kode END,
           CASE status WHEN 'uraian_tidak_ada' THEN 'uraian baris Tabel 2.4 terbitan' ELSE 'kode program Renstra, mis. 1.2.11.1.2.11.01.17' END,
           CASE status WHEN 'uraian_kosong' THEN 'Padanan tanpa uraian Tabel 2.4; diabaikan.'
                       WHEN 'kode_kosong' THEN 'Padanan tanpa kode program Renstra; diabaikan.'
                       WHEN 'kode_tidak_dikenal' THEN 'Kode "' || kode || '" bukan kode program di Renstra; padanan ini diabaikan.'
                       ELSE 'Tidak ada baris Tabel 2.4 terbitan bernama "' || uraian || '"; padanan ini diabaikan.' END,
           NULL, NULL, NULL
    FROM clean.padanan WHERE status <> 'ok'
    UNION ALL
    SELECT 5, 'Masukan', 'sedang', 'pengaturan.padanan_tabel23', NULL, uraian, NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, CASE WHEN status = 'uraian_tidak_ada' THEN uraian ELSE kode END,
           CASE status WHEN 'uraian_tidak_ada' THEN 'nama indikator di Tabel 2.3 terbitan' ELSE 'kode indikator Renstra, mis. IP-18-1' END,
           CASE status WHEN 'uraian_kosong' THEN 'Padanan tanpa nama indikator Tabel 2.3; diabaikan.'
                       WHEN 'kode_kosong' THEN 'Padanan tanpa kode indikator Renstra; diabaikan.'
                       WHEN 'kode_tidak_dikenal' THEN 'Kode "' || kode || '" bukan kode indikator di Renstra; padanan ini diabaikan.'
                       ELSE 'Tidak ada baris Tabel 2.3 terbitan bernama "' || uraian || '"; padanan ini diabaikan.' END,
           NULL, NULL, NULL
    FROM clean.padanan_tabel23 WHERE status <> 'ok'
    UNION ALL
    SELECT 5, 'Masukan', 'sedang', 'pengaturan.padanan_kode', NULL, coalesce(kode_lama, '') || ' → ' || coalesce(kode_baru, ''), NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, raw_text,
           CASE WHEN status = 'perubahan_tidak_dikenal' THEN 'lanjut, ganti nama, gabung, pecah, baru atau hapus'
                ELSE 'kode program/kegiatan/sub kegiatan di Tabel 6.1 sebuah Renstra' END,
           CASE status WHEN 'perubahan_tidak_dikenal' THEN 'Perubahan "' || raw_text || '" tidak dikenal; padanan ini diabaikan.'
                       WHEN 'kode_lama_kosong' THEN 'Padanan tanpa kode lama (bila programnya baru, tulis "baru" di kolom Perubahan); diabaikan.'
                       WHEN 'kode_baru_kosong' THEN 'Padanan tanpa kode baru (bila programnya dihapus, tulis "hapus" di kolom Perubahan); diabaikan.'
                       WHEN 'kode_lama_tidak_dikenal' THEN 'Kode lama "' || raw_text || '" tidak ada di Tabel 6.1 Renstra mana pun; padanan ini diabaikan.'
                       WHEN 'kode_baru_tidak_dikenal' THEN 'Kode baru "' || raw_text || '" tidak ada di Tabel 6.1 Renstra mana pun; padanan ini diabaikan.'
                       ELSE 'Kode lama berasal dari Renstra yang tidak lebih dahulu daripada Renstra kode baru; padanan ini diabaikan.' END,
           NULL, NULL, NULL
    FROM clean.padanan_kode WHERE status NOT IN ('ok', 'satu_renstra')
    UNION ALL
    SELECT 5, 'Masukan', CASE WHEN masalah = 'digabung' THEN 'info' ELSE 'sedang' END, 'padanan.putus',
           CASE tabel WHEN 'tabel23' THEN 'Tabel 2.3' ELSE 'Tabel 2.4' END, kode || ' ' || uraian, NULL, tahun_akhir, NULL, NULL, NULL,
           file, sheet, cell, kode,
           CASE WHEN masalah = 'digabung' THEN NULL ELSE 'padanan di Pengaturan, lembar Padanan Kode' END,
           CASE masalah
               WHEN 'tanpa_pengganti' THEN CASE tabel WHEN 'tabel23' THEN 'Indikator ' ELSE 'Program ' END || kode || ' ' || uraian || ' (' || renstra || ') tidak punya padanan di ' || renstra_lain
                    || ': deretnya di ' || CASE tabel WHEN 'tabel23' THEN 'Tabel 2.3 ' ELSE 'Tabel 2.4 ' END || first_year || '-' || last_year || ' berhenti di ' || tahun_akhir || '. Isi kode penggantinya (atau "hapus") di Pengaturan, lembar Padanan Kode.'
               WHEN 'tanpa_pendahulu' THEN CASE tabel WHEN 'tabel23' THEN 'Indikator ' ELSE 'Program ' END || kode || ' ' || uraian || ' (' || renstra || ') tidak punya padanan di ' || renstra_lain
                    || ': di ' || CASE tabel WHEN 'tabel23' THEN 'Tabel 2.3 ' ELSE 'Tabel 2.4 ' END || first_year || '-' || last_year || ' barisnya mulai ' || tahun_akhir || ' tanpa riwayat. Isi kode pendahulunya (atau "baru") di Pengaturan, lembar Padanan Kode.'
               ELSE CASE tabel WHEN 'tabel23' THEN 'Indikator ' ELSE 'Program ' END || kode || ' ' || uraian || ' digabung ke ' || kode_lain || ' (' || renstra_lain || '), yang melanjutkan baris lain; barisnya di ' || CASE tabel WHEN 'tabel23' THEN 'Tabel 2.3 ' ELSE 'Tabel 2.4 ' END || first_year || '-' || last_year || ' berakhir di ' || tahun_akhir || '.' END,
           first_year || '-' || last_year, NULL, NULL
    FROM mart.padanan_putus
    UNION ALL
    -- a row of a unit's report whose kode the plan in force that year does
    -- not have (last plan's template, a typo, a code renumbered by the
    -- nomenclature's update): none of its figures is counted, and it says so
    SELECT 5, 'Masukan', 'sedang', 'laporan.kode_asing', 'Laporan ' || meta.nama_bulan(r.month) || ' ' || r.year,
           r.unit || ' ' || r.kode || coalesce(' ' || r.uraian, ''), 'Kode Rekening', r.year, NULL, NULL, NULL,
           r.file, r.sheet, coalesce(r.kinerja_cell, r.anggaran_cell), r.kode,
           'kode di Renstra yang diikuti tahun ' || r.year,
           'Kode "' || r.kode || '" tidak ada di ' || b.judul || ', Renstra yang diikuti tahun ' || r.year
               || '; realisasi baris ini tidak dihitung. Pakai templat tahun ' || r.year || ', atau betulkan kodenya.',
           NULL, NULL, NULL
    FROM clean.realisasi r JOIN clean.renstra_berlaku b ON b.year = r.year
    WHERE r.row_kind = 'data' AND r.kode IS NOT NULL
      AND (r.kinerja IS NOT NULL OR r.anggaran IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM mart.rencana_tahunan p WHERE p.year = r.year AND p.berlaku AND p.kode = r.kode)
    UNION ALL
    -- an indicator a later Renstra continues under the same code with
    -- another formula or polarity: its series compares two rules
    SELECT 5, 'Masukan', 'sedang', 'indikator.rumus_berubah', 'Indikator', b.kode || ' ' || b.nama,
           CASE WHEN b.polaritas <> a.polaritas THEN 'Polaritas' ELSE 'Formula' END, rb.periode_awal, NULL, NULL, NULL,
           b.file, b.sheet, CASE WHEN b.polaritas <> a.polaritas THEN b.polaritas_cell ELSE b.formula_cell END,
           CASE WHEN b.polaritas <> a.polaritas THEN b.polaritas ELSE b.formula END,
           CASE WHEN b.polaritas <> a.polaritas THEN a.polaritas ELSE a.formula END,
           'Indikator ' || b.kode || ' berlanjut dari ' || ra.judul || ' ke ' || rb.judul || ' dengan '
               || CASE WHEN b.polaritas <> a.polaritas THEN 'polaritas lain (' || a.polaritas || ' menjadi ' || b.polaritas || ')'
                       ELSE 'rumus lain ("' || a.formula || '" menjadi "' || b.formula || '")' END
               || ': capaiannya sejak ' || rb.periode_awal || ' dihitung menurut ' || rb.judul || ', dan deretnya di Tabel 2.3 dan LAKIP membandingkan dua ukuran. Bila rumusnya sama, samakan tulisannya; bila berbeda, beri kode indikator baru.',
           NULL, NULL, NULL
    FROM (SELECT a.file_id AS a_id, b.file_id AS b_id, b.kode
          FROM clean.indikator a JOIN clean.renstra ra ON ra.file_id = a.file_id
          JOIN clean.indikator b ON b.kode = a.kode AND b.file_id <> a.file_id JOIN clean.renstra rb ON rb.file_id = b.file_id
          WHERE ra.periode_awal < rb.periode_awal
          -- against the plan just before, not every earlier one
          QUALIFY row_number() OVER (PARTITION BY b.file_id, b.kode ORDER BY ra.periode_awal DESC) = 1) pr
    JOIN clean.indikator a ON a.file_id = pr.a_id AND a.kode = pr.kode JOIN clean.renstra ra ON ra.file_id = a.file_id
    JOIN clean.indikator b ON b.file_id = pr.b_id AND b.kode = pr.kode JOIN clean.renstra rb ON rb.file_id = b.file_id
    WHERE (b.polaritas <> a.polaritas
           OR (coalesce(trim(a.formula), '') <> '' AND coalesce(trim(b.formula), '') <> ''
               AND lower(regexp_replace(trim(a.formula), '\s+', ' ', 'g')) <> lower(regexp_replace(trim(b.formula), '\s+', ' ', 'g'))))
    UNION ALL
    SELECT 5, 'Masukan', 'sedang', 'pengaturan.jendela', NULL, 'jendela_review', NULL, NULL, NULL, NULL, NULL,
           file, sheet, cell, part, 'rentang tahun, mis. 2011-2016',
           'Bagian "' || part || '" dari jendela_review bukan rentang tahun; diabaikan.', NULL, NULL, NULL
    FROM calc.windows_invalid
    UNION ALL
    SELECT 5, 'Masukan', 'rendah', 'indikator.polaritas', 'Indikator', kode || ' ' || nama, 'Polaritas', NULL, NULL, NULL, NULL,
           file, sheet, polaritas_cell, polaritas_typed, 'positif atau negatif',
           'Polaritas kosong atau tidak dikenal; indikator ini dihitung sebagai positif (makin besar makin baik).', NULL, NULL, NULL
    FROM clean.indikator WHERE polaritas_typed IS NULL OR polaritas_typed NOT IN ('positif', 'negatif')
)
SELECT row_number() OVER (ORDER BY k, urut NULLS LAST, tabel NULLS LAST, jendela NULLS LAST, seq NULLS LAST, baris NULLS LAST, kolom NULLS LAST, tahun NULLS FIRST, file, sheet, cell, rule, message) AS seq,
       kategori, severity, rule, tabel, baris, kolom, tahun,
       CAST(published AS DECIMAL(38,10)) AS published, CAST(recomputed AS DECIMAL(38,10)) AS recomputed,
       CAST(difference AS DECIMAL(38,10)) AS difference,
       file, sheet, cell, raw_text, expected, message, jendela
FROM all_rows;
COMMENT ON TABLE mart.review IS 'Semua temuan review: selisih angka terbitan dengan hitung ulang, jumlah yang tidak cocok, ketidaksesuaian antar tabel, dan masalah berkas masukan.';
COMMENT ON COLUMN mart.review.seq IS 'Nomor urut temuan, sesuai urutan di workbook Review.';
COMMENT ON COLUMN mart.review.kategori IS 'Kategori temuan: Selisih terbitan, Jumlah tidak cocok, Antar tabel, Rekonsiliasi, Masukan.';
COMMENT ON COLUMN mart.review.severity IS 'Tingkat keparahan: tinggi, sedang, rendah, info.';
COMMENT ON COLUMN mart.review.rule IS 'Kode aturan, mis. t23.rasio, t24.rasio, t24.pertumbuhan, t61.akhir, t61.induk, t61.blok, target.beda, silang.t24_t61, rekon.anggaran_keuangan, rekon.kumulatif_turun, rekon.melebihi_pagu, rekon.indikator_register, rekon.jumlah, rekon.tidak_lapor, baca.angka, laporan.identitas, laporan.ganti, laporan.kode_asing, pengaturan.nilai, pengaturan.padanan_kode, padanan.putus, indikator.polaritas, indikator.rumus_berubah.';
COMMENT ON COLUMN mart.review.tabel IS 'Tabel tempat temuan (mis. Tabel 2.3, Tabel 2.4, Tabel 6.1, Renstra, Indikator; untuk Rekonsiliasi laporan bulan yang diperiksa); kosong untuk temuan masukan.';
COMMENT ON COLUMN mart.review.baris IS 'Baris tempat temuan: No dan uraian/indikator, kode rekening, kode indikator, atau kunci pengaturan.';
COMMENT ON COLUMN mart.review.kolom IS 'Kolom tempat temuan (mis. Rasio capaian (%), Kondisi akhir (Rp), Target, Realisasi); kosong bila tidak berlaku.';
COMMENT ON COLUMN mart.review.tahun IS 'Tahun (mis. 2016); kosong untuk kolom yang tidak per tahun dan temuan masukan.';
COMMENT ON COLUMN mart.review.published IS 'Angka tercetak di masukan: persen untuk rasio dan pertumbuhan, rupiah untuk anggaran, realisasi dan Rp; untuk Antar tabel, realisasi Tabel 2.4; untuk Rekonsiliasi, angka di laporan yang diperiksa; kosong bila tidak ada.';
COMMENT ON COLUMN mart.review.recomputed IS 'Hasil hitung ulang dalam satuan yang sama dengan published; untuk Antar tabel, angka tabel pembanding (Tabel 6.1); untuk Rekonsiliasi, angka pembanding (Keuangan, bulan sebelumnya, pagu, hitungan register, jumlah baris); kosong bila tidak ada.';
COMMENT ON COLUMN mart.review.difference IS 'Selisih recomputed − published; untuk beda target antar tabel, selisih target terbesar − terkecil; kosong bila tidak dapat dihitung.';
COMMENT ON COLUMN mart.review.file IS 'Berkas tempat temuan, relatif terhadap folder masukan.';
COMMENT ON COLUMN mart.review.sheet IS 'Lembar tempat temuan.';
COMMENT ON COLUMN mart.review.cell IS 'Sel tempat temuan (gaya A1), kadang beberapa sel dipisah koma; kosong bila temuan tidak mengenai sel.';
COMMENT ON COLUMN mart.review.raw_text IS 'Isi asli sel atau nilai yang diketik; kosong bila tidak berlaku.';
COMMENT ON COLUMN mart.review.expected IS 'Yang diharapkan (mis. angka, rentang tahun, nilai pengaturan yang diizinkan) untuk temuan masukan; untuk Rekonsiliasi, asal angka pembanding.';
COMMENT ON COLUMN mart.review.message IS 'Penjelasan temuan dalam Bahasa Indonesia.';
COMMENT ON COLUMN mart.review.jendela IS 'Jendela review tempat temuan, mis. 2011-2016, atau beberapa bila tahunnya ada di keduanya (2011-2016, 2016-2021); hanya untuk Selisih terbitan.';
