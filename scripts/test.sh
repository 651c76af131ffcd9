#!/usr/bin/env bash
# Fresh machine -> the whole test suite, on SQLite and (when it can be started) PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${NATOWATCH_TEST_POSTGRES_URL:-}" ]; then
  if url=$(scripts/postgres.sh); then
    export NATOWATCH_TEST_POSTGRES_URL="$url"
  elif [ -n "${CI:-}" ]; then
    echo "test.sh: CI needs PostgreSQL and it could not be started" >&2; exit 1
  else
    echo "test.sh: no PostgreSQL here: its tests will be skipped" >&2
  fi
fi
exec .venv/bin/pytest "$@"
