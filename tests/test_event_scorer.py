"""The event scorer: a trained probability as each event's confidence, abstention under its threshold, the
explanation of the score, and `tacitus train --events` rebuilding it with nested cross-validation."""
import json
from pathlib import Path

import pytest

from tacitus.coder.scorer import EventScorer, LogisticModel, load_event_scorer
from tacitus.documents import Document
from tacitus.pipeline import Pipeline, PipelineOptions

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Le président français Emmanuel Macron a reçu mardi à l'Élysée son homologue ukrainien Volodymyr Zelensky. "
        "L'attaquant du PSG a marqué deux buts samedi soir contre Lyon.")


def _code(options: PipelineOptions):
    pipeline = Pipeline(options)
    document = Document(id="d1", text=TEXT, date="2024-02-13", lang="fr")
    return pipeline, pipeline.code_document_with_candidates(document, "fr")


def test_the_shipped_scorer_gives_each_event_its_probability_and_explains_it():
    scorer = load_event_scorer()
    assert scorer is not None and 0 < scorer.threshold < 1
    _, pairs = _code(PipelineOptions(explain=True))
    assert pairs, "the visit should be coded"
    for event, candidate in pairs:
        assert event.confidence == pytest.approx(scorer.event.probability(candidate.features), abs=1e-4)
        why = candidate.explanation["scorer"]
        assert why["type_probability"] >= scorer.threshold   # the default abstention rule
        assert why["probability"] == event.confidence and why["top_features"] and why["type_top_features"]
    assert any(e.event_type == "CONSULT" for e, _ in pairs)


def test_a_threshold_of_zero_keeps_every_rule_candidate_and_rules_only_keeps_rule_scores():
    _, default = _code(PipelineOptions())
    _, everything = _code(PipelineOptions(min_confidence=0.0))
    _, rules = _code(PipelineOptions(rules_only=True))
    assert len(everything) == len(rules) >= len(default)
    assert [e.event_type for e, _ in everything] == [e.event_type for e, _ in rules]
    assert all(c.confidence == c.signals["rule_score"] for _, c in rules)


def test_candidates_under_the_threshold_are_dropped():
    # Every probability is about 0.007.
    harsh = EventScorer(event=LogisticModel({}, -5.0), type=LogisticModel({}, -5.0), threshold=0.5)
    pipeline = Pipeline(PipelineOptions())
    pipeline._coders["fr"] = pipeline.coder("fr")
    pipeline._coders["fr"].scorer = harsh
    document = Document(id="d1", text=TEXT, date="2024-02-13", lang="fr")
    assert pipeline.code_document(document, "fr") == []
    pipeline._coders["fr"].min_confidence = 0.0
    kept = pipeline.code_document(document, "fr")
    assert kept and all(e.confidence == pytest.approx(0.0067, abs=1e-4) for e in kept)


def test_train_rebuilds_the_scorer_with_nested_cross_validation(tmp_path, capsys):
    from tacitus.cli import main

    folder = tmp_path / "events"
    folder.mkdir()
    for lang in ("fr", "es"):
        lines = (ROOT / "training" / "events" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()[:60]
        (folder / f"{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    output, filler = tmp_path / "scorer.json", tmp_path / "filler.json"
    assert main(["train", "--events", str(folder), "--cv", "3", "--events-output", str(output),
                 "--filler-output", str(filler)]) == 0
    reports = json.loads(capsys.readouterr().out)
    report = reports["event_scorer"]
    assert report["records"] == 120 and report["folds"] == 3 and len(report["per_fold"]) == 3
    # The recipient filler is trained first, from the same sentences, with its own nested CV.
    assert reports["recipient_filler"]["records"] == 120 and len(reports["recipient_filler"]["thresholds"]) == 3
    assert json.loads(filler.read_text(encoding="utf-8"))["trained_on"]["rows"] > 0
    assert 0 <= report["calibration_all_candidates"]["ece"] <= 1
    model = json.loads(output.read_text(encoding="utf-8"))
    assert model["trained_on"]["records"] == 120 and 0 < model["threshold"] < 1
    # The objective per threshold is kept with the model, and the threshold is its best point.
    curve = model["trained_on"]["threshold_objective"]
    assert len(curve) > 5 and curve[f"{model['threshold']:.2f}"] == max(curve.values())
    assert {"weight", "rule_score"} & set(model["event"]["weights"]) and model["type"]["weights"]
    # Deterministic: the same data gives the same weights.
    again = tmp_path / "again.json"
    assert main(["train", "--events", str(folder), "--events-output", str(again),
                 "--filler-output", str(tmp_path / "filler_again.json")]) == 0
    assert json.loads(again.read_text(encoding="utf-8")) == model


def test_negated_events_survive_abstention_marked():
    harsh = EventScorer(event=LogisticModel({}, -5.0), type=LogisticModel({}, -5.0), threshold=0.5)
    pipeline = Pipeline(PipelineOptions())
    pipeline._coders["en"] = pipeline.coder("en")
    pipeline._coders["en"].scorer = harsh
    document = Document(id="d2", text="The Indian prime minister did not meet the Chinese president in Kazan.",
                        date="2024-10-23", lang="en")
    events = pipeline.code_document(document, "en")
    assert events and all("negation" in e.aux_mode for e in events)
    assert all(e.confidence < 0.01 for e in events)   # kept, but its confidence says how sure the coder is


def _detection_set(path: Path) -> list[dict]:
    """A small detection gold set: protests reported or not, with other events about that the set does not label."""
    cities = ["Lagos", "Nairobi", "Lima", "Quito", "Dhaka", "Manila", "Santiago", "Bogotá", "Accra", "Tunis"]
    records = []
    for k, city in enumerate(cities):
        records.append({"id": f"p{k}", "lang": "en", "level": "sentence", "detect": "PROTEST",
                        "text": f"Thousands of students marched in {city} on Monday against the rise in fees.",
                        "events": [{"type": "PROTEST", "actors": [None], "recipients": []}]})
        records.append({"id": f"n{k}", "lang": "en", "level": "sentence", "detect": "PROTEST",
                        "text": f"The government in {city} accused the opposition of fraud and met union leaders.",
                        "events": []})
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return records


def test_dev_splits_of_gold_sets_join_the_training_data(tmp_path, capsys):
    from tacitus import scorer_training
    from tacitus.cli import main
    from tacitus.evaluate import split_records

    gold = tmp_path / "protest.en.jsonl"
    records = _detection_set(gold)
    dev = scorer_training.load_dev_splits([gold])
    assert dev == split_records(records, "dev") and 0 < len(dev) < len(records)
    # A detection record judges only its own type: the accusations and meetings give no rows.
    rows = scorer_training.candidate_rows(records)
    assert rows.predictions and {p["event_type"] for p in rows.predictions} == {"PROTEST"}

    folder = tmp_path / "events"
    folder.mkdir()
    lines = (ROOT / "training" / "events" / "en.jsonl").read_text(encoding="utf-8").splitlines()[:150]
    (folder / "en.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "scorer.json"
    assert main(["train", "--events", str(folder), "--events-dev", str(gold), "--events-output", str(output),
                 "--filler-output", str(tmp_path / "filler.json"), "--cv", "2"]) == 0
    per_source = json.loads(capsys.readouterr().out)["event_scorer"]["per_source"]
    assert per_source["events/ (training sentences)"]["records"] == 150
    assert "scorer_tuple_f1" in per_source["events/ (training sentences)"]
    assert "rules_only_detection_f1" in per_source["protest.en.jsonl (dev split)"]
    trained_on = json.loads(output.read_text(encoding="utf-8"))["trained_on"]
    assert trained_on["records"] == 150 + len(dev)
    assert trained_on["sources"] == {"events/ (training sentences)": 150, "protest.en.jsonl (dev split)": len(dev)}


def test_dyad_sentences_train_the_sentence_type_model_but_are_never_scored(tmp_path):
    from tacitus.cli import main
    from tacitus.coder import sentence_types

    folder = tmp_path / "events"
    folder.mkdir()
    lines = (ROOT / "training" / "events" / "fr.jsonl").read_text(encoding="utf-8").splitlines()[:60]
    (folder / "fr.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    dyads = tmp_path / "dyads.en.jsonl"
    dyads.write_text("".join(json.dumps(
        {"id": f"d{k}", "lang": "en", "level": "dyad", "text": f"Country {k} sent food aid to its neighbour.",
         "events": [{"type": "AID", "actor_text": f"Country {k}", "recipient_text": "its neighbour"}]}) + "\n"
        for k in range(12)), encoding="utf-8")
    output = tmp_path / "scorer.json"
    assert main(["train", "--events", str(folder), "--sentence-extra", str(dyads), "--events-output", str(output),
                 "--filler-output", str(tmp_path / "filler.json")]) == 0
    trained_on = json.loads(output.read_text(encoding="utf-8"))["trained_on"]
    assert trained_on["records"] == 60       # the scorer learns from the sentence records alone
    assert trained_on["sources"]["dyads.en.jsonl (sentence-type model only)"] == 12
    model = sentence_types.read(output.with_name("sentence_types.npz"))
    assert model.trained_on["extra_sentences"] == 12 and model.trained_on["sentences"] == 72




def test_the_threshold_weighs_each_source_and_language_alike():
    """Ten English sentences want a strict threshold and two French ones a lenient one: pooled, the English
    choose for all; grouped by source and language, the French count as much."""
    from tacitus.scorer_training import Rows, _best_threshold, threshold_groups

    def event(doc_id: str, event_type: str) -> dict:
        return {"doc_id": doc_id, "event_type": event_type, "mode": None,
                "actor": [{"country": "FRA"}], "recipient": [{"country": "DEU"}]}

    gold = [{"id": f"en-{i}", "lang": "en", "events": [{"type": "ACCUSE", "actors": ["FRA"], "recipients": ["DEU"]}]}
            for i in range(10)]
    gold += [{"id": f"fr-{i}", "lang": "fr", "events": [{"type": "ACCUSE", "actors": ["FRA"], "recipients": ["DEU"]}]}
             for i in range(2)]
    rows = Rows([], [], [], [], [], gold)
    probabilities = {}
    for index, record in enumerate(gold):
        candidates = [(event(record["id"], "ACCUSE"), 0.9 if record["lang"] == "en" else 0.3)]
        if record["lang"] == "en":
            candidates.append((event(record["id"], "SANCTION"), 0.5))
        for prediction, probability in candidates:
            probabilities[len(rows.predictions)] = probability
            rows.predictions.append(prediction)
            rows.record_index.append(index)
    subset = list(range(len(rows.predictions)))
    assert _best_threshold(rows, subset, probabilities) > 0.5
    rows.groups = threshold_groups(gold, ["training"] * len(gold))
    assert rows.groups[0] == "training en" and rows.groups[-1] == "training fr"
    assert _best_threshold(rows, subset, probabilities) <= 0.3
