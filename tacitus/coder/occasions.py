"""A meeting, call or visit named as the occasion of another act: "Zelenskiy urged Xi ... in a long phone call",
"In einem Telefonat mit Sheinbaum hat Trump die Zölle ausgesetzt", "durante una visita a Kiev, Sánchez prometió".

The occasion is news of its own (a CONSULT between the parties of the act it frames) only when an indefinite
article introduces it; "au cours de la conversation téléphonique" refers back to a call already reported, and
stays background (`coder._is_background`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..nlp.base import Sentence
from .lexicon import normalise
from .triggers import TriggerMatch

if TYPE_CHECKING:
    from .coder import Candidate

# Per language: the words that open the occasion of another act, and the indefinite articles that make it a new
# one (inflected, "einem", or contracted with "em", "num").
OCCASION_WORDS = {
    "en": frozenset({"in", "during", "on", "at"}),
    "fr": frozenset({"lors", "pendant", "durant", "cours", "en", "dans"}),
    "es": frozenset({"en", "durante"}),
    "it": frozenset({"in", "durante", "nel", "nella", "corso"}),
    "pt": frozenset({"em", "durante", "num", "numa"}),
    "de": frozenset({"in", "im", "bei", "beim", "während"}),
}
INDEFINITE_ARTICLES = {
    "en": frozenset({"a", "an"}),
    "fr": frozenset({"un", "une", "d'un", "d'une"}),
    "es": frozenset({"un", "una"}),
    "it": frozenset({"un", "una", "uno", "un'"}),
    "pt": frozenset({"um", "uma", "num", "numa"}),
    "de": frozenset({"ein", "eine", "einem", "einer", "einen", "eines"}),
}
# A possessive makes it the actor's own meeting, news as well: "Nel corso della sua prima visita a Kiev, Meloni ha
# assicurato ...", "during his visit to Manila"; a plain definite article refers back ("au cours de la conversation").
POSSESSIVES = {
    "en": frozenset({"his", "her", "their"}),
    "fr": frozenset({"son", "sa", "leur"}),
    "es": frozenset({"su"}),
    "it": frozenset({"sua", "suo", "loro"}),
    "pt": frozenset({"sua", "seu"}),
    "de": frozenset({"seinem", "seiner", "ihrem", "ihrer"}),
}
OCCASION_REACH = 4   # tokens from the occasion word to the event noun ("in a long phone call", "lors d'un entretien")
CLAUSE_PUNCTUATION = frozenset({",", ";", ":", "(", ")", "—", "–"})


def occasion_word(sentence: Sentence, trigger: TriggerMatch, lang: str) -> int | None:
    """The index of the word that makes a CONSULT noun the occasion of another act, or None. (Languages without
    articles, ru and ar, cannot tell a new meeting from one already reported: none there.)"""
    openers, articles = OCCASION_WORDS.get(lang), INDEFINITE_ARTICLES.get(lang)
    if not openers or trigger.entry.type != "CONSULT" or trigger.entry.pos != "NOUN":
        return None
    tokens = sentence.tokens
    first = trigger.tokens[0]
    indefinite = False
    for i in range(first - 1, max(-1, first - 1 - OCCASION_REACH), -1):
        word = normalise(tokens[i].text)
        indefinite |= word in articles or word in POSSESSIVES.get(lang, frozenset())
        if word in openers and indefinite:
            return i
        if tokens[i].pos in ("VERB", "AUX") or word in CLAUSE_PUNCTUATION:
            return None
    return None


def occasion_span(sentence: Sentence, start: int, noun: TriggerMatch, others: Sequence[TriggerMatch]) -> range:
    """The occasion phrase: from its word past its noun to the next clause punctuation, verb or other trigger."""
    tokens = sentence.tokens
    starts = [t.tokens[0] for t in others if t.tokens[0] > noun.tokens[-1]]
    end = len(tokens)
    for i in range(noun.tokens[-1] + 1, len(tokens)):
        if tokens[i].text in CLAUSE_PUNCTUATION or tokens[i].pos in ("VERB", "AUX") or i in starts:
            end = i
            break
    return range(start, end)


def attach_occasions(candidates: list["Candidate"], sentence: Sentence, lang: str) -> list["Candidate"]:
    """Give each occasion CONSULT the parties of the act it frames, as a reciprocal event ("in a phone call with
    Lavrov, Blinken demanded ..." is a call between the two), and take the occasion's other words out of that act's
    recipients ("apologised to Qatar's prime minister in a phone call from the White House")."""
    triggers = [c.trigger for c in candidates]
    starts = {id(c): occasion_word(sentence, c.trigger, lang) for c in candidates}
    for occasion in candidates:
        start = starts[id(occasion)]
        if start is None:
            continue
        hosts = [c for c in candidates if c is not occasion and c.trigger.entry.pos == "VERB" and c.actors]
        if not hosts:
            continue
        host = min(hosts, key=lambda c: abs(c.trigger.head - occasion.trigger.head))
        if host.event_type == "CONSULT":
            occasion.actors = []   # "in einem Telefonat mit Ruto hat Abiy ... gesprochen": one call, the verb's
            continue
        span = occasion_span(sentence, start, occasion.trigger, triggers)
        partners = _partners(occasion, sentence, span)
        host.recipients = [m for m in host.recipients if not _starts_in(m, sentence, span) or m in partners]
        if not host.recipients and partners:
            host.recipients = list(partners)
        parties, sides = [], set()
        for m in host.actors + host.recipients + partners:
            side = getattr(m, "country", None) or id(m)   # one party per country: "US-Außenminister Antony Blinken"
            if side not in sides:
                parties.append(m)
                sides.add(side)
        if len(parties) < 2:
            continue
        occasion.actors, occasion.recipients = parties, []
        occasion.signals["occasion"] = True
        occasion.explanation.setdefault("roles", []).append(
            f"the occasion of '{sentence.tokens[host.trigger.head].text}': its parties meet -> actors")
    # An occasion whose act named no party has no party of its own either (its actor was left for this step).
    return [c for c in candidates if c.actors or starts[id(c)] is None]


PARTNER_REACH = 5   # tokens from the partner's preposition to its name ("mit seinem russischen Kollegen Sergej Lawrow")


def _partners(occasion: "Candidate", sentence: Sentence, span: range) -> list:
    """The occasion's own parties: its recipients introduced by the entry's preposition ("with", "mit", "con")."""
    cases = occasion.trigger.entry.recipient_case
    tokens = sentence.tokens
    out = []
    for m in occasion.recipients:
        if not _starts_in(m, sentence, span):
            continue
        first = next((i for i in span if tokens[i].start <= m.start < tokens[i].end), None)
        if first is not None and any(normalise(tokens[i].text) in cases
                                     for i in range(max(span.start, first - PARTNER_REACH), first)):
            out.append(m)
    return out


def _starts_in(mention, sentence: Sentence, span: range) -> bool:
    """Whether a mention (character offsets in the document) begins inside a span of the sentence's tokens."""
    tokens = sentence.tokens
    start = getattr(mention, "start", None)
    if start is None or not span:
        return False
    first, last = tokens[span.start], tokens[span.stop - 1]
    return first.start <= start < last.end
