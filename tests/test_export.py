"""Exports: PLOVER JSONL with the manual's field names, POLECAT- and GDELT-shaped TSV, Parquet; each reads back
cleanly with pandas and with R's read.delim, even with tabs, quotes, newlines and markup in the article text."""
import json
import os
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from tacitus.output import flat_columns
from tacitus.store import EventStore, ingest
from tacitus.store.export import POLECAT_EXTRA_COLUMNS, POLECAT_TEXT_COLUMN, gdelt_event_id
from tacitus.store.formats import COW_CODES, GDELT_COLUMN_TYPES, GDELT_EVENT_COLUMNS, POLECAT_COLUMNS

from test_store_support import TRICKY, ListCoder, corpus, run_cli

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
# The manual's "PLOVER JSON" table (PLOVER_MANUAL.tex, chapter "Data Fields"), and its entity/location objects.
PLOVER_FIELDS = {"id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient", "event", "event_loc",
                 "event_text", "quad_code", "event_scale", "mode", "context", "link", "text", "text_info",
                 "cite_info", "coder", "coded_date", "comment"}
PLOVER_ENTITY_FIELDS = {"code", "sector", "entity_text", "identifier_id", "identifier_text", "religion", "ethnicity",
                        "office", "gender", "age"}
PLOVER_LOCATION_FIELDS = {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district",
                          "province", "country", "country_code", "feature_class", "feature_code", "resolution"}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "events.duckdb"
    items = corpus()
    with EventStore(path) as store:
        ingest(store, [d for d, _ in items], ListCoder({d.id: ev for d, ev in items}))
    return path


@pytest.fixture(scope="module")
def exports(store_path, tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    files = {}
    for fmt in ("plover", "polecat", "gdelt", "parquet"):
        for text in (True, False):
            path = out / f"{fmt}{'' if text else '-no-text'}.{'jsonl' if fmt == 'plover' else fmt}"
            args = ["export", "--db", str(store_path), "--format", fmt, "--output", str(path)]
            assert run_cli(*args, *([] if text else ["--no-text"])) == 0
            files[fmt, text] = path
    return files


def _tsv(path):
    return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False)


def test_plover_export_uses_the_manuals_field_names(exports):
    records = [json.loads(line) for line in exports["plover", True].read_text(encoding="utf-8").splitlines()]
    assert len(records) == 8
    for record in records:
        assert {"id", "date", "actor", "event"} <= set(record)
        manual_named = set(record) & PLOVER_FIELDS
        assert manual_named >= {"id", "date", "actor", "recipient", "event", "event_loc", "event_text", "quad_code",
                                "event_scale", "mode", "context", "link", "text", "text_info", "cite_info", "coder"}
        assert isinstance(record["event"], list) and isinstance(record["mode"], list)
        for entity in record["actor"] + record["recipient"]:
            assert {"code", "sector", "entity_text", "identifier_id", "identifier_text", "office"} <= set(entity)
        if record["event_loc"]:
            assert set(record["event_loc"]) <= PLOVER_LOCATION_FIELDS
    historical = next(r for r in records if r["doc_id"] == "c1")
    assert "historical" in historical["context"]          # auxiliary modes go into context, as the manual says
    assert historical["text"] == TRICKY
    shelling = next(r for r in records if r["doc_id"] == "a1" and r["event"] == ["ASSAULT"])
    assert shelling["size"] == {"dead": 5.0} and shelling["num_articles"] == 3 and shelling["link"]


def test_plover_frames_read_back_with_pandas(exports):
    frame = pd.read_json(exports["plover", True], lines=True, dtype=False)
    assert len(frame) == 8 and frame["cameo"].map(type).eq(str).all()


def test_polecat_export_has_the_polecat_columns_then_tacitus_ones(exports):
    frame = _tsv(exports["polecat", True])
    assert list(frame.columns) == list(POLECAT_COLUMNS) + list(POLECAT_EXTRA_COLUMNS) + [POLECAT_TEXT_COLUMN]
    assert len(frame) == 8
    row = frame[frame["Doc ID"] == "c1"].iloc[0]
    # One line per event: tabs and newlines became spaces, quotes and markup are kept as text.
    assert row[POLECAT_TEXT_COLUMN] == TRICKY.replace("\t", " ").replace("\n", " ")
    assert row["Actor COW"] == str(COW_CODES["RUS"]) and row["Recipient Country"] == "UKR"
    assert row["Country"] == "Ukraine" and row["City"] == "Kharkiv"
    assert row["Contexts"] == "historical"


def test_gdelt_export_is_one_row_per_cluster_with_cameo_strings(exports):
    frame = _tsv(exports["gdelt", True])
    assert list(frame.columns) == list(GDELT_EVENT_COLUMNS)
    # 5 clusters in the corpus, none negated or hypothetical.
    assert len(frame) == 5
    consult = frame[frame["Actor1Name"] == "Président Français"].iloc[0]
    assert consult["EventCode"] == "040" and consult["EventRootCode"] == "04" and consult["QuadClass"] == "1"
    assert consult["ActionGeo_CountryCode"] == "FR" and consult["ActionGeo_FeatureID"] == "2988507"
    shelling = frame[frame["NumMentions"] == "3"].iloc[0]
    assert (shelling["NumArticles"], shelling["NumSources"]) == ("3", "3")
    assert shelling["Actor1Code"] == "RUSMIL" and shelling["SQLDATE"] == "20240304"
    assert shelling["ActionGeo_Lat"] == "49.98081"
    assert len(set(frame["GLOBALEVENTID"])) == 5 and gdelt_event_id("k1") == gdelt_event_id("k1")
    integers = [c for c, t in zip(GDELT_EVENT_COLUMNS, GDELT_COLUMN_TYPES) if t == "INTEGER"]
    assert all(v == "" or v.lstrip("-").isdigit() for c in integers for v in frame[c])


def test_parquet_export_has_the_flat_columns_and_the_document_text(exports):
    frame = pd.read_parquet(exports["parquet", True])
    assert list(frame.columns)[:len(flat_columns())] == flat_columns()
    assert {"cluster_id", "num_articles", "document_text"} <= set(frame.columns)
    assert frame.loc[frame["doc_id"] == "c1", "document_text"].iloc[0] == TRICKY
    assert frame["cameo"].map(type).eq(str).all()


@pytest.mark.parametrize("fmt", ["plover", "polecat", "parquet"])
def test_no_text_leaves_out_article_and_sentence_text(exports, fmt):
    path = exports[fmt, False]
    raw = path.read_bytes()
    assert b"massacre" not in raw and b"shelled Kharkiv on Monday" not in raw
    if fmt == "parquet":
        frame = pd.read_parquet(path)
        assert "document_text" not in frame.columns and frame["evidence_text"].isna().all()
    elif fmt == "polecat":
        assert POLECAT_TEXT_COLUMN not in _tsv(path).columns
    else:
        assert all("text" not in json.loads(line) for line in path.read_text().splitlines())


def test_exports_take_the_query_filters(store_path, tmp_path):
    out = tmp_path / "fr.tsv"
    assert run_cli("export", "--db", str(store_path), "--format", "polecat", "--output", str(out),
                   "--actor-country", "FRA") == 0
    assert set(_tsv(out)["Actor Country"]) == {"FRA"}


# -- R ------------------------------------------------------------------------------------------------------

def _rscript() -> str | None:
    """Rscript, installed from Debian's r-base-core when missing (as root, with apt); None when impossible."""
    found = shutil.which("Rscript")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                                                   "r-base-core"]):
        if subprocess.run(command, env=env, capture_output=True, timeout=900).returncode != 0:
            return None
    return shutil.which("Rscript")


# read.delim with its defaults (sep = tab, quote = '"', header, fill, comment.char = ""), warnings made errors;
# then the same read with every column as character, written back as CSV for comparison with pandas.
_R = r"""
args <- commandArgs(trailingOnly = TRUE)
strict <- function(expr) withCallingHandlers(expr, warning = function(w) stop(conditionMessage(w)))
d <- strict(read.delim(args[1]))
cat(nrow(d), ncol(d), "\n")
s <- strict(read.delim(args[1], colClasses = "character", check.names = FALSE, na.strings = character(0)))
write.csv(s, args[2], row.names = FALSE, na = "", fileEncoding = "UTF-8")
"""


@pytest.fixture(scope="module")
def rscript():
    path = _rscript()
    if path is None:
        pytest.skip("R is not installed and could not be installed (needs root and Debian's r-base-core)")
    return path


@pytest.mark.parametrize("fmt, text", [("polecat", True), ("polecat", False), ("gdelt", True)])
def test_tsv_exports_read_back_identically_with_r_read_delim(exports, rscript, tmp_path, fmt, text):
    path = exports[fmt, text]
    script = tmp_path / "read.R"
    script.write_text(_R)
    back = tmp_path / "back.csv"
    done = subprocess.run([rscript, "--vanilla", str(script), str(path), str(back)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    expected = _tsv(path)
    assert done.stdout.split()[:2] == [str(len(expected)), str(len(expected.columns))]
    seen = pd.read_csv(back, dtype=str, keep_default_na=False, encoding="utf-8")
    assert list(seen.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(seen, expected)


# -- the column constants -----------------------------------------------------------------------------------

@pytest.mark.skipif(not SHARED.is_dir(), reason="the project's shared reference data is not beside the repository")
def test_column_constants_match_the_reference_files():
    gdelt = [line.split("\t") for line in (SHARED / "formats" / "gdelt_events2_columns.tsv").read_text().splitlines()[1:]]
    assert tuple(c for c, _ in gdelt) == GDELT_EVENT_COLUMNS
    assert tuple(t for _, t in gdelt) == GDELT_COLUMN_TYPES
    polecat = [c for c in (SHARED / "formats" / "polecat_columns.txt").read_text().splitlines() if c.strip()]
    assert tuple(polecat) == POLECAT_COLUMNS
    import csv

    with open(SHARED / "NGEC" / "cow2iso.txt", encoding="utf-8") as handle:
        current = {r["iso3"]: int(r["cow_id"]) for r in csv.DictReader(handle)
                   if not r["valid_until"] and r["iso3"] and r["cow_id"]}
    assert {k: v for k, v in COW_CODES.items() if k in current} == current
