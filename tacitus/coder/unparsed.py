"""Without a parse (de, pt, it): verb forms read from the words themselves.

A participle used as an adjective describes a noun and is no event of its own ("gli italiani fermati", "die
festgenommenen Demonstranten"); an infinitive after a refusal, threat, request, accusation or promise is that
verb's content ("recusou reconhecer a Crimeia"). The parsed languages read both from the dependency tree.
"""
from __future__ import annotations

import re

from ..nlp.base import Sentence
from .lexicon import normalise
from .roles import GERMAN_ARTICLES, GERMAN_ZU_INFINITIVE, PURPOSE_MARKERS
from .triggers import PARTICIPLE_ENDINGS, PARTICIPLE_HOSTS, TriggerMatch


def unparsed_attributive_participle(sentence: Sentence, trigger: TriggerMatch, lang: str) -> bool:
    """Without a parse, a verb trigger used as an adjective describes a noun and is no event of its own."""
    if len(trigger.tokens) != 1 or trigger.entry.pos != "VERB" or trigger.head == 0:
        return False
    if lang == "de":
        return _german_attributive_participle(sentence, trigger)
    return lang in PARTICIPLE_ENDINGS and _postnominal_participle(sentence, trigger, lang)


def _postnominal_participle(sentence: Sentence, trigger: TriggerMatch, lang: str) -> bool:
    """Italian and Portuguese: a participle right after a word that is no auxiliary, clitic or adverb qualifies
    that word ("gli italiani fermati", "l'intesa firmata dal governo", "os manifestantes presos")."""
    word = normalise(sentence.tokens[trigger.head].text)
    if not word.endswith(PARTICIPLE_ENDINGS[lang]) or word.endswith(("rsi", "rse", "rti", "rte")):
        return False  # an infinitive with a clitic ("riunirsi") is no participle
    before = sentence.tokens[trigger.head - 1].text
    prev = normalise(before)
    return (before.isalpha() and before[:1].islower() and prev not in PARTICIPLE_HOSTS[lang]
            and not prev.endswith("mente"))


def _german_attributive_participle(sentence: Sentence, trigger: TriggerMatch) -> bool:
    """A German verb trigger between an article and a capitalised noun is an adjective ("die festgenommenen
    Demonstranten", "der verhängten Sanktionen"): a finite verb never follows its article."""
    tokens, i = sentence.tokens, trigger.head
    if i + 1 >= len(tokens):
        return False
    word, before = tokens[i].text, normalise(tokens[i - 1].text)
    # (a number or quantifier stands where the article would: "fast 300 inhaftierte Rebellen", "mehrere
    # festgenommene Demonstranten"; the adjective's ending tells it from a finite verb)
    number = before.replace(".", "").replace(",", "")   # ("1.500 festgenommene Demonstranten": one token)
    counted = ((number.isdigit() and not YEAR.match(before)) or before in GERMAN_QUANTIFIERS) \
        and word.endswith(("e", "en"))
    return (word[:1].islower() and (before in GERMAN_ARTICLES or counted)
            and tokens[i + 1].text[:1].isupper())


# (a year is no count: "die im Dezember 2014 festgenommene Journalistin" dates an act the writers code)
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
GERMAN_QUANTIFIERS = frozenset({"mehrere", "zahlreiche", "viele", "einige", "alle", "weitere", "zwei", "drei",
                                "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf", "zwanzig",
                                "hundert", "tausend", "dutzende", "hunderte", "tausende"})


# Verbs whose infinitive complement is their content: a refusal, threat, request, accusation or promise is the
# event, not the act it names. Without a parse the infinitive is read from its form.
INFINITIVE_GOVERNING = frozenset({"THREATEN", "REJECT", "REQUEST", "ACCUSE", "AGREE"})
INFINITIVE_REACH = 8
INFINITIVE_ENDINGS = {
    "it": re.compile(r"(?:are|ere|ire|rre)(?:si|lo|la|li|le|ne|gli|ci|vi)?$"),
    "pt": re.compile(r"(?:ar|er|ir|or|arem|erem|irem)(?:-(?:se|lo|la|los|las|lhe|lhes))?$"),
}
PERFECT_INFINITIVES = {"it": frozenset({"aver", "avere", "essere", "esser"}),
                       "pt": frozenset({"ter", "terem", "haver", "ser"}),
                       "de": frozenset({"haben", "zu"})}


def infinitive(tokens, i: int, lang: str) -> bool:
    """Whether the verb at i is an infinitive (or a perfect infinitive, "negou ter bombardeado")."""
    word = tokens[i].text.lower()
    previous = tokens[i - 1].text.lower() if i > 0 else ""
    if previous in PURPOSE_MARKERS.get(lang, ()):
        return False    # "ha convocato l'ambasciatore per chiedere": a purpose, an act of its own
    if previous in PERFECT_INFINITIVES.get(lang, ()):
        return True
    if lang == "de":
        return bool(GERMAN_ZU_INFINITIVE.match(word))
    pattern = INFINITIVE_ENDINGS.get(lang)
    return bool(pattern and pattern.search(word))
