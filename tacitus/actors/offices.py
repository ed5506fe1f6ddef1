"""Dated offices: who held which office when, and which titles can refer to which office."""
from __future__ import annotations

from dataclasses import dataclass

from tacitus.actors.dates import ended_before, in_term, term_start

# Which term wins when a person holds several on one day.
ROLE_PRIORITY = {"head_of_state": 0, "head_of_government": 1, "org_head": 2, "vice_president": 3,
                 "foreign_minister": 4, "defence_minister": 5, "legislature_head": 6, "minister": 7,
                 "security_council": 8, "commander": 9, "prosecutor": 10, "spokesperson": 11}

# A title word (role key of a role concept) -> the offices (term role, term title) it may refer to.
# None in a pair matches anything.
TITLE_FITS: dict[str, tuple[tuple[str | None, str | None], ...]] = {
    "president": ((None, "president"),),
    "head_of_state": (("head_of_state", None),),
    "prime_minister": ((None, "prime_minister"), ("head_of_government", "chancellor")),
    "chancellor": ((None, "chancellor"),),
    "vice_president": ((None, "vice_president"),),
    "monarch": ((None, "monarch"),),
    "supreme_leader": ((None, "supreme_leader"),),
    "foreign_minister": ((None, "foreign_minister"),),
    "defence_minister": ((None, "defence_minister"),),
    "interior_minister": ((None, "interior_minister"),),
    "minister": ((None, "minister"), (None, "foreign_minister"), (None, "defence_minister"),
                 (None, "interior_minister")),
    "secretary_general": ((None, "secretary_general"),),
    "director_general": ((None, "director_general"),),
    "high_representative": ((None, "high_representative"),),
    "commissioner": ((None, "commissioner"),),
    "spokesperson": ((None, "spokesperson"),),
    "legislator": ((None, "legislator"), ("legislature_head", None)),
    "military": ((None, "military"),),
    "head": ((None, None),),
    "official": ((None, None),),
}


@dataclass
class Office:
    """What a person was on a day: the country (or PLOVER code of the organisation) and sector."""

    country: str | None
    sector: str | None
    other: list[str]
    role: str | None
    title: str | None
    org: str | None
    rule: str


def fits(title_key: str | None, role: str | None, title: str | None) -> bool:
    """Can a title word (e.g. "président", key president) refer to someone holding (role, title)?"""
    if not title_key or title_key not in TITLE_FITS:
        return False
    for want_role, want_title in TITLE_FITS[title_key]:
        if (want_role is None or want_role == role) and (want_title is None or want_title == title):
            return True
    return False


def office_on(person: dict, date: str | None) -> Office:
    """The person's office on `date`; with no date, the offices still open in the knowledge base."""
    terms = person["terms"]
    if date is None:
        active = [t for t in terms if not t.get("end")]
    else:
        active = [t for t in terms if in_term(date, t.get("start"), t.get("end"))]
    if active:
        t = min(active, key=lambda t: (ROLE_PRIORITY.get(t["role"], 20), term_start(t.get("start"))))
        return Office(t["country"], t.get("sector") or "GOV", [], t["role"], t.get("title"), t.get("org"),
                      f"term:{t['role']}:{t.get('start')}..{t.get('end') or ''}")
    past = [t for t in terms if t.get("end") and (date is None or ended_before(date, t["end"]))]
    if past:
        last = max(past, key=lambda t: t["end"])
        return Office(person["country"], "ELI", [last.get("sector") or "GOV"], last["role"], last.get("title"),
                      last.get("org"), f"former:{last['role']}:..{last['end']}")
    return Office(person["country"], None, [], None, None, None, "before-first-term")


def terms_by_place(people: dict[str, dict]) -> dict[str, list[tuple[str, dict]]]:
    """(person id, term) by the term's organisation id, or by its country for national offices."""
    out: dict[str, list[tuple[str, dict]]] = {}
    for pid, p in people.items():
        for t in p["terms"]:
            out.setdefault(t.get("org") or t["country"], []).append((pid, t))
    return out


def holders(by_place: dict[str, list[tuple[str, dict]]], title_key: str, country: str | None, org: str | None,
            date: str | None) -> list[str]:
    """Ids of the people holding an office a title fits, in a country or organisation, on a date."""
    out: list[str] = []
    key = org if org is not None else country
    if key is None:
        return out
    for pid, t in by_place.get(key, ()):
        if org is None and t.get("org"):
            continue
        if t["role"] == "phoenix":      # imported terms name no office (scripts/build_kb.py: build_phoenix_people)
            continue
        if pid in out or not fits(title_key, t["role"], t.get("title")):
            continue
        if (date is None and not t.get("end")) or (date is not None and in_term(date, t.get("start"), t.get("end"))):
            out.append(pid)
    return out
