"""The event store: one DuckDB file at a path the user chooses.

Crash safety rests on DuckDB's transactions: a batch of documents and their events is written in one
transaction, together with a flag saying clusters need rebuilding; the rebuild is one transaction too and
clears the flag. A process killed at any moment leaves either the whole batch or none of it, and the next
run skips what is stored, codes the rest and rebuilds clusters when the flag is still set.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from . import clusters as _clusters
from .rows import (DOCUMENT_COLUMNS, EVENT_COLUMNS, WORD_COLUMNS, arrow_table, document_row, event_key, event_row,
                   words)
from .tables import DDL, STORE_SCHEMA_VERSION

if TYPE_CHECKING:
    import duckdb

    from ..documents import Document
    from ..schema import Event


class StoreError(Exception):
    """A store that cannot be opened or used, with a message a user can act on."""


class StoredDocument:
    __slots__ = ("id", "text_hash", "model_version")

    def __init__(self, id: str, text_hash: str, model_version: str) -> None:
        self.id, self.text_hash, self.model_version = id, text_hash, model_version


class CodedDocument:
    """A document with the events coded from it, ready to be written."""

    __slots__ = ("document", "events", "model_version", "kb_version")

    def __init__(self, document: "Document", events: Sequence["Event"], model_version: str,
                 kb_version: str | None) -> None:
        self.document, self.events = document, list(events)
        self.model_version, self.kb_version = model_version, kb_version


class EventStore:
    """Documents, events and clusters in one DuckDB file. Use as a context manager, or call close()."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        import duckdb

        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}: create one with `tacitus ingest INPUT --db {self.path}`")
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc} (is another tacitus process writing "
                             "to it? DuckDB allows one writing process at a time)") from exc
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a tacitus store (DuckDB file): {exc}") from exc
        # No progress bar: a library must not draw on the user's terminal (a setting of each connection).
        self._con.execute("SET enable_progress_bar = false")
        # Serialises writers inside this process (the HTTP server codes and writes from worker threads).
        self.write_lock = threading.Lock()
        # Bumped by every write in this process (the only one that can write: DuckDB locks the file), so that
        # readers can tell whether what they derived from the store is still current.
        self.generation = 0
        if not read_only:
            for statement in DDL:
                self._con.execute(statement)
            self._con.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
                              [STORE_SCHEMA_VERSION])
        self._check_schema()

    def _check_schema(self) -> None:
        import duckdb

        try:
            row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException as exc:
            raise StoreError(f"{self.path} is not a tacitus store (no meta table)") from exc
        if row is None or row[0] != STORE_SCHEMA_VERSION:
            raise StoreError(f"{self.path} has store schema {row[0] if row else '?'}; this tacitus reads "
                             f"schema {STORE_SCHEMA_VERSION}")

    # -- connections -------------------------------------------------------------------------------------

    def cursor(self) -> "duckdb.DuckDBPyConnection":
        """A connection for one thread (DuckDB connections are not shared between threads)."""
        cursor = self._con.cursor()
        cursor.execute("SET enable_progress_bar = false")
        return cursor

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> "EventStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents ---------------------------------------------------------------------------------------

    def stored_documents(self, ids: Iterable[str]) -> dict[str, StoredDocument]:
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        rows = self._con.execute("SELECT id, text_hash, model_version FROM documents WHERE id IN "
                                 "(SELECT unnest(?))", [wanted]).fetchall()
        return {r[0]: StoredDocument(*r) for r in rows}

    def documents_to_recode(self, model_version: str) -> Iterator["Document"]:
        """Stored documents coded by another model version, rebuilt from their stored text."""
        from ..documents import Document

        cursor = self.cursor()
        ids = [r[0] for r in cursor.execute("SELECT id FROM documents WHERE model_version <> ? ORDER BY id",
                                            [model_version]).fetchall()]
        for start in range(0, len(ids), 256):
            rows = cursor.execute("SELECT id, text, date, lang, url, title, source, source_path FROM documents "
                                  "WHERE id IN (SELECT unnest(?)) ORDER BY id", [ids[start:start + 256]]).fetchall()
            for r in rows:
                yield Document(id=r[0], text=r[1], date=r[2], lang=r[3], url=r[4], title=r[5], source=r[6],
                               source_path=r[7])

    # -- writing -----------------------------------------------------------------------------------------

    def write(self, batch: Sequence[CodedDocument], *, replace: bool = False) -> int:
        """Store documents and their events in one transaction; returns the number of events written.

        Without `replace`, documents already stored are left as they are (idempotent re-runs). With it,
        their old events are deleted and the new ones written (re-coding)."""
        if not batch:
            return 0
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        coded_at = datetime.now(timezone.utc).replace(tzinfo=None)
        first: dict[str, CodedDocument] = {}
        for coded in batch:
            first.setdefault(coded.document.id, coded)
        batch = list(first.values())
        with self._transaction() as con:
            ids = [c.document.id for c in batch]
            if replace:
                con.execute("DELETE FROM event_words WHERE event_key IN (SELECT key FROM events WHERE doc_id IN "
                            "(SELECT unnest(?)))", [ids])
                con.execute("DELETE FROM events WHERE doc_id IN (SELECT unnest(?))", [ids])
                con.execute("DELETE FROM documents WHERE id IN (SELECT unnest(?))", [ids])
            else:
                stored = {r[0] for r in con.execute("SELECT id FROM documents WHERE id IN (SELECT unnest(?))",
                                                    [ids]).fetchall()}
                batch = [c for c in batch if c.document.id not in stored]
            new_events = {e.id: e for c in batch for e in c.events}   # an id twice in a document: once
            docs = arrow_table((document_row(c.document, c.model_version, c.kb_version, len(c.events), coded_at)
                                for c in batch), DOCUMENT_COLUMNS)
            events = arrow_table((event_row(e) for e in new_events.values()), EVENT_COLUMNS)
            word_rows = arrow_table(({"word": w, "event_key": event_key(e.id)} for e in new_events.values()
                                     for w in words(e.evidence.text)), WORD_COLUMNS)
            tables = {"_new_documents": docs, "_new_events": events, "_new_words": word_rows}
            for name, table in tables.items():
                con.register(name, table)
            try:
                con.execute("INSERT INTO documents SELECT * FROM _new_documents")
                con.execute("INSERT INTO events SELECT * FROM _new_events")
                con.execute("INSERT INTO event_words SELECT * FROM _new_words")
            finally:
                for name in tables:
                    con.unregister(name)
            if batch:
                con.execute("INSERT OR REPLACE INTO meta VALUES ('clusters_dirty', 'true')")
        return events.num_rows

    @contextmanager
    def _transaction(self) -> Iterator["duckdb.DuckDBPyConnection"]:
        """One writer at a time, all or nothing: commit on success, roll back on any exception (or a kill, which
        DuckDB's journal undoes), and bump the generation either way so readers re-derive what they cached."""
        with self.write_lock:
            con = self._con
            con.begin()
            try:
                yield con
                con.commit()
            except BaseException:
                con.rollback()
                raise
            finally:
                self.generation += 1

    def clusters_dirty(self) -> bool:
        row = self._con.execute("SELECT value FROM meta WHERE key = 'clusters_dirty'").fetchone()
        return row is not None and row[0] == "true"

    def rebuild_clusters(self) -> int:
        """Recompute all clusters in one transaction; returns how many there are."""
        with self._transaction() as con:
            count = _clusters.rebuild(con)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('clusters_dirty', 'false')")
        return count

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (done on close too; this makes it explicit)."""
        self._con.execute("CHECKPOINT")

    # -- reading -----------------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        cursor = self.cursor()
        return {name: cursor.execute(f"SELECT count(*) FROM {name}").fetchone()[0]  # fixed table names
                for name in ("documents", "events", "clusters")}
