"""The Spark job gives the single-process events, and a failed task retried duplicates none.

Runs pyspark in local mode (Java 17); select it alone with `pytest -m spark`.
"""
from __future__ import annotations

import io
import json
import shutil
import sys
from importlib import resources
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java on PATH", allow_module_level=True)

from tacitus.spark import (
    EVENT_PARTITION,
    REJECTIONS_FOLDER,
    SUMMARY_FILE,
    JobConfig,
    event_row,
    make_mapper,
    output_schema,
    pack_units,
    run_job,
    spark_session,
    work_units,
)

pytestmark = [pytest.mark.slow, pytest.mark.spark]

DATA = Path(__file__).parent / "data"
ARTICLE = ("<html><head><title>Farmers protest</title></head><body><article>"
           "<p>Thousands of farmers protested in Paris on Tuesday against the new fuel tax.</p>"
           "<p>The police arrested twelve demonstrators near the National Assembly.</p></article></body></html>")


def _write_corpus(root: Path) -> None:
    """Several files of several kinds, so that several tasks run on both executor cores."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    root.mkdir()
    sample = resources.files("tacitus").joinpath("data/samples/sample.jsonl").read_text(encoding="utf-8")
    (root / "a_sample.jsonl").write_text(sample + '{"id": "broken"\n', encoding="utf-8")
    rows = []
    for name in ("attributes_gold.jsonl", "places_gold.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["lang"] in ("fr", "en", "es", "ru", "ar"):
                rows.append({"id": record["id"], "text": record["text"], "date": record.get("doc_date"),
                             "lang": record["lang"] if len(rows) % 2 else None})
    pq.write_table(pa.Table.from_pylist(rows[:120]), root / "b_table.parquet", row_group_size=40)
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, body, kind in (("https://news.example.org/a", ARTICLE.encode(), "text/html"),
                            ("https://news.example.org/b.pdf", b"%PDF-1.4 not a page", "application/pdf")):
        http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                      warc_headers_dict={"WARC-Date": "2024-03-12T09:00:00Z"}))
    (root / "c_crawl.warc.gz").write_bytes(buffer.getvalue())
    (root / "d_note.txt").write_text("Le gouvernement malien a expulsé l'ambassadeur de France mardi.",
                                     encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("spark") / "corpus"
    _write_corpus(root)
    return root


@pytest.fixture(scope="module")
def expected(corpus):
    """Rows and summary of the single-process run."""
    from tacitus.inputs import iter_inputs
    from tacitus.pipeline import Pipeline, RunSummary

    summary = RunSummary()
    events = list(Pipeline().code_documents(iter_inputs([str(corpus)]), summary))
    return [event_row(e) for e in events], summary


@pytest.fixture(scope="module")
def spark():
    # local[2,2]: two executor cores, and a failed task is tried once more.
    session = spark_session("local[2,2]", app_name="tacitus-test",
                            conf={"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2"})
    yield session
    session.stop()


def _written_rows(output: Path) -> list[dict]:
    import pyarrow.dataset as ds

    table = ds.dataset(str(output), format="parquet", partitioning="hive").to_table()
    rows = table.to_pylist()
    for row in rows:
        row[EVENT_PARTITION] = str(row[EVENT_PARTITION])
    return rows


def _comparable(rows: list[dict]) -> list[dict]:
    columns = [c for c in output_schema().names if c not in ("kind", "reason", "location", "message")]
    return sorted(({c: row.get(c) for c in columns} for row in rows), key=lambda r: r["event_json"])


def test_units_split_parquet_row_groups_and_keep_the_reading_order(corpus):
    units = work_units([str(corpus)])
    assert [Path(p).name for p, _ in units] == ["a_sample.jsonl"] + ["b_table.parquet"] * 3 + \
        ["c_crawl.warc.gz", "d_note.txt"]
    assert [g for _, g in units] == [-1, 0, 1, 2, -1, -1]


@pytest.mark.parametrize("count", [1, 2, 4, 6])
def test_units_are_packed_into_tasks_of_about_equal_size(tmp_path, count):
    sizes = [900, 50, 400, 400, 10, 10, 300, 200]
    units = []
    for k, size in enumerate(sizes):
        path = tmp_path / f"f{k}.txt"
        path.write_text("x" * size)
        units.append((str(path), -1))
    groups = pack_units(units, count)
    assert sorted(u for g in groups for u in g) == sorted(units)
    loads = [sum(sizes[units.index(u)] for u in g) for g in groups]
    assert len(groups) == min(count, len(units))
    assert max(loads) <= max(max(sizes), sum(sizes) / count + max(sizes))
    if count == 2:
        assert sorted(loads) == [1120, 1150]  # largest first, each to the lightest group


def test_spark_output_equals_the_single_process_run(spark, corpus, expected, tmp_path):
    rows, summary = expected
    output = tmp_path / "out"
    result = run_job(spark, [str(corpus)], str(output))
    written = _written_rows(output)
    assert len(rows) > 10
    assert _comparable(written) == _comparable(rows)
    assert len({r["id"] for r in written}) == len(written)
    partitions = {p.name for p in output.iterdir() if p.name.startswith(EVENT_PARTITION + "=")}
    assert partitions == {f"{EVENT_PARTITION}={r[EVENT_PARTITION]}" for r in rows}
    assert (result.documents_read, result.documents_coded, result.events) == \
        (summary.read, summary.coded, summary.events)
    assert result.rejected_by_reason == dict(summary.rejected)
    # Models load once per Python worker process, not once per task (6 units here, at most 2 processes).
    assert result.pipelines_loaded <= result.worker_processes <= 2
    assert json.loads((output / SUMMARY_FILE).read_text())["events"] == summary.events
    reports = [json.loads(line) for f in sorted((output / REJECTIONS_FOLDER).glob("part-*.json"))
               for line in f.read_text().splitlines()]
    assert sorted(r["reason"] for r in reports) == sorted(summary.rejected.elements())


def _flaky(config: JobConfig, marker: str):
    """The job's mapper, except that the first attempt of the first task writes some rows, then fails."""
    mapper = make_mapper(config)

    def run(batches):
        from pyspark import TaskContext

        produced = mapper(batches)
        context = TaskContext.get()
        if context.partitionId() == 0 and context.attemptNumber() == 0:
            yield next(produced)
            Path(marker).write_text("failed once", encoding="utf-8")
            raise RuntimeError("injected failure of a task's first attempt")
        yield from produced

    return run


def test_a_failed_task_is_retried_without_duplicate_events(spark, corpus, expected, tmp_path):
    from pyspark import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    rows, _ = expected
    output, marker = tmp_path / "out", tmp_path / "failed.txt"
    # A stale file from an earlier run in OUTPUT must not survive either: the folder is overwritten.
    (output / f"{EVENT_PARTITION}=1999-01-01").mkdir(parents=True)
    (output / f"{EVENT_PARTITION}=1999-01-01" / "old.parquet").write_bytes(b"stale")
    run_job(spark, [str(corpus)], str(output), mapper=_flaky(JobConfig(), str(marker)))
    assert marker.read_text() == "failed once"
    written = _written_rows(output)
    assert _comparable(written) == _comparable(rows)
    assert len({r["id"] for r in written}) == len(written)


def test_cli_reports_usage_errors_without_starting_spark(capsys):
    from tacitus.spark_cli import main

    assert main(["in", "out", "--conf", "no-equals-sign"]) == 2
    assert "KEY=VALUE" in capsys.readouterr().err


def test_the_corpus_exercises_every_reader_of_the_job(expected):
    rows, _ = expected
    # The text file's sentence and the WARC page are coded and carry where they came from.
    paths = {Path(r["source_path"]).name for r in rows if r["source_path"]}
    assert {"d_note.txt", "c_crawl.warc.gz"} <= paths
    assert any(r["url"] == "https://news.example.org/a" for r in rows)
