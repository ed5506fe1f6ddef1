"""`tacitus spark INPUT... OUTPUT`: the Spark job from the command line, or through spark-submit:

    spark-submit --master yarn ... "$(python -c 'import tacitus.spark_cli as m; print(m.__file__)')" INPUT OUTPUT
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence


def register(subparsers) -> None:
    """Add the `spark` command to the `tacitus` command line."""
    p = subparsers.add_parser(
        "spark", help="code documents with Spark (local cores or a cluster), output Parquet by event date",
        description="Run the tacitus pipeline as a Spark job. INPUT: files or directories as for `tacitus code` "
                    "(.txt .html .jsonl .warc .warc.gz .parquet), readable at the same path by every executor. "
                    "OUTPUT (overwritten): Parquet partitioned by event_date, plus _rejections/ and _summary.json. "
                    "Under spark-submit the submitted master and settings are used.")
    _add_arguments(p)
    p.set_defaults(handler=run)


def _add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("output", metavar="OUTPUT")
    p.add_argument("--master", help="Spark master (default: the submitted one, else local[*])")
    p.add_argument("--partitions", type=int, help="number of tasks (default: 4 per executor core, at most one per file or Parquet row group)")
    p.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable)")
    p.add_argument("--date", help="publication date (YYYY-MM-DD) for inputs that carry none")
    p.add_argument("--lang", help="language of inputs that carry none (skips identification)")
    p.add_argument("--actors", help="YAML/CSV overlay of your own actors (a path every executor can read)")
    p.add_argument("--max-bytes", type=int, default=10_000_000, help="reject documents larger than this")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary on stderr")


def run(args: argparse.Namespace) -> int:
    from tacitus.inputs import parse_iso_date
    from tacitus.spark import JobConfig, run_job, spark_session

    try:
        conf = dict(_setting(item) for item in args.conf)
        if args.date is not None:
            parse_iso_date(args.date)
        if args.max_bytes <= 0:
            raise ValueError(f"--max-bytes must be positive, got {args.max_bytes}")
    except ValueError as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return 2
    config = JobConfig(default_date=args.date, default_lang=args.lang, max_bytes=args.max_bytes,
                       actors_overlay=args.actors)
    spark = spark_session(args.master, conf=conf)
    try:
        summary = run_job(spark, args.inputs, args.output, config, partitions=args.partitions)
    except ValueError as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    if not args.quiet:
        print(json.dumps(summary.as_dict(), sort_keys=True), file=sys.stderr)
    return 1 if summary.documents_rejected else 0


def _setting(item: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    if not sep or not key.strip():
        raise ValueError(f"--conf needs KEY=VALUE, got {item!r}")
    return key.strip(), value


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for spark-submit, which runs this file as a script."""
    parser = argparse.ArgumentParser(prog="tacitus-spark", description="Run the tacitus pipeline as a Spark job.")
    _add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
