"""The end-to-end pipeline: documents -> language -> parse -> actors -> events -> attributes -> records."""
from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import __version__
from .coder import implicit, transnational
from .coder.coder import Candidate, EventCoder
from .compat import compat
from .documents import Document, Rejection, text_id
from .schema import Entity, Event, EventDate, Evidence, Location, Quantity, Span, event_id


@dataclass
class RunSummary:
    read: int = 0
    coded: int = 0
    events: int = 0
    date_assumed: int = 0
    rejected: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def reject(self, rejection: Rejection) -> None:
        self.rejected[rejection.reason] += 1
        self.problems.append(f"{rejection.location()}: {rejection.message}")

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    def as_dict(self) -> dict[str, Any]:
        return {"documents_read": self.read, "documents_coded": self.coded,
                "documents_rejected": sum(self.rejected.values()), "rejected_by_reason": dict(self.rejected),
                "events": self.events, "documents_without_date": self.date_assumed,
                "seconds": round(self.seconds, 2)}

    def render(self) -> str:
        rejected = sum(self.rejected.values())
        reasons = ", ".join(f"{k}: {v}" for k, v in sorted(self.rejected.items()))
        lines = [f"documents read: {self.read}, coded: {self.coded}, rejected: {rejected}"
                 + (f" ({reasons})" if reasons else ""),
                 f"events: {self.events}; seconds: {self.seconds:.1f}"]
        if self.date_assumed:
            lines.append(f"documents without a date: {self.date_assumed} (roles resolved with the most recent "
                         "terms known; event dates unknown unless the text gives one)")
        return "\n".join(lines)


@dataclass
class PipelineOptions:
    actors_overlay: Path | None = None
    explain: bool = False   # keep each event's explanation (trigger, lexicon entry, role rules) for the caller
    # Events whose confidence (the event scorer's probability) is below this are dropped; None: the scorer's
    # own threshold, chosen by cross-validation on the training data. 0 keeps every rule candidate.
    min_confidence: float | None = None
    # Rule candidates with their rule scores, no event scorer (what the scorer is trained on, with the filler).
    rules_only: bool = False
    # The trained recipient filler (tacitus.coder.recipient_filler) where the rules found no recipient; off only
    # to build its own training data.
    recipient_filler: bool = True
    # The country of generic actors ("the police", "the unions") that neither their sentence nor their document
    # places: "auto" takes the document's `source_country`, else the country whose press writes most of the
    # language (HOME_COUNTRY_BY_LANG); a code imposes that country on every document; "none" leaves them
    # without a country.
    home_country: str = "auto"


# Languages whose news is overwhelmingly published in one country. Spanish, Portuguese, Arabic and English are
# written by many countries' press alike, so they get no default.
HOME_COUNTRY_BY_LANG = {"de": "DEU", "fr": "FRA", "it": "ITA", "ru": "RUS"}


def home_country(document: Document, lang: str, option: str = "auto") -> str | None:
    """The country generic actors of `document` belong to when nothing in the text places them."""
    if option == "none":
        return None
    if option != "auto":
        return option
    return document.source_country or HOME_COUNTRY_BY_LANG.get(lang)


def _resource_digest(folder: str) -> str:
    digest = hashlib.sha1()
    root = resources.files("tacitus").joinpath(folder)
    if root.is_dir():
        for path in sorted(root.iterdir(), key=lambda p: p.name):
            if path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


class Pipeline:
    """Holds the loaded components (each loaded on first use) and codes documents."""

    def __init__(self, options: PipelineOptions | None = None) -> None:
        self.options = options or PipelineOptions()
        self._coders: dict[str, EventCoder | None] = {}
        # Explanations of the events of the document coded last (only with options.explain).
        self.explanations: dict[str, dict] = {}

    @cached_property
    def language_identifier(self):
        from .language import LanguageIdentifier

        return LanguageIdentifier()

    @cached_property
    def resolver(self):
        from .actors import ActorResolver

        return ActorResolver.load(self.options.actors_overlay)

    @cached_property
    def abroad_codes(self) -> dict[str, str]:
        """Knowledge-base organisation id -> the code it takes acting outside its home country (IMG)."""
        return {oid: o["abroad"] for oid, o in self.resolver.kb.organisations.items() if o.get("abroad")}

    @cached_property
    def model_version(self) -> str:
        # (the rules alone still use the recipient filler, a trained model, unless it is off)
        uses_models = not self.options.rules_only or self.options.recipient_filler
        return (f"tacitus-{__version__}+lex.{_resource_digest('data/lexicon')}"
                + (f".model.{_resource_digest('data/models')}" if uses_models else ""))

    def coder(self, lang: str) -> EventCoder | None:
        if lang not in self._coders:
            from .coder.recipient_filler import load_recipient_filler
            from .coder.scorer import load_event_scorer

            scorer = None if self.options.rules_only else load_event_scorer()
            filler = load_recipient_filler() if self.options.recipient_filler else None
            self._coders[lang] = EventCoder.for_language(lang, scorer, self.options.min_confidence, filler)
        return self._coders[lang]

    def language_of(self, document: Document) -> tuple[str | None, str]:
        """(language, how): the input's lang wins; else identification; None when tacitus cannot handle it."""
        from .language import SUPPORTED_LANGUAGES

        if document.lang:
            lang = document.lang.lower().split("-")[0]
            return (lang, "given") if lang in SUPPORTED_LANGUAGES else (None, f"language {document.lang!r} is not handled")
        lang, confidence = self.language_identifier.identify(document.text)
        if lang is None:
            return None, f"language not identified among those tacitus handles (confidence {confidence:.2f})"
        return lang, "identified"

    def code_documents(self, documents: Iterable[Document | dict[str, Any]],
                       summary: RunSummary | None = None) -> Iterator[Event]:
        summary = summary if summary is not None else RunSummary()
        for item in documents:
            if isinstance(item, Rejection):
                summary.read += 1
                summary.reject(item)
                continue
            document = item if isinstance(item, Document) else _document_from_dict(item)
            summary.read += 1
            for note in document.notes:
                summary.notes.append(f"{document.source_path or document.id}: {note}")
            lang, how = self.language_of(document)
            if lang is None:
                summary.reject(Rejection(document.source_path, None, "unknown_language",
                                         f"document {document.id}: {how}; not coded"))
                continue
            events = self.code_document(document, lang)
            summary.coded += 1
            summary.events += len(events)
            summary.date_assumed += document.date is None
            yield from events

    def code_document(self, document: Document, lang: str) -> list[Event]:
        return [event for event, _ in self.code_document_with_candidates(document, lang)]

    def code_document_with_candidates(self, document: Document, lang: str) -> list[tuple[Event, Candidate]]:
        """Each event with the coder's candidate it was built from (trigger, roles, scorer features)."""
        from .nlp import get_backend

        parsed = get_backend(lang).parse(document.text)
        mentions, adjectives = self.resolver.read(parsed, document.date,
                                                  home_country(document, lang, self.options.home_country))
        coder = self.coder(lang)
        if coder is None:
            return []
        candidates = coder.code(parsed, mentions, adjectives, _year(document.date))
        return self._records(document, lang, parsed, candidates, mentions)

    def _records(self, document: Document, lang: str, parsed, candidates: list[Candidate],
                 mentions) -> list[tuple[Event, Candidate]]:
        from .attributes import dates, places, quantities

        self.explanations = {}
        doc_countries = [m.country for m in mentions if m.country and len(m.country) == 3 and not m.country_inferred]
        dyad = implicit.main_dyad(mentions)
        dateline = _dateline(document.text)
        by_sentence: dict[int, list[Candidate]] = {}
        for c in candidates:
            by_sentence.setdefault(c.sentence.index, []).append(c)
        records: list[tuple[Event, Candidate]] = []
        for index, group in sorted(by_sentence.items()):
            sentence = group[0].sentence
            found = quantities.find_quantities(sentence.text, lang, offset=sentence.start)
            owners = _attach_quantities(group, found)
            entities = [(e.start - sentence.start, e.end - sentence.start, e.label) for e in parsed.entities
                        if sentence.start <= e.start and e.end <= sentence.end]
            for c in group:
                trigger_start = sentence.tokens[c.trigger.head].start
                date = dates.event_date(sentence.text, lang, document.date, offset=sentence.start, anchor=trigger_start)
                countries = [m.country for m in c.actors + c.recipients if m.country] + doc_countries
                place = places.event_location(sentence.text, lang, sentence.start, entities, countries,
                                              dateline if index == 0 else None, elsewhere=c.reporter_spans)
                # The place's country is geographic (ISO); a party's is PLOVER's, where a dependency is its state.
                party_place = place if place is None or not place.country else \
                    replace(place, country=self.resolver.kb.plover_code(place.country))
                implicit.fill_parties(c, party_place, doc_countries, dyad)
                transnational.code_groups_abroad(c, party_place, self.abroad_codes)
                event = self._event(document, lang, c, date, place, [q for q, o in owners if o is c])
                if self.options.explain:
                    self.explanations[event.id] = c.explanation
                records.append((event, c))
        return records

    def _event(self, document: Document, lang: str, c: Candidate, date, place, found_quantities) -> Event:
        sentence = c.sentence
        tokens = sentence.tokens
        t_start, t_end = tokens[c.trigger.tokens[0]].start, tokens[c.trigger.tokens[-1]].end
        info = compat(c.event_type, c.mode)
        from .attributes.places import to_location

        return Event(
            id=event_id(document.id, sentence.index, (t_start, t_end), [(m.start, m.end) for m in c.actors],
                        [(m.start, m.end) for m in c.recipients], c.event_type),
            doc_id=document.id, event_type=c.event_type, mode=c.mode, contexts=c.contexts, aux_mode=c.aux_mode,
            confidence=c.confidence, language=lang,
            actor=[_entity(m) for m in c.actors], recipient=[_entity(m) for m in c.recipients],
            date=_event_date(date, document.date),
            location=Location(**to_location(place)) if place is not None else None,
            quantities=[Quantity(value=q.value, unit=q.unit, qualifier=q.qualifier, text=q.text) for q in found_quantities],
            cameo=info.cameo, quad_class=info.quad_class, goldstein=info.goldstein, plover_intensity=info.plover_intensity,
            source=document.source, url=document.url, publication_date=document.date, source_path=document.source_path,
            model_version=self.model_version, kb_version=self.resolver.kb_version,
            date_assumed=document.date is None,
            evidence=Evidence(sentence_index=sentence.index, start=sentence.start, end=sentence.end, text=sentence.text,
                              trigger=Span(start=t_start, end=t_end, text=document.text[t_start:t_end])),
        )


def _entity(m) -> Entity:
    return Entity(text=m.text, start=m.start, end=m.end, name=m.name, country=m.country, sector=m.sector,
                  other_sectors=list(m.other_sectors or ()), identifier=m.identifier, title=m.title,
                  country_inferred=bool(m.country_inferred))


def _event_date(found, doc_date: str | None) -> EventDate:
    if found is not None and found.value:
        return EventDate(value=found.value, precision=found.precision, text=found.text)
    if doc_date:
        return EventDate(value=doc_date, precision="day", text=None)
    return EventDate(value=None, precision=None, text=found.text if found is not None else None)


def _attach_quantities(group: list[Candidate], found: list) -> list[tuple[Any, Candidate | None]]:
    """Each quantity goes to the event whose trigger precedes it most closely (else the nearest one)."""
    owners = []
    for q in found:
        def distance(c: Candidate) -> tuple[int, int]:
            t_end = c.sentence.tokens[c.trigger.tokens[-1]].end
            t_start = c.sentence.tokens[c.trigger.tokens[0]].start
            return (0, q.start - t_end) if t_start <= q.start else (1, t_start - q.end)
        owners.append((q, min(group, key=distance) if group else None))
    return owners


def _year(date: str | None) -> int | None:
    """The year of an ISO date ("2023-05-09"), or None."""
    head = (date or "")[:4]
    return int(head) if head.isdigit() else None


def _dateline(text: str) -> str | None:
    """The dateline of a wire story ("KYIV, May 5 (Reuters) -"), when the text opens with one."""
    head = text[:120]
    for sep in (" - ", " — ", " – ", " -- "):
        pos = head.find(sep)
        if 0 < pos < 80:
            return head[:pos]
    return None


def _document_from_dict(record: dict[str, Any]) -> Document:
    text = record["text"]
    return Document(id=str(record.get("id") or text_id(text)), text=text, date=record.get("date"),
                    lang=record.get("lang"), url=record.get("url"), title=record.get("title"),
                    source=record.get("source"), source_country=record.get("source_country"),
                    source_path=record.get("source_path"))
