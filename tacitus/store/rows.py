"""Turning events and documents into rows of the store's tables (as Arrow tables, for fast bulk inserts)."""
from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Iterable

from ..schema import Entity, Event

if TYPE_CHECKING:
    import pyarrow

    from ..documents import Document

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("key", "int64"), ("doc_id", "string"), ("event_type", "string"), ("mode", "string"),
    ("contexts", "list"), ("aux_mode", "list"), ("confidence", "float64"), ("language", "string"),
    ("actor_code", "string"), ("recipient_code", "string"), ("actor_country", "string"),
    ("recipient_country", "string"), ("actor_countries", "list"), ("recipient_countries", "list"),
    ("actor_sectors", "list"), ("recipient_sectors", "list"), ("countries", "list"), ("sectors", "list"),
    ("actor_names", "string"),
    ("recipient_names", "string"), ("event_date", "date"), ("date_precision", "string"),
    ("location_name", "string"), ("location_country", "string"), ("location_precision", "string"),
    ("geonameid", "int64"), ("lat", "float64"), ("lon", "float64"), ("cameo", "string"), ("quad_class", "int8"),
    ("goldstein", "float64"), ("plover_intensity", "float64"), ("source", "string"), ("url", "string"),
    ("publication_date", "string"), ("model_version", "string"), ("kb_version", "string"),
    ("sentence_text", "string"), ("record", "string"), ("cluster_id", "string"), ("cluster_articles", "int32"),
    ("cluster_sources", "int32"),
)
WORD_COLUMNS: tuple[tuple[str, str], ...] = (("word", "string"), ("event_key", "int64"))
_WORD = re.compile(r"\w+")
# Scripts written without spaces between words: each character is indexed as a word of its own.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def words(text: str) -> list[str]:
    """The distinct words of a text, case-folded, in order of first occurrence (what the text filter matches)."""
    seen: dict[str, None] = {}
    for token in _WORD.findall(text.casefold()):
        if _UNSPACED.search(token):
            for part in re.split(f"({_UNSPACED.pattern})", token):
                if part:
                    seen.setdefault(part, None)
        elif len(token) <= 64:
            seen.setdefault(token, None)
    return list(seen)

DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"), ("text", "string"), ("text_hash", "string"), ("date", "string"), ("lang", "string"),
    ("url", "string"), ("title", "string"), ("source", "string"), ("source_path", "string"),
    ("model_version", "string"), ("kb_version", "string"), ("n_events", "int32"), ("coded_at", "timestamp"),
)


def event_key(event_id: str) -> int:
    """A stable 60-bit integer for an event id (collisions would need ~2^30 events to become likely)."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entity_code(entity: Entity) -> str:
    """CAMEO-style actor code: country then sector (FRAGOV, UKRMIL, IGO); empty when neither is known."""
    return (entity.country or "") + (entity.sector or "")


def side_code(entities: list[Entity]) -> str:
    """One side of a dyad: the distinct codes of its entities, sorted, so that list order does not matter."""
    return ";".join(sorted({entity_code(e) for e in entities if entity_code(e)}))


def _display_names(entities: list[Entity]) -> str:
    return "; ".join(e.name or e.text for e in entities)


def _first_country(entities: list[Entity]) -> str | None:
    return next((e.country for e in entities if e.country), None)


def day_of(value: str | None) -> date | None:
    """The first day an ISO date, month or year stands for; None when missing or not ISO."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def event_row(event: Event) -> dict[str, Any]:
    location = event.location
    return {
        "id": event.id, "key": event_key(event.id), "doc_id": event.doc_id, "event_type": event.event_type, "mode": event.mode,
        "contexts": list(event.contexts), "aux_mode": list(event.aux_mode), "confidence": event.confidence,
        "language": event.language,
        "actor_code": side_code(event.actor), "recipient_code": side_code(event.recipient),
        "actor_country": _first_country(event.actor), "recipient_country": _first_country(event.recipient),
        "actor_countries": sorted({e.country for e in event.actor if e.country}),
        "recipient_countries": sorted({e.country for e in event.recipient if e.country}),
        "actor_sectors": sorted({s for e in event.actor for s in [e.sector, *e.other_sectors] if s}),
        "recipient_sectors": sorted({s for e in event.recipient for s in [e.sector, *e.other_sectors] if s}),
        "countries": sorted({e.country for e in event.actor + event.recipient if e.country}),
        "sectors": sorted({s for e in event.actor + event.recipient for s in [e.sector, *e.other_sectors] if s}),
        "actor_names": _display_names(event.actor), "recipient_names": _display_names(event.recipient),
        "event_date": day_of(event.date.value), "date_precision": event.date.precision,
        "location_name": (location.name or location.text) if location else None,
        "location_country": location.country if location else None,
        "location_precision": location.precision if location else None,
        "geonameid": location.geonameid if location else None,
        "lat": location.lat if location else None, "lon": location.lon if location else None,
        "cameo": event.cameo, "quad_class": event.quad_class, "goldstein": event.goldstein,
        "plover_intensity": event.plover_intensity, "source": event.source, "url": event.url,
        "publication_date": event.publication_date, "model_version": event.model_version,
        "kb_version": event.kb_version, "sentence_text": event.evidence.text, "record": event.model_dump_json(),
        "cluster_id": None, "cluster_articles": None, "cluster_sources": None,
    }


def document_row(document: "Document", model_version: str, kb_version: str | None, n_events: int,
                 coded_at: datetime) -> dict[str, Any]:
    return {"id": document.id, "text": document.text, "text_hash": text_hash(document.text), "date": document.date,
            "lang": document.lang, "url": document.url, "title": document.title, "source": document.source,
            "source_path": document.source_path, "model_version": model_version, "kb_version": kb_version,
            "n_events": n_events, "coded_at": coded_at}


def _arrow_type(name: str) -> "pyarrow.DataType":
    import pyarrow as pa

    return {"string": pa.string(), "list": pa.list_(pa.string()), "float64": pa.float64(), "int64": pa.int64(),
            "int32": pa.int32(), "int8": pa.int8(), "date": pa.date32(), "timestamp": pa.timestamp("us")}[name]


def arrow_table(rows: Iterable[dict[str, Any]], columns: tuple[tuple[str, str], ...]) -> "pyarrow.Table":
    import pyarrow as pa

    schema = pa.schema([(name, _arrow_type(kind)) for name, kind in columns])
    return pa.Table.from_pylist(list(rows), schema=schema)
