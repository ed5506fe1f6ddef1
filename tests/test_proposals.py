"""Events the sentence vector proposes where no lexicon entry fired: the trigger on the main predicate, the parties
from the role rules, only for types the rules did not find, scored by the event scorer, and learned from
proposals made by networks that did not see the training sentence."""
import pytest

from tacitus.coder.proposals import PROPOSAL_HOW, PROPOSAL_LEMMA, proposal_head
from tacitus.coder.scorer import SENTENCE_VECTOR_FEATURE, EventScorer, LogisticModel, vector_features
from tacitus.documents import Document
from tacitus.nlp import get_backend
from tacitus.pipeline import Pipeline, PipelineOptions
from tacitus.scorer_training import Rows, SentenceProbabilities, with_sentence_vectors, without_proposals

# "pummelled" is in no lexicon: the rules find nothing in this sentence.
UNLISTED = "Russian artillery pummelled Ukrainian positions near Bakhmut on Tuesday."


def _head(lang: str, text: str, mention_words: tuple[str, ...]) -> str | None:
    parsed = get_backend(lang).parse(text)
    sentence = parsed.sentences[0]
    blocked = {i for i, t in enumerate(sentence.tokens) if t.text in mention_words}
    head = proposal_head(sentence, blocked, lang, parsed.has_parse)
    return None if head is None else sentence.tokens[head].text


@pytest.mark.slow
def test_the_proposal_stands_on_the_main_predicate_in_every_word_order():
    assert _head("en", "On Monday, Russia attacked Ukraine again.", ("Russia", "Ukraine")) == "attacked"
    # Without a parse: the first content word after the first party, skipping auxiliaries ...
    assert _head("it", "Il governo italiano ha inviato aiuti alla Libia.", ("governo", "italiano", "Libia")) == "inviato"
    assert _head("pt", "O governo brasileiro enviou ontem ajuda a Moçambique.", ("governo", "brasileiro",
                                                                                 "Moçambique")) == "enviou"
    # ... the participle that closes a German verb-final clause, not its auxiliary ...
    assert _head("de", "Russland hat am Montag die Ukraine angegriffen.", ("Russland", "Ukraine")) == "angegriffen"
    # ... and the verb that opens an Arabic verb-subject-object sentence.
    assert _head("ar", "هاجمت إسرائيل قطاع غزة يوم الاثنين.", ("إسرائيل", "غزة")) == "هاجمت"
    # A line of names has no predicate.
    assert _head("de", "Russland, Ukraine", ("Russland", "Ukraine")) is None


def _pairs(text: str, lang: str = "en", options: PipelineOptions | None = None, proposal_types=None):
    pipeline = Pipeline(options or PipelineOptions(rules_only=True, recipient_filler=False))
    document = Document(id="p1", text=text, date="2024-05-14", lang=lang)
    return pipeline, pipeline.code_document_with_candidates(document, lang, proposal_types)


@pytest.mark.slow
def test_a_type_the_rules_missed_is_proposed_with_parties_from_the_role_rules():
    _, none = _pairs(UNLISTED)
    assert none == []
    _, pairs = _pairs(UNLISTED, proposal_types={"ASSAULT": 0.9})
    (event, candidate), = pairs
    assert (event.event_type, event.evidence.trigger.text) == ("ASSAULT", "pummelled")
    assert [a.country for a in event.actor] == ["RUS"] and [r.country for r in event.recipient] == ["UKR"]
    assert candidate.trigger.how == PROPOSAL_HOW
    assert candidate.explanation["lexicon_entry"] == PROPOSAL_LEMMA
    assert candidate.explanation["proposed_by"]["sentence_type_probability"] == 0.9


@pytest.mark.slow
def test_no_type_the_rules_found_is_proposed_again():
    _, rules = _pairs("Russia attacked Ukraine on Tuesday.")
    _, pairs = _pairs("Russia attacked Ukraine on Tuesday.", proposal_types={"ASSAULT": 0.9, "ACCUSE": 0.6})
    assert [c.trigger.how for _, c in rules] == [c.trigger.how for _, c in pairs if c.event_type == "ASSAULT"]
    assert all(c.trigger.how != PROPOSAL_HOW for _, c in pairs if c.event_type == "ASSAULT")
    assert [e.event_type for e, c in pairs if c.trigger.how == PROPOSAL_HOW] == ["ACCUSE"]


class _FixedTypes:
    """A stand-in sentence-type model: the same probabilities for every sentence, and a count of its calls."""

    def __init__(self, probabilities: dict[str, float]) -> None:
        self.probabilities, self.calls = probabilities, 0

    def of_text(self, text: str) -> dict[str, float]:
        self.calls += 1
        return self.probabilities


def _scorer(model: _FixedTypes, floor: float | None, proposal_threshold: float = 0.7) -> EventScorer:
    # The rule models would give a proposal 0.5 (a logit of 0.549 less 0.549); the proposal models give it 0.750.
    rules = LogisticModel({SENTENCE_VECTOR_FEATURE: 1.0}, -0.549)
    proposals = LogisticModel({SENTENCE_VECTOR_FEATURE: 2.0}, 0.0)
    return EventScorer(event=rules, type=rules, threshold=0.1, sentence_model=model, proposal_floor=floor,
                       proposal_event=proposals, proposal_type=proposals, proposal_threshold=proposal_threshold)


def _coded_with(scorer: EventScorer, text: str) -> list:
    pipeline = Pipeline(PipelineOptions(recipient_filler=False))
    pipeline._coders["en"] = pipeline.coder("en")
    pipeline._coders["en"].scorer = scorer
    return pipeline.code_document(Document(id="p2", text=text, date="2024-05-14", lang="en"), "en")


@pytest.mark.slow
def test_the_shipped_path_proposes_from_the_scorers_floor_and_scores_the_proposal():
    model = _FixedTypes({"ASSAULT": 0.9, "PROTEST": 0.1})
    (event,) = _coded_with(_scorer(model, floor=0.5), UNLISTED)
    # The proposal models: the vector feature at logit(0.9) / 4 = 0.549, weighed 2: the probability of 1.099.
    assert event.event_type == "ASSAULT" and event.confidence == pytest.approx(0.750, abs=1e-3)
    assert _coded_with(_scorer(model, floor=0.95), UNLISTED) == []     # under the floor: nothing proposed
    assert _coded_with(_scorer(model, floor=None), UNLISTED) == []     # a scorer trained without proposals
    # The proposal's own threshold: its type probability (0.750) is under 0.8.
    assert _coded_with(_scorer(model, floor=0.5, proposal_threshold=0.8), UNLISTED) == []
    # A sentence with no party proposes nothing, and is not even encoded.
    calls = model.calls
    assert _coded_with(_scorer(model, floor=0.5), "Heavy rain pummelled the coast on Tuesday.") == []
    assert model.calls == calls


def test_the_scorer_round_trips_its_proposal_floor():
    scorer = _scorer(_FixedTypes({}), floor=0.6)
    again = EventScorer.from_json(scorer.to_json())
    assert again.proposes and (again.proposal_floor, again.proposal_threshold) == (0.6, 0.7)
    assert (again.proposal_event, again.proposal_type) == (scorer.proposal_event, scorer.proposal_type)
    assert "proposals" not in _scorer(_FixedTypes({}), floor=None).to_json()
    assert vector_features("AID", {"AID": 0.5}) == {SENTENCE_VECTOR_FEATURE: 0.0}
    assert vector_features("AID", {"ASSAULT": 0.5}) == {}


def _rows() -> Rows:
    # Record 0: a rule AID candidate and a PROTEST proposal; record 1: an ASSAULT proposal.
    return Rows(features=[{"a": 1.0}, {"b": 1.0}, {"c": 1.0}], labels=[True, False, True],
                type_labels=[True, False, True], record_index=[0, 0, 1], predictions=[{"n": 0}, {"n": 1}, {"n": 2}],
                records=[{}, {}], event_types=["AID", "PROTEST", "ASSAULT"], proposed=[None, "PROTEST", "ASSAULT"])


def test_training_keeps_the_proposals_whose_held_out_probability_reaches_the_floor():
    probabilities = {0: {"AID": 0.7, "PROTEST": 0.4}, 1: {"ASSAULT": 0.8}}
    kept = with_sentence_vectors(_rows(), probabilities, proposal_floor=0.5)
    assert [p["n"] for p in kept.predictions] == [0, 2] and kept.proposed == [None, "ASSAULT"]
    assert kept.features[0][SENTENCE_VECTOR_FEATURE] > 0 and kept.features[1][SENTENCE_VECTOR_FEATURE] > 0
    assert [p["n"] for p in with_sentence_vectors(_rows(), probabilities, proposal_floor=0.3).predictions] == [0, 1, 2]
    assert [p["n"] for p in with_sentence_vectors(_rows(), probabilities, proposal_floor=None).predictions] == [0]
    assert [p["n"] for p in without_proposals(_rows()).predictions] == [0]


def test_every_probability_set_finds_its_proposals_among_the_coded_types():
    sets = SentenceProbabilities(full={0: {"AID": 0.6, "ASSAULT": 0.2}, 1: {"AID": 0.1}},
                                 folds=[{0: {"ASSAULT": 0.55}}, {1: {"AID": 0.9}}])
    assert sets.proposal_types(2, 0.5) == [{"AID": 0.6, "ASSAULT": 0.55}, {"AID": 0.9}]


def test_the_proposals_threshold_is_chosen_apart_and_may_keep_none():
    from tacitus.scorer_training import _best_proposal_threshold, _best_threshold

    def event(doc_id: str, event_type: str) -> dict:
        return {"doc_id": doc_id, "event_type": event_type, "mode": None,
                "actor": [{"country": "FRA"}], "recipient": [{"country": "DEU"}]}

    # Ten sentences: a right rule ACCUSE (0.3) in each; a right PROTEST proposal (0.9) in five, a wrong SANCTION
    # proposal (0.6) in the other five.
    gold = [{"id": f"s{i}", "lang": "en", "events": [{"type": "ACCUSE", "actors": ["FRA"], "recipients": ["DEU"]}]
             + ([{"type": "PROTEST", "actors": ["FRA"], "recipients": ["DEU"]}] if i < 5 else [])} for i in range(10)]
    rows = Rows([], [], [], [], [], gold)
    probabilities = {}
    for index, record in enumerate(gold):
        proposal = ("PROTEST", 0.9) if index < 5 else ("SANCTION", 0.6)
        for (event_type, probability), proposed in ((("ACCUSE", 0.3), None), (proposal, proposal[0])):
            probabilities[len(rows.predictions)] = probability
            rows.predictions.append(event(record["id"], event_type))
            rows.record_index.append(index)
            rows.proposed.append(proposed)
    subset = list(range(len(rows.predictions)))
    threshold = _best_threshold(rows, subset, probabilities)
    assert threshold <= 0.3                                 # the rule candidates alone choose it
    assert 0.6 < _best_proposal_threshold(rows, subset, probabilities, threshold) <= 0.9
    # With no proposal right, none is kept.
    rows.records = [{**record, "events": record["events"][:1]} for record in gold]
    assert _best_proposal_threshold(rows, subset, probabilities, threshold) is None
