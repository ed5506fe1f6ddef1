"""The recipient filler: where the role rules named no recipient, a trained model may choose one among the
sentence's parties.

The rules leave the recipient empty when no parse relation, case word or preposition marks one; the gold often
names one all the same ("Il cacciatorpediniere ha abbattuto un drone degli Houthi" has the Houthis as target).
For each party of the sentence, a logistic regression over where it stands (side of the trigger, distance,
parties in between, the words before and after it, its dependency relation where there is a parse) and over
what the rules did with it gives the probability that it is the event's recipient; parties at or above the
threshold become recipients. It only fills: a recipient the rules found is kept, and an actor is never
taken. Trained by `tacitus train --events` on the project's training sentences (tacitus.filler_training).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Sequence

from .lexicon import normalise
from .scorer import LogisticModel, packaged_model, write_model

if TYPE_CHECKING:
    from .coder import Candidate

MODEL_RESOURCE = "data/models/recipient_filler.json"
DISTANCES = ((1, "1"), (2, "2"), (4, "3-4"), (7, "5-7"), (12, "8-12"), (20, "13-20"))
RECIPIENT_MARGIN = 0.1   # how far below the most likely party another may be and still be chosen


def _distance(tokens_apart: int) -> str:
    return next((name for limit, name in DISTANCES if tokens_apart <= limit), "21+")


def party_features(candidate: "Candidate", parties: Sequence, token_mentions: dict[int, int], lang: str,
                   has_parse: bool) -> dict[int, dict[str, float]]:
    """Features of each party (index into `parties`) that has a country, as a recipient of `candidate`."""
    tokens = candidate.sentence.tokens
    trigger = candidate.trigger
    first, last = trigger.tokens[0], trigger.tokens[-1]
    spans: dict[int, list[int]] = {}
    for t, m in sorted(token_mentions.items()):
        if m < len(parties):
            spans.setdefault(m, []).append(t)
    actor_countries = {getattr(a, "country", None) for a in candidate.actors} - {None}
    actor_is_party = any(a in parties for a in candidate.actors)
    cases = set(trigger.entry.recipient_case)
    order = sorted(spans, key=lambda m: spans[m][0])
    before = [m for m in order if spans[m][-1] < first][::-1]    # nearest first
    after = [m for m in order if spans[m][0] > last]
    out: dict[int, dict[str, float]] = {}
    for m in order:
        party = parties[m]
        if not getattr(party, "country", None):
            continue
        start, end = spans[m][0], spans[m][-1]
        side = "before" if end < first else "after" if start > last else "inside"
        apart = first - end if side == "before" else start - last if side == "after" else 0
        rank = before.index(m) if side == "before" else after.index(m) if side == "after" else 0
        word_before = normalise(tokens[start - 1].text) if start > 0 else "<s>"
        second_before = normalise(tokens[start - 2].text) if start > 1 else "<s>"
        word_after = normalise(tokens[end + 1].text) if end + 1 < len(tokens) else "</s>"
        f = {f"side={side}": 1.0, f"distance={side}:{_distance(apart)}": 1.0,
             f"{candidate.event_type}&side={side}": 1.0, f"lang={lang}&side={side}": 1.0,
             f"kind={party.kind}": 1.0, f"sector={party.sector}": 1.0,
             f"{candidate.event_type}&kind={party.kind}&side={side}": 1.0,
             f"rank={side}:{min(rank, 2)}": 1.0, f"{lang}&rank={side}:{min(rank, 2)}": 1.0,
             f"before={lang}:{word_before}": 1.0, f"second_before={lang}:{second_before}": 1.0,
             f"after={lang}:{word_after}": 1.0, f"{side}&before={lang}:{word_before}": 1.0}
        if word_before in cases or f"{second_before} {word_before}" in cases:
            f["after_recipient_case"] = 1.0    # the lexicon entry's own preposition or case word
        low, high = (end + 1, first) if side == "before" else (last + 1, start) if side == "after" else (0, 0)
        if any(tokens[i].text == "," for i in range(low, high)):
            f["comma_between"] = 1.0
        f[f"parties_between={min(3, len({token_mentions[i] for i in range(low, high) if i in token_mentions}))}"] = 1.0
        if m == order[0]:
            f["first_party"] = 1.0
        if party.country in actor_countries:
            f["actor_country"] = 1.0
            f[f"{lang}&actor_country"] = 1.0
        if not actor_countries:
            f["no_actor"] = 1.0
        elif not actor_is_party:
            f["actor_elsewhere"] = 1.0     # a nationality adjective, an inferred or a previous sentence's actor
        if has_parse:
            head = next((i for i in spans[m] if tokens[i].head not in spans[m]), start)
            relation = tokens[head].dep or "none"
            f[f"dep={relation}"] = 1.0
            if tokens[head].head == trigger.head:
                f[f"dep_on_trigger={relation}"] = 1.0
        out[m] = f
    return out


@dataclass
class RecipientFiller:
    """A logistic regression over party_features, and the probability a party needs to become the recipient."""

    model: LogisticModel
    threshold: float
    trained_on: dict[str, Any] = field(default_factory=dict)

    def choose(self, candidate: "Candidate", parties: Sequence,
               features: dict[int, dict[str, float]]) -> list[tuple[Any, float]]:
        """(party, probability) of each party that reaches the threshold and is of no actor's country."""
        actor_countries = {getattr(a, "country", None) for a in candidate.actors}
        chosen = []
        for m, f in features.items():
            probability = self.model.probability(f)
            if probability >= self.threshold and parties[m].country not in actor_countries:
                chosen.append((parties[m], probability))
        # Several recipients only when they are about as likely as the best: a sentence's other parties that
        # pass the threshold by a little are mostly its other events' ("Pashinyan asked the CSTO to send troops
        # to the border with Azerbaijan, but Moscow refused").
        best = max((p for _, p in chosen), default=0.0)
        return [(party, p) for party, p in chosen if p >= best - RECIPIENT_MARGIN]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "RecipientFiller":
        return cls(model=LogisticModel(**data["model"]), threshold=data["threshold"],
                   trained_on=data.get("trained_on", {}))

    def to_json(self) -> dict[str, Any]:
        return {"model": self.model.to_json(), "threshold": self.threshold, "trained_on": self.trained_on}


def fill_recipients(candidate: "Candidate", parties: Sequence, features: dict[int, dict[str, float]],
                    filler: RecipientFiller) -> None:
    """Give a candidate without recipients the parties the filler chooses, and say so in its explanation."""
    if candidate.recipients:
        return
    chosen = filler.choose(candidate, parties, features)
    if not chosen:
        return
    candidate.recipients = [party for party, _ in chosen]
    candidate.signals["recipient_filled"] = True
    for party, probability in chosen:
        candidate.explanation.setdefault("roles", []).append(
            f"no recipient by the rules -> '{party.text}' chosen by the recipient filler (p={probability:.2f})")


@lru_cache(maxsize=1)
def load_recipient_filler() -> RecipientFiller | None:
    """The shipped filler, or None when the package has none (the rules' roles stand)."""
    data = packaged_model(MODEL_RESOURCE)
    return None if data is None else RecipientFiller.from_json(data)


def save(filler: RecipientFiller, path) -> None:
    write_model(filler.to_json(), path)
