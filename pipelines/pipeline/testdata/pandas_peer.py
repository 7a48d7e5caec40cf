# The peer of BenchmarkLicenceExport: what an analyst would write with
# pandas to get the month's figures from an I-Jus Melon export without
# kinerja. Read the export (CSV in UTF-8 or Windows-1252, comma or
# semicolon; or XLSX through openpyxl), find the columns by their words,
# clean the kecamatan, the dates and the money, keep the latest
# registration of each licence number, count the licences per month and
# kecamatan with their workers, and write the table to an .xlsx.
#
# It keeps no row's place, reports no problem of a row, and neither checks
# nor hashes the NIK: it is the least an analyst would do, so the
# comparison favours it. It reads only the columns it counts from, and
# cleans each distinct text once (a month's export repeats its dates,
# amounts and kecamatan), as one who knows pandas would.
#
#   python3 pandas_peer.py EXPORT OUT.xlsx
import re
import sys

import pandas as pd

LAKI, PEREMPUAN = ("l", "laki", "pria"), ("p", "perempuan", "wanita")
MONTHS = {"januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
          "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12}


def read(path):
    if path.lower().endswith(".xlsx"):
        raw = pd.read_excel(path, dtype=str, header=None, engine="openpyxl")
        # the header is the first row that names a NIK and a licence
        for i in range(min(20, len(raw))):
            cells = [str(v).lower() for v in raw.iloc[i]]
            if any(w in c for c in cells for w in ("nik", "ktp", "kependudukan")) and \
                    any(w in c for c in cells for w in ("izin", "iumk", "tanggal", "tgl")):
                df = raw.iloc[i + 1:]
                df.columns = [str(v) for v in raw.iloc[i]]
                return df
        raise SystemExit("no header")
    with open(path, "rb") as f:
        head = f.read(1 << 20)
    try:
        head.decode("utf-8")
        enc = "utf-8-sig"
    except UnicodeDecodeError:
        enc = "cp1252"
    first = head.split(b"\n", 1)[0]
    sep = ";" if first.count(b";") > first.count(b",") else ","
    header = pd.read_csv(path, dtype=str, encoding=enc, sep=sep, nrows=0)
    wanted = [column(header, t) for t in (is_izin, is_tanggal, is_kecamatan, is_tk(LAKI), is_tk(PEREMPUAN), is_modal)]
    return pd.read_csv(path, dtype=str, encoding=enc, sep=sep, keep_default_na=False, usecols=[c for c in wanted if c])


def once(s, f):
    """f applied to each distinct value of s once."""
    u = pd.Series(s.unique())
    return s.map(pd.Series(f(u).values, index=u.values))


def column(df, test):
    for c in df.columns:
        if test(re.findall(r"[a-z]+", c.lower())):
            return c
    return None


def is_izin(w):
    return ("no" in w or "nomor" in w) and ("izin" in w or "iumk" in w)


def is_tanggal(w):
    return ("tanggal" in w or "tgl" in w) and "lahir" not in w


def is_kecamatan(w):
    return "kecamatan" in w or "kec" in w


def is_tk(sex):
    return lambda w: ("tk" in w or "tenaga" in w) and any(x in w for x in sex)


def is_modal(w):
    return "modal" in w


def dates(s):
    s = s.str.strip()
    out = pd.to_datetime(s, format="%d/%m/%Y", errors="coerce")
    iso = pd.to_datetime(s, format="%Y-%m-%d", errors="coerce")
    out = out.fillna(iso)
    words = s.str.lower().str.extract(r"^(\d{1,2})\s+([a-z]+)\s+(\d{4})$")
    month = words[1].map(MONTHS)
    named = pd.to_datetime(pd.DataFrame({"year": pd.to_numeric(words[2], errors="coerce"), "month": month,
                                         "day": pd.to_numeric(words[0], errors="coerce")}), errors="coerce")
    return out.fillna(named)


def money(s):
    s = s.str.lower().str.replace("rp", "", regex=False).str.replace(",-", "", regex=False).str.strip()
    jt = s.str.endswith("jt")
    s = s.str.replace("jt", "", regex=False).str.strip().str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    v = pd.to_numeric(s, errors="coerce")
    return v.where(~jt, v * 1_000_000)


def main(path, out):
    df = read(path)
    izin, tgl, kec = column(df, is_izin), column(df, is_tanggal), column(df, is_kecamatan)
    tkl, tkp, modal = column(df, is_tk(LAKI)), column(df, is_tk(PEREMPUAN)), column(df, is_modal)
    d = pd.DataFrame({
        "izin": df[izin].str.strip(),
        "tanggal": once(df[tgl].fillna(""), dates),
        "kecamatan": once(df[kec].fillna(""), lambda k: k.str.lower().str.replace(r"^kec(amatan)?\.?\s*", "", regex=True)
                          .str.replace(r"\bsmg\b\.?", "semarang", regex=True).str.replace(r"[^a-z]", "", regex=True)),
        "tk_l": pd.to_numeric(df[tkl], errors="coerce"),
        "tk_p": pd.to_numeric(df[tkp], errors="coerce"),
        "modal": once(df[modal].fillna(""), money),
    })
    d = d[(d["izin"] != "") & d["tanggal"].notna() & (d["kecamatan"] != "")]
    d = d.sort_values("tanggal").drop_duplicates("izin", keep="last")
    d["tahun"], d["bulan"] = d["tanggal"].dt.year, d["tanggal"].dt.month
    table = d.groupby(["tahun", "bulan", "kecamatan"]).agg(izin=("izin", "size"), tk_l=("tk_l", "sum"), tk_p=("tk_p", "sum"),
                                                  modal=("modal", "sum")).reset_index()
    table.to_excel(out, index=False)
    print(len(df), len(d), len(table))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
