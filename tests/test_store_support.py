"""Hand-built documents and events for the store, export and server tests (no tests here).

Each event is built from a sentence with the actor, trigger and recipient words located in it, so that its
offsets slice the document text exactly as the pipeline's would.
"""
from __future__ import annotations

import argparse
from typing import Sequence

from tacitus.compat import compat
from tacitus.documents import Document
from tacitus.schema import Entity, Event, EventDate, Evidence, Location, Quantity, Span, event_id

MODEL = "test-model-1"
KB = "test-kb-1"


def make_event(doc: Document, sentence: str, *, event_type: str, actor: tuple[str, str, str],
               trigger: str, recipient: tuple[str, str, str] | None = None, mode: str | None = None,
               day: str | None = None, place: dict | None = None, aux: Sequence[str] = (),
               contexts: Sequence[str] = (), confidence: float = 0.8, quantities: Sequence[Quantity] = (),
               model_version: str = MODEL) -> Event:
    """An event of `doc` whose evidence is `sentence` (which must occur in doc.text).

    actor/recipient: (words in the sentence, country, sector)."""
    start = doc.text.index(sentence)

    def entity(spec: tuple[str, str, str]) -> Entity:
        words, country, sector = spec
        s = start + sentence.index(words)
        return Entity(text=words, start=s, end=s + len(words), name=words.title(), country=country or None,
                      sector=sector or None)

    t = start + sentence.index(trigger)
    actors = [entity(actor)]
    recipients = [entity(recipient)] if recipient else []
    info = compat(event_type, mode)
    index = doc.text[:start].count(". ")
    return Event(
        id=event_id(doc.id, index, (t, t + len(trigger)), [(a.start, a.end) for a in actors],
                    [(r.start, r.end) for r in recipients], event_type),
        doc_id=doc.id, event_type=event_type, mode=mode, contexts=list(contexts), aux_mode=list(aux),
        confidence=confidence, language=doc.lang or "en", actor=actors, recipient=recipients,
        date=EventDate(value=day or doc.date, precision="day" if (day or doc.date) else None),
        location=Location(**place) if place else None, quantities=list(quantities),
        cameo=info.cameo, quad_class=info.quad_class, goldstein=info.goldstein,
        plover_intensity=info.plover_intensity, source=doc.source, url=doc.url, publication_date=doc.date,
        source_path=doc.source_path, model_version=model_version, kb_version=KB,
        evidence=Evidence(sentence_index=index, start=start, end=start + len(sentence), text=sentence,
                          trigger=Span(start=t, end=t + len(trigger), text=trigger)))


PARIS = {"text": "Paris", "name": "Paris", "geonameid": 2988507, "lat": 48.85341, "lon": 2.3488, "country": "FRA",
         "feature": "P.PPLC", "precision": "city"}
KYIV = {"text": "Kyiv", "name": "Kyiv", "geonameid": 703448, "lat": 50.45466, "lon": 30.5238, "country": "UKR",
        "feature": "P.PPLC", "precision": "city"}
KHARKIV = {"text": "Kharkiv", "name": "Kharkiv", "geonameid": 706483, "lat": 49.98081, "lon": 36.25272,
           "country": "UKR", "feature": "P.PPLA", "precision": "city"}
UKRAINE = {"text": "Ukraine", "name": "Ukraine", "geonameid": 690791, "lat": 49.0, "lon": 32.0, "country": "UKR",
           "feature": "A.PCLI", "precision": "country"}

# A sentence whose text has every character that breaks naive TSV/CSV writers and HTML pages.
TRICKY = 'Russian forces shelled Kharkiv,\tofficials said: "a <b>massacre</b>"\nand <script>alert(1)</script> 5 "killed".'


def corpus() -> list[tuple[Document, list[Event]]]:
    """A small corpus: one event reported by several publishers (and a verbatim copy), other events apart."""
    def doc(i: str, text: str, date: str, source: str, lang: str = "en") -> Document:
        return Document(id=i, text=text, date=date, lang=lang, url=f"https://news.example/{i}", title=f"Story {i}",
                        source=source)

    a_text = "Russian forces shelled Kharkiv on Monday. Ukraine accused Russia of war crimes."
    docs = {
        "a1": doc("a1", a_text, "2024-03-04", "Wire One"),
        "a2": doc("a2", a_text, "2024-03-04", "Paper Two"),                   # verbatim copy, other publisher
        "a3": doc("a3", "Russian troops shelled Kharkiv overnight.", "2024-03-05", "Paper Three"),
        "b1": doc("b1", "France and Germany signed a deal in Paris.", "2024-03-04", "Wire One", "en"),
        "c1": doc("c1", TRICKY, "2024-04-10", "Tricky Times"),
        "d1": doc("d1", "Le président français a rencontré le chancelier allemand à Paris.", "2023-11-20",
                  "Le Journal", "fr"),
    }
    out: list[tuple[Document, list[Event]]] = []
    for key in ("a1", "a2"):
        d = docs[key]
        out.append((d, [
            make_event(d, "Russian forces shelled Kharkiv on Monday", event_type="ASSAULT",
                       actor=("Russian forces", "RUS", "MIL"), trigger="shelled",
                       recipient=("Kharkiv", "UKR", ""), mode="aerial", day="2024-03-04", place=KHARKIV,
                       quantities=[Quantity(value=5, unit="killed", text="5 killed")]),
            make_event(d, "Ukraine accused Russia of war crimes.", event_type="ACCUSE",
                       actor=("Ukraine", "UKR", "GOV"), trigger="accused", recipient=("Russia", "RUS", "GOV"),
                       contexts=["human_rights"], confidence=0.7)]))
    d = docs["a3"]
    out.append((d, [make_event(d, "Russian troops shelled Kharkiv overnight.", event_type="ASSAULT",
                               actor=("Russian troops", "RUS", "MIL"), trigger="shelled",
                               recipient=("Kharkiv", "UKR", ""), mode="aerial", day="2024-03-05",
                               place=None, confidence=0.9)]))
    d = docs["b1"]
    out.append((d, [make_event(d, "France and Germany signed a deal in Paris.", event_type="AGREE",
                               actor=("France", "FRA", "GOV"), trigger="signed", recipient=("Germany", "DEU", "GOV"),
                               place=PARIS, contexts=["economic"])]))
    d = docs["c1"]
    out.append((d, [make_event(d, TRICKY, event_type="ASSAULT", actor=("Russian forces", "RUS", "MIL"),
                               trigger="shelled", recipient=("Kharkiv", "UKR", ""), mode="aerial",
                               place=KHARKIV, aux=["historical"])]))
    d = docs["d1"]
    out.append((d, [make_event(d, d.text, event_type="CONSULT", actor=("président français", "FRA", "GOV"),
                               trigger="rencontré", recipient=("chancelier allemand", "DEU", "GOV"),
                               place=PARIS, contexts=["executive"])]))
    return out


class ListCoder:
    """A DocumentCoder that hands back events built beforehand, for testing the store's own logic."""

    def __init__(self, events_by_doc: dict[str, list[Event]], model_version: str = MODEL) -> None:
        self.events_by_doc = events_by_doc
        self.model_version = model_version
        self.calls: list[str] = []

    def code(self, document: Document) -> list[Event] | None:
        self.calls.append(document.id)
        events = self.events_by_doc.get(document.id)
        if events is None:
            return None
        return [e.model_copy(update={"model_version": self.model_version}) for e in events]

    def kb_version(self) -> str | None:
        return KB

    def last_problem(self) -> tuple[str, str] | None:
        return ("unknown_language", "not in the test corpus")


def store_parser() -> argparse.ArgumentParser:
    """The tacitus parser with the store and server commands (whether or not tacitus/cli.py wires them yet)."""
    from tacitus.store.cli import register

    parser = argparse.ArgumentParser(prog="tacitus")
    sub = parser.add_subparsers(dest="command")
    register(sub)
    return parser


def run_cli(*argv: str) -> int:
    args = store_parser().parse_args(list(argv))
    return int(args.handler(args))


# Short English wire sentences the real pipeline codes (one event each), for the ingest and crash tests.
NEWS = [
    "Russian forces shelled the city of Kharkiv on Monday, killing {n} civilians.",
    "The French president met the German chancellor in Paris on Wednesday.",
    "Israel accused Iran of supplying drones to Russia.",
    "China imposed sanctions on American defence companies.",
    "The United States sent humanitarian aid to Sudan.",
    "Thousands of workers protested in Buenos Aires against the government's budget cuts.",
    "Police in Lagos arrested {n} protesters on Tuesday after clashes near the parliament.",
    "India rejected Pakistan's proposal for talks.",
    "Egypt mediated talks between Hamas and Israel in Cairo.",
]
PUBLISHERS = ["Wire One", "Paper Two", "Daily Three", "Radio Four"]


def news_corpus(days: int = 4) -> list[dict]:
    """JSONL-ready documents: each story reported on several days by several publishers, in slightly
    different words, plus verbatim copies of some reports under other publishers' names."""
    docs = []
    for day in range(days):
        date = f"2024-03-{4 + day:02d}"
        for s, template in enumerate(NEWS):
            for p, publisher in enumerate(PUBLISHERS[: 1 + (s + day) % 3]):
                text = template.format(n=3 + s + day) + ("" if p == 0 else f" ({publisher} report.)")
                docs.append({"id": f"n{day}-{s}-{p}", "text": text, "date": date, "lang": "en",
                             "source": publisher, "url": f"https://news.example/{day}/{s}/{p}"})
                if (s + day) % 4 == 0:
                    docs.append({**docs[-1], "id": f"n{day}-{s}-{p}-copy", "source": "Copy Desk"})
    return docs


def snapshot(path) -> dict:
    """Everything an ingest leaves in a store except timestamps."""
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            "documents": con.execute("SELECT id, text_hash, source, model_version, n_events FROM documents "
                                     "ORDER BY id").fetchall(),
            "events": con.execute("SELECT id, record, cluster_id, cluster_articles, cluster_sources FROM events "
                                  "ORDER BY id").fetchall(),
            "clusters": con.execute("SELECT * FROM clusters ORDER BY cluster_id").fetchall(),
            "words": con.execute("SELECT word, event_key, count(*) FROM event_words GROUP BY ALL "
                                 "ORDER BY ALL").fetchall(),
            "dirty": con.execute("SELECT value FROM meta WHERE key = 'clusters_dirty'").fetchall(),
        }
    finally:
        con.close()
