"""Score event dates and quantities against a gold JSONL file (`tacitus attributes-eval FILE`).

Gold format: one JSON object per line, with
    id        a unique name, e.g. "date-fr-05"
    kind      "date" or "quantity"
    lang      ISO 639-1 code of the sentence
    text      one news sentence
  for kind "date":
    doc_date  the document date "YYYY-MM-DD", or null
    anchor    optional: words of the event trigger; the date nearest to them is chosen
    expected  {"value": ISO date "YYYY-MM-DD" / "YYYY-MM" / "YYYY" or null, "precision": "day" /
               "month" / "year" or null} -- the date the event record should carry: the sentence's
               date expression resolved against doc_date; doc_date itself (precision "day") when the
               sentence has none; null/null when it cannot be resolved (a relative date without a
               document date)
  for kind "quantity":
    expected  a list of {"value": number, "unit": ISO 4217 code or a unit of
               tacitus.attributes.quantities, "qualifier": "exact" / "more_than" / "at_least" /
               "about" / "up_to" / "less_than"} -- every quantity of the sentence, [] for none

Date accuracy: the share of date items whose value and precision are both right.
Quantity accuracy: the share of quantity items whose quantities are exactly the expected ones
(same value, unit and qualifier for each, nothing missing, nothing extra). Mention-level precision
and recall are reported too.
"""
from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path

from tacitus.attributes.dates import event_date
from tacitus.attributes.quantities import find_quantities

__all__ = ["evaluate_attributes", "register", "DATE_ACCURACY_FLOOR", "QUANTITY_ACCURACY_FLOOR"]

DATE_ACCURACY_FLOOR = 0.90
QUANTITY_ACCURACY_FLOOR = 0.90


def _load(path: Path | str) -> list[dict]:
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        if item.get("kind") not in ("date", "quantity") or "text" not in item or "lang" not in item:
            raise ValueError(f"{path}:{n}: an item needs kind (date|quantity), lang and text")
        items.append(item)
    return items


def _predicted_date(item: dict) -> tuple[str | None, str | None]:
    """The date an event record would carry for this sentence."""
    text, doc = item["text"], item.get("doc_date")
    anchor = None
    if item.get("anchor"):
        pos = text.find(item["anchor"])
        anchor = pos if pos >= 0 else None
    found = event_date(text, item["lang"], doc, anchor=anchor)
    if found is None:
        return (doc, "day") if doc else (None, None)
    if found.value is None:
        return None, None
    return found.value, found.precision


def _key(value: float, unit: str, qualifier: str) -> tuple[float, str, str]:
    # values compared to 6 significant digits: 2.5e9 read from "2,5 milliards" is exact anyway
    rounded = float(f"{value:.6g}") if value and math.isfinite(value) else float(value)
    return rounded, unit, qualifier


def _score(correct: int, total: int) -> float:
    return round(correct / total, 4) if total else 0.0


def evaluate_attributes(path: Path | str) -> dict:
    """Date and quantity accuracy on a gold file, overall and per language, with the misses."""
    items = _load(path)
    date_tally: dict[str, list[int]] = {}
    qty_tally: dict[str, list[int]] = {}
    errors: list[dict] = []
    tp = fp = fn = 0
    for item in items:
        lang = item["lang"]
        if item["kind"] == "date":
            exp = item["expected"]
            got = _predicted_date(item)
            ok = got == (exp.get("value"), exp.get("precision"))
            tally = date_tally.setdefault(lang, [0, 0])
            if not ok:
                errors.append({"id": item.get("id"), "kind": "date", "text": item["text"],
                               "expected": exp, "got": {"value": got[0], "precision": got[1]}})
        else:
            found = find_quantities(item["text"], lang)
            got_keys = Counter(_key(q.value, q.unit, q.qualifier) for q in found)
            exp_keys = Counter(_key(float(e["value"]), e["unit"], e.get("qualifier", "exact"))
                               for e in item["expected"])
            hit = sum((got_keys & exp_keys).values())
            tp += hit
            fp += sum(got_keys.values()) - hit
            fn += sum(exp_keys.values()) - hit
            ok = got_keys == exp_keys
            tally = qty_tally.setdefault(lang, [0, 0])
            if not ok:
                errors.append({"id": item.get("id"), "kind": "quantity", "text": item["text"],
                               "expected": item["expected"],
                               "got": [{"value": q.value, "unit": q.unit, "qualifier": q.qualifier,
                                        "text": q.text} for q in found]})
        tally[0] += ok
        tally[1] += 1

    def block(tally: dict[str, list[int]], floor: float) -> dict:
        correct = sum(t[0] for t in tally.values())
        total = sum(t[1] for t in tally.values())
        accuracy = _score(correct, total)
        return {"items": total, "correct": correct, "accuracy": accuracy, "floor": floor,
                "passed": total > 0 and accuracy >= floor,
                "by_lang": {k: {"items": v[1], "correct": v[0], "accuracy": _score(v[0], v[1])}
                            for k, v in sorted(tally.items())}}

    dates = block(date_tally, DATE_ACCURACY_FLOOR)
    quantities = block(qty_tally, QUANTITY_ACCURACY_FLOOR)
    quantities["mention_precision"] = _score(tp, tp + fp)
    quantities["mention_recall"] = _score(tp, tp + fn)
    return {"dates": dates, "quantities": quantities, "passed": dates["passed"] and quantities["passed"],
            "errors": errors}


def register(subparsers) -> None:
    """Add `attributes-eval FILE [--json]` to the tacitus command line."""
    p = subparsers.add_parser(
        "attributes-eval", help="score event dates and quantities against a gold JSONL file",
        description="Date accuracy (value and precision) and quantity accuracy (value, unit and qualifier "
                    "of every quantity) on a gold file, overall and per language; exit status 1 when either "
                    f"is below its floor ({DATE_ACCURACY_FLOOR}, {QUANTITY_ACCURACY_FLOOR}). The file format is "
                    "described in tacitus/attributes/evaluate.py; the project's own is "
                    "tests/data/attributes_gold.jsonl.")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    import sys

    try:
        report = evaluate_attributes(args.file)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"tacitus attributes-eval: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for name in ("dates", "quantities"):
            r = report[name]
            print(f"{name[:-1] if name == 'dates' else 'quantity'} accuracy {r['accuracy']:.3f} "
                  f"({r['correct']}/{r['items']}), floor {r['floor']}: {'ok' if r['passed'] else 'BELOW FLOOR'}")
            for lang, t in r["by_lang"].items():
                print(f"  {lang}: {t['accuracy']:.3f} ({t['correct']}/{t['items']})")
        q = report["quantities"]
        print(f"quantity mentions: precision {q['mention_precision']:.3f}, recall {q['mention_recall']:.3f}")
        for e in report["errors"]:
            print(f"  miss {e['id']}: expected {e['expected']}, got {e['got']}: {e['text']}")
    return 0 if report["passed"] else 1
