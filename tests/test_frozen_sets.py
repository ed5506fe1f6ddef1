"""Evaluation sets written before the code they measure are frozen: changing one must be a visible decision."""
import hashlib
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
FROZEN = {
    # written by a helper who wrote no lexicon or training data (issue: event coder)
    # written by a helper who wrote none of the knowledge base (issue: actors)
    "actors_gold.jsonl": "461952bcbb1aca37d6fbec7ea2bbc6d57c113685392044572d8962622f1836de",
    # written by a helper who read none of the date, quantity or place rules (issue: when, where, how much)
    "attributes_heldout.jsonl": "57dc5035fb4901c3440ab3b4d6341fdb7de7fdede15c4d7fd17dbb23e8eb39cc",
    "places_heldout.jsonl": "5a78e7ac397b122b6239934131a7c03a5e06301dc6b767f8177192f82f94379f",
    "events_multilingual.jsonl": "a8c475e5158b551af049190885f9fba9485593b7035c04c84f647eec91c0c2b0",
    # written by eight more helpers (one per language) who read no evaluation set, lexicon, rule or training
    # sentence, and never read by anyone working on the coder: measured, never tuned on (issue: event coder)
    "events_heldout16.jsonl": "955b6df7ef14bca240b90c7a75172341ad40187f117541048cc4aa172e1c3f6c",
}


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_frozen_set_is_unchanged(name):
    digest = hashlib.sha256((DATA / name).read_bytes()).hexdigest()
    assert digest == FROZEN[name], f"{name} changed: frozen evaluation sets must not be edited"
