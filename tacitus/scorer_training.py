"""Training the event scorer (tacitus/coder/scorer.py) on sentence-level gold: `tacitus train --events DIR`.

Every training sentence is coded by the rules alone, its candidates without a recipient filled by a recipient
filler that did not see it (tacitus.filler_training.cross_fill); each candidate becomes one row: its features,
and two labels from tacitus.calibration's judgement (the event is right; its type is right). Two logistic
regressions are fitted on the rows, one per label; each C is chosen by cross-validated log-loss, and the
abstention threshold on the type probability by the cross-validated mean of tuple F1 and type F1 (averaged
over the groups of threshold_groups), all inside the training data. `cross_validate` nests all of that inside
each outer fold (folds split by sentence, so the candidates of one sentence never sit on both sides) and
scores only the held-out fold.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from .coder.scorer import SENTENCE_VECTOR_FEATURE, EventScorer, LogisticModel, candidate_features, write_model
from .coder.sentence_types import logit_feature

if TYPE_CHECKING:
    from .sentence_type_training import ExtraSentences

C_GRID = (0.1, 0.3, 1.0, 3.0)
INNER_FOLDS = 3   # the cross-validation inside a training set that chooses the Cs and the threshold
# The threshold's objective is read off out-of-fold probabilities, so it depends on how the sentences fell into
# folds: two retrains on data 21 candidates apart chose 0.20 and 0.15 (2026-11-29). Averaging the curve over
# several fold draws takes that chance out of the choice.
THRESHOLD_REPEATS = 3
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 17))   # 0.05 ... 0.80
# One threshold for every language: per-language thresholds (chosen on each language's sentences, within 0.1 of
# the shared one) scored lower under nested 5-fold cross-validation (tuple F1 0.557 against 0.560, type F1 0.748
# against 0.751; 6,527 sentences, 2026-11-28), no source (training sentences, shared dev splits) scored higher
# with them, and they drifted between trainings of nearly the same data.

@dataclass
class Rows:
    """Rule candidates of the training sentences: features, labels, and which record each came from."""

    features: list[dict[str, float]]
    labels: list[bool]                    # the event is right (type and parties)
    type_labels: list[bool]               # the sentence has a gold event of this type
    record_index: list[int]
    predictions: list[dict[str, Any]]     # the candidates as event records, for scoring thresholds
    records: list[dict[str, Any]]
    groups: list[str] | None = None       # per record: the group the threshold objective weighs alike
    event_types: list[str] = field(default_factory=list)   # per row: the candidate's type


def with_sentence_vectors(rows: Rows, probabilities: dict[int, dict[str, float]]) -> Rows:
    """A copy of the rows whose features add the sentence-type model's probability of each candidate's type
    (`probabilities`: per record, per type, from a model that did not see the record)."""
    if len(rows.event_types) != len(rows.features):
        raise ValueError("rows without their candidates' types: build them with candidate_rows")
    features = []
    for row_features, record, event_type in zip(rows.features, rows.record_index, rows.event_types):
        by_type = probabilities.get(record, {})
        extra = {SENTENCE_VECTOR_FEATURE: logit_feature(by_type[event_type])} if event_type in by_type else {}
        features.append({**row_features, **extra})
    return replace(rows, features=features)


def load_training(folder: Path) -> list[dict[str, Any]]:
    """Every sentence-level record of the folder's *.jsonl files, in file order."""
    from .evaluate import load_jsonl

    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise ValueError(f"{folder}: no .jsonl training files")
    return [r for path in files for r in load_jsonl(path) if r.get("level", "sentence") == "sentence"]


def load_dev_splits(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """The dev split (tacitus.evaluate.split_records) of each sentence-level gold set: in-domain training data
    whose test split stays held out for `tacitus eval --split test`."""
    from .evaluate import load_jsonl, split_records

    records: list[dict[str, Any]] = []
    for path in paths:
        sentences = [r for r in load_jsonl(path) if r.get("level", "sentence") == "sentence"]
        if not sentences:
            raise ValueError(f"{path}: no sentence-level records")
        records += split_records(sentences, "dev")
    return records


def threshold_groups(records: Sequence[dict[str, Any]], sources: Sequence[str]) -> list[str]:
    """Per record, its group for the threshold objective: its source and language. Pooled, the training
    sentences (most of the data) would choose the threshold for the shared sets alone; with each source and
    language weighed alike, nested 5-fold cross-validation scored as well or better on every source (tuple F1
    0.5706 against 0.5704 pooled, type F1 0.755 against 0.752; Spanish protest dev type F1 0.491 against 0.469;
    8,447 sentences, 2026-11-28). Weighing the sources alike without the languages let two folds choose
    thresholds of 0.05 and 0.10 and scored lower (0.5625)."""
    return [f"{source} {record.get('lang') or '?'}" for record, source in zip(records, sources)]


def candidate_rows(records: Sequence[dict[str, Any]], coded: Sequence[Any] | None = None) -> Rows:
    """The rows of the records' rule candidates. `coded` (tacitus.filler_training.code_records of the same
    records) saves coding them again; its candidates are filled here by out-of-fold recipient fillers."""
    from .calibration import judge_predictions
    from .filler_training import code_records, cross_fill

    coded = coded if coded is not None else code_records(records)
    cross_fill(coded)
    rows = Rows([], [], [], [], [], list(records))
    for index, item in enumerate(coded):
        if not item.pairs:
            continue
        predictions = [prediction for prediction, _ in item.pairs]
        gold = [{**item.record, "id": item.key}]
        judged = {id(p): right for p, right in judge_predictions(gold, predictions)}
        typed = {id(p): right for p, right in judge_predictions(gold, predictions, type_only=True)}
        for prediction, candidate in item.pairs:
            if id(prediction) not in judged:
                continue      # a detection record judges only its own type ("does it report a protest?")
            group = [c for _, c in item.pairs if c.sentence.index == candidate.sentence.index]
            rows.features.append(candidate_features(candidate, group, item.lang, item.has_parse))
            rows.labels.append(judged.get(id(prediction), False))
            rows.type_labels.append(typed.get(id(prediction), False))
            rows.record_index.append(index)
            rows.predictions.append(prediction)
            rows.event_types.append(candidate.event_type)
    return rows


def _fit(features: Sequence[dict[str, float]], labels: Sequence[bool], c: float) -> LogisticModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    if len(set(labels)) < 2:
        raise ValueError("the training candidates are all right or all wrong: nothing to learn")
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    weights = {name: round(float(w), 5) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])
               if abs(w) > 1e-6}
    return LogisticModel(weights=weights, intercept=round(float(model.intercept_[0]), 5))


def fold_of(records: Sequence[int], k: int, seed: int) -> dict[int, int]:
    """Each record's fold among k, by a seeded shuffle: how every training step here and in
    tacitus.filler_training splits its records."""
    import random

    order = list(records)
    random.Random(seed).shuffle(order)
    return {r: i % k for i, r in enumerate(order)}


def _folds(record_index: Sequence[int], k: int, seed: int) -> list[tuple[list[int], list[int]]]:
    """Row folds that keep each record's candidates together."""
    folds = fold_of(sorted(set(record_index)), k, seed)
    return [([i for i, r in enumerate(record_index) if folds[r] != f],
             [i for i, r in enumerate(record_index) if folds[r] == f]) for f in range(k)]


def _log_loss(probabilities: Sequence[float], labels: Sequence[bool]) -> float:
    import math

    total = 0.0
    for p, y in zip(probabilities, labels):
        p = min(1 - 1e-6, max(1e-6, p))
        total -= math.log(p if y else 1 - p)
    return total / max(1, len(labels))


def _out_of_fold(rows: Rows, labels: Sequence[bool], subset: Sequence[int], c: float, k: int,
                 seed: int) -> dict[int, float]:
    """Probabilities for the rows of `subset`, each from a model that did not see its record."""
    sub_records = [rows.record_index[i] for i in subset]
    probabilities: dict[int, float] = {}
    for train, test in _folds(sub_records, k, seed):
        model = _fit([rows.features[subset[i]] for i in train], [labels[subset[i]] for i in train], c)
        for i in test:
            probabilities[subset[i]] = model.probability(rows.features[subset[i]])
    return probabilities


def _objective(rows: Rows, subset: Sequence[int], probabilities: dict[int, float], threshold: float) -> float:
    """The mean, over the groups of records (Rows.groups), of each group's mean of tuple F1 and type F1 at this
    threshold (and of detection F1 where detection records are among it): an event with the right type but a
    doubtful party still tells the user what happened, so abstention must not be judged on the parties alone;
    and every group counts alike, as every set and language has its own floor."""
    from .evaluate import record_keys, score

    keys = record_keys(rows.records)
    group_of = rows.groups or ["all"] * len(rows.records)
    records_by_group: dict[str, list[int]] = {}
    for r in sorted({rows.record_index[i] for i in subset}):
        records_by_group.setdefault(group_of[r], []).append(r)
    kept_by_record: dict[int, list[dict[str, Any]]] = {}
    for i in subset:
        if probabilities[i] >= threshold:
            kept_by_record.setdefault(rows.record_index[i], []).append(rows.predictions[i])
    values = []
    for record_ids in records_by_group.values():
        gold = [{**rows.records[r], "id": keys[r]} for r in record_ids]
        report = score(gold, [p for r in record_ids for p in kept_by_record.get(r, [])])
        measures = [float(report["f1"]), float(report["type_f1"])] if "f1" in report else []
        if "detection" in report:
            measures.append(float(report["detection"]["f1"]))
        if measures:
            values.append(sum(measures) / len(measures))
    return sum(values) / len(values) if values else 0.0


def _choose_c(rows: Rows, labels: Sequence[bool], subset: Sequence[int], seed: int,
              k: int = INNER_FOLDS) -> tuple[float, dict[int, float]]:
    """(C with the best cross-validated log-loss inside `subset`, its out-of-fold probabilities)."""
    best_c, best_loss, best_probabilities = C_GRID[0], float("inf"), {}
    for c in C_GRID:
        probabilities = _out_of_fold(rows, labels, subset, c, k, seed)
        loss = _log_loss([probabilities[i] for i in subset], [labels[i] for i in subset])
        if loss < best_loss:
            best_c, best_loss, best_probabilities = c, loss, probabilities
    return best_c, best_probabilities


def threshold_curve(rows: Rows, subset: Sequence[int], probabilities: dict[int, float]) -> dict[float, float]:
    """Per threshold on the type probability, the objective on `subset` averaged with its two neighbours."""
    objective = [_objective(rows, subset, probabilities, t) for t in THRESHOLDS]
    windows = [objective[max(0, i - 1):i + 2] for i in range(len(THRESHOLDS))]
    return {t: sum(window) / len(window) for t, window in zip(THRESHOLDS, windows)}


def _best_threshold(rows: Rows, subset: Sequence[int], probabilities: dict[int, float]) -> float:
    """The threshold that maximises the objective on `subset`, averaged with its two neighbours (the lowest of
    equals). The objective is flat over a wide range, and its single best point moved from 0.10 to 0.45 between
    folds; smoothed, nested cross-validation scored higher (tuple F1 0.589 against 0.586, type F1 0.774 against
    0.769; 10,324 sentences, 2026-11-29). The smoothed choice still varies by fold: 0.15 to 0.40 with the lexicons
    of 2026-11-29."""
    return _best_of(threshold_curve(rows, subset, probabilities))


def _best_of(curve: dict[float, float]) -> float:
    """The threshold of the curve's best (smoothed) objective; the lowest of equals at four decimals."""
    return max(curve, key=lambda t: (round(curve[t], 4), -t))


def _tune(rows: Rows, subset: Sequence[int], seed: int) -> tuple[float, float, float, dict[float, float]]:
    """(C of the event model, C of the type model, threshold on the type probability, the objective per
    threshold it was chosen from, averaged over THRESHOLD_REPEATS draws of the inner folds), from
    cross-validation inside `subset` only."""
    c_event, _ = _choose_c(rows, rows.labels, subset, seed)
    c_type, type_probabilities = _choose_c(rows, rows.type_labels, subset, seed)
    curves = [threshold_curve(rows, subset, type_probabilities)]
    for repeat in range(1, THRESHOLD_REPEATS):
        probabilities = _out_of_fold(rows, rows.type_labels, subset, c_type, INNER_FOLDS, seed + 7919 * repeat)
        curves.append(threshold_curve(rows, subset, probabilities))
    curve = {t: sum(c[t] for c in curves) / len(curves) for t in THRESHOLDS}
    return c_event, c_type, _best_of(curve), curve


def _scorer(rows: Rows, subset: Sequence[int], c_event: float, c_type: float, threshold: float) -> EventScorer:
    features = [rows.features[i] for i in subset]
    return EventScorer(event=_fit(features, [rows.labels[i] for i in subset], c_event),
                       type=_fit(features, [rows.type_labels[i] for i in subset], c_type), threshold=threshold)


def train(records: Sequence[dict[str, Any]], seed: int = 0, rows: Rows | None = None,
          sources: dict[str, int] | None = None, vectors: Any = None,
          extra: ExtraSentences | None = None) -> EventScorer:
    """The scorer fitted on every record; `sources` (where the records come from, with counts) is noted in it.
    With `vectors` (the records' sentence vectors), it learns the sentence_vector feature from out-of-fold
    probabilities of the sentence-type model, trained with the `extra` sentences
    (tacitus.sentence_type_training.ExtraSentences) too."""
    from . import sentence_type_training

    rows = rows or candidate_rows(records)
    if vectors is not None:
        rows = with_sentence_vectors(rows, sentence_type_training.out_of_fold(
            records, vectors, range(len(records)), sentence_type_training.INNER_FOLDS + 1, seed, extra))
    everything = list(range(len(rows.labels)))
    c_event, c_type, threshold, curve = _tune(rows, everything, seed)
    scorer = _scorer(rows, everything, c_event, c_type, threshold)
    langs: dict[str, int] = {}
    for r in rows.records:
        langs[r.get("lang") or "?"] = langs.get(r.get("lang") or "?", 0) + 1
    scorer.trained_on = {"records": len(rows.records), "records_by_language": dict(sorted(langs.items())),
                         "candidates": len(rows.labels), "candidates_right": sum(rows.labels),
                         "candidates_type_right": sum(rows.type_labels), "c_event": c_event, "c_type": c_type,
                         "threshold": threshold, "threshold_groups": len(set(rows.groups or ["all"])),
                         # (the objective is flat over a wide band: this shows how flat, for the next retrain)
                         "threshold_objective": {f"{t:.2f}": round(v, 4) for t, v in curve.items()},
                         "seed": seed,
                         "sources": dict(sources or {})}
    return scorer


def cross_validate(records: Sequence[dict[str, Any]], folds: int = 5, seed: int = 0,
                   rows: Rows | None = None, sources: Sequence[str] | None = None,
                   vectors: Any = None, extra: ExtraSentences | None = None) -> dict[str, Any]:
    """Nested k-fold over sentences: the Cs and the threshold are tuned inside each training fold; the held-out
    folds give tuple and type F1 (with and without the scorer) and the confidence's expected calibration
    error. `sources` (one name per record) adds the same figures per source. With `vectors`, the sentence-type
    model is fitted inside each training fold too (tacitus.sentence_type_training.nested_probabilities), with the
    `extra` sentences in every fold."""
    from . import sentence_type_training
    from .calibration import calibration_report
    from .evaluate import record_keys, score

    all_rows = rows or candidate_rows(records)
    rows = all_rows
    keys = record_keys(rows.records)
    # Folds over all records (those with no candidate too: their missed events count in recall).
    record_fold = fold_of(range(len(rows.records)), folds, seed)
    held_predictions, rule_predictions, per_fold = [], [], []
    for f in range(folds):
        if vectors is not None:
            train_records = [r for r in range(len(records)) if record_fold[r] != f]
            test_records = [r for r in range(len(records)) if record_fold[r] == f]
            rows = with_sentence_vectors(all_rows, sentence_type_training.nested_probabilities(
                records, vectors, train_records, test_records, seed + f + 1, extra))
        train_rows = [i for i, r in enumerate(rows.record_index) if record_fold[r] != f]
        test_rows = [i for i, r in enumerate(rows.record_index) if record_fold[r] == f]
        c_event, c_type, threshold, _ = _tune(rows, train_rows, seed + f + 1)
        scorer = _scorer(rows, train_rows, c_event, c_type, threshold)
        gold = [{**rows.records[r], "id": keys[r]} for r in range(len(rows.records)) if record_fold[r] == f]
        scored = [{**rows.predictions[i], "confidence": scorer.event.probability(rows.features[i]),
                   "_type_probability": scorer.type.probability(rows.features[i]), "_threshold": threshold}
                  for i in test_rows]
        kept = [p for p in scored if p["_type_probability"] >= threshold]
        held_predictions += scored
        rule_predictions += [rows.predictions[i] for i in test_rows]
        per_fold.append({"c_event": c_event, "c_type": c_type, "threshold": threshold,
                         "tuple_f1": round(float(score(gold, kept)["f1"]), 4),
                         "rules_only_tuple_f1": round(float(score(gold, [rows.predictions[i] for i in test_rows])["f1"]), 4)})
    gold_all = [{**r, "id": k} for r, k in zip(rows.records, keys)]
    kept_all = [p for p in held_predictions if p["_type_probability"] >= p["_threshold"]]
    with_scorer = score(gold_all, kept_all)
    rules_only = score(gold_all, rule_predictions)
    return {"folds": folds, "records": len(rows.records), "candidates": len(rows.labels),
            "candidates_right": sum(rows.labels),
            "tuple_f1": round(float(with_scorer["f1"]), 4), "precision": round(float(with_scorer["precision"]), 4),
            "recall": round(float(with_scorer["recall"]), 4), "type_f1": round(float(with_scorer["type_f1"]), 4),
            "rules_only_tuple_f1": round(float(rules_only["f1"]), 4),
            "rules_only_precision": round(float(rules_only["precision"]), 4),
            "rules_only_type_f1": round(float(rules_only["type_f1"]), 4),
            "calibration_all_candidates": calibration_report(gold_all, held_predictions),
            "per_fold": per_fold,
            "per_source": _per_source(gold_all, kept_all, rule_predictions, sources) if sources else {}}


def _per_source(gold: list[dict[str, Any]], kept: list[dict[str, Any]], rules: list[dict[str, Any]],
                sources: Sequence[str]) -> dict[str, Any]:
    """Held-out figures per source of the records: with the scorer, and with every rule candidate."""
    from .evaluate import score

    out: dict[str, Any] = {}
    for name in dict.fromkeys(sources):
        ids = {g["id"] for g, source in zip(gold, sources) if source == name}
        subset = [g for g in gold if g["id"] in ids]
        row: dict[str, Any] = {"records": len(subset)}
        for label, predictions in (("scorer", kept), ("rules_only", rules)):
            report = score(subset, [p for p in predictions if p.get("doc_id") in ids])
            if "f1" in report:
                row[f"{label}_tuple_f1"] = round(float(report["f1"]), 4)
                row[f"{label}_type_f1"] = round(float(report["type_f1"]), 4)
            if "detection" in report:
                row[f"{label}_detection_f1"] = round(float(report["detection"]["f1"]), 4)
                row[f"{label}_detection_precision"] = round(float(report["detection"]["precision"]), 4)
        out[name] = row
    return out


def save(scorer: EventScorer, path: Path) -> None:
    write_model(scorer.to_json(), path)
