"""Coding on several processes, with the output of a single process.

The parser is the ceiling of tacitus's speed and it runs on one core; news parallelises across documents.
Documents are cut into consecutive batches; each batch goes to a worker process that holds one Pipeline
for its whole life (models load once per worker), and results come back in batch order, so events,
their order and the run summary are exactly those of Pipeline.code_documents on one process.

Workers are started with the "spawn" method: a fresh interpreter does not inherit the parent's threads
or loaded models (forking a process that holds a BLAS thread pool or a pyarrow pool can deadlock), and
each worker is limited to one BLAS thread so that N workers use N cores, not N squared threads.
At most `2 * workers` batches are in flight, so memory stays bounded however long the input is.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    TypeVar,
)

if TYPE_CHECKING:
    from .documents import Document, Rejection
    from .pipeline import PipelineOptions, RunSummary
    from .schema import Event

DEFAULT_BATCH_DOCUMENTS = 16
DEFAULT_BATCH_CHARS = 40_000
# Environment variables that size the thread pools of numpy's BLAS and of OpenMP code.
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
_POLL_SECONDS = 0.5

State = TypeVar("State")
Result = TypeVar("Result")


class WorkerError(RuntimeError):
    """A worker process failed: an exception in the work (its traceback is in the message) or a crash."""


def batches(items: Iterable[Any], max_documents: int = DEFAULT_BATCH_DOCUMENTS,
            max_chars: int = DEFAULT_BATCH_CHARS) -> Iterator[list[Any]]:
    """Consecutive lists of at most max_documents items and about max_chars characters of text
    (a longer document makes a batch alone); rejections and other items without text count as none."""
    if max_documents < 1 or max_chars < 1:
        raise ValueError("max_documents and max_chars must be positive")
    batch: list[Any] = []
    size = 0
    for item in items:
        length = _text_length(item)
        if batch and (len(batch) >= max_documents or size + length > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += length
    if batch:
        yield batch


def _text_length(item: Any) -> int:
    text = item.get("text") if isinstance(item, dict) else getattr(item, "text", None)
    return len(text) if isinstance(text, str) else 0


# ---------------------------------------------------------------------------- the generic pool


class WorkerPool(Generic[State]):
    """Worker processes, each holding the state `init(*init_args)` built once when it starts, and
    applying `work(state, batch)` to batches sent to it; results come back in the order sent.

    init and work must be importable top-level functions; init_args, batches and results picklable.
    Use as a context manager, or call start() and close(). start() returns once every worker has
    built its state, so that what follows can be timed without the start-up.
    """

    def __init__(self, workers: int, init: Callable[..., State], init_args: Sequence[Any] = (),
                 window: int | None = None) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self.workers = workers
        self.window = window or 2 * workers
        self._init = init
        self._init_args = tuple(init_args)
        self._context = multiprocessing.get_context("spawn")
        self._tasks: Any = None
        self._results: Any = None
        self._processes: list[Any] = []

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self._processes if p.pid is not None]

    def start(self) -> WorkerPool[State]:
        if self._processes:
            return self
        self._tasks = self._context.Queue()
        self._results = self._context.Queue()
        # Pickled here, unpickled in the worker after its thread limits are set (unpickling imports modules).
        payload = pickle.dumps((self._init, self._init_args))
        threads = "1" if self.workers > 1 else ""
        for index in range(self.workers):
            process = self._context.Process(target=_worker_main, args=(payload, self._tasks, self._results, threads),
                                            name=f"tacitus-worker-{index}", daemon=True)
            process.start()
            self._processes.append(process)
        try:
            for _ in range(self.workers):
                kind, _seq, value = self._receive()
                if kind != "ready":
                    raise WorkerError(f"a worker failed while starting:\n{value}")
        except BaseException:
            self.close()
            raise
        return self

    def map_ordered(self, work: Callable[[State, Any], Result], items: Iterable[Any]) -> Iterator[Result]:
        """work(state, item) for each item on the workers, results in the order of items."""
        if not self._processes:
            self.start()
        done: dict[int, Result] = {}
        sent = received = 0
        for item in items:
            self._tasks.put((sent, work, item))
            sent += 1
            while sent - received >= self.window:
                received = yield from self._collect(done, received)
        while received < sent:
            received = yield from self._collect(done, received)

    def _collect(self, done: dict[int, Result], received: int):
        """Wait for one result, then yield every result that is next in order; returns the new count."""
        kind, seq, value = self._receive()
        if kind == "error":
            raise WorkerError(value)
        done[seq] = value
        while received in done:
            yield done.pop(received)
            received += 1
        return received

    def _receive(self) -> tuple[str, int, Any]:
        while True:
            try:
                return self._results.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                dead = [p for p in self._processes if not p.is_alive()]
                if dead:
                    codes = ", ".join(f"{p.name} (exit code {p.exitcode})" for p in dead)
                    raise WorkerError(f"worker process died: {codes}; a worker killed for lack of memory "
                                      "exits with -9: try fewer workers") from None

    def close(self) -> None:
        """Stop the workers (those busy are terminated: closing early abandons their batches)."""
        if not self._processes:
            return
        for _ in self._processes:
            try:
                self._tasks.put(None)
            except (OSError, ValueError):
                break
        for process in self._processes:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
                process.join(timeout=5)
        for q in (self._tasks, self._results):
            q.close()
            q.cancel_join_thread()
        self._processes = []

    def __enter__(self) -> WorkerPool[State]:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def _worker_main(payload: bytes, tasks: Any, results: Any, threads: str) -> None:
    if threads:
        for name in _THREAD_VARIABLES:
            os.environ[name] = threads
    try:
        init, init_args = pickle.loads(payload)
        state = init(*init_args)
    except Exception:  # reported to the parent, which raises it: a worker must never fail silently
        results.put(("error", -1, traceback.format_exc()))
        return
    results.put(("ready", -1, None))
    while True:
        task = tasks.get()
        if task is None:
            return
        seq, work, item = task
        try:
            results.put(("ok", seq, work(state, item)))
        except Exception:  # the parent raises it as a WorkerError with this traceback
            results.put(("error", seq, traceback.format_exc()))


# ---------------------------------------------------------------------------- coding documents


@dataclass
class _BatchResult:
    events: list
    read: int
    coded: int
    event_count: int
    date_assumed: int
    rejected: Counter
    problems: list[str]
    notes: list[str]
    explanations: dict[str, dict] = field(default_factory=dict)


def _start_pipeline(options: PipelineOptions | None, warm_up: Sequence[Document]):
    from .pipeline import Pipeline, RunSummary

    pipeline = Pipeline(options)
    if warm_up:
        # Loads what these documents need (language identifier, parsers, actors, lexicons, gazetteer).
        for _ in pipeline.code_documents(list(warm_up), RunSummary()):
            pass
    return pipeline


def _code_batch(pipeline, items: list) -> _BatchResult:
    from .pipeline import RunSummary

    summary = RunSummary()
    events = []
    explanations: dict[str, dict] = {}
    for event in pipeline.code_documents(items, summary):
        events.append(event)
        if pipeline.options.explain and event.id in pipeline.explanations:
            explanations[event.id] = pipeline.explanations[event.id]
    return _BatchResult(events, summary.read, summary.coded, summary.events, summary.date_assumed,
                        summary.rejected, summary.problems, summary.notes, explanations)


def _merge(summary: RunSummary, part: _BatchResult) -> None:
    summary.read += part.read
    summary.coded += part.coded
    summary.events += part.event_count
    summary.date_assumed += part.date_assumed
    summary.rejected.update(part.rejected)
    summary.problems.extend(part.problems)
    summary.notes.extend(part.notes)


class ParallelCoder:
    """A Pipeline on `workers` processes; code_documents gives what Pipeline.code_documents gives.

    warm_up: documents every worker codes (and discards) when it starts, so that models are loaded
    before the first batch (a benchmark then times the coding alone). With `explain`, the explanations
    of the batch being yielded are in `explanations` (as Pipeline.explanations holds the last document's).
    """

    def __init__(self, workers: int, options: PipelineOptions | None = None, warm_up: Sequence[Document] = (),
                 batch_documents: int = DEFAULT_BATCH_DOCUMENTS, batch_chars: int = DEFAULT_BATCH_CHARS) -> None:
        self.pool: WorkerPool = WorkerPool(workers, _start_pipeline, (options, tuple(warm_up)))
        self.batch_documents = batch_documents
        self.batch_chars = batch_chars
        self.explanations: dict[str, dict] = {}

    def start(self) -> ParallelCoder:
        self.pool.start()
        return self

    def close(self) -> None:
        self.pool.close()

    def __enter__(self) -> ParallelCoder:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def code_documents(self, documents: Iterable[Document | Rejection | dict[str, Any]],
                       summary: RunSummary | None = None) -> Iterator[Event]:
        from .pipeline import RunSummary

        summary = summary if summary is not None else RunSummary()
        work = batches(documents, self.batch_documents, self.batch_chars)
        for part in self.pool.map_ordered(_code_batch, work):
            _merge(summary, part)
            self.explanations = part.explanations
            yield from part.events


def code_documents_parallel(documents: Iterable[Document | Rejection | dict[str, Any]], workers: int,
                            options: PipelineOptions | None = None,
                            summary: RunSummary | None = None) -> Iterator[Event]:
    """Pipeline(options).code_documents(documents, summary) on `workers` processes: the same events in
    the same order and the same summary. workers=1 codes in this process, without starting any."""
    from .pipeline import Pipeline, PipelineOptions, RunSummary

    options = options if options is not None else PipelineOptions()
    summary = summary if summary is not None else RunSummary()
    if workers <= 1:
        yield from Pipeline(options).code_documents(documents, summary)
        return
    with ParallelCoder(workers, options) as coder:
        yield from coder.code_documents(documents, summary)
