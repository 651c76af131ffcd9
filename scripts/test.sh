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
  fi
fi
# One line saying which databases this run covers (the password never shown).
if [ -z "${NATOWATCH_TEST_POSTGRES_URL:-}" ]; then
  echo "test.sh: databases: SQLite only (no PostgreSQL here: its tests will be skipped)"
elif shown=$(.venv/bin/python - <<'PY'
import os, sys
import psycopg
from sqlalchemy.engine import make_url
shown = "in NATOWATCH_TEST_POSTGRES_URL"
try:
    url = make_url(os.environ["NATOWATCH_TEST_POSTGRES_URL"])
    shown = url.render_as_string(hide_password=True)
    psycopg.connect(url.set(drivername="postgresql").render_as_string(hide_password=False), connect_timeout=5).close()
except Exception as exc:
    print(f"{shown} is unusable: {str(exc).strip().splitlines()[0]}")
    sys.exit(1)
print(shown)
PY
); then
  echo "test.sh: databases: SQLite and PostgreSQL ($shown)"
elif [ -n "${CI:-}" ]; then
  echo "test.sh: CI needs PostgreSQL: $shown" >&2; exit 1
else
  echo "test.sh: databases: SQLite only (PostgreSQL $shown: its tests will be skipped)"
fi
# The browser tests drive Debian's chromium (installed here when missing and running as root).
if [ -z "${NATOWATCH_TEST_CHROMIUM:-}" ]; then
  if browser=$(scripts/chromium.sh 2>/dev/null); then
    export NATOWATCH_TEST_CHROMIUM="$browser"
  elif [ -n "${CI:-}" ]; then
    echo "test.sh: CI needs chromium for the browser tests and it could not be installed" >&2; exit 1
  fi
fi
echo "test.sh: browser: ${NATOWATCH_TEST_CHROMIUM:-none (the browser tests will be skipped)}"
exec .venv/bin/pytest "$@"
