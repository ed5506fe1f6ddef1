"""One Spark measurement for bench/run_bench.py (run in its own process: one JVM per master setting).

    .venv/bin/python bench/spark_scaling.py --master 'local[2]' --corpus bench/corpus --out /tmp/o --scratch /tmp

A warm-up job first codes one small multi-language file per executor core, so that every Python worker
has loaded its models (Spark reuses its Python workers between tasks and jobs); then the timed job codes
the corpus. Prints one JSON line: master, seconds (timed job), documents, events, the warm-up's seconds.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from importlib import resources

    from tacitus.spark import JobConfig, run_job, spark_session

    parser = argparse.ArgumentParser()
    parser.add_argument("--master", required=True)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--scratch", type=Path, required=True)
    args = parser.parse_args()
    cores = int(re.search(r"\d+", args.master).group()) if re.search(r"\d+", args.master) else 1
    warm = args.scratch / "warm"
    warm.mkdir(parents=True, exist_ok=True)
    sample = resources.files("tacitus").joinpath("data/samples/sample.jsonl").read_text(encoding="utf-8")
    for k in range(cores):
        (warm / f"warm-{k}.jsonl").write_text(sample, encoding="utf-8")
    started = time.perf_counter()
    spark = spark_session(args.master, app_name="tacitus-bench",
                          conf={"spark.ui.enabled": "false", "spark.driver.memory": "1g"})
    spark.sparkContext.setLogLevel("ERROR")
    try:
        warm_up = run_job(spark, [str(warm)], str(args.scratch / "warm-out"), JobConfig())
        session_seconds = time.perf_counter() - started
        begin = time.perf_counter()
        result = run_job(spark, [str(args.corpus)], args.out, JobConfig())
        seconds = time.perf_counter() - begin
    finally:
        spark.stop()
    print(json.dumps({"master": args.master, "cores": cores, "seconds": round(seconds, 2),
                      "documents": result.documents_read, "events": result.events,
                      "rejected": result.rejected_by_reason, "start_and_warm_up_seconds": round(session_seconds, 1),
                      "warm_up_units": warm_up.units}))


if __name__ == "__main__":
    main()
