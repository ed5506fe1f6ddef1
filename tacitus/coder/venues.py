"""Gatherings named as an event's venue: "on the sidelines of the OAS General Assembly", "en marge du sommet de
l'UA", "a margine del vertice Ue-Balcani occidentali di Sofia". The gathering and its members are where the event
happened, not its parties, and its meeting word is no event of the sentence.
"""
from __future__ import annotations

from ..nlp.base import Sentence
from .lexicon import normalise

# The word that makes a phrase a venue, with the words that may stand right before it ("on the sidelines of",
# "en marge de", "al margen de", "a margine di", "à margem de", "am Rande", "на полях", "على هامش").
VENUE_WORDS = {
    "en": ("sidelines", frozenset({"the"})),
    "fr": ("marge", frozenset({"en"})),
    "es": ("margen", frozenset({"al"})),
    "it": ("margine", frozenset({"a"})),
    "pt": ("margem", frozenset({"à", "a"})),
    "de": ("rande", frozenset({"am"})),
    "ru": ("полях", frozenset({"на"})),
    "ar": ("هامش", frozenset({"على"})),
}
# Tokens that end the venue phrase: a clause or list boundary.
VENUE_ENDS = frozenset({",", ";", ":", ".", "(", ")", "—", "–", "،", "؛", "and", "et", "y", "e", "und", "и", "و"})
VENUE_REACH = 10   # tokens from the venue word to the end of the gathering's name at most
# German puts the verb last, right after the venue ("am Rande des Gipfels in Kathmandu nicht zusammengekommen"), and
# is not parsed: its venue is the genitive after "am Rande" and a place after it.
SHORT_VENUE_REACH = {"de": 4}


def venue_tokens(sentence: Sentence, lang: str) -> set[int]:
    """Token indices of the venue phrases in the sentence: from the venue word to the end of the gathering's name
    (the next clause or list boundary or verb, or VENUE_REACH tokens)."""
    if lang not in VENUE_WORDS:
        return set()
    word, before = VENUE_WORDS[lang]
    tokens = sentence.tokens
    out: set[int] = set()
    reach = SHORT_VENUE_REACH.get(lang, VENUE_REACH)
    for i, token in enumerate(tokens):
        if normalise(token.text) != word or i == 0 or normalise(tokens[i - 1].text) not in before:
            continue
        for k in range(i, min(len(tokens), i + 1 + reach)):
            if k > i and (normalise(tokens[k].text) in VENUE_ENDS or tokens[k].pos in ("VERB", "AUX")):
                break
            out.add(k)
    return out
