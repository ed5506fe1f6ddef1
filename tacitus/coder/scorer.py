"""The event scorer: the probability that a rule candidate is a right event, used as its confidence.

The rules (lexicon triggers, roles, auxiliary modes) propose candidates; most news sentences report no
codable event, and a trigger word alone often misleads ("attack" in sport, "aid agencies estimate ...").
A logistic regression over what the rules saw (the lexicon entry's weight and how it matched, the trigger's
part of speech and place in the parse, which roles were filled and how, the auxiliary modes, the other
candidates of the sentence, the type and the language), and what the whole sentence is about (the probability of
the candidate's type from the sentence's multilingual vector, tacitus.coder.sentence_types), gives each candidate
a probability, trained by `tacitus train` on the project's own multilingual training sentences (training/events/)
and the dev split of the shared sentence-level gold sets.

That probability is the event's `confidence`. A second regression on the same features gives the probability
that the sentence reports an event of the candidate's type at all; candidates below its threshold (chosen by
cross-validation on the training data, to maximise the mean of tuple F1, type F1 and, for detection records,
detection F1) are dropped: calibrated abstention. A user's `--min-confidence` replaces that rule with a threshold on the confidence.
The weights are plain JSON (feature name -> weight), readable and small.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Sequence

from .sentence_types import MODEL_RESOURCE as SENTENCE_MODEL_RESOURCE
from .sentence_types import SentenceTypeModel, load_sentence_type_model, logit_feature

if TYPE_CHECKING:
    from .coder import Candidate

MODEL_RESOURCE = "data/models/event_scorer.json"
SENTENCE_VECTOR_FEATURE = "sentence_vector"   # the sentence-type model's probability of the candidate's type
UNREALISED = frozenset({"negation", "hypothetical"})   # auxiliary modes of events that did not (yet) happen
ARABIC_DEFINITE_PREFIXES = ("ال", "وال", "فال", "بال", "لل", "ولل", "وبال")


def candidate_features(candidate: "Candidate", group: Sequence["Candidate"], lang: str,
                       has_parse: bool, sentence_types: dict[str, float] | None = None) -> dict[str, float]:
    """What the rules saw about one candidate, as named features (absent = 0).

    `group` is every candidate of the same sentence (the candidate included); `sentence_types` is the sentence's
    probability of each event type from its sentence vector (tacitus.coder.sentence_types), where the scorer
    uses one."""
    tokens = candidate.sentence.tokens
    trigger = candidate.trigger
    head = tokens[trigger.head]
    signals = candidate.signals
    f: dict[str, float] = {
        f"type={candidate.event_type}": 1.0,
        f"lang={lang}": 1.0,
        "weight": trigger.entry.weight,
        "rule_score": signals.get("rule_score", candidate.confidence),
        f"matched_by={trigger.how}": 1.0,
        f"pos={head.pos or 'none'}": 1.0,
        f"entry_pos={trigger.entry.pos}": 1.0,
        "multiword": float(len(trigger.tokens) > 1),
        "parsed": float(has_parse),
        "sentence_length": min(len(tokens), 80) / 40,
        "trigger_position": trigger.head / max(1, len(tokens) - 1),
        "candidates_in_sentence": min(len(group), 6) / 3,
        "heaviest_in_sentence": float(all(trigger.entry.weight >= o.trigger.entry.weight for o in group)),
        "types_in_sentence": len({o.event_type for o in group}) / 3,
    }
    # The words themselves: how reliable this trigger is, and the words around it ("strike" before
    # "from outside the box", "attack" after "Brazil's").
    f[f"trigger={trigger.entry.lemma}"] = 1.0
    if trigger.head > 0:
        f[f"before={_word(tokens[trigger.head - 1])}"] = 1.0
    if trigger.tokens[-1] + 1 < len(tokens):
        f[f"after={_word(tokens[trigger.tokens[-1] + 1])}"] = 1.0
    if lang == "ar" and trigger.entry.pos == "NOUN":
        # "الاحتجاجات" (the protests) mostly names a known topic; "احتجاجات" reports new ones.
        f["definite_noun_trigger"] = float(head.text.startswith(ARABIC_DEFINITE_PREFIXES))
    if has_parse:
        f["trigger_is_root"] = float(head.dep == "ROOT" or head.head < 0)
        f["trigger_in_subordinate"] = float(head.dep in ("acl", "acl:relcl", "advcl", "ccomp", "csubj"))
    actors, recipients = candidate.actors, candidate.recipients
    f["has_actor"] = float(bool(actors))
    f["actor_coded"] = float(any(getattr(a, "country", None) for a in actors))
    f["several_actors"] = float(len(actors) > 1)
    f["has_recipient"] = float(bool(recipients))
    f["recipient_coded"] = float(any(getattr(r, "country", None) for r in recipients))
    f["recipient_unresolved_phrase"] = float(signals.get("unresolved_recipient", False))
    f["actor_from_tree"] = float(signals.get("tree_actor", False))
    f["recipient_from_tree"] = float(signals.get("tree_recipient", False))
    f["pronoun_actor"] = float(signals.get("pronoun", False))
    f["recipient_by_order"] = float(signals.get("recipient_by_order", False))   # only the next mention, unmarked
    f["recipient_filled"] = float(signals.get("recipient_filled", False))   # chosen by the recipient filler
    f["occasion"] = float(signals.get("occasion", False))   # a call or visit framing another act
    f["dated_act"] = float(signals.get("dated", False))   # dated to an earlier year: recalled, kept by the filters
    f["actor_inferred"] = float(any(getattr(a, "kind", "") == "inferred" for a in actors))
    f["actor_is_person"] = float(any(getattr(a, "kind", "") == "person" for a in actors))
    f["actor_is_country"] = float(any(getattr(a, "kind", "") in ("country", "metonym", "capital_metonym")
                                      for a in actors))
    countries = {getattr(a, "country", None) for a in actors} | {getattr(r, "country", None) for r in recipients}
    f["same_country_both_sides"] = float(bool(actors) and bool(recipients) and len(countries - {None}) == 1)
    for mode in candidate.aux_mode:
        f[f"aux={mode}"] = 1.0
    for domain in signals.get("domains", ()):
        f[f"domain={domain}"] = 1.0   # a sports, markets, culture or natural-disaster sentence
    if signals.get("future_as_agree"):
        f["future_as_agree"] = 1.0
    if candidate.mode:
        f["has_mode"] = 1.0
    if sentence_types is not None and candidate.event_type in sentence_types:
        f[SENTENCE_VECTOR_FEATURE] = logit_feature(sentence_types[candidate.event_type])
    return f


def _word(token) -> str:
    return (token.lemma or token.text).lower()


@dataclass
class LogisticModel:
    """A logistic regression over candidate_features: feature name -> weight."""

    weights: dict[str, float]
    intercept: float

    def logit(self, features: dict[str, float]) -> float:
        return self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())

    def probability(self, features: dict[str, float]) -> float:
        z = self.logit(features)
        return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))

    def contributions(self, features: dict[str, float], top: int = 6) -> list[tuple[str, float]]:
        """The features that moved this candidate's score most, with their share of the logit."""
        parts = [(name, round(self.weights.get(name, 0.0) * value, 3)) for name, value in features.items()
                 if self.weights.get(name, 0.0) and value]
        return sorted(parts, key=lambda p: -abs(p[1]))[:top]

    def to_json(self) -> dict[str, Any]:
        return {"weights": dict(sorted(self.weights.items())), "intercept": self.intercept}


@dataclass
class EventScorer:
    """Two probabilities per candidate, from the same features:

    - `event`: the event is right, its type and its parties (the `confidence` users see and threshold);
    - `type`: the sentence reports an event of this type, whoever the parties are (what abstention uses by
      default: a right type with a doubtful party still tells the user what happened).
    `threshold` applies to the type probability, in every language (see tacitus.scorer_training).
    `sentence_model` gives the sentence_vector feature; a scorer whose weights use it needs it."""

    event: LogisticModel
    type: LogisticModel
    threshold: float
    trained_on: dict[str, Any] = field(default_factory=dict)   # data, counts, cross-validated figures
    sentence_model: SentenceTypeModel | None = None

    @property
    def uses_sentence_vectors(self) -> bool:
        return SENTENCE_VECTOR_FEATURE in self.event.weights or SENTENCE_VECTOR_FEATURE in self.type.weights

    @classmethod
    def from_json(cls, data: dict[str, Any], sentence_model: SentenceTypeModel | None = None) -> "EventScorer":
        return cls(event=LogisticModel(**data["event"]), type=LogisticModel(**data["type"]),
                   threshold=data["threshold"], trained_on=data.get("trained_on", {}), sentence_model=sentence_model)

    def to_json(self) -> dict[str, Any]:
        return {"event": self.event.to_json(), "type": self.type.to_json(), "threshold": self.threshold,
                "trained_on": self.trained_on}


def packaged_model(resource: str) -> dict[str, Any] | None:
    """The JSON of a model shipped in the package (a path under tacitus/), or None when it has none."""
    path = resources.files("tacitus").joinpath(resource)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def write_model(data: dict[str, Any], path) -> None:
    """Write a model's JSON where `tacitus train` was told to (readable, one key per line)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load_event_scorer() -> EventScorer | None:
    """The shipped scorer, or None when the package has none (the rule scores are then the confidence)."""
    data = packaged_model(MODEL_RESOURCE)
    if data is None:
        return None
    scorer = EventScorer.from_json(data, load_sentence_type_model())
    if scorer.uses_sentence_vectors and scorer.sentence_model is None:
        raise RuntimeError("the packaged event scorer uses sentence vectors but the package has no sentence-type "
                           f"model (tacitus/{SENTENCE_MODEL_RESOURCE}): run `tacitus train` again")
    return scorer


def score_sentence(candidates: list["Candidate"], lang: str, has_parse: bool, scorer: EventScorer | None,
                   min_confidence: float | None) -> list["Candidate"]:
    """Give each candidate of one sentence the scorer's event probability as confidence and note both
    probabilities in its explanation. Keep those whose type probability reaches the scorer's threshold, and
    the negated or hypothetical ones; or, when `min_confidence` is given, those whose confidence reaches it."""
    if scorer is None or not candidates:
        return candidates
    kept = []
    sentence_types = None
    if scorer.sentence_model is not None and scorer.uses_sentence_vectors:
        sentence_types = scorer.sentence_model.of_text(candidates[0].sentence.text)
    for c in candidates:
        features = candidate_features(c, candidates, lang, has_parse, sentence_types)
        c.features = features
        c.confidence = round(scorer.event.probability(features), 4)
        type_probability = round(scorer.type.probability(features), 4)
        c.explanation["scorer"] = {
            "probability": c.confidence, "type_probability": type_probability,
            "kept_when": (f"type probability >= {scorer.threshold}, or negated or hypothetical"
                          if min_confidence is None else f"probability >= {min_confidence}"),
            "rule_score": c.signals.get("rule_score"), "top_features": scorer.event.contributions(features),
            "type_top_features": scorer.type.contributions(features)}
        if sentence_types is not None and c.event_type in sentence_types:
            c.explanation["scorer"]["sentence_vector_probability"] = round(sentence_types[c.event_type], 4)
        if min_confidence is not None:
            keep = c.confidence >= min_confidence
        else:
            # Abstention is about events reported as happening; a negated or hypothetical one is kept, marked,
            # for the reader who asks what did not happen ("did not meet"): scores drop such events anyway.
            keep = type_probability >= scorer.threshold or bool(set(c.aux_mode) & UNREALISED)
        if keep:
            kept.append(c)
    return kept
