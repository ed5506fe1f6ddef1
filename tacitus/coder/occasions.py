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
# "En visite à Oulan-Bator, le ministre ...": a visit noun right after these words, with no article, is the actor's
# own visit too.
BARE_VISIT_OPENERS = {"fr": frozenset({"en"}), "es": frozenset({"de"}), "it": frozenset({"in"}),
                      "pt": frozenset({"em"})}
# "after talks with Clinton", "after ten hours of talks in Moscow", "tras conversaciones con": a meeting that came
# before the act is news too, when no definite article or demonstrative (in French, no possessive either) refers back
# to one already reported ("after the talks").
AFTER_WORDS = {"en": frozenset({"after", "following"}), "fr": frozenset({"après"}), "es": frozenset({"tras"}),
               "it": frozenset({"dopo"}), "pt": frozenset({"após"})}
DEFINITE_WORDS = {
    "en": frozenset({"the", "this", "these", "those", "that"}),
    "fr": frozenset({"le", "la", "les", "l'", "ce", "cet", "cette", "ces", "ses", "leurs", "sa", "son"}),
    "es": frozenset({"el", "la", "los", "las", "este", "esta", "estos", "estas", "esa", "esas", "dichas"}),
    "it": frozenset({"il", "lo", "la", "i", "gli", "le", "l'", "questi", "queste", "quei", "quelle"}),
    "pt": frozenset({"o", "a", "os", "as", "este", "esta", "estes", "estas", "essas", "esses"}),
}
# (an article elided onto the noun is one token with it where no parser splits it: "dopo l'incontro a Minsk")
ELIDED_DEFINITES = ("l'", "l’", "dell'", "dell’", "nell'", "nell’", "all'", "all’", "dall'", "dall’", "sull'", "sull’")
OCCASION_REACH = 4   # tokens from the occasion word to the event noun ("in a long phone call", "lors d'un entretien")
CLAUSE_PUNCTUATION = frozenset({",", ";", ":", "(", ")", "—", "–"})


def occasion_word(sentence: Sentence, trigger: TriggerMatch, lang: str) -> int | None:
    """The index of the word that makes a CONSULT noun the occasion of another act, or None. (Languages without
    articles, ru and ar, cannot tell a new meeting from one already reported: none there.)"""
    openers, articles = OCCASION_WORDS.get(lang), INDEFINITE_ARTICLES.get(lang)
    tokens = sentence.tokens
    # (an entry for the verb and its noun, "visit", counts where the tagger reads a noun: "on a state visit to")
    if not openers or trigger.entry.type != "CONSULT" or (trigger.entry.pos != "NOUN"
                                                          and tokens[trigger.head].pos != "NOUN"):
        return None
    first = trigger.tokens[0]
    if (trigger.entry.mode == "visit" and first > 0
            and normalise(tokens[first - 1].text) in BARE_VISIT_OPENERS.get(lang, frozenset())):
        return first - 1
    indefinite, definite = False, normalise(tokens[first].text).startswith(ELIDED_DEFINITES)
    for i in range(first - 1, max(-1, first - 1 - OCCASION_REACH), -1):
        word = normalise(tokens[i].text)
        indefinite |= word in articles or word in POSSESSIVES.get(lang, frozenset())
        definite |= word in DEFINITE_WORDS.get(lang, frozenset())
        if word in openers and indefinite:
            return i
        if word in AFTER_WORDS.get(lang, frozenset()) and not definite:
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


def attach_occasions(candidates: list["Candidate"], sentence: Sentence, lang: str,
                     places: Sequence = (), parties: Sequence = ()) -> list["Candidate"]:
    """Give each occasion CONSULT the parties of the act it frames, as a reciprocal event ("in a phone call with
    Lavrov, Blinken demanded ..." is a call between the two), and take the occasion's other words out of that act's
    recipients ("apologised to Qatar's prime minister in a phone call from the White House"). A visit to a place of
    another country, named right after the visit noun (among the sentence's `places` and `parties`: "Pequim" is
    a party, the government), is the act's actors' visit to that country: "Lors d'une visite à Moscou, le
    président français a critiqué les États-Unis" is France visiting Russia."""
    triggers = [c.trigger for c in candidates]
    starts = {id(c): occasion_word(sentence, c.trigger, lang) for c in candidates}
    for occasion in candidates:
        start = starts[id(occasion)]
        if start is None:
            continue
        # (not another reading of the same word: German "Besuch" matches the verb's entry as well as the noun's)
        hosts = [c for c in candidates if c is not occasion and c.trigger.entry.pos == "VERB" and c.actors
                 and c.trigger.head != occasion.trigger.head]
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
        own = {a.country for a in host.actors if a.country}
        destination = _visited_place(occasion, sentence, [*places, *parties], own) \
            if occasion.mode == "visit" and own else None
        if destination is not None:
            occasion.actors, occasion.recipients = list(host.actors), [destination]
            occasion.signals["occasion"] = True
            occasion.explanation.setdefault("roles", []).append(
                f"the visit framing '{sentence.tokens[host.trigger.head].text}': its actors -> actor, the place "
                f"visited '{destination.text}' -> recipient")
            continue
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
    # An occasion whose act named no party has no party of its own either (its actor was left for this step); the
    # other readings of an occasion's word go with it.
    attached = {c.trigger.head for c in candidates if c.signals.get("occasion")}
    return [c for c in candidates if (c.actors or starts[id(c)] is None)
            and not (c.trigger.head in attached and not c.signals.get("occasion"))]


DESTINATION_REACH = 6   # tokens from the visit noun to the place ("visite d'État de deux jours à Astana")


def _visited_place(visit: "Candidate", sentence: Sentence, where: Sequence, own: set):
    """The first place or party of another country than `own` named within DESTINATION_REACH tokens after the
    visit noun, in its clause, else None."""
    last = visit.trigger.tokens[-1]
    reach = range(last + 1, min(len(sentence.tokens), last + 1 + DESTINATION_REACH))
    span = range(reach.start, next((i for i in reach if sentence.tokens[i].text in CLAUSE_PUNCTUATION), reach.stop))
    found = [m for m in where if m.country and m.country not in own and _starts_in(m, sentence, span)]
    return min(found, key=lambda m: m.start) if found else None


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
