"""Filters and aggregations over the store, shared by `tacitus query` and the HTTP API.

Every value reaches DuckDB as a bound parameter; only fixed fragments from the tables below (column names,
interval names) are ever written into the SQL text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Sequence

from ..schema import AUX_MODES, EVENT_TYPES
from .rows import words

MAX_LIST_VALUES = 50
MAX_TEXT_LENGTH = 200
INTERVALS = ("day", "week", "month", "year", "all")
UNITS = ("events", "clusters")
AGGREGATIONS = ("dyad", "country-year", "quad", "goldstein", "type", "places")

_CODE = re.compile(r"^[A-Za-z0-9_-]{1,16}$")


class QueryError(ValueError):
    """A filter or aggregation the store cannot run, with what to change."""


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None          # inclusive, ISO date
    date_to: str | None = None            # inclusive, ISO date
    actor_country: tuple[str, ...] = ()   # any actor entity from one of these countries
    recipient_country: tuple[str, ...] = ()
    country: tuple[str, ...] = ()         # either side
    sector: tuple[str, ...] = ()          # either side
    event_type: tuple[str, ...] = ()
    mode: tuple[str, ...] = ()
    quad_class: tuple[int, ...] = ()
    context: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    text: str | None = None               # every word of it is a word of the sentence (case-insensitive)
    # Negated, hypothetical, future and historical events are stored, marked: "Russia denied attacking" is an
    # ASSAULT with aux_mode ["negation"]. Counting what happened needs without_aux=("negation", "hypothetical").
    aux_mode: tuple[str, ...] = ()        # events marked with any of these auxiliary modes
    without_aux: tuple[str, ...] = ()     # events marked with none of them
    min_confidence: float | None = None
    doc_id: str | None = None
    cluster_id: str | None = None

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> "Filters":
        """Filters from loose values (CLI or query string): lists or comma-separated strings."""
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            value = values.get(f.name)
            if value is None or value == "" or value == []:
                continue
            if f.type.startswith("tuple"):
                items = value if isinstance(value, (list, tuple)) else [value]
                parts = [p.strip() for item in items for p in str(item).split(",") if p.strip()]
                kwargs[f.name] = tuple(int(p) if f.name == "quad_class" and p.isdigit() else p for p in parts)
            elif f.name == "min_confidence":
                kwargs[f.name] = float(value)
            else:
                kwargs[f.name] = str(value)
        filters = cls(**kwargs)
        filters.validate()
        return filters

    def validate(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise QueryError(f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}") from None
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                if len(value) > MAX_LIST_VALUES:
                    raise QueryError(f"{f.name}: at most {MAX_LIST_VALUES} values")
                if f.name in ("actor_country", "recipient_country", "country", "sector", "event_type", "mode",
                              "language"):
                    bad = [v for v in value if not _CODE.match(str(v))]
                    if bad:
                        raise QueryError(f"{f.name}: not a code: {bad[0]!r}")
        bad_types = [t for t in self.event_type if t.upper() not in EVENT_TYPES]
        if bad_types:
            raise QueryError(f"event_type: {bad_types[0]!r} is not a PLOVER type ({', '.join(EVENT_TYPES)})")
        for name in ("aux_mode", "without_aux"):
            bad = [v for v in getattr(self, name) if str(v).lower() not in AUX_MODES]
            if bad:
                raise QueryError(f"{name}: {bad[0]!r} is not an auxiliary mode ({', '.join(AUX_MODES)})")
        if any(q not in (1, 2, 3, 4) for q in self.quad_class):
            raise QueryError("quad_class: values are 1, 2, 3 or 4")
        for name in ("text", "doc_id", "cluster_id"):
            value = getattr(self, name)
            if value is not None and len(value) > MAX_TEXT_LENGTH:
                raise QueryError(f"{name}: at most {MAX_TEXT_LENGTH} characters")
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise QueryError("min_confidence: a number between 0 and 1")

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """The WHERE clause (starting with ' WHERE', or empty) and its parameters."""
        a = alias + "."
        clauses: list[str] = []
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            clauses.append(sql)
            params.extend(values)

        def any_of(column: str, values: list[Any]) -> None:
            # OR of list_contains: several times faster in DuckDB than list_has_any with a list parameter.
            add("(" + " OR ".join(f"list_contains({a}{column}, ?)" for _ in values) + ")", *values)

        def one_of(column: str, values: list[Any]) -> None:
            add(f"{a}{column} IN ({', '.join('?' for _ in values)})", *values)

        if self.date_from:
            add(f"{a}event_date >= CAST(? AS DATE)", self.date_from)
        if self.date_to:
            add(f"{a}event_date <= CAST(? AS DATE)", self.date_to)
        upper = lambda values: [str(v).upper() for v in values]  # noqa: E731
        lower = lambda values: [str(v).lower() for v in values]  # noqa: E731
        if self.actor_country:
            any_of("actor_countries", upper(self.actor_country))
        if self.recipient_country:
            any_of("recipient_countries", upper(self.recipient_country))
        if self.country:
            any_of("countries", upper(self.country))
        if self.sector:
            any_of("sectors", upper(self.sector))
        if self.event_type:
            one_of("event_type", upper(self.event_type))
        if self.mode:
            one_of("mode", lower(self.mode))
        if self.quad_class:
            one_of("quad_class", list(self.quad_class))
        if self.context:
            any_of("contexts", lower(self.context))
        if self.language:
            one_of("language", lower(self.language))
        if self.source:
            one_of("source", list(self.source))
        if self.text:
            terms = words(self.text)[:MAX_LIST_VALUES]
            if not terms:
                add("false")
            elif len(terms) == 1:
                add(f"{a}key IN (SELECT event_key FROM event_words WHERE word = ?)", terms[0])
            else:
                add(f"{a}key IN (SELECT event_key FROM event_words WHERE word IN ({', '.join('?' for _ in terms)}) "
                    "GROUP BY event_key HAVING count(DISTINCT word) = ?)", *terms, len(terms))
        if self.aux_mode:
            any_of("aux_mode", lower(self.aux_mode))
        if self.without_aux:
            add("NOT (" + " OR ".join(f"list_contains(coalesce({a}aux_mode, []), ?)" for _ in self.without_aux) + ")",
                *lower(self.without_aux))
        if self.min_confidence is not None:
            add(f"{a}confidence >= ?", self.min_confidence)
        if self.doc_id:
            add(f"{a}doc_id = ?", self.doc_id)
        if self.cluster_id:
            add(f"{a}cluster_id = ?", self.cluster_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@dataclass(frozen=True)
class Result:
    columns: list[str]
    rows: list[tuple]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


EVENT_LIST_COLUMNS: tuple[str, ...] = (
    "id", "event_date", "event_type", "mode", "quad_class", "goldstein", "actor_names", "actor_code",
    "recipient_names", "recipient_code", "location_name", "lat", "lon", "source", "url", "language", "confidence",
    "doc_id", "cluster_id", "cluster_articles", "cluster_sources", "sentence_text",
)


def select_events(con, filters: Filters, *, limit: int = 100, offset: int = 0, with_text: bool = True) -> Result:
    """Events matching the filters, newest first (ties by id), as summary rows with their cluster's counts."""
    where, params = filters.where("e")
    columns = [c for c in EVENT_LIST_COLUMNS if with_text or c != "sentence_text"]
    # One query: DuckDB pushes the top-N's date threshold down into the scan, so on a store filled roughly in
    # date order (news arrives that way) the newest page reads little more than its own rows.
    rows = con.execute(f"SELECT {', '.join('e.' + c for c in columns)} FROM events e{where} "
                       "ORDER BY e.event_date DESC NULLS LAST, e.id LIMIT ? OFFSET ?",
                       params + [int(limit), int(offset)]).fetchall()
    names = [{"cluster_articles": "num_articles", "cluster_sources": "num_sources"}.get(c, c) for c in columns]
    return Result(names, rows)


def count_events(con, filters: Filters) -> int:
    where, params = filters.where("e")
    return con.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]


def event_records(con, filters: Filters, *, limit: int | None = None) -> list[str]:
    """The stored JSON records of matching events, in id order."""
    where, params = filters.where("e")
    sql = f"SELECT e.record FROM events e{where} ORDER BY e.id"
    if limit is not None:
        sql += " LIMIT ?"
        params = params + [int(limit)]
    return [r[0] for r in con.execute(sql, params).fetchall()]


def _period(interval: str) -> str | None:
    if interval not in INTERVALS:
        raise QueryError(f"interval must be one of {', '.join(INTERVALS)}")
    if interval == "all":
        return None
    return f"CAST(date_trunc('{interval}', e.event_date) AS DATE)"  # interval is from the fixed tuple


def aggregate(con, kind: str, filters: Filters, *, interval: str = "month", unit: str = "events",
              limit: int = 10_000) -> Result:
    """Counts by dyad x period, country-year, quad class x period, Goldstein sums by period, by event type,
    or by place. `unit` counts per-article events or clusters (distinct real-world events)."""
    if kind not in AGGREGATIONS:
        raise QueryError(f"aggregation must be one of {', '.join(AGGREGATIONS)}")
    if unit not in UNITS:
        raise QueryError(f"unit must be one of {', '.join(UNITS)}")
    where, params = filters.where("e")
    source = " FROM events e"
    count = "count(DISTINCT coalesce(e.cluster_id, e.id))" if unit == "clusters" else "count(*)"
    period = _period(interval)
    undated = (" AND " if where else " WHERE ") + "e.event_date IS NOT NULL"
    if kind == "country-year":
        return _country_year(con, source, where, params, count, limit)
    keys: list[tuple[str, str]] = []
    if period is not None and kind != "places":
        keys.append((period, "period"))
    values: list[tuple[str, str]] = [(count, unit)]
    if kind == "dyad":
        keys += [("e.actor_country", "actor_country"), ("e.recipient_country", "recipient_country")]
        values.append(("round(sum(e.goldstein), 3)", "goldstein_sum"))
    elif kind == "quad":
        keys.append(("e.quad_class", "quad_class"))
    elif kind == "goldstein":
        values += [("round(sum(e.goldstein), 3)", "goldstein_sum"), ("round(avg(e.goldstein), 3)", "goldstein_mean")]
    elif kind == "type":
        keys.append(("e.event_type", "event_type"))
    elif kind == "places":
        keys += [("e.geonameid", "geonameid"), ("round(e.lat, 2)", "lat"), ("round(e.lon, 2)", "lon"),
                 ("any_value(e.location_name)", "name"), ("any_value(e.location_country)", "country")]
        where = where + ((" AND " if where else " WHERE ") + "e.lat IS NOT NULL AND e.lon IS NOT NULL")
    select = ", ".join(f"{sql} AS {name}" for sql, name in keys + values)
    group = [sql for sql, _ in keys if not sql.startswith("any_value")]
    if period is not None and kind != "places":
        where += undated
    if kind == "places":
        order = f"{unit} DESC, geonameid"
    else:
        order = ", ".join(name for _, name in keys) or f"{unit} DESC"
    sql = (f"SELECT {select}{source}{where}" + (f" GROUP BY {', '.join(group)}" if group else "")
           + f" ORDER BY {order} LIMIT ?")
    rows = con.execute(sql, params + [int(limit)]).fetchall()
    return Result([name for _, name in keys + values], rows)


def _country_year(con, source: str, where: str, params: list[Any], count: str, limit: int) -> Result:
    sql = f"""
        WITH roles AS (
            SELECT e.actor_country AS country, year(e.event_date) AS year, 'actor' AS role, {count} AS n,
                   sum(e.goldstein) AS g
            {source}{where}{(" AND " if where else " WHERE ")}e.actor_country IS NOT NULL AND e.event_date IS NOT NULL
            GROUP BY 1, 2
            UNION ALL
            SELECT e.recipient_country, year(e.event_date), 'recipient', {count}, sum(e.goldstein)
            {source}{where}{(" AND " if where else " WHERE ")}e.recipient_country IS NOT NULL AND e.event_date IS NOT NULL
            GROUP BY 1, 2
        )
        SELECT country, year,
               coalesce(sum(n) FILTER (WHERE role = 'actor'), 0) AS events_as_actor,
               coalesce(sum(n) FILTER (WHERE role = 'recipient'), 0) AS events_as_recipient,
               round(coalesce(sum(g) FILTER (WHERE role = 'actor'), 0), 3) AS goldstein_as_actor,
               round(coalesce(sum(g) FILTER (WHERE role = 'recipient'), 0), 3) AS goldstein_as_recipient
        FROM roles GROUP BY country, year ORDER BY country, year LIMIT ?"""
    rows = con.execute(sql, params + params + [int(limit)]).fetchall()
    return Result(["country", "year", "events_as_actor", "events_as_recipient", "goldstein_as_actor",
                   "goldstein_as_recipient"], rows)


def network(con, filters: Filters, *, max_nodes: int = 30) -> dict[str, Any]:
    """The dyad network: countries as nodes (by events involving them), directed edges actor -> recipient."""
    where, params = filters.where("e")
    where += (" AND " if where else " WHERE ") + "e.actor_country IS NOT NULL AND e.recipient_country IS NOT NULL"
    rows = con.execute(f"""
        SELECT e.actor_country, e.recipient_country, count(*) AS n, round(sum(e.goldstein), 3) AS g
        FROM events e{where} GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 2000""", params).fetchall()
    weight: dict[str, int] = {}
    for a, r, n, _ in rows:
        weight[a] = weight.get(a, 0) + n
        weight[r] = weight.get(r, 0) + n
    nodes = sorted(weight, key=lambda c: (-weight[c], c))[:max_nodes]
    keep = set(nodes)
    edges = [{"source": a, "target": r, "events": n, "goldstein_sum": g} for a, r, n, g in rows
             if a in keep and r in keep]
    return {"nodes": [{"id": c, "events": weight[c]} for c in nodes], "edges": edges}


def _copies(con, text_hash: str, doc_id: str) -> tuple[str | None, int]:
    """(the document this one copies, or None; how many other documents have the same text)."""
    first, count = con.execute("SELECT min(id), count(*) FROM documents WHERE text_hash = ?", [text_hash]).fetchone()
    return (first if first != doc_id else None), count - 1


def event_detail(con, event_id: str) -> dict[str, Any] | None:
    """One event: its record, its document's metadata (copies included) and its cluster."""
    import json

    row = con.execute("SELECT record, doc_id, cluster_id FROM events WHERE id = ?", [event_id]).fetchone()
    if row is None:
        return None
    document = document_detail(con, row[1], with_text=False)
    cluster = con.execute("""
        SELECT c.cluster_id, c.num_mentions, c.num_articles, c.num_sources, c.first_date, c.last_date
        FROM clusters c WHERE c.cluster_id = ?""", [row[2]]).fetchone() if row[2] else None
    return {"event": json.loads(row[0]), "document": document,
            "cluster": None if cluster is None else dict(zip(
                ("cluster_id", "num_mentions", "num_articles", "num_sources", "first_date", "last_date"), cluster))}


def document_detail(con, doc_id: str, *, with_text: bool = True) -> dict[str, Any] | None:
    names = ["id", "title", "url", "source", "date", "lang", "model_version", "n_events", "text_hash"]
    row = con.execute(f"SELECT {', '.join(names)}{', text' if with_text else ''} FROM documents WHERE id = ?",
                      [doc_id]).fetchone()
    if row is None:
        return None
    record = dict(zip(names + (["text"] if with_text else []), row))
    record["copy_of"], record["n_copies"] = _copies(con, record.pop("text_hash"), doc_id)
    return record


def clusters_list(con, filters: Filters, *, limit: int = 100, offset: int = 0) -> Result:
    """Clusters having at least one event matching the filters, largest first."""
    where, params = filters.where("e")
    sql = f"""
        SELECT c.cluster_id, c.event_type, c.actor_code, c.recipient_code, c.place_key, c.first_date,
               c.last_date, c.num_mentions, c.num_articles, c.num_sources, c.root_event_id
        FROM clusters c WHERE c.cluster_id IN (SELECT e.cluster_id FROM events e{where})
        ORDER BY c.num_articles DESC, c.first_date DESC, c.cluster_id LIMIT ? OFFSET ?"""
    rows = con.execute(sql, params + [int(limit), int(offset)]).fetchall()
    return Result(["cluster_id", "event_type", "actor_code", "recipient_code", "place_key", "first_date",
                   "last_date", "num_mentions", "num_articles", "num_sources", "root_event_id"], rows)


def as_list(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
