"""Scoring actor resolution against a gold file of mentions in context.

Record: {"id", "lang", "date", "text", "mention", "start", "end", "country", "sector"} (extra fields such
as "kind" are used to break the scores down). For each record the resolver reads the whole text
(parsed by tacitus.nlp.parse, or split into sentences only when no parser is available); the
predicted mention overlapping [start, end) most (by intersection over union) is compared with the gold.

- country accuracy: the predicted country equals the gold's (a gold list accepts any of its codes);
- country+sector accuracy: the country and the sector both equal the gold's; a gold sector of null means
  "no sector" and needs a prediction without one;
- a record with no overlapping prediction counts as wrong in both.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from tacitus.actors.model import Mention
from tacitus.actors.resolver import ActorResolver
from tacitus.actors.text import plain_parsed
from tacitus.nlp.base import Parsed


@dataclass
class Tally:
    n: int = 0
    country: int = 0
    both: int = 0
    found: int = 0

    def add(self, found: bool, country_ok: bool, both_ok: bool) -> None:
        self.n += 1
        self.found += found
        self.country += country_ok
        self.both += both_ok

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, "found": self.found,
                "country_accuracy": round(self.country / self.n, 4) if self.n else None,
                "country_sector_accuracy": round(self.both / self.n, 4) if self.n else None}


@dataclass
class EvalReport:
    overall: Tally = field(default_factory=Tally)
    by_lang: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    errors: list[dict[str, Any]] = field(default_factory=list)
    kb_version: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"kb_version": self.kb_version, "overall": self.overall.as_dict(),
                "by_lang": {k: v.as_dict() for k, v in sorted(self.by_lang.items())},
                "by_kind": {k: v.as_dict() for k, v in sorted(self.by_kind.items())}}


def default_parser(text: str, lang: str) -> Parsed:
    """tacitus.nlp.parse when it loads, else sentences only."""
    try:
        from tacitus.nlp import parse
    except ImportError:
        return plain_parsed(text, lang)
    return parse(text, lang)


def read_records(path: Path) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON: {exc}") from exc
    return out


def best_overlap(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The mention overlapping [start, end) best: a head mention before a part of one ("police" before
    "Gaza" in "Gaza police"), then by intersection over union."""
    best, best_score = None, (False, 0.0)
    for m in mentions:
        inter = min(end, m.end) - max(start, m.start)
        if inter <= 0:
            continue
        score = (m.part_of is None, inter / (max(end, m.end) - min(start, m.start)))
        if score > best_score:
            best, best_score = m, score
    return best


def _country_ok(gold: Any, pred: str | None) -> bool:
    if isinstance(gold, list):
        return pred in gold
    return pred == gold


def evaluate(records: Iterable[dict[str, Any]], resolver: ActorResolver,
             parser: Callable[[str, str], Parsed] = default_parser) -> EvalReport:
    report = EvalReport(kb_version=resolver.kb_version)
    cache: dict[tuple[str, str, Any], list[Mention]] = {}
    for r in records:
        key = (r["text"], r["lang"], r.get("date"))
        if key not in cache:
            cache[key] = resolver.find_mentions(parser(r["text"], r["lang"]), r.get("date"))
        pred = best_overlap(cache[key], int(r["start"]), int(r["end"]))
        country_ok = pred is not None and _country_ok(r.get("country"), pred.country)
        both_ok = country_ok and pred.sector == (r.get("sector") or None)
        for tally in (report.overall, report.by_lang[r["lang"]], report.by_kind[r.get("kind") or "-"]):
            tally.add(pred is not None, country_ok, both_ok)
        if not both_ok:
            report.errors.append({"id": r.get("id"), "lang": r["lang"], "kind": r.get("kind"),
                                  "mention": r.get("mention"), "gold": [r.get("country"), r.get("sector")],
                                  "pred": None if pred is None else [pred.country, pred.sector],
                                  "pred_text": None if pred is None else pred.text,
                                  "rule": None if pred is None else pred.rule})
    return report


def format_report(report: EvalReport) -> str:
    lines = [f"actor resolution (kb {report.kb_version})",
             f"{'':12}{'n':>6}{'found':>7}{'country':>9}{'ctry+sect':>11}"]

    def row(name: str, t: Tally) -> str:
        d = t.as_dict()
        return f"{name:12}{t.n:>6}{t.found:>7}{d['country_accuracy'] or 0:>9.3f}{d['country_sector_accuracy'] or 0:>11.3f}"
    lines.append(row("overall", report.overall))
    for k, t in sorted(report.by_lang.items()):
        lines.append(row(f"lang {k}", t))
    for k, t in sorted(report.by_kind.items()):
        lines.append(row(k[:12], t))
    return "\n".join(lines)
