-- clean.padanan_deret: for every code of a Renstra (program, kegiatan, sub
-- kegiatan, indicator), the code whose row its series continues in Tabel
-- 2.3 and 2.4 (akar): itself, or, through the planner's Padanan Kode
-- (clean.padanan_kode), its first predecessor in the earlier plan's order
-- (the Renstra's period, then the row), followed back across every change
-- of plan. A successor the earlier plan already has under the same code
-- continues its own row (a merge into a code that goes on is no new
-- series); several successors of one code (pecah) share its row.
CREATE TABLE clean.padanan_deret AS
WITH RECURSIVE pos AS (
    SELECT DISTINCT pk.kode, pk.file_id, r.periode_awal, pk.row_no
    FROM clean.program_kegiatan pk JOIN clean.renstra r USING (file_id)
    WHERE pk.kode IS NOT NULL AND NOT pk.lanjutan
    UNION
    SELECT DISTINCT i.kode, i.file_id, r.periode_awal, i.row_no
    FROM clean.indikator i JOIN clean.renstra r USING (file_id)
    WHERE i.kode IS NOT NULL
),
first_pred AS (
    SELECT p.kode_baru AS kode, arg_min(p.kode_lama, [o.periode_awal, o.row_no]) AS lama
    FROM clean.padanan_kode p JOIN pos o ON o.kode = p.kode_lama
    WHERE p.status = 'ok' AND p.kode_lama IS NOT NULL AND p.kode_baru IS NOT NULL
      -- an indicator continues an indicator, a line of the plan a line
      AND (p.jenis_lama = 'indikator') = (p.jenis_baru = 'indikator')
      AND NOT EXISTS (SELECT 1 FROM pos x JOIN pos y USING (file_id) WHERE x.kode = p.kode_baru AND y.kode = p.kode_lama)
    GROUP BY p.kode_baru
),
chain AS (
    SELECT DISTINCT kode, kode AS akar, 0 AS depth FROM pos
    UNION ALL
    SELECT c.kode, f.lama, c.depth + 1 FROM chain c JOIN first_pred f ON f.kode = c.akar WHERE c.depth < 20
)
SELECT kode, arg_max(akar, depth) AS akar, max(depth) AS langkah FROM chain GROUP BY kode;
COMMENT ON TABLE clean.padanan_deret IS 'Untuk setiap kode Renstra (program, kegiatan, sub kegiatan, indikator): kode yang barisnya dilanjutkan deretnya di Tabel 2.3 dan 2.4 (dirinya, atau pendahulu pertamanya melalui lembar Padanan Kode, ditelusuri melewati setiap pergantian Renstra).';
COMMENT ON COLUMN clean.padanan_deret.kode IS 'Kode di suatu Renstra.';
COMMENT ON COLUMN clean.padanan_deret.akar IS 'Kode yang barisnya dilanjutkan: kode itu sendiri, atau pendahulunya yang paling awal.';
COMMENT ON COLUMN clean.padanan_deret.langkah IS 'Berapa pergantian Renstra ditelusuri (0 = kode itu sendiri).';
