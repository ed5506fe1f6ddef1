"""A trained event-type classifier for known dyads (`tacitus classify`), rebuilt by `tacitus train`.

Features, chosen by nested cross-validation on PLV_train (see the model card, data/models/README.md):
- the rule coder's best confidence per PLOVER type for the dyad (16 values; multilingual, from the lexicons);
- TF-IDF of word 1-2-grams of the words between actor and recipient (plus a marker when the recipient
  comes first), which carries the verb and its particles.
A multinomial logistic regression combines them; C is tuned inside each training fold only.
The weights are stored as JSON (vocabulary, idf, coefficients): no pickle, readable and small.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

from .classify import DyadClassifier, dyad_spans
from .schema import EVENT_TYPES

MODEL_RESOURCE = "data/models/dyad.json"
C_GRID = (1.0, 3.0, 10.0, 30.0)
_WORD = re.compile(r"\w+", re.UNICODE)


def between_text(record: dict[str, Any]) -> str:
    """The words between actor and recipient (the whole text when a span is missing)."""
    text, actor, recipient = dyad_spans(record)
    if not actor or not recipient:
        return text
    if actor[0] <= recipient[0]:
        return text[actor[1]:recipient[0]]
    return text[recipient[1]:actor[0]] + " recipientfirst"


def _ngrams(text: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@dataclass
class DyadModel:
    labels: list[str]
    vocabulary: dict[str, int]
    idf: list[float]
    coef: list[list[float]]      # one row per label: [rule scores..., tfidf...]
    intercept: list[float]
    c: float
    label_map: dict[str, str]    # training label -> PLOVER type (YIELD -> CONCEDE)

    def features(self, rule_scores: dict[str, float], between: str) -> dict[int, float]:
        """Sparse feature vector: index -> value."""
        out = {i: rule_scores.get(t, 0.0) for i, t in enumerate(EVENT_TYPES) if rule_scores.get(t)}
        counts: dict[int, int] = {}
        for gram in _ngrams(between):
            j = self.vocabulary.get(gram)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        weights = {j: (1 + math.log(n)) * self.idf[j] for j, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        offset = len(EVENT_TYPES)
        out.update({offset + j: v / norm for j, v in weights.items()})
        return out

    def predict_scores(self, rule_scores: dict[str, float], between: str) -> dict[str, float]:
        x = self.features(rule_scores, between)
        logits = [b + sum(row[i] * v for i, v in x.items()) for row, b in zip(self.coef, self.intercept)]
        top = max(logits)
        exps = [math.exp(z - top) for z in logits]
        total = sum(exps)
        return {self.label_map.get(label, label): round(e / total, 4) for label, e in zip(self.labels, exps)}

    def to_json(self) -> dict[str, Any]:
        return {"labels": self.labels, "vocabulary": self.vocabulary, "idf": self.idf, "coef": self.coef,
                "intercept": self.intercept, "c": self.c, "label_map": self.label_map}


@lru_cache(maxsize=1)
def load_dyad_model() -> DyadModel | None:
    path = resources.files("tacitus").joinpath(MODEL_RESOURCE)
    if not path.is_file():
        return None
    return DyadModel(**json.loads(path.read_text(encoding="utf-8")))


def _label(record: dict[str, Any]) -> str:
    value = record["events"][0]["type"]
    return value if isinstance(value, str) else value[0]


def _fit(rule_rows: Sequence[dict[str, float]], betweens: Sequence[str], labels: Sequence[str], c: float) -> DyadModel:
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=_ngrams, min_df=2, sublinear_tf=True)
    tfidf = vectorizer.fit_transform(betweens)
    rules = sparse.csr_matrix(np.array([[row.get(t, 0.0) for t in EVENT_TYPES] for row in rule_rows]))
    matrix = sparse.hstack([rules, tfidf]).tocsr()
    model = LogisticRegression(max_iter=3000, C=c).fit(matrix, labels)
    vocabulary = {term: int(i) for term, i in sorted(vectorizer.vocabulary_.items())}
    return DyadModel(labels=[str(x) for x in model.classes_], vocabulary=vocabulary,
                     idf=[round(float(v), 6) for v in vectorizer.idf_],
                     coef=[[round(float(v), 6) for v in row] for row in model.coef_],
                     intercept=[round(float(v), 6) for v in model.intercept_], c=c,
                     label_map={"YIELD": "CONCEDE"})


def _macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, predicted, average="macro", labels=sorted(set(gold))))


def _predict_labels(model: DyadModel, rule_rows, betweens) -> list[str]:
    inverse = {v: k for k, v in model.label_map.items()}
    out = []
    for rules, between in zip(rule_rows, betweens):
        scores = model.predict_scores(rules, between)
        best = max(scores, key=lambda k: scores[k])
        out.append(inverse.get(best, best))
    return out


def _tune_c(rule_rows, betweens, labels, seed: int) -> float:
    """C chosen by 3-fold cross-validation inside the given (training) data only."""
    from sklearn.model_selection import StratifiedKFold

    best = (-1.0, C_GRID[0])
    folds = list(StratifiedKFold(3, shuffle=True, random_state=seed).split(betweens, labels))
    for c in C_GRID:
        scores = []
        for train, test in folds:
            model = _fit([rule_rows[i] for i in train], [betweens[i] for i in train], [labels[i] for i in train], c)
            scores.append(_macro_f1([labels[i] for i in test],
                                    _predict_labels(model, [rule_rows[i] for i in test], [betweens[i] for i in test])))
        if sum(scores) / len(scores) > best[0]:
            best = (sum(scores) / len(scores), c)
    return best[1]


def prepare(records: Sequence[dict[str, Any]]) -> tuple[list[dict[str, float]], list[str], list[str]]:
    """Rule scores (from the coder, with the model switched off), between-texts and labels of dyad records."""
    classifier = DyadClassifier(use_model=False)
    rule_rows = [classifier.classify(r)["scores"] for r in records]
    return rule_rows, [between_text(r) for r in records], [_label(r) for r in records]


def train(records: Sequence[dict[str, Any]], seed: int = 0) -> DyadModel:
    rule_rows, betweens, labels = prepare(records)
    return _fit(rule_rows, betweens, labels, _tune_c(rule_rows, betweens, labels, seed))


def cross_validate(records: Sequence[dict[str, Any]], folds: int = 5, seed: int = 0) -> dict[str, Any]:
    """Nested k-fold: C is tuned inside each training fold; the scored fold is never seen in training or tuning."""
    from sklearn.model_selection import StratifiedKFold

    rule_rows, betweens, labels = prepare(records)
    scores, accuracies = [], []
    for k, (train_idx, test_idx) in enumerate(StratifiedKFold(folds, shuffle=True, random_state=seed).split(betweens, labels)):
        tr = lambda seq: [seq[i] for i in train_idx]  # noqa: E731 - local selector
        te = lambda seq: [seq[i] for i in test_idx]  # noqa: E731
        c = _tune_c(tr(rule_rows), tr(betweens), tr(labels), seed + k + 1)
        model = _fit(tr(rule_rows), tr(betweens), tr(labels), c)
        predicted = _predict_labels(model, te(rule_rows), te(betweens))
        gold = te(labels)
        scores.append(_macro_f1(gold, predicted))
        accuracies.append(sum(g == p for g, p in zip(gold, predicted)) / len(gold))
    rule_only = [max(r, key=lambda t: r[t]) if r else "NONE" for r in rule_rows]
    rule_only = ["YIELD" if p in ("CONCEDE", "RETREAT") else p for p in rule_only]
    return {"folds": folds, "macro_f1": round(sum(scores) / folds, 4), "macro_f1_per_fold": [round(s, 4) for s in scores],
            "accuracy": round(sum(accuracies) / folds, 4), "records": len(records),
            "rules_only_macro_f1": round(_macro_f1(labels, rule_only), 4)}


def save(model: DyadModel, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
