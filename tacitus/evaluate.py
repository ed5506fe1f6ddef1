"""Score tacitus predictions against gold event sets (the rules of the shared eval sets README, exactly).

Gold records are JSON Lines at level "document", "sentence" or "dyad"; a record with `detect` is a
detection set. Predictions are tacitus events: {"id", "doc_id", "event_type", "mode", "aux_mode",
"actor": [{"country"}], "recipient": [{"country"}], "evidence": {"sentence_index"}}, grouped by
`doc_id` == gold `id`; at dyad level they are {"id", "event_type"} with `id` == gold `id`.

Tuples: actors x recipients (ordered); no recipients and 2+ actors: one unordered pair per pair of
actors; one actor: (actor, unscored). Gold `null` and unscored slots fit anything; a gold list of
codes fits any of them. A predicted party whose country is null/missing is unknown and fits only a
gold null/unscored slot; a prediction with no recipient has an unknown recipient (so it does not
match a gold tuple that names one); an event with no actor has one unknown actor. Predictions whose
aux_mode holds negation or hypothetical are dropped; repeated predicted tuples count once per record
(per evidence.sentence_index at document level). Predicted tuples are matched one-to-one to required
gold tuples by maximum matching (among maximum matchings, the one leaving the most leftovers that an
optional gold tuple absorbs); leftovers matching an optional gold tuple are ignored, other leftovers
are FP, unmatched required gold tuples are FN.

Gold extension (the project's multilingual test set): a gold event may carry "aux_mode", e.g.
["negation"], ["hypothetical"], ["future"], ["historical"]. Events with negation or hypothetical are
removed from tuple, type and detection scoring (neither required nor optional: a kept prediction
matching them is a FP); future/historical events are ordinary events. Negation detection scores
(record id, event type) pairs: gold events with negation vs predicted events with negation.

Other choices: detection records count only for detection (and negation), not for tuple/type
scores; dyad records only for dyad metrics (no aux_mode drop there). Type F1 per record matches
the set of predicted types one-to-one to the gold events' type sets (a list type is one slot; a slot
that contains another slot is redundant); a leftover predicted type in any gold event's type list is
ignored. A code named twice in one gold event (two parties of one country) yields its repeated
tuple once, since a repeated prediction counts once. A gold id repeated in a file is keyed
`id#k` for its k-th repeat (record_keys). Ratios with a zero denominator are 0.0.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

DROP_AUX = frozenset({"negation", "hypothetical"})
DYAD_MAP = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
# every count a record can contribute, so sums exist even when no record has them
COUNT_KEYS = ("tp", "fp", "fn", "ignored", "type_tp", "type_fp", "type_fn", "mode_n",
              "mode_correct", "det_tp", "det_fp", "det_fn", "neg_gold", "neg_pred",
              "neg_gold_hit", "neg_pred_ok", "dyad_correct", "dyad_n", "tuple_n", "detect_n",
              "predictions", "dropped")
CI_KEYS = ("f1", "type_f1", "detection_f1", "dyad_accuracy", "dyad_macro_f1")

GoldParty = frozenset[str] | None  # None: null or unscored, fits anything
PredParty = str | None  # None: unknown, fits only a gold None


@dataclass(frozen=True)
class Tup:
    """One scored tuple; `a`, `b` are gold or predicted parties; unordered when not `ordered`."""

    types: frozenset[str]
    a: Any
    b: Any
    ordered: bool
    mode: str | None = field(default=None, compare=False)


DEV_SHARE = 5   # one record in five is development data when a gold set is split


def split_records(records: list[dict], part: str) -> list[dict]:
    """The `dev` or `test` part of a gold set: a record is dev when the SHA-1 of its id (and text, since some
    sets repeat ids) is 0 modulo 5. Deterministic, so error analysis on dev never touches the test part."""
    if part not in ("dev", "test"):
        raise ValueError(f"split must be dev or test, not {part!r}")
    import hashlib

    def is_dev(record: dict) -> bool:
        key = f"{record.get('id')}\u0000{record.get('text', '')}".encode("utf-8")
        return int(hashlib.sha1(key).hexdigest(), 16) % DEV_SHARE == 0

    return [r for r in records if is_dev(r) == (part == "dev")]


def load_jsonl(path: str | Path) -> list[dict]:
    """Read JSON Lines; blank lines are skipped; bad JSON raises ValueError naming file and line."""
    rows: list[dict] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: malformed JSON: {exc.msg}") from exc
    return rows


def _aux(event: dict) -> set[str]:
    aux = event.get("aux_mode") or []
    return {aux} if isinstance(aux, str) else set(aux)


def _dropped(event: dict) -> bool:
    return bool(_aux(event) & DROP_AUX)


def _types(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    return frozenset([value] if isinstance(value, str) else value)


def _gold_party(p: Any) -> GoldParty:
    if p is None:
        return None
    return frozenset([p] if isinstance(p, str) else p)


def _pred_party(entity: Any) -> PredParty:
    code = entity.get("country") if isinstance(entity, dict) else entity
    return code or None


def _slot_pairs(actors: list, recipients: list) -> list[tuple[Any, Any, bool]]:
    """README's tuple rule; an empty actor list stands for one unknown/null actor."""
    actors = actors or [None]
    if recipients:
        return [(a, r, True) for a in actors for r in recipients]
    if len(actors) >= 2:
        return [(x, y, False) for i, x in enumerate(actors) for y in actors[i + 1:]]
    return [(actors[0], None, True)]


def _gold_tuples(event: dict) -> list[Tup]:
    actors = [_gold_party(p) for p in event.get("actors") or []]
    recipients = [_gold_party(p) for p in event.get("recipients") or []]
    types, mode = _types(event.get("type")), event.get("mode")
    tuples = [Tup(types, a, b, o, mode) for a, b, o in _slot_pairs(actors, recipients)]
    # a code named twice in one event (two parties of one country) repeats a tuple, which no
    # prediction could earn twice; null slots stay apart (distinct unnamed parties)
    named = [t for t in tuples if t.a is not None and t.b is not None]
    return list(dict.fromkeys(named)) + [t for t in tuples if t not in named]


def _pred_tuples(preds: list[dict], per_sentence: bool) -> list[Tup]:
    """Tuples of kept predictions, repeated ones counted once (per sentence when asked)."""
    seen: dict[tuple, Tup] = {}
    for ev in preds:
        sentence = (ev.get("evidence") or {}).get("sentence_index") if per_sentence else None
        actors = [_pred_party(e) for e in ev.get("actor") or []]
        recipients = [_pred_party(e) for e in ev.get("recipient") or []]
        for a, b, ordered in _slot_pairs(actors, recipients):
            if not ordered:  # canonical order so {a, b} and {b, a} dedupe
                a, b = sorted((a, b), key=lambda x: (x is None, x or ""))
            t = Tup(_types(ev.get("event_type")), a, b, ordered, ev.get("mode"))
            seen.setdefault((sentence, t), t)
    return list(seen.values())


def _fits(pred: PredParty, gold: GoldParty) -> bool:
    return gold is None or (pred is not None and pred in gold)


def _matches(p: Tup, g: Tup) -> bool:
    if not p.types & g.types:
        return False
    if _fits(p.a, g.a) and _fits(p.b, g.b):
        return True
    # either side unordered: the other orientation is just as good
    return not (p.ordered and g.ordered) and _fits(p.b, g.a) and _fits(p.a, g.b)


def _max_matching(adj: list[list[int]]) -> dict[int, int]:
    """Kuhn's augmenting paths; returns right -> left. Left vertices are tried in list order, and
    a matched left vertex stays matched, so earlier ones are preferred among maximum matchings."""
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in adj[left]:
            if right not in seen:
                seen.add(right)
                if right not in owner or augment(owner[right], seen):
                    owner[right] = left
                    return True
        return False

    for left in range(len(adj)):
        augment(left, set())
    return owner


def _tuple_view(t: Tup) -> dict:
    """JSON-serialisable tuple for per-record details."""
    def party(p: Any) -> Any:
        return sorted(p) if isinstance(p, frozenset) else p
    types = sorted(t.types)
    return {"type": types[0] if len(types) == 1 else types,
            "parties": [party(t.a), party(t.b)], "ordered": t.ordered}


def _score_tuples(events: list[dict], preds: list[dict], per_sentence: bool) -> dict:
    required = [t for e in events if not e.get("optional") for t in _gold_tuples(e)]
    optional = [t for e in events if e.get("optional") for t in _gold_tuples(e)]
    tuples = _pred_tuples(preds, per_sentence)
    absorbable = [any(_matches(p, o) for o in optional) for p in tuples]
    # predictions no optional tuple could absorb go first, so the matching spares the others
    order = sorted(range(len(tuples)), key=lambda i: absorbable[i])
    adj = [[j for j, g in enumerate(required) if _matches(tuples[i], g)] for i in order]
    pairs = {order[left]: right for right, left in _max_matching(adj).items()}
    tp = [(tuples[i], required[j]) for i, j in pairs.items()]
    leftovers = [i for i in range(len(tuples)) if i not in pairs]
    moded = [(p, g) for p, g in tp if g.mode is not None]
    return {
        "counts": {"tp": len(tp), "fp": sum(not absorbable[i] for i in leftovers),
                   "fn": len(required) - len(tp),
                   "ignored": sum(absorbable[i] for i in leftovers),
                   "mode_n": len(moded), "mode_correct": sum(p.mode == g.mode for p, g in moded)},
        "tp": [{"pred": _tuple_view(p), "gold": _tuple_view(g)} for p, g in tp],
        "fp": [_tuple_view(tuples[i]) for i in leftovers if not absorbable[i]],
        "fn": [_tuple_view(g) for j, g in enumerate(required) if j not in pairs.values()],
        "ignored": [_tuple_view(tuples[i]) for i in leftovers if absorbable[i]],
    }


def _score_types(events: list[dict], preds: list[dict]) -> dict:
    predicted = sorted({ev.get("event_type") for ev in preds if ev.get("event_type")})
    slots = {_types(e.get("type")) for e in events if not e.get("optional")}
    slots = sorted((s for s in slots if not any(o < s for o in slots)), key=sorted)
    anywhere = frozenset().union(*(_types(e.get("type")) for e in events))
    owner = _max_matching([[j for j, s in enumerate(slots) if t in s] for t in predicted])
    right = {predicted[i] for i in owner.values()}
    return {"type_tp": len(owner), "type_fn": len(slots) - len(owner),
            "type_fp": sum(t not in right and t not in anywhere for t in predicted)}


def _score_negation(events: list[dict], preds: list[dict]) -> dict:
    gold = {_types(e.get("type")) for e in events if "negation" in _aux(e)}
    pred = {ev.get("event_type") for ev in preds if "negation" in _aux(ev)}
    return {"neg_gold": len(gold), "neg_pred": len(pred),
            "neg_gold_hit": sum(bool(s & pred) for s in gold),
            "neg_pred_ok": sum(any(t in s for s in gold) for t in pred)}


def _score_dyad(record: dict, pred: dict | None) -> dict:
    gold = [DYAD_MAP.get(t, t) for e in record["events"] for t in sorted(_types(e.get("type")))]
    guess = pred.get("event_type") if pred else None
    guess = DYAD_MAP.get(guess, guess)
    label = guess if guess in gold else (gold[0] if gold else None)
    counts = {"dyad_n": 1, "dyad_correct": int(guess is not None and guess == label),
              "predictions": int(pred is not None),
              f"dyad_tp:{label}": 0, f"dyad_fn:{label}": 0}
    counts[f"dyad_tp:{label}" if guess == label else f"dyad_fn:{label}"] = 1
    if guess is not None and guess != label:
        counts[f"dyad_fp:{guess}"] = 1
    return {"counts": counts, "gold": label, "predicted": guess}


def record_keys(gold: list[dict]) -> list[str]:
    """The id predictions must carry for each gold record: its `id`, or `id#k` for the k-th
    repeat of an id (some gold sets repeat an id for different texts)."""
    seen: Counter = Counter()
    keys = []
    for rec in gold:
        k = seen[rec["id"]]
        seen[rec["id"]] += 1
        keys.append(f"{rec['id']}#{k}" if k else rec["id"])
    return keys


def score_records(gold: list[dict], predictions: list[dict]) -> list[dict]:
    """Per gold record: its counts plus TP/FP/FN tuples (or its detection/dyad outcome)."""
    by_doc: dict[Any, list[dict]] = {}
    by_id: dict[Any, dict] = {}
    for ev in predictions:
        by_doc.setdefault(ev.get("doc_id", ev.get("id")), []).append(ev)
        by_id.setdefault(ev.get("id"), ev)
    out = []
    for key, rec in zip(record_keys(gold), gold):
        level = rec.get("level", "sentence")
        row: dict[str, Any] = {"id": key, "lang": rec.get("lang"), "level": level}
        if level == "dyad":
            row.update(_score_dyad(rec, by_id.get(key)))
            out.append(row)
            continue
        preds = by_doc.get(key, [])
        kept = [ev for ev in preds if not _dropped(ev)]
        events = [e for e in rec.get("events") or [] if not _dropped(e)]
        counts: Counter = Counter(_score_negation(rec.get("events") or [], preds))
        counts.update({"predictions": len(preds), "dropped": len(preds) - len(kept)})
        if rec.get("detect"):
            gold_pos = bool(events)
            pred_pos = any(ev.get("event_type") == rec["detect"] for ev in kept)
            counts.update({"detect_n": 1, "det_tp": gold_pos and pred_pos,
                           "det_fp": pred_pos and not gold_pos,
                           "det_fn": gold_pos and not pred_pos})
            row.update({"detect": rec["detect"], "gold": gold_pos, "predicted": pred_pos})
        else:
            scored = _score_tuples(events, kept, per_sentence=level == "document")
            counts.update(scored.pop("counts"))
            counts.update(_score_types(events, kept))
            counts["tuple_n"] = 1
            row.update(scored)
        row["counts"] = {k: int(v) for k, v in counts.items()}
        out.append(row)
    return out


def _ratio(num: Any, den: Any) -> Any:
    """num/den, 0 where den is 0; works on scalars and on bootstrap arrays alike."""
    num, den = np.asarray(num, dtype=float), np.asarray(den, dtype=float)
    value = np.where(den > 0, num / np.where(den > 0, den, 1.0), 0.0)
    return float(value) if value.ndim == 0 else value


def _prf(tp: Any, fp: Any, fn: Any) -> tuple[Any, Any, Any]:
    return _ratio(tp, tp + fp), _ratio(tp, tp + fn), _ratio(2 * tp, 2 * tp + fp + fn)


def _metrics(s: dict[str, Any]) -> dict[str, Any]:
    """Metrics from summed counts (scalars, or arrays with one value per bootstrap replicate)."""
    m: dict[str, Any] = {}
    m["precision"], m["recall"], m["f1"] = _prf(s["tp"], s["fp"], s["fn"])
    m["type_precision"], m["type_recall"], m["type_f1"] = _prf(
        s["type_tp"], s["type_fp"], s["type_fn"])
    m["mode_accuracy"] = _ratio(s["mode_correct"], s["mode_n"])
    m["detection_precision"], m["detection_recall"], m["detection_f1"] = _prf(
        s["det_tp"], s["det_fp"], s["det_fn"])
    m["negation_precision"] = _ratio(s["neg_pred_ok"], s["neg_pred"])
    m["negation_recall"] = _ratio(s["neg_gold_hit"], s["neg_gold"])
    m["negation_f1"] = _ratio(2 * m["negation_precision"] * m["negation_recall"],
                              m["negation_precision"] + m["negation_recall"])
    m["dyad_accuracy"] = _ratio(s["dyad_correct"], s["dyad_n"])
    labels = sorted({k.split(":", 1)[1] for k in s if k.startswith("dyad_tp:")})
    per_label = {lab: _prf(*(s.get(f"dyad_{c}:{lab}", 0) for c in ("tp", "fp", "fn")))
                 for lab in labels}
    support = {lab: s[f"dyad_tp:{lab}"] + s[f"dyad_fn:{lab}"] for lab in labels}
    present = [np.asarray(support[lab]) > 0 for lab in labels]  # "the gold's labels"
    f1s = [per_label[lab][2] for lab in labels]
    m["dyad_macro_f1"] = _ratio(sum(np.where(p, f, 0.0) for p, f in zip(present, f1s)),
                                sum(p.astype(float) for p in present)) if labels else 0.0
    m["dyad_labels"] = {lab: {"precision": p, "recall": r, "f1": f, "support": support[lab]}
                        for lab, (p, r, f) in per_label.items()}
    return m


def _aggregate(rows: list[dict], bootstrap: int, seed: int) -> dict:
    keys = sorted({k for row in rows if "counts" in row for k in row["counts"]})
    matrix = np.array([[row.get("counts", {}).get(k, 0) for k in keys] for row in rows],
                      dtype=float).reshape(len(rows), len(keys))
    base = dict.fromkeys(COUNT_KEYS, 0)
    sums = {**base, **{k: int(v) for k, v in zip(keys, matrix.sum(axis=0))}}
    m = _metrics(sums)
    report: dict[str, Any] = {"records": len(rows), "predictions": sums["predictions"],
                              "dropped": sums["dropped"]}
    if sums["tuple_n"]:
        report.update({k: sums[k] for k in ("tp", "fp", "fn", "ignored")})
        report.update({k: m[k] for k in ("precision", "recall", "f1")})
        report.update({k: sums[k] for k in ("type_tp", "type_fp", "type_fn")})
        report.update({k: m[k] for k in ("type_precision", "type_recall", "type_f1")})
    if sums["mode_n"]:
        report["mode"] = {"n": sums["mode_n"], "correct": sums["mode_correct"],
                          "accuracy": m["mode_accuracy"]}
    if sums["detect_n"]:
        report["detection"] = {"n": sums["detect_n"], "tp": sums["det_tp"], "fp": sums["det_fp"],
                               "fn": sums["det_fn"], "precision": m["detection_precision"],
                               "recall": m["detection_recall"], "f1": m["detection_f1"]}
    if sums["neg_gold"] or sums["neg_pred"]:
        report["negation"] = {"gold": sums["neg_gold"], "predicted": sums["neg_pred"],
                              "precision": m["negation_precision"],
                              "recall": m["negation_recall"], "f1": m["negation_f1"]}
    if sums["dyad_n"]:
        report["dyad"] = {"n": sums["dyad_n"], "correct": sums["dyad_correct"],
                          "accuracy": m["dyad_accuracy"], "macro_f1": m["dyad_macro_f1"],
                          "labels": {k: {**v, "support": int(v["support"])}
                                     for k, v in m["dyad_labels"].items() if v["support"]}}
    if bootstrap > 0 and rows:
        report["ci"] = _bootstrap(matrix, keys, base, bootstrap, seed, report)
    return report


def _bootstrap(matrix: np.ndarray, keys: list[str], base: dict[str, int], replicates: int,
               seed: int, report: dict) -> dict:
    """95% percentile intervals, resampling records with replacement (seeded, deterministic)."""
    rng = np.random.default_rng(seed)
    n = matrix.shape[0]
    weights = np.stack([np.bincount(rng.integers(0, n, n), minlength=n)
                        for _ in range(replicates)])
    sums = weights @ matrix  # replicate x count column
    m = _metrics({**{k: np.zeros(replicates) for k in base},
                  **{k: sums[:, i] for i, k in enumerate(keys)}})
    applies = {"f1": "f1" in report, "type_f1": "type_f1" in report,
               "detection_f1": "detection" in report, "dyad_accuracy": "dyad" in report,
               "dyad_macro_f1": "dyad" in report}
    return {k: [float(x) for x in np.percentile(m[k], [2.5, 97.5])]
            for k in CI_KEYS if applies[k]} | {"replicates": replicates, "seed": seed}


def score(gold: list[dict], predictions: list[dict], by_lang: bool = False, bootstrap: int = 0,
          seed: int = 0, details: bool = False) -> dict:
    """Score predictions against gold records; see the module docstring for the rules."""
    rows = score_records(gold, predictions)
    report = _aggregate(rows, bootstrap, seed)
    gold_ids = set(record_keys(gold))
    report["outside_gold"] = sum(ev.get("doc_id", ev.get("id")) not in gold_ids
                                 and ev.get("id") not in gold_ids for ev in predictions)
    if by_lang:
        langs = sorted({row["lang"] or "?" for row in rows})
        report["by_lang"] = {lang: _aggregate([r for r in rows if (r["lang"] or "?") == lang],
                                              bootstrap, seed) for lang in langs}
    if details:
        report["details"] = rows
    return report


def _fmt_row(name: str, part: dict, ci: list[float] | None = None) -> str:
    cells = "".join(f"{part.get(k, ''):>7}" for k in ("tp", "fp", "fn"))
    line = f"{name:<12}{cells}  " + "  ".join(f"{part[k]:.3f}" for k in ("precision", "recall",
                                                                          "f1"))
    return line + (f"  [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else "")


def format_report(report: dict, title: str = "all") -> str:
    """A plain-text table of a score() report (per-language sections follow the overall one)."""
    ci = report.get("ci", {})
    lines = [f"== {title}: {report['records']} records, {report['predictions']} predictions "
             f"({report['dropped']} dropped, {report.get('outside_gold', 0)} outside gold)"]
    if any(k in report for k in ("f1", "detection", "negation")):
        lines.append(f"{'':<12}{'tp':>7}{'fp':>7}{'fn':>7}  {'P':<5}  {'R':<5}  {'F1':<5}  "
                     "95% CI F1")
    if "f1" in report:
        lines.append(_fmt_row("tuples", report, ci.get("f1")))
        lines.append(_fmt_row("types", {k[5:]: v for k, v in report.items()
                                        if k.startswith("type_")}, ci.get("type_f1")))
    if "detection" in report:
        lines.append(_fmt_row("detection", report["detection"], ci.get("detection_f1")))
    if "negation" in report:
        lines.append(_fmt_row("negation", report["negation"]))
    if "mode" in report:
        md = report["mode"]
        lines.append(f"mode accuracy {md['accuracy']:.3f} ({md['correct']}/{md['n']})")
    if "dyad" in report:
        dy = report["dyad"]
        acc_ci, f1_ci = (ci.get(k) for k in ("dyad_accuracy", "dyad_macro_f1"))
        lines.append(f"dyad accuracy {dy['accuracy']:.3f} ({dy['correct']}/{dy['n']})"
                     + (f" [{acc_ci[0]:.3f}, {acc_ci[1]:.3f}]" if acc_ci else "")
                     + f"  macro-F1 {dy['macro_f1']:.3f}"
                     + (f" [{f1_ci[0]:.3f}, {f1_ci[1]:.3f}]" if f1_ci else ""))
        for lab, v in dy["labels"].items():
            lines.append(f"  {lab:<10} P {v['precision']:.3f}  R {v['recall']:.3f}  "
                         f"F1 {v['f1']:.3f}  n {v['support']}")
    for lang, sub in report.get("by_lang", {}).items():
        lines.append("")
        lines.append(format_report(sub, title=lang))
    return "\n".join(lines)
