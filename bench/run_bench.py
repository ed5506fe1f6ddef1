"""The throughput benchmark: one command, figures for the README.

    .venv/bin/python bench/build_corpus.py          # once: the fixed corpus in bench/corpus/
    .venv/bin/python bench/run_bench.py              # everything (about 15-25 minutes on 2 cores)
    .venv/bin/python bench/run_bench.py --quick      # 200 articles, no Spark: a 3-minute check

Runs over the same documents, each on a fresh pool of worker processes whose models are loaded before
the clock starts (start-up excluded; reading the files and extracting HTML are included):
- parse-only: the backends alone (spaCy tokenizer, tagger, parser, NER; natasha; the rule-based
  fallback) on every document, in its known language, (a) one document per call, as the pipeline
  calls them, and (b) in batches per language through nlp.pipe, the backends at their fastest;
- tacitus: the whole pipeline (language identification, parsing, actors, events, attributes, records)
  through tacitus.parallel.ParallelCoder, the code path of `tacitus code --workers N`;
- stages: the pipeline's stages run one after the other as Pipeline.code_document runs them, each timed
  (CPU seconds of the worker processes), to show where the time goes;
- Spark: `tacitus spark` in local mode with 1 and then 2 executor cores (unless --skip-spark).
Peak memory is the largest sum of resident memory of this process and all its descendants (workers,
the Spark JVM and its Python workers), sampled every 0.2 s. The load average is reported because other
programs on the machine slow every figure; CPU-second rates are less sensitive to them.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from tacitus.documents import Document, Rejection
from tacitus.parallel import ParallelCoder, WorkerPool, batches

WARM_UP_ARABIC = "قال وزير الخارجية إن المحادثات مع الوفد الأردني ستستأنف في عمان الأسبوع المقبل."
STAGES = ("language", "parse", "actors", "coder", "attributes")


# ---------------------------------------------------------------------------- measuring


class MemorySampler(threading.Thread):
    """Largest total RSS of this process and all its descendants, sampled every `interval` seconds."""

    def __init__(self, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.peak = 0
        self._stop_event = threading.Event()
        self._me = psutil.Process()

    def sample(self) -> int:
        total = 0
        for process in [self._me] + self._me.children(recursive=True):
            try:
                total += process.memory_info().rss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        self.peak = max(self.peak, total)
        return total

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        self.sample()
        return self.peak


def cpu_seconds(pids: Iterable[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            continue
    return total


@dataclass
class Run:
    name: str
    workers: int
    seconds: float
    sentences: int
    documents: int
    worker_cpu: float
    peak_rss: int
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "workers": self.workers, "seconds": round(self.seconds, 2),
                "sentences": self.sentences, "documents": self.documents,
                "sentences_per_s": round(self.sentences / self.seconds, 1),
                "articles_per_s": round(self.documents / self.seconds, 2),
                "worker_cpu_s": round(self.worker_cpu, 1),
                "sentences_per_cpu_s": round(self.sentences / self.worker_cpu, 1) if self.worker_cpu else None,
                "peak_rss_mb": round(self.peak_rss / 2**20), **self.extra}


def timed(name: str, workers: int, pool_pids: Callable[[], list[int]], body: Callable[[], tuple[int, int, dict]],
          sampler: MemorySampler) -> Run:
    before = cpu_seconds(pool_pids())
    start = time.perf_counter()
    sentences, documents, extra = body()
    seconds = time.perf_counter() - start
    return Run(name, workers, seconds, sentences, documents, cpu_seconds(pool_pids()) - before, sampler.peak, extra)


# ---------------------------------------------------------------------------- corpus


def corpus_items(corpus: Path, limit: int | None) -> Iterator[Document | Rejection]:
    from tacitus.inputs import iter_inputs

    items = iter_inputs([str(corpus)])
    for count, item in enumerate(items):
        if limit is not None and count >= limit:
            return
        yield item


def known_language(corpus: Path) -> Callable[[Document], str]:
    documents = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))["documents"]

    def lang(document: Document) -> str:
        key = document.id
        if key not in documents and document.source_path:
            key = str(Path(document.source_path).relative_to(corpus))
        return documents[key]["lang"]

    return lang


def warm_up_documents() -> list[Document]:
    from importlib import resources

    sample = resources.files("tacitus").joinpath("data/samples/sample.jsonl").read_text(encoding="utf-8")
    docs = [Document(r["id"], r["text"], r.get("date"), None) for r in map(json.loads, sample.splitlines()) if r]
    return docs + [Document("warm-ar", WARM_UP_ARABIC, "2024-01-01", None)]


# ---------------------------------------------------------------------------- workers (run in spawned processes)


def _init_parsers(langs: tuple[str, ...]):
    from tacitus.nlp import get_backend

    for lang in langs:
        get_backend(lang).parse("Warm up. " + WARM_UP_ARABIC if lang == "ar" else "Warm up.")
    return get_backend


def _parse_one_by_one(get_backend, batch: list[tuple[str, str]]) -> tuple[int, dict]:
    counts: Counter = Counter()
    for lang, text in batch:
        counts[lang] += len(get_backend(lang).parse(text).sentences)
    return sum(counts.values()), dict(counts)


def _parse_piped(get_backend, batch: list[tuple[str, str]]) -> tuple[int, dict]:
    by_lang: dict[str, list[str]] = {}
    for lang, text in batch:
        by_lang.setdefault(lang, []).append(text)
    counts: Counter = Counter()
    for lang, texts in by_lang.items():
        counts[lang] += sum(len(p.sentences) for p in get_backend(lang).pipe(texts))
    return sum(counts.values()), dict(counts)


def _init_staged(warm_up: tuple[Document, ...]):
    from tacitus.pipeline import Pipeline, RunSummary

    pipeline = Pipeline()
    for _ in pipeline.code_documents(list(warm_up), RunSummary()):
        pass
    return pipeline


def _code_staged(pipeline, batch: list) -> dict[str, Any]:
    """The stages of Pipeline.code_documents / code_document, one after the other, each timed."""
    from tacitus.nlp import get_backend

    cpu: Counter = Counter()
    wall: Counter = Counter()
    lang_cpu: Counter = Counter()
    lang_sentences: Counter = Counter()
    sentences = events = coded = 0
    for item in batch:
        if isinstance(item, Rejection):
            continue
        clocks = [(time.process_time(), time.perf_counter())]

        def lap(stage: str, clocks: list = clocks) -> None:
            now = (time.process_time(), time.perf_counter())
            cpu[stage] += now[0] - clocks[-1][0]
            wall[stage] += now[1] - clocks[-1][1]
            clocks.append(now)

        lang, _how = pipeline.language_of(item)
        lap("language")
        if lang is None:
            continue
        parsed = get_backend(lang).parse(item.text)
        lap("parse")
        mentions = pipeline.resolver.find_mentions(parsed, item.date)
        lap("actors")
        coder = pipeline.coder(lang)
        candidates = coder.code(parsed, mentions) if coder is not None else []
        lap("coder")
        records = pipeline._records(item, lang, parsed, candidates, mentions) if coder is not None else []
        lap("attributes")
        sentences += len(parsed.sentences)
        events += len(records)
        coded += 1
        lang_cpu[lang] += clocks[-1][0] - clocks[0][0]
        lang_sentences[lang] += len(parsed.sentences)
    return {"cpu": dict(cpu), "wall": dict(wall), "sentences": sentences, "events": events, "coded": coded,
            "lang_cpu": dict(lang_cpu), "lang_sentences": dict(lang_sentences)}


# ---------------------------------------------------------------------------- the runs


def run_parse_only(corpus: Path, limit: int | None, workers: int, piped: bool, sampler: MemorySampler) -> Run:
    lang_of = known_language(corpus)
    langs = tuple(sorted({info["lang"] for info in
                          json.loads((corpus / "manifest.json").read_text())["documents"].values()}))
    work = _parse_piped if piped else _parse_one_by_one
    with WorkerPool(workers, _init_parsers, (langs,)) as pool:
        def body() -> tuple[int, int, dict]:
            pairs = ((lang_of(d), d.text) for d in corpus_items(corpus, limit) if isinstance(d, Document))
            documents = 0
            by_lang: Counter = Counter()

            def counted(items):
                nonlocal documents
                for batch in batches(((lang, text) for lang, text in items), 16, 40_000):
                    documents += len(batch)
                    yield batch

            for _total, counts in pool.map_ordered(work, counted(pairs)):
                by_lang.update(counts)
            return sum(by_lang.values()), documents, {"sentences_by_language": dict(sorted(by_lang.items()))}

        return timed("parse-only, batched per language" if piped else "parse-only, one document per call",
                     workers, lambda: pool.pids, body, sampler)


def run_tacitus(corpus: Path, limit: int | None, workers: int, sentences: int, sampler: MemorySampler) -> Run:
    from tacitus.pipeline import RunSummary

    with ParallelCoder(workers, warm_up=warm_up_documents()) as coder:
        def body() -> tuple[int, int, dict]:
            summary = RunSummary()
            count = sum(1 for _ in coder.code_documents(corpus_items(corpus, limit), summary))
            return sentences, summary.read, {"events": count, "documents_coded": summary.coded,
                                             "rejected": dict(summary.rejected)}

        return timed("tacitus end to end", workers, lambda: coder.pool.pids, body, sampler)


def run_stages(corpus: Path, limit: int | None, workers: int, sampler: MemorySampler) -> Run:
    with WorkerPool(workers, _init_staged, (tuple(warm_up_documents()),)) as pool:
        def body() -> tuple[int, int, dict]:
            cpu: Counter = Counter()
            wall: Counter = Counter()
            lang_cpu: Counter = Counter()
            lang_sentences: Counter = Counter()
            sentences = events = coded = 0
            for part in pool.map_ordered(_code_staged, batches(corpus_items(corpus, limit), 16, 40_000)):
                cpu.update(part["cpu"])
                wall.update(part["wall"])
                lang_cpu.update(part["lang_cpu"])
                lang_sentences.update(part["lang_sentences"])
                sentences += part["sentences"]
                events += part["events"]
                coded += part["coded"]
            total = sum(cpu.values())
            return sentences, coded, {
                "events": events,
                "stage_cpu_s": {s: round(cpu[s], 1) for s in STAGES},
                "stage_cpu_share": {s: round(cpu[s] / total, 3) for s in STAGES},
                "stage_wall_s": {s: round(wall[s], 1) for s in STAGES},
                "sentences_per_cpu_s_by_language": {lang: round(lang_sentences[lang] / lang_cpu[lang], 1)
                                                    for lang in sorted(lang_cpu) if lang_cpu[lang]},
                "sentences_by_language": dict(sorted(lang_sentences.items()))}

        return timed("tacitus stages, timed", workers, lambda: pool.pids, body, sampler)


def run_spark(corpus: Path, cores: int, sampler: MemorySampler) -> dict[str, Any]:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="tacitus-bench-spark-") as tmp:
        command = [sys.executable, str(BENCH / "spark_scaling.py"), "--master", f"local[{cores}]",
                   "--corpus", str(corpus), "--out", str(Path(tmp) / "out"), "--scratch", tmp]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"cores": cores, "error": done.stderr[-2000:]}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["peak_rss_mb"] = round(sampler.peak / 2**20)
    return result


def machine() -> dict[str, Any]:
    freq = psutil.cpu_freq()
    return {"cpus": os.cpu_count(), "cpu_model": _cpu_model(), "cpu_mhz": round(freq.current) if freq else None,
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1), "python": platform.python_version(),
            "platform": platform.platform()}


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description="tacitus throughput benchmark")
    parser.add_argument("--corpus", type=Path, default=BENCH / "corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, help="only the first N documents of the corpus")
    parser.add_argument("--quick", action="store_true", help="200 documents, no Spark, no one-worker run")
    parser.add_argument("--skip-spark", action="store_true")
    parser.add_argument("--skip-single", action="store_true", help="no one-worker tacitus run")
    parser.add_argument("--spark-only", action="store_true", help="only the Spark scaling runs")
    parser.add_argument("--stages-only", action="store_true", help="only the timed-stages run")
    parser.add_argument("--output", type=Path, help="also write the results as JSON here")
    args = parser.parse_args()
    if not (args.corpus / "manifest.json").exists():
        parser.error(f"no corpus in {args.corpus}: run bench/build_corpus.py first")
    limit = 200 if args.quick and args.limit is None else args.limit
    results: dict[str, Any] = {"machine": machine(), "load_average_before": os.getloadavg(),
                               "corpus": str(args.corpus), "limit": limit, "runs": []}

    def record(run: Run) -> Run:
        results["runs"].append(run.as_dict())
        print(json.dumps(run.as_dict(), ensure_ascii=False), file=sys.stderr, flush=True)
        return run

    def sampled(fn: Callable[[MemorySampler], Any]) -> Any:
        sampler = MemorySampler()
        sampler.start()
        try:
            return fn(sampler)
        finally:
            sampler.stop()

    w = args.workers
    if args.stages_only:
        record(sampled(lambda s: run_stages(args.corpus, limit, w, s)))
        return
    if args.spark_only:
        results["spark"] = [sampled(lambda s, cores=cores: run_spark(args.corpus, cores, s)) for cores in (1, 2)]
        print(json.dumps(results["spark"], indent=1))
        if args.output:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        return
    per_call = record(sampled(lambda s: run_parse_only(args.corpus, limit, w, False, s)))
    piped = record(sampled(lambda s: run_parse_only(args.corpus, limit, w, True, s)))
    full = record(sampled(lambda s: run_tacitus(args.corpus, limit, w, per_call.sentences, s)))
    stages = record(sampled(lambda s: run_stages(args.corpus, limit, w, s)))
    if not (args.quick or args.skip_single) and w > 1:
        record(sampled(lambda s: run_tacitus(args.corpus, limit, 1, per_call.sentences, s)))
    if not (args.quick or args.skip_spark):
        results["spark"] = [sampled(lambda s, cores=cores: run_spark(args.corpus, cores, s)) for cores in (1, 2)]
        print(json.dumps(results["spark"]), file=sys.stderr)
    rate = per_call.sentences / full.seconds
    results["summary"] = {
        "workers": w,
        "sentences": per_call.sentences,
        "articles": full.documents,
        "tacitus_sentences_per_s": round(rate, 1),
        "tacitus_articles_per_s": round(full.documents / full.seconds, 2),
        "parse_only_sentences_per_s_one_document_per_call": round(per_call.sentences / per_call.seconds, 1),
        "parse_only_sentences_per_s_batched": round(piped.sentences / piped.seconds, 1),
        "ratio_to_parse_only_one_document_per_call": round(per_call.seconds / full.seconds, 3),
        "ratio_to_parse_only_batched": round(piped.seconds / full.seconds, 3),
        "peak_rss_mb_tacitus_run": round(full.peak_rss / 2**20),
        "stage_cpu_share": stages.extra["stage_cpu_share"],
        "load_average_after": os.getloadavg(),
    }
    print(json.dumps(results["summary"], indent=1))
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
