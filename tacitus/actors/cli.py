"""`tacitus actors ...`: look a name up, list stale knowledge-base entries, score a gold file.

`register(subparsers)` adds the command to the main CLI (tacitus/cli.py); every handler returns an
exit status (0 ok, 1 nothing found / below expectations, 2 usage or input error).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subparsers) -> None:
    p = subparsers.add_parser("actors", help="actor knowledge base: lookup, stale entries, evaluation",
                              description="Resolve actor names and titles to PLOVER codes with dated knowledge.")
    p.add_argument("--actors", type=Path, help="YAML/CSV overlay of your own actors (adds to / overrides the KB)")
    sub = p.add_subparsers(dest="actors_command", metavar="SUBCOMMAND")

    lk = sub.add_parser("lookup", help="resolve one name or title and say why")
    lk.add_argument("name")
    lk.add_argument("--date", help="as of this day (YYYY-MM-DD); default: the latest terms known")
    lk.add_argument("--lang", help="language of the name (fr, en, es, de, ru, ar, pt, it)")
    lk.add_argument("--json", action="store_true", help="print one JSON object")
    lk.set_defaults(handler=run_lookup)

    st = sub.add_parser("stale", help="list entries whose as-of date is older than DATE")
    st.add_argument("--before", required=True, help="YYYY-MM-DD")
    st.add_argument("--kind", choices=["person", "organisation", "country", "metonym", "role"],
                    help="only this kind of entry")
    st.add_argument("--json", action="store_true", help="one JSON object per line")
    st.set_defaults(handler=run_stale)

    ev = sub.add_parser("eval", help="score resolution on a JSONL gold file of mentions in context")
    ev.add_argument("file", type=Path)
    ev.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    ev.add_argument("--errors", type=Path, help="write the mismatches here (JSONL)")
    ev.add_argument("--no-parse", action="store_true", help="do not run the NLP backends (sentences only)")
    ev.set_defaults(handler=run_eval)
    p.set_defaults(handler=lambda args: _usage(p))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _resolver(args: argparse.Namespace):
    from tacitus.actors.resolver import ActorResolver
    from tacitus.kb.overlay import OverlayError

    try:
        return ActorResolver.load(getattr(args, "actors", None))
    except OverlayError as exc:
        print(f"tacitus actors: {exc}", file=sys.stderr)
        return None


def run_lookup(args: argparse.Namespace) -> int:
    resolver = _resolver(args)
    if resolver is None:
        return 2
    try:
        res = resolver.lookup(args.name, date=args.date, lang=args.lang)
    except ValueError as exc:
        print(f"tacitus actors lookup: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(res.to_dict(), ensure_ascii=False))
        return 0 if res.found else 1
    if not res.found:
        print(f"{args.name}: not found ({res.rule})")
        return 1
    when = res.date or f"undated: latest terms known (KB as of {resolver.kb.curated_as_of})"
    print(f"{args.name}: {res.country or '-'} {res.sector or '-'}"
          + (f" ({', '.join(res.other_sectors)})" if res.other_sectors else ""))
    print(f"  name:       {res.name or '-'}")
    print(f"  kind:       {res.kind}   entry: {res.entry or '-'}   identifier: {res.identifier or '-'}")
    if res.title:
        print(f"  title:      {res.title}")
    print(f"  date:       {when}")
    print(f"  why:        {res.rule}")
    print(f"  source:     {res.source}   as of {res.as_of or '-'}"
          + ("   (country inferred)" if res.country_inferred else ""))
    return 0


def run_stale(args: argparse.Namespace) -> int:
    from tacitus.actors.dates import parse_date

    resolver = _resolver(args)
    if resolver is None:
        return 2
    try:
        before = parse_date(args.before)
    except ValueError as exc:
        print(f"tacitus actors stale: {exc}", file=sys.stderr)
        return 2
    rows = [(kind, eid, as_of, src) for kind, eid, as_of, src in resolver.kb.entries_as_of()
            if (args.kind is None or kind == args.kind) and (as_of is None or parse_date(as_of) < before)]
    for kind, eid, as_of, src in rows:
        if args.json:
            print(json.dumps({"kind": kind, "id": eid, "as_of": as_of, "source": src}, ensure_ascii=False))
        else:
            print(f"{kind}\t{eid}\t{as_of or '-'}\t{src}")
    if not args.json:
        print(f"{len(rows)} entries with an as-of date before {before}", file=sys.stderr)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from tacitus.actors.evaluate import default_parser, evaluate, format_report, read_records
    from tacitus.actors.text import plain_parsed

    resolver = _resolver(args)
    if resolver is None:
        return 2
    try:
        records = read_records(args.file)
    except (OSError, ValueError) as exc:
        print(f"tacitus actors eval: {exc}", file=sys.stderr)
        return 2
    parser = plain_parsed if args.no_parse else default_parser
    report = evaluate(records, resolver, parser)
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as f:
            for e in report.errors:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        print(format_report(report))
    return 0
