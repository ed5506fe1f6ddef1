"""The recipient filler: a trained choice of recipient among the parties where the rules found none."""
import pytest

from tacitus.coder.recipient_filler import RecipientFiller, fill_recipients, load_recipient_filler
from tacitus.coder.scorer import LogisticModel
from tacitus.documents import Document
from tacitus.pipeline import Pipeline, PipelineOptions

pytestmark = pytest.mark.slow

GAS = ("Russia's Gazprom cut off gas deliveries to Finland and Denmark on Saturday after the two countries refused "
       "to pay in roubles.")


def _pairs(text: str, lang: str, filler: bool):
    pipeline = Pipeline(PipelineOptions(min_confidence=0.0, recipient_filler=filler, explain=True))
    return pipeline.code_document_with_candidates(Document(id="d", text=text, date="2022-05-21", lang=lang), lang)


def test_the_shipped_filler_gives_the_refusal_its_recipient_and_says_why():
    assert load_recipient_filler() is not None
    rules = [e for e, _ in _pairs(GAS, "en", filler=False) if e.event_type == "REJECT"]
    assert rules and not rules[0].recipient          # no preposition or object marks whom they refused
    filled = [(e, c) for e, c in _pairs(GAS, "en", filler=True) if e.event_type == "REJECT"]
    event, candidate = filled[0]
    assert {a.country for a in event.actor} == {"FIN", "DNK"}
    # (Russia's Gazprom: the company, or Russia itself, whichever the filler finds likelier)
    assert {r.country for r in event.recipient} & {"RUS", "MNC"}
    assert candidate.signals["recipient_filled"]
    assert any("recipient filler" in why for why in candidate.explanation["roles"])


def test_the_filler_only_fills_and_never_takes_an_actor():
    # A model that would take every party: the rules' recipients stay, and no actor becomes its own recipient.
    eager = RecipientFiller(LogisticModel(weights={}, intercept=5.0), threshold=0.5)
    pairs = _pairs(GAS, "en", filler=False)
    for _, candidate in pairs:
        before = list(candidate.recipients)
        features = candidate.signals.get("party_features")
        if features is None:
            assert before                             # the rules found a recipient: nothing to fill
            continue
        fill_recipients(candidate, candidate.signals["parties"], features, eager)
        actors = {a.country for a in candidate.actors}
        assert candidate.recipients and not actors & {r.country for r in candidate.recipients}
    coerce = next(c for _, c in pairs if c.event_type == "COERCE")
    assert {r.country for r in coerce.recipients} == {"FIN", "DNK"} and "recipient_filled" not in coerce.signals


def test_the_model_version_names_the_models_whenever_the_filler_codes():
    # The rules alone still use the filler: their events must not claim to come from the lexicons only.
    rules = Pipeline(PipelineOptions(rules_only=True)).model_version
    bare = Pipeline(PipelineOptions(rules_only=True, recipient_filler=False)).model_version
    assert ".model." in rules and ".model." not in bare and rules.startswith(bare)


def test_the_filler_takes_only_the_parties_about_as_likely_as_the_best():
    # Parties that pass the threshold by a little are mostly the sentence's other events' (RECIPIENT_MARGIN).
    from types import SimpleNamespace
    from tacitus.coder.recipient_filler import RECIPIENT_MARGIN

    filler = RecipientFiller(LogisticModel(weights={"x": 1.0}, intercept=0.0), threshold=0.3)
    parties = [SimpleNamespace(country="ARM"), SimpleNamespace(country="AZE"), SimpleNamespace(country="IGO")]
    logits = {0: 1.0, 1: 0.0, 2: 0.9}     # probabilities 0.73, 0.50 (over the threshold), 0.71
    assert 0.73 - RECIPIENT_MARGIN > 0.50
    candidate = SimpleNamespace(actors=[SimpleNamespace(country="RUS")])
    chosen = filler.choose(candidate, parties, {m: {"x": z} for m, z in logits.items()})
    assert [p.country for p, _ in chosen] == ["ARM", "IGO"]
