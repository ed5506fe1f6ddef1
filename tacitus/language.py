"""Which language a document is in, and whether tacitus can code it.

The detector knows every language lingua knows, not only the ones tacitus handles: a detector
restricted to the supported set has to pick one of them, and does so with high confidence for
text it has never seen (measured: Hungarian and Czech come out as Spanish, Bulgarian as Russian,
Urdu as Persian). Knowing the other languages is what lets an unsupported one be reported
instead of guessed. lingua's low-accuracy mode (trigram models only) keeps that affordable:
about 100 MB and a fraction of a second to load, against about 1.1 GB for the full models.
"""
from __future__ import annotations

from dataclasses import dataclass

# ISO 639-1 codes. Full parse: a dependency parser and NER exist offline (spaCy, natasha).
FULL_PARSE: frozenset[str] = frozenset({"fr", "en", "es", "ru"})
# Parser-free path (gazetteers, lexicons, word order); all of these are lingua languages.
PARSER_FREE: frozenset[str] = frozenset(
    {"de", "ar", "pt", "it", "zh", "tr", "pl", "nl", "ja", "ko", "uk", "fa"}
)
SUPPORTED_LANGUAGES: frozenset[str] = FULL_PARSE | PARSER_FREE

DEFAULT_THRESHOLD = 0.5     # below this the best guess is reported as unknown, not used
DEFAULT_MAX_CHARS = 2000    # the opening of an article settles its language
DEFAULT_MIN_LETTERS = 5     # fewer letters than this carry no language signal


@dataclass(frozen=True)
class LanguageGuess:
    """What the detector concluded about one text.

    lang: a code from SUPPORTED_LANGUAGES, or None when the text must not be coded.
    confidence: lingua's confidence in its best language (whether or not that one is supported).
    detected: the best language among all lingua knows, supported or not (None when no letters).
    reason: why lang is None: "too_few_letters", "low_confidence" or "unsupported_language".
    """

    lang: str | None
    confidence: float
    detected: str | None = None
    reason: str | None = None


class LanguageIdentifier:
    """Language identification with lingua; the detector is built on first use and kept.

    Build one per run and reuse it: building costs a fraction of a second and ~100 MB in
    low-accuracy mode (the default), several seconds and ~1.1 GB with high_accuracy=True.
    """

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        max_chars: int = DEFAULT_MAX_CHARS,
        min_letters: int = DEFAULT_MIN_LETTERS,
        high_accuracy: bool = False,
        supported: frozenset[str] = SUPPORTED_LANGUAGES,
    ) -> None:
        self.threshold = threshold
        self.max_chars = max_chars
        self.min_letters = min_letters
        self.high_accuracy = high_accuracy
        self.supported = frozenset(supported)
        self._detector = None  # lingua.LanguageDetector, built lazily

    def _get_detector(self):
        if self._detector is None:
            # Imported here: lingua is heavy and not every command needs it.
            from lingua import LanguageDetectorBuilder

            builder = LanguageDetectorBuilder.from_all_languages()
            if not self.high_accuracy:
                builder = builder.with_low_accuracy_mode()
            self._detector = builder.build()
        return self._detector

    def _sample(self, text: str) -> str:
        if len(text) <= self.max_chars:
            return text
        cut = text[: self.max_chars]
        # Avoid ending on half a word, which adds a spurious trigram.
        space = cut.rfind(" ", self.max_chars // 2)
        return cut[:space] if space > 0 else cut

    def detect(self, text: str) -> LanguageGuess:
        """The full verdict, including the best guess when it is not a supported language."""
        sample = self._sample(text)
        if sum(ch.isalpha() for ch in sample) < self.min_letters:
            return LanguageGuess(None, 0.0, None, "too_few_letters")
        values = self._get_detector().compute_language_confidence_values(sample)
        if not values:
            return LanguageGuess(None, 0.0, None, "too_few_letters")
        best = values[0]
        confidence = float(best.value)
        if confidence <= 0.0:
            # No language model matched at all; the first of the list is then arbitrary.
            return LanguageGuess(None, 0.0, None, "low_confidence")
        code = best.language.iso_code_639_1.name.lower()
        if confidence < self.threshold:
            return LanguageGuess(None, confidence, code, "low_confidence")
        if code not in self.supported:
            return LanguageGuess(None, confidence, code, "unsupported_language")
        return LanguageGuess(code, confidence, code, None)

    def identify(self, text: str) -> tuple[str | None, float]:
        """(code, confidence); code is None when tacitus cannot or should not code the text."""
        guess = self.detect(text)
        return guess.lang, guess.confidence
