"""Training the recipient filler (tacitus/coder/recipient_filler.py) on sentence-level gold.

The rules code every training sentence with the filler off. Each candidate the rules left without a recipient
gives one row per party of its sentence that has a country: the party's features and whether the gold names that
country as a recipient of an event of the candidate's type. A logistic regression (C fixed) is fitted on the rows;
the threshold is the one that maximises the tuple F1 of all the sentences' candidates, filled with out-of-fold
probabilities. The event scorer is trained on candidates filled by a filler that did not see their sentence
(`cross_fill`), so that its features look like those the shipped filler will give on new text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from .coder.recipient_filler import RecipientFiller, fill_recipients
from .coder.scorer import LogisticModel
from .scorer_training import _fit as fit_logistic
from .scorer_training import fold_of

FILLER_C = 0.3
FILLER_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)
FILLER_FOLDS = 5


@dataclass
class CodedRecord:
    """One training record as the rules coded it (filler off): its (event as a dict, candidate) pairs."""

    key: str
    record: dict[str, Any]
    lang: str | None = None
    has_parse: bool = False
    pairs: list[tuple[dict[str, Any], Any]] = field(default_factory=list)


def code_records(records: Sequence[dict[str, Any]]) -> list[CodedRecord]:
    """Every record coded by the rules alone, with the filler off (what both trained models learn from)."""
    from .documents import Document
    from .evaluate import record_keys
    from .pipeline import Pipeline, PipelineOptions

    pipeline = Pipeline(PipelineOptions(rules_only=True, recipient_filler=False))
    coded = []
    for key, record in zip(record_keys(list(records)), records):
        item = CodedRecord(key, record)
        document = Document(id=key, text=record["text"], date=record.get("date"), lang=record.get("lang"))
        item.lang, _ = pipeline.language_of(document)
        if item.lang is not None:
            pairs = pipeline.code_document_with_candidates(document, item.lang)
            item.has_parse = any(t.dep for _, c in pairs for t in c.sentence.tokens)   # the fallback parser gives none
            item.pairs = [(event.model_dump(), candidate) for event, candidate in pairs]
        coded.append(item)
    return coded


def _types(value: Any) -> set[str]:
    return set(value) if isinstance(value, list) else {value}


def _codes(parties: Sequence) -> set[str]:
    return {code for party in parties for code in (party if isinstance(party, list) else [party]) if code}


def _open_features(candidate: Any) -> dict[int, dict[str, float]] | None:
    """The party features of a candidate the rules left without a recipient, else None (nothing to fill)."""
    features = candidate.signals.get("party_features")
    return None if candidate.recipients or not features else features


def filler_rows(coded: Sequence[CodedRecord]) -> list[tuple[int, dict[str, float], bool]]:
    """(record index, features, is a gold recipient) per party of each candidate without recipients."""
    rows = []
    for index, item in enumerate(coded):
        if item.record.get("detect"):
            continue     # a detection record names no parties
        for prediction, candidate in item.pairs:
            features = _open_features(candidate)
            if features is None:
                continue
            gold = [e for e in item.record.get("events") or [] if prediction["event_type"] in _types(e.get("type"))]
            if not gold:
                continue     # a wrong type: no recipient is right
            recipients = _codes(r for e in gold for r in e.get("recipients") or [])
            parties = candidate.signals["parties"]
            for m, f in features.items():
                rows.append((index, f, parties[m].country in recipients))
    return rows


def _fit(rows: Sequence[tuple[int, dict[str, float], bool]]) -> LogisticModel:
    if len({y for _, _, y in rows}) < 2:
        return LogisticModel(weights={}, intercept=-20.0)    # nothing to learn from: never fill
    return fit_logistic([f for _, f, _ in rows], [y for _, _, y in rows], FILLER_C)


def _filled(coded: Sequence[CodedRecord], indices: Sequence[int], filler: RecipientFiller) -> list[dict[str, Any]]:
    """The predictions of the records at `indices`, with the filler's recipients (the candidates are not changed)."""
    out = []
    for index in indices:
        for prediction, candidate in coded[index].pairs:
            features = _open_features(candidate)
            if features is None:
                out.append(prediction)
                continue
            chosen = filler.choose(candidate, candidate.signals["parties"], features)
            out.append({**prediction, "recipient": [{"country": party.country} for party, _ in chosen]}
                       if chosen else prediction)
    return out


def _tuple_f1(coded: Sequence[CodedRecord], indices: Sequence[int], predictions: list[dict[str, Any]]) -> float:
    from .evaluate import score

    report = score([{**coded[i].record, "id": coded[i].key} for i in indices], predictions)
    return float(report.get("f1", 0.0))


def _folds(indices: Sequence[int], k: int, seed: int) -> list[list[int]]:
    folds = fold_of(indices, k, seed)
    return [sorted(i for i in indices if folds[i] == f) for f in range(k)]


def _best_threshold(coded: Sequence[CodedRecord], indices: Sequence[int],
                    rows: Sequence[tuple[int, dict[str, float], bool]], seed: int) -> float:
    """The threshold with the best tuple F1 over `indices`, each record filled by a model that did not see it."""
    models = {}
    folds = _folds(indices, 3, seed)
    for f, held in enumerate(folds):
        inside = set(indices) - set(held)
        models[f] = _fit([r for r in rows if r[0] in inside])
    scores = {}
    for t in FILLER_THRESHOLDS:
        predictions = []
        for f, held in enumerate(folds):
            predictions += _filled(coded, held, RecipientFiller(models[f], t))
        scores[t] = _tuple_f1(coded, indices, predictions)
    return max(FILLER_THRESHOLDS, key=lambda t: (round(scores[t], 4), -t))


def train(coded: Sequence[CodedRecord], seed: int = 0) -> RecipientFiller:
    rows = filler_rows(coded)
    indices = [i for i, item in enumerate(coded) if not item.record.get("detect")]
    threshold = _best_threshold(coded, indices, rows, seed)
    filler = RecipientFiller(_fit(rows), threshold)
    filler.trained_on = {"records": len(indices), "rows": len(rows), "rows_recipient": sum(y for _, _, y in rows),
                         "c": FILLER_C, "threshold": threshold, "seed": seed}
    return filler


def cross_validate(coded: Sequence[CodedRecord], folds: int = 5, seed: int = 0) -> dict[str, Any]:
    """Nested k-fold over the records: the threshold is chosen inside each training fold; the held-out folds give
    tuple F1 of the rule candidates with and without the filler (no event scorer)."""
    rows = filler_rows(coded)
    indices = [i for i, item in enumerate(coded) if not item.record.get("detect")]
    with_filler, without, thresholds = [], [], []
    for f, held in enumerate(_folds(indices, folds, seed)):
        held_set = set(held)
        train_indices = [i for i in indices if i not in held_set]
        train_rows = [r for r in rows if r[0] not in held_set]
        threshold = _best_threshold(coded, train_indices, train_rows, seed + f + 1)
        thresholds.append(threshold)
        with_filler += _filled(coded, held, RecipientFiller(_fit(train_rows), threshold))
        without += [prediction for i in held for prediction, _ in coded[i].pairs]
    return {"folds": folds, "records": len(indices), "rows": len(rows),
            "tuple_f1": round(_tuple_f1(coded, indices, with_filler), 4),
            "rules_tuple_f1": round(_tuple_f1(coded, indices, without), 4), "thresholds": thresholds}


def cross_fill(coded: Sequence[CodedRecord], seed: int = 0) -> None:
    """Fill each record's candidates (in place) with a filler trained on the other folds: the event scorer's
    training candidates, as new text would give them."""
    rows = filler_rows(coded)
    indices = list(range(len(coded)))
    for f, held in enumerate(_folds(indices, FILLER_FOLDS, seed)):
        held_set = set(held)
        train_rows = [r for r in rows if r[0] not in held_set]
        train_indices = [i for i in indices if i not in held_set and not coded[i].record.get("detect")]
        filler = RecipientFiller(_fit(train_rows), _best_threshold(coded, train_indices, train_rows, seed + f + 1))
        for i in held:
            for prediction, candidate in coded[i].pairs:
                features = _open_features(candidate)
                if features is None:
                    continue
                fill_recipients(candidate, candidate.signals["parties"], features, filler)
                if candidate.recipients:
                    prediction["recipient"] = [{"country": party.country} for party in candidate.recipients]
