"""CAMEO code, quad class, Goldstein score and PLOVER intensity for a PLOVER (type, mode).

The quad class is GDELT's, from the CAMEO root of the code given, so that `cameo` and `quad_class` agree.

The table is built from public sources by scripts/build_data.py (see tacitus/data/cameo.json for the rule).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Compat:
    cameo: str
    quad_class: int
    goldstein: float | None
    plover_intensity: float | None


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(resources.files("tacitus").joinpath("data/cameo.json").read_text(encoding="utf-8"))["types"]


def valid_modes(event_type: str) -> frozenset[str]:
    return frozenset(_table()[event_type]["modes"])


def compat(event_type: str, mode: str | None) -> Compat:
    entry = _table()[event_type]
    detail = entry["modes"].get(mode or "", entry)
    return Compat(cameo=detail["cameo"], quad_class=detail["quad_class"], goldstein=detail["goldstein"],
                  plover_intensity=detail["plover_intensity"])
