"""Coding documents into the store: idempotent, resumable after a crash, re-coding only when asked."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Protocol

from ..documents import Document, Rejection
from .db import CodedDocument, EventStore
from .rows import text_hash

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..schema import Event


class DocumentCoder(Protocol):
    """What ingest needs of a coder: its model version, and the events of one document (None: not coded)."""

    model_version: str

    def code(self, document: Document) -> "list[Event] | None": ...

    def kb_version(self) -> str | None: ...

    def last_problem(self) -> tuple[str, str] | None: ...


class PipelineCoder:
    """The tacitus pipeline as a DocumentCoder (languages it cannot handle come back as None)."""

    def __init__(self, pipeline: "Pipeline | None" = None) -> None:
        from ..pipeline import Pipeline, RunSummary

        self.pipeline = pipeline or Pipeline()
        self.run = RunSummary()
        self._problem: tuple[str, str] | None = None

    @property
    def model_version(self) -> str:
        return self.pipeline.model_version

    def kb_version(self) -> str | None:
        return self.pipeline.resolver.kb_version

    def code(self, document: Document) -> "list[Event] | None":
        coded, rejected, problems = self.run.coded, Counter(self.run.rejected), len(self.run.problems)
        events = list(self.pipeline.code_documents([document], self.run))
        if self.run.coded > coded:
            self._problem = None
            return events
        reasons = list((self.run.rejected - rejected).keys())
        message = (self.run.problems[problems] if len(self.run.problems) > problems
                   else f"document {document.id} was not coded")
        self._problem = (reasons[0] if reasons else "not_coded", message)
        return None

    def last_problem(self) -> tuple[str, str] | None:
        return self._problem


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0            # documents coded and written in this run
    recoded: int = 0           # of which were re-coded (--recode)
    skipped: int = 0           # already stored (same id), left as they were
    events: int = 0            # events written in this run
    clusters: int | None = None
    rejected: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def as_dict(self) -> dict[str, Any]:
        return {"documents_read": self.read, "documents_stored": self.stored, "documents_recoded": self.recoded,
                "documents_skipped": self.skipped, "documents_rejected": sum(self.rejected.values()),
                "rejected_by_reason": dict(self.rejected), "events_written": self.events,
                "clusters": self.clusters, "seconds": round(time.monotonic() - self.started, 2)}

    def render(self) -> str:
        rejected = sum(self.rejected.values())
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(self.rejected.items()))
        lines = [f"documents read: {self.read}, stored: {self.stored} (re-coded: {self.recoded}), "
                 f"already stored: {self.skipped}, rejected: {rejected}" + (f" ({reasons})" if reasons else ""),
                 f"events written: {self.events}; clusters in store: {self.clusters}; "
                 f"seconds: {time.monotonic() - self.started:.1f}"]
        return "\n".join(lines)


def ingest(store: EventStore, items: Iterable[Document | Rejection | dict[str, Any]], coder: DocumentCoder, *,
           recode: bool = False, batch_size: int = 32, max_seconds_per_batch: float = 5.0,
           summary: IngestSummary | None = None,
           progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Code the documents not yet stored and write them with their events, a batch per transaction.

    A document whose id is stored already is skipped; with `recode`, it is coded again when the model that
    coded it differs from `coder.model_version`, and its old events are replaced. Clusters are rebuilt at the
    end whenever anything was written (or a previous run was killed before rebuilding them).
    """
    summary = summary if summary is not None else IngestSummary()
    pending: list[CodedDocument] = []
    pending_ids: set[str] = set()
    replacing = False
    last_flush = time.monotonic()

    def flush() -> None:
        nonlocal pending, pending_ids, last_flush
        if pending:
            summary.events += store.write(pending, replace=replacing)
            summary.stored += len(pending)
            summary.recoded += len(pending) if replacing else 0
        pending, pending_ids, last_flush = [], set(), time.monotonic()

    for item in _documents(items, summary):
        stored = store.stored_documents([item.id]).get(item.id)
        if item.id in pending_ids:
            summary.skipped += 1
            continue
        if stored is not None:
            if stored.text_hash != text_hash(item.text):
                summary.notes.append(f"document {item.id}: stored already with a different text; kept the stored "
                                     "one (give the new text another id to keep both)")
                summary.skipped += 1
                continue
            if not (recode and stored.model_version != coder.model_version):
                summary.skipped += 1
                continue
        batch_is_recode = stored is not None
        if pending and batch_is_recode != replacing:
            flush()
        replacing = batch_is_recode
        events = coder.code(item)
        if events is None:
            problem = coder.last_problem()
            reason, message = problem if problem else ("not_coded", f"document {item.id} was not coded")
            summary.rejected[reason] += 1
            summary.problems.append(message)
            continue
        pending.append(CodedDocument(item, events, coder.model_version, coder.kb_version()))
        pending_ids.add(item.id)
        if len(pending) >= batch_size or time.monotonic() - last_flush > max_seconds_per_batch:
            flush()
            if progress is not None:
                progress(summary)
    if pending:
        flush()
        if progress is not None:
            progress(summary)
    if store.clusters_dirty():
        summary.clusters = store.rebuild_clusters()
    else:
        summary.clusters = store.counts()["clusters"]
    return summary


def document_from_dict(record: dict[str, Any]) -> Document:
    """A Document from a JSON-like record {id?, text, date?, lang?, url?, title?, source?}."""
    from ..documents import text_id

    text = record["text"]
    return Document(id=str(record.get("id") or text_id(text)), text=text, date=record.get("date"),
                    lang=record.get("lang"), url=record.get("url"), title=record.get("title"),
                    source=record.get("source"), source_path=record.get("source_path"))


def _documents(items: Iterable[Document | Rejection | dict[str, Any]], summary: IngestSummary):
    for item in items:
        summary.read += 1
        if isinstance(item, Rejection):
            summary.rejected[item.reason] += 1
            summary.problems.append(f"{item.location()}: {item.message}")
            continue
        yield item if isinstance(item, Document) else document_from_dict(item)
