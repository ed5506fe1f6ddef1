"""Parser-free backend for languages without a parser model: rule-based sentences and tokens, simplemma lemmas."""
from __future__ import annotations

from typing import Iterable, Iterator

from .base import Parsed, Sentence, Token
from .segment import paragraphs, split_sentences, strip_arabic_marks, tokenize

# Languages simplemma lemmatises (a subset of what the encoders cover).
SIMPLEMMA_LANGS = frozenset({"de", "ar", "pt", "it", "nl", "pl", "tr", "fr", "en", "es", "ru", "uk", "fa"})
# Arabic possessive suffixes simplemma's dictionary often lacks on a noun ("علاقاتهما", their (two) relations;
# "علاقتها", its relations): longest first. A noun's "ة" is written "ت" before them.
ARABIC_PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "ها", "نا")
ARABIC_MIN_STEM = 3   # letters left after the suffix ("قواتها" -> "قوات")


class FallbackBackend:
    has_parse = False

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def _lemma(self, word: str) -> str:
        lowered = strip_arabic_marks(word).lower()
        if self.lang in SIMPLEMMA_LANGS and lowered.isalpha():
            import simplemma

            if self.lang == "ar" and not simplemma.is_known(lowered, lang="ar"):
                lowered = _arabic_known_stem(lowered)
            return simplemma.lemmatize(lowered, lang=self.lang).lower()
        return lowered

    def parse(self, text: str) -> Parsed:
        parsed = Parsed(text, self.lang, [], [], False)
        for p_start, p_end in paragraphs(text):
            for s_start, s_end in split_sentences(text, p_start, p_end):
                tokens = [Token(start=s, end=e, text=text[s:e], lemma=self._lemma(text[s:e]))
                          for s, e in tokenize(text, s_start, s_end)]
                if tokens:
                    parsed.sentences.append(Sentence(len(parsed.sentences), s_start, s_end, text[s_start:s_end], tokens))
        return parsed

    def pipe(self, texts: Iterable[str], n_process: int = 1) -> Iterator[Parsed]:
        return (self.parse(text) for text in texts)


def _arabic_known_stem(word: str) -> str:
    """The word without a possessive suffix when simplemma knows what is left (with "ت" read back as "ة"), so
    that "علاقاتهما" lemmatises as "علاقة"; else the word."""
    import simplemma

    for suffix in ARABIC_PRONOUN_SUFFIXES:
        stem = word[:-len(suffix)]
        if not word.endswith(suffix) or len(stem) < ARABIC_MIN_STEM:
            continue
        for candidate in (stem, stem[:-1] + "ة") if stem.endswith("ت") else (stem,):
            if simplemma.is_known(candidate, lang="ar"):
                return candidate
    return word
