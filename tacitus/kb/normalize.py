"""Tokens and matching keys shared by the knowledge-base index and the actor matcher.

A key is what two spellings of the same word have in common: lower case, no accents or Arabic
vowel marks, one apostrophe, and for Cyrillic and Arabic script a crude stem (Russian case endings,
Arabic article and attached prepositions), so that "Лаврова" and "Лавров", "للأمم" and "الأمم", "Élysée"
and "Elysee" meet. The same functions build the index and read the text, so whatever they do wrong
they do on both sides.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters with their combining marks (accents, Arabic harakat) and joiners form one word.
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d"
_TOKEN_RE = re.compile(rf"(?:[^\W_]|[{_MARKS}])+|[^\w\s]")
# Punctuation that joins the parts of a name rather than separating phrases.
_TRANSPARENT = frozenset("'’‘`´ʼ′＇-‐‑‒–—«»\"“”„‹›·")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_AR_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                             "ئ": "ي", "ـ": None})
# Russian inflection endings, longest first; the last three only on words of six letters or more
# ("Сергея" -> "серг" like "Сергей", while "Корея" keeps "коре" like "Кореи").
_RU_ENDINGS = tuple(sorted((
    "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "еем", "ой", "ей", "ый", "ий",
    "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ым", "им", "ую", "юю", "ом", "ем", "ам", "ям", "ах",
    "ях", "ью", "ея", "ею", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й"), key=len, reverse=True))
_RU_LONG_ONLY = frozenset({"ея", "ею", "еем"})


@dataclass(frozen=True)
class Tok:
    """One word or punctuation mark of a text, with its matching key."""

    start: int
    end: int
    text: str
    key: str
    punct: bool
    upper: bool      # starts with a capital letter (always True in scripts without case)
    caps: bool       # written all in capitals (acronyms)


def strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _ru_stem(word: str) -> str:
    if len(word) <= 3:
        return word
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            if ending in _RU_LONG_ONLY and len(word) < 6:
                continue
            return word[: -len(ending)]
    return word


def _ar_key(word: str) -> str:
    """Arabic letters unified, the article dropped: "الروسية" and "روسية" share "روسيه".

    Unifying hamza makes a word that begins with alif-lam ("ألماني") look like one with the article, so the
    article is dropped as long as one shows: "الألماني", "ألماني" and the hamza-less "الماني" all key to
    "ماني", as "إلهام" and "الهام" share "هام".
    """
    word = word.translate(_AR_LETTERS)
    while len(word) > 3 and word.startswith("ال"):
        word = word[2:]
    return word


_AR_PREFIXES = ("وال", "فال", "بال", "كال", "وبال", "ولل", "لل", "وب", "ول", "وك", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=65536)
def prefix_variants(key: str) -> tuple[str, ...]:
    """Keys of an Arabic word with an attached conjunction or preposition removed ("والشرطة" -> "شرطه",
    "للأمم" -> "امم", "بموسكو" -> "موسكو"): tried when a phrase does not match the word as written."""
    if not key or not ("\u0600" <= key[0] <= "\u06ff"):
        return ()
    out = []
    for pre in _AR_PREFIXES:
        if key.startswith(pre) and len(key) - len(pre) >= 2:
            rest = key[len(pre):]
            while rest.startswith("ال") and len(rest) > 3:
                rest = rest[2:]
            if rest not in out:
                out.append(rest)
    return tuple(sorted(out, key=len, reverse=True))     # least stripped first


@lru_cache(maxsize=262144)
def word_key(word: str) -> str:
    """The matching key of one word."""
    low = word.casefold().replace("ё", "е")
    if _CYRILLIC_RE.search(low):
        return strip_marks(_ru_stem(low))
    low = strip_marks(low)
    if _ARABIC_RE.search(low):
        return _ar_key(low)
    return low


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Words and punctuation of `text`, offsets shifted by `offset`.

    Apostrophes, hyphens and quotes are dropped, so "Maison-Blanche" is two words like "Maison Blanche"
    and "l'ONU" is "l" + "ONU"; a full stop after a single letter is dropped ("U.N." -> "U", "N").
    """
    out: list[Tok] = []
    for m in _TOKEN_RE.finditer(text):
        s = m.group()
        if s in _TRANSPARENT:
            continue
        if s == "." and out and len(out[-1].text) == 1 and not out[-1].punct:
            continue
        first = s[0]
        punct = not (first.isalnum() or unicodedata.combining(first))
        if punct:
            out.append(Tok(m.start() + offset, m.end() + offset, s, s, True, False, False))
            continue
        if s.lower() == s.upper():          # no letter case: Arabic, digits
            upper, caps = True, False
        else:
            upper, caps = first.isupper() or first.isdigit(), s.isupper()
        out.append(Tok(m.start() + offset, m.end() + offset, s, word_key(s), False, upper, caps))
    return out


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The key sequence of a lexicon phrase (punctuation is ignored), as tokenize() would key it."""
    keys = []
    for m in _TOKEN_RE.finditer(phrase):
        s = m.group()
        if s[0].isalnum() or unicodedata.combining(s[0]):
            keys.append(word_key(s))
    return tuple(keys)
