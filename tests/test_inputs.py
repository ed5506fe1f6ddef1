"""Reading inputs: every kind of input, every kind of bad input, and what survives around it."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from tacitus.documents import Document, Rejection, text_id
from tacitus.inputs import (
    REJECTION_REASONS,
    decode_text,
    extract_html,
    iter_inputs,
    normalise_text,
    parse_iso_date,
)

FIXTURES = Path(__file__).parent / "fixtures" / "inputs"
GOOD_BEFORE = "Troops crossed the border on Monday, the defence ministry said."
GOOD_AFTER = "Le ministre des Affaires étrangères a reçu mardi son homologue marocain."


def read_all(inputs, **kwargs) -> list[Document | Rejection]:
    return list(iter_inputs([str(item) for item in inputs], **kwargs))


def jsonl_line(**record) -> str:
    return json.dumps(record, ensure_ascii=False)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


@pytest.fixture
def good_files(tmp_path):
    """Two good text files to put around a bad input."""
    return write(tmp_path / "before.txt", GOOD_BEFORE), write(tmp_path / "after.txt", GOOD_AFTER)


# ---------------------------------------------------------------------------- plain text


def test_text_file_becomes_one_document_with_a_text_derived_id(tmp_path):
    path = write(tmp_path / "story.txt", GOOD_BEFORE)
    [doc] = read_all([path])
    assert isinstance(doc, Document)
    assert doc.text == GOOD_BEFORE
    assert doc.id == text_id(GOOD_BEFORE)
    assert doc.source_path == str(path)
    assert (doc.date, doc.lang, doc.notes) == (None, None, ())


def test_same_text_in_two_files_gets_the_same_id_whatever_the_path_and_newlines(tmp_path):
    unix = write(tmp_path / "a" / "one.txt", "First line.\nSecond line.\n")
    windows = write(tmp_path / "b" / "two.text", b"First line.\r\nSecond line.\r\n")
    first, second = read_all([unix, windows])
    assert first.id == second.id
    assert first.source_path != second.source_path


def test_any_other_extension_is_read_as_text(tmp_path):
    path = write(tmp_path / "wire.md", GOOD_AFTER)
    [doc] = read_all([path])
    assert doc.text == GOOD_AFTER


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("\ufeffLeading BOM", "Leading BOM"),
        ("tab\there, nbsp\u00a0and zero\u200bwidth kept", "tab\there, nbsp\u00a0and zero\u200bwidth kept"),
    ],
)
def test_newlines_are_normalised_and_every_other_character_kept(raw, expected):
    assert normalise_text(raw) == expected


def test_utf8_bom_is_stripped_from_a_file(tmp_path):
    path = write(tmp_path / "bom.txt", "\ufeffLe président.".encode("utf-8"))
    [doc] = read_all([path])
    assert doc.text == "Le président."
    assert doc.notes == ()


def test_utf16_file_with_byte_order_mark_is_read(tmp_path):
    path = write(tmp_path / "wide.txt", "Президент провёл переговоры.".encode("utf-16"))
    [doc] = read_all([path])
    assert doc.text == "Президент провёл переговоры."
    assert "UTF-16" in doc.notes[0]


# ---------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Le président a décidé à Paris : « C’est l’été ». Émeutes à Nîmes.", "cp1252"),
        ("El presidente se reunió con líderes de la oposición en Bogotá.", "cp1252"),
        ("Der Außenminister äußerte sich über die Lage.", "latin-1"),
        ("Minister spraw zagranicznych Polski spotkał się z ambasadorem, omówił współpracę.", "cp1250"),
        ("Dışişleri Bakanı salı günü yaptığı açıklamada konuştu.", "cp1254"),
        ("Президент России провёл переговоры во вторник.", "cp1251"),
        ("Президент России провёл переговоры во вторник.", "koi8_r"),
        ("وزير الخارجية المصري إن القاهرة ستستضيف محادثات", "cp1256"),
        ("日本政府は火曜日、北朝鮮のミサイル発射に対して強く抗議した。", "shift_jis"),
        ("中国外交部发言人周二表示，北京将继续支持联合国。", "gb18030"),
    ],
)
def test_legacy_encoded_text_is_decoded_with_a_note_not_rejected(tmp_path, text, encoding):
    path = write(tmp_path / "legacy.txt", text.encode(encoding))
    [doc] = read_all([path])
    assert isinstance(doc, Document)
    assert doc.text == text
    assert len(doc.notes) == 1 and "not valid UTF-8" in doc.notes[0]


def test_mostly_utf8_text_with_a_damaged_byte_keeps_its_good_characters():
    data = "Le président a été reçu ".encode("utf-8") + b"\xff" + " à l’Élysée.".encode("utf-8")
    text, notes = decode_text(data)
    assert text == "Le président a été reçu \ufffd à l’Élysée."
    assert notes == ["invalid UTF-8: 1 undecodable byte sequence(s) replaced with U+FFFD"]


# ---------------------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    "name, content, reason, words",
    [
        ("empty.txt", b"", "empty", ["empty"]),
        ("blank.txt", b"  \n\t\r\n ", "empty", ["empty"]),
        ("bom_only.txt", b"\xef\xbb\xbf \n", "empty", ["empty"]),
        ("empty.jsonl", b"\n\n", "empty", ["empty"]),
        ("nothing.html", b"<html><head><title>t</title></head><body><script>var a;</script></body></html>",
         "empty", ["no text"]),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(100)), "binary", ["binary"]),
        ("controls.txt", b"ab\x01\x02\x03\x04\x05\x06\x07\x08cd" * 10, "binary", ["binary"]),
        ("data.jsonl", b'{"text": "x"}\n\x00\x00\x00\x01', "binary", ["binary"]),
        ("huge.txt", b"word " * 60, "too_large", ["300 bytes", "limit of 200 bytes"]),
        ("huge.html", b"<p>" + b"word " * 60 + b"</p>", "too_large", ["307 bytes", "limit of 200 bytes"]),
    ],
)
def test_bad_file_is_rejected_with_its_name_and_reading_goes_on(
    tmp_path, good_files, name, content, reason, words
):
    bad = write(tmp_path / name, content)
    before, after = good_files
    items = read_all([before, bad, after], max_bytes=200)
    assert [type(item) for item in items] == [Document, Rejection, Document]
    rejection = items[1]
    assert rejection.reason == reason
    assert rejection.source_path == str(bad)
    assert rejection.message.startswith(str(bad))
    for word in words:
        assert word in rejection.message
    assert [items[0].text, items[2].text] == [GOOD_BEFORE, GOOD_AFTER]


def test_missing_path_is_rejected_as_not_found_and_reading_goes_on(tmp_path, good_files):
    before, after = good_files
    missing = tmp_path / "no-such-file.txt"
    items = read_all([before, missing, after])
    assert [type(item) for item in items] == [Document, Rejection, Document]
    assert items[1].reason == "not_found"
    assert str(missing) in items[1].message


def test_file_that_vanishes_during_a_directory_walk_is_unreadable(tmp_path):
    for name, text in [("a.txt", GOOD_BEFORE), ("b.txt", "Soon gone."), ("c.txt", GOOD_AFTER)]:
        write(tmp_path / "dir" / name, text)
    items = iter_inputs([str(tmp_path / "dir")])
    first = next(items)
    (tmp_path / "dir" / "b.txt").unlink()
    rest = list(items)
    assert first.text == GOOD_BEFORE
    assert [type(item) for item in rest] == [Rejection, Document]
    assert rest[0].reason == "unreadable"
    assert "b.txt" in rest[0].message and "vanished" in rest[0].message
    assert rest[1].text == GOOD_AFTER


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_file_without_read_permission_is_unreadable(tmp_path, good_files):
    locked = write(tmp_path / "locked.txt", "secret")
    locked.chmod(0)
    before, after = good_files
    try:
        items = read_all([before, locked, after])
    finally:
        locked.chmod(0o644)
    assert [type(item) for item in items] == [Document, Rejection, Document]
    assert items[1].reason == "unreadable"
    assert "locked.txt" in items[1].message


# ---------------------------------------------------------------------------- JSONL


@pytest.mark.parametrize(
    "bad_line, reason, words",
    [
        ('{"id": "a2", "text": "unterminated', "malformed_json", ["malformed JSON", "Unterminated string"]),
        ("not json at all", "malformed_json", ["malformed JSON", "Expecting value"]),
        ('["a", "list"]', "malformed_json", ["expected a JSON object", "list"]),
        ('{"id": "a2", "body": "no text field"}', "missing_text", ['no "text" field']),
        ('{"id": "a2", "text": 42}', "missing_text", ['"text" is int']),
        ('{"id": "a2", "text": null}', "missing_text", ['no "text" field']),
        ('{"id": "a2", "text": " \\n\\t "}', "empty", ['"text" is empty']),
        (jsonl_line(id="a2", text="word " * 50), "too_large", ["the line is", "limit of 200 bytes"]),
    ],
)
def test_bad_jsonl_line_is_rejected_with_its_line_number_and_the_other_lines_kept(
    tmp_path, bad_line, reason, words
):
    lines = [jsonl_line(id="a1", text=GOOD_BEFORE), bad_line, jsonl_line(id="a3", text=GOOD_AFTER)]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    items = read_all([path], max_bytes=200)
    assert [type(item) for item in items] == [Document, Rejection, Document]
    rejection = items[1]
    assert (rejection.reason, rejection.line, rejection.source_path) == (reason, 2, str(path))
    assert rejection.message.startswith(f"{path}:2: ")
    assert rejection.location() == f"{path}:2"
    for word in words:
        assert word in rejection.message
    assert [items[0].id, items[2].id] == ["a1", "a3"]


def test_jsonl_line_numbers_count_blank_lines(tmp_path):
    path = write(tmp_path / "gaps.jsonl", "\n" + jsonl_line(text=GOOD_BEFORE) + "\n\n{oops\n")
    items = read_all([path])
    assert [type(item) for item in items] == [Document, Rejection]
    assert items[1].line == 4


def test_jsonl_line_with_invalid_utf8_is_kept_with_a_note(tmp_path):
    good = jsonl_line(id="x", text="Le président").encode("utf-8")
    damaged = good.replace("é".encode("utf-8"), b"\xe9")
    path = write(tmp_path / "damaged.jsonl", damaged + b"\n")
    [doc] = read_all([path])
    assert doc.text == "Le pr\ufffdsident"
    assert doc.notes == ("line 1: invalid UTF-8, 1 byte sequence(s) replaced with U+FFFD",)


@pytest.mark.parametrize("given, expected", [("story-17", "story-17"), (17, "17"), (3.5, "3.5")])
def test_jsonl_ids_are_kept_as_strings(tmp_path, given, expected):
    path = write(tmp_path / "ids.jsonl", jsonl_line(id=given, text=GOOD_BEFORE))
    [doc] = read_all([path])
    assert doc.id == expected


@pytest.mark.parametrize("given", [None, "", ["a"], True])
def test_jsonl_record_without_a_usable_id_gets_the_text_id(tmp_path, given):
    record = {"text": GOOD_BEFORE} if given is None else {"id": given, "text": GOOD_BEFORE}
    path = write(tmp_path / "noid.jsonl", json.dumps(record))
    [doc] = read_all([path])
    assert doc.id == text_id(GOOD_BEFORE)


def test_jsonl_metadata_fields_are_read(tmp_path):
    record = jsonl_line(
        id="afp-1", text="Un texte.\r\nSur deux lignes.", date="2023-11-02", lang="fr-FR",
        url="https://example.org/a", title="Un titre", source="AFP",
    )
    path = write(tmp_path / "meta.jsonl", "\ufeff" + record)
    [doc] = read_all([path])
    assert doc == Document(
        id="afp-1", text="Un texte.\nSur deux lignes.", date="2023-11-02", lang="fr",
        url="https://example.org/a", title="Un titre", source="AFP", source_path=str(path),
    )


def test_jsonl_lang_falls_back_to_the_default_lang(tmp_path):
    path = write(tmp_path / "langs.jsonl", "\n".join([
        jsonl_line(text="one", lang="ES"), jsonl_line(text="two"), jsonl_line(text="three", lang=""),
    ]))
    assert [doc.lang for doc in read_all([path], default_lang="ru")] == ["es", "ru", "ru"]


# ---------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T23:30:00Z", "2024-03-05"),
        ("2024-03-05T23:30:00+05:00", "2024-03-05"),
        ("2024-03-05 08:00:00", "2024-03-05"),
        (" 2024-03-05 ", "2024-03-05"),
    ],
)
def test_iso_dates_and_datetimes_keep_their_date_part(value, expected):
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize("value", ["05/03/2024", "2024-02-30", "2024-3-5", "yesterday", "2024-03-05Tnoon", 20240305])
def test_non_iso_dates_are_refused(value):
    with pytest.raises(ValueError):
        parse_iso_date(value)


@pytest.mark.parametrize(
    "record, default_date, expected_date, note",
    [
        ({"date": "2024-03-05"}, None, "2024-03-05", None),
        ({"publication_date": "2024-03-05T10:00:00Z"}, None, "2024-03-05", None),
        ({"date": "2024-03-05"}, "2020-01-01", "2024-03-05", None),
        ({}, "2020-01-01", "2020-01-01", None),
        ({"date": None}, "2020-01-01", "2020-01-01", None),
        ({}, None, None, None),
        ({"date": "March 5"}, "2020-01-01", None, '"date" ignored, date unknown'),
        ({"date": "2024-13-01"}, None, None, '"date" ignored, date unknown'),
    ],
)
def test_jsonl_date_comes_from_the_record_else_the_default_and_never_today(
    tmp_path, record, default_date, expected_date, note
):
    path = write(tmp_path / "dates.jsonl", json.dumps({"text": GOOD_BEFORE, **record}))
    [doc] = read_all([path], default_date=default_date)
    assert doc.date == expected_date
    if note is None:
        assert doc.notes == ()
    else:
        assert len(doc.notes) == 1 and doc.notes[0].startswith("line 1: ") and note in doc.notes[0]


def test_text_file_takes_the_default_date_and_lang(tmp_path):
    path = write(tmp_path / "story.txt", GOOD_AFTER)
    [doc] = read_all([path], default_date="2022-06-30T12:00:00", default_lang="FR")
    assert (doc.date, doc.lang) == ("2022-06-30", "fr")


def test_bad_default_date_is_refused_before_reading_anything(tmp_path):
    with pytest.raises(ValueError, match="not an ISO date"):
        iter_inputs([str(tmp_path / "missing.txt")], default_date="30/06/2022")


def test_max_bytes_must_be_positive():
    with pytest.raises(ValueError, match="max_bytes"):
        iter_inputs(["-"], max_bytes=0)


# ---------------------------------------------------------------------------- directories


def test_directory_is_read_recursively_in_sorted_order_skipping_hidden_and_other_files(tmp_path):
    root = tmp_path / "corpus"
    write(root / "b.txt", "B text.")
    write(root / "a.txt", "A text.")
    write(root / "sub" / "d.jsonl", jsonl_line(id="d1", text="D one.") + "\n" + jsonl_line(id="d2", text="D two."))
    write(root / "sub" / "c.html", "<html><body><article><p>C page.</p></article></body></html>")
    write(root / "sub" / "deeper" / "e.htm", "<html><body><p>E page.</p></body></html>")
    write(root / "z.TXT", "Z text.")
    write(root / ".hidden.txt", "Hidden.")
    write(root / ".git" / "x.txt", "Inside a hidden directory.")
    write(root / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(root / "notes.md", "Not a news file.")
    write(root / "record.json", jsonl_line(text="Not JSONL."))
    items = read_all([root])
    assert all(isinstance(item, Document) for item in items)
    assert [item.text for item in items] == ["A text.", "B text.", "C page.", "D one.", "D two.", "E page.", "Z text."]
    assert items[3].source_path == str(root / "sub" / "d.jsonl")


def test_directory_symlink_loop_is_not_followed(tmp_path):
    root = tmp_path / "corpus"
    write(root / "a.txt", "A text.")
    (root / "loop").symlink_to(root, target_is_directory=True)
    assert [item.text for item in read_all([root])] == ["A text."]


def test_empty_directory_yields_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    assert read_all([tmp_path / "empty"]) == []


# ---------------------------------------------------------------------------- HTML


def test_html_article_text_is_kept_and_boilerplate_dropped():
    [doc] = read_all([FIXTURES / "news_article.html"], default_date="2000-01-01")
    for kept in (
        "Negotiators from Armenia and Azerbaijan met in Geneva on Tuesday",
        "set up a joint working group of surveyors",
        "A second round is expected in April",
    ):
        assert kept in doc.text
    for dropped in (
        "Accept all cookies", "Subscribe for one dollar", "Most read", "Ten recipes",
        "All rights reserved", "Privacy policy", "dataLayer", "font-family",
    ):
        assert dropped not in doc.text
    assert doc.title == "Border talks resume in Geneva after three-month pause"
    assert doc.date == "2024-03-12"  # the page's own date wins over --date
    assert doc.url == "https://ledger.example.org/world/2024/03/12/border-talks-geneva"
    assert doc.source == "The Daily Ledger"
    assert doc.id == text_id(doc.text)
    assert doc.notes == ()


def test_html_page_without_a_date_takes_the_default_date(tmp_path):
    page = write(tmp_path / "undated.html", (
        "<html><body><nav><a href='/'>Home</a></nav><article><h1>Ceasefire holds</h1>"
        f"<p>{GOOD_BEFORE} {GOOD_BEFORE}</p><p>{GOOD_AFTER}</p></article></body></html>"
    ))
    [doc] = read_all([page], default_date="2021-09-09")
    assert doc.date == "2021-09-09"
    assert GOOD_AFTER in doc.text


def test_html_page_where_trafilatura_finds_no_article_falls_back_to_visible_text(tmp_path, monkeypatch):
    monkeypatch.setattr("trafilatura.bare_extraction", lambda *args, **kwargs: None)
    page = write(tmp_path / "fragment.htm", (
        "<html><head><title>Not body text</title><style>p {color: red}</style></head><body>"
        "<p>Rebels <b>seized</b>   the town.</p><!-- a comment --><script>track()</script>"
        "<table><tr><td>Casualties</td><td>12</td></tr></table></body></html>"
    ))
    [doc] = read_all([page])
    assert doc.text == "Rebels seized the town.\nCasualties 12"
    for dropped in ("Not body text", "color: red", "a comment", "track()"):
        assert dropped not in doc.text
    assert doc.notes == ("no article found by trafilatura; all visible text of the page kept",)


@pytest.mark.parametrize("use_trafilatura", [True, False])
@pytest.mark.parametrize(
    "page, encoding",
    [
        ("<html><head><meta charset='windows-1252'></head><body><p>Le président à Nîmes</p></body></html>", "cp1252"),
        ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=koi8-r'></head>"
         "<body><p>Президент провёл переговоры</p></body></html>", "koi8_r"),
        ("<html><body><p>Le président à Nîmes</p></body></html>", "utf-8"),
    ],
)
def test_html_text_is_decoded_by_its_declared_charset_else_as_utf8(monkeypatch, page, encoding, use_trafilatura):
    if not use_trafilatura:
        monkeypatch.setattr("trafilatura.bare_extraction", lambda *args, **kwargs: None)
    body = page.split("<p>")[1].split("</p>")[0]
    assert body in extract_html(page.encode(encoding)).text


# ---------------------------------------------------------------------------- stdin


def feed_stdin(monkeypatch, content: str | bytes) -> None:
    if isinstance(content, bytes):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(content), encoding="utf-8"))
    else:
        monkeypatch.setattr("sys.stdin", io.StringIO(content))


def test_stdin_starting_with_a_brace_is_read_as_jsonl(monkeypatch):
    feed_stdin(monkeypatch, "\n  " + jsonl_line(id="s1", text=GOOD_BEFORE) + "\n{broken\n" + jsonl_line(text=GOOD_AFTER))
    items = read_all(["-"])
    assert [type(item) for item in items] == [Document, Rejection, Document]
    assert items[0].id == "s1" and items[0].source_path is None
    assert (items[1].reason, items[1].line, items[1].source_path) == ("malformed_json", 3, None)
    assert items[1].message.startswith("<stdin>:3: ")
    assert items[2].id == text_id(GOOD_AFTER)


def test_stdin_text_is_one_document(monkeypatch):
    feed_stdin(monkeypatch, "\n" + GOOD_AFTER + "\r\n{not json, just a brace}\n")
    [doc] = read_all(["-"], default_lang="fr")
    assert doc.text == "\n" + GOOD_AFTER + "\n{not json, just a brace}\n"
    assert (doc.lang, doc.source_path) == ("fr", None)


def test_stdin_bytes_in_a_legacy_encoding_are_decoded_with_a_note(monkeypatch):
    feed_stdin(monkeypatch, "Le président a été reçu à l'Élysée.".encode("cp1252"))
    [doc] = read_all(["-"])
    assert doc.text == "Le président a été reçu à l'Élysée."
    assert "cp1252" in doc.notes[0]


@pytest.mark.parametrize(
    "content, reason, words",
    [
        ("", "empty", ["<stdin>"]),
        ("  \n\n ", "empty", ["<stdin>"]),
        ("word " * 60, "too_large", ["<stdin>", "300 bytes", "limit of 200"]),
        (b"\x00\x01binary\x00", "binary", ["<stdin>"]),
    ],
)
def test_bad_stdin_is_rejected(monkeypatch, content, reason, words):
    feed_stdin(monkeypatch, content)
    [rejection] = read_all(["-"], max_bytes=200)
    assert rejection.reason == reason
    for word in words:
        assert word in rejection.message


def test_stdin_jsonl_line_over_the_limit_is_rejected_alone(monkeypatch):
    feed_stdin(monkeypatch, jsonl_line(text="word " * 60) + "\n" + jsonl_line(id="ok", text=GOOD_BEFORE) + "\n")
    items = read_all(["-"], max_bytes=200)
    assert [(type(item), getattr(item, "line", None)) for item in items] == [(Rejection, 1), (Document, None)]
    assert items[0].reason == "too_large" and items[1].id == "ok"


def test_stdin_can_be_mixed_with_files(monkeypatch, good_files):
    before, after = good_files
    feed_stdin(monkeypatch, "From the pipe.")
    assert [item.text for item in read_all([before, "-", after])] == [GOOD_BEFORE, "From the pipe.", GOOD_AFTER]


# ---------------------------------------------------------------------------- catalogue


def test_every_rejection_reason_produced_is_described(tmp_path):
    write(tmp_path / "mix" / "empty.txt", "")
    write(tmp_path / "mix" / "binary.txt", b"\x00\x01\x02")
    write(tmp_path / "mix" / "big.txt", "x" * 50)
    write(tmp_path / "mix" / "feed.jsonl", '{"text": 1}\n{bad\n')
    items = read_all([tmp_path / "mix", tmp_path / "missing"], max_bytes=20)
    reasons = {item.reason for item in items}
    assert reasons == {"empty", "binary", "too_large", "missing_text", "malformed_json", "not_found"}
    assert reasons <= REJECTION_REASONS.keys()
    assert "unreadable" in REJECTION_REASONS


def test_jsonl_source_country_is_read_and_a_bad_one_noted(tmp_path):
    path = write(tmp_path / "countries.jsonl", "\n".join([
        jsonl_line(text="one", source_country="che"), jsonl_line(text="two", source_country="Suisse"),
        jsonl_line(text="three"),
    ]))
    docs = read_all([path])
    assert [doc.source_country for doc in docs] == ["CHE", None, None]
    assert any("source_country" in note and "Suisse" in note for note in docs[1].notes)
