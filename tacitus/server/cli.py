"""The `serve` command: the HTTP API and dashboard over a store (registered by tacitus/cli.py)."""
from __future__ import annotations

import argparse
import os
import secrets
import sys
from pathlib import Path

TOKEN_ENV = "TACITUS_TOKEN"


def _add_serve(subparsers) -> None:
    p = subparsers.add_parser(
        "serve", help="serve the store as a REST API and a dashboard (FastAPI + uvicorn)",
        description="Serve the store: the dashboard at /, the API under /api (OpenAPI at /openapi.json), and "
                    "POST /code to code and store a text. POST needs the token, from --token-file or the "
                    f"{TOKEN_ENV} environment variable; without either a random one is made and printed.")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token-file", type=Path, help="file holding the token that POST requests must send")
    p.add_argument("--read-only", action="store_true", help="open the store read-only: no POST /code storing")
    p.add_argument("--max-body-bytes", type=int, default=1_000_000, help="largest request body (default 1 MB)")
    p.add_argument("--actors", type=Path, help="YAML/CSV overlay of your own actors, for POST /code")
    p.add_argument("--processes", type=int, default=1,
                   help="server processes sharing the port (default 1); more than 1 needs --read-only, since a "
                        "store has one writer. One process is held to about one core by Python's GIL: use one "
                        "per core for heavy read traffic")
    p.set_defaults(handler=run_serve)


def _token(args: argparse.Namespace) -> tuple[str | None, bool]:
    """(token, made here)."""
    if args.token_file is not None:
        return args.token_file.read_text(encoding="utf-8").strip() or None, False
    if os.environ.get(TOKEN_ENV):
        return os.environ[TOKEN_ENV].strip(), False
    if args.read_only:
        return None, False
    return secrets.token_urlsafe(24), True


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from ..store.db import EventStore, StoreError
    from .app import ServerConfig, create_app

    if args.processes < 1:
        print("tacitus: --processes must be at least 1", file=sys.stderr)
        return 2
    if args.processes > 1:
        return _serve_processes(args)
    try:
        token, made = _token(args)
        store = EventStore(args.db, read_only=args.read_only)
    except (OSError, StoreError) as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return 2

    def coder():
        from ..pipeline import Pipeline, PipelineOptions
        from ..store.ingest import PipelineCoder

        return PipelineCoder(Pipeline(PipelineOptions(actors_overlay=args.actors)))

    with store:
        app = create_app(store, ServerConfig(token=token, max_body_bytes=args.max_body_bytes, coder_factory=coder))
        print(f"tacitus: serving {args.db} at http://{args.host}:{args.port}/ (API: /openapi.json)", file=sys.stderr)
        if made:
            print(f"tacitus: token for POST requests (Authorization: Bearer ...): {token}", file=sys.stderr)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", timeout_keep_alive=30)
    return 0


def _serve_processes(args: argparse.Namespace) -> int:
    """Several read-only server processes on one port, under uvicorn's process manager."""
    import uvicorn

    from ..store.db import EventStore, StoreError
    from .app import MAX_BODY_ENV, STORE_ENV

    if not args.read_only:
        print("tacitus: --processes above 1 needs --read-only (a store has one writer; POST /code would be "
              "refused)", file=sys.stderr)
        return 2
    try:
        EventStore(args.db, read_only=True).close()   # fail here, with the store's message, not in each worker
    except StoreError as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return 2
    os.environ[STORE_ENV] = str(args.db.resolve())
    os.environ[MAX_BODY_ENV] = str(args.max_body_bytes)
    print(f"tacitus: serving {args.db} read-only at http://{args.host}:{args.port}/ with {args.processes} "
          "processes (API: /openapi.json)", file=sys.stderr)
    uvicorn.run("tacitus.server.app:read_only_app_from_env", factory=True, workers=args.processes,
                host=args.host, port=args.port, log_level="warning", timeout_keep_alive=30)
    return 0


def register(subparsers) -> None:
    """Add `serve` to the tacitus CLI."""
    _add_serve(subparsers)
