"""tacitus as a Spark job: the same pipeline over many input files, on a cluster or on local cores.

The job's unit of work is one input file (one row group of a Parquet file): the driver lists the units
(directories walked as iter_inputs walks them) and packs them by size into a few tasks per executor core;
each Python worker reads its units with tacitus's own readers and codes them with a Pipeline built once
per worker process and kept while Spark reuses the process (spark.python.worker.reuse, on by default). So the
events are exactly those of `tacitus code` on the same inputs, whatever the number of executors.

Output: Parquet, partitioned by event date (`event_date=YYYY-MM-DD`; `YYYY-MM` or `YYYY` when the text
gives only that, `unknown` when no date is known), one row per event with the flat columns of
`tacitus code --format parquet` plus `event_json`, the full record. Beside it, `_rejections/` (JSON lines:
what could not be coded, and why) and `_summary.json`; Spark and pyarrow readers skip `_` entries.

Retries never duplicate events: a task's output is committed only when the task succeeds (Spark's file
commit protocol discards a failed attempt's files), event ids are derived from the text, and the output
folder is overwritten as a whole on every run.

Input files must be readable at the same path by every executor (local mode, a shared file system, a
volume mounted on every Kubernetes pod, or an object store mounted as a file system).
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow
    from pyspark.sql import DataFrame, SparkSession

from .inputs import DEFAULT_MAX_BYTES, DIRECTORY_SUFFIXES, is_scale_input

EVENT_PARTITION = "event_date"
UNKNOWN_DATE = "unknown"
REJECTIONS_FOLDER = "_rejections"
SUMMARY_FILE = "_summary.json"
_ARROW_BATCH_ROWS = 512
# Tasks per executor core: enough to balance uneven files, few enough that per-task costs stay small.
TASKS_PER_CORE = 4
_INT_COLUMNS = frozenset({"quad_class", "location_geonameid", "evidence_sentence_index", "evidence_start",
                          "evidence_end", "evidence_trigger_start", "evidence_trigger_end"})
_FLOAT_COLUMNS = frozenset({"confidence", "goldstein", "plover_intensity", "location_lat", "location_lon"})
_BOOL_COLUMNS = frozenset({"date_assumed"})
# Report rows travel in the same output as events; `kind` tells them apart.
_REPORT_COLUMNS = ("kind", "reason", "location", "message")


@dataclass(frozen=True)
class JobConfig:
    """What every executor needs to read and code a unit the way `tacitus code` would."""

    default_date: str | None = None
    default_lang: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    actors_overlay: str | None = None


@dataclass
class SparkRunSummary:
    units: int = 0
    documents_read: int = 0
    documents_coded: int = 0
    documents_rejected: int = 0
    events: int = 0
    documents_without_date: int = 0
    rejected_by_reason: dict | None = None
    worker_processes: int = 0      # Python worker processes that coded units
    pipelines_loaded: int = 0      # times a worker loaded the models (once per process when Spark reuses workers)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------------------- units of work


def work_units(inputs: Sequence[str]) -> list[tuple[str, int]]:
    """(path, row group) of each unit, in the order iter_inputs reads them; row group -1 is the whole file.

    Directories are walked as iter_inputs walks them (sorted, hidden entries and symlinked directories
    skipped, only the file kinds it reads); a missing path stays a unit, whose reading reports it.
    """
    from .inputs_scale import parquet_row_group_count

    units: list[tuple[str, int]] = []
    for item in inputs:
        if item == "-":
            raise ValueError("a Spark job cannot read standard input: give files or directories")
        for path in _walk(Path(item)):
            groups = parquet_row_group_count(path) if path.name.lower().endswith(".parquet") else 0
            units += [(str(path), g) for g in range(groups)] if groups > 1 else [(str(path), -1)]
    return units


def _walk(path: Path) -> Iterator[Path]:
    if not path.is_dir():
        yield path
        return
    try:
        entries = sorted(path.iterdir(), key=lambda p: p.name)
    except OSError:
        yield path  # reading it reports why it cannot be listed
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk(entry)
        elif entry.suffix.lower() in DIRECTORY_SUFFIXES or is_scale_input(entry):
            yield entry


def read_unit(path: str, row_group: int, config: JobConfig) -> Iterator[Any]:
    """Documents and rejections of one unit."""
    from .inputs import iter_inputs

    if row_group >= 0:
        from .inputs_scale import iter_parquet

        return iter_parquet(path, config.default_date, config.default_lang, config.max_bytes, [row_group])
    return iter_inputs([path], config.default_date, config.default_lang, config.max_bytes)


# ---------------------------------------------------------------------------- executor side


def output_schema() -> pyarrow.Schema:
    import pyarrow as pa

    from .output import flat_columns

    fields = []
    for column in flat_columns():
        kind = (pa.int64() if column in _INT_COLUMNS else pa.float64() if column in _FLOAT_COLUMNS
                else pa.bool_() if column in _BOOL_COLUMNS else pa.string())
        fields.append(pa.field(column, kind))
    fields.append(pa.field("event_json", pa.string()))
    fields.append(pa.field(EVENT_PARTITION, pa.string()))
    fields += [pa.field(name, pa.string()) for name in _REPORT_COLUMNS]
    return pa.schema(fields)


def event_row(event: Any) -> dict[str, Any]:
    """One event as an output row (flat columns, the full record as JSON, its partition)."""
    from .output import flatten

    row = flatten(event)
    row["event_json"] = event.model_dump_json()
    row[EVENT_PARTITION] = event_partition(event.date.value)
    row["kind"] = "event"
    return row


def event_partition(value: str | None) -> str:
    return value or UNKNOWN_DATE


@lru_cache(maxsize=4)
def _worker_pipeline(config: JobConfig):
    """One Pipeline per Python worker process and configuration: the models load once, on first use."""
    from .pipeline import Pipeline, PipelineOptions

    overlay = Path(config.actors_overlay) if config.actors_overlay else None
    return Pipeline(PipelineOptions(actors_overlay=overlay))


def code_unit(path: str, row_group: int, config: JobConfig) -> Iterator[dict[str, Any]]:
    """Output rows of one unit: its events, a row per rejection, and one summary row last."""
    from .pipeline import RunSummary

    misses = _worker_pipeline.cache_info().misses
    pipeline = _worker_pipeline(config)
    loaded = _worker_pipeline.cache_info().misses > misses  # this unit's process built its Pipeline now
    summary = RunSummary()
    for item in read_unit(path, row_group, config):
        before = Counter(summary.rejected)
        # One item at a time, so that a rejection (the reader's, or the pipeline's: unknown language)
        # is known with its reason.
        for event in pipeline.code_documents([item], summary):
            yield event_row(event)
        if summary.rejected != before:
            [reason] = [k for k, v in summary.rejected.items() if v != before.get(k, 0)]
            location, _, message = summary.problems[-1].partition(": ")
            yield {"kind": "rejection", "reason": reason, "location": location, "message": message}
    counts = {"read": summary.read, "coded": summary.coded, "events": summary.events,
              "date_assumed": summary.date_assumed, "rejected": dict(summary.rejected),
              "worker": os.getpid(), "loaded": loaded}
    yield {"kind": "summary", "location": path, "message": json.dumps(counts, sort_keys=True)}


def code_batches(batches: Iterable[pyarrow.RecordBatch], config: JobConfig) -> Iterator[pyarrow.RecordBatch]:
    """The mapInArrow function: units in, output rows out (in Arrow batches)."""
    import pyarrow as pa

    schema = output_schema()
    rows: list[dict[str, Any]] = []
    for batch in batches:
        for unit in batch.to_pylist():
            for row in code_unit(unit["path"], unit["row_group"], config):
                rows.append(row)
                if len(rows) >= _ARROW_BATCH_ROWS:
                    yield pa.RecordBatch.from_pylist(rows, schema=schema)
                    rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def make_mapper(config: JobConfig) -> Callable[[Iterable[pyarrow.RecordBatch]], Iterator[pyarrow.RecordBatch]]:
    def mapper(batches: Iterable[pyarrow.RecordBatch]) -> Iterator[pyarrow.RecordBatch]:
        return code_batches(batches, config)

    return mapper


# ---------------------------------------------------------------------------- driver side


def spark_session(master: str | None = None, app_name: str = "tacitus", conf: dict[str, str] | None = None
                  ) -> SparkSession:
    """A session for the job. Under spark-submit the submitted settings are kept; with no master
    configured anywhere, local mode on every core. In local mode the workers run this Python."""
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    submitted = SparkConf()
    chosen = master or (None if submitted.contains("spark.master") else "local[*]")
    if chosen:
        builder = builder.master(chosen)
    local = (chosen or submitted.get("spark.master", "")).startswith("local")
    if local and "PYSPARK_PYTHON" not in os.environ and not submitted.contains("spark.pyspark.python"):
        # pyspark names the workers' interpreter from this variable (else "python3", which may lack tacitus).
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = builder.config("spark.sql.execution.arrow.pyspark.enabled", "true")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def coded_frame(spark: SparkSession, inputs: Sequence[str], config: JobConfig = JobConfig(),
                mapper: Callable | None = None, partitions: int | None = None) -> DataFrame:
    """The DataFrame of output rows (events and reports) of the inputs; nothing runs until an action.

    Units are packed into `partitions` tasks (default: TASKS_PER_CORE per core of the cluster, at most
    one per unit), by size, so that tasks take about as long as one another. `mapper` replaces
    make_mapper(config) (a test wraps it to inject failures).
    """
    from pyspark.sql.pandas.types import from_arrow_schema
    from pyspark.sql.types import IntegerType, StringType, StructField, StructType

    units = work_units(inputs)
    if not units:
        raise ValueError("no input files found")
    wanted = partitions or TASKS_PER_CORE * spark.sparkContext.defaultParallelism
    groups = pack_units(units, max(1, min(len(units), wanted)))
    unit_schema = StructType([StructField("path", StringType(), False), StructField("row_group", IntegerType(), False)])
    # One group per slice: parallelize cuts a list of n elements into n slices of one element each.
    rdd = spark.sparkContext.parallelize(groups, len(groups)).flatMap(lambda group: group)
    frame = spark.createDataFrame(rdd, unit_schema)
    return frame.mapInArrow(mapper or make_mapper(config), from_arrow_schema(output_schema()))


def pack_units(units: Sequence[tuple[str, int]], count: int) -> list[list[tuple[str, int]]]:
    """Units spread over `count` groups of about equal size in bytes (largest first, each to the lightest
    group): a task costs Spark a fraction of a second, so thousands of small files go in fewer tasks."""
    sizes = [_unit_size(path, group) for path, group in units]
    groups: list[list[tuple[str, int]]] = [[] for _ in range(count)]
    loads = [0] * count
    for index in sorted(range(len(units)), key=lambda i: (-sizes[i], i)):
        lightest = min(range(count), key=lambda g: (loads[g], g))
        groups[lightest].append(units[index])
        loads[lightest] += sizes[index]
    return [g for g in groups if g]


def _unit_size(path: str, row_group: int) -> int:
    try:
        size = os.stat(path).st_size
    except OSError:
        return 0
    if row_group >= 0:
        from .inputs_scale import parquet_row_group_count

        size //= max(1, parquet_row_group_count(path))
    return size


def run_job(spark: SparkSession, inputs: Sequence[str], output: str, config: JobConfig = JobConfig(),
            mapper: Callable | None = None, partitions: int | None = None) -> SparkRunSummary:
    """Code the inputs and write OUTPUT (overwritten): events partitioned by date, rejections, summary."""
    import time

    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    started = time.monotonic()
    rows = coded_frame(spark, inputs, config, mapper, partitions).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        event_columns = [c for c in output_schema().names if c not in _REPORT_COLUMNS]
        events = rows.filter(F.col("kind") == "event").select(*event_columns)
        events.write.mode("overwrite").partitionBy(EVENT_PARTITION).parquet(output)
        reports = rows.filter(F.col("kind") == "rejection").select("reason", "location", "message")
        reports.coalesce(1).write.mode("overwrite").json(_join(output, REJECTIONS_FOLDER))
        counts = [json.loads(r.message) for r in rows.filter(F.col("kind") == "summary").select("message").collect()]
    finally:
        rows.unpersist()
    summary = _summarise(counts, time.monotonic() - started)
    _write_summary(spark, output, summary)
    return summary


def _summarise(counts: list[dict[str, Any]], seconds: float) -> SparkRunSummary:
    rejected: Counter = Counter()
    for c in counts:
        rejected.update(c["rejected"])
    return SparkRunSummary(
        units=len(counts), documents_read=sum(c["read"] for c in counts),
        documents_coded=sum(c["coded"] for c in counts), documents_rejected=sum(rejected.values()),
        events=sum(c["events"] for c in counts), documents_without_date=sum(c["date_assumed"] for c in counts),
        rejected_by_reason=dict(sorted(rejected.items())),
        worker_processes=len({c["worker"] for c in counts}), pipelines_loaded=sum(c["loaded"] for c in counts),
        seconds=round(seconds, 2))


def _join(output: str, name: str) -> str:
    return output.rstrip("/") + "/" + name


def _write_summary(spark: SparkSession, output: str, summary: SparkRunSummary) -> None:
    text = json.dumps(summary.as_dict(), indent=2, sort_keys=True) + "\n"
    if "://" not in output or output.startswith("file://"):
        Path(output.removeprefix("file://"), SUMMARY_FILE).write_text(text, encoding="utf-8")
        return
    # A cluster file system (hdfs://, s3a://): written through Spark, as one small text file.
    spark.sparkContext.parallelize([text], 1).saveAsTextFile(_join(output, SUMMARY_FILE))


def read_events(spark: SparkSession, output: str) -> DataFrame:
    """The events a run wrote, with event_date as written (a string, not inferred as a date)."""
    spark.conf.set("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
    return spark.read.parquet(output)
