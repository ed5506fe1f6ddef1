"""Inputs at scale: WARC / WARC.gz web archives and Parquet tables of documents."""
from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest

pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tacitus.documents import Document, Rejection, text_id
from tacitus.inputs import REJECTION_REASONS, iter_inputs
from tacitus.inputs_scale import iter_parquet, iter_warc, parquet_row_group_count

PARAGRAPHS = (
    ("Thousands of farmers drove their tractors into the centre of the capital on Tuesday to protest against "
     "the new fuel tax, blocking the main avenues for several hours."),
    "The agriculture minister said the government would meet the farmers' unions next week.",
)
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Farmers protest fuel tax</title>{meta}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Farmers protest fuel tax</h1>{body}</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""
RUSSIAN = "Тысячи фермеров вышли на улицы столицы во вторник, протестуя против нового налога на топливо."


def page(paragraphs=PARAGRAPHS, meta: str = "", charset_meta: bool = True) -> bytes:
    html = PAGE.format(meta=meta, body="".join(f"<p>{p}</p>" for p in paragraphs))
    if not charset_meta:
        html = html.replace('<meta charset="utf-8">', "")
    return html.encode("utf-8")


class Archive:
    """Writes WARC records the way a crawler does (a request before each response)."""

    def __init__(self, gzip: bool) -> None:
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzip)
        self.count = 0

    def info(self) -> None:
        self.writer.write_record(self.writer.create_warcinfo_record("test.warc", {"software": "tacitus tests"}))
        self.count += 1

    def response(self, url: str, body: bytes, content_type: str = "text/html; charset=utf-8",
                 status: str = "200 OK", date: str = "2024-03-12T10:00:00Z", extra: dict | None = None) -> int:
        request = self.writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "example.org")], is_http_request=True))
        self.writer.write_record(request)
        http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                warc_headers_dict={"WARC-Date": date, **(extra or {})})
        self.writer.write_record(record)
        self.count += 2
        return self.count  # the response's record number

    def save(self, path: Path, cut: int = 0) -> Path:
        data = self.buffer.getvalue()
        path.write_bytes(data[: len(data) - cut] if cut else data)
        return path


def by_kind(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, Document)]
    rejections = [i for i in items if isinstance(i, Rejection)]
    return docs, rejections


@pytest.fixture(params=[True, False], ids=["warc.gz", "warc"])
def mixed_archive(request, tmp_path):
    """A crawl with a good page, a PDF, a redirect, a crawler-truncated page, a second good page, and a
    last page cut off by the end of the file."""
    gz = request.param
    archive = Archive(gzip=gz)
    archive.info()
    numbers = {
        "good": archive.response("https://news.example.org/farmers", page()),
        "pdf": archive.response("https://news.example.org/report.pdf", b"%PDF-1.4\n" + b"0" * 400,
                                content_type="application/pdf"),
        "redirect": archive.response("https://news.example.org/old", b"", status="301 Moved Permanently"),
        "crawler_cut": archive.response("https://news.example.org/long", page(), extra={"WARC-Truncated": "length"}),
        "dated": archive.response("https://news.example.org/dated", page(
            PARAGRAPHS[::-1], meta='<meta property="article:published_time" content="2024-03-10T08:00:00Z">')),
    }
    # Words that do not repeat, so that the cut falls inside this record even once gzipped.
    words = " ".join(f"word{i * 7919 % 10007}" for i in range(600))
    numbers["file_cut"] = archive.response("https://news.example.org/last", page([words]))
    path = archive.save(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), cut=600)
    return path, numbers


def test_warc_pages_become_documents_with_url_and_date_from_the_record(mixed_archive):
    path, _ = mixed_archive
    docs, _ = by_kind(iter_warc(path))
    assert [d.url for d in docs] == ["https://news.example.org/farmers", "https://news.example.org/dated"]
    first, second = docs
    assert PARAGRAPHS[0] in first.text and PARAGRAPHS[1] in first.text
    assert "All rights reserved" not in first.text and "Home" not in first.text
    assert first.id == text_id(first.text)
    assert first.source_path == str(path)
    # No date in the page: the crawl date (WARC-Date) stands in; the page's own date wins when it has one.
    assert first.date == "2024-03-12"
    assert second.date == "2024-03-10"


def test_warc_bad_records_are_reported_with_file_and_record_number(mixed_archive):
    path, numbers = mixed_archive
    _, rejections = by_kind(iter_warc(path))
    found = {(r.reason, r.line) for r in rejections}
    assert found == {("not_html", numbers["pdf"]), ("http_status", numbers["redirect"]),
                     ("truncated", numbers["crawler_cut"]), ("truncated", numbers["file_cut"])}
    for r in rejections:
        assert r.source_path == str(path)
        assert r.location() == f"{path}:{r.line}"
        assert r.reason in REJECTION_REASONS
    pdf = next(r for r in rejections if r.reason == "not_html")
    assert "application/pdf" in pdf.message and "report.pdf" in pdf.message


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc", "CRAWL.WARC.GZ"])
def test_iter_inputs_reads_warc_files_and_directories_of_them(tmp_path, name):
    archive = Archive(gzip=name.lower().endswith(".gz"))
    archive.response("https://news.example.org/farmers", page())
    folder = tmp_path / "crawls"
    folder.mkdir()
    path = archive.save(folder / name)
    for target in (path, folder):
        [doc] = list(iter_inputs([str(target)]))
        assert isinstance(doc, Document) and doc.url == "https://news.example.org/farmers"


def test_warc_charset_from_http_header_when_the_page_declares_none(tmp_path):
    archive = Archive(gzip=True)
    html = page([RUSSIAN, "Министр сельского хозяйства обещал встретиться с профсоюзами."], charset_meta=False)
    archive.response("https://news.example.ru/a", html.decode("utf-8").encode("cp1251"),
                     content_type="text/html; charset=windows-1251")
    [doc] = list(iter_warc(archive.save(tmp_path / "ru.warc.gz")))
    assert RUSSIAN in doc.text


def test_warc_resource_record_html_without_content_type_is_sniffed(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    writer.write_record(writer.create_warc_record("https://news.example.org/r", "resource",
                                                  payload=io.BytesIO(page()),
                                                  warc_content_type="application/octet-stream"))
    path = tmp_path / "res.warc"
    path.write_bytes(buffer.getvalue())
    [doc] = list(iter_warc(path))
    assert PARAGRAPHS[0] in doc.text


def test_garbage_inside_a_warc_stops_that_file_with_a_report_and_keeps_what_came_before(tmp_path):
    archive = Archive(gzip=False)
    number = archive.response("https://news.example.org/farmers", page())
    path = tmp_path / "bad.warc"
    path.write_bytes(archive.buffer.getvalue() + b"this is not a WARC record at all\r\n" * 20)
    items = list(iter_warc(path))
    docs, rejections = by_kind(items)
    assert len(docs) == 1
    assert [(r.reason, r.line) for r in rejections] == [("malformed_file", number + 1)]


def test_warc_payload_over_the_size_limit_is_rejected_alone(tmp_path):
    archive = Archive(gzip=True)
    big = archive.response("https://news.example.org/big", page(["Long. " * 2000]))
    archive.response("https://news.example.org/small", page())
    docs, rejections = by_kind(iter_warc(archive.save(tmp_path / "x.warc.gz"), max_bytes=5000))
    assert [d.url for d in docs] == ["https://news.example.org/small"]
    assert [(r.reason, r.line) for r in rejections] == [("too_large", big)]


# ---------------------------------------------------------------------------- Parquet


def write_parquet(path: Path, rows: list[dict], row_group_size: int | None = None) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return path


def test_parquet_rows_become_documents_checked_like_jsonl_records(tmp_path):
    rows = [
        {"id": "a1", "text": PARAGRAPHS[0], "date": datetime.date(2024, 3, 12), "lang": "en-GB", "url": "u1"},
        {"id": None, "text": PARAGRAPHS[1], "date": None, "lang": None, "url": None},
        {"id": "a3", "text": None, "date": None, "lang": "fr", "url": None},
        {"id": "a4", "text": "   ", "date": None, "lang": None, "url": None},
    ]
    path = write_parquet(tmp_path / "docs.parquet", rows)
    items = list(iter_inputs([str(path)], default_date="2020-01-01"))
    first, second, missing, empty = items
    assert (first.id, first.date, first.lang, first.url) == ("a1", "2024-03-12", "en", "u1")
    assert (second.id, second.date) == (text_id(PARAGRAPHS[1]), "2020-01-01")
    assert (missing.reason, missing.line, empty.reason, empty.line) == ("missing_text", 3, "empty", 4)


def test_parquet_row_groups_read_separately_keep_file_row_numbers(tmp_path):
    rows = [{"id": f"r{i}", "text": f"Sentence number {i}." if i != 4 else ""} for i in range(7)]
    path = write_parquet(tmp_path / "groups.parquet", rows, row_group_size=3)
    assert parquet_row_group_count(path) == 3
    whole = list(iter_parquet(path))
    parts = [item for group in range(3) for item in iter_parquet(path, row_groups=[group])]
    assert whole == parts
    [rejected] = [i for i in whole if isinstance(i, Rejection)]
    assert (rejected.reason, rejected.line) == ("empty", 5)


def test_parquet_without_text_column_or_not_parquet_is_reported(tmp_path):
    no_text = write_parquet(tmp_path / "notext.parquet", [{"body": "x"}])
    fake = tmp_path / "fake.parquet"
    fake.write_bytes(b"not parquet at all")
    reasons = [(i.reason, i.source_path) for i in iter_inputs([str(no_text), str(fake)])]
    assert reasons == [("missing_text", str(no_text)), ("malformed_file", str(fake))]


# ---------------------------------------------------------------------------- end to end


@pytest.mark.slow
def test_warc_with_bad_records_is_coded_and_the_bad_records_reported(mixed_archive):
    from tacitus.pipeline import Pipeline, RunSummary

    path, _ = mixed_archive
    summary = RunSummary()
    events = list(Pipeline().code_documents(iter_inputs([str(path)]), summary))
    assert summary.coded == 2
    assert dict(summary.rejected) == {"not_html": 1, "http_status": 1, "truncated": 2}
    assert events, "the farmers' protest is coded"
    assert {e.url for e in events} <= {"https://news.example.org/farmers", "https://news.example.org/dated"}
    assert any(e.event_type == "PROTEST" for e in events)
