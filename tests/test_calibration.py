"""Judging predicted events against gold, and the expected calibration error `tacitus eval` reports."""
from tacitus.calibration import calibration_report, judge_predictions


def _pred(doc, etype, actors, recipients=(), confidence=0.5, aux=()):
    return {"doc_id": doc, "event_type": etype, "aux_mode": list(aux), "confidence": confidence,
            "actor": [{"country": a} for a in actors], "recipient": [{"country": r} for r in recipients]}


GOLD = [
    {"id": "a", "level": "sentence", "text": "...", "events": [
        {"type": "ACCUSE", "actors": ["USA"], "recipients": ["RUS"]},
        {"type": "CONSULT", "actors": ["FRA", "DEU"], "recipients": [], "aux_mode": ["negation"]}]},
    {"id": "b", "level": "sentence", "text": "...", "events": []},
    {"id": "c", "level": "sentence", "text": "...", "detect": "PROTEST", "events": [{"type": "PROTEST", "actors": [None]}]},
    {"id": "d", "level": "dyad", "text": "...", "events": [{"type": "AID"}]},
]


def test_each_prediction_is_judged_by_type_parties_and_standing():
    predictions = [
        _pred("a", "ACCUSE", ["USA"], ["RUS"]),                       # right
        _pred("a", "ACCUSE", ["RUS"], ["USA"]),                       # wrong order
        _pred("a", "CONSULT", ["DEU", "FRA"], aux=["negation"]),      # right: the gold meeting did not happen
        _pred("a", "CONSULT", ["DEU", "FRA"]),                        # wrong: it did not happen
        _pred("b", "ASSAULT", ["SYR"]),                               # wrong: nothing happened there
        _pred("c", "PROTEST", ["EGY"]),                               # right: positive detection record
        _pred("c", "ASSAULT", ["EGY"]),                               # not judged: another type
        {"id": "d", "event_type": "AID"},                              # not judged: dyad record
        _pred("zzz", "AID", ["USA"], ["UKR"]),                        # not judged: not in the gold
    ]
    judged = [(p["event_type"], tuple(a["country"] for a in p["actor"]), right)
              for p, right in judge_predictions(GOLD, predictions)]
    assert judged == [("ACCUSE", ("USA",), True), ("ACCUSE", ("RUS",), False), ("CONSULT", ("DEU", "FRA"), True),
                      ("CONSULT", ("DEU", "FRA"), False), ("ASSAULT", ("SYR",), False), ("PROTEST", ("EGY",), True)]


def test_expected_calibration_error_weights_each_bins_gap():
    gold = [{"id": f"r{i}", "level": "sentence", "text": "...",
             "events": [{"type": "ACCUSE", "actors": ["USA"], "recipients": ["RUS"]}]} for i in range(10)]
    # Ten predictions at 0.9, of which 6 right: one bin, gap 0.3. Negated ones are left out of calibration.
    predictions = [_pred(f"r{i}", "ACCUSE", ["USA"], ["RUS"] if i < 6 else ["CHN"], confidence=0.9)
                   for i in range(10)]
    predictions.append(_pred("r0", "ACCUSE", ["USA"], ["RUS"], confidence=0.1, aux=["negation"]))
    report = calibration_report(gold, predictions)
    assert report["judged"] == 10 and report["right"] == 6
    assert abs(report["ece"] - 0.3) < 1e-9
    assert report["bins"] == [{"from": 0.9, "to": 1.0, "n": 10, "mean_confidence": 0.9, "share_right": 0.6}]
    assert abs(report["brier"] - (6 * 0.01 + 4 * 0.81) / 10) < 1e-9


def test_type_only_judging_ignores_the_parties():
    predictions = [_pred("a", "ACCUSE", ["RUS"], ["USA"]), _pred("a", "ASSAULT", ["USA"], ["RUS"]),
                   _pred("a", "CONSULT", ["ITA"], aux=["negation"]), _pred("a", "CONSULT", ["ITA"])]
    assert [right for _, right in judge_predictions(GOLD, predictions, type_only=True)] == [True, False, True, True]
