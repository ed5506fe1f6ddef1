"""The document: what every reader yields and every later stage reads."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def text_id(text: str) -> str:
    """Id derived from the text alone, so the same text gets the same id wherever it is read from."""
    return "d" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    date: str | None = None          # ISO publication date, None when unknown (never today by default)
    lang: str | None = None          # given by the input; detected later when None
    url: str | None = None
    title: str | None = None
    source: str | None = None        # publisher
    source_country: str | None = None  # the publisher's country (PLOVER code), when the input gives it
    source_path: str | None = None   # where it was read from (kept, never used as id)
    notes: tuple[str, ...] = field(default_factory=tuple)  # warnings about how it was read (e.g. bad bytes)


@dataclass(frozen=True)
class Rejection:
    """An input that could not be coded, with where it was and why."""

    source_path: str | None
    line: int | None
    reason: str          # short machine-friendly key: empty, binary, too_large, malformed_json, unreadable, unknown_language…
    message: str         # what a user reads

    def location(self) -> str:
        where = self.source_path or "<stdin>"
        return f"{where}:{self.line}" if self.line is not None else where
