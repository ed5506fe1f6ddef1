#!/usr/bin/env bash
# Rebuild every trained model from its data, with nested 5-fold cross-validated scores (JSON on stdout):
#   bash scripts/train_all.sh [SHARED_DIR] > training_report.json
# - the dyad classifier (tacitus/data/models/dyad.json) from PLV_train in the shared eval sets;
# - the event scorer (tacitus/data/models/event_scorer.json) from the repository's training/events/ plus the dev
#   split (one fifth, `tacitus eval --split dev`) of the shared sentence-level sets; their test split stays held out;
# - the sentence-type model beside it (sentence_types.npz) from the same sentences and, in every fold, the
#   sentences of PLV_train with their PLOVER labels (never scored: they have no coded parties).
# Deterministic: fixed seeds, so the same data gives the same weights.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${1:-$ROOT/../shared}"
DEV_FILES=()
for name in up_spanish_protest.es up_spanish_fight.es up_spanish_1018.es plover_gsr.en arabic_protest.ar arabic_assault.ar; do
    DEV_FILES+=("$SHARED/eval/$name.jsonl")
done
"$ROOT/.venv/bin/tacitus" train --data "$SHARED/eval/plv_train.en.jsonl" --events "$ROOT/training/events" \
    --events-dev "${DEV_FILES[@]}" --sentence-extra "$SHARED/eval/plv_train.en.jsonl" --cv 5
