"""The store's tables: documents (with their text), events (one row per coded event, the full record kept as
JSON beside the columns that queries filter on), and the clusters that link reports of one real-world event.

Columns derived from the record (countries, dates, place) exist so that filters are plain SQL on flat columns;
the JSON `record` stays the authority for exports and for the dashboard's evidence view.
"""
from __future__ import annotations

STORE_SCHEMA_VERSION = "1"

DDL: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS meta (
        key VARCHAR PRIMARY KEY,
        value VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS documents (
        id VARCHAR PRIMARY KEY,
        text VARCHAR NOT NULL,
        text_hash VARCHAR NOT NULL,      -- sha256 of the text: identical texts are copies of each other
        date VARCHAR,
        lang VARCHAR,
        url VARCHAR,
        title VARCHAR,
        source VARCHAR,                  -- publisher
        source_path VARCHAR,
        model_version VARCHAR NOT NULL,  -- the model that coded it (re-coded only with --recode)
        kb_version VARCHAR,
        n_events INTEGER NOT NULL,
        coded_at TIMESTAMP NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY,
        key BIGINT NOT NULL,             -- 60 bits of sha1(id): joins and lookups on an integer, not a string
        doc_id VARCHAR NOT NULL,
        event_type VARCHAR NOT NULL,
        mode VARCHAR,
        contexts VARCHAR[],
        aux_mode VARCHAR[],
        confidence DOUBLE,
        language VARCHAR,
        actor_code VARCHAR,              -- dyad side: sorted distinct country+sector codes of the actor list
        recipient_code VARCHAR,
        actor_country VARCHAR,           -- first actor entity with a country
        recipient_country VARCHAR,
        actor_countries VARCHAR[],
        recipient_countries VARCHAR[],
        actor_sectors VARCHAR[],
        recipient_sectors VARCHAR[],
        countries VARCHAR[],             -- both sides, for the either-side filters
        sectors VARCHAR[],
        actor_names VARCHAR,             -- for display: names (or mention texts) joined with '; '
        recipient_names VARCHAR,
        event_date DATE,                 -- date.value; month/year precision stored as its first day
        date_precision VARCHAR,
        location_name VARCHAR,
        location_country VARCHAR,
        location_precision VARCHAR,
        geonameid BIGINT,
        lat DOUBLE,
        lon DOUBLE,
        cameo VARCHAR,
        quad_class TINYINT,
        goldstein DOUBLE,
        plover_intensity DOUBLE,
        source VARCHAR,
        url VARCHAR,
        publication_date VARCHAR,
        model_version VARCHAR NOT NULL,
        kb_version VARCHAR,
        sentence_text VARCHAR,
        record VARCHAR NOT NULL,         -- the event as JSON (tacitus.schema.Event)
        -- Set by the cluster rebuild (null until then): the cluster and its counts, kept on the row so that
        -- listing events needs no join.
        cluster_id VARCHAR,
        cluster_articles INTEGER,
        cluster_sources INTEGER
    )""",
    # The words of each event's sentence (see query.words), for the text filter: an index lookup instead of
    # a scan of every sentence.
    """CREATE TABLE IF NOT EXISTS event_words (
        word VARCHAR NOT NULL,
        event_key BIGINT NOT NULL        -- events.key
    )""",
    "CREATE INDEX IF NOT EXISTS event_words_word ON event_words (word)",
    "CREATE INDEX IF NOT EXISTS documents_text_hash ON documents (text_hash)",
    """CREATE TABLE IF NOT EXISTS clusters (
        cluster_id VARCHAR PRIMARY KEY,
        event_type VARCHAR,
        actor_code VARCHAR,
        recipient_code VARCHAR,
        place_key VARCHAR,
        first_date DATE,
        last_date DATE,
        num_mentions INTEGER,            -- events (per-article records) in the cluster
        num_articles INTEGER,            -- distinct documents
        num_sources INTEGER,             -- distinct publishers (a document without one counts as its own)
        root_event_id VARCHAR            -- the most confident record, ties broken by id
    )""",
    # Copies: documents sharing a text hash. `copy_of` is the smallest id of the group (null for that one),
    # computed on read so that it does not depend on which copy arrived first.
    """CREATE OR REPLACE VIEW document_copies AS
        SELECT id, text_hash,
               count(*) OVER (PARTITION BY text_hash) - 1 AS n_copies,
               CASE WHEN min(id) OVER (PARTITION BY text_hash) <> id
                    THEN min(id) OVER (PARTITION BY text_hash) END AS copy_of
        FROM documents""",
)
