"""Coding on several processes gives exactly the single-process output."""
from __future__ import annotations

import json
import os
import time
from importlib import resources
from pathlib import Path

import pytest

from tacitus.documents import Document, Rejection
from tacitus.parallel import WorkerError, WorkerPool, batches

DATA = Path(__file__).parent / "data"


# Work functions run in spawned workers: they must be importable, top-level functions.
def _new_state(tag: str) -> dict:
    return {"tag": tag, "pid": os.getpid(), "built": time.monotonic_ns()}


def _slow_echo(state: dict, item: int) -> tuple[int, int, int, str]:
    # Early items are slowest, so later batches finish first and the pool must put them back in order.
    time.sleep(0.02 * (item % 5 == 0))
    return item, state["pid"], state["built"], os.environ.get("OPENBLAS_NUM_THREADS", "")


def _fail_on_seven(state: dict, item: int) -> int:
    if item == 7:
        raise ValueError("seven is not allowed")
    return item


def _crash(state: dict, item: int) -> int:
    if item == 3:
        os._exit(3)
    return item


def _failing_init() -> None:
    raise RuntimeError("no models here")


def test_pool_returns_results_in_input_order_with_state_built_once_per_worker():
    with WorkerPool(2, _new_state, ("x",)) as pool:
        pids = set(pool.pids)
        results = list(pool.map_ordered(_slow_echo, range(40)))
    assert [r[0] for r in results] == list(range(40))
    assert {r[1] for r in results} <= pids and len(pids) == 2
    # One state per process, never rebuilt: each pid is paired with one build time.
    assert len({(r[1], r[2]) for r in results}) == len({r[1] for r in results})
    assert {r[3] for r in results} == {"1"}, "each of several workers is limited to one BLAS thread"


@pytest.mark.parametrize("work, expected", [(_fail_on_seven, "seven is not allowed"), (_crash, "exit code 3")])
def test_pool_reports_a_failing_or_dying_worker(work, expected):
    with pytest.raises(WorkerError, match=expected), WorkerPool(2, _new_state, ("x",)) as pool:
        list(pool.map_ordered(work, range(20)))


def test_pool_reports_a_worker_that_cannot_start():
    with pytest.raises(WorkerError, match="no models here"):
        WorkerPool(1, _failing_init).start()


@pytest.mark.parametrize("max_documents, max_chars, expected", [
    (2, 1000, [["aa", "bbb"], ["c", None], ["dddd"]]),
    (10, 4, [["aa"], ["bbb", "c", None], ["dddd"]]),
    (10, 2, [["aa"], ["bbb"], ["c", None], ["dddd"]]),
])
def test_batches_are_consecutive_and_bounded_by_count_and_characters(max_documents, max_chars, expected):
    items = [Document("1", "aa"), {"text": "bbb"}, Document("3", "c"), Rejection(None, 1, "empty", "x"),
             Document("5", "dddd")]
    got = [[(i.get("text") if isinstance(i, dict) else getattr(i, "text", None)) for i in b]
           for b in batches(items, max_documents, max_chars)]
    assert got == expected


# ---------------------------------------------------------------------------- end to end


def _corpus() -> list:
    """Real-looking multi-language input: the built-in sample, the project's attribute and place test
    sentences grouped into short articles per language (with and without a given language and date), a
    text in a language tacitus does not handle, and a rejection from the reader."""
    items: list = []
    sample = resources.files("tacitus").joinpath("data/samples/sample.jsonl").read_text(encoding="utf-8")
    items += [json.loads(line) for line in sample.splitlines() if line.strip()]
    by_lang: dict[str, list[str]] = {}
    for name in ("attributes_gold.jsonl", "places_gold.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            by_lang.setdefault(record["lang"], []).append(record["text"])
    for lang, texts in sorted(by_lang.items()):
        for k in range(0, len(texts), 6):
            article = "\n\n".join(texts[k:k + 6])
            given = k % 12 == 0
            items.append(Document(f"{lang}-{k}", article, date="2023-05-0" + str(1 + k % 9) if given else None,
                                  lang=lang if given else None))
    items.insert(7, Rejection("feed.jsonl", 3, "malformed_json", "feed.jsonl:3: malformed JSON"))
    items.append(Document("hu-1", "A kormány szerdán új adót jelentett be a bankokra és a nagy áruházláncokra."))
    return items


@pytest.mark.slow
def test_two_workers_give_the_events_and_summary_of_one_process():
    from tacitus.parallel import code_documents_parallel
    from tacitus.pipeline import PipelineOptions, RunSummary

    corpus = _corpus()
    one, two = RunSummary(), RunSummary()
    single = list(code_documents_parallel(corpus, 1, PipelineOptions(), one))
    # Small batches: many of them in flight on both workers, finishing out of order.
    from tacitus.parallel import ParallelCoder

    with ParallelCoder(2, PipelineOptions(), batch_documents=3, batch_chars=2000) as coder:
        double = list(coder.code_documents(corpus, two))
    assert len(single) > 20, "the corpus has events to compare"
    assert [e.model_dump() for e in double] == [e.model_dump() for e in single]
    assert {k: v for k, v in two.as_dict().items() if k != "seconds"} == \
        {k: v for k, v in one.as_dict().items() if k != "seconds"}
    assert (two.problems, two.notes) == (one.problems, one.notes)
    assert one.rejected["unknown_language"] >= 1 and one.rejected["malformed_json"] == 1
