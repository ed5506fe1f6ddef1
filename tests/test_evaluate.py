"""Scoring rules of ../shared/eval/README.md, as implemented by tacitus.evaluate."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.evaluate import format_report, load_jsonl, record_keys, score, score_records

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def gev(type_, actors, recipients=(), **extra) -> dict:
    """A gold event."""
    return {"type": type_, "actors": list(actors), "recipients": list(recipients), **extra}


def rec(events, rid="r1", level="sentence", lang="en", **extra) -> dict:
    """A gold record."""
    return {"id": rid, "lang": lang, "level": level, "text": "...", "events": list(events), **extra}


def pev(type_, actors, recipients=(), doc="r1", sentence=0, aux=(), mode=None) -> dict:
    """A predicted event in tacitus's output format."""
    return {"id": f"{doc}-{type_}-{sentence}", "doc_id": doc, "event_type": type_, "mode": mode,
            "aux_mode": list(aux), "actor": [{"country": c} for c in actors],
            "recipient": [{"country": c} for c in recipients],
            "evidence": {"sentence_index": sentence}}


def counts(report: dict) -> tuple[int, int, int]:
    return report["tp"], report["fp"], report["fn"]


ACCUSE_GOLD = gev("ACCUSE", ["USA", "FRA"], ["RUS"])
CONSULT_GOLD = gev("CONSULT", ["AZE", "UNO"])

# README "Worked examples", row by row
WORKED = [
    pytest.param(CONSULT_GOLD, [pev("CONSULT", ["AZE", "UNO"])], (1, 0, 0),
                 id="reciprocal_gold_vs_reciprocal_prediction"),
    pytest.param(CONSULT_GOLD, [pev("CONSULT", ["UNO"], ["AZE"])], (1, 0, 0),
                 id="unordered_gold_matches_either_order"),
    pytest.param(ACCUSE_GOLD, [pev("ACCUSE", ["USA"], ["RUS"])], (1, 0, 1),
                 id="two_actors_are_two_tuples"),
    pytest.param(ACCUSE_GOLD, [pev("ACCUSE", ["RUS"], ["USA"])], (0, 1, 2),
                 id="order_matters_for_ordered_gold"),
    pytest.param(ACCUSE_GOLD, [pev("ACCUSE", ["USA", "FRA"], ["RUS"], aux=["negation"])],
                 (0, 0, 2), id="negated_prediction_is_dropped"),
    pytest.param(gev("AID", ["AZE"], [["UNO", "IGO"]]), [pev("AID", ["AZE"], ["IGO"])], (1, 0, 0),
                 id="list_party_accepts_any_code"),
    pytest.param(gev("PROTEST", [None]), [pev("PROTEST", ["COL"], ["COL"])], (1, 0, 0),
                 id="null_actor_and_unscored_recipient_fit_anything"),
    pytest.param(None, [pev("ACCUSE", ["USA", "FRA"], ["RUS"])], (0, 2, 0),
                 id="no_event_gold_makes_every_tuple_a_false_positive"),
]


@pytest.mark.parametrize("gold_event, preds, expected", WORKED)
def test_readme_worked_examples(gold_event, preds, expected):
    gold = [rec([] if gold_event is None else [gold_event])]
    assert counts(score(gold, preds)) == expected


CASES = [
    # a greedy first-fit would give FRA->RUS to the null-actor gold and leave USA unmatched
    pytest.param([gev("ACCUSE", [None], ["RUS"]), gev("ACCUSE", ["FRA"], ["RUS"])],
                 [pev("ACCUSE", ["FRA"], ["RUS"]), pev("ACCUSE", ["USA"], ["RUS"])],
                 (2, 0, 0), id="maximum_matching_beats_greedy"),
    pytest.param([gev("AID", ["AZE"], ["UNO"]), gev("REQUEST", ["AZE"], ["UNO"], optional=True)],
                 [pev("AID", ["AZE"], ["UNO"]), pev("REQUEST", ["AZE"], ["UNO"])], (1, 0, 0),
                 id="prediction_matching_optional_event_is_ignored"),
    pytest.param([gev("REQUEST", ["AZE"], ["UNO"], optional=True)], [], (0, 0, 0),
                 id="missed_optional_event_is_no_false_negative"),
    pytest.param([gev("SUPPORT", ["AZE"], [None]), gev("SUPPORT", [None], ["UNO"], optional=True)],
                 [pev("SUPPORT", ["AZE"], ["UNO"]), pev("SUPPORT", ["AZE"], ["FRA"])], (1, 0, 0),
                 id="matching_spares_the_prediction_an_optional_event_absorbs"),
    pytest.param([gev(["PROTEST", "MOBILIZE"], [None])], [pev("MOBILIZE", ["COL"])], (1, 0, 0),
                 id="list_type_accepts_any_type"),
    pytest.param([gev(["PROTEST", "MOBILIZE"], [None])], [pev("ASSAULT", ["COL"])], (0, 1, 1),
                 id="type_outside_list_is_wrong"),
    pytest.param([gev("AID", ["AZE"], ["UNO"])], [pev("AID", [None], ["UNO"])], (0, 1, 1),
                 id="unknown_predicted_party_does_not_fit_a_code"),
    pytest.param([gev("AID", [None], ["UNO"])], [pev("AID", [None], ["UNO"])], (1, 0, 0),
                 id="unknown_predicted_party_fits_null"),
    pytest.param([gev("AID", ["AZE"], ["UNO"])], [pev("AID", ["AZE"])], (0, 1, 1),
                 id="missing_predicted_recipient_does_not_fit_a_named_one"),
    pytest.param([gev("ACCUSE", ["USA"], ["RUS"])], [pev("ACCUSE", ["RUS", "USA"])], (1, 0, 0),
                 id="unordered_prediction_fits_ordered_gold"),
    pytest.param([gev("ACCUSE", ["USA"], ["RUS"])],
                 [pev("ACCUSE", ["USA"], ["RUS"], sentence=0),
                  pev("ACCUSE", ["USA"], ["RUS"], sentence=3)], (1, 0, 0),
                 id="sentence_record_counts_repeats_once_whatever_the_sentence"),
    pytest.param([gev("ASSAULT", ["SYR"], ["TUR"], aux_mode=["negation"])],
                 [pev("ASSAULT", ["SYR"], ["TUR"], aux=["negation"])], (0, 0, 0),
                 id="negated_gold_and_negated_prediction_cancel"),
    pytest.param([gev("ASSAULT", ["SYR"], ["TUR"], aux_mode=["negation"])],
                 [pev("ASSAULT", ["SYR"], ["TUR"])], (0, 1, 0),
                 id="kept_prediction_of_negated_gold_is_false_positive"),
    pytest.param([gev("THREATEN", ["SYR"], ["TUR"], aux_mode=["hypothetical"])], [], (0, 0, 0),
                 id="hypothetical_gold_is_not_required"),
    pytest.param([gev("THREATEN", ["SYR"], ["TUR"])],
                 [pev("THREATEN", ["SYR"], ["TUR"], aux=["hypothetical"])], (0, 0, 1),
                 id="hypothetical_prediction_is_dropped"),
    pytest.param([gev("AID", ["USA"], ["UKR"], aux_mode=["future"])],
                 [pev("AID", ["USA"], ["UKR"], aux=["future"])], (1, 0, 0),
                 id="future_gold_and_prediction_count"),
    pytest.param([gev("AID", ["USA"], ["UKR"], aux_mode=["historical"])], [], (0, 0, 1),
                 id="historical_gold_is_required"),
    pytest.param([gev("REQUEST", ["GBR"], ["SDN", "SDN"])], [pev("REQUEST", ["GBR"], ["SDN"])],
                 (1, 0, 0), id="code_named_twice_in_one_gold_event_counts_once"),
    pytest.param([gev("AGREE", ["SDN", "SDN"])], [pev("AGREE", ["SDN", "SDN"])], (1, 0, 0),
                 id="two_parties_of_one_country_form_a_pair"),
    pytest.param([gev("COERCE", ["COL"], [None]), gev("COERCE", ["COL"], [None])],
                 [pev("COERCE", ["COL"], ["ABC"]), pev("COERCE", ["COL"], ["ABD"])], (2, 0, 0),
                 id="repeated_null_gold_events_stay_two"),
    pytest.param([gev("CONSULT", ["AZE", "UNO", "FRA"])], [pev("CONSULT", ["FRA", "AZE"])],
                 (1, 0, 2), id="three_reciprocal_actors_are_three_pairs"),
]


@pytest.mark.parametrize("events, preds, expected", CASES)
def test_tuple_scoring(events, preds, expected):
    assert counts(score([rec(events)], preds)) == expected


@pytest.mark.parametrize("sentences, expected", [
    pytest.param([0, 0], (1, 0, 0), id="repeat_in_same_sentence_counts_once"),
    pytest.param([0, 1], (1, 1, 0), id="repeat_in_two_sentences_counts_twice"),
])
def test_document_level_dedup_is_per_sentence(sentences, expected):
    gold = [rec([gev("SUPPORT", ["AZE"], ["UNO"])], level="document")]
    preds = [pev("SUPPORT", ["AZE"], ["UNO"], sentence=s) for s in sentences]
    assert counts(score(gold, preds)) == expected


def test_document_level_repeated_gold_needs_repeats_in_distinct_sentences():
    gold = [rec([gev("SUPPORT", ["AZE"], ["UNO"])] * 2, level="document")]
    preds = [pev("SUPPORT", ["AZE"], ["UNO"], sentence=s) for s in (2, 5)]
    assert counts(score(gold, preds)) == (2, 0, 0)


@pytest.mark.parametrize("events, preds, expected", [
    pytest.param([gev(["PROTEST", "MOBILIZE"], [None])],
                 [pev("PROTEST", ["COL"]), pev("MOBILIZE", ["COL"], sentence=1)], (1, 0, 0),
                 id="both_types_of_a_list_are_right_but_count_once"),
    pytest.param([gev("PROTEST", [None]), gev(["PROTEST", "MOBILIZE"], [None])],
                 [pev("PROTEST", ["COL"])], (1, 0, 0), id="list_slot_implied_by_plain_slot"),
    pytest.param([gev("AID", ["AZE"], ["UNO"]), gev("SUPPORT", ["AZE"], ["UNO"])],
                 [pev("AID", ["FRA"], ["UNO"]), pev("ACCUSE", ["AZE"], ["UNO"])], (1, 1, 1),
                 id="type_set_ignores_parties"),
    pytest.param([gev("AID", ["AZE"], ["UNO"], optional=True)], [pev("AID", ["AZE"], ["UNO"])],
                 (0, 0, 0), id="optional_type_is_neither_required_nor_wrong"),
    pytest.param([], [pev("AID", ["AZE"], ["UNO"])], (0, 1, 0), id="no_event_gold"),
])
def test_type_scoring(events, preds, expected):
    report = score([rec(events)], preds)
    assert (report["type_tp"], report["type_fp"], report["type_fn"]) == expected


def test_mode_accuracy_counts_matched_tuples_with_gold_mode():
    gold = [rec([gev("CONSULT", ["AZE", "UNO"], mode="phone"), gev("AID", ["AZE"], ["UNO"]),
                 gev("ASSAULT", ["RUS"], ["UKR"], mode="aerial")])]
    preds = [pev("CONSULT", ["AZE", "UNO"], mode="phone"), pev("AID", ["AZE"], ["UNO"]),
             pev("ASSAULT", ["RUS"], ["UKR"], mode="heavy-weapons")]
    assert score(gold, preds)["mode"] == {"n": 2, "correct": 1, "accuracy": 0.5}


def test_negation_detection_scores_record_type_pairs():
    gold = [rec([gev("ASSAULT", ["SYR"], ["TUR"], aux_mode=["negation"])], rid="a"),
            rec([gev("AID", ["USA"], ["UKR"])], rid="b"),
            rec([gev(["PROTEST", "MOBILIZE"], [None], aux_mode=["negation"])], rid="c")]
    preds = [pev("ASSAULT", ["SYR"], ["TUR"], doc="a", aux=["negation"]),
             pev("AID", ["USA"], ["UKR"], doc="b", aux=["negation"])]
    neg = score(gold, preds)["negation"]
    assert (neg["gold"], neg["predicted"]) == (2, 2)
    assert neg["precision"] == neg["recall"] == neg["f1"] == 0.5


def test_negation_is_absent_without_any_negation():
    assert "negation" not in score([rec([gev("AID", ["USA"], ["UKR"])])], [])


def test_detection_set():
    gold = [rec([gev("PROTEST", [None])], rid=f"p{i}", detect="PROTEST") for i in range(3)]
    gold += [rec([], rid=f"n{i}", detect="PROTEST") for i in range(2)]
    preds = [pev("PROTEST", [None], doc="p0"), pev("PROTEST", ["EGY"], doc="p1", aux=["negation"]),
             pev("ASSAULT", [None], doc="p2"), pev("PROTEST", ["EGY"], doc="n0")]
    report = score(gold, preds)
    det = report["detection"]
    assert (det["n"], det["tp"], det["fp"], det["fn"]) == (5, 1, 1, 2)
    assert det["f1"] == pytest.approx(2 / 5)
    assert "f1" not in report  # detection records are not tuple-scored


def test_dyad_set_maps_concede_and_retreat_to_yield():
    labels = ["YIELD", "YIELD", "ACCUSE", "ACCUSE", "AID"]
    gold = [{"id": f"d{i}", "lang": "en", "level": "dyad", "text": "...",
             "events": [{"type": t, "actor_text": "a", "recipient_text": "b"}]}
            for i, t in enumerate(labels)]
    preds = [{"id": "d0", "event_type": "CONCEDE"}, {"id": "d1", "event_type": "RETREAT"},
             {"id": "d2", "event_type": "ACCUSE"}, {"id": "d3", "event_type": "AID"}]
    dyad = score(gold, preds)["dyad"]  # d4 has no prediction: wrong
    assert (dyad["n"], dyad["correct"], dyad["accuracy"]) == (5, 3, 0.6)
    f1 = {"YIELD": 1.0, "ACCUSE": 2 / 3, "AID": 0.0}
    assert {k: v["f1"] for k, v in dyad["labels"].items()} == pytest.approx(f1)
    assert dyad["macro_f1"] == pytest.approx(sum(f1.values()) / 3)


def test_by_lang_splits_records():
    gold = [rec([gev("AID", ["AZE"], ["UNO"])], rid="fr1", lang="fr"),
            rec([gev("AID", ["ESP"], ["COL"])], rid="es1", lang="es")]
    report = score(gold, [pev("AID", ["AZE"], ["UNO"], doc="fr1")], by_lang=True)
    assert counts(report["by_lang"]["fr"]) == (1, 0, 0)
    assert counts(report["by_lang"]["es"]) == (0, 0, 1)


def _bootstrap_gold_and_preds():
    gold = [rec([gev("AID", ["AZE"], ["UNO"])], rid=f"r{i}") for i in range(30)]
    preds = [pev("AID", ["AZE"], ["UNO"], doc=f"r{i}") for i in range(0, 30, 2)]
    preds += [pev("ACCUSE", ["AZE"], ["UNO"], doc=f"r{i}") for i in range(0, 30, 3)]
    return gold, preds


def test_bootstrap_is_deterministic_and_brackets_the_estimate():
    gold, preds = _bootstrap_gold_and_preds()
    first = score(gold, preds, bootstrap=200, seed=7)
    assert first["ci"] == score(gold, preds, bootstrap=200, seed=7)["ci"]
    low, high = first["ci"]["f1"]
    assert low <= first["f1"] <= high and low < high
    assert first["ci"] != score(gold, preds, bootstrap=200, seed=8)["ci"]
    json.dumps(first)  # JSON-serialisable


def test_details_list_tuples_per_record():
    gold = [rec([gev("ACCUSE", ["USA", "FRA"], ["RUS"])])]
    (row,) = score_records(gold, [pev("ACCUSE", ["USA"], ["RUS"]), pev("AID", ["USA"], ["RUS"])])
    assert row["tp"] == [{"pred": {"type": "ACCUSE", "parties": ["USA", "RUS"], "ordered": True},
                          "gold": {"type": "ACCUSE", "parties": [["USA"], ["RUS"]],
                                   "ordered": True}}]
    assert row["fp"] == [{"type": "AID", "parties": ["USA", "RUS"], "ordered": True}]
    assert row["fn"] == [{"type": "ACCUSE", "parties": [["FRA"], ["RUS"]], "ordered": True}]
    assert score(gold, [], details=True)["details"][0]["counts"]["fn"] == 2


def test_repeated_gold_ids_are_keyed_apart():
    gold = [rec([gev("AID", ["AZE"], ["UNO"])], rid="a"), rec([], rid="b"),
            rec([gev("ACCUSE", ["ISR"], ["PSE"])], rid="a")]
    assert record_keys(gold) == ["a", "b", "a#1"]
    preds = [pev("AID", ["AZE"], ["UNO"], doc="a"), pev("ACCUSE", ["ISR"], ["PSE"], doc="a#1")]
    assert counts(score(gold, preds)) == (2, 0, 0)


def test_predictions_outside_gold_are_counted_not_scored():
    report = score([rec([])], [pev("AID", ["USA"], ["UKR"], doc="elsewhere")])
    assert (report["fp"], report["outside_gold"]) == (0, 1)


def test_format_report_is_a_table():
    gold, preds = _bootstrap_gold_and_preds()
    text = format_report(score(gold, preds, by_lang=True, bootstrap=20))
    assert "tuples" in text and "types" in text and "95% CI" in text and "== en" in text


def test_load_jsonl_names_file_and_line_of_bad_json(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a"}\n\n{"id": \n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold\.jsonl:3"):
        load_jsonl(path)
    path.write_text('{"id": "a"}\n\n{"id": "b"}\n', encoding="utf-8")
    assert [r["id"] for r in load_jsonl(path)] == ["a", "b"]


def gold_as_predictions(gold: list[dict]) -> list[dict]:
    """Each gold event as a tacitus prediction: first option of each list; a null party becomes
    a distinct made-up code (a null gold slot fits anything, and distinct codes keep two such
    events from collapsing into one repeated tuple); dyad records as {"id", "event_type"}."""
    preds = []
    for key, record in zip(record_keys(gold), gold):
        for n, event in enumerate(record["events"]):
            type_ = event["type"] if isinstance(event["type"], str) else event["type"][0]
            if record["level"] == "dyad":
                preds.append({"id": key, "event_type": type_})
                continue

            def code(party, slot):
                return party[0] if isinstance(party, list) else party or f"X{n}{slot}"
            preds.append({"id": f"{key}-{n}", "doc_id": key,
                          "event_type": type_, "mode": event.get("mode"),
                          "aux_mode": event.get("aux_mode", []),
                          "actor": [{"country": code(p, f"a{i}")}
                                    for i, p in enumerate(event["actors"])],
                          "recipient": [{"country": code(p, f"r{i}")}
                                        for i, p in enumerate(event["recipients"])],
                          "evidence": {"sentence_index": n}})
    return preds


@pytest.mark.parametrize("name", ["seed.fr.jsonl", "plover_gsr.en.jsonl",
                                  "up_spanish_1018.es.jsonl", "up_spanish_fight.es.jsonl",
                                  "arabic_protest.ar.jsonl", "plv_train.en.jsonl"])
def test_shared_gold_scored_against_itself_is_perfect(name):
    path = EVAL / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    gold = load_jsonl(path)
    report = score(gold, gold_as_predictions(gold), by_lang=True)
    for key in ("f1", "type_f1"):
        assert report.get(key, 1.0) == 1.0
    assert report.get("detection", {"f1": 1.0})["f1"] == 1.0
    assert report.get("dyad", {"macro_f1": 1.0})["macro_f1"] == 1.0
    assert report.get("mode", {"accuracy": 1.0})["accuracy"] == 1.0
    if name == "seed.fr.jsonl":
        assert (report["tp"], report["fp"], report["fn"], report["ignored"]) == (11, 0, 0, 3)


def test_dev_and_test_splits_partition_a_gold_set_deterministically():
    from tacitus.evaluate import split_records

    records = [{"id": f"r{i}", "text": f"sentence {i}"} for i in range(500)]
    dev, test = split_records(records, "dev"), split_records(records, "test")
    assert len(dev) + len(test) == 500 and not {r["id"] for r in dev} & {r["id"] for r in test}
    assert 70 <= len(dev) <= 130                       # about one in five
    assert split_records(list(reversed(records)), "dev") == list(reversed(dev))   # by content, not position
