#!/usr/bin/env bash
# Rebuild every trained model from its data, with nested 5-fold cross-validated scores (JSON on stdout):
#   bash scripts/train_all.sh [SHARED_DIR] > training_report.json
# - the dyad classifier (tacitus/data/models/dyad.json) from PLV_train in the shared eval sets;
# - the event scorer (tacitus/data/models/event_scorer.json) from the repository's training/events/.
# Deterministic: fixed seeds, so the same data gives the same weights.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${1:-$ROOT/../shared}"
"$ROOT/.venv/bin/tacitus" train --data "$SHARED/eval/plv_train.en.jsonl" --events "$ROOT/training/events" --cv 5
