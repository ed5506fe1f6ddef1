"""Dates of terms and documents: ISO strings, possibly partial (YYYY or YYYY-MM)."""
from __future__ import annotations

import calendar
import re

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def parse_date(value: str | None) -> str | None:
    """A document date as YYYY-MM-DD (partial dates take the first day), or None."""
    if not value:
        return None
    m = _DATE_RE.match(str(value).strip())
    if not m:
        raise ValueError(f"not an ISO date: {value!r} (expected YYYY-MM-DD)")
    y, mo, d = m.group(1), m.group(2) or "01", m.group(3) or "01"
    return f"{y}-{mo}-{d}"


def term_start(value: str | None) -> str:
    """A term's first day; open (None) starts are before everything."""
    if not value:
        return "0000-00-00"
    return parse_date(value) or "0000-00-00"


def term_end(value: str | None) -> str:
    """A term's last day; a partial end runs to the end of its month or year; open ends never end."""
    if not value:
        return "9999-12-31"
    m = _DATE_RE.match(str(value))
    if not m:
        raise ValueError(f"not an ISO date: {value!r}")
    y = int(m.group(1))
    if m.group(3):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    if m.group(2):
        mo = int(m.group(2))
        return f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    return f"{y:04d}-12-31"


def in_term(date: str, start: str | None, end: str | None) -> bool:
    """True when the term covers the day; a term ending on a day hands over that day (end exclusive
    when both ends are full dates: "2021-12-08" ends Merkel's term, starts Scholz's)."""
    s, e = term_start(start), term_end(end)
    if end and len(str(end)) >= 10:
        return s <= date < e
    return s <= date <= e


def ended_before(date: str, end: str | None) -> bool:
    return bool(end) and not in_term(date, None, end) and term_end(end) <= date
