"""Inputs at scale: web archives (WARC / WARC.gz, as Common Crawl News publishes them) and Parquet
tables of documents. tacitus.inputs.iter_inputs hands these files here.

WARC: every HTTP response (or resource record) that carries an HTML page becomes one Document, its text
extracted exactly as an .html file's is (tacitus.inputs.extract_html). The URL is the record's
WARC-Target-URI; the publication date is the page's own (its metadata), else the record's WARC-Date
(the crawl: Common Crawl News fetches articles within hours of their publication), else the run's default.
Request, metadata, warcinfo and revisit records carry no page and are skipped silently; a response that
is not HTML, not a success, or cut short is reported as a Rejection whose `line` is the record's number
in the file (1-based, counting every record), and reading goes on with the next record.

Parquet: one document per row, with the columns of a JSONL record (text required; id, date or
publication_date, lang, url, title, source optional), checked by the same rules as a JSONL line.
"""
from __future__ import annotations

import codecs
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from tacitus.documents import Document, Rejection
from tacitus.inputs import (
    _DECLARED_CHARSET,
    _SNIFF_BYTES,
    DEFAULT_MAX_BYTES,
    _Defaults,
    _dict_document,
    _html_document,
    _normalise_lang,
    _too_large,
    _unreadable,
    parse_iso_date,
)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Record types that never hold a page: skipped without a report (every response has a request beside it).
SKIPPED_RECORD_TYPES = frozenset({"warcinfo", "request", "metadata", "revisit", "conversion", "continuation"})
PARQUET_COLUMNS = ("id", "text", "date", "publication_date", "lang", "url", "title", "source", "source_country")
_PARQUET_BATCH_ROWS = 256
_GENERIC_TYPES = frozenset({"", "application/octet-stream", "unk", "unknown"})


def read_scale_file(path: Path, defaults: _Defaults) -> Iterator[Document | Rejection]:
    """Documents from a .warc, .warc.gz or .parquet file (what iter_inputs calls)."""
    if path.name.lower().endswith(".parquet"):
        return _read_parquet(path, defaults, None)
    return _read_warc(path, defaults)


def iter_warc(path: str | Path, default_date: str | None = None, default_lang: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Rejection]:
    """Documents and rejections of one WARC or WARC.gz file, lazily."""
    return _read_warc(Path(path), _defaults(default_date, default_lang, max_bytes))


def iter_parquet(path: str | Path, default_date: str | None = None, default_lang: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES,
                 row_groups: Sequence[int] | None = None) -> Iterator[Document | Rejection]:
    """Documents and rejections of a Parquet file (only the given row groups when row_groups is set:
    a Spark task reads one). Row numbers in rejections count from the file's first row, 1-based."""
    return _read_parquet(Path(path), _defaults(default_date, default_lang, max_bytes), row_groups)


def parquet_row_group_count(path: str | Path) -> int:
    """How many row groups a Parquet file has (0 when it cannot be read; reading it then reports why)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(str(path)).metadata.num_row_groups
    except (OSError, pa.ArrowException):
        return 0


def _defaults(default_date: str | None, default_lang: str | None, max_bytes: int) -> _Defaults:
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    return _Defaults(date=parse_iso_date(default_date) if default_date is not None else None,
                     lang=_normalise_lang(default_lang), max_bytes=max_bytes)


# ---------------------------------------------------------------------------- WARC


def _read_warc(path: Path, defaults: _Defaults) -> Iterator[Document | Rejection]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = str(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        yield _unreadable(where, err)
        return
    with handle:
        number = 0
        records = iter(ArchiveIterator(handle))
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except (ArchiveLoadFailed, ValueError, EOFError, zlib.error) as err:
                # The iterator cannot find the next record's start: nothing after this point is readable.
                yield Rejection(where, number + 1, "malformed_file",
                                f"{where}:{number + 1}: not a readable WARC record ({err}); rest of the file skipped")
                break
            except OSError as err:
                yield _unreadable(where, err)
                break
            number += 1
            if record.rec_type in SKIPPED_RECORD_TYPES:
                continue
            yield _warc_item(record, number, where, defaults)


def _warc_item(record: Any, number: int, where: str, defaults: _Defaults) -> Document | Rejection:
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    place = f"{where}:{number}" + (f" ({url})" if url else "")

    def reject(reason: str, why: str) -> Rejection:
        return Rejection(where, number, reason, f"{place}: {why}")

    if record.rec_type not in ("response", "resource"):
        return reject("not_html", f"a {record.rec_type} record, not a web page")
    cut = headers.get_header("WARC-Truncated")
    if cut:
        return reject("truncated", f"record truncated by the crawler (WARC-Truncated: {cut}); not coded")
    http = record.http_headers
    if http is not None:
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return reject("http_status", f"HTTP status {status or 'missing'}, not a page")
    mime, charset = _content_type(record)
    try:
        payload = record.content_stream().read(defaults.max_bytes + 1)
    except (OSError, EOFError, ValueError, zlib.error) as err:
        return reject("truncated", f"payload cannot be read to its end ({err}); not coded")
    if len(payload) > defaults.max_bytes:
        return _too_large(where, number, len(payload), defaults.max_bytes, "the record's payload")
    # warcio stops at the end of the file without an error: bytes still owed by the record mean it was cut.
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:
        return reject("truncated", f"the file ends {missing:,} bytes before the end of this record; not coded")
    if mime in _GENERIC_TYPES:
        mime = (headers.get_header("WARC-Identified-Payload-Type") or "").split(";")[0].strip().lower()
        if mime in _GENERIC_TYPES and _looks_like_html(payload):
            mime = "text/html"
    if mime not in HTML_TYPES:
        return reject("not_html", f"content type {mime or 'unknown'}, not an HTML page; not coded")
    if charset and not _DECLARED_CHARSET.search(payload[:_SNIFF_BYTES]):
        payload = _to_utf8(payload, charset)
    crawl_day = _warc_day(headers.get_header("WARC-Date"))
    page_defaults = replace(defaults, date=crawl_day or defaults.date)
    item = _html_document(payload, where, page_defaults)
    if isinstance(item, Rejection):
        return Rejection(where, number, item.reason, f"{place}: {item.message.split(': ', 1)[-1]}")
    return replace(item, url=url or item.url)


def _content_type(record: Any) -> tuple[str, str | None]:
    """(mime type, charset) of the payload: the HTTP header's, else the WARC header's (resource records)."""
    value = None
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    if value is None and record.rec_type == "resource":
        value = record.rec_headers.get_header("Content-Type")
    if not value:
        return "", None
    parts = [part.strip() for part in value.split(";")]
    charset = None
    for part in parts[1:]:
        key, _, val = part.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return parts[0].lower(), charset


def _looks_like_html(payload: bytes) -> bool:
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _to_utf8(payload: bytes, charset: str) -> bytes:
    """The page re-encoded as UTF-8 when the HTTP header names its charset and the page itself does not."""
    try:
        codecs.lookup(charset)
    except LookupError:
        return payload
    return payload.decode(charset, errors="replace").encode("utf-8")


def _warc_day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parse_iso_date(value)
    except ValueError:
        return None


# ---------------------------------------------------------------------------- Parquet


def _read_parquet(path: Path, defaults: _Defaults, row_groups: Sequence[int] | None) -> Iterator[Document | Rejection]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    where = str(path)
    try:
        table = pq.ParquetFile(where)
    except FileNotFoundError as err:
        yield _unreadable(where, err)
        return
    except (OSError, pa.ArrowException) as err:
        yield Rejection(where, None, "malformed_file", f"{where}: not a readable Parquet file ({err})")
        return
    names = set(table.schema_arrow.names)
    if "text" not in names:
        yield Rejection(where, None, "missing_text", f"{where}: no \"text\" column; a string \"text\" is required")
        return
    columns = [c for c in PARQUET_COLUMNS if c in names]
    metadata = table.metadata
    groups = range(metadata.num_row_groups) if row_groups is None else row_groups
    firsts = [0]
    for index in range(metadata.num_row_groups):
        firsts.append(firsts[-1] + metadata.row_group(index).num_rows)
    for group in groups:
        number = firsts[group]
        try:
            batches = table.iter_batches(batch_size=_PARQUET_BATCH_ROWS, row_groups=[group], columns=columns)
            for batch in batches:
                for row in batch.to_pylist():
                    number += 1
                    yield _parquet_document(row, number, where, defaults)
        except (OSError, pa.ArrowException) as err:
            yield Rejection(where, number + 1, "malformed_file",
                            f"{where}:{number + 1}: row group {group} cannot be read ({err}); its rest skipped")


def _parquet_document(row: dict[str, Any], number: int, where: str, defaults: _Defaults) -> Document | Rejection:
    text = row.get("text")
    if isinstance(text, str):
        size = len(text.encode("utf-8"))
        if size > defaults.max_bytes:
            return _too_large(where, number, size, defaults.max_bytes, "the text")
    record = {key: _plain(value) for key, value in row.items() if value is not None}
    return _dict_document(record, number, where, where, defaults, [], unit="row")


def _plain(value: Any) -> Any:
    """Parquet dates and timestamps as the ISO strings a JSONL record would carry."""
    isoformat = getattr(value, "isoformat", None)
    return isoformat() if callable(isoformat) else value
