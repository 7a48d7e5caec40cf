-- mart.tabel24_sections: the section rows (I BELANJA TIDAK LANGSUNG, II
-- BELANJA LANGSUNG) of each window that has rows in them.
CREATE TABLE mart.tabel24_sections AS
SELECT DISTINCT m.first_year, m.last_year, s.seq, s.no, s.uraian
FROM clean.tabel24_rows s
JOIN mart.tabel24 m ON m.section = s.no
WHERE s.row_kind = 'section';
COMMENT ON TABLE mart.tabel24_sections IS 'Baris judul bagian Tabel 2.4 (I BELANJA TIDAK LANGSUNG, II BELANJA LANGSUNG) per jendela tahun.';
