"""A user's own actors, with dates, added to or overriding the shipped knowledge base.

YAML:

    as_of: 2026-01-15                      # optional; the as-of date of every entry below
    people:
      - id: jane-doe                       # an id already shipped replaces that entry
        country: FRA                       # nationality (ELI after the last term ends)
        names: [Jane Doe, Жанна Доу]
        aliases: [Doe]                     # surnames that may stand alone
        identifier: Q42                    # optional (your Wikidata id)
        terms:
          - {role: foreign_minister, title: foreign_minister, country: FRA, start: 2026-01-10}
    organisations:
      - id: my-ngo
        code: NGO                          # PLOVER code: ISO3, IGO, UNO, EUR, NGO, IMG, ...
        sector: SOC
        names: [My NGO, Mon ONG]
        acronyms: [MNGO]

CSV (one row per person term or per organisation), columns:
    kind (person|organisation), id, name, variants (separated by |), aliases (|), country, sector,
    role, title, org, start, end, identifier, as_of
"""
from __future__ import annotations

import copy
import csv
import hashlib
from pathlib import Path
from typing import Any

import yaml

from tacitus.kb.loader import KnowledgeBase


class OverlayError(ValueError):
    """The overlay file cannot be read; the message says which entry and why."""


def _s(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value).strip()


def _split(value: Any) -> list[str]:
    if not value:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split("|") if v.strip()]


def read_overlay(path: Path) -> dict[str, list[dict]]:
    """The overlay as {"people": [...], "organisations": [...]} in the YAML shape."""
    if not path.is_file():
        raise OverlayError(f"overlay file not found: {path}")
    if path.suffix.lower() == ".csv":
        return _read_csv(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise OverlayError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise OverlayError(f"{path}: expected a mapping with 'people' and/or 'organisations'")
    as_of = _s(data.get("as_of"))
    out = {"people": list(data.get("people") or []), "organisations": list(data.get("organisations") or [])}
    for e in out["people"] + out["organisations"]:
        e.setdefault("as_of", as_of)
    return out


def _read_csv(path: Path) -> dict[str, list[dict]]:
    people: dict[str, dict] = {}
    orgs: list[dict] = []
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            kind = (row.get("kind") or "person").strip().lower()
            rid = _s(row.get("id")) or _s(row.get("name"))
            if not rid:
                raise OverlayError(f"{path}:{n}: a row needs an id or a name")
            names = [x for x in [_s(row.get("name"))] + _split(row.get("variants")) if x]
            if kind == "organisation":
                orgs.append({"id": rid, "code": _s(row.get("country")), "sector": _s(row.get("sector")),
                             "names": names, "acronyms": _split(row.get("aliases")),
                             "identifier": _s(row.get("identifier")), "as_of": _s(row.get("as_of"))})
                continue
            p = people.setdefault(rid, {"id": rid, "country": _s(row.get("country")), "names": [], "aliases": [],
                                        "identifier": _s(row.get("identifier")), "terms": [],
                                        "as_of": _s(row.get("as_of"))})
            p["names"] += [x for x in names if x not in p["names"]]
            p["aliases"] += [x for x in _split(row.get("aliases")) if x not in p["aliases"]]
            if _s(row.get("role")) or _s(row.get("start")) or _s(row.get("sector")):
                term = {"role": _s(row.get("role")) or "member", "title": _s(row.get("title")),
                        "start": _s(row.get("start")), "end": _s(row.get("end")),
                        "sector": _s(row.get("sector")) or "GOV"}
                if _s(row.get("org")):
                    term["org"] = _s(row.get("org"))
                else:
                    term["country"] = _s(row.get("country"))
                p["terms"].append(term)
    return {"people": list(people.values()), "organisations": orgs}


def apply_overlay(kb: KnowledgeBase, path: Path) -> KnowledgeBase:
    """A new knowledge base: the shipped data with the overlay's entries added or replacing."""
    raw = read_overlay(path)
    data = dict(kb.data)
    people = dict(data["people"]["people"])
    orgs = dict(data["organisations"]["organisations"])
    src = f"overlay:{path.name}"
    for o in raw["organisations"]:
        oid = _s(o.get("id"))
        names = _split(o.get("names"))
        if not oid or not names:
            raise OverlayError(f"{path}: organisation {o!r} needs an id and names")
        code = _s(o.get("code")) or _s(o.get("country"))
        if not code:
            raise OverlayError(f"{path}: organisation {oid} needs a code (ISO3 or IGO/UNO/EUR/NGO/...)")
        orgs[oid] = {"code": code, "sector": _s(o.get("sector")), "wikidata": _s(o.get("identifier")),
                     "name": names[0], "names": {"other": names},
                     "acronyms": {"other": _split(o.get("acronyms"))} if o.get("acronyms") else {},
                     "sources": [src], "as_of": _s(o.get("as_of"))}
    for p in raw["people"]:
        pid = _s(p.get("id"))
        names = _split(p.get("names"))
        if not pid or not names:
            raise OverlayError(f"{path}: person {p!r} needs an id and names")
        terms = []
        for t in p.get("terms") or []:
            term = {"role": _s(t.get("role")) or "member", "title": _s(t.get("title")),
                    "start": _s(t.get("start")), "end": _s(t.get("end")), "sector": _s(t.get("sector")) or "GOV"}
            if _s(t.get("org")):
                if t["org"] not in orgs:
                    raise OverlayError(f"{path}: {pid}: unknown organisation {t['org']}")
                term["org"] = _s(t["org"])
                term["country"] = orgs[term["org"]]["code"]
            else:
                term["country"] = _s(t.get("country")) or _s(p.get("country"))
            if not term["country"]:
                raise OverlayError(f"{path}: {pid}: a term needs a country or an org")
            terms.append(term)
        terms.sort(key=lambda t: (t["start"] or "", t["end"] or "9999"))
        people[pid] = {"name": names[0], "country": _s(p.get("country")) or (terms[-1]["country"] if terms else None),
                       "names": names, "aliases": _split(p.get("aliases")), "sector": _s(p.get("sector")) or "GOV",
                       "terms": terms, "identifier": _s(p.get("identifier")), "sources": [src],
                       "as_of": _s(p.get("as_of"))}
    data["people"] = {**data["people"], "people": people}
    data["organisations"] = {**data["organisations"], "organisations": orgs}
    data = copy.copy(data)
    digest = hashlib.sha1(path.read_bytes()).hexdigest()[:8]
    return KnowledgeBase(data, version_suffix=f"+overlay.{digest}")
