"""One interface for every language's NLP backend.

Offsets are code-point indices into the document text; heads are indices into the sentence's token list.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Protocol


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str
    pos: str = ""          # UPOS where the backend gives it, else ""
    dep: str = ""          # UD relation where parsed, else ""
    head: int = -1         # index of the head in the sentence's tokens; -1 for the root or when unparsed
    morph: str = ""        # UD features, e.g. "Mood=Ind|Tense=Fut"


@dataclass(frozen=True)
class EntitySpan:
    start: int
    end: int
    text: str
    label: str             # PER, ORG, LOC, MISC


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Parsed:
    text: str
    lang: str
    sentences: list[Sentence]
    entities: list[EntitySpan]
    has_parse: bool        # dependencies available (fr, en, es, ru)


class Backend(Protocol):
    lang: str
    has_parse: bool

    def parse(self, text: str) -> Parsed: ...

    def pipe(self, texts: Iterable[str], n_process: int = 1) -> Iterator[Parsed]: ...
