-- raw.sipd_isi: the rows of Keuangan's SIPD-RI realisasi exports (sub
-- kegiatan × rekening), as read, one column per field whatever the export
-- called it (the names changed over the years: kode_akun/nilai before,
-- kode_rekening/pagu later); a row repeated field for field once, at its
-- latest place, the others in raw.sipd_sama. raw.sipd shows them all.
CREATE TABLE raw.sipd_isi (
    file_id            INTEGER NOT NULL,
    sheet              VARCHAR,
    row_no             INTEGER NOT NULL,
    tahun              VARCHAR,
    bulan              VARCHAR,
    kode_skpd          VARCHAR,
    nama_skpd          VARCHAR,
    kode_program       VARCHAR,
    kode_sub_kegiatan  VARCHAR,
    nama_sub_kegiatan  VARCHAR,
    kode_rekening      VARCHAR,
    nama_rekening      VARCHAR,
    level              VARCHAR,
    periode            VARCHAR,
    pagu               VARCHAR,
    pagu_murni         VARCHAR,
    realisasi_lalu     VARCHAR,
    realisasi_bulan    VARCHAR,
    realisasi          VARCHAR,
    persen             VARCHAR,
    sisa               VARCHAR,
    sumber_dana        VARCHAR,
    keterangan         VARCHAR,
    kolom_pagu         VARCHAR,
    kolom_realisasi    VARCHAR,
    lainnya            VARCHAR,
    periode_iso        VARCHAR,
    pagu_rp            DECIMAL(38,10),
    pagu_murni_rp      DECIMAL(38,10),
    realisasi_lalu_rp  DECIMAL(38,10),
    realisasi_bulan_rp DECIMAL(38,10),
    realisasi_rp       DECIMAL(38,10),
    isi_a              BIGINT NOT NULL,
    isi_b              BIGINT NOT NULL
);
COMMENT ON TABLE raw.sipd_isi IS 'Baris ekspor realisasi SIPD-RI dari Keuangan (sub kegiatan × rekening) seperti terbaca, satu kolom per isian apa pun judulnya di ekspor (baris yang berulang persis sama hanya sekali, di tempatnya yang terakhir; tempat lainnya di raw.sipd_sama; raw.sipd memuat semuanya).';
COMMENT ON COLUMN raw.sipd_isi.file_id IS 'Berkas ekspor (raw.files.file_id).';
COMMENT ON COLUMN raw.sipd_isi.sheet IS 'Lembar, untuk ekspor .xlsx; kosong untuk .csv.';
COMMENT ON COLUMN raw.sipd_isi.row_no IS 'Nomor baris di berkas (baris judul kolom dihitung), mulai dari 1.';
COMMENT ON COLUMN raw.sipd_isi.tahun IS 'Tahun anggaran seperti tertulis (tahun_anggaran).';
COMMENT ON COLUMN raw.sipd_isi.bulan IS 'Bulan seperti tertulis, bila ekspor punya kolom bulan.';
COMMENT ON COLUMN raw.sipd_isi.kode_skpd IS 'Kode SKPD/sub SKPD seperti tertulis.';
COMMENT ON COLUMN raw.sipd_isi.nama_skpd IS 'Nama SKPD/sub SKPD seperti tertulis.';
COMMENT ON COLUMN raw.sipd_isi.kode_program IS 'Kode program atau kegiatan seperti tertulis, bila ada.';
COMMENT ON COLUMN raw.sipd_isi.kode_sub_kegiatan IS 'Kode sub kegiatan seperti tertulis (kode_sub_giat), mis. 2.17.07.2.01.0003.';
COMMENT ON COLUMN raw.sipd_isi.nama_sub_kegiatan IS 'Nama sub kegiatan seperti tertulis; ada ekspor yang menulis kodenya di depan nama.';
COMMENT ON COLUMN raw.sipd_isi.kode_rekening IS 'Kode rekening belanja seperti tertulis (kode_akun), mis. 5.1.02.01.01.0024.';
COMMENT ON COLUMN raw.sipd_isi.nama_rekening IS 'Nama rekening seperti tertulis (nama_akun).';
COMMENT ON COLUMN raw.sipd_isi.level IS 'Level rekening seperti tertulis, bila ada (LRA: 1–6).';
COMMENT ON COLUMN raw.sipd_isi.periode IS 'Periode seperti tertulis (mis. s.d. Maret 2022), atau tanggal sel diubah ke TTTT-BB-HH.';
COMMENT ON COLUMN raw.sipd_isi.pagu IS 'Pagu (anggaran setelah perubahan; nilai/nominal) seperti tertulis.';
COMMENT ON COLUMN raw.sipd_isi.pagu_murni IS 'Pagu murni (sebelum perubahan/pergeseran) seperti tertulis.';
COMMENT ON COLUMN raw.sipd_isi.realisasi_lalu IS 'Realisasi s.d. bulan lalu seperti tertulis, bila ada.';
COMMENT ON COLUMN raw.sipd_isi.realisasi_bulan IS 'Realisasi bulan ini seperti tertulis, bila ada.';
COMMENT ON COLUMN raw.sipd_isi.realisasi IS 'Realisasi s.d. bulan ini (kumulatif) seperti tertulis.';
COMMENT ON COLUMN raw.sipd_isi.persen IS 'Persentase realisasi seperti tertulis.';
COMMENT ON COLUMN raw.sipd_isi.sisa IS 'Sisa anggaran / lebih (kurang) seperti tertulis.';
COMMENT ON COLUMN raw.sipd_isi.sumber_dana IS 'Sumber dana seperti tertulis.';
COMMENT ON COLUMN raw.sipd_isi.keterangan IS 'Keterangan seperti tertulis.';
COMMENT ON COLUMN raw.sipd_isi.kolom_pagu IS 'Huruf kolom pagu di berkas (untuk menunjuk selnya: kolom + row_no).';
COMMENT ON COLUMN raw.sipd_isi.kolom_realisasi IS 'Huruf kolom realisasi s.d. bulan ini di berkas.';
COMMENT ON COLUMN raw.sipd_isi.lainnya IS 'Kolom lain yang tidak dikenali, sebagai objek JSON judul kolom → isi.';
COMMENT ON COLUMN raw.sipd_isi.periode_iso IS 'Akhir bulan yang menjadi batas realisasi kumulatif, TTTT-BB-HH: dari kolom periode, atau kolom bulan dan tahun, atau nama berkas; kosong bila tidak terbaca.';
COMMENT ON COLUMN raw.sipd_isi.pagu_rp IS 'Pagu terbaca (rupiah); kosong bila kosong atau tidak terbaca.';
COMMENT ON COLUMN raw.sipd_isi.pagu_murni_rp IS 'Pagu murni terbaca (rupiah).';
COMMENT ON COLUMN raw.sipd_isi.realisasi_lalu_rp IS 'Realisasi s.d. bulan lalu terbaca (rupiah).';
COMMENT ON COLUMN raw.sipd_isi.realisasi_bulan_rp IS 'Realisasi bulan ini terbaca (rupiah).';
COMMENT ON COLUMN raw.sipd_isi.realisasi_rp IS 'Realisasi s.d. bulan ini terbaca (rupiah).';
COMMENT ON COLUMN raw.sipd_isi.isi_a IS 'Isi baris (semua isian setelah tempatnya), di-hash: 64 bit pertama SHA-256.';
COMMENT ON COLUMN raw.sipd_isi.isi_b IS '64 bit kedua SHA-256 isi baris.';
