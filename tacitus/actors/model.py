"""What the actor resolver returns: mentions in a document, and the resolution of a looked-up name."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Suffix of a mention's rule when a seat named as a place is the clause's speaker ("в Кремле заявили"):
# the event coder reads such a mention as the actor.
IMPERSONAL_SPEAKER = "+impersonal-speaker"
KINDS = ("person", "organisation", "country", "metonym", "agent", "coreference")


@dataclass
class Mention:
    """One span of a document that names an actor, resolved to PLOVER codes.

    `text` is exactly doc_text[start:end]. `rule` says why it was resolved so (which entry and which
    rule), `source` where the fact came from (curated, supraverden, ..., or "context" when the text
    itself said it). `refers_to` is the index (in the returned list) of the mention this one stands
    for: a title next to a name, a surname or "le président" after the full name. `part_of` is the
    index of the mention whose phrase contains this one ("Azerbaïdjan" in "le président de la
    République d'Azerbaïdjan"): an event coder normally keeps only mentions with `part_of` None.
    """

    start: int
    end: int
    text: str
    sentence_index: int
    name: str | None
    country: str | None
    sector: str | None
    other_sectors: list[str] = field(default_factory=list)
    identifier: str | None = None
    title: str | None = None
    country_inferred: bool = False
    kind: str = "agent"
    rule: str = ""
    source: str = ""
    entry: str | None = None          # knowledge-base entry id (person id, organisation id, ISO3, concept)
    role: str | None = None           # office or role key (president, foreign_minister, police, ...)
    date_assumed: bool = False        # the document had no date: roles resolved as of the KB's as-of date
    beyond_as_of: bool = False        # dated after the KB's as-of date: terms may have changed since
    place: bool = False               # named as a place ("à Bakou"), not as an actor
    refers_to: int | None = None
    part_of: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Resolution:
    """The resolution of one name (`ActorResolver.lookup`), with the entry and the rule used."""

    query: str
    found: bool
    country: str | None = None
    sector: str | None = None
    other_sectors: list[str] = field(default_factory=list)
    name: str | None = None
    identifier: str | None = None
    title: str | None = None
    kind: str | None = None
    entry: str | None = None
    rule: str = ""
    source: str = ""
    as_of: str | None = None
    date: str | None = None
    date_assumed: bool = False
    country_inferred: bool = False
    alternatives: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
