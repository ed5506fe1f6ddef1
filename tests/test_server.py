"""The HTTP API: the store's queries over REST with an OpenAPI description, token-guarded writes, bounded
requests and results, parameterised SQL, and POST /code with the real pipeline."""
import json

import pytest
from fastapi.testclient import TestClient

from tacitus.server.app import MAX_ROWS, ServerConfig, create_app
from tacitus.store import EventStore, ingest

from test_store_support import ListCoder, corpus

TOKEN = "test-token-123"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("server") / "events.duckdb"
    items = corpus()
    with EventStore(path) as store:
        ingest(store, [d for d, _ in items], ListCoder({d.id: ev for d, ev in items}))
    return path


@pytest.fixture(scope="module")
def client(store_path):
    with EventStore(store_path, read_only=True) as store:
        with TestClient(create_app(store, ServerConfig(token=TOKEN))) as c:
            yield c


def test_openapi_describes_the_api_and_no_cdn_docs_page_is_served(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/aggregate/{kind}", "/api/network", "/api/clusters",
            "/api/documents/{doc_id}", "/api/stats", "/code"} <= set(spec["paths"])
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"date_from", "date_to", "actor_country", "recipient_country", "sector", "event_type", "mode",
            "quad_class", "context", "language", "text", "limit", "offset"} <= params
    assert client.get("/docs").status_code == 404


@pytest.mark.parametrize("query, doc_ids", [
    ("", {"a1", "a2", "a3", "b1", "c1", "d1"}),
    ("event_type=ASSAULT&actor_country=RUS&date_to=2024-03-31", {"a1", "a2", "a3"}),
    ("actor_country=UKR,FRA", {"a1", "a2", "b1", "d1"}),
    ("actor_country=UKR&actor_country=FRA", {"a1", "a2", "b1", "d1"}),
    ("quad_class=1&language=fr", {"d1"}),
    ("text=forces%20shelled", {"a1", "a2", "c1"}),
    ("context=human_rights", {"a1", "a2"}),
    ("sector=MIL&mode=aerial&date_from=2024-03-05", {"a3", "c1"}),
    ("event_type=ASSAULT&without_aux=negation,historical", {"a1", "a2", "a3"}),
    ("aux_mode=historical", {"c1"}),
])
def test_events_endpoint_filters(client, query, doc_ids):
    body = client.get(f"/api/events?{query}").json()
    assert {r["doc_id"] for r in body["rows"]} == doc_ids
    assert body["total"] == len(body["rows"])


def test_event_detail_has_the_record_document_copies_and_cluster(client):
    rows = client.get("/api/events?doc_id=a2&event_type=ASSAULT").json()["rows"]
    detail = client.get(f"/api/events/{rows[0]['id']}").json()
    assert detail["event"]["evidence"]["trigger"]["text"] == "shelled"
    assert detail["document"]["copy_of"] == "a1" and "text" not in detail["document"]
    assert detail["cluster"]["num_articles"] == 3
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/documents/c1").json()["text"].startswith("Russian forces shelled Kharkiv,\t")


@pytest.mark.parametrize("kind, query, check", [
    ("quad", "interval=month", lambda rows: sum(r[2] for r in rows) == 8),
    ("dyad", "interval=day&actor_country=RUS", lambda rows: [r[1:4] for r in rows][0] == ["RUS", "UKR", 2]),
    ("country-year", "", lambda rows: ["RUS", 2024, 4, 2, -36.0, -4.0] in rows),
    ("goldstein", "interval=year", lambda rows: [r[1] for r in rows] == [1, 7]),
    ("places", "", lambda rows: {r[3] for r in rows} == {"Kharkiv", "Paris"}),
    ("type", "interval=all&unit=clusters", lambda rows: dict(rows)["ASSAULT"] == 2),
])
def test_aggregate_endpoint(client, kind, query, check):
    body = client.get(f"/api/aggregate/{kind}?{query}").json()
    assert check(body["rows"]), body


def test_network_and_clusters_endpoints(client):
    graph = client.get("/api/network").json()
    assert {n["id"] for n in graph["nodes"]} == {"RUS", "UKR", "FRA", "DEU"}
    clusters = client.get("/api/clusters?event_type=ASSAULT").json()["rows"]
    assert clusters[0]["num_articles"] == 3


@pytest.mark.parametrize("query", [
    "date_from=tomorrow", "event_type=FIGHT", "quad_class=9", "actor_country=RUS')%20OR%201=1--",
    "min_confidence=3", f"limit={MAX_ROWS + 1}", "limit=0", "offset=-1", "text=" + "x" * 300,
    "without_aux=negated",
])
def test_bad_queries_are_refused(client, query):
    assert client.get(f"/api/events?{query}").status_code in (400, 422)


def test_bad_aggregations_are_refused(client):
    assert client.get("/api/aggregate/everything").status_code == 422
    assert client.get("/api/aggregate/quad?interval=fortnight").status_code == 422
    assert client.get("/api/aggregate/quad?limit=100000000").status_code == 422


def test_sql_in_values_is_data(client):
    body = client.get("/api/events", params={"text": "'; DROP TABLE events; --", "doc_id": "x' OR '1'='1"}).json()
    assert body["rows"] == [] and client.get("/api/stats").json()["events"] == 8


def test_responses_carry_a_strict_content_security_policy(client):
    response = client.get("/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    # The page loads nothing from elsewhere.
    assert "http" not in response.text.replace("http-equiv", "")


def test_static_files_are_served_and_the_world_outline_is_geojson(client):
    world = client.get("/static/world.json").json()
    assert world["type"] == "FeatureCollection" and len(world["features"]) > 150
    assert "Natural Earth" in world["source"]
    assert "textContent" in client.get("/static/app.js").text


@pytest.mark.parametrize("headers, status", [
    ({}, 401), ({"Authorization": "Bearer wrong"}, 403), ({"Authorization": f"Basic {TOKEN}"}, 401),
])
def test_writing_without_the_token_is_refused(client, headers, status):
    response = client.post("/code", json={"text": "Police arrested protesters."}, headers=headers)
    assert response.status_code == status
    assert client.get("/api/stats").json()["documents"] == 6


def test_writes_are_refused_when_the_server_has_no_token(store_path):
    with EventStore(store_path, read_only=True) as store:
        with TestClient(create_app(store, ServerConfig(token=None))) as c:
            assert c.post("/code", json={"text": "x"}, headers={"Authorization": "Bearer x"}).status_code == 403


def test_request_bodies_are_bounded(store_path):
    with EventStore(store_path, read_only=True) as store:
        with TestClient(create_app(store, ServerConfig(token=TOKEN, max_body_bytes=1000))) as c:
            auth = {"Authorization": f"Bearer {TOKEN}"}
            big = json.dumps({"text": "x" * 5000})
            assert c.post("/code", content=big, headers={**auth, "Content-Type": "application/json"}).status_code == 413
            # Without a Content-Length (chunked), the body is counted as it arrives.
            chunks = (big[i:i + 500].encode() for i in range(0, len(big), 500))
            response = c.post("/code", content=chunks, headers={**auth, "Content-Type": "application/json"})
            assert response.status_code == 413


def test_a_posted_text_longer_than_the_limit_is_refused(client):
    response = client.post("/code", json={"text": "x" * 300_000}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code in (413, 422)


@pytest.mark.slow
def test_post_code_codes_stores_and_the_next_read_sees_it(tmp_path):
    """The real pipeline: code a text, store it, find it through the API (the response cache is invalidated)."""
    path = tmp_path / "live.duckdb"
    text = "Police in Lagos arrested 12 protesters on Tuesday after clashes near the parliament."
    with EventStore(path) as store:
        with TestClient(create_app(store, ServerConfig(token=TOKEN))) as c:
            assert c.get("/api/stats").json()["events"] == 0
            response = c.post("/code", json={"text": text, "lang": "en", "date": "2024-05-07", "id": "lagos",
                                             "source": "Test Wire"},
                              headers={"Authorization": f"Bearer {TOKEN}"})
            assert response.status_code == 200, response.text
            body = response.json()
            assert body["stored"] and body["events"]
            assert {e["model_version"] for e in body["events"]} and all(e["doc_id"] == "lagos" for e in body["events"])
            listed = c.get("/api/events").json()
            assert listed["total"] == len(body["events"])
            assert {r["id"] for r in listed["rows"]} == {e["id"] for e in body["events"]}
            # Posting the same document again stores nothing more.
            again = c.post("/code", json={"text": text, "lang": "en", "date": "2024-05-07", "id": "lagos"},
                           headers={"Authorization": f"Bearer {TOKEN}"}).json()
            assert again["stored"] is False and c.get("/api/stats").json()["documents"] == 1


def _serve(args: list[str], env: dict | None = None):
    """`tacitus serve ARGS --port P` in a subprocess, once it answers: (process, port, /api/stats)."""
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(__file__).resolve().parents[1]
    server = subprocess.Popen([sys.executable, "-m", "tacitus.cli", "serve", *args, "--port", str(port)],
                              cwd=root, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 90
    while True:
        try:
            return server, port, httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).json()
        except httpx.TransportError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.terminate()
                raise AssertionError("serve did not start")
            time.sleep(0.2)


def test_serve_command_serves_the_store_on_loopback_and_makes_a_token(store_path, tmp_path):
    import os
    from pathlib import Path

    import httpx

    db = tmp_path / "copy.duckdb"
    db.write_bytes(Path(store_path).read_bytes())
    server, port, stats = _serve(["--db", str(db)], env={k: v for k, v in os.environ.items() if k != "TACITUS_TOKEN"})
    try:
        assert stats["events"] == 8 and stats["writable"] is True
        assert httpx.post(f"http://127.0.0.1:{port}/code", json={"text": "x"}).status_code == 401
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    token_lines = [line for line in err.splitlines() if "token for POST" in line]
    assert token_lines and len(token_lines[0].rsplit(" ", 1)[1]) >= 24


def test_serve_with_several_processes_serves_read_only_from_each(store_path):
    import httpx
    import psutil

    server, port, stats = _serve(["--db", str(store_path), "--read-only", "--processes", "2"])
    try:
        assert stats["events"] == 8 and stats["writable"] is False
        # Several connections, so that both processes answer some of them: all see the same store.
        for _ in range(6):
            with httpx.Client() as c:
                assert c.get(f"http://127.0.0.1:{port}/api/events?limit=5").json()["total"] == 8
        assert httpx.post(f"http://127.0.0.1:{port}/code", json={"text": "x"}).status_code == 403
        # uvicorn's manager starts each server process with multiprocessing's spawn.
        workers = [p for p in psutil.Process(server.pid).children() if "spawn_main" in " ".join(p.cmdline())]
        assert len(workers) == 2
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_several_processes_need_a_read_only_store(store_path, capsys):
    from tacitus.cli import main

    assert main(["serve", "--db", str(store_path), "--processes", "2"]) == 2
    assert "--read-only" in capsys.readouterr().err
