#!/usr/bin/env bash
# Fresh machine -> the seed corpus replayed into SQLite (data/natowatch.db), its timeline and alerts.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/natowatch replay seeds/ --fresh "$@"
