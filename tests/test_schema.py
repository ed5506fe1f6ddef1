"""The event record's JSON Schema file is the one the code defines, and records validate against it."""
import json
from pathlib import Path

import jsonschema
import pytest

from tacitus.schema import Entity, Event, EventDate, Evidence, Span, event_id, event_json_schema

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / "event.schema.json"
DOC = "Le président Ilham Aliyev a téléphoné à Antonio Guterres."


def _hand_built_event() -> Event:
    actor = Entity(text="Ilham Aliyev", start=13, end=25, name="Ilham Aliyev", country="AZE", sector="GOV")
    recipient = Entity(text="Antonio Guterres", start=40, end=56, country="UNO")
    return Event(id=event_id("d1", 0, (28, 37), [(13, 25)], [(40, 56)], "CONSULT"), doc_id="d1",
                 event_type="CONSULT", mode="phone", confidence=0.9, language="fr", actor=[actor],
                 recipient=[recipient], date=EventDate(value=None, precision=None), model_version="t", kb_version="k",
                 evidence=Evidence(sentence_index=0, start=0, end=len(DOC), text=DOC,
                                   trigger=Span(start=28, end=37, text="téléphoné")))


def test_schema_file_matches_the_record_definition():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == event_json_schema(), \
        "schema/event.schema.json is stale: regenerate it with `tacitus schema > schema/event.schema.json`"


def test_hand_built_event_validates_and_slices():
    event = _hand_built_event()
    jsonschema.validate(json.loads(event.model_dump_json()), event_json_schema())
    for span in [event.evidence.trigger, *event.actor, *event.recipient]:
        assert DOC[span.start:span.end] == span.text


@pytest.mark.parametrize("field", ["id", "doc_id", "event_type", "actor", "evidence", "confidence", "date"])
def test_schema_requires_contract_fields(field):
    assert field in event_json_schema()["required"]


def test_schema_rejects_unknown_fields_and_bad_confidence():
    data = json.loads(_hand_built_event().model_dump_json())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "confidence": 1.5}, event_json_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**data, "unexpected": 1}, event_json_schema())


def test_event_id_is_deterministic_and_order_free():
    a = event_id("d", 1, (5, 9), [(0, 3), (10, 12)], [], "CONSULT")
    assert a == event_id("d", 1, (5, 9), [(10, 12), (0, 3)], [], "CONSULT")
    assert a != event_id("d", 1, (5, 9), [(0, 3), (10, 12)], [], "AGREE")
