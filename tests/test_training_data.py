"""The project's training sentences never repeat, even reworded, a sentence that a reported evaluation scores."""
import json
import re
from pathlib import Path

import pytest

from tacitus.evaluate import load_jsonl, split_records

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SENTENCE_SETS = ("up_spanish_protest.es", "up_spanish_fight.es", "up_spanish_1018.es", "plover_gsr.en",
                 "arabic_protest.ar", "arabic_assault.ar", "seed.fr")
# Two writers reporting the same news ("Saudi Arabia and Iran agreed to restore diplomatic relations ...") write
# nearly the same sentence; at 60 % of shared words a training sentence would teach its test twin's answer.
NEAR_DUPLICATE = 0.6


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def _training_sentences() -> dict[str, frozenset[str]]:
    out = {}
    for path in sorted((ROOT / "training" / "events").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                out[record["id"]] = _words(record["text"])
    return out


def _twins(held_out: list[frozenset[str]]) -> list[str]:
    """Ids of training sentences that share NEAR_DUPLICATE of their words with a held-out sentence."""
    by_word: dict[str, list[int]] = {}
    for i, words in enumerate(held_out):
        for word in words:
            by_word.setdefault(word, []).append(i)
    twins = []
    for key, words in _training_sentences().items():
        candidates = {i for word in words if len(word) > 5 for i in by_word.get(word, ())}
        if any(len(words & held_out[i]) / len(words | held_out[i]) >= NEAR_DUPLICATE for i in candidates):
            twins.append(key)
    return twins


@pytest.mark.parametrize("name", ["events_multilingual.jsonl", "events_heldout16.jsonl"])
def test_no_training_sentence_is_a_twin_of_a_frozen_multilingual_set(name):
    frozen = [_words(r["text"]) for r in load_jsonl(ROOT / "tests" / "data" / name)]
    assert _twins(frozen) == []


def test_a_reworded_sentence_counts_as_a_twin():
    # (the check itself: the same report in other words is caught, a different report is not)
    held_out = [_words("Saudi Arabia and Iran agreed to restore diplomatic relations and reopen embassies within "
                       "two months in a deal brokered by China.")]
    reworded = _words("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their "
                      "embassies within two months under a deal brokered by China.")
    other = _words("Saudi Arabia and Iran exchanged ambassadors on Tuesday, seven years after cutting ties.")
    assert len(reworded & held_out[0]) / len(reworded | held_out[0]) >= NEAR_DUPLICATE
    assert len(other & held_out[0]) / len(other | held_out[0]) < NEAR_DUPLICATE


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="needs ../shared beside the repository")
@pytest.mark.parametrize("name", SENTENCE_SETS)
def test_no_training_sentence_is_a_twin_of_a_shared_test_split(name):
    records = [r for r in load_jsonl(SHARED_EVAL / f"{name}.jsonl") if r.get("level", "sentence") == "sentence"]
    scored = records if name == "seed.fr" else split_records(records, "test")
    assert _twins([_words(r["text"]) for r in scored]) == []
