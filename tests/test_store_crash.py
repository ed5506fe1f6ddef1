"""Crash safety: `tacitus ingest` killed with SIGKILL at random moments, then run again, ends with exactly the
documents, events, word index and clusters of an uninterrupted run (timestamps aside): nothing lost, nothing
duplicated. Between kills, the store must open and hold whole documents only.

The kill moments are drawn from the span in which the uninterrupted run was writing (from its first committed
batch to its exit, which includes the cluster rebuild and the checkpoint), scaled to what each later run has
left to write. Set TACITUS_CRASH_SEED to replay a
failing draw; the seed is in every failure message.
"""
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from test_store_support import news_corpus, snapshot

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
KILLS = 4


def _command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "tacitus.cli", "ingest", str(corpus), "--db", str(db), "--batch-size", "2",
            "--progress", "--quiet"]


def _start(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(_command(corpus, db), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def _until_first_commit(process: subprocess.Popen) -> float:
    """Reads stderr until the first committed batch is reported; returns when that happened."""
    assert process.stderr is not None
    for line in process.stderr:
        if line.startswith("tacitus: committed"):
            return time.monotonic()
    raise AssertionError(f"ingest ended (status {process.wait()}) without committing anything")


def _stored(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        con.close()


def _whole_documents_only(db: Path) -> None:
    con = duckdb.connect(str(db), read_only=True)
    try:
        broken = con.execute("""
            SELECT d.id, d.n_events, count(e.id) FROM documents d LEFT JOIN events e ON e.doc_id = d.id
            GROUP BY ALL HAVING d.n_events <> count(e.id)""").fetchall()
        orphans = con.execute("SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()
    finally:
        con.close()
    assert broken == [] and orphans == (0,)


def test_ingest_killed_at_random_moments_then_rerun_loses_and_duplicates_nothing(tmp_path):
    seed = int(os.environ.get("TACITUS_CRASH_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in news_corpus()), encoding="utf-8")

    reference = tmp_path / "reference.duckdb"
    process = _start(corpus, reference)
    first_commit = _until_first_commit(process)
    process.stderr.read()
    assert process.wait(timeout=300) == 0
    writing = time.monotonic() - first_commit

    crashed = tmp_path / "crashed.duckdb"
    total = len(news_corpus())
    moments = []
    for _ in range(2 * KILLS):
        # Later runs skip what earlier ones stored: draw within what is left to write (plus the rebuild).
        left = 1.0 if not crashed.exists() else 1 - _stored(crashed) / total
        if left <= 0 or len(moments) == KILLS:
            break
        process = _start(corpus, crashed)
        _until_first_commit(process)
        # Each kill takes at most its share of what is left, so that later kills still find work to
        # interrupt (a kill drawn late in a 2 s write used to leave nothing for the next one).
        delay = rng.uniform(0, writing * left * 0.8 / (KILLS - len(moments)))
        time.sleep(delay)
        landed = process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        process.stderr.close()
        if landed:
            moments.append(round(delay, 3))
        _whole_documents_only(crashed)
    final = subprocess.run(_command(corpus, crashed), cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    _whole_documents_only(crashed)
    expected, seen = snapshot(reference), snapshot(crashed)
    context = f"seed {seed}, killed {moments} s after the first commit (writing took {writing:.2f} s)"
    for part in ("documents", "events", "words", "clusters", "dirty"):
        missing = sorted(set(expected[part]) - set(seen[part]))[:2]
        extra = sorted(set(seen[part]) - set(expected[part]))[:2]
        assert seen[part] == expected[part], f"{part} differ; {context}; missing {missing}; extra {extra}"
    assert len(moments) >= 2, f"too few kills landed while writing; {context}"
    print(context)
