"""The trained dyad classifier: shipped weights load and classify; training round-trips through JSON."""
import json

import pytest

from tacitus.dyad_model import DyadModel, _fit, between_text, load_dyad_model, save

pytestmark = pytest.mark.slow

RECORDS = [
    ("<s>Egypt</s> accused <t>Israel</t> of violating the truce.", "ACCUSE"),
    ("<s>The minister</s> condemned <t>the rebels</t> for the attack.", "ACCUSE"),
    ("<s>France</s> criticised <t>Iran</t> over its nuclear programme.", "ACCUSE"),
    ("<s>Japan</s> met <t>South Korea</t> in Tokyo for talks.", "CONSULT"),
    ("<s>The president</s> held talks with <t>his Kenyan counterpart</t>.", "CONSULT"),
    ("<s>Lavrov</s> visited <t>India</t> on Monday.", "CONSULT"),
    ("<s>Germany</s> sent humanitarian aid to <t>Turkey</t>.", "AID"),
    ("<s>The World Bank</s> gave a loan to <t>Ghana</t>.", "AID"),
    ("<s>Norway</s> donated food to <t>Yemen</t>.", "AID"),
]


def _record(marked, label):
    return {"id": marked[:10], "lang": "en", "level": "dyad", "marked": marked, "events": [{"type": label}]}


def test_between_text_marks_recipient_first():
    assert between_text(_record("<s>A</s> met <t>B</t>.", "CONSULT")).strip() == "met"
    assert between_text(_record("<t>B</t> was attacked by <s>A</s>.", "ASSAULT")).endswith("recipientfirst")


def test_fit_save_and_reload_give_the_same_predictions(tmp_path):
    rules = [{} for _ in RECORDS]
    betweens = [between_text(_record(m, l)) for m, l in RECORDS]
    model = _fit(rules, betweens, [l for _, l in RECORDS], c=10.0)
    path = tmp_path / "dyad.json"
    save(model, path)
    again = DyadModel(**json.loads(path.read_text()))
    for b in betweens:
        assert model.predict_scores({}, b) == again.predict_scores({}, b)
    scores = again.predict_scores({}, " accused ")
    assert max(scores, key=scores.get) == "ACCUSE"
    assert abs(sum(scores.values()) - 1) < 1e-3


def test_shipped_model_classifies_with_rule_scores_kept():
    from tacitus.classify import DyadClassifier

    assert load_dyad_model() is not None
    result = DyadClassifier().classify(_record("<s>Russia</s> accused <t>Ukraine</t> of shelling Donetsk.", "ACCUSE"))
    assert result["event_type"] == "ACCUSE"
    assert "rule_scores" in result and abs(sum(result["scores"].values()) - 1) < 1e-2
