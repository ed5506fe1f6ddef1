#!/usr/bin/env bash
# Every quality figure of the README, recomputed: bash scripts/evaluate_all.sh [SHARED_DIR] > report.txt
# Gold sets from ../shared/eval are scored as held-out data (nothing in tacitus is trained or tuned on
# them, except plv_train, which is reported by nested cross-validation only).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${1:-$ROOT/../shared}"
T="$ROOT/.venv/bin/tacitus"
for gold in seed.fr plover_gsr.en up_spanish_protest.es up_spanish_fight.es up_spanish_1018.es \
            arabic_protest.ar arabic_assault.ar; do
  "$T" eval "$SHARED/eval/$gold.jsonl" --bootstrap 1000
done
"$T" eval "$ROOT/tests/data/events_multilingual.jsonl" --by-lang --bootstrap 1000
"$T" actors eval "$ROOT/tests/data/actors_gold.jsonl"
"$T" attributes-eval "$ROOT/tests/data/attributes_gold.jsonl"
"$T" places-eval "$ROOT/tests/data/places_gold.jsonl"
"$T" attributes-eval "$ROOT/tests/data/attributes_heldout.jsonl"
"$T" places-eval "$ROOT/tests/data/places_heldout.jsonl"
