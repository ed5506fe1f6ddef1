"""Language-independent segmentation: paragraphs, and a fallback sentence splitter and tokenizer."""
from __future__ import annotations

import re
from typing import Iterator

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# Chunk size below spaCy's max_length and small enough to keep a 20 MB document's memory bounded.
MAX_CHUNK = 50_000

# Abbreviations after which a period does not end a sentence (lowercased, without the final period).
ABBREVIATIONS: frozenset[str] = frozenset({
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "mr", "mrs", "ms", "prof", "gen", "gén",
    "col", "lt", "sgt", "capt", "cmdr", "gov", "sen", "rep", "rev", "jr", "sr", "no", "nr", "art",
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "etc", "vs", "approx", "dept", "inc", "ltd", "co", "corp",
    "jan", "feb", "fév", "mar", "apr", "avr", "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov",
    "dec", "déc", "z.b", "bzw", "ca", "dt", "s.e", "sr", "sra", "dra", "ing", "lic", "av", "sig", "dott",
    "г", "гг", "им", "т.е", "т.д", "ул", "д",
})

# German writes ordinals with a period ("am 17. Februar", "im 20. Jahrhundert"): after a day or an ordinal of one or
# two digits, these words continue the sentence.
ORDINAL_NOUNS: frozenset[str] = frozenset({
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "jahrhundert", "jahrhunderts", "weltkrieg", "weltkrieges", "weltkriegs", "jahrestag",
    "jahrestages", "jahrestags",
})
_ORDINAL = re.compile(r"(?:^|\s)\d{1,2}$")

_SENTENCE_END = re.compile(r"([.!?؟。！？]+)([\"'»”’)\]]*)(\s+)")
# Arabic vowel marks (tashkeel, superscript alef) and the tatweel are not \w: inside a word they must not split it
# ("علّقت" is one word).
ARABIC_MARKS = "\u0640\u064B-\u065F\u0670"
_WORD = rf"[\w{ARABIC_MARKS}]+"
# A number's decimal or thousands separator is no punctuation of its own: "1,26 Milliarden" is one number (a comma
# token there would close the clause a trigger's words must share).
_NUMBER = r"\d+(?:[.,]\d+)+(?![\w])"
_TOKEN = re.compile(rf"{_NUMBER}|{_WORD}(?:[-'’]{_WORD})*|[^\w\s{ARABIC_MARKS}]", re.UNICODE)
_MARKS = re.compile(f"[{ARABIC_MARKS}]")


def strip_arabic_marks(word: str) -> str:
    """The word without Arabic vowel marks and tatweel (lexicons and lemmatisers use the bare letters)."""
    return _MARKS.sub("", word)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty paragraphs (blank-line separated), further cut into chunks of at most MAX_CHUNK."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.extend(_chunks(text, pos, match.start()))
        pos = match.end()
    spans.extend(_chunks(text, pos, len(text)))
    return spans


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    # Trim surrounding whitespace so that every span starts and ends on text.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_CHUNK:
        cut = _last_break(text, start, start + MAX_CHUNK)
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def _last_break(text: str, start: int, limit: int) -> int:
    """Best place to cut a very long paragraph: after the last sentence end, else the last space."""
    window = text[start:limit]
    for marker in (". ", "\n", " "):
        idx = window.rfind(marker)
        if idx > len(window) // 2:
            return start + idx + 1
    return limit


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Rule-based sentence spans within text[start:end], aware of common abbreviations and initials."""
    spans: list[tuple[int, int]] = []
    sent_start = start
    segment = text[start:end]
    for match in _SENTENCE_END.finditer(segment):
        punct_pos = start + match.start(1)
        if match.group(1) == "." and _is_abbreviation(text, sent_start, punct_pos):
            continue
        if match.group(1) == "." and _ordinal_before(text, sent_start, punct_pos, start + match.end(), end):
            continue
        next_pos = start + match.end()
        if next_pos < end and text[next_pos].islower():
            continue
        stop = start + match.end(2)
        if stop > sent_start:
            spans.append((sent_start, stop))
        sent_start = next_pos
    if sent_start < end:
        spans.append((sent_start, end))
    return [s for s in spans if text[s[0]:s[1]].strip()]


def _ordinal_before(text: str, sent_start: int, dot: int, next_pos: int, end: int) -> bool:
    """Whether the period after a number of one or two digits makes it an ordinal: the next word is a month or one
    of ORDINAL_NOUNS ("vom 1. April an")."""
    if not _ORDINAL.search(text[max(sent_start, dot - 3):dot]):
        return False
    following = re.match(r"\w+", text[next_pos:end])
    return following is not None and following.group(0).lower() in ORDINAL_NOUNS


def _is_abbreviation(text: str, sent_start: int, dot: int) -> bool:
    word_start = dot
    while word_start > sent_start and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"«“":
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    # Single letters are initials ("J. Smith"), dotted acronyms like "U.S" too.
    return len(word) == 1 and word.isalpha() or bool(re.fullmatch(r"(?:\w\.)+\w", word))


def tokenize(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word and punctuation spans within text[start:end]."""
    return [(start + m.start(), start + m.end()) for m in _TOKEN.finditer(text[start:end])]
