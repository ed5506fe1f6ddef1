"""The `ingest`, `query` and `export` commands (registered into the `tacitus` CLI by tacitus/cli.py).

Exit status: 0 all good, 1 some input was rejected, 2 usage error or a store that cannot be used.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Sequence

# (option, Filters field, help); list-valued options take comma-separated values or repeat.
_FILTER_OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("--from", "date_from", "events dated on or after this day (YYYY-MM-DD)"),
    ("--to", "date_to", "events dated on or before this day (YYYY-MM-DD)"),
    ("--actor-country", "actor_country", "actor country codes (ISO3, IGO...), comma-separated"),
    ("--recipient-country", "recipient_country", "recipient country codes"),
    ("--country", "country", "country codes on either side"),
    ("--sector", "sector", "sector codes on either side (GOV, MIL, REB...)"),
    ("--type", "event_type", "PLOVER event types (ASSAULT, CONSULT...)"),
    ("--mode", "mode", "PLOVER modes"),
    ("--quad", "quad_class", "quad classes: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict"),
    ("--context", "context", "PLOVER contexts"),
    ("--lang", "language", "languages (ISO 639-1)"),
    ("--source", "source", "publishers"),
    ("--text", "text", "words the sentence must all contain (whole words, case-insensitive)"),
    ("--aux", "aux_mode", "auxiliary modes the event must have one of: negation, future, hypothetical, historical"),
    ("--without-aux", "without_aux", "auxiliary modes the event must have none of: '--without-aux "
                                     "negation,hypothetical' keeps what is reported as done or to be done"),
    ("--min-confidence", "min_confidence", "confidence at least this"),
    ("--doc", "doc_id", "events of this document"),
    ("--cluster", "cluster_id", "events of this cluster"),
)
_LIST_FIELDS = {"actor_country", "recipient_country", "country", "sector", "event_type", "mode", "quad_class",
                "context", "language", "source", "aux_mode", "without_aux"}


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    for option, dest, help_text in _FILTER_OPTIONS:
        if dest in _LIST_FIELDS:
            group.add_argument(option, dest=f"filter_{dest}", action="append", help=help_text)
        else:
            group.add_argument(option, dest=f"filter_{dest}", help=help_text)


def filters_from_args(args: argparse.Namespace):
    from .query import Filters

    return Filters.from_mapping({dest: getattr(args, f"filter_{dest}") for _, dest, _ in _FILTER_OPTIONS})


def _error(message: str) -> int:
    print(f"tacitus: {message}", file=sys.stderr)
    return 2


# -- ingest ------------------------------------------------------------------------------------------------

def _add_ingest(subparsers) -> None:
    p = subparsers.add_parser(
        "ingest", help="code documents and store them with their events (DuckDB)",
        description="Code documents and store them, with their text and events, in a DuckDB file. Re-running "
                    "is safe: stored documents (same id) are skipped, and a run killed at any moment resumes "
                    "where it stopped. INPUT is read as by `tacitus code`.")
    p.add_argument("inputs", nargs="*", metavar="INPUT")
    p.add_argument("--db", type=Path, required=True, help="the store (created when missing)")
    p.add_argument("--date", help="publication date (YYYY-MM-DD) for inputs that carry none")
    p.add_argument("--lang", help="language of inputs that carry none")
    p.add_argument("--recode", action="store_true",
                   help="re-code stored documents coded by another model version (all of them when no INPUT)")
    p.add_argument("--actors", type=Path, help="YAML/CSV overlay of your own actors")
    p.add_argument("--batch-size", type=int, default=32, help="documents per transaction (default 32)")
    p.add_argument("--max-bytes", type=int, default=10_000_000, help="reject documents larger than this")
    p.add_argument("--progress", action="store_true",
                   help="a line on stderr after each committed batch (documents and events stored so far)")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary")
    p.set_defaults(handler=run_ingest)


def run_ingest(args: argparse.Namespace) -> int:
    if not args.inputs and not args.recode:
        return _error("ingest needs INPUT (or --recode to re-code what the store holds)")
    if args.batch_size < 1:
        return _error("--batch-size must be at least 1")
    from ..inputs import iter_inputs
    from ..pipeline import Pipeline, PipelineOptions
    from .db import EventStore, StoreError
    from .ingest import PipelineCoder, ingest

    try:
        store = EventStore(args.db)
    except StoreError as exc:
        return _error(str(exc))
    with store:
        coder = PipelineCoder(Pipeline(PipelineOptions(actors_overlay=args.actors)))
        if args.inputs:
            items = iter_inputs(args.inputs, default_date=args.date, default_lang=args.lang, max_bytes=args.max_bytes)
        else:
            items = store.documents_to_recode(coder.model_version)
        summary = ingest(store, items, coder, recode=args.recode, batch_size=args.batch_size,
                         progress=_print_progress if args.progress else None)
        store.checkpoint()
    for problem in summary.problems:
        print(f"tacitus: rejected {problem}", file=sys.stderr)
    for note in summary.notes + coder.run.notes:
        print(f"tacitus: note: {note}", file=sys.stderr)
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
    return 1 if summary.rejected else 0


def _print_progress(summary) -> None:
    print(f"tacitus: committed {summary.stored} documents, {summary.events} events "
          f"(read {summary.read}, already stored {summary.skipped})", file=sys.stderr, flush=True)


# -- query -------------------------------------------------------------------------------------------------

QUERY_FORMATS = ("table", "jsonl", "csv", "parquet")


def _add_query(subparsers) -> None:
    from .query import AGGREGATIONS, INTERVALS, UNITS

    p = subparsers.add_parser("query", help="filter and aggregate stored events",
                              description="List stored events (newest first), clusters, or aggregations.")
    p.add_argument("--db", type=Path, required=True)
    what = p.add_mutually_exclusive_group()
    what.add_argument("--aggregate", choices=AGGREGATIONS,
                      help="dyad: counts and Goldstein sums by actor x recipient country x period; country-year; "
                           "quad: counts by quad class x period; goldstein: sums and means by period; type; places")
    what.add_argument("--clusters", action="store_true", help="list clusters (reports of one real-world event)")
    p.add_argument("--interval", choices=INTERVALS, default="month", help="period of aggregations (default month)")
    p.add_argument("--unit", choices=UNITS, default="events",
                   help="count per-article events, or clusters (real-world events)")
    p.add_argument("--format", choices=QUERY_FORMATS, default="table")
    p.add_argument("--output", "-o", type=Path, help="write here instead of stdout (needed for parquet)")
    p.add_argument("--limit", type=int, default=None, help="most rows (default: 50 for a table, else all)")
    p.add_argument("--offset", type=int, default=0)
    add_filter_arguments(p)
    p.set_defaults(handler=run_query)


def run_query(args: argparse.Namespace) -> int:
    from .db import EventStore, StoreError
    from .query import QueryError, aggregate, clusters_list, select_events

    if args.format == "parquet" and args.output is None:
        return _error("--format parquet needs --output FILE (Parquet is binary)")
    limit = args.limit if args.limit is not None else (50 if args.format == "table" else 10_000_000)
    if limit < 0 or args.offset < 0:
        return _error("--limit and --offset must not be negative")
    try:
        filters = filters_from_args(args)
        with EventStore(args.db, read_only=True) as store:
            con = store.cursor()
            if args.aggregate:
                result = aggregate(con, args.aggregate, filters, interval=args.interval, unit=args.unit, limit=limit)
            elif args.clusters:
                result = clusters_list(con, filters, limit=limit, offset=args.offset)
            else:
                result = select_events(con, filters, limit=limit, offset=args.offset,
                                       with_text=args.format != "table")
    except (StoreError, QueryError, ValueError) as exc:
        return _error(str(exc))
    if args.format == "table" and not args.aggregate and not args.clusters:
        result = _narrow(result, TABLE_COLUMNS)
    write_result(result.columns, result.rows, args.format, args.output)
    return 0


# What a terminal table of events shows (the other formats have every column).
TABLE_COLUMNS = ("id", "event_date", "event_type", "mode", "actor_names", "recipient_names", "location_name",
                 "source", "num_articles")


def _narrow(result, columns: Sequence[str]):
    from .query import Result

    index = [result.columns.index(c) for c in columns]
    return Result(list(columns), [tuple(row[i] for i in index) for row in result.rows])


def write_result(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str, output: Path | None) -> None:
    if fmt == "parquet":
        import pandas

        assert output is not None
        pandas.DataFrame([list(r) for r in rows], columns=list(columns)).to_parquet(output, index=False)
        return
    stream = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "jsonl":
            for row in rows:
                stream.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str) + "\n")
        elif fmt == "csv":
            import csv

            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows(["" if v is None else v for v in row] for row in rows)
        else:
            stream.write(format_table(columns, rows))
    finally:
        if output:
            stream.close()
        else:
            stream.flush()


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], width: int = 32) -> str:
    """An aligned plain-text table; long cells are cut with an ellipsis."""
    from .export import one_line

    def cell(value: Any) -> str:
        text = "" if value is None else one_line(str(value))
        return text if len(text) <= width else text[:width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


# -- export ------------------------------------------------------------------------------------------------

def _add_export(subparsers) -> None:
    from .export import EXPORT_FORMATS

    p = subparsers.add_parser(
        "export", help="export stored events as PLOVER JSONL, POLECAT/GDELT-shaped TSV or Parquet",
        description="plover: JSONL with the PLOVER manual's field names, one event per line. polecat: the "
                    "POLECAT weekly TSV columns, one row per event. gdelt: the GDELT 2.0 Events columns, one row "
                    "per cluster (NumMentions/NumSources/NumArticles). parquet: tacitus' flat columns.")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("--output", "-o", type=Path, required=True)
    p.add_argument("--no-text", action="store_true",
                   help="leave out article and sentence text (to share data without republishing the news)")
    add_filter_arguments(p)
    p.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from .db import EventStore, StoreError
    from .export import export
    from .query import QueryError

    try:
        filters = filters_from_args(args)
        with EventStore(args.db, read_only=True) as store:
            count = export(store.cursor(), args.format, args.output, filters=filters, with_text=not args.no_text)
    except (StoreError, QueryError, OSError) as exc:
        return _error(str(exc))
    print(f"tacitus: wrote {count} {'clusters' if args.format == 'gdelt' else 'events'} to {args.output}",
          file=sys.stderr)
    return 0


def register(subparsers) -> None:
    """Add `ingest`, `query` and `export` to the tacitus CLI."""
    _add_ingest(subparsers)
    _add_query(subparsers)
    _add_export(subparsers)
