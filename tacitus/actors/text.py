"""A Parsed without a parser: sentences split on punctuation, no tokens, no entities.

Used when tacitus.nlp.parse is unavailable (the resolver only needs sentence boundaries: it tokenises
sentences itself) and for `ActorResolver.lookup`.
"""
from __future__ import annotations

import re

from tacitus.nlp.base import Parsed, Sentence

# A sentence ends at . ! ? … (or Arabic ؟ ।) followed by space and a capital, a quote or a non-Latin letter,
# or at a blank line. Abbreviations of one capital letter ("U.N.", "J. Biden") do not end sentences.
_BOUNDARY = re.compile(r"(?<!\b[A-Z]\.)(?<=[.!?…؟])[\"»”')\]]*\s+(?=[\"«“(\[]?[^\W\d_a-z])|\n\s*\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    out = []
    for s, e in spans:            # trim whitespace so that text[start:end] is the sentence
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def plain_parsed(text: str, lang: str) -> Parsed:
    """A Parsed with sentences only, for texts no backend has parsed."""
    sents = [Sentence(index=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(sentence_spans(text))]
    return Parsed(text=text, lang=lang, sentences=sents, entities=[], has_parse=False)
