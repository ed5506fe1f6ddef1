"""Places: find the toponyms of a sentence, geocode them with the gazetteer, and choose where the event happened.

    >>> find_places("Des combats ont eu lieu près de Kharkov.", "fr")[0].geonameid
    706483

How a mention is found: named-entity spans when the caller has them (LOC/GPE: strong evidence; PER: never a
place), and in any case n-gram lookups of capitalised words (and of every word in scripts without case, such as
Arabic), with Russian case endings and Arabic clitics (و ف ب ل ك) taken off. Each candidate collects evidence
(a locative preposition before it, being a country name, population, capitalisation inside the sentence) and
loses it for looking like a common word (sentence-initial, after an article, German noun capitals) or like part
of a longer proper name ("Paris Hilton"). How a mention is resolved among places sharing its name: an explicit
qualifier ("Paris, Texas", "Tripoli (Lebanon)"), another place of the sentence in the same first-level division,
the context countries (document and actors, plus the sentence's other places) unless a far larger place outside
them dominates, then countries before cities before regions, then population.
"""
from __future__ import annotations

import argparse
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .gazetteer import (ADM1, PCLI, PPLC, WORD_RE, Gazetteer, Place, is_apostrophe_gap, join_key,
                        load_gazetteer, normalize_word, ru_stems)

MAX_NGRAM = 6
PLACE_LABELS = frozenset({"LOC", "GPE", "FAC", "LOCATION", "GEO"})
PERSON_LABELS = frozenset({"PER", "PERSON"})
OTHER_NAME_LABELS = frozenset({"ORG", "NORP", "MISC"})
ACCEPT = 2.0            # evidence needed to report a mention
DOMINANCE = 20          # a place outside the context countries wins when 20x more populous (and prominent)


def _words(text: str) -> frozenset[str]:
    """A word list, normalised like the text it is compared with (accents, ى→ي, ё→е)."""
    return frozenset(normalize_word(w) for w in text.split())


# Words before a toponym that say "this is a place".
STRONG_CUES: dict[str, frozenset[str]] = {k: _words(v) for k, v in {
    "en": "in at near outside from to into across throughout around toward towards inside within via",
    "fr": "a au aux en dans pres vers depuis sur jusqu'a",
    "es": "en a hacia desde cerca sobre por hasta",
    "de": "in im bei nach aus nahe uber vor",
    "ru": "в во на из под у около близ возле по до к ко через над",
    "uk": "в у на з із зі під біля до по через",
    "ar": "في من الى على قرب نحو داخل خارج عند حتى",
    "pt": "em no na nos nas a ao para perto desde ate rumo",
    "it": "a ad in nel nella nello nei negli nelle presso vicino verso da sul sulla",
}.items()}
WEAK_CUES: dict[str, frozenset[str]] = {k: _words(v) for k, v in {
    "en": "of", "fr": "de du des d", "es": "de del", "de": "von", "ru": "от", "uk": "від",
    "ar": "", "pt": "de do da dos das", "it": "di del della dell d",
}.items()}
# Words that make a following "of"/"de" a strong cue ("north of", "ville de", "к северу от").
OF_PLACE_NOUNS = _words("""
north south east west city town village capital outskirts suburbs
nord sud est ouest ville village capitale banlieue
norte sur este oeste ciudad pueblo capital afueras
nordlich sudlich ostlich westlich
северу югу востоку западу
cidade capital arredores
citta capitale periferia
""")
# Words that are a strong cue right before the name ("городе Харькове", "مدينة حلب", "Stadt Halle").
DIRECT_PLACE_NOUNS = _words("""
stadt hauptstadt город городе города городом столице столица пригороде
مدينة بلدة قرية محافظة عاصمة العاصمة شمال جنوب شرق غرب شمالي جنوبي شرقي غربي
""")
ARTICLES = _words("""the le la les l el los las lo il gli i un une der die das dem den des ein eine einem einer
beim zum zur vom o os as al""")
# Words that may precede a capitalised place inside a longer capitalised run without making it a proper name.
RUN_NEUTRAL = _words("""north south east west northern southern eastern western central greater upper lower
nord sud est ouest norte sur este oeste central centre centro""")
COORDINATORS = _words("and or et ou y o und oder и или e ed و")
ARABIC_PROCLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "وب", "فب", "ول", "فل", "و", "ف", "ب", "ل", "ك")
ARABIC_LOCATIVE_CLITICS = ("ب", "ل")       # "in", "to": the stripped clitic is itself a cue
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_JOINABLE_GAP = re.compile(r"[ \u00a0]?|[ \u00a0]?[-\u2010\u2011][ \u00a0]?|['’ʼ]|\.[ \u00a0]?")


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None     # ISO3
    feature: str            # P.PPLC, P.PPL, A.PCLI, A.ADM1
    precision: str          # city / region / country
    score: float            # 0..1: how sure we are that these words name a place
    cued: bool = False      # a locative word ("in", "à", "в", "في") introduces it


@dataclass
class _Token:
    start: int
    end: int
    raw: str
    norm: str
    gap: str                # text between the previous token and this one

    @property
    def cased(self) -> bool:
        c = self.raw[0]
        return c.isupper() or c.islower()

    @property
    def capitalised(self) -> bool:
        return self.raw[0].isupper()

    @property
    def namelike(self) -> bool:
        return (self.capitalised or not self.cased) and not any(ch.isdigit() for ch in self.raw)


@dataclass
class _Candidate:
    i: int                  # first token
    j: int                  # last token (inclusive)
    start: int              # character offsets in the sentence
    end: int
    places: list[Place]
    exact: bool = True
    clitic: str = ""        # Arabic proclitic taken off the first word
    evidence: float = 0.0
    cued: bool = False
    qualifier: "_Candidate | None" = None
    resolved: Place | None = None


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    last = 0
    for m in WORD_RE.finditer(text):
        raw = m.group()
        out.append(_Token(m.start(), m.end(), raw, normalize_word(raw), text[last:m.start()]))
        last = m.end()
    return out


def _joinable(gap: str, previous: _Token) -> bool:
    if not _JOINABLE_GAP.fullmatch(gap):
        return False
    return not gap.startswith(".") or len(previous.raw) <= 3      # "St. Louis", "U.S." but not a sentence end


def _lookup_span(g: Gazetteer, toks: list[_Token], lang: str) -> tuple[list[Place], bool, str]:
    """Places named by these tokens: exact key, then Arabic clitics off, German genitive -s off, Russian stems."""
    norms = [t.norm for t in toks]
    apos = [k > 0 and is_apostrophe_gap(t.gap) for k, t in enumerate(toks)]
    found = g.lookup(join_key(norms, apos))
    if found:
        return found, True, ""
    first = norms[0]
    if _ARABIC_RE.match(first):
        for clitic, rest, bare in _arabic_variants(first):
            found = g.lookup(join_key([rest] + norms[1:], apos))
            if bare:    # only Arabic names take the article: a foreign town met this way is a common word
                found = [p for p in found if p.country in g.arabic_countries]
            if found:
                return found, True, clitic
    if lang == "de" and norms[-1].endswith("s") and len(norms[-1]) > 4:
        found = g.lookup(join_key(norms[:-1] + [norms[-1][:-1]], apos))
        if found:
            return found, False, ""
    if toks[0].capitalised and _CYRILLIC_RE.match(first) and not toks[0].raw.isupper():
        for key in _stem_queries(norms):
            found = g.lookup_stem(key)
            if found:
                return found, False, ""
    return [], False, ""


def _arabic_variants(word: str) -> list[tuple[str, str, bool]]:
    """(proclitic taken off, rest, article dropped) for an Arabic word, the article-less forms last:
    "وبغداد" → ("و", "بغداد"); "للقاهرة" → ("لل", "القاهرة"); "الخرطوم" → ("", "خرطوم", True) for sources
    that list the name without its article."""
    out = []
    for clitic in ARABIC_PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            rest = word[len(clitic):]
            out.append((clitic, "ال" + rest if clitic == "لل" else rest, False))   # لل + noun = ل + ال + noun
    bare = [(clitic, rest[2:], True) for clitic, rest, _ in [("", word, False)] + out
            if rest.startswith("ال") and len(rest) >= 5]
    return out + bare


def _stem_queries(norms: list[str]) -> list[str]:
    """Stem keys of the words, most specific first: "Нижнем Новгороде" → "нижн новгород" among others."""
    options = [ru_stems(w) or [w] for w in norms]
    keys = [""]
    for opts in options:
        keys = [f"{k} {o}" if k else o for k in keys for o in opts][:32]
    return keys


def _candidates(g: Gazetteer, toks: list[_Token], lang: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    n = len(toks)
    for i in range(n):
        first = toks[i]
        if not first.namelike and first.norm not in ARTICLES:
            continue
        for j in range(min(n, i + MAX_NGRAM) - 1, i - 1, -1):
            last = toks[j]
            if not last.namelike or (j == i and not first.namelike):
                continue
            if any(not _joinable(toks[k].gap, toks[k - 1]) or any(ch.isdigit() for ch in toks[k].raw)
                   for k in range(i + 1, j + 1)):
                continue
            places, exact, clitic = _lookup_span(g, toks[i:j + 1], lang)
            if places:
                found.append(_Candidate(i, j, first.start + len(clitic), last.end, places, exact, clitic))
                break                       # the longest name starting here
    # keep the longest non-overlapping spans, leftmost first among equals
    found.sort(key=lambda c: (-(c.j - c.i), not c.exact, c.i))
    taken: set[int] = set()
    chosen = []
    for c in found:
        if taken.isdisjoint(range(c.i, c.j + 1)):
            chosen.append(c)
            taken.update(range(c.i, c.j + 1))
    return sorted(chosen, key=lambda c: c.i)


def _cue(toks: list[_Token], c: _Candidate, lang: str) -> float:
    """2 for a locative word before the mention, 1 for a weak one ("of", "de"), else 0."""
    if c.clitic.lstrip("وف")[:1] in ARABIC_LOCATIVE_CLITICS:
        return 2.0                          # ب "in", ل "to", possibly after و/ف "and"
    if c.i == 0:
        return 0.0
    prev = toks[c.i - 1]
    gap = toks[c.i].gap
    if not (gap.strip() == "" or is_apostrophe_gap(gap)):
        return 0.0
    strong = STRONG_CUES.get(lang, STRONG_CUES["en"])
    weak = WEAK_CUES.get(lang, WEAK_CUES["en"])
    word = prev.norm
    if word in strong or word in DIRECT_PLACE_NOUNS:
        return 2.0
    if word in ARTICLES and c.i >= 2 and toks[c.i - 2].norm in strong and toks[c.i - 1].gap.strip() == "":
        return 2.0                          # "in die Türkei", "para a Ucrânia", "hacia la frontera"
    if word in weak:
        if c.i >= 2 and toks[c.i - 2].norm in OF_PLACE_NOUNS:
            return 2.0
        return 1.0
    return 0.0


def _in_run(toks: list[_Token], c: _Candidate, starts: set[int], ends: set[int], lang: str) -> bool:
    """Part of a longer capitalised name that is not a place ("Paris Hilton", "Kyiv Post", "Jordan Bardella")."""
    if lang == "de" or not toks[c.i].cased:
        return False                        # German capitalises every noun; Arabic has no capitals
    if c.i > 0 and c.i - 1 not in ends:
        prev = toks[c.i - 1]
        if (prev.capitalised and prev.norm not in RUN_NEUTRAL and prev.norm not in ARTICLES
                and prev.norm not in STRONG_CUES.get(lang, frozenset()) and toks[c.i].gap in (" ", "\u00a0")
                and c.i - 1 != 0):
            return True
    if c.j + 1 < len(toks) and c.j + 1 not in starts:
        nxt = toks[c.j + 1]
        if nxt.capitalised and nxt.gap in (" ", "\u00a0") and not nxt.raw.isupper():
            return True
    return False


def _entity_label(c: _Candidate, entities: Sequence[tuple[int, int, str]]) -> str | None:
    labels = [label.upper() for s, e, label in entities if s < c.end and c.start < e]
    for group in (PLACE_LABELS, PERSON_LABELS, OTHER_NAME_LABELS):
        for label in labels:
            if label in group:
                return label
    return None


def _evidence(toks: list[_Token], c: _Candidate, lang: str, entities: Sequence[tuple[int, int, str]],
              starts: set[int], ends: set[int]) -> float:
    label = _entity_label(c, entities)
    cue = _cue(toks, c, lang)
    c.cued = cue >= 2.0
    is_country = any(p.feature == PCLI for p in c.places)
    top_pop = max(p.population for p in c.places)
    first = toks[c.i]
    score = cue
    if label in PLACE_LABELS:
        score += 3
    elif label in PERSON_LABELS:
        score -= 5
    elif label in OTHER_NAME_LABELS:
        score -= 3
    if is_country:
        score += 2
    if c.j > c.i:
        score += 1
    if not is_country:
        score += 2 if top_pop >= 1_000_000 else 1 if top_pop >= 100_000 else 0
        if not first.cased and c.j == c.i and top_pop < 100_000:
            score -= 2      # without capitals, short Arabic words meet transliterated small towns (أن: Ans)
    if first.cased:
        if c.i == 0:
            score -= 0 if is_country else 1     # a capital there says nothing, but country names are no common words
        elif first.capitalised and lang != "de":
            score += 1
        if (c.i > 0 and toks[c.i - 1].norm in ARTICLES and not is_country and c.j == c.i
                and toks[c.i - 1].norm not in STRONG_CUES.get(lang, frozenset())):
            score -= 2
    if _in_run(toks, c, starts, ends, lang):
        score -= 3
    if first.raw.isupper() and len(first.raw) <= 4 and c.j == c.i and not is_country:
        score -= 2          # an acronym ("IRNA"), unless a dateline says otherwise
    return score


def _coordinate_cues(toks: list[_Token], accepted: list[_Candidate]) -> None:
    """"à Paris et Lyon", "في القاهرة والإسكندرية": a place coordinated with a cued one is cued too."""
    for a, b in zip(accepted, accepted[1:]):
        if not a.cued or b.cued:
            continue
        between = toks[a.j + 1:b.i]
        if b.clitic.startswith("و") and not between:
            b.cued = True
        elif len(between) <= 1 and all(t.norm in COORDINATORS for t in between) and \
                all(t.gap.strip() in ("", ",") for t in toks[a.j + 1:b.i + 1]):
            b.cued = True


def _qualifiers(g: Gazetteer, toks: list[_Token], accepted: list[_Candidate]) -> None:
    """"Paris, Texas", "Paris (Texas)", "Tripoli, Lebanon", "Paris, TX": the second place qualifies the first."""
    by_start = {c.i: c for c in accepted}
    for c in accepted:
        k = c.j + 1
        if k >= len(toks) or toks[k].gap.strip() not in (",", "("):
            continue
        nxt = by_start.get(k)
        if nxt is not None and any(p.feature in (PCLI, ADM1) for p in nxt.places):
            c.qualifier = nxt
        elif toks[k].raw.isupper() and len(toks[k].raw) == 2:
            state = g.region_by_admin1(f"US.{toks[k].raw}")
            if state is not None:
                c.qualifier = _Candidate(k, k, toks[k].start, toks[k].end, [state])


def _best(places: Sequence[Place]) -> Place:
    """The default among places sharing a name: a country; else the biggest city, except that a US state beats
    a same-named city that is neither a capital nor a million strong ("Florida", "Wyoming" the states; "New
    York", "Washington" the cities; "Geneva" the city, not the canton); minor-alternate bearers only when
    nothing else is left."""
    strong = [p for p in places if not p.weak] or list(places)
    countries = [p for p in strong if p.feature == PCLI]
    if countries:
        return max(countries, key=lambda p: p.population)
    cities = [p for p in strong if p.feature != ADM1]
    regions = [p for p in strong if p.feature == ADM1]
    city = max(cities, key=lambda p: (p.population, -p.index)) if cities else None
    region = max(regions, key=lambda p: (p.population, -p.index)) if regions else None
    if city is None or (region is not None and region.population > 0 and city.feature != PPLC
                        and city.population < 1_000_000):
        return region if region is not None else city
    return city


def _resolve(c: _Candidate, context: set[str], admin1s: set[str]) -> Place:
    places = c.places
    if c.qualifier is not None:
        q_countries = {p.country for p in c.qualifier.places if p.feature == PCLI}
        q_admin1 = {p.admin1 for p in c.qualifier.places if p.feature == ADM1 and p.admin1}
        q_region_countries = {p.country for p in c.qualifier.places if p.feature == ADM1 and not p.admin1}
        inside = [p for p in places if p.country in q_countries or (p.admin1 and p.admin1 in q_admin1)
                  or p.country in q_region_countries]
        if inside:
            places = inside
    same_division = [p for p in places if p.admin1 and p.admin1 in admin1s]
    if same_division:
        places = same_division
    elif c.qualifier is None:
        places = [p for p in places if not p.weak] or places
    in_context = [p for p in places if p.country in context]
    if not in_context:
        return _best(places)
    best = _best(in_context)
    dominant = [p for p in places if p.country not in context and not p.weak
                and (p.feature in (PCLI, PPLC) or p.population >= 1e6)
                and p.population >= DOMINANCE * max(best.population, 1)]
    return _best(dominant) if dominant else best


def find_places(text: str, lang: str, offset: int = 0, entities: Sequence[tuple[int, int, str]] = (),
                context_countries: Sequence[str] = (), *, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Toponyms of one sentence, geocoded. `entities` are (start, end, label) spans relative to `text` (NER
    output: LOC/GPE help, PER excludes); `context_countries` are ISO3 codes of the document and its actors;
    `offset` is added to the returned start/end (the sentence's position in the document)."""
    return _find(text, lang, offset, entities, context_countries, gazetteer or load_gazetteer(), dateline=False)


def _find(text: str, lang: str, offset: int, entities: Sequence[tuple[int, int, str]],
          context_countries: Sequence[str], g: Gazetteer, dateline: bool) -> list[PlaceMention]:
    lang = (lang or "").split("-")[0].lower()
    toks = _tokens(text)
    cands = _candidates(g, toks, lang)
    starts = {c.i for c in cands}
    ends = {c.j for c in cands}
    accepted = []
    for c in cands:
        c.evidence = _evidence(toks, c, lang, entities, starts, ends)
        if dateline and _entity_label(c, entities) not in PERSON_LABELS:
            c.evidence = max(c.evidence, ACCEPT + 1)      # a dateline names a place by position
            c.cued = True
        if c.evidence >= ACCEPT:
            accepted.append(c)
    _coordinate_cues(toks, accepted)
    _qualifiers(g, toks, accepted)
    context = {code for code in context_countries if code}
    # First pass on context alone; the second adds what the sentence's other places say.
    for c in accepted:
        c.resolved = _resolve(c, context, set())
    out = []
    for c in accepted:
        others = [o.resolved for o in accepted if o is not c and o.resolved is not None]
        sentence_countries = {p.country for p in others if p.country}
        admin1s = {p.admin1 for p in others if p.admin1 and p.feature != PCLI}
        place = _resolve(c, context | sentence_countries, admin1s)
        c.resolved = place
        out.append(PlaceMention(
            start=offset + c.start, end=offset + c.end, text=text[c.start:c.end], name=place.name,
            geonameid=place.geonameid, lat=place.lat, lon=place.lon, country=place.country, feature=place.feature,
            precision=place.precision, score=round(1 - math.exp(-c.evidence / 3), 3), cued=c.cued))
    return out


_PRECISION_ORDER = {"city": 0, "region": 1, "country": 2}


def _dateline_head(dateline: str) -> str:
    """The place part of a dateline: "KYIV, May 5 (Reuters) -" → "KYIV"; "BEYROUTH (AFP) -" → "BEYROUTH"."""
    return re.split(r"[,(\u2013\u2014]| - |\d", dateline, maxsplit=1)[0].rstrip(" -")


def event_location(sentence_text: str, lang: str, offset: int = 0, entities: Sequence[tuple[int, int, str]] = (),
                   context_countries: Sequence[str] = (), dateline: str | None = None, *,
                   dateline_offset: int = 0, gazetteer: Gazetteer | None = None,
                   elsewhere: Sequence[tuple[int, int]] = ()) -> PlaceMention | None:
    """Where the event of this sentence happened: the most specific place the sentence introduces with a
    locative word or names as a city/region, else the dateline's place, else a country the sentence names.
    A dateline mention's offsets are its position in `dateline` plus `dateline_offset` (0: it opens the text).
    `elsewhere`: spans (with `offset` added) whose places are not the event's, such as the phrase of who
    reports it ("officials in New Delhi said ...")."""
    g = gazetteer or load_gazetteer()
    mentions = [m for m in _find(sentence_text, lang, offset, entities, context_countries, g, dateline=False)
                if not any(s <= m.start < e for s, e in elsewhere)]
    head = _dateline_head(dateline) if dateline else ""
    dateline_places: list[PlaceMention] = []
    if head:
        lead = len(sentence_text) - len(sentence_text.lstrip())
        where = dateline_offset
        if sentence_text[lead:].startswith(head):
            # the dateline opens this sentence: its places are the dateline's, not the sentence's
            where = offset + lead
            mentions = [m for m in mentions if m.start >= where + len(head)]
        dateline_places = _find(head, lang, where, entities=(), context_countries=context_countries, g=g,
                                dateline=True)

    def specificity(m: PlaceMention) -> tuple:
        return (_PRECISION_ORDER[m.precision], -m.score, m.start)

    cued = [m for m in mentions if m.cued]
    if cued:
        return min(cued, key=specificity)
    local = [m for m in mentions if m.precision != "country"]
    if local:
        return min(local, key=specificity)
    if dateline_places:
        return min(dateline_places, key=specificity)
    return min(mentions, key=specificity) if mentions else None


def to_location(place: PlaceMention) -> dict:
    """The event record's location fields (tacitus.schema.Location)."""
    return {"text": place.text, "name": place.name, "geonameid": place.geonameid, "lat": place.lat,
            "lon": place.lon, "country": place.country, "feature": place.feature, "precision": place.precision}


# ---------------------------------------------------------------------------------------------------------
# Evaluation against a gold file (tests/data/places_gold.jsonl).

PLACE_ACCURACY_FLOOR = 0.85


def _judge(item: dict, g: Gazetteer) -> tuple[bool, int | None]:
    text, lang = item["text"], item["lang"]
    context = item.get("context_countries") or ()
    expected = item.get("geonameid")
    surface = item.get("place")
    if surface is None:
        found = event_location(text, lang, 0, (), context, item.get("dateline"), gazetteer=g)
        got = found.geonameid if found is not None else None
        return got == expected, got
    at = text.index(surface)
    span = (at, at + len(surface))
    hits = [m for m in find_places(text, lang, 0, (), context, gazetteer=g) if m.start < span[1] and span[0] < m.end]
    got = hits[0].geonameid if hits else None
    return got == expected, got


def evaluate_places(path: Path | str, *, gazetteer: Gazetteer | None = None) -> dict:
    """Place accuracy on a JSONL gold file: one item per line with text, lang, geonameid (null: no place there),
    and either place (the words of the toponym to check) or none (then the event location is checked, with the
    optional dateline); context_countries optional. Runs without NER, as for languages that have none."""
    g = gazetteer or load_gazetteer()
    items = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    errors = []
    by_lang: dict[str, list[int]] = {}
    for item in items:
        ok, got = _judge(item, g)
        tally = by_lang.setdefault(item["lang"], [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            errors.append({"id": item.get("id"), "expected": item.get("geonameid"), "got": got,
                           "text": item["text"]})
    correct = sum(t[0] for t in by_lang.values())
    accuracy = correct / len(items) if items else 0.0
    return {"items": len(items), "correct": correct, "accuracy": round(accuracy, 4),
            "floor": PLACE_ACCURACY_FLOOR, "passed": accuracy >= PLACE_ACCURACY_FLOOR,
            "by_lang": {k: round(v[0] / v[1], 4) for k, v in sorted(by_lang.items())}, "errors": errors}


def register(subparsers) -> None:
    """Add `places-eval FILE [--json]` to the tacitus command line."""
    p = subparsers.add_parser("places-eval", help="score place geocoding against a gold JSONL file",
                              description="Place accuracy (right geonameid) on a gold file; exit status 1 when "
                                          f"it is below the floor ({PLACE_ACCURACY_FLOOR}).")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.set_defaults(handler=_run_places_eval)


def _run_places_eval(args: argparse.Namespace) -> int:
    import sys

    try:
        report = evaluate_places(args.file)
    except (OSError, ValueError, KeyError) as exc:
        print(f"tacitus places-eval: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"place accuracy {report['accuracy']:.3f} ({report['correct']}/{report['items']}), "
              f"floor {report['floor']}: {'ok' if report['passed'] else 'BELOW FLOOR'}")
        for lang, acc in report["by_lang"].items():
            print(f"  {lang}: {acc:.3f}")
        for e in report["errors"]:
            print(f"  miss {e['id']}: expected {e['expected']}, got {e['got']}: {e['text']}")
    return 0 if report["passed"] else 1
