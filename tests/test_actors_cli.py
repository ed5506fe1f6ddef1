"""`tacitus actors lookup | stale | eval`, through an argparse parser built the way tacitus/cli.py does."""
from __future__ import annotations

import argparse
import json

import pytest

from tacitus.actors import cli


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="tacitus")
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.handler(args)


def test_lookup_json_prints_one_object_with_the_required_fields(capsys):
    assert run(["actors", "lookup", "Sergueï Lavrov", "--date", "2019-05-01", "--lang", "fr", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"country", "sector", "name", "identifier", "source", "rule"} <= set(out)
    assert (out["country"], out["sector"], out["name"]) == ("RUS", "GOV", "Sergei Lavrov")


def test_lookup_text_says_why(capsys):
    assert run(["actors", "lookup", "Merkel", "--date", "2024-03-01"]) == 0
    out = capsys.readouterr().out
    assert "DEU ELI" in out and "why:" in out and "former" in out


def test_lookup_of_nothing_known_exits_1(capsys):
    assert run(["actors", "lookup", "Xqzzy", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["found"] is False


def test_lookup_rejects_a_bad_date(capsys):
    assert run(["actors", "lookup", "Merkel", "--date", "yesterday"]) == 2
    assert "ISO date" in capsys.readouterr().err


@pytest.mark.parametrize("before, expect_people", [("2000-01-01", False), ("2099-01-01", True)])
def test_stale_lists_entries_older_than_the_date(capsys, before, expect_people):
    assert run(["actors", "stale", "--before", before, "--kind", "person", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert bool(rows) == expect_people
    assert all(r["kind"] == "person" and r["as_of"] < before for r in rows)


def test_eval_scores_a_gold_file(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    rows = [{"id": "a", "lang": "fr", "date": "2019-01-01", "text": "Merkel a parlé.", "mention": "Merkel",
             "start": 0, "end": 6, "country": "DEU", "sector": "GOV", "kind": "person"},
            {"id": "b", "lang": "en", "date": "2019-01-01", "text": "Police in Lima arrested protesters.",
             "mention": "Police", "start": 0, "end": 6, "country": "PER", "sector": "COP", "kind": "generic"}]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    assert run(["actors", "eval", str(gold), "--json", "--no-parse", "--errors", str(errors)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["overall"] == {"n": 2, "found": 2, "country_accuracy": 1.0, "country_sector_accuracy": 1.0}
    assert set(report["by_lang"]) == {"fr", "en"} and set(report["by_kind"]) == {"person", "generic"}
    assert errors.read_text() == ""


def test_eval_of_a_missing_file_is_a_usage_error(tmp_path, capsys):
    assert run(["actors", "eval", str(tmp_path / "nope.jsonl")]) == 2


def test_an_unreadable_overlay_is_reported(tmp_path, capsys):
    bad = tmp_path / "mine.yaml"
    bad.write_text("people: [unclosed", encoding="utf-8")
    assert run(["actors", "--actors", str(bad), "lookup", "Merkel"]) == 2
    assert "not valid YAML" in capsys.readouterr().err
