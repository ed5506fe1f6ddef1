"""tacitus: political event data (PLOVER 2.0) from news text in many languages, offline.

    >>> import tacitus
    >>> events = tacitus.code("Le président Ilham Aliyev a téléphoné à Antonio Guterres.", lang="fr", date="2020-05-05")

Heavy modules (NLP models, knowledge base) load on first use, never at import.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Iterator

__version__ = "0.1.0"

if TYPE_CHECKING:
    import pandas

    from .documents import Document
    from .schema import Event

__all__ = ["code", "code_documents", "to_dataframe", "__version__"]


def code(text: str, lang: str | None = None, date: str | None = None) -> list["Event"]:
    """Code one text and return its events."""
    from .documents import Document, text_id

    return list(code_documents([Document(id=text_id(text), text=text, lang=lang, date=date)]))


def code_documents(documents: Iterable["Document | dict[str, Any]"]) -> Iterator["Event"]:
    """Code documents (Document objects or dicts with id/text/date/lang/url/source) lazily, in order."""
    from .pipeline import Pipeline

    return Pipeline().code_documents(documents)


def to_dataframe(events: Iterable["Event"]) -> "pandas.DataFrame":
    """Events as a flat pandas DataFrame (the same columns as the CSV output)."""
    from .output import events_dataframe

    return events_dataframe(events)
