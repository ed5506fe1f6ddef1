"""Speed of the classification stage: event detection, typing, roles, auxiliary modes and the event scorer, on
sentences already parsed and with their actor mentions found (those stages have their own benchmarks).

    .venv/bin/python bench/bench_coder.py                   # the repository's training sentences, 8 languages
    .venv/bin/python bench/bench_coder.py --repeat 5 --json

Each sentence is parsed and its mentions found once, outside the timing; then the coder runs over all of them
`--repeat` times in one process, and the best pass counts (the least disturbed by other work on the machine).
Target (event-coder issue): at least 200 sentences/s on the 2-core development machine.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = 200.0


def prepare(folder: Path):
    """(parsed, mentions, nationality adjectives) for every training sentence, grouped by language."""
    from tacitus.actors import ActorResolver
    from tacitus.evaluate import load_jsonl
    from tacitus.nlp import get_backend

    resolver = ActorResolver.load(None)
    prepared = defaultdict(list)
    for path in sorted(folder.glob("*.jsonl")):
        for record in load_jsonl(path):
            lang = record["lang"]
            parsed = get_backend(lang).parse(record["text"])
            prepared[lang].append((parsed, *resolver.read(parsed, record.get("date"))))
    return prepared


def run(folder: Path, repeat: int) -> dict:
    from tacitus.coder.coder import EventCoder
    from tacitus.coder.scorer import load_event_scorer

    t = time.perf_counter()
    prepared = prepare(folder)
    prepare_s = time.perf_counter() - t
    scorer = load_event_scorer()
    by_lang = {}
    total_sentences, total_best = 0, 0.0
    for lang, items in sorted(prepared.items()):
        coder = EventCoder.for_language(lang, scorer)
        sentences = sum(len(parsed.sentences) for parsed, _, _ in items)
        passes = []
        events = 0
        for _ in range(repeat):
            t = time.perf_counter()
            events = sum(len(coder.code(parsed, mentions, adjectives)) for parsed, mentions, adjectives in items)
            passes.append(time.perf_counter() - t)
        best = min(passes)
        by_lang[lang] = {"sentences": sentences, "events": events, "seconds": round(best, 3),
                         "sentences_per_s": round(sentences / best, 1)}
        total_sentences += sentences
        total_best += best
    return {"sentences": total_sentences, "sentences_per_s": round(total_sentences / total_best, 1),
            "target_sentences_per_s": TARGET, "scorer": scorer is not None, "repeat": repeat,
            "prepare_s": round(prepare_s, 1), "by_language": by_lang, "cpus": os.cpu_count(),
            "processor": platform.processor() or platform.machine(), "load_average": round(os.getloadavg()[0], 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "training" / "events",
                        help="folder of sentence records (*.jsonl); default: the repository's training sentences")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = run(args.data, args.repeat)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"classification stage: {report['sentences']} sentences, {report['sentences_per_s']} sentences/s "
              f"(target {TARGET:.0f}); event scorer {'on' if report['scorer'] else 'off'}; best of {args.repeat} "
              f"passes; {report['cpus']} CPUs, load average {report['load_average']}")
        for lang, row in report["by_language"].items():
            print(f"  {lang}: {row['sentences']:>5} sentences  {row['sentences_per_s']:>8} sentences/s  "
                  f"{row['events']} events")
    return 0 if report["sentences_per_s"] >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
