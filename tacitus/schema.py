"""The event record: defined once here, exported as JSON Schema to schema/event.schema.json.

Field names are a contract that outside checks and every output format rely on.
All offsets are Python string indices (code points) into the document text as tacitus read it.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
AUX_MODES: tuple[str, ...] = ("negation", "future", "hypothetical", "historical")
SCHEMA_VERSION = "1.0"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Entity(_Record):
    """One actor or recipient mention, resolved to codes."""

    text: str = Field(description="the words of the mention, doc_text[start:end]")
    start: int
    end: int
    name: str | None = Field(None, description="canonical name of the resolved entity")
    country: str | None = Field(None, description="ISO3, KOS, PSE, or IGO/UNO/EUR/NGO/ISM/IMG/MNC")
    sector: str | None = Field(None, description="PLOVER sector code (GOV, MIL, COP, ...)")
    other_sectors: list[str] = Field(default_factory=list)
    identifier: str | None = Field(None, description="Wikidata id, only where a shipped source gives one")
    title: str | None = Field(None, description="the title or role said of the mention")
    country_inferred: bool = Field(False, description="true when the country was inferred, not said")


class Span(_Record):
    start: int
    end: int
    text: str


class Evidence(_Record):
    sentence_index: int
    start: int
    end: int
    text: str = Field(description="the sentence")
    trigger: Span


class EventDate(_Record):
    value: str | None = Field(description="ISO date (YYYY-MM-DD, YYYY-MM or YYYY); null when unknown")
    precision: Literal["day", "month", "year"] | None
    text: str | None = Field(None, description="the words it came from; null when it is the document date")


class Location(_Record):
    text: str
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(None, description="ISO3 of the place")
    feature: str | None = Field(None, description="GeoNames feature class/code, e.g. P.PPLC, A.PCLI")
    precision: Literal["city", "region", "country"] | None = None


class Quantity(_Record):
    value: float
    unit: str = Field(description="ISO 4217 currency, or what was counted (killed, injured, people, countries...)")
    qualifier: Literal["exact", "more_than", "at_least", "about", "up_to", "less_than"] = "exact"
    text: str


class Event(_Record):
    """One coded event, with the evidence it came from."""

    id: str = Field(description="deterministic: document id + sentence + spans + type")
    doc_id: str
    event_type: str = Field(description="PLOVER 2.0 event type")
    mode: str | None = None
    contexts: list[str] = Field(default_factory=list)
    aux_mode: list[str] = Field(default_factory=list, description="negation / future / hypothetical / historical")
    confidence: float = Field(ge=0.0, le=1.0, description="the event scorer's probability that this event (type and parties) is right; its "
                                                        "calibration is measured in the README")
    language: str
    actor: list[Entity]
    recipient: list[Entity] = Field(default_factory=list)
    date: EventDate
    location: Location | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    cameo: str | None = Field(None, description="nearest CAMEO code, a string with leading zeros")
    quad_class: int | None = Field(None, ge=1, le=4)
    goldstein: float | None = None
    plover_intensity: float | None = None
    source: str | None = None
    url: str | None = None
    publication_date: str | None = None
    source_path: str | None = None
    model_version: str
    kb_version: str
    date_assumed: bool = Field(False, description="true when roles were resolved without a document date")
    evidence: Evidence


def event_id(doc_id: str, sentence_index: int, trigger: tuple[int, int],
             actors: list[tuple[int, int]], recipients: list[tuple[int, int]], event_type: str) -> str:
    """Deterministic event id, so re-running on the same text never duplicates events."""
    key = json.dumps([doc_id, sentence_index, list(trigger), sorted(map(list, actors)),
                      sorted(map(list, recipients)), event_type])
    return doc_id + "-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def event_json_schema() -> dict:
    schema = Event.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"tacitus event record {SCHEMA_VERSION}"
    return schema


def write_event_schema(path: Path) -> None:
    path.write_text(json.dumps(event_json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
