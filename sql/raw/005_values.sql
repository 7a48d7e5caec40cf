-- raw.values: each value of a recognised form table with its meaning (field,
-- year), its cell and raw text, and the number read from it. A value that
-- could not be read keeps its raw text, status 'tidak_terbaca', and a finding.
CREATE TABLE raw.values (
    file_id   INTEGER NOT NULL,
    sheet     VARCHAR NOT NULL,
    form      VARCHAR NOT NULL,
    row_no    INTEGER NOT NULL,
    field     VARCHAR NOT NULL,     -- e.g. anggaran, realisasi, rasio, target, rp, uraian
    year      INTEGER,              -- for per-year columns
    cell      VARCHAR NOT NULL,
    raw_text  VARCHAR NOT NULL,
    num       DECIMAL(38,10),       -- the number read, exact
    percent   BOOLEAN,              -- typed with % (or a percent-formatted cell)
    unit      VARCHAR,              -- unit typed after the number ("12 bulan")
    status    VARCHAR NOT NULL,     -- ok, kosong, tidak_terbaca, teks
    norm      VARCHAR               -- dates, ya/tidak, L/P, months in one spelling
);
COMMENT ON TABLE raw.values IS 'Setiap nilai tabel formulir beserta artinya (kolom, tahun), alamat sel, teks aslinya, dan angka hasil pembacaan.';
COMMENT ON COLUMN raw.values.status IS 'ok (angka terbaca), kosong (sel kosong atau "-" / "N/A"), tidak_terbaca (bukan angka yang sah; ada temuan), teks (kolom teks).';
COMMENT ON COLUMN raw.values.file_id IS 'Berkas asal nilai (raw.files.file_id).';
COMMENT ON COLUMN raw.values.sheet IS 'Nama lembar tempat nilai berada.';
COMMENT ON COLUMN raw.values.form IS 'Formulir tabel tempat nilai ini, mis. tabel23, tabel24, renstra.tabel61, pengaturan (lihat raw.sheets.form).';
COMMENT ON COLUMN raw.values.row_no IS 'Nomor baris nilai di lembar, mulai dari 1; menghubungkan ke raw.rows.';
COMMENT ON COLUMN raw.values.field IS 'Arti nilai menurut judul kolomnya, mis. anggaran, realisasi, rasio, target, target_akhir, rp, rp_akhir, pertumbuhan_anggaran, uraian, kode_rekening, kunci, nilai.';
COMMENT ON COLUMN raw.values.year IS 'Tahun kolom nilai (mis. 2016); kosong untuk kolom yang tidak per tahun.';
COMMENT ON COLUMN raw.values.cell IS 'Alamat sel asal nilai, gaya A1 (mis. C7).';
COMMENT ON COLUMN raw.values.raw_text IS 'Isi sel apa adanya: angka tersimpan dalam format C (mis. 0.772 untuk sel persen 77,2%), teks seperti diketik; kosong untuk sel kosong. Deret 16 digit (NIK) disamarkan.';
COMMENT ON COLUMN raw.values.num IS 'Angka hasil pembacaan, tepat; persen sebagai angka persen (77,2 untuk 77,2%), uang dalam rupiah; kosong bila status bukan ok.';
COMMENT ON COLUMN raw.values.percent IS 'Benar bila angka ditulis dengan % atau selnya berformat persen; kosong bila status bukan ok.';
COMMENT ON COLUMN raw.values.unit IS 'Satuan yang diketik sesudah angka, apa adanya (mis. bln pada "12 bln", org, kop); kosong bila tidak ada.';
COMMENT ON COLUMN raw.values.norm IS 'Untuk kolom tanggal, ya/tidak, jenis kelamin dan bulan: nilai dalam satu ejaan (tanggal 2018-06-30, ya/tidak, L/P, bulan 1–12); kosong untuk angka dan teks.';
