"""Writing events as JSONL, CSV, TSV or Parquet.

Flat formats (CSV, TSV, Parquet, DataFrame) use one row per event and these rules:
- actor and recipient lists become columns `actor_<field>` / `recipient_<field>` (text, name, country,
  sector, identifier, title, start, end, country_inferred), each the values of the list's entities joined
  with ";" in list order (`other_sectors` of one entity are joined with "|");
- nested objects become `<object>_<field>` columns: date_value, date_precision, date_text, location_*,
  evidence_sentence_index, evidence_start, evidence_end, evidence_text, evidence_trigger_start/end/text;
- lists of strings (contexts, aux_mode) are joined with ";"; quantities are a JSON array in one column.
TSV replaces tabs and newlines inside values by spaces so every event stays one line (a classic breakage
of tab-separated event files).
"""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, TextIO

from .schema import Entity, Event

if TYPE_CHECKING:
    import pandas

FORMATS = ("jsonl", "csv", "tsv", "parquet")
_ENTITY_FIELDS = tuple(Entity.model_fields)
_SIMPLE_FIELDS = ("id", "doc_id", "event_type", "mode", "contexts", "aux_mode", "confidence", "language",
                  "cameo", "quad_class", "goldstein", "plover_intensity", "source", "url", "publication_date",
                  "source_path", "model_version", "kb_version", "date_assumed")


def flat_columns() -> list[str]:
    columns = list(_SIMPLE_FIELDS[:8])
    for role in ("actor", "recipient"):
        columns += [f"{role}_{field}" for field in _ENTITY_FIELDS]
    columns += ["date_value", "date_precision", "date_text"]
    columns += [f"location_{f}" for f in ("text", "name", "geonameid", "lat", "lon", "country", "feature", "precision")]
    columns += ["quantities"] + list(_SIMPLE_FIELDS[8:])
    columns += ["evidence_sentence_index", "evidence_start", "evidence_end", "evidence_text",
                "evidence_trigger_start", "evidence_trigger_end", "evidence_trigger_text"]
    return columns


def _join(values: Iterable[Any]) -> str:
    return ";".join("" if v is None else (str(v).lower() if isinstance(v, bool) else str(v)) for v in values)


def flatten(event: Event) -> dict[str, Any]:
    data = event.model_dump()
    row: dict[str, Any] = {}
    for key in _SIMPLE_FIELDS:
        value = data[key]
        row[key] = _join(value) if isinstance(value, list) else value
    for role in ("actor", "recipient"):
        entities = data[role]
        for field in _ENTITY_FIELDS:
            values = ["|".join(e[field]) if field == "other_sectors" else e[field] for e in entities]
            row[f"{role}_{field}"] = _join(values)
    for key in ("value", "precision", "text"):
        row[f"date_{key}"] = data["date"][key]
    location = data["location"] or {}
    for key in ("text", "name", "geonameid", "lat", "lon", "country", "feature", "precision"):
        row[f"location_{key}"] = location.get(key)
    row["quantities"] = json.dumps(data["quantities"], ensure_ascii=False) if data["quantities"] else ""
    evidence = data["evidence"]
    for key in ("sentence_index", "start", "end", "text"):
        row[f"evidence_{key}"] = evidence[key]
    for key in ("start", "end", "text"):
        row[f"evidence_trigger_{key}"] = evidence["trigger"][key]
    return {column: row[column] for column in flat_columns()}


def events_dataframe(events: Iterable[Event]) -> "pandas.DataFrame":
    import pandas

    return pandas.DataFrame([flatten(e) for e in events], columns=flat_columns())


class EventWriter:
    """Streams events to a file or stdout in one of FORMATS; Parquet is written on close."""

    def __init__(self, fmt: str, output: Path | None = None, stream: TextIO | None = None) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        if fmt == "parquet" and output is None:
            raise ValueError("--format parquet needs --output FILE (Parquet is binary)")
        self.fmt = fmt
        self.output = output
        self._rows: list[dict[str, Any]] = []
        self._owns_stream = output is not None and fmt != "parquet"
        self._stream: TextIO = (open(output, "w", encoding="utf-8", newline="") if self._owns_stream
                                else stream or sys.stdout)
        self._csv: csv.DictWriter | None = None
        if fmt in ("csv", "tsv"):
            self._csv = csv.DictWriter(self._stream, fieldnames=flat_columns(),
                                       delimiter="," if fmt == "csv" else "\t", lineterminator="\n",
                                       quoting=csv.QUOTE_MINIMAL)
            self._csv.writeheader()
        self.count = 0

    def write_document(self, record: dict[str, Any]) -> None:
        """A document record (for --with-text), JSONL only: {"record": "document", "id", "text", ...}."""
        if self.fmt == "jsonl":
            self._stream.write(json.dumps({"record": "document", **record}, ensure_ascii=False) + "\n")

    def write(self, event: Event) -> None:
        self.count += 1
        if self.fmt == "jsonl":
            self._stream.write(event.model_dump_json() + "\n")
        elif self.fmt == "parquet":
            self._rows.append(flatten(event))
        else:
            row = flatten(event)
            if self.fmt == "tsv":
                row = {k: _one_line(v) for k, v in row.items()}
            assert self._csv is not None
            self._csv.writerow(row)

    def close(self) -> None:
        if self.fmt == "parquet":
            import pandas

            assert self.output is not None
            pandas.DataFrame(self._rows, columns=flat_columns()).to_parquet(self.output, index=False)
        elif self._owns_stream:
            self._stream.close()
        else:
            self._stream.flush()


def _one_line(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    return value


def events_to_string(events: Iterable[Event], fmt: str = "jsonl") -> str:
    """The text an output in a text format would contain."""
    buffer = io.StringIO()
    writer = EventWriter(fmt, stream=buffer)
    for event in events:
        writer.write(event)
    writer.close()
    return buffer.getvalue()
