"""Reading inputs: files, directories, JSONL, HTML and stdin, turned into Documents.

Every bad input becomes a Rejection that says where it was and why, and reading goes on with
the rest: one broken line in a million-line JSONL file must not stop a run.
"""
from __future__ import annotations

import codecs
import io
import itertools
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Sequence

from tacitus.documents import Document, Rejection, text_id

REJECTION_REASONS: dict[str, str] = {
    "not_found": "the path does not exist",
    "unreadable": "the file could not be read (permission denied, vanished, I/O error)",
    "empty": "the file or the document's text is empty or only whitespace",
    "binary": "the file is binary, not text",
    "too_large": "the document is larger than the size limit",
    "malformed_json": "a JSONL line is not a valid JSON object",
    "missing_text": "a JSONL record has no string \"text\" field",
    # WARC and Parquet inputs (tacitus/inputs_scale.py).
    "not_html": "a WARC record's payload is not a web page (a PDF, an image, a feed...)",
    "http_status": "a WARC record is an HTTP response other than success (a redirect, an error page)",
    "truncated": "a WARC record is cut short (WARC-Truncated, or the file ends inside it)",
    "malformed_file": "a WARC or Parquet file whose structure cannot be read past this point",
}

DEFAULT_MAX_BYTES = 10_000_000
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
# What a directory walk picks up; anything else in a directory is not news text.
DIRECTORY_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
DATE_ALIASES = ("date", "publication_date")
# Read by tacitus/inputs_scale.py: web archives (Common Crawl News) and Parquet tables of documents.
SCALE_SUFFIXES = (".warc", ".warc.gz", ".parquet")


def is_scale_input(path: Path) -> bool:
    """True for a .warc, .warc.gz or .parquet file (matched on the whole name: ".warc.gz" has two dots)."""
    return path.name.lower().endswith(SCALE_SUFFIXES)

_SNIFF_BYTES = 8192
_BINARY_CONTROL_SHARE = 0.10
# Control bytes that plain text does contain: tab, newline, vertical tab, form feed, return.
_TEXT_CONTROLS = frozenset({9, 10, 11, 12, 13})
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$")
_SKIP_CHUNK = 1 << 20


def parse_iso_date(value: object) -> str:
    """The YYYY-MM-DD date of an ISO date or datetime string; ValueError when it is not one."""
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date string, got {type(value).__name__}")
    text = value.strip()
    match = _ISO_DATE.match(text)
    if match is None:
        raise ValueError(f"not an ISO date (YYYY-MM-DD): {value!r}")
    try:
        day = date.fromisoformat(match.group(1))  # rejects 2024-02-30
        if len(text) > 10:
            datetime.fromisoformat(text)  # the time part must be valid too
    except ValueError as err:
        raise ValueError(f"not a valid ISO date: {value!r} ({err})") from None
    return day.isoformat()


@dataclass(frozen=True)
class _Defaults:
    date: str | None
    lang: str | None
    max_bytes: int


def iter_inputs(
    inputs: Sequence[str],
    default_date: str | None = None,
    default_lang: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document | Rejection]:
    """Documents and rejections from each input in turn, lazily.

    An input is a file (.jsonl/.ndjson: one JSON document per line; .html/.htm: a web page;
    .warc/.warc.gz: a web archive, one document per HTML response; .parquet: a table of documents;
    anything else: plain text), a directory (read recursively in sorted order, hidden entries
    skipped, only .txt/.html/.htm/.jsonl/.warc/.warc.gz/.parquet files), or "-" for stdin.
    default_date and default_lang apply where a document says nothing itself.
    Raises ValueError at once for a bad default_date or max_bytes.
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    defaults = _Defaults(
        date=parse_iso_date(default_date) if default_date is not None else None,
        lang=_normalise_lang(default_lang),
        max_bytes=max_bytes,
    )
    return _iter_all(list(inputs), defaults)


def _iter_all(inputs: list[str], defaults: _Defaults) -> Iterator[Document | Rejection]:
    for item in inputs:
        if item == "-":
            yield from _read_stdin(defaults)
        else:
            yield from _read_path(Path(item), defaults)


# ---------------------------------------------------------------------------- paths


def _read_path(path: Path, defaults: _Defaults) -> Iterator[Document | Rejection]:
    where = str(path)
    if not os.path.exists(path):  # a dangling symlink is not found either
        yield Rejection(where, None, "not_found", f"{where}: no such file or directory")
        return
    if path.is_dir():
        yield from _read_directory(path, defaults)
    else:
        yield from _read_file(path, defaults)


def _read_file(path: Path, defaults: _Defaults) -> Iterator[Document | Rejection]:
    suffix = path.suffix.lower()
    if is_scale_input(path):
        from tacitus.inputs_scale import read_scale_file  # warcio/pyarrow only when such files come

        yield from read_scale_file(path, defaults)
    elif suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, defaults)
    elif suffix in HTML_SUFFIXES:
        yield from _read_html_file(path, defaults)
    else:
        yield from _read_text_file(path, defaults)


def _read_directory(root: Path, defaults: _Defaults) -> Iterator[Document | Rejection]:
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as err:
        yield _unreadable(str(root), err)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            # Symlinked directories are not followed: they can loop back up the tree.
            if not entry.is_symlink():
                yield from _read_directory(entry, defaults)
        elif entry.suffix.lower() in DIRECTORY_SUFFIXES or is_scale_input(entry):
            # Listed a moment ago: if it is gone now, it vanished, which _read_file reports.
            yield from _read_file(entry, defaults)


def _unreadable(where: str, err: OSError) -> Rejection:
    if isinstance(err, FileNotFoundError):
        why = "it vanished while being read"
    else:
        why = err.strerror or type(err).__name__
    return Rejection(where, None, "unreadable", f"{where}: cannot read: {why}")


def _too_large(where: str | None, line: int | None, size: int, limit: int, what: str) -> Rejection:
    label = where or "<stdin>"
    place = f"{label}:{line}" if line is not None else label
    return Rejection(
        where, line, "too_large",
        f"{place}: {what} is {size:,} bytes, over the limit of {limit:,} bytes",
    )


def _read_bytes(path: Path, defaults: _Defaults) -> bytes | Rejection:
    """The whole file, or why not: too large (checked before reading), unreadable, empty, binary."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > defaults.max_bytes:
            return _too_large(where, None, size, defaults.max_bytes, "the file")
        with path.open("rb") as handle:
            # Read one byte past the limit: the file may have grown since stat().
            data = handle.read(defaults.max_bytes + 1)
    except OSError as err:
        return _unreadable(where, err)
    if len(data) > defaults.max_bytes:
        return _too_large(where, None, len(data), defaults.max_bytes, "the file")
    if not data.strip():
        return Rejection(where, None, "empty", f"{where}: the file is empty")
    if _looks_binary(data[:_SNIFF_BYTES]):
        return Rejection(where, None, "binary", f"{where}: binary content, not text")
    return data


def _read_text_file(path: Path, defaults: _Defaults) -> Iterator[Document | Rejection]:
    data = _read_bytes(path, defaults)
    if isinstance(data, Rejection):
        yield data
        return
    yield _text_document(data, str(path), defaults)


def _text_document(data: bytes, where: str | None, defaults: _Defaults) -> Document | Rejection:
    text, notes = decode_text(data)
    text = normalise_text(text)
    if not text.strip():
        label = where or "<stdin>"
        return Rejection(where, None, "empty", f"{label}: the text is empty")
    return Document(
        id=text_id(text), text=text, date=defaults.date, lang=defaults.lang,
        source_path=where, notes=tuple(notes),
    )


# ---------------------------------------------------------------------------- text decoding


def _looks_binary(sample: bytes) -> bool:
    if _utf16_or_32_bom(sample):
        return False
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for byte in sample if (byte < 32 and byte not in _TEXT_CONTROLS) or byte == 127)
    return controls / len(sample) > _BINARY_CONTROL_SHARE


def _utf16_or_32_bom(data: bytes) -> str | None:
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def normalise_text(text: str) -> str:
    """Newlines as \\n and no leading BOM; every other character kept so offsets stay stable."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Text from bytes, never failing: UTF-8 when it is UTF-8, else the likeliest legacy encoding.

    Returns the text and notes saying what was assumed or replaced.
    """
    bom_encoding = _utf16_or_32_bom(data)
    if bom_encoding:
        return _decode_counting(data, bom_encoding, f"decoded as {bom_encoding.upper()} (byte order mark)")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    kept = data.decode("utf-8", errors="ignore")
    bad = len(replaced) - len(kept)
    valid_multibyte = sum(1 for ch in kept if ord(ch) > 0x7F)
    if valid_multibyte > bad:
        # Mostly UTF-8 with damaged bytes: a legacy guess would garble all the good characters.
        text = replaced[1:] if replaced.startswith("\ufeff") else replaced
        return text, [f"invalid UTF-8: {bad} undecodable byte sequence(s) replaced with U+FFFD"]
    encoding = guess_legacy_encoding(data)
    return _decode_counting(data, encoding, f"not valid UTF-8; decoded as {encoding} (guessed)")


def _decode_counting(data: bytes, encoding: str, note: str) -> tuple[str, list[str]]:
    replaced = data.decode(encoding, errors="replace")
    bad = len(replaced) - len(data.decode(encoding, errors="ignore"))
    if bad:
        note += f"; {bad} undecodable byte sequence(s) replaced with U+FFFD"
    return replaced, [note]


# Single-byte encodings of most legacy news, in the order ties are broken (Western European
# first: the commonest, and accented Latin text often decodes equally cleanly under several).
_SINGLE_BYTE_ENCODINGS = (
    "cp1252", "cp1251", "cp1250", "koi8_r", "cp1256", "cp1253", "cp1254", "cp1255", "cp1257",
)
# Tried after charset_normalizer's own candidates, which name the right CJK codec far more
# often than a garble score can (GB18030 decodes Shift-JIS bytes into clean-looking Han).
_MULTI_BYTE_ENCODINGS = ("gb18030", "big5", "shift_jis", "euc_jp", "euc_kr")
# Letters of Icelandic and Faroese only: under cp1252 they are what Turkish cp1254 bytes become.
_UNLIKELY_LETTERS = frozenset("ÐðÞþ")
# Symbols below this (Latin-1 signs, cp125x punctuation) are what mis-decoded letters turn
# into; CJK and full-width punctuation above it sit next to letters in correct text.
_CJK_PUNCTUATION_START = 0x2E80
# The non-ASCII letters of the standard orthographies of Latin-script news languages. A word
# whose accented letters fit no single one of them is a wrong decoding ("Èeská" for "Česká").
_LATIN_ALPHABETS = tuple(frozenset(letters) for letters in (
    "àâæçéèêëîïôœùûüÿ",      # French
    "áéíñóúü",               # Spanish
    "áâãàçéêíóôõú",          # Portuguese
    "àèéìíîòóùú",            # Italian
    "äöüß",                  # German
    "éèëïöüó",               # Dutch
    "àçèéíïòóúü",            # Catalan
    "çğıöşüâîû",             # Turkish
    "ąćęłńóśźż",             # Polish
    "áčďéěíňóřšťúůýž",       # Czech
    "áäčďéíĺľňóôŕšťúýž",     # Slovak
    "ăâîșşțţ",               # Romanian (comma and cedilla forms)
    "áéíóöőúüű",             # Hungarian
    "čćđšž",                 # Croatian, Bosnian, Serbian and Slovene Latin
    "åäöé",                  # Swedish, Finnish
    "æøåé",                  # Danish, Norwegian
    "áðéíóúýþæö",            # Icelandic
    "ąčęėįšųūž",             # Lithuanian
    "āčēģīķļņšūž",           # Latvian
    "äõöüšž",                # Estonian
    "çë",                    # Albanian
))
_GUESS_SAMPLE_BYTES = 16384
# Punctuation legitimately found next to letters in legacy-encoded news.
_WORD_PUNCTUATION = frozenset("’‘“”«»„‚–—…·•€£¥°§%&'\"-")


def guess_legacy_encoding(data: bytes) -> str:
    """The encoding under which the bytes read most like text (charset_normalizer's candidates
    and the common legacy code pages, scored by how garbled each decoding looks)."""
    sample = data[:_GUESS_SAMPLE_BYTES]
    candidates = list(_SINGLE_BYTE_ENCODINGS)
    try:
        from charset_normalizer import from_bytes  # installed with trafilatura
    except ImportError:
        from_bytes = None
    if from_bytes is not None:
        candidates += [match.encoding for match in from_bytes(sample)]
    candidates += _MULTI_BYTE_ENCODINGS
    best, best_score = "latin-1", None
    for encoding in candidates:
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        try:
            # final=False: the sample may end inside a multi-byte character.
            text = decoder.decode(sample, final=len(sample) == len(data))
        except (UnicodeDecodeError, LookupError):
            continue
        score = _garble_score(text)
        if best_score is None or score < best_score:
            best, best_score = encoding, score
    return best


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    head = name.split(" ", 1)[0]
    # Japanese mixes these inside one word; Chinese and Korean text may carry Han too.
    return "CJK" if head in {"CJK", "HIRAGANA", "KATAKANA", "HANGUL"} else head


def _garble_score(text: str) -> int:
    """How many signs of a wrong decoding the text shows: control characters, symbols glued to
    letters (Polish 'ł' read as cp1252 gives 'spotka³'), words mixing scripts or flipping to
    upper case mid-word (KOI8-R read as cp1251)."""
    score = 0
    for word in text.split():
        letters = [ch for ch in word if ch.isalpha()]
        if not letters:
            continue
        if len({_script(ch) for ch in letters}) > 1:
            score += 2
        accented = {ch.lower() for ch in letters if ord(ch) > 0x7F and _script(ch) == "LATIN"}
        if accented and not any(accented <= alphabet for alphabet in _LATIN_ALPHABETS):
            score += 2
        for i, ch in enumerate(word):
            if ord(ch) < 0x80:
                continue
            category = unicodedata.category(ch)
            if category[0] == "C":
                score += 3
            elif (
                not ch.isalpha() and category[0] != "M" and ch not in _WORD_PUNCTUATION
                and ord(ch) < _CJK_PUNCTUATION_START
            ):
                before = word[i - 1] if i else ""
                after = word[i + 1] if i + 1 < len(word) else ""
                if before.isalpha() or after.isalpha():
                    score += 1
            elif ch in _UNLIKELY_LETTERS or (i and ch.isupper() and word[i - 1].islower()):
                score += 1
    return score


# ---------------------------------------------------------------------------- HTML


def _read_html_file(path: Path, defaults: _Defaults) -> Iterator[Document | Rejection]:
    data = _read_bytes(path, defaults)
    if isinstance(data, Rejection):
        yield data
        return
    yield _html_document(data, str(path), defaults)


def _html_document(data: bytes, where: str, defaults: _Defaults) -> Document | Rejection:
    page = extract_html(data)
    text = normalise_text(page.text)
    if not text.strip():
        return Rejection(where, None, "empty", f"{where}: no text found in the HTML page")
    notes: list[str] = []
    if page.fallback:
        notes.append("no article found by trafilatura; all visible text of the page kept")
    day = defaults.date
    if page.date:
        try:
            day = parse_iso_date(page.date)
        except ValueError as err:
            notes.append(f"page date ignored: {err}")
    return Document(
        id=text_id(text), text=text, date=day, lang=defaults.lang,
        url=page.url, title=page.title, source=page.source,
        source_path=where, notes=tuple(notes),
    )


@dataclass(frozen=True)
class HtmlPage:
    """What a web page yields: its article text and the metadata found with it."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    fallback: bool = False   # True when no article was found and the text is all visible text


def extract_html(data: bytes) -> HtmlPage:
    """Article text of a web page (boilerplate dropped) with its title, date, url and site name."""
    import trafilatura  # heavy; only HTML inputs need it
    from trafilatura.settings import set_date_params

    result = trafilatura.bare_extraction(
        data,
        include_comments=False,
        favor_precision=False,
        with_metadata=True,
        # No extensive search: it takes dates from anywhere on the page (a copyright year).
        date_extraction_params=set_date_params(False),
    )
    if result is None:
        return HtmlPage(_plain_html_text(data), fallback=True)

    def field(name: str) -> str | None:
        value = getattr(result, name, None)
        return (value.strip() or None) if isinstance(value, str) else None

    text = result.text or ""
    fallback = not text.strip()
    if fallback:
        text = _plain_html_text(data)
    return HtmlPage(
        text, title=field("title"), date=field("date"), url=field("url"),
        source=field("sitename"), fallback=fallback,
    )


_NON_TEXT_TAGS = ("script", "style", "noscript", "template", "svg", "head")
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset|<\?xml[^>]+encoding", re.IGNORECASE)
# Elements that start a new line of text when a browser renders them.
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
})


def _plain_html_text(data: bytes) -> str:
    """All visible text of a page, one block per line: the fallback when trafilatura finds no article."""
    from lxml import etree, html

    try:
        if _DECLARED_CHARSET.search(data[:_SNIFF_BYTES]):
            root = html.fromstring(data)
        else:
            # Undeclared, libxml2 reads bytes as Latin-1; UTF-8 is the likelier encoding.
            root = html.fromstring(decode_text(data)[0])
    except (etree.ParserError, ValueError):
        return ""
    etree.strip_elements(root, *_NON_TEXT_TAGS, etree.Comment, with_tail=False)
    for element in root.iter(etree.Element):
        if element.tag in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            element.text = "\n" + (element.text or "")
        elif element.tag in ("td", "th"):
            element.tail = " " + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------- JSONL


def _read_jsonl_file(path: Path, defaults: _Defaults) -> Iterator[Document | Rejection]:
    where = str(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        yield _unreadable(where, err)
        return
    with handle:
        try:
            head = handle.peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if hasattr(handle, "peek") else b""
        except OSError as err:
            yield _unreadable(where, err)
            return
        if _looks_binary(head):
            yield Rejection(where, None, "binary", f"{where}: binary content, not JSONL")
            return
        seen_any = False
        try:
            for item in _jsonl_records(_limited_lines(handle, defaults.max_bytes), where, defaults):
                seen_any = True
                yield item
        except OSError as err:
            yield _unreadable(where, err)
            return
        if not seen_any:
            yield Rejection(where, None, "empty", f"{where}: the file is empty")


def _limited_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[bytes | None, int]]:
    """(line, size) for each line; line is None when longer than limit, which is skipped unread."""
    while True:
        line = stream.readline(limit + 2)  # room for the limit plus "\r\n"
        if not line:
            return
        content = line.rstrip(b"\r\n")
        if len(content) <= limit:
            yield line, len(content)
            continue
        size = len(content)
        while not line.endswith(b"\n"):
            line = stream.readline(_SKIP_CHUNK)
            if not line:
                break
            size += len(line.rstrip(b"\r\n"))
        yield None, size


def _jsonl_records(
    lines: Iterable[tuple[bytes | None, int]], where: str | None, defaults: _Defaults
) -> Iterator[Document | Rejection]:
    """Documents from JSONL lines; blank lines are skipped, every other line yields one item."""
    label = where or "<stdin>"
    for number, (raw, size) in enumerate(lines, start=1):
        if raw is None:
            yield _too_large(where, number, size, defaults.max_bytes, "the line")
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if not raw.strip():
            continue
        raw = raw.rstrip(b"\r\n")
        notes: list[str] = []
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("utf-8", errors="replace")
            bad = len(line) - len(raw.decode("utf-8", errors="ignore"))
            notes.append(f"line {number}: invalid UTF-8, {bad} byte sequence(s) replaced with U+FFFD")
        yield _record_document(line, number, where, label, defaults, notes)


def _record_document(
    line: str, number: int, where: str | None, label: str, defaults: _Defaults, notes: list[str]
) -> Document | Rejection:
    place = f"{label}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return Rejection(
            where, number, "malformed_json",
            f"{place}: malformed JSON: {err.msg} (column {err.colno})",
        )
    if not isinstance(record, dict):
        return Rejection(
            where, number, "malformed_json",
            f"{place}: expected a JSON object, got {type(record).__name__}",
        )
    return _dict_document(record, number, where, label, defaults, notes)


def _dict_document(
    record: dict, number: int, where: str | None, label: str, defaults: _Defaults, notes: list[str],
    unit: str = "line",
) -> Document | Rejection:
    """A document from one record's fields (a JSONL line, a Parquet row: `unit` names which in notes)."""
    place = f"{label}:{number}"
    text = record.get("text")
    if not isinstance(text, str):
        got = "no \"text\" field" if text is None else f"\"text\" is {type(text).__name__}"
        return Rejection(where, number, "missing_text", f"{place}: {got}; a string \"text\" is required")
    text = normalise_text(text)
    if not text.strip():
        return Rejection(where, number, "empty", f"{place}: \"text\" is empty")

    doc_id = _record_id(record.get("id"), text, notes)
    day = defaults.date
    for key in DATE_ALIASES:
        if record.get(key) is not None:
            try:
                day = parse_iso_date(record[key])
            except ValueError as err:
                notes.append(f"{unit} {number}: \"{key}\" ignored, date unknown: {err}")
                day = None
            break
    lang = _normalise_lang(record.get("lang")) if isinstance(record.get("lang"), str) else None
    return Document(
        id=doc_id, text=text, date=day, lang=lang or defaults.lang,
        url=_string_field(record, "url"), title=_string_field(record, "title"),
        source=_string_field(record, "source"), source_country=_country_field(record, number, unit, notes),
        source_path=where, notes=tuple(notes),
    )


def _country_field(record: dict, number: int, unit: str, notes: list[str]) -> str | None:
    """The publisher's country: a three-letter code ("ITA", "ita"); anything else is noted and ignored."""
    value = _string_field(record, "source_country")
    if value is None:
        return None
    if re.fullmatch(r"[A-Za-z]{3}", value):
        return value.upper()
    notes.append(f"{unit} {number}: \"source_country\" ignored: {value!r} is not a three-letter country code")
    return None


def _record_id(value: object, text: str, notes: list[str]) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or value == "":
        if value is not None and value != "":
            notes.append(f"\"id\" ignored (a {type(value).__name__}); id derived from the text")
        return text_id(text)
    return str(value)


def _string_field(record: dict, key: str) -> str | None:
    value = record.get(key)
    return (value.strip() or None) if isinstance(value, str) else None


def _normalise_lang(value: str | None) -> str | None:
    """'fr', 'FR', 'fr-FR' and 'fr_CA' all mean 'fr'; blank means unknown."""
    if value is None:
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code or None


# ---------------------------------------------------------------------------- stdin


def _read_stdin(defaults: _Defaults) -> Iterator[Document | Rejection]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        # A text stream without bytes underneath (a test's StringIO, an embedding app).
        stream = io.BytesIO(sys.stdin.read().encode("utf-8"))
    lines = _limited_lines(stream, defaults.max_bytes)
    head: list[tuple[bytes | None, int]] = []
    first = b""
    for item in lines:
        head.append(item)
        raw = item[0]
        if raw is None:
            # A first line over the limit: read as JSONL it is rejected alone, the rest goes on.
            first = b"{"
            break
        if raw.lstrip(codecs.BOM_UTF8).strip():
            first = raw.lstrip(codecs.BOM_UTF8).lstrip()[:1]
            break
    if not head or not first:
        yield Rejection(None, None, "empty", "<stdin>: no input")
        return
    if first == b"{":
        yield from _jsonl_records(itertools.chain(head, lines), None, defaults)
        return
    yield _stdin_text(head, stream, defaults)


def _stdin_text(head: list[tuple[bytes, int]], stream: BinaryIO, defaults: _Defaults) -> Document | Rejection:
    limit = defaults.max_bytes
    start = b"".join(raw for raw, _ in head)
    data = start + stream.read(max(0, limit + 1 - len(start)))
    if len(data) > limit:
        size = len(data)
        while chunk := stream.read(_SKIP_CHUNK):
            size += len(chunk)
        return _too_large(None, None, size, limit, "the text")
    if _looks_binary(data[:_SNIFF_BYTES]):
        return Rejection(None, None, "binary", "<stdin>: binary content, not text")
    return _text_document(data, None, defaults)
