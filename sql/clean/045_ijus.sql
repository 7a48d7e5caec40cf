-- clean.ijus: the licence registrations of the I-Jus Melon exports, one row
-- per row read that no later export holds again (those are
-- clean.ijus_salinan): the row as read (raw.ijus_isi) beside what the
-- cleaning decided (clean.ijus_keputusan, where each decision is
-- explained). A view: a million wide rows written again as a table cost
-- seconds a run; the figures are counted from the narrow table.
--   salinan      always false here: a row an export of a later file holds
--                again (same licence number, date of issue and NIK) is in
--                clean.ijus_salinan: a planner who drops every month's
--                full export repeats all earlier licences, which is not a
--                second registration and is not a finding;
--   masalah      the first of masalah_semua.
CREATE VIEW clean.ijus AS
SELECT k.file_id, f.path AS file, k.sheet, k.row_no, k.nomor_izin, k.tanggal_terbit,
       i.nik_hash, i.nik_mask, i.nik_valid, i.nik_perempuan, CAST(k.jk AS VARCHAR) AS jk, i.nama_usaha, i.alamat, i.kelurahan,
       i.kecamatan AS kecamatan_asli, CAST(k.kecamatan AS VARCHAR) AS kecamatan, CAST(k.kode_kecamatan AS VARCHAR) AS kode_kecamatan, k.sektor,
       i.modal_rp AS modal, i.omset_rp AS omset, k.tenaga_kerja_l, k.tenaga_kerja_p, i.status,
       CAST(k.aturan_ukuran AS VARCHAR) AS aturan_ukuran, CAST(k.ukuran AS VARCHAR) AS ukuran, false AS salinan, k.terkini, k.ganda_usaha, k.masalah_semua,
       k.masalah_semua[1] AS masalah, k.dihitung
FROM clean.ijus_keputusan k
JOIN raw.ijus_isi i ON i.isi_a = k.isi_a AND i.isi_b = k.isi_b
JOIN raw.files f ON f.file_id = k.file_id;
COMMENT ON VIEW clean.ijus IS 'Registrasi izin dari ekspor I-Jus Melon, satu baris per baris terbaca yang tidak dimuat lagi oleh ekspor yang lebih baru (salinannya di clean.ijus_salinan): baris seperti terbaca (raw.ijus_isi) berdampingan dengan keputusan pembersihan (clean.ijus_keputusan): kecamatan baku, jenis kelamin, izin terkini, izin ganda orang dan usaha yang sama, dan masalah baris.';
COMMENT ON COLUMN clean.ijus.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN clean.ijus.file IS 'Berkas ekspor, relatif terhadap folder masukan.';
COMMENT ON COLUMN clean.ijus.sheet IS 'Lembar (untuk .xlsx).';
COMMENT ON COLUMN clean.ijus.row_no IS 'Nomor baris di berkas.';
COMMENT ON COLUMN clean.ijus.nomor_izin IS 'Nomor izin.';
COMMENT ON COLUMN clean.ijus.tanggal_terbit IS 'Tanggal terbit; kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN clean.ijus.nik_hash IS 'Hash berkunci NIK (raw.ijus.nik_hash).';
COMMENT ON COLUMN clean.ijus.nik_mask IS 'NIK tersamar.';
COMMENT ON COLUMN clean.ijus.nik_valid IS 'Benar bila NIK sah.';
COMMENT ON COLUMN clean.ijus.nik_perempuan IS 'Jenis kelamin menurut NIK.';
COMMENT ON COLUMN clean.ijus.jk IS 'Jenis kelamin seperti diketik, dibakukan: L atau P; kosong bila tidak dikenal.';
COMMENT ON COLUMN clean.ijus.nama_usaha IS 'Nama usaha.';
COMMENT ON COLUMN clean.ijus.alamat IS 'Alamat usaha seperti tertulis.';
COMMENT ON COLUMN clean.ijus.kelurahan IS 'Kelurahan seperti tertulis.';
COMMENT ON COLUMN clean.ijus.kecamatan_asli IS 'Kecamatan seperti tertulis.';
COMMENT ON COLUMN clean.ijus.kecamatan IS 'Kecamatan baku (salah satu dari 16 kecamatan Kota Semarang); kosong bila bukan.';
COMMENT ON COLUMN clean.ijus.kode_kecamatan IS 'Kode kecamatan baku.';
COMMENT ON COLUMN clean.ijus.sektor IS 'Jenis/sektor usaha.';
COMMENT ON COLUMN clean.ijus.modal IS 'Modal usaha (rupiah).';
COMMENT ON COLUMN clean.ijus.omset IS 'Omset per tahun (rupiah).';
COMMENT ON COLUMN clean.ijus.tenaga_kerja_l IS 'Tenaga kerja laki-laki.';
COMMENT ON COLUMN clean.ijus.tenaga_kerja_p IS 'Tenaga kerja perempuan.';
COMMENT ON COLUMN clean.ijus.status IS 'Status izin.';
COMMENT ON COLUMN clean.ijus.aturan_ukuran IS 'Aturan ukuran usaha yang berlaku pada tanggal terbit: UU 20/2008 atau PP 7/2021 (sejak 2 Februari 2021); kosong tanpa tanggal.';
COMMENT ON COLUMN clean.ijus.ukuran IS 'mikro, kecil atau menengah menurut aturan itu: mikro bila modal atau omset dalam batas mikro, selain itu kecil bila dalam batas kecil, selain itu menengah; kosong tanpa modal dan omset atau tanpa tanggal.';
COMMENT ON COLUMN clean.ijus.salinan IS 'Selalu salah di sini: baris yang dimuat lagi oleh ekspor di berkas yang lebih baru (nomor izin, tanggal terbit dan NIK sama) adalah salinan, bukan pendaftaran kedua dan bukan temuan, dan tercatat di clean.ijus_salinan.';
COMMENT ON COLUMN clean.ijus.terkini IS 'Salah untuk baris yang nomor izinnya terdaftar lagi kemudian (yang dihitung yang terakhir).';
COMMENT ON COLUMN clean.ijus.ganda_usaha IS 'Benar untuk izin kedua dan seterusnya dari orang (hash NIK) dan nama usaha yang sama dengan nomor izin lain.';
COMMENT ON COLUMN clean.ijus.masalah IS 'Masalah baris yang pertama (lihat masalah_semua); kosong bila baik.';
COMMENT ON COLUMN clean.ijus.masalah_semua IS 'Semua masalah baris, berurutan: wajib_kosong (nomor izin, tanggal terbit, NIK atau kecamatan kosong), nik_salah, nik_jenis_kelamin, kecamatan_asing, duplikat_izin, duplikat_usaha; kosong bila baik.';
COMMENT ON COLUMN clean.ijus.dihitung IS 'Benar bila baris dihitung sebagai UMKM ber-IUMK: ada nomor izin, tanggal terbit dan salah satu dari 16 kecamatan, pendaftaran terakhir nomor itu, bukan salinan, bukan izin kedua orang dan usaha yang sama. Masalah NIK saja tidak menghapus hitungan.';

