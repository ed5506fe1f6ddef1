"""Benchmark the gazetteer index: build time, load time, resident memory added by loading, lookup speed; and the
same index stored in sqlite, the alternative format considered.

    .venv/bin/python bench/bench_gazetteer.py            # a table
    .venv/bin/python bench/bench_gazetteer.py --json     # one JSON object

Each load is measured in a fresh interpreter (the modules it needs imported first), so that the memory added
is the index's alone. Memory is read from /proc/self/statm (resident pages), so this runs on Linux only.
Targets (issue 5): load < 2 s, < 300 MB added.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOAD_LIMIT_S = 2.0
RSS_LIMIT_MB = 300.0

# Runs in a child interpreter: prints {"load_s", "rss_mb", "lookup_us"} for one format.
_CHILD = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[3])
def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
fmt, path = sys.argv[1], sys.argv[2]
from tacitus.attributes.gazetteer import Gazetteer, name_key
import sqlite3, pickle
probe = [name_key(n) for n in ("Paris", "Kharkov", "Харків", "بغداد", "Nowhere Town", "Tripoli", "Georgia",
                               "New York", "São Paulo", "Ciudad de México")] * 1000
before = rss_mb()
t = time.perf_counter()
if fmt == "pickle":
    g = Gazetteer.load(path, build_if_missing=False)
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    for k in probe:
        g.lookup(k)
else:
    con = sqlite3.connect(path)
    con.execute("SELECT count(*) FROM names").fetchone()
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    for k in probe:
        con.execute("SELECT p.* FROM names n JOIN places p ON p.idx = n.idx WHERE n.key = ?", (k,)).fetchall()
lookup_us = (time.perf_counter() - t) / len(probe) * 1e6
print(json.dumps({"load_s": load_s, "rss_mb": rss_mb() - before, "lookup_us": lookup_us}))
"""


def _child(fmt: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD, fmt, str(path), str(ROOT)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def _write_sqlite(data: dict, path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE places (idx INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL, "
                "country TEXT, feature TEXT, population INTEGER, admin1 TEXT, capital TEXT)")
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                    ((i, *row) for i, row in enumerate(data["rows"])))
    con.execute("CREATE TABLE names (key TEXT, idx INTEGER)")
    rows = []
    for key, value in data["keys"].items():
        for code in (value if isinstance(value, tuple) else (value,)):
            rows.append((key, code if code >= 0 else -code - 1))
    con.executemany("INSERT INTO names VALUES (?,?)", rows)
    con.execute("CREATE INDEX names_key ON names(key)")
    con.commit()
    con.close()


def run() -> dict:
    sys.path.insert(0, str(ROOT))
    from tacitus.attributes.gazetteer import build_index, collect

    with tempfile.TemporaryDirectory() as tmp:
        pickle_path = Path(tmp) / "gazetteer.pickle"
        t = time.perf_counter()
        build_index(pickle_path)
        build_s = time.perf_counter() - t
        sqlite_path = Path(tmp) / "gazetteer.sqlite"
        _write_sqlite(collect(), sqlite_path)
        pickled = _child("pickle", pickle_path)
        sqlited = _child("sqlite", sqlite_path)
        result = {
            "build_s": round(build_s, 2),
            "pickle": {"file_mb": round(pickle_path.stat().st_size / 2**20, 1), "load_s": round(pickled["load_s"], 3),
                       "rss_mb": round(pickled["rss_mb"], 1), "lookup_us": round(pickled["lookup_us"], 2)},
            "sqlite": {"file_mb": round(sqlite_path.stat().st_size / 2**20, 1), "load_s": round(sqlited["load_s"], 3),
                       "rss_mb": round(sqlited["rss_mb"], 1), "lookup_us": round(sqlited["lookup_us"], 2)},
            "cpu_count": os.cpu_count(),
        }
    result["within_targets"] = result["pickle"]["load_s"] < LOAD_LIMIT_S and result["pickle"]["rss_mb"] < RSS_LIMIT_MB
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    r = run()
    if args.json:
        print(json.dumps(r))
    else:
        print(f"build (collect + write pickle): {r['build_s']} s")
        for fmt in ("pickle", "sqlite"):
            x = r[fmt]
            print(f"{fmt:7s} file {x['file_mb']} MB, load {x['load_s']} s, +{x['rss_mb']} MB resident, "
                  f"lookup {x['lookup_us']} µs")
        print(f"targets (load < {LOAD_LIMIT_S} s, < {RSS_LIMIT_MB} MB): {'met' if r['within_targets'] else 'MISSED'}")
    return 0 if r["within_targets"] else 1


if __name__ == "__main__":
    sys.exit(main())
