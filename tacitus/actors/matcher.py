"""Greedy longest-match of knowledge-base phrases over a sentence's tokens.

One dictionary lookup per token and candidate length (bounded by the longest phrase that starts with
that token's key): no regular expression per entry, no scan of the lexicon.
"""
from __future__ import annotations

from dataclasses import dataclass

from tacitus.kb.loader import HANDLED_LANGS, Entry, PhraseIndex
from tacitus.kb.normalize import Tok, prefix_variants


@dataclass
class Atom:
    """A matched phrase: tokens [i, j) and the readings that fit its language and letter case."""

    i: int
    j: int
    entries: list[Entry]

    @property
    def kind(self) -> str:
        return self.entries[0].kind

    def first(self, *kinds: str) -> Entry | None:
        for e in self.entries:
            if e.kind in kinds:
                return e
        return None

    def has(self, *kinds: str) -> bool:
        return any(e.kind in kinds for e in self.entries)


def _case_ok(entry: Entry, toks: list[Tok]) -> bool:
    if entry.case == "any":
        return True
    if entry.case == "acronym":
        return all(t.caps or not any(c.isalpha() for c in t.text) for t in toks)
    if entry.case == "article":
        w = toks[0].text
        return w.startswith(("ال", "لل")) or w[1:].startswith(("ال", "لل")) or w[2:].startswith("ال")
    return toks[0].upper


def _lang_ok(entry: Entry, lang: str | None) -> bool:
    return entry.langs is None or lang not in HANDLED_LANGS or lang in entry.langs


def _firsts(key: str):
    """The word's key, then (Arabic only, computed only when needed) its keys without a clitic."""
    yield key
    if key and "\u0600" <= key[0] <= "\u06ff":
        yield from prefix_variants(key)


def match_atoms(tokens: list[Tok], keys: list[str], index: PhraseIndex, lang: str | None,
                compounds: dict[str, Entry] | None = None) -> list[Atom]:
    """Non-overlapping matches, leftmost-longest; `keys[k]` is the matching key of tokens[k].

    `compounds` (one-word role nouns by key) lets unmatched words be read as compounds (see _compound)."""
    out: list[Atom] = []
    n = len(tokens)
    i = 0
    table, longest = index.table, index.longest
    while i < n:
        if tokens[i].punct:
            i += 1
            continue
        found = None
        # the word as written, then (Arabic) without an attached conjunction or preposition
        for first in _firsts(keys[i]):
            for length in range(min(longest.get(first, 0), n - i), 0, -1):
                cands = table.get((first, *keys[i + 1:i + length]))
                if not cands:
                    continue
                seg = tokens[i:i + length]
                if any(t.punct for t in seg):
                    continue
                ok = [e for e in cands if _lang_ok(e, lang) and _case_ok(e, seg)]
                if ok:
                    found = Atom(i, i + length, ok)
                    break
            if found:
                break
        if found is None and compounds is not None and not tokens[i].punct:
            found = _compound(tokens[i], keys[i], i, lang, compounds, table)
        if found:
            out.append(found)
            i = found.j
        else:
            i += 1
    return out


# Prefixes that make a title from a title in the Romance languages ("vicecanciller", "subcomisario").
_ROMANCE_PREFIXES = ("vice", "sub", "co")


# German writes a part of a country as one word: "in Nordmali", "im Ostkongo", "in Zentralmosambik".
GERMAN_COMPASS_PREFIXES = ("nordost", "nordwest", "südost", "südwest", "sudost", "sudwest", "nord", "süd", "sud",
                           "ost", "west", "zentral", "mittel")
MIN_COMPASS_REST = 4


def _compass_compound(tok: Tok, key: str, i: int, table: dict) -> Atom | None:
    """A German compass word joined to a country's name, read as a place in that country (a city reading: a
    place, never a party)."""
    if not tok.upper:
        return None
    for prefix in GERMAN_COMPASS_PREFIXES:
        rest = key[len(prefix):]
        if not key.startswith(prefix) or len(rest) < MIN_COMPASS_REST:
            continue
        for e in table.get((rest,), ()):
            if e.kind == "country":
                return Atom(i, i + 1, [Entry("city", e.ref, "proper", frozenset({"de"}), tok.text, "compass compound")])
    return None


def _compound(tok: Tok, key: str, i: int, lang: str | None, roles: dict[str, Entry],
              table: dict) -> Atom | None:
    """A word the lexicon lacks, read as a compound: German "Armeesprecher" (the institution
    "Armee" names the sector, "Sprecher" makes it a title), "Europaabgeordnete"; Spanish, Italian,
    Portuguese "vice-"/"sub-" titles; German place adjectives ("Kölner" -> Köln)."""
    if len(key) < 7:
        return None
    if lang == "de":
        place = _compass_compound(tok, key, i, table)
        if place is not None:
            return place
        if key.endswith("er") and tok.upper:
            for e in table.get((key[:-2],), ()):
                if e.kind == "city":
                    return Atom(i, i + 1, [e])
        for cut in range(3, len(key) - 3):
            head = roles.get(key[cut:])
            if head is None:
                continue
            prefix = key[:cut]
            for p in (prefix, prefix[:-1] if prefix.endswith("s") else None):
                if p and p in roles:
                    return Atom(i, i + 1, [roles[p]])
            return Atom(i, i + 1, [head])
        return None
    if lang in ("es", "it", "pt", "fr"):
        for pre in _ROMANCE_PREFIXES:
            if key.startswith(pre) and key[len(pre):] in roles:
                return Atom(i, i + 1, [roles[key[len(pre):]]])
    return None


def lookup_keys(index: PhraseIndex, keys: tuple[str, ...], lang: str | None, kinds: tuple[str, ...]) -> list[Entry]:
    """Readings of an exact key sequence restricted to some kinds (letter case not checked)."""
    return [e for e in index.table.get(keys, ()) if e.kind in kinds and _lang_ok(e, lang)]
