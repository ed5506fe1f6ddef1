"""Per-language NLP backends behind one interface (see base.py). Each backend loads lazily, once per process."""
from __future__ import annotations

from functools import lru_cache

from .base import Backend, EntitySpan, Parsed, Sentence, Token

FULL_PARSE_LANGS = frozenset({"fr", "en", "es", "ru"})

__all__ = ["Backend", "EntitySpan", "Parsed", "Sentence", "Token", "get_backend", "parse", "FULL_PARSE_LANGS"]


@lru_cache(maxsize=None)
def get_backend(lang: str) -> Backend:
    """The backend for a language, loaded on first use and reused for the life of the process."""
    if lang in ("fr", "en", "es"):
        from .spacy_backend import SpacyBackend

        return SpacyBackend(lang)
    if lang == "ru":
        from .natasha_backend import NatashaBackend

        return NatashaBackend()
    from .fallback_backend import FallbackBackend

    return FallbackBackend(lang)


def parse(text: str, lang: str) -> Parsed:
    return get_backend(lang).parse(text)
