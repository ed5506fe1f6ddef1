"""Coding the texts of a gold file the way `tacitus eval` needs them (one prediction list for the scorer)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .documents import Document
from .evaluate import record_keys

if TYPE_CHECKING:
    from .pipeline import PipelineOptions


def predict_gold(gold: list[dict[str, Any]], options: "PipelineOptions | None" = None) -> list[dict[str, Any]]:
    """Code every gold record: dyad records through the dyad classifier, others through the full pipeline.

    Each prediction's doc_id (or id, for dyads) is the record key the scorer expects.
    """
    from .classify import DyadClassifier
    from .pipeline import Pipeline

    keys = record_keys(gold)
    predictions: list[dict[str, Any]] = []
    dyads = [(key, record) for key, record in zip(keys, gold) if record.get("level") == "dyad"]
    if dyads:
        classifier = DyadClassifier()
        for (key, record), result in zip(dyads, classifier.classify_records([r for _, r in dyads])):
            predictions.append({**result, "id": key})
    pipeline = Pipeline(options)
    for key, record in zip(keys, gold):
        if record.get("level") == "dyad":
            continue
        document = Document(id=key, text=record["text"], date=record.get("date"), lang=record.get("lang"))
        lang, _how = pipeline.language_of(document)
        if lang is None:
            continue
        predictions += [event.model_dump() for event in pipeline.code_document(document, lang)]
    return predictions
