"""The event store: idempotent writes, copies, re-coding, clusters across articles, filters and aggregations.

Events here are built by hand (tests/test_store_support.py) so that every expected value can be computed by
reading the test; tests/test_store_ingest.py runs the same paths with the real pipeline.
"""
import json
import random
from datetime import date

import duckdb
import pandas as pd
import pytest

from tacitus.documents import Document, Rejection
from tacitus.store import EventStore, Filters, QueryError, StoreError, aggregate, ingest, select_events
from tacitus.store.clusters import Mention, cluster_mentions
from tacitus.store.query import clusters_list, event_detail, event_records, network

from test_store_support import MODEL, ListCoder, corpus, make_event, run_cli, snapshot


@pytest.fixture
def items():
    return corpus()


@pytest.fixture
def store_path(tmp_path, items):
    path = tmp_path / "events.duckdb"
    with EventStore(path) as store:
        ingest(store, [d for d, _ in items], ListCoder({d.id: ev for d, ev in items}), batch_size=2)
    return path


def test_ingest_stores_documents_with_their_text_and_events(store_path, items):
    with EventStore(store_path, read_only=True) as store:
        con = store.cursor()
        assert store.counts() == {"documents": 6, "events": 8, "clusters": 5}
        text, model = con.execute("SELECT text, model_version FROM documents WHERE id = 'c1'").fetchone()
        assert text == dict((d.id, d) for d, _ in items)["c1"].text
        assert model == MODEL
        assert {r[0] for r in con.execute("SELECT DISTINCT model_version FROM events").fetchall()} == {MODEL}


def test_ingesting_again_stores_nothing_twice_and_codes_nothing(store_path, items):
    before = snapshot(store_path)
    coder = ListCoder({d.id: ev for d, ev in items})
    with EventStore(store_path) as store:
        summary = ingest(store, [d for d, _ in items] * 2, coder)
    assert coder.calls == []
    assert summary.skipped == 12 and summary.stored == 0
    assert snapshot(store_path) == before


def test_a_document_twice_in_one_run_is_stored_once(tmp_path, items):
    doc, events = items[0]
    with EventStore(tmp_path / "s.duckdb") as store:
        summary = ingest(store, [doc, doc, doc], ListCoder({doc.id: events}), batch_size=10)
        assert summary.stored == 1 and summary.skipped == 2
        assert store.counts()["documents"] == 1


def test_same_id_with_another_text_keeps_the_stored_text_and_says_so(store_path, items):
    doc = items[0][0]
    changed = Document(id=doc.id, text=doc.text + " More.", date=doc.date, lang="en")
    with EventStore(store_path) as store:
        summary = ingest(store, [changed], ListCoder({}))
        stored = store.cursor().execute("SELECT text FROM documents WHERE id = ?", [doc.id]).fetchone()[0]
    assert stored == doc.text
    assert any("different text" in note for note in summary.notes)


def test_identical_texts_from_two_publishers_are_two_documents_marked_as_copies(store_path):
    with EventStore(store_path, read_only=True) as store:
        con = store.cursor()
        copies = dict(con.execute("SELECT id, copy_of FROM document_copies WHERE id IN ('a1', 'a2')").fetchall())
        detail = event_detail(con, con.execute("SELECT id FROM events WHERE doc_id = 'a2' LIMIT 1").fetchone()[0])
    assert copies == {"a1": None, "a2": "a1"}
    assert detail["document"]["copy_of"] == "a1" and detail["document"]["n_copies"] == 1


def test_rejections_and_uncodable_documents_are_counted_not_stored(tmp_path, items):
    doc, events = items[0]
    stranger = Document(id="zz", text="Ein Text.", lang="xx")
    with EventStore(tmp_path / "s.duckdb") as store:
        summary = ingest(store, [Rejection("bad.jsonl", 3, "malformed_json", "not JSON"), doc, stranger],
                         ListCoder({doc.id: events}))
        assert store.counts()["documents"] == 1
    assert dict(summary.rejected) == {"malformed_json": 1, "unknown_language": 1}
    assert summary.read == 3 and summary.stored == 1


def test_recode_replaces_events_coded_by_another_model_version_only_when_asked(store_path, items):
    before = snapshot(store_path)
    newer = ListCoder({d.id: ev for d, ev in items}, model_version="test-model-2")
    with EventStore(store_path) as store:
        ingest(store, [d for d, _ in items], newer)
    assert snapshot(store_path) == before and newer.calls == []
    with EventStore(store_path) as store:
        summary = ingest(store, store.documents_to_recode(newer.model_version), newer, recode=True, batch_size=4)
        con = store.cursor()
        versions = {r[0] for r in con.execute("SELECT DISTINCT model_version FROM events").fetchall()}
        doc_versions = {r[0] for r in con.execute("SELECT DISTINCT model_version FROM documents").fetchall()}
        assert store.counts() == {"documents": 6, "events": 8, "clusters": 5}
    assert summary.recoded == 6 and versions == doc_versions == {"test-model-2"}
    # Re-running the re-code finds nothing left to do.
    with EventStore(store_path) as store:
        assert list(store.documents_to_recode("test-model-2")) == []


def test_reports_of_one_event_form_one_cluster_with_article_and_source_counts(store_path):
    with EventStore(store_path, read_only=True) as store:
        rows = clusters_list(store.cursor(), Filters(event_type=("ASSAULT",))).records()
    shelling = [r for r in rows if r["num_mentions"] == 3]
    assert len(shelling) == 1
    # a1 and a2 (a verbatim copy from another publisher) on Monday at Kharkiv, a3 the next day, unplaced.
    assert shelling[0]["num_articles"] == 3 and shelling[0]["num_sources"] == 3
    assert shelling[0]["first_date"] == date(2024, 3, 4) and shelling[0]["last_date"] == date(2024, 3, 5)
    # The historical report (aux mode) of the same dyad is not merged with them.
    assert {r["num_mentions"] for r in rows} == {3, 1}


def _mention(i, day, place=None, country=None, event_type="ASSAULT", aux="", doc=None, source=None,
             confidence=0.5):
    return Mention(id=f"e{i}", event_type=event_type, actor_code="RUSMIL", recipient_code="UKR", aux=aux,
                   day=date.fromisoformat(day) if day else None, place=place, country=country,
                   doc_id=doc or f"d{i}", source=source, confidence=confidence)


@pytest.mark.parametrize("mentions, groups", [
    ([_mention(1, "2024-03-04"), _mention(2, "2024-03-05")], [{"e1", "e2"}]),
    ([_mention(1, "2024-03-04"), _mention(2, "2024-03-06")], [{"e1"}, {"e2"}]),
    # Windows do not chain: a daily shelling for three days is two events, not one.
    ([_mention(1, "2024-03-04"), _mention(2, "2024-03-05"), _mention(3, "2024-03-06")], [{"e1", "e2"}, {"e3"}]),
    ([_mention(1, "2024-03-04", "706483", "UKR"), _mention(2, "2024-03-04", "703448", "UKR")], [{"e1"}, {"e2"}]),
    ([_mention(1, "2024-03-04", "706483", "UKR"), _mention(2, "2024-03-04")], [{"e1", "e2"}]),
    ([_mention(1, "2024-03-04", "706483", "UKR"), _mention(2, "2024-03-04", None, "UKR")], [{"e1", "e2"}]),
    ([_mention(1, "2024-03-04", "706483", "UKR"), _mention(2, "2024-03-04", "703448", "UKR"),
      _mention(3, "2024-03-04")], [{"e1"}, {"e2"}, {"e3"}]),
    ([_mention(1, "2024-03-04"), _mention(2, "2024-03-04", aux="negation")], [{"e1"}, {"e2"}]),
    ([_mention(1, "2024-03-04"), _mention(2, "2024-03-04", event_type="ACCUSE")], [{"e1"}, {"e2"}]),
    ([_mention(1, None), _mention(2, None)], [{"e1"}, {"e2"}]),
], ids=["next-day", "two-days-apart", "no-chaining", "two-cities", "unplaced-joins-the-place",
        "country-level-joins-its-city", "unplaced-between-two-places", "negation-apart", "type-apart", "undated"])
def test_cluster_rules(mentions, groups):
    clusters = cluster_mentions(mentions)
    assert sorted(map(set, (c.members for c in clusters)), key=sorted) == sorted(groups, key=sorted)


def test_cluster_counts_sources_by_publisher_and_picks_the_most_confident_root():
    mentions = [_mention(1, "2024-03-04", doc="d1", source="Wire", confidence=0.6),
                _mention(2, "2024-03-04", doc="d1", source="Wire", confidence=0.9),
                _mention(3, "2024-03-04", doc="d2", source="Wire"), _mention(4, "2024-03-04", doc="d3")]
    (cluster,) = cluster_mentions(mentions)
    assert (cluster.num_mentions, cluster.num_articles, cluster.num_sources) == (4, 3, 2)
    assert cluster.root_event_id == "e2"


@pytest.mark.parametrize("seed", [1, 2])
def test_clusters_do_not_depend_on_ingest_order(tmp_path, items, store_path, seed):
    shuffled = items[:]
    random.Random(seed).shuffle(shuffled)
    other = tmp_path / f"order{seed}.duckdb"
    with EventStore(other) as store:
        # One document per transaction, clusters rebuilt after each: the end state must not care.
        for doc, events in shuffled:
            ingest(store, [doc], ListCoder({doc.id: events}), batch_size=1)
    assert snapshot(other) == snapshot(store_path)


def _ids(path, filters):
    with EventStore(path, read_only=True) as store:
        return sorted({r["doc_id"] for r in select_events(store.cursor(), filters, limit=1000).records()})


@pytest.mark.parametrize("filters, doc_ids", [
    (Filters(), ["a1", "a2", "a3", "b1", "c1", "d1"]),
    (Filters(date_from="2024-03-05"), ["a3", "c1"]),
    (Filters(date_to="2024-03-04", date_from="2024-03-04"), ["a1", "a2", "b1"]),
    (Filters(actor_country=("UKR",)), ["a1", "a2"]),
    (Filters(actor_country=("ukr", "FRA")), ["a1", "a2", "b1", "d1"]),
    (Filters(recipient_country=("DEU",)), ["b1", "d1"]),
    (Filters(country=("DEU",)), ["b1", "d1"]),
    (Filters(sector=("MIL",)), ["a1", "a2", "a3", "c1"]),
    (Filters(event_type=("AGREE", "consult")), ["b1", "d1"]),
    (Filters(mode=("aerial",)), ["a1", "a2", "a3", "c1"]),
    (Filters(quad_class=(1,)), ["b1", "d1"]),
    (Filters(context=("human_rights",)), ["a1", "a2"]),
    (Filters(language=("fr",)), ["d1"]),
    (Filters(source=("Wire One",)), ["a1", "b1"]),
    (Filters(text="shelled KHARKIV"), ["a1", "a2", "a3", "c1"]),
    (Filters(text="forces shelled"), ["a1", "a2", "c1"]),
    (Filters(text="troops"), ["a3"]),
    (Filters(text="président"), ["d1"]),
    (Filters(text="nowhere"), []),
    (Filters(min_confidence=0.85), ["a3"]),
    (Filters(doc_id="b1"), ["b1"]),
    (Filters(event_type=("ASSAULT",), actor_country=("RUS",), date_to="2024-03-31"), ["a1", "a2", "a3"]),
], ids=lambda v: "" if isinstance(v, list) else None)
def test_filters_select_the_expected_events(store_path, filters, doc_ids):
    assert _ids(store_path, filters) == doc_ids


@pytest.mark.parametrize("hostile", ["RUS') OR 1=1 --", "x'; DROP TABLE events; --", "%", "_"])
def test_filter_values_never_become_sql(store_path, hostile):
    # Codes must look like codes; what passes goes through as a bound value and matches nothing.
    try:
        assert _ids(store_path, Filters.from_mapping({"actor_country": hostile})) == []
    except QueryError:
        pass
    assert _ids(store_path, Filters(text=hostile)) == []
    assert _ids(store_path, Filters(doc_id=hostile)) == []
    with EventStore(store_path, read_only=True) as store:
        assert store.counts()["events"] == 8


@pytest.mark.parametrize("values, message", [
    ({"date_from": "2024-13-01"}, "ISO date"), ({"event_type": "FIGHT"}, "PLOVER type"),
    ({"quad_class": "5"}, "quad_class"), ({"min_confidence": 2}, "between 0 and 1"),
    ({"country": ",".join(["AAA"] * 60)}, "at most 50"), ({"text": "x" * 300}, "at most 200"),
])
def test_bad_filters_are_refused_with_a_reason(values, message):
    with pytest.raises(QueryError, match=message):
        Filters.from_mapping(values)


def test_dyad_counts_and_goldstein_sums_by_day(store_path):
    with EventStore(store_path, read_only=True) as store:
        rows = aggregate(store.cursor(), "dyad", Filters(), interval="day").records()
    by = {(str(r["period"]), r["actor_country"], r["recipient_country"]): (r["events"], r["goldstein_sum"]) for r in rows}
    # ASSAULT/aerial is CAMEO 180 (Goldstein -9) in tacitus/data/cameo.json.
    assert by[("2024-03-04", "RUS", "UKR")] == (2, -18.0)
    assert by[("2024-03-05", "RUS", "UKR")] == (1, -9.0)
    assert by[("2024-03-04", "UKR", "RUS")][0] == 2


def test_counting_clusters_instead_of_events(store_path):
    with EventStore(store_path, read_only=True) as store:
        con = store.cursor()
        events = aggregate(con, "quad", Filters(), interval="month").records()
        clusters = aggregate(con, "quad", Filters(), interval="month", unit="clusters").records()
    march = lambda rows, unit: {r["quad_class"]: r[unit] for r in rows if str(r["period"]) == "2024-03-01"}  # noqa: E731
    assert march(events, "events") == {1: 1, 3: 2, 4: 3}
    assert march(clusters, "clusters") == {1: 1, 3: 1, 4: 1}


def test_country_year_counts_each_side(store_path):
    with EventStore(store_path, read_only=True) as store:
        rows = {(r["country"], r["year"]): r for r in aggregate(store.cursor(), "country-year", Filters()).records()}
    assert rows[("RUS", 2024)]["events_as_actor"] == 4 and rows[("RUS", 2024)]["events_as_recipient"] == 2
    assert rows[("FRA", 2023)]["events_as_actor"] == 1 and rows[("DEU", 2023)]["events_as_recipient"] == 1


def test_goldstein_series_and_places_and_network(store_path):
    with EventStore(store_path, read_only=True) as store:
        con = store.cursor()
        series = {str(r["period"]): r for r in aggregate(con, "goldstein", Filters(), interval="year").records()}
        places = aggregate(con, "places", Filters()).records()
        graph = network(con, Filters())
    assert series["2023-01-01"]["events"] == 1 and series["2024-01-01"]["events"] == 7
    assert {(p["name"], p["events"]) for p in places} == {("Kharkiv", 3), ("Paris", 2)}
    assert {(e["source"], e["target"], e["events"]) for e in graph["edges"]} == {
        ("RUS", "UKR", 4), ("UKR", "RUS", 2), ("FRA", "DEU", 2)}


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv", "parquet"])
def test_query_command_writes_every_format(store_path, tmp_path, capsys, fmt):
    out = tmp_path / f"q.{fmt}"
    assert run_cli("query", "--db", str(store_path), "--type", "ASSAULT", "--format", fmt, "--output", str(out)) == 0
    if fmt == "parquet":
        frame = pd.read_parquet(out)
    elif fmt == "csv":
        frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    elif fmt == "jsonl":
        frame = pd.DataFrame([json.loads(line) for line in out.read_text().splitlines()])
    else:
        text = out.read_text()
        assert text.splitlines()[0].split()[:3] == ["id", "event_date", "event_type"]
        assert "(4 rows)" in text
        return
    assert len(frame) == 4 and set(frame["event_type"]) == {"ASSAULT"}


def test_query_command_leaves_out_events_by_auxiliary_mode(store_path, tmp_path):
    out = tmp_path / "q.jsonl"
    assert run_cli("query", "--db", str(store_path), "--type", "ASSAULT", "--without-aux", "historical",
                   "--format", "jsonl", "--output", str(out)) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["doc_id"] for r in rows) == ["a1", "a2", "a3"]   # c1 is marked historical


def test_query_command_aggregates_and_reports_bad_input(store_path, capsys):
    assert run_cli("query", "--db", str(store_path), "--aggregate", "quad", "--interval", "year",
                   "--format", "jsonl") == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sum(r["events"] for r in rows) == 8
    assert run_cli("query", "--db", str(store_path), "--from", "yesterday") == 2
    assert "ISO date" in capsys.readouterr().err


def test_a_missing_store_or_a_foreign_file_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="tacitus ingest"):
        EventStore(tmp_path / "none.duckdb", read_only=True)
    foreign = tmp_path / "other.duckdb"
    duckdb.connect(str(foreign)).close()
    with pytest.raises(StoreError, match="not a tacitus store"):
        EventStore(foreign, read_only=True)
    assert run_cli("query", "--db", str(tmp_path / "none.duckdb")) == 2


def test_events_of_an_unchanged_store_keep_their_cluster_ids_when_more_arrive(store_path):
    """Adding unrelated events must not renumber existing clusters (ids are content-derived)."""
    before = {r[0]: r[2] for r in snapshot(store_path)["events"]}
    doc = Document(id="z1", text="Germany protested in Berlin.", date="2025-01-01", lang="en", source="X")
    event = make_event(doc, doc.text, event_type="PROTEST", actor=("Germany", "DEU", "GOV"), trigger="protested")
    with EventStore(store_path) as store:
        ingest(store, [doc], ListCoder({"z1": [event]}))
    after = {r[0]: r[2] for r in snapshot(store_path)["events"]}
    assert {k: after[k] for k in before} == before


def test_negated_and_hypothetical_events_can_be_left_out_of_counts(tmp_path):
    # "Russia denied shelling Kharkiv" is stored as a negated ASSAULT: an analyst counting attacks leaves it out.
    doc = Document(id="n1", text="Russian forces shelled Kharkiv. Russia denied shelling Kyiv. Russia could shell "
                   "Odesa.", date="2024-03-04", lang="en", source="Wire One")
    events = [make_event(doc, "Russian forces shelled Kharkiv.", event_type="ASSAULT",
                         actor=("Russian forces", "RUS", "MIL"), trigger="shelled", recipient=("Kharkiv", "UKR", ""),
                         day="2024-03-04"),
              make_event(doc, "Russia denied shelling Kyiv.", event_type="ASSAULT", actor=("Russia", "RUS", "GOV"),
                         trigger="shelling", recipient=("Kyiv", "UKR", ""), day="2024-03-04", aux=["negation"]),
              make_event(doc, "Russia could shell Odesa.", event_type="ASSAULT", actor=("Russia", "RUS", "GOV"),
                         trigger="shell", recipient=("Odesa", "UKR", ""), day="2024-03-04", aux=["hypothetical"])]
    path = tmp_path / "aux.duckdb"
    with EventStore(path) as store:
        ingest(store, [doc], ListCoder({doc.id: events}))
    with EventStore(path, read_only=True) as store:
        con = store.cursor()

        def triggers(filters):
            return sorted(r["evidence"]["trigger"]["text"] for r in map(json.loads, event_records(con, filters)))

        def attacks(filters):
            rows = aggregate(con, "dyad", filters, interval="all").records()
            return sum(r["events"] for r in rows if r["actor_country"] == "RUS" and r["recipient_country"] == "UKR")

        assert triggers(Filters()) == ["shell", "shelled", "shelling"]
        assert triggers(Filters(aux_mode=("negation",))) == ["shelling"]
        occurred = Filters.from_mapping({"without_aux": "negation,hypothetical"})
        assert triggers(occurred) == ["shelled"]
        assert attacks(Filters()) == 3 and attacks(occurred) == 1


def test_an_unknown_auxiliary_mode_is_refused():
    with pytest.raises(QueryError, match="auxiliary mode"):
        Filters.from_mapping({"without_aux": "negated"})
