-- mart.tabel24_sections: the section rows (I BELANJA TIDAK LANGSUNG, II
-- BELANJA LANGSUNG) of each window that has rows in them.
CREATE TABLE mart.tabel24_sections AS
SELECT DISTINCT m.first_year, m.last_year, s.seq, s.no, s.uraian
FROM clean.tabel24_rows s
JOIN mart.tabel24 m ON m.section = s.no
WHERE s.row_kind = 'section';
COMMENT ON TABLE mart.tabel24_sections IS 'Baris judul bagian Tabel 2.4 (I BELANJA TIDAK LANGSUNG, II BELANJA LANGSUNG) per jendela tahun.';
COMMENT ON COLUMN mart.tabel24_sections.first_year IS 'Tahun pertama jendela review (mis. 2011).';
COMMENT ON COLUMN mart.tabel24_sections.last_year IS 'Tahun terakhir jendela review (mis. 2016).';
COMMENT ON COLUMN mart.tabel24_sections.seq IS 'Urutan baris judul bagian di tabel terbitan, mulai dari 1 (sejajar dengan mart.tabel24.seq).';
COMMENT ON COLUMN mart.tabel24_sections.no IS 'Nomor bagian: I atau II (sama dengan mart.tabel24.section).';
COMMENT ON COLUMN mart.tabel24_sections.uraian IS 'Judul bagian: BELANJA TIDAK LANGSUNG atau BELANJA LANGSUNG.';
