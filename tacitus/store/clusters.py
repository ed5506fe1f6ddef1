"""Linking reports of one real-world event across articles into clusters.

Two per-article records belong to one cluster when they have the same event type, the same dyad (actor and
recipient codes, see rows.side_code), the same auxiliary modes, dates within one day of each other and
compatible places. Clusters are a pure function of the set of records, so they do not depend on the order
documents were ingested in:

- dates: within a (type, dyad, aux) group, records with a day-precision date are swept in date order; a window
  opens at the earliest date not yet taken and holds every record dated that day or the next. Windows do not
  chain, so a dyad that clashes every day is not collapsed into one months-long event. Records without a day
  date are clusters of their own.
- places, within a window: records placed at a city or region form one group per place; a record placed only
  at country level joins the one placed group of that country when there is exactly one, else a group of its
  country; a record with no place joins the window's single group when there is exactly one, else a group of
  unplaced records.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby
from typing import Iterable


@dataclass(frozen=True)
class Mention:
    """What clustering needs of one stored event."""

    id: str
    event_type: str
    actor_code: str
    recipient_code: str
    aux: str
    day: date | None           # None unless the event date has day precision
    place: str | None          # city/region key (geonameid or name), None when unknown or country-level
    country: str | None        # the place's country
    doc_id: str
    source: str | None
    confidence: float


@dataclass(frozen=True)
class Cluster:
    cluster_id: str
    event_type: str
    actor_code: str
    recipient_code: str
    place_key: str
    first_date: date | None
    last_date: date | None
    num_mentions: int
    num_articles: int
    num_sources: int
    root_event_id: str
    members: tuple[str, ...]


def _cluster_id(*parts: object) -> str:
    key = json.dumps([str(p) if p is not None else None for p in parts])
    return "k" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _make(cluster_id: str, place_key: str, members: list[Mention]) -> Cluster:
    days = [m.day for m in members if m.day is not None]
    root = min(members, key=lambda m: (-m.confidence, m.id))
    return Cluster(cluster_id=cluster_id, event_type=root.event_type, actor_code=root.actor_code,
                   recipient_code=root.recipient_code, place_key=place_key,
                   first_date=min(days) if days else None, last_date=max(days) if days else None,
                   num_mentions=len(members), num_articles=len({m.doc_id for m in members}),
                   num_sources=len({m.source or "doc:" + m.doc_id for m in members}),
                   root_event_id=root.id, members=tuple(sorted(m.id for m in members)))


def _place_groups(window: list[Mention]) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    group_country: dict[str, str | None] = {}
    for m in window:
        if m.place is not None:
            groups.setdefault("p:" + m.place, []).append(m)
            group_country["p:" + m.place] = m.country
    placed = sorted(groups)
    for m in (m for m in window if m.place is None and m.country is not None):
        same_country = [k for k in placed if group_country[k] == m.country]
        key = same_country[0] if len(same_country) == 1 else "c:" + m.country
        groups.setdefault(key, []).append(m)
    keys = sorted(groups)
    for m in (m for m in window if m.place is None and m.country is None):
        key = keys[0] if len(keys) == 1 else "-"
        groups.setdefault(key, []).append(m)
    return groups


def cluster_mentions(mentions: Iterable[Mention]) -> list[Cluster]:
    """Clusters of the mentions, sorted by id; every mention is in exactly one."""
    clusters: list[Cluster] = []

    def partition(m: Mention) -> tuple[str, str, str, str]:
        return (m.event_type, m.actor_code, m.recipient_code, m.aux)

    ordered = sorted(mentions, key=lambda m: (partition(m), m.day or date.min, m.id))
    for key, group in groupby(ordered, key=partition):
        dated: list[Mention] = []
        for m in group:
            if m.day is None:
                clusters.append(_make(_cluster_id("single", m.id), "", [m]))
            else:
                dated.append(m)
        i = 0
        while i < len(dated):
            start = dated[i].day
            assert start is not None
            j = i
            while j < len(dated) and dated[j].day is not None and dated[j].day <= start + timedelta(days=1):
                j += 1
            for place_key, members in sorted(_place_groups(dated[i:j]).items()):
                clusters.append(_make(_cluster_id(*key, start.isoformat(), place_key), place_key, members))
            i = j
    clusters.sort(key=lambda c: c.cluster_id)
    return clusters


MENTIONS_SQL = """
    SELECT id, event_type, coalesce(actor_code, ''), coalesce(recipient_code, ''),
           array_to_string(list_sort(coalesce(aux_mode, [])), ';'),
           CASE WHEN date_precision = 'day' THEN event_date END,
           CASE WHEN location_precision IN ('city', 'region')
                THEN coalesce(CAST(geonameid AS VARCHAR), lower(location_name)) END,
           location_country, doc_id, source, coalesce(confidence, 0)
    FROM events
"""


def rebuild(con) -> int:
    """Recompute every cluster from the stored events, inside the caller's transaction; returns the count.

    Each event row gets its cluster id and counts; rows whose cluster did not change are not rewritten."""
    from .rows import arrow_table

    mentions = [Mention(*row) for row in con.execute(MENTIONS_SQL).fetchall()]
    clusters = cluster_mentions(mentions)
    links = arrow_table(({"event_id": e, "cluster_id": c.cluster_id, "articles": c.num_articles,
                          "sources": c.num_sources} for c in clusters for e in c.members),
                        (("event_id", "string"), ("cluster_id", "string"), ("articles", "int32"),
                         ("sources", "int32")))
    table = arrow_table(
        ({"cluster_id": c.cluster_id, "event_type": c.event_type, "actor_code": c.actor_code,
          "recipient_code": c.recipient_code, "place_key": c.place_key, "first_date": c.first_date,
          "last_date": c.last_date, "num_mentions": c.num_mentions, "num_articles": c.num_articles,
          "num_sources": c.num_sources, "root_event_id": c.root_event_id} for c in clusters),
        (("cluster_id", "string"), ("event_type", "string"), ("actor_code", "string"),
         ("recipient_code", "string"), ("place_key", "string"), ("first_date", "date"), ("last_date", "date"),
         ("num_mentions", "int32"), ("num_articles", "int32"), ("num_sources", "int32"),
         ("root_event_id", "string")))
    con.execute("DELETE FROM clusters")
    con.register("_new_links", links)
    con.register("_new_clusters", table)
    try:
        con.execute("INSERT INTO clusters SELECT * FROM _new_clusters")
        con.execute("""
            UPDATE events SET cluster_id = l.cluster_id, cluster_articles = l.articles, cluster_sources = l.sources
            FROM _new_links l
            WHERE events.id = l.event_id
              AND (events.cluster_id IS DISTINCT FROM l.cluster_id
                   OR events.cluster_articles IS DISTINCT FROM l.articles
                   OR events.cluster_sources IS DISTINCT FROM l.sources)""")
    finally:
        con.unregister("_new_links")
        con.unregister("_new_clusters")
    return len(clusters)
