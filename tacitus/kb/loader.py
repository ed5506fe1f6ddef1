"""The shipped knowledge base, loaded once, and its phrase index.

The JSON files under tacitus/kb/data are written by scripts/build_kb.py. The index maps the key
sequence of every name, adjective, title and place (tacitus.kb.normalize) to the entries it may
stand for, so that matching a text costs one dictionary lookup per token and phrase length.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from tacitus.kb.normalize import phrase_keys

DATA_FILES = ("countries", "metonyms", "places", "organisations", "people", "roles", "lexicon", "manifest")
HANDLED_LANGS = frozenset({"fr", "en", "es", "de", "ru", "ar", "pt", "it"})
# Which reading of a phrase wins when several kinds share it (lower first).
KIND_PRIORITY = {"person": 0, "organisation": 1, "seat": 2, "country": 3, "region": 4, "noun": 5,
                 "capital": 6, "adjective": 7, "plural": 7, "role": 8, "city": 9}
# Within one kind, the user's overlay, then curated data, then the reference lists.
SOURCE_RANK = {"overlay": -1, "curated": 0}
IGO_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a phrase: what it names and how it must be written to count."""

    kind: str                      # see KIND_PRIORITY
    ref: str                       # ISO3/PLOVER code, organisation id, person id, concept id, metonym index
    case: str                      # "any", "proper" (capital initial), "acronym" (all capitals)
    langs: frozenset | None        # languages the phrase belongs to; None: any
    surface: str
    source: str

    @property
    def priority(self) -> int:
        return KIND_PRIORITY[self.kind]


def case_rule(surface: str, proper: bool) -> str:
    if proper and surface.startswith("ال") and len(surface.split()[0]) > 4:
        return "article"        # "الخرج" (a city) is not "خرج" (went out)
    words = surface.replace("-", " ").replace(".", " ").split()
    first = words[0] if words else surface
    letters = [c for c in first if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 3 and any(c.isupper() for c in letters):
        return "acronym"
    if proper or (letters and letters[0].isupper()):
        return "proper"
    return "any"


def _organisation_case(surface: str) -> str:
    """An organisation's name matches in any case, but an Arabic one written with the article needs it."""
    rule = case_rule(surface, True)
    return "article" if rule == "article" else case_rule(surface, False)


@dataclass
class PhraseIndex:  # noqa: D101 (documented below)
    """Key sequence -> entries, and the longest sequence starting with each first key."""

    table: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)

    def add(self, surface: str, entry: Entry) -> None:
        keys = phrase_keys(surface)
        if not keys:
            return
        bucket = self.table.setdefault(keys, [])
        if not any((e.kind, e.ref, e.case, e.langs) == (entry.kind, entry.ref, entry.case, entry.langs)
                   for e in bucket):
            bucket.append(entry)
        if self.longest.get(keys[0], 0) < len(keys):
            self.longest[keys[0]] = len(keys)

    def finish(self, late: frozenset = frozenset()) -> None:
        """Order each phrase's readings: kind, then source (overlay, curated, lists), then titles that only
        stand next to a name (`late` concepts) after the others; otherwise in the data's own order."""
        for bucket in self.table.values():
            bucket.sort(key=lambda e: (e.priority, SOURCE_RANK.get(e.source.split(",")[0].split(":")[0], 1),
                                       e.ref in late))


def _read(name: str) -> Any:
    return json.loads(resources.files("tacitus.kb").joinpath("data", f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def shipped_data() -> dict[str, Any]:
    """The shipped JSON files, read once per process."""
    return {name: _read(name) for name in DATA_FILES}


class KnowledgeBase:
    """Countries, organisations, people, metonyms, places and role nouns, with a phrase index.

    Built from the shipped data, optionally with a user overlay merged in (tacitus.kb.overlay).
    """

    def __init__(self, data: dict[str, Any], version_suffix: str = "") -> None:
        self.data = data
        self.kb_version = data["manifest"]["kb_version"] + version_suffix
        self.curated_as_of = data["manifest"]["curated_as_of"]
        self.countries: dict[str, dict] = data["countries"]["countries"]
        self.organisations: dict[str, dict] = data["organisations"]["organisations"]
        self.people: dict[str, dict] = data["people"]["people"]
        self.concepts: dict[str, dict] = data["roles"]["concepts"]
        self.metonyms: list[dict] = data["metonyms"]["metonyms"]
        self.regions: list[dict] = data["places"]["regions"]
        self.lexicon: dict = data["lexicon"]
        self.code_names = self._code_names()
        self._index: PhraseIndex | None = None
        self._function_words: dict[str, dict[str, frozenset]] = {}
        self._single_roles: dict[str, dict[str, Entry]] = {}
        self._terms_by_place: dict[str, list] | None = None

    @classmethod
    def shipped(cls) -> "KnowledgeBase":
        return _shipped_kb()

    # -------------------------------------------------------------------------------- lookups
    def _code_names(self) -> dict[str, dict]:
        """PLOVER country code -> English name and Wikidata id of the state itself."""
        out = {}
        for iso3, c in self.countries.items():
            if c["code"] == iso3 or c["code"] not in out:
                en = c["names"].get("en") or c["names"].get("other") or [iso3]
                out[c["code"]] = {"name": en[0] if c["code"] == iso3 else c["code"],
                                  "wikidata": c["wikidata"] if c["code"] == iso3 else None}
        return out

    def plover_code(self, iso3: str) -> str:
        """The PLOVER code of an ISO 3166 alpha-3 code: a dependency folds into its state (NCL -> FRA,
        PRI -> USA, manual: "Non-state actors"); unknown codes pass through."""
        return self.countries.get(iso3, {}).get("code", iso3)

    def function_words(self, lang: str | None) -> dict[str, frozenset]:
        """Key sequences of determiners, connectors, locatives, conjunctions, agreement words for one language."""
        key = lang or "*"
        if key not in self._function_words:
            out = {}
            for group in ("determiners", "connectors", "locatives", "conjunctions", "agreements"):
                table = self.lexicon.get(group, {})
                langs = [lang] if lang in table else list(table)
                out[group] = frozenset(phrase_keys(w) for lg in langs for w in table[lg] if phrase_keys(w))
            stop = self.lexicon.get("stop", {})
            out["stop"] = frozenset(phrase_keys(w)[0] for lg in stop for w in stop[lg] if phrase_keys(w))
            out["particles"] = frozenset(k for w in self.lexicon.get("particles", []) for k in phrase_keys(w))
            given = self.lexicon.get("given_names", {})
            out["given"] = frozenset(k for lg in given for w in given[lg] for k in phrase_keys(w))
            self._function_words[key] = out
        return self._function_words[key]

    # -------------------------------------------------------------------------------- the index
    @property
    def index(self) -> PhraseIndex:
        if self._index is None:
            self._index = self._build_index()
        return self._index

    def _build_index(self) -> PhraseIndex:
        idx = PhraseIndex()
        for iso3, c in self.countries.items():
            code = c["code"]
            for ns in c["names"].values():
                for n in ns:
                    idx.add(n, Entry("country", code, case_rule(n, True), None, n, ",".join(c["sources"])))
            for kind, table in (("adjective", c.get("adjectives", {})), ("plural", c.get("plurals", {})),
                                ("noun", c.get("nouns", {}))):
                for lang, forms in table.items():
                    for f in forms:
                        # German nouns are capitalised; a German noun phrase listed from its adjective
                        # ("bosnischen Serben") matches in any case, as the adjective does
                        proper = lang == "en" or kind == "noun" and lang == "de" and f[:1].isupper()
                        idx.add(f, Entry(kind, code, case_rule(f, proper) if proper else "any",
                                         frozenset({lang}), f, "demonyms"))
        for i, m in enumerate(self.metonyms):
            for n in m["names"]:
                idx.add(n, Entry("seat" if m["kind"] == "seat" else "capital", str(i), case_rule(n, True), None, n,
                                 ",".join(m["sources"])))
        for i, r in enumerate(self.regions):
            for n in r["names"]:
                # (a curated name written in lower case is written so in the news: "delta del Níger", "bande de
                # Gaza"; it matches in any case)
                idx.add(n, Entry("region", str(i), case_rule(n, not n[:1].islower()), None, n, "curated"))
        for n, code in self.data["places"]["cities"]["names"].items():
            idx.add(n, Entry("city", code, case_rule(n, True), None, n, "geonames"))
        for oid, o in self.organisations.items():
            src = ",".join(o["sources"])
            national = o["code"] not in IGO_CODES
            for lang, ns in o["names"].items():
                # a national body's name given for one language stays in it ("Polícia Federal" is Brazil's,
                # "Policía Federal" Argentina's); international names travel across languages
                langs = frozenset({lang}) if national and lang in HANDLED_LANGS else None
                for n in ns:
                    # (an Arabic name with its article needs it: "القاعدة" is al-Qaeda, "قاعدة مروي الجوية" an air
                    # base)
                    idx.add(n, Entry("organisation", oid, _organisation_case(n), langs, n, src))
            for lang, ns in o["acronyms"].items():
                for n in ns:
                    langs = frozenset({lang}) if lang in HANDLED_LANGS else None
                    idx.add(n, Entry("organisation", oid, case_rule(n, True), langs, n, src))
        for pid, p in self.people.items():
            src = ",".join(p["sources"])
            for n in p["names"]:
                idx.add(n, Entry("person", pid, case_rule(n, True), None, n, src))
            for n in p.get("aliases", ()):
                idx.add(n, Entry("person", pid, case_rule(n, True), None, n, src + ":alias"))
        for lang, forms in self.data["roles"]["forms"].items():
            langs = frozenset({lang})
            for surface, cid in forms:
                idx.add(surface, Entry("role", cid, "any", langs, surface, self.concepts[cid]["source"]))
        idx.finish(frozenset(cid for cid, c in self.concepts.items() if "name_only" in c["flags"]))
        return idx

    @property
    def terms_by_place(self) -> dict[str, list[tuple[str, dict]]]:
        """People's terms indexed by organisation or country (tacitus.actors.offices.holders)."""
        if self._terms_by_place is None:
            from tacitus.actors.offices import terms_by_place
            self._terms_by_place = terms_by_place(self.people)
        return self._terms_by_place

    def single_roles(self, lang: str) -> dict[str, Entry]:
        """One-word role nouns of a language by key: the parts German compounds are made of."""
        if lang not in self._single_roles:
            out: dict[str, Entry] = {}
            for keys, entries in self.index.table.items():
                if len(keys) == 1 and len(keys[0]) >= 4:
                    for e in entries:
                        if e.kind == "role" and e.langs and lang in e.langs:
                            out.setdefault(keys[0], e)
                            break
            self._single_roles[lang] = out
        return self._single_roles[lang]

    # -------------------------------------------------------------------------------- staleness
    def entries_as_of(self) -> Iterable[tuple[str, str, str | None, str]]:
        """(kind, id, as_of, sources) of every dated entry, for `tacitus actors stale`."""
        for pid, p in self.people.items():
            yield "person", pid, p.get("as_of"), ",".join(p["sources"])
        for oid, o in self.organisations.items():
            yield "organisation", oid, o.get("as_of"), ",".join(o["sources"])
        for iso3, c in self.countries.items():
            yield "country", iso3, c.get("as_of"), ",".join(c["sources"])
        for i, m in enumerate(self.metonyms):
            yield "metonym", f"{m['country']}:{m['names'][0]}", m.get("as_of"), ",".join(m["sources"])
        for cid, c in self.concepts.items():
            yield "role", cid, c.get("as_of"), c["source"]


@lru_cache(maxsize=1)
def _shipped_kb() -> KnowledgeBase:
    return KnowledgeBase(shipped_data())
