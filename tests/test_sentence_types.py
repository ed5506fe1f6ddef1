"""The sentence-type model: what a sentence is about, from its multilingual vector, as one feature of the event
scorer; trained without ever seeing the sentences it gives probabilities for."""
import json
from pathlib import Path

import pytest

from tacitus import sentence_type_training
from tacitus.coder import sentence_types
from tacitus.coder.scorer import SENTENCE_VECTOR_FEATURE, load_event_scorer
from tacitus.coder.sentence_types import SentenceTypeModel, logit_feature

ROOT = Path(__file__).resolve().parents[1]


def _training(lang: str, n: int) -> list[dict]:
    lines = (ROOT / "training" / "events" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:n]]


def test_labels_come_from_the_gold_events_where_a_list_accepts_either_type():
    record = {"events": [{"type": ["AID", "COOPERATE"]}, {"type": "CONSULT"}]}
    assert sentence_type_training.reports(record, "AID") is True
    assert sentence_type_training.reports(record, "CONSULT") is True
    assert sentence_type_training.reports(record, "PROTEST") is False
    assert sentence_type_training.reports({"events": []}, "PROTEST") is False


def _model(types=("AID", "PROTEST"), units=4) -> SentenceTypeModel:
    import numpy as np

    rng = np.random.default_rng(0)
    return SentenceTypeModel(types=list(types), hidden_weights=rng.normal(scale=0.05, size=(512, units)).astype(np.float32),
                             hidden_bias=np.zeros(units, dtype=np.float32),
                             output_weights=rng.normal(scale=0.5, size=(units, len(types))).astype(np.float32),
                             output_bias=np.zeros(len(types), dtype=np.float32), trained_on={"sentences": 3})


def test_the_model_round_trips_through_its_file(tmp_path):
    import numpy as np

    model = _model()
    path = tmp_path / "sentence_types.npz"
    sentence_types.write(model, path)
    again = sentence_types.read(path)
    assert again.types == model.types and again.trained_on == model.trained_on
    assert np.array_equal(again.hidden_weights, model.hidden_weights)
    vectors = np.random.default_rng(1).normal(size=(3, 512)).astype(np.float32)
    assert again.probabilities(vectors) == model.probabilities(vectors)
    (probabilities,) = model.probabilities(vectors[:1])
    assert set(probabilities) == {"AID", "PROTEST"} and all(0 < p < 1 for p in probabilities.values())
    assert logit_feature(0.5) == 0 and logit_feature(0.9) > 0 > logit_feature(0.1)
    assert logit_feature(1.0) == pytest.approx(logit_feature(1 - 1e-4))   # bounded at certainty


def test_nested_probabilities_never_fit_on_the_held_out_records(monkeypatch):
    fitted_on: list[set[int]] = []

    extras: list = []

    def spy(records, vectors, subset=None, seed=0, extra=None):
        fitted_on.append(set(subset))
        extras.append(extra)
        return _model(("AID",))

    monkeypatch.setattr(sentence_type_training, "fit", spy)
    import numpy as np

    records = [{"events": []} for _ in range(20)]
    vectors = np.zeros((20, 512), dtype=np.float32)
    train, test = list(range(15)), list(range(15, 20))
    extra = sentence_type_training.ExtraSentences([{"text": "x", "events": [{"type": "AID"}]}],
                                                  np.zeros((1, 512), dtype=np.float32))
    probabilities = sentence_type_training.nested_probabilities(records, vectors, train, test, seed=3, extra=extra)
    assert set(probabilities) == set(range(20))
    assert extras and all(e is extra for e in extras)     # the extra sentences join every fit
    assert fitted_on and all(subset <= set(train) for subset in fitted_on)
    # Inside the training part, each record's probability comes from a model that did not see it.
    assert len(fitted_on) == sentence_type_training.INNER_FOLDS + 1
    assert all(len(subset) < len(train) for subset in fitted_on[:-1]) and fitted_on[-1] == set(train)


def test_the_network_learns_from_records_whose_gold_covers_every_type():
    import numpy as np

    rng = np.random.default_rng(2)
    protest, calm = rng.normal(size=512), rng.normal(size=512)
    vectors = np.asarray([protest + rng.normal(scale=0.1, size=512) for _ in range(30)]
                         + [calm + rng.normal(scale=0.1, size=512) for _ in range(30)]
                         + [calm + rng.normal(scale=0.1, size=512) for _ in range(10)], dtype=np.float32)
    records = ([{"events": [{"type": "PROTEST"}]} for _ in range(30)] + [{"events": []} for _ in range(30)]
               # Detection records of protest sentences would teach "calm" is a protest if they were used.
               + [{"detect": "PROTEST", "events": [{"type": "PROTEST"}]} for _ in range(10)])
    model = sentence_type_training.fit(records, vectors)
    assert model.trained_on["sentences"] == 60 and model.types == ["PROTEST"]
    high, low = model.probabilities(np.asarray([protest, calm], dtype=np.float32))
    assert high["PROTEST"] > 0.5 > low["PROTEST"]


def test_dyad_records_lend_their_sentences_once_and_only_with_a_decided_type():
    dyads = [{"text": "Iran condemned the strike.", "lang": "en", "level": "dyad",
              "events": [{"type": "ACCUSE", "actor_text": "Iran", "recipient_text": "the strike"}]},
             {"text": "Iran condemned the strike.", "lang": "en", "level": "dyad",
              "events": [{"type": "ACCUSE", "actor_text": "Iran", "recipient_text": "strike"}]},
             {"text": "The rebels withdrew from the town.", "lang": "en", "level": "dyad",
              "events": [{"type": "YIELD", "actor_text": "rebels", "recipient_text": "town"}]},
             {"text": "", "events": [{"type": "AID"}]}]
    assert sentence_type_training.dyad_sentences(dyads) == [
        {"text": "Iran condemned the strike.", "lang": "en", "events": [{"type": "ACCUSE"}]}]


def test_extra_sentences_teach_the_network_a_type_the_scored_records_lack():
    import numpy as np

    rng = np.random.default_rng(4)
    aid, calm = rng.normal(size=512), rng.normal(size=512)
    records = [{"events": []} for _ in range(30)]
    vectors = np.asarray([calm + rng.normal(scale=0.1, size=512) for _ in range(30)], dtype=np.float32)
    extra = sentence_type_training.ExtraSentences(
        [{"text": f"aid {k}", "events": [{"type": "AID"}]} for k in range(30)],
        np.asarray([aid + rng.normal(scale=0.1, size=512) for _ in range(30)], dtype=np.float32))
    model = sentence_type_training.fit(records, vectors, extra=extra)
    assert model.types == ["AID"] and model.trained_on["extra_sentences"] == 30
    high, low = model.probabilities(np.asarray([aid, calm], dtype=np.float32))
    assert high["AID"] > 0.5 > low["AID"]


@pytest.mark.slow
def test_a_model_trained_in_some_languages_recognises_the_type_in_another():
    # Protest and no-event sentences of French, English and Spanish training data; asked about German and Russian
    # sentences it never saw, it must tell a demonstration from a football match.
    records = [r for lang in ("fr", "en", "es") for r in _training(lang, 2000)]
    vectors = sentence_types.encode([r["text"] for r in records])
    model = sentence_type_training.fit(records, vectors)
    assert "PROTEST" in model.types and model.trained_on["sentences"] == len(records)
    protest_de = model.of_text("Tausende Menschen demonstrierten am Samstag in Berlin gegen die Rentenreform.")
    match_de = model.of_text("Bayern München gewann das Spitzenspiel gegen Dortmund mit 3:1.")
    protest_ru = model.of_text("Тысячи людей вышли на акцию протеста в центре Тбилиси против закона об иноагентах.")
    assert protest_de["PROTEST"] > 3 * match_de["PROTEST"]
    assert protest_ru["PROTEST"] > 3 * match_de["PROTEST"]
    assert protest_de["PROTEST"] > protest_de["ASSAULT"]


@pytest.mark.slow
def test_the_shipped_scorer_weighs_the_sentence_vector_and_explains_it():
    from tacitus.documents import Document
    from tacitus.pipeline import Pipeline, PipelineOptions

    scorer = load_event_scorer()
    assert scorer is not None and scorer.uses_sentence_vectors and scorer.sentence_model is not None
    assert scorer.type.weights[SENTENCE_VECTOR_FEATURE] > 0   # the more the sentence is about the type, the likelier
    pipeline = Pipeline(PipelineOptions(explain=True))
    document = Document(id="d1", date="2024-02-13", lang="fr",
                        text="Des milliers de manifestants ont défilé samedi à Paris contre la réforme des retraites.")
    pairs = pipeline.code_document_with_candidates(document, "fr")
    protest = [c for e, c in pairs if e.event_type == "PROTEST"]
    assert protest, "the demonstration should be coded"
    why = protest[0].explanation["scorer"]
    assert why["sentence_vector_probability"] > 0.5
    assert SENTENCE_VECTOR_FEATURE in protest[0].features


@pytest.mark.slow
def test_the_shipped_model_tells_an_army_attack_from_a_football_one():
    from tacitus.coder.sentence_types import load_sentence_type_model

    model = load_sentence_type_model()
    assert model is not None
    army = model.of_text("Aviones israelíes atacaron posiciones de Hezbolá en el sur del Líbano.")
    football = model.of_text("El ataque del Real Madrid fue imparable en la segunda parte.")
    assert army["ASSAULT"] > 0.5 > 0.1 > football["ASSAULT"]
