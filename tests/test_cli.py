"""`tacitus code`, `eval`, `classify` and `schema` end to end, in-process (models load once per test run)."""
import json
from pathlib import Path

import jsonschema
import pytest

from tacitus.cli import main
from tacitus.schema import event_json_schema

pytestmark = pytest.mark.slow

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_0fe928fede07c4b1.txt"
SEED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seed.fr.jsonl"

TEXTS = {
    "fr": "Le ministre français des Affaires étrangères a rencontré lundi son homologue allemand à Paris.",
    "en": "Police in Lagos arrested 12 protesters on Tuesday after clashes near the parliament.",
    "es": "El gobierno de Colombia acusó a los rebeldes del ELN de atacar un cuartel militar.",
    "ru": "Министр иностранных дел России Сергей Лавров провёл переговоры с министром иностранных дел Индии в Москве.",
    "de": "Bundeskanzler Olaf Scholz traf am Dienstag den französischen Präsidenten Emmanuel Macron in Berlin.",
    "ar": "التقى وزير الخارجية المصري نظيره الأردني في القاهرة يوم الثلاثاء.",
    "pt": "O presidente do Brasil reuniu-se com o presidente da Argentina em Brasília.",
    "it": "Il governo italiano ha condannato l'attacco contro l'ambasciata in Libia.",
}


def _run(capsys, *argv):
    status = main(list(argv))
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines() if line.strip()]
    return status, lines, captured.err


def _check_records(lines):
    """Every event validates and its offsets slice the document text given by --with-text."""
    texts = {r["id"]: r["text"] for r in lines if r.get("record") == "document"}
    events = [r for r in lines if r.get("record") != "document"]
    schema = event_json_schema()
    for event in events:
        jsonschema.validate(event, schema)
        text = texts[event["doc_id"]]
        ev = event["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]
        assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]
        for entity in event["actor"] + event["recipient"]:
            assert text[entity["start"]:entity["end"]] == entity["text"]
    return events


def test_code_without_input_codes_the_builtin_sample(capsys):
    status, lines, err = _run(capsys, "code", "--with-text")
    events = _check_records(lines)
    assert status == 0
    assert {e["language"] for e in events} >= {"fr", "en", "es"}
    assert "built-in sample" in err and "documents read: 5, coded: 5, rejected: 0" in err


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_code_runs_in_every_handled_language(tmp_path, capsys, lang):
    path = tmp_path / f"{lang}.jsonl"
    path.write_text(json.dumps({"id": lang, "text": TEXTS[lang], "date": "2023-05-09"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    status, lines, err = _run(capsys, "code", str(path), "--with-text")
    events = _check_records(lines)
    assert status == 0, err
    assert events, f"no event coded in {lang}: {err}"
    assert all(e["language"] == lang for e in events)


def test_seed_gives_the_call_and_the_donation_with_evidence(capsys):
    status, lines, _ = _run(capsys, "code", str(SEED), "--with-text", "--lang", "fr")
    events = _check_records(lines)
    consult = [e for e in events if e["event_type"] == "CONSULT" and e["mode"] == "phone"]
    assert consult and {a["country"] for a in consult[0]["actor"] + consult[0]["recipient"]} == {"AZE", "UNO"}
    aid = [e for e in events if e["event_type"] == "AID" and any(r["country"] == "UNO" for r in e["recipient"])]
    assert aid and aid[0]["actor"][0]["country"] == "AZE"
    assert {"value": 10_000_000, "unit": "USD"}.items() <= {k: aid[0]["quantities"][0][k] for k in ("value", "unit")}.items()
    assert all(e["date"]["value"] is None and e["date_assumed"] for e in events)  # the seed has no date


def test_bad_inputs_are_reported_and_the_rest_is_coded(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(TEXTS["en"], encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    bad_jsonl = tmp_path / "docs.jsonl"
    bad_jsonl.write_text('{"id": "ok", "text": "' + TEXTS["fr"] + '"}\n{"id": broken\n', encoding="utf-8")
    (tmp_path / "swahili.txt").write_text("Rais wa Tanzania amesema serikali itaendelea kuimarisha huduma za afya "
                                          "katika mikoa yote ya nchi hii mwaka huu.", encoding="utf-8")
    status, lines, err = _run(capsys, "code", str(tmp_path))
    assert status == 1
    assert "empty.txt" in err and "binary.txt" in err and "docs.jsonl:2" in err and "swahili.txt" in err
    assert {e["doc_id"] for e in lines} >= {"ok"}
    assert "rejected: 4" in err


def test_eval_scores_a_saved_prediction_file(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "lang": "en", "date": None, "level": "sentence", "text": "x",
                                "events": [{"type": "ACCUSE", "actors": ["USA"], "recipients": ["RUS"]}]}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"doc_id": "g1", "event_type": "ACCUSE", "aux_mode": [], "actor": [{"country": "USA"}],
                                "recipient": [{"country": "RUS"}], "evidence": {"sentence_index": 0}}) + "\n")
    assert main(["eval", str(gold), "--pred", str(pred), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["tp"], report["fp"], report["fn"]) == (1, 0, 0)


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared eval set not beside the repository")
def test_eval_codes_the_seed_gold_in_one_step(capsys):
    assert main(["eval", str(SEED_GOLD), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["tp"] >= 5


def test_classify_gives_a_type_per_dyad(tmp_path, capsys):
    path = tmp_path / "dyads.jsonl"
    records = [{"id": "a", "lang": "en", "marked": "<s>The United States</s> accused <t>Russia</t> of lying."},
               {"id": "b", "lang": "en", "text": "Egypt's president met Jordan's king in Cairo.",
                "actor_text": "Egypt's president", "recipient_text": "Jordan's king"}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    assert main(["classify", str(path)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["event_type"] for o in out] == ["ACCUSE", "CONSULT"]
    assert all(set(o) >= {"id", "event_type", "mode", "scores"} for o in out)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "parquet"])
def test_code_writes_flat_formats_to_a_file(tmp_path, capsys, fmt):
    import pandas as pd

    out = tmp_path / f"events.{fmt}"
    assert main(["code", "--format", fmt, "--output", str(out), "-q"]) == 0
    frame = pd.read_parquet(out) if fmt == "parquet" else pd.read_csv(out, sep="," if fmt == "csv" else "\t")
    assert len(frame) > 0 and "actor_country" in frame.columns


def test_schema_command_prints_the_schema(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == event_json_schema()


def test_code_with_two_workers_gives_the_same_events(capsys):
    _, one, _ = _run(capsys, "code", "-q")
    _, two, _ = _run(capsys, "code", "-q", "--workers", "2")
    assert one and one == two
