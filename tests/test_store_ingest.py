"""`tacitus ingest` with the real pipeline: documents and events stored, re-runs idempotent, clusters independent
of the order documents arrive in, re-coding only with --recode (the model version stays on every event)."""
import json

import duckdb
import jsonschema
import pytest

from tacitus.inputs import iter_inputs
from tacitus.pipeline import Pipeline
from tacitus.schema import event_json_schema
from tacitus.store import EventStore, PipelineCoder, ingest

from test_store_support import news_corpus, run_cli, snapshot

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder():
    return PipelineCoder(Pipeline())


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("news") / "news.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in news_corpus()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, corpus_file, coder):
    db = tmp_path_factory.mktemp("store") / "news.duckdb"
    assert run_cli("ingest", str(corpus_file), "--db", str(db), "--batch-size", "7", "--quiet") == 0
    return db


def test_ingest_stores_every_document_and_events_that_slice_their_text(ingested, coder):
    docs = news_corpus()
    con = duckdb.connect(str(ingested), read_only=True)
    texts = dict(con.execute("SELECT id, text FROM documents").fetchall())
    records = [json.loads(r[0]) for r in con.execute("SELECT record FROM events").fetchall()]
    con.close()
    assert texts == {d["id"]: d["text"] for d in docs}
    assert len(records) >= len(docs) * 0.8
    validator = jsonschema.Draft202012Validator(event_json_schema())
    for record in records:
        validator.validate(record)
        text = texts[record["doc_id"]]
        assert text[record["evidence"]["start"]:record["evidence"]["end"]] == record["evidence"]["text"]
        for entity in record["actor"] + record["recipient"]:
            assert text[entity["start"]:entity["end"]] == entity["text"]
        assert record["model_version"] == coder.model_version


def test_reports_of_the_same_story_are_clustered_with_their_sources(ingested):
    con = duckdb.connect(str(ingested), read_only=True)
    biggest = con.execute("SELECT num_articles, num_sources FROM clusters ORDER BY num_articles DESC LIMIT 1").fetchone()
    copies = con.execute("SELECT count(*) FROM document_copies WHERE copy_of IS NOT NULL").fetchone()[0]
    con.close()
    assert biggest[0] >= 3 and biggest[1] >= 3
    docs = news_corpus()
    # Every document whose text another document already has is a copy (the -copy ones, and stories whose
    # wording repeats from one day to the next).
    assert copies == len(docs) - len({d["text"] for d in docs}) >= sum(d["id"].endswith("-copy") for d in docs)


def test_ingesting_the_same_input_again_changes_nothing(ingested, corpus_file, capsys):
    before = snapshot(ingested)
    assert run_cli("ingest", str(corpus_file), "--db", str(ingested)) == 0
    assert "stored: 0" in capsys.readouterr().err
    assert snapshot(ingested) == before


def test_clusters_are_the_same_whatever_order_documents_arrive_in(ingested, corpus_file, tmp_path, coder):
    docs = list(reversed(list(iter_inputs([str(corpus_file)]))))
    other = tmp_path / "reversed.duckdb"
    with EventStore(other) as store:
        ingest(store, docs[:40], coder, batch_size=5)
        ingest(store, docs[40:], coder, batch_size=11)
    mine, theirs = snapshot(other), snapshot(ingested)
    assert mine["clusters"] == theirs["clusters"] and mine["events"] == theirs["events"]


def test_recode_is_explicit_and_keeps_the_model_version_on_every_event(ingested, corpus_file, tmp_path, coder):
    db = tmp_path / "old.duckdb"
    db.write_bytes(ingested.read_bytes())
    con = duckdb.connect(str(db))
    con.execute("UPDATE documents SET model_version = 'tacitus-0.0.1'")
    con.execute("UPDATE events SET model_version = 'tacitus-0.0.1'")
    con.close()
    # A plain re-run keeps what an older model coded.
    assert run_cli("ingest", str(corpus_file), "--db", str(db), "--quiet") == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT DISTINCT model_version FROM events").fetchall() == [("tacitus-0.0.1",)]
    con.close()
    # --recode without INPUT re-codes every stored document from its stored text.
    assert run_cli("ingest", "--recode", "--db", str(db), "--quiet") == 0
    recoded, original = snapshot(db), snapshot(ingested)
    assert {r[3] for r in recoded["documents"]} == {coder.model_version}
    assert {json.loads(r[1])["model_version"] for r in recoded["events"]} == {coder.model_version}
    assert recoded["events"] == original["events"] and recoded["clusters"] == original["clusters"]


def test_ingest_without_input_or_recode_is_a_usage_error(tmp_path, capsys):
    assert run_cli("ingest", "--db", str(tmp_path / "x.duckdb")) == 2
    assert "needs INPUT" in capsys.readouterr().err
