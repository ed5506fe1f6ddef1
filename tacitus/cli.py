"""The `tacitus` command line: a thin layer over the library. Exit status 0 = all good, 1 = some input rejected
or a check failed, 2 = usage error."""
from __future__ import annotations

import argparse
import json
import sys
from importlib import resources
from pathlib import Path
from typing import Sequence

from . import __version__


def _sample_path() -> str:
    return str(resources.files("tacitus").joinpath("data/samples/sample.jsonl"))


def _add_code_command(subparsers) -> None:
    p = subparsers.add_parser("code", help="code news documents into PLOVER events",
                              description="Code documents into events. INPUT: text/HTML files, directories "
                                          "(recursive: .txt .html .jsonl), JSONL of {id, text, date?, lang?, url?, "
                                          "title?, source?, source_country?}, or - for stdin. Without INPUT: the built-in sample.")
    p.add_argument("inputs", nargs="*", metavar="INPUT")
    p.add_argument("--date", help="publication date (YYYY-MM-DD) for inputs that carry none")
    p.add_argument("--lang", help="language of inputs that carry none (skips identification)")
    p.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "tsv", "parquet"])
    p.add_argument("--output", "-o", type=Path, help="write here instead of stdout")
    p.add_argument("--with-text", action="store_true", help="also write each document's text as read (JSONL only)")
    p.add_argument("--explain", action="store_true", help="print why each event was coded (to stderr)")
    p.add_argument("--actors", type=Path, help="YAML/CSV overlay of your own actors (adds to / overrides the KB)")
    p.add_argument("--min-confidence", type=float, default=None,
                   help="drop events whose confidence (a calibrated probability) is below this; default: the "
                        "event scorer's threshold, chosen by cross-validation; 0 keeps every rule candidate")
    p.add_argument("--home-country", default="auto", type=_home_country_arg, metavar="CODE|auto|none",
                   help="country of generic actors (police, unions, the government) that the text does not place: "
                        "auto (default) uses each document's source_country, else the language's main press "
                        "country (de DEU, fr FRA, it ITA, ru RUS); a code such as BEL imposes one; none leaves them "
                        "without a country")
    p.add_argument("--max-bytes", type=int, default=10_000_000, help="reject documents larger than this")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="worker processes (models load once in each); output is identical to one worker")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    p.set_defaults(handler=_run_code)


def _home_country_arg(value: str) -> str:
    if value.lower() in ("auto", "none"):
        return value.lower()
    if len(value) == 3 and value.isalpha():
        return value.upper()
    raise argparse.ArgumentTypeError(f"{value!r}: expected a three-letter country code, auto or none")


def _run_code(args: argparse.Namespace) -> int:
    from .inputs import iter_inputs
    from .output import EventWriter
    from .pipeline import Pipeline, PipelineOptions, RunSummary

    inputs = args.inputs
    if not inputs:
        inputs = [_sample_path()]
        if not args.quiet:
            print("tacitus: no INPUT given, coding the built-in sample (tacitus/data/samples/sample.jsonl)",
                  file=sys.stderr)
    try:
        writer = EventWriter(args.format, args.output)
    except (ValueError, OSError) as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return 2
    options = PipelineOptions(actors_overlay=args.actors, explain=args.explain, min_confidence=args.min_confidence,
                              home_country=args.home_country)
    if args.workers > 1:
        from .parallel import ParallelCoder

        pipeline = ParallelCoder(args.workers, options)
    else:
        pipeline = Pipeline(options)
    summary = RunSummary()
    documents = iter_inputs(inputs, default_date=args.date, default_lang=args.lang, max_bytes=args.max_bytes)
    documents = _with_document_records(documents, writer) if args.with_text else documents
    progress = _Progress(args.quiet)
    try:
        for event in pipeline.code_documents(documents, summary):
            writer.write(event)
            if args.explain:
                _explain(event, pipeline)
            progress.update_to(summary.read)
    finally:
        writer.close()
        progress.close()
        if hasattr(pipeline, "close"):
            pipeline.close()
    for problem in summary.problems:
        print(f"tacitus: rejected {problem}", file=sys.stderr)
    for note in summary.notes:
        print(f"tacitus: note: {note}", file=sys.stderr)
    if not args.quiet:
        print(summary.render(), file=sys.stderr)
    return 1 if summary.rejected else 0


def _with_document_records(documents, writer):
    for item in documents:
        if hasattr(item, "text"):
            writer.write_document({"id": item.id, "text": item.text, "date": item.date, "lang": item.lang,
                                   "url": item.url, "title": item.title, "source": item.source,
                                   "source_path": item.source_path})
        yield item


class _Progress:
    """A tqdm bar on stderr when it is a terminal (documents read so far)."""

    def __init__(self, quiet: bool) -> None:
        self._bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            self._bar = tqdm(unit="doc", file=sys.stderr, leave=False)

    def update_to(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _explain(event, pipeline) -> None:
    actor = ", ".join(f"{e.text} [{e.country or '?'} {e.sector or ''}]".strip() for e in event.actor)
    recipient = ", ".join(f"{e.text} [{e.country or '?'} {e.sector or ''}]".strip() for e in event.recipient)
    aux = f" aux={','.join(event.aux_mode)}" if event.aux_mode else ""
    print(f"{event.event_type}/{event.mode or '-'}{aux} conf={event.confidence:.2f} trigger='{event.evidence.trigger.text}'"
          f" actor=({actor}) recipient=({recipient})\n  sentence {event.evidence.sentence_index}: {event.evidence.text}",
          file=sys.stderr)
    why = pipeline.explanations.get(event.id)
    if why:
        print("  " + json.dumps(why, ensure_ascii=False), file=sys.stderr)


def _add_eval_command(subparsers) -> None:
    p = subparsers.add_parser("eval", help="score predictions against a gold file (rules: shared eval README)")
    p.add_argument("gold", type=Path)
    p.add_argument("--pred", type=Path, help="saved tacitus output to score; without it tacitus codes the gold texts")
    p.add_argument("--by-lang", action="store_true")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--bootstrap", type=int, default=0, metavar="N", help="95%% bootstrap intervals from N replicates")
    p.add_argument("--details", action="store_true", help="include per-record TP/FP/FN (JSON only)")
    p.add_argument("--save-pred", type=Path, help="also save the predictions tacitus made")
    p.add_argument("--min-confidence", type=float, default=None,
                   help="when coding: drop events below this confidence (default: the event scorer's threshold)")
    p.add_argument("--split", choices=["dev", "test"],
                   help="score only one part of the gold set: dev (one record in five, by a hash of its id; for "
                        "error analysis) or test (the other four, never looked at)")
    p.add_argument("--rules-only", action="store_true",
                   help="when coding: rule candidates with rule scores, without the trained event scorer")
    p.set_defaults(handler=_run_eval)


def _run_eval(args: argparse.Namespace) -> int:
    from .calibration import calibration_report, format_calibration
    from .evaluate import format_report, load_jsonl, score, split_records
    from .gold_coding import predict_gold
    from .pipeline import PipelineOptions

    try:
        gold = load_jsonl(args.gold)
        if args.split:
            gold = split_records(gold, args.split)
        options = PipelineOptions(min_confidence=args.min_confidence, rules_only=args.rules_only)
        predictions = load_jsonl(args.pred) if args.pred else predict_gold(gold, options)
    except (ValueError, OSError) as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return 2
    predictions = [p for p in predictions if p.get("record") != "document"]
    if args.save_pred:
        with open(args.save_pred, "w", encoding="utf-8") as handle:
            for p in predictions:
                handle.write(json.dumps(p, ensure_ascii=False) + "\n")
    report = score(gold, predictions, by_lang=args.by_lang, bootstrap=args.bootstrap, details=args.details)
    calibration = calibration_report(gold, predictions)
    if calibration["judged"]:
        report["calibration"] = calibration
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(format_report(report, title=args.gold.name))
        if calibration["judged"]:
            print(format_calibration(calibration))
    return 0


def _add_classify_command(subparsers) -> None:
    p = subparsers.add_parser("classify", help="event type of known dyads (records with text + actor_text/"
                                               "recipient_text or marked <s>..</s> <t>..</t>)")
    p.add_argument("input", type=Path)
    p.add_argument("--lang", default=None, help="language when records carry none (default: identify)")
    p.set_defaults(handler=_run_classify)


def _run_classify(args: argparse.Namespace) -> int:
    from .classify import DyadClassifier
    from .evaluate import load_jsonl

    try:
        records = load_jsonl(args.input)
    except (ValueError, OSError) as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return 2
    classifier = DyadClassifier()
    for result in classifier.classify_records(records, default_lang=args.lang):
        print(json.dumps(result, ensure_ascii=False))
    return 0


def _add_train_command(subparsers) -> None:
    p = subparsers.add_parser(
        "train", help="rebuild the trained models: the dyad classifier, the recipient filler and the event scorer "
                      "(with nested CV scores)",
        description="Rebuild every trained model from its data, deterministically (fixed seeds). "
                    "scripts/train_all.sh runs it on the repository's data.")
    p.add_argument("--data", "--dyads", dest="data", type=Path, metavar="PLV_TRAIN.jsonl",
                   help="dyad-level training records for the dyad classifier, e.g. plv_train.en.jsonl from the "
                        "shared eval sets")
    p.add_argument("--events", type=Path, metavar="DIR",
                   help="folder of sentence-level training records (*.jsonl) for the event scorer, e.g. the "
                        "repository's training/events")
    p.add_argument("--events-dev", type=Path, nargs="+", default=[], metavar="GOLD.jsonl",
                   help="sentence-level gold sets whose dev split (the fifth `tacitus eval --split dev` scores) "
                        "joins the event scorer's training data; their test split stays held out")
    p.add_argument("--sentence-extra", type=Path, metavar="PLV_TRAIN.jsonl",
                   help="dyad-level records whose sentences and PLOVER labels also train the sentence-type model "
                        "(never the scorer, and never scored), e.g. plv_train.en.jsonl")
    p.add_argument("--cv", type=int, default=0, metavar="K", help="report nested K-fold cross-validated scores")
    p.add_argument("--output", type=Path, help="where to write the dyad model (default: the package's "
                                                "data/models/dyad.json)")
    p.add_argument("--events-output", type=Path, help="where to write the event scorer (default: the package's "
                                                       "data/models/event_scorer.json); the sentence-type model "
                                                       "it uses goes beside it, as sentence_types.npz")
    p.add_argument("--filler-output", type=Path, help="where to write the recipient filler, trained on the same "
                                                       "sentences (default: the package's "
                                                       "data/models/recipient_filler.json)")
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(handler=_run_train)


def _run_train(args: argparse.Namespace) -> int:
    if args.data is None and args.events is None:
        print("tacitus: train needs --data (dyad records) and/or --events (sentence records)", file=sys.stderr)
        return 2
    status = 0
    if args.data is not None:
        status = max(status, _train_dyads(args))
    if args.events is not None:
        status = max(status, _train_event_scorer(args))
    return status


def _train_dyads(args: argparse.Namespace) -> int:
    from . import dyad_model
    from .evaluate import load_jsonl

    try:
        records = [r for r in load_jsonl(args.data) if r.get("level") == "dyad" and r.get("events")]
    except (ValueError, OSError) as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return 2
    if args.cv:
        print(json.dumps({"dyad_classifier": dyad_model.cross_validate(records, folds=args.cv, seed=args.seed)},
                         indent=2))
    model = dyad_model.train(records, seed=args.seed)
    output = args.output or Path(str(resources.files("tacitus").joinpath(dyad_model.MODEL_RESOURCE)))
    dyad_model.save(model, output)
    print(f"tacitus: trained on {len(records)} records (C={model.c}); wrote {output}", file=sys.stderr)
    return 0


def _train_event_scorer(args: argparse.Namespace) -> int:
    from . import filler_training, scorer_training, sentence_type_training
    from .coder import sentence_types
    from .coder.recipient_filler import MODEL_RESOURCE as FILLER_RESOURCE
    from .coder.recipient_filler import save as save_filler
    from .coder.scorer import MODEL_RESOURCE
    from .evaluate import load_jsonl

    try:
        records = scorer_training.load_training(args.events)
        sources = {f"{args.events.name}/ (training sentences)": len(records)}
        for path in args.events_dev:
            dev = scorer_training.load_dev_splits([path])
            sources[f"{path.name} (dev split)"] = len(dev)
            records += dev
        record_sources = [name for name, count in sources.items() for _ in range(count)]
        extra_records = (sentence_type_training.dyad_sentences(load_jsonl(args.sentence_extra))
                         if args.sentence_extra else [])
    except (ValueError, OSError) as exc:
        print(f"tacitus: {exc}", file=sys.stderr)
        return 2
    # The filler first, on the rules' candidates; the scorer then learns from candidates filled out of fold.
    coded = filler_training.code_records(records)
    filler_report = filler_training.cross_validate(coded, folds=args.cv, seed=args.seed) if args.cv else None
    filler = filler_training.train(coded, seed=args.seed)
    filler_output = args.filler_output or Path(str(resources.files("tacitus").joinpath(FILLER_RESOURCE)))
    save_filler(filler, filler_output)
    rows = scorer_training.candidate_rows(records, coded)
    rows.groups = scorer_training.threshold_groups(records, record_sources)
    # The sentence-type model and the scorer that weighs it are written side by side: one is useless without the
    # other.
    vectors = sentence_types.encode([r.get("text") or "" for r in records])
    extra = None
    if extra_records:
        extra = sentence_type_training.ExtraSentences(extra_records,
                                                      sentence_types.encode([r["text"] for r in extra_records]))
        sources[f"{args.sentence_extra.name} (sentence-type model only)"] = len(extra_records)
    if args.cv:
        report = scorer_training.cross_validate(records, folds=args.cv, seed=args.seed, rows=rows,
                                                sources=record_sources, vectors=vectors, extra=extra)
        print(json.dumps({"recipient_filler": filler_report, "event_scorer": report}, indent=2))
    sentence_model = sentence_type_training.fit(records, vectors, seed=args.seed, extra=extra)
    scorer = scorer_training.train(records, seed=args.seed, rows=rows, sources=sources, vectors=vectors, extra=extra)
    output = args.events_output or Path(str(resources.files("tacitus").joinpath(MODEL_RESOURCE)))
    scorer_training.save(scorer, output)
    sentence_types.write(sentence_model, output.with_name(Path(sentence_types.MODEL_RESOURCE).name))
    print(f"tacitus: recipient filler trained on {len(coded)} sentences, {filler.trained_on['rows']} parties "
          f"(threshold {filler.threshold}); wrote {filler_output}", file=sys.stderr)
    print(f"tacitus: event scorer trained on {len(records)} sentences, {len(rows.labels)} candidates "
          f"(C={scorer.trained_on['c_event']} and {scorer.trained_on['c_type']}, type threshold {scorer.threshold}); "
          f"wrote {output}", file=sys.stderr)
    return 0


def _add_schema_command(subparsers) -> None:
    p = subparsers.add_parser("schema", help="print the event record's JSON Schema")
    p.set_defaults(handler=_run_schema)


def _run_schema(args: argparse.Namespace) -> int:
    from .schema import event_json_schema

    print(json.dumps(event_json_schema(), indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tacitus", description="Political event data (PLOVER 2.0) from news, offline.")
    parser.add_argument("--version", action="version", version=f"tacitus {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_code_command(subparsers)
    _add_eval_command(subparsers)
    _add_classify_command(subparsers)
    _add_train_command(subparsers)
    _add_schema_command(subparsers)
    for module in ("tacitus.actors.cli", "tacitus.attributes.evaluate", "tacitus.attributes.places",
                   "tacitus.store.cli", "tacitus.server.cli", "tacitus.spark_cli"):
        __import__(module, fromlist=["register"]).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.handler(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
