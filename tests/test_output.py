"""Output formats: JSONL, CSV, TSV (one line per event, whatever the text holds) and Parquet read back cleanly."""
import csv
import io
import json

import pandas as pd
import pytest

from tacitus.output import EventWriter, events_to_string, flat_columns, flatten
from tacitus.schema import Entity, Event, EventDate, Evidence, Quantity, Span

TEXT = 'Le ministre a dit:\t"Nous\naiderons" l\'Ukraine, a déclaré la France.'


def _event(i: int = 0) -> Event:
    return Event(
        id=f"e{i}", doc_id="d", event_type="AID", mode=None, contexts=["economic", "diplomatic"], aux_mode=["future"],
        confidence=0.7, language="fr",
        actor=[Entity(text="France", start=61, end=67, country="FRA", sector="GOV", other_sectors=["ELI", "LEG"]),
               Entity(text="ministre", start=3, end=11, country=None, sector="GOV", country_inferred=True)],
        recipient=[Entity(text="Ukraine", start=40, end=47, country="UKR")],
        date=EventDate(value="2024-03-12", precision="day", text=None),
        quantities=[Quantity(value=1e7, unit="USD", qualifier="more_than", text="plus de 10 millions de dollars")],
        cameo="070", quad_class=2, goldstein=7.0, plover_intensity=10.0, model_version="m", kb_version="k",
        evidence=Evidence(sentence_index=0, start=0, end=len(TEXT), text=TEXT, trigger=Span(start=27, end=35, text="aiderons")))


def test_flatten_joins_lists_in_order():
    row = flatten(_event())
    assert list(row) == flat_columns()
    assert row["actor_country"] == "FRA;"
    assert row["actor_other_sectors"] == "ELI|LEG;"
    assert row["actor_country_inferred"] == "false;true"
    assert row["contexts"] == "economic;diplomatic"
    assert json.loads(row["quantities"])[0]["unit"] == "USD"


def test_jsonl_round_trips():
    line = events_to_string([_event()], "jsonl").strip()
    assert Event.model_validate_json(line) == _event()


@pytest.mark.parametrize("fmt, sep", [("csv", ","), ("tsv", "\t")])
def test_flat_text_formats_read_back_with_pandas(fmt, sep):
    text = events_to_string([_event(0), _event(1)], fmt)
    frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    assert list(frame.columns) == flat_columns()
    assert list(frame["id"]) == ["e0", "e1"]
    assert frame.loc[0, "recipient_country"] == "UKR"


def test_tsv_keeps_one_event_per_line_despite_tabs_and_newlines_in_text():
    text = events_to_string([_event(0), _event(1)], "tsv")
    lines = text.rstrip("\n").split("\n")
    assert len(lines) == 3
    assert all(len(line.split("\t")) == len(flat_columns()) for line in lines[1:])
    # A reader in the strictest mode (no quoting), like R's read.delim(quote=""), still finds every field.
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert {len(r) for r in rows} == {len(flat_columns())}


def test_parquet_written_to_file(tmp_path):
    path = tmp_path / "events.parquet"
    writer = EventWriter("parquet", path)
    writer.write(_event())
    writer.close()
    frame = pd.read_parquet(path)
    assert frame.loc[0, "event_type"] == "AID"


def test_parquet_to_stdout_is_refused():
    with pytest.raises(ValueError, match="--output"):
        EventWriter("parquet")
