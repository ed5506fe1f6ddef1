"""The event store: coded documents and events in DuckDB, clusters across articles, queries and exports.

    >>> from tacitus.store import EventStore, Filters, ingest, PipelineCoder
    >>> with EventStore("events.duckdb") as store:
    ...     ingest(store, [{"id": "a1", "text": "...", "date": "2024-01-02"}], PipelineCoder())
"""
from __future__ import annotations

from .db import CodedDocument, EventStore, StoreError
from .export import EXPORT_FORMATS, export
from .ingest import IngestSummary, PipelineCoder, ingest
from .query import Filters, QueryError, aggregate, count_events, select_events

__all__ = ["CodedDocument", "EventStore", "StoreError", "EXPORT_FORMATS", "export", "IngestSummary",
           "PipelineCoder", "ingest", "Filters", "QueryError", "aggregate", "count_events", "select_events"]
