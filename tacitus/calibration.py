"""Is each predicted event right, and does its confidence say how often? (labels for the event scorer,
expected calibration error for `tacitus eval`).

A predicted event is right when one of its tuples fits a tuple of a gold event of the same record with the
same standing: a negated or hypothetical prediction must fit a negated or hypothetical gold event, any
other prediction a gold event that happened (the scoring rules' tuples and party fits, optional gold events
included). On detection records only events of the detected type are judged: right when the record is
positive. Predictions on dyad records, or on records the gold does not have, are not judged.
"""
from __future__ import annotations

from typing import Any, Sequence

from .evaluate import _dropped, _gold_tuples, _matches, _pred_tuples, _types, record_keys

BINS = 10


def judge_predictions(gold: Sequence[dict], predictions: Sequence[dict],
                      type_only: bool = False) -> list[tuple[dict, bool]]:
    """(prediction, right) for every prediction that can be judged, in prediction order. With `type_only`,
    right means the record has a gold event of that type, whatever its parties and standing."""
    records = {key: record for key, record in zip(record_keys(list(gold)), gold)}
    judged = []
    for prediction in predictions:
        record = records.get(prediction.get("doc_id"))
        if record is None or record.get("level") == "dyad":
            continue
        events = record.get("events") or []
        if record.get("detect"):
            if prediction.get("event_type") != record["detect"] or _dropped(prediction):
                continue
            judged.append((prediction, any(not _dropped(e) for e in events)))
            continue
        standing = _dropped(prediction)
        if type_only:
            # Standing aside: a negated meeting in a sentence about a meeting that did not happen has the right
            # type; whether it happened is the auxiliary modes' business.
            judged.append((prediction, any(prediction.get("event_type") in _types(e.get("type")) for e in events)))
            continue
        gold_tuples = [t for e in events if _dropped(e) == standing for t in _gold_tuples(e)]
        own = _pred_tuples([prediction], per_sentence=False)
        judged.append((prediction, any(_matches(p, g) for p in own for g in gold_tuples)))
    return judged


def calibration_report(gold: Sequence[dict], predictions: Sequence[dict], bins: int = BINS) -> dict[str, Any]:
    """Expected calibration error over the kept predictions (those the scoring rules do not drop): the
    mean gap between confidence and the share right, in equal-width confidence bins weighted by size."""
    pairs = [(float(p.get("confidence") or 0.0), right) for p, right in judge_predictions(gold, predictions)
             if not _dropped(p)]
    table = []
    ece = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [(c, r) for c, r in pairs if low <= c < high or (b == bins - 1 and c == 1.0)]
        if not inside:
            continue
        confidence = sum(c for c, _ in inside) / len(inside)
        accuracy = sum(r for _, r in inside) / len(inside)
        ece += len(inside) / len(pairs) * abs(confidence - accuracy)
        table.append({"from": round(low, 2), "to": round(high, 2), "n": len(inside),
                      "mean_confidence": round(confidence, 3), "share_right": round(accuracy, 3)})
    brier = sum((c - r) ** 2 for c, r in pairs) / len(pairs) if pairs else 0.0
    return {"judged": len(pairs), "right": sum(r for _, r in pairs), "ece": round(ece, 4),
            "brier": round(brier, 4), "bins": table}


def format_calibration(report: dict[str, Any]) -> str:
    lines = [f"calibration: {report['judged']} events judged, {report['right']} right; "
             f"ECE {report['ece']:.3f}, Brier {report['brier']:.3f}"]
    for b in report["bins"]:
        lines.append(f"  confidence {b['from']:.1f}-{b['to']:.1f}: n {b['n']:>5}  mean conf "
                     f"{b['mean_confidence']:.3f}  right {b['share_right']:.3f}")
    return "\n".join(lines)
