-- clean.umkm_izin: the registered UMKM of both licensing systems, one row
-- per business each counts: the IUMK licences of I-Jus Melon
-- (clean.ijus_keputusan.dihitung, to 2021) and the NIB of OSS (clean.oss_usaha.
-- dihitung, from August 2021). A business registered in both is counted
-- once, by its IUMK: a NIB that clean.umkm_cocok finds an IUMK licence for
-- is here, not counted, with the licence and how it was found. A view:
-- the rows are those two tables' own, and a million licences copied into
-- a table of their own cost seconds a run.
CREATE VIEW clean.umkm_izin AS
SELECT 'IUMK' AS sistem, k.nomor_izin AS nomor, k.file_id, b.path AS file, k.sheet, k.row_no, k.tanggal_terbit,
       CAST(k.kecamatan AS VARCHAR) AS kecamatan, CAST(k.kode_kecamatan AS VARCHAR) AS kode_kecamatan, k.sektor, CAST(k.jk AS VARCHAR) AS jk, CAST(k.ukuran AS VARCHAR) AS ukuran,
       k.tenaga_kerja_l, k.tenaga_kerja_p, CAST(NULL AS DECIMAL(38,10)) AS tenaga_kerja,
       true AS dihitung, CAST(NULL AS VARCHAR) AS sama_dengan, CAST(NULL AS VARCHAR) AS cocok
FROM clean.ijus_keputusan k JOIN clean.berkas b USING (file_id) WHERE k.dihitung
UNION ALL
SELECT 'OSS', o.nib, o.file_id, o.file, o.sheet, o.row_no, o.tanggal_terbit, o.kecamatan, o.kode_kecamatan, o.sektor, o.jk, o.ukuran,
       o.tki_l, o.tki_p, o.tki, c.nib IS NULL, c.nomor_izin, c.cara
FROM clean.oss_usaha o LEFT JOIN clean.umkm_cocok c USING (nib)
WHERE o.dihitung;
COMMENT ON VIEW clean.umkm_izin IS 'UMKM terdaftar dari kedua sistem perizinan, satu baris per usaha: IUMK I-Jus Melon (sampai 2021) dan NIB OSS (sejak Agustus 2021). Usaha OSS yang sudah ber-IUMK (NIK dan nama usaha, NIK dan alamat, atau tanpa NIK: nama usaha, alamat dan kecamatan sama) tidak dihitung lagi.';
COMMENT ON COLUMN clean.umkm_izin.sistem IS 'IUMK (I-Jus Melon) atau OSS (NIB).';
COMMENT ON COLUMN clean.umkm_izin.nomor IS 'Nomor izin IUMK atau NIB.';
COMMENT ON COLUMN clean.umkm_izin.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN clean.umkm_izin.file IS 'Berkas ekspor.';
COMMENT ON COLUMN clean.umkm_izin.sheet IS 'Lembar.';
COMMENT ON COLUMN clean.umkm_izin.row_no IS 'Nomor baris (untuk NIB: baris proyek pertama).';
COMMENT ON COLUMN clean.umkm_izin.tanggal_terbit IS 'Tanggal terbit izin atau NIB (proyek pertama).';
COMMENT ON COLUMN clean.umkm_izin.kecamatan IS 'Kecamatan baku.';
COMMENT ON COLUMN clean.umkm_izin.kode_kecamatan IS 'Kode kecamatan baku.';
COMMENT ON COLUMN clean.umkm_izin.sektor IS 'Sektor usaha: seperti dieja ekspor I-Jus Melon, atau menurut KBLI untuk NIB.';
COMMENT ON COLUMN clean.umkm_izin.jk IS 'Jenis kelamin pemilik, L atau P; kosong bila tidak diketahui.';
COMMENT ON COLUMN clean.umkm_izin.ukuran IS 'mikro, kecil atau menengah.';
COMMENT ON COLUMN clean.umkm_izin.tenaga_kerja_l IS 'Tenaga kerja laki-laki.';
COMMENT ON COLUMN clean.umkm_izin.tenaga_kerja_p IS 'Tenaga kerja perempuan.';
COMMENT ON COLUMN clean.umkm_izin.tenaga_kerja IS 'Tenaga kerja seluruhnya menurut ekspor OSS (tki), juga bila tidak dipisah L/P; kosong untuk IUMK.';
COMMENT ON COLUMN clean.umkm_izin.dihitung IS 'Benar bila usaha ini dihitung dalam Jumlah UMKM yang memiliki izin; salah untuk NIB usaha yang sudah ber-IUMK (dihitung lewat IUMK-nya).';
COMMENT ON COLUMN clean.umkm_izin.sama_dengan IS 'Untuk NIB yang sudah ber-IUMK: nomor izin IUMK-nya.';
COMMENT ON COLUMN clean.umkm_izin.cocok IS 'Bagaimana NIB dikenali sama dengan IUMK itu: NIK dan nama usaha, NIK dan alamat, atau nama usaha, alamat dan kecamatan (tanpa NIK).';
