"""The HTTP API and dashboard over an event store (FastAPI).

Reads are open; every POST (coding a text, which also stores it) needs the server's token, sent as
`Authorization: Bearer TOKEN`. Request bodies and result sizes are bounded, and all SQL is parameterised
(tacitus.store.query). The OpenAPI description is at /openapi.json; FastAPI's /docs pages are off because
they load their scripts from a CDN.
"""
from __future__ import annotations

import hmac
import json
import os
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from typing import Any, Callable

import anyio.to_thread
from fastapi import Depends, FastAPI, HTTPException, Path as PathParam, Query, Request
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from .. import __version__
from ..store import query as q
from ..store.db import EventStore
from .cache import ResponseCache

MAX_ROWS = 1000            # events or clusters per page
MAX_AGGREGATE_ROWS = 20000
MAX_TEXT_CHARS = 200_000   # a posted document
DEFAULT_MAX_BODY = 1_000_000

# Where a server process started by uvicorn's process manager finds its store (see read_only_app_from_env).
STORE_ENV = "TACITUS_SERVE_DB"
MAX_BODY_ENV = "TACITUS_SERVE_MAX_BODY"

_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


@dataclass
class ServerConfig:
    token: str | None = None            # None: writes are refused
    max_body_bytes: int = DEFAULT_MAX_BODY
    coder_factory: Callable[[], Any] | None = None   # builds a DocumentCoder on first POST /code
    cache_entries: int = 1024           # cached GET responses (0: no cache)
    threads: int | None = None          # DuckDB worker threads (None: DuckDB's default, one per core)
    worker_threads: int = 8             # requests handled at once (the rest wait their turn)


def render_json(content: Any) -> bytes:
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"), default=_default).encode("utf-8")


class JSON(Response):
    """JSON with dates as ISO strings, without FastAPI's per-value encoder (the API's hot path)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return render_json(content)


def _default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


class BodyLimit:
    """Refuses request bodies over a size (413), whether or not they announce their length."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            return await _refuse(send, 413, f"request body over {self.max_bytes} bytes")
        seen = 0
        refused = False

        async def limited_receive():
            # Past the limit: answer 413 now and tell the app the client is gone, so it stops reading.
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    if not refused:
                        refused = True
                        await _refuse(send, 413, f"request body over {self.max_bytes} bytes")
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message):
            if not refused:
                await send(message)

        try:
            return await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if refused:   # the app's complaint about the cut-off body; the client already has its 413
                return None
            raise


class SecurityHeaders:
    """Adds a strict Content-Security-Policy (this origin only: no inline script, no CDN) and friends."""

    HEADERS = [(b"content-security-policy", _CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer")]

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": list(message.get("headers") or []) + self.HEADERS}
            await send(message)

        return await self.app(scope, receive, send_with_headers)


async def _refuse(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    id: str | None = Field(None, max_length=200, description="document id (default: a hash of the text)")
    lang: str | None = Field(None, max_length=10)
    date: str | None = Field(None, max_length=32, description="publication date, YYYY-MM-DD")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    store: bool = Field(True, description="also store the document and its events")


def _filters(
    date_from: str | None = Query(None, max_length=10, description="YYYY-MM-DD, inclusive"),
    date_to: str | None = Query(None, max_length=10, description="YYYY-MM-DD, inclusive"),
    actor_country: list[str] = Query([], max_length=q.MAX_LIST_VALUES, description="comma-separated or repeated"),
    recipient_country: list[str] = Query([], max_length=q.MAX_LIST_VALUES),
    country: list[str] = Query([], max_length=q.MAX_LIST_VALUES, description="either side"),
    sector: list[str] = Query([], max_length=q.MAX_LIST_VALUES, description="either side"),
    event_type: list[str] = Query([], max_length=q.MAX_LIST_VALUES),
    mode: list[str] = Query([], max_length=q.MAX_LIST_VALUES),
    quad_class: list[str] = Query([], max_length=4),
    context: list[str] = Query([], max_length=q.MAX_LIST_VALUES),
    language: list[str] = Query([], max_length=q.MAX_LIST_VALUES),
    source: list[str] = Query([], max_length=q.MAX_LIST_VALUES),
    text: str | None = Query(None, max_length=q.MAX_TEXT_LENGTH, description="words the sentence must all contain (case-insensitive)"),
    aux_mode: list[str] = Query([], max_length=len(q.AUX_MODES), description="any of these auxiliary modes"),
    without_aux: list[str] = Query([], max_length=len(q.AUX_MODES),
                                   description="none of these: negation,hypothetical counts what happened"),
    min_confidence: float | None = Query(None, ge=0, le=1),
    doc_id: str | None = Query(None, max_length=q.MAX_TEXT_LENGTH),
    cluster_id: str | None = Query(None, max_length=q.MAX_TEXT_LENGTH),
) -> q.Filters:
    try:
        return q.Filters.from_mapping(dict(
            date_from=date_from, date_to=date_to, actor_country=actor_country, recipient_country=recipient_country,
            country=country, sector=sector, event_type=event_type, mode=mode, quad_class=quad_class,
            context=context, language=language, source=source, text=text, aux_mode=aux_mode,
            without_aux=without_aux, min_confidence=min_confidence,
            doc_id=doc_id, cluster_id=cluster_id))
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from None


def create_app(store: EventStore, config: ServerConfig | None = None) -> FastAPI:
    """The API and dashboard over `store` (which the caller opens and closes)."""
    config = config or ServerConfig()

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        # Few worker threads: queries are CPU-bound, so more threads than cores only add switching.
        anyio.to_thread.current_default_thread_limiter().total_tokens = config.worker_threads
        yield

    app = FastAPI(title="tacitus", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Political event data (PLOVER 2.0) coded from news: query, aggregate, code.")
    local = threading.local()
    coding_lock = threading.Lock()
    coder_holder: dict[str, Any] = {}
    if config.threads is not None:
        store.cursor().execute(f"SET threads = {int(config.threads)}")   # an int, not user text
    cache = ResponseCache(max_entries=config.cache_entries)
    app.state.cache = cache

    def cached(request: Request, make: Callable[[], Any]) -> Response:
        """The response for this path and query, from the cache while the store has not changed."""
        key = (request.url.path, tuple(sorted(request.query_params.multi_items())))
        body, hit = cache.get_or_make(key, store.generation, lambda: render_json(make()))
        return Response(body, media_type="application/json", headers={"X-Cache": "hit" if hit else "miss"})

    def con():
        # One DuckDB connection per worker thread, reused across requests.
        cursor = getattr(local, "cursor", None)
        if cursor is None:
            cursor = local.cursor = store.cursor()
        return cursor

    def require_token(request: Request) -> None:
        if config.token is None:
            raise HTTPException(status_code=403, detail="writes are disabled: start the server with a token")
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given:
            raise HTTPException(status_code=401, detail="this endpoint needs 'Authorization: Bearer TOKEN'",
                                headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(given.encode(), config.token.encode()):
            raise HTTPException(status_code=403, detail="wrong token")

    def run(call):
        try:
            return call()
        except q.QueryError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None

    @app.get("/api/stats", summary="counts of documents, events and clusters; date range")
    def stats(request: Request) -> Response:
        def make() -> dict[str, Any]:
            c = con()
            counts = {name: c.execute(f"SELECT count(*) FROM {name}").fetchone()[0]  # fixed table names
                      for name in ("documents", "events", "clusters")}
            first, last = c.execute("SELECT min(event_date), max(event_date) FROM events").fetchone()
            languages = [r[0] for r in c.execute("SELECT DISTINCT language FROM events ORDER BY 1").fetchall()]
            return {**counts, "first_date": first, "last_date": last, "languages": languages,
                    "writable": config.token is not None and not store.read_only}
        return cached(request, make)

    @app.get("/api/events", summary="events matching the filters, newest first")
    def events(request: Request, filters: q.Filters = Depends(_filters), limit: int = Query(100, ge=1, le=MAX_ROWS),
               offset: int = Query(0, ge=0, le=10_000_000), with_text: bool = True,
               count: bool = Query(True, description="also count all matching events")) -> Response:
        def make() -> dict[str, Any]:
            c = con()
            result = run(lambda: q.select_events(c, filters, limit=limit, offset=offset, with_text=with_text))
            total = run(lambda: q.count_events(c, filters)) if count else None
            return {"total": total, "limit": limit, "offset": offset, "columns": result.columns,
                    "rows": result.records()}
        return cached(request, make)

    @app.get("/api/events/{event_id}", summary="one event: record, document, cluster")
    def event(request: Request, event_id: str = PathParam(max_length=q.MAX_TEXT_LENGTH)) -> Response:
        def make() -> dict[str, Any]:
            detail = q.event_detail(con(), event_id)
            if detail is None:
                raise HTTPException(status_code=404, detail="no such event")
            return detail
        return cached(request, make)

    @app.get("/api/documents/{doc_id}", summary="one document, with its text")
    def document(doc_id: str = PathParam(max_length=q.MAX_TEXT_LENGTH), with_text: bool = True) -> JSON:
        # Not cached: texts are large and read one at a time.
        detail = q.document_detail(con(), doc_id, with_text=with_text)
        if detail is None:
            raise HTTPException(status_code=404, detail="no such document")
        return JSON(detail)

    @app.get("/api/clusters", summary="clusters (one real-world event, several reports) matching the filters")
    def clusters(request: Request, filters: q.Filters = Depends(_filters),
                 limit: int = Query(100, ge=1, le=MAX_ROWS), offset: int = Query(0, ge=0, le=10_000_000)) -> Response:
        def make() -> dict[str, Any]:
            result = run(lambda: q.clusters_list(con(), filters, limit=limit, offset=offset))
            return {"limit": limit, "offset": offset, "columns": result.columns, "rows": result.records()}
        return cached(request, make)

    @app.get("/api/aggregate/{kind}", summary="counts by dyad x period, country-year, quad class, Goldstein, "
                                               "type or place")
    def aggregate(request: Request, kind: str = PathParam(pattern="^(" + "|".join(q.AGGREGATIONS) + ")$"),
                  filters: q.Filters = Depends(_filters),
                  interval: str = Query("month", pattern="^(" + "|".join(q.INTERVALS) + ")$"),
                  unit: str = Query("events", pattern="^(events|clusters)$"),
                  limit: int = Query(5000, ge=1, le=MAX_AGGREGATE_ROWS)) -> Response:
        def make() -> dict[str, Any]:
            result = run(lambda: q.aggregate(con(), kind, filters, interval=interval, unit=unit, limit=limit))
            return {"kind": kind, "interval": interval, "unit": unit, "columns": result.columns,
                    "rows": [list(r) for r in result.rows]}
        return cached(request, make)

    @app.get("/api/network", summary="dyad network: countries and actor -> recipient edges")
    def network(request: Request, filters: q.Filters = Depends(_filters),
                max_nodes: int = Query(30, ge=2, le=200)) -> Response:
        return cached(request, lambda: run(lambda: q.network(con(), filters, max_nodes=max_nodes)))

    @app.post("/code", summary="code a posted text (and store it); needs the token",
              dependencies=[Depends(require_token)])
    def code(body: CodeRequest) -> JSON:
        from ..documents import Document, text_id
        from ..store.db import CodedDocument

        if body.store and store.read_only:
            raise HTTPException(status_code=403, detail="the store is open read-only")
        document = Document(id=body.id or text_id(body.text), text=body.text, date=body.date, lang=body.lang,
                            url=body.url, title=body.title, source=body.source, source_path="api")
        with coding_lock:
            coder = coder_holder.get("coder")
            if coder is None:
                coder = coder_holder["coder"] = (config.coder_factory or _default_coder)()
            events = coder.code(document)
            if events is None:
                problem = coder.last_problem()
                raise HTTPException(status_code=422, detail=problem[1] if problem else "not coded")
            stored = False
            if body.store:
                already = store.stored_documents([document.id]).get(document.id)
                if already is None:
                    store.write([CodedDocument(document, events, coder.model_version, coder.kb_version())])
                    store.rebuild_clusters()
                    stored = True
        return JSON({"doc_id": document.id, "stored": stored, "events": [e.model_dump(mode="json") for e in events]})

    static = resources.files("tacitus.server").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(static.joinpath("index.html")), media_type="text/html")

    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def _default_coder():
    from ..store.ingest import PipelineCoder

    return PipelineCoder()


def read_only_app_from_env() -> FastAPI:
    """The read-only API for one of several server processes (`tacitus serve --processes N`).

    uvicorn's process manager imports this factory by name in each process, so the store path comes from the
    environment. Each process opens the store read-only (DuckDB allows many readers, or one writer), has its
    own connections and response cache, and writes nothing, so POST /code is refused (403)."""
    store = EventStore(os.environ[STORE_ENV], read_only=True)
    max_body = int(os.environ.get(MAX_BODY_ENV, DEFAULT_MAX_BODY))
    return create_app(store, ServerConfig(token=None, max_body_bytes=max_body))
