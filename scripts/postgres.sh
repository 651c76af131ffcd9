#!/usr/bin/env bash
# Start Debian's PostgreSQL 15 (installing it when missing and allowed) and create the test
# role and database. Prints the URL to use as NATOWATCH_TEST_POSTGRES_URL; exits 1 if it can't.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  else
    echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1
  fi
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "postgres.sh: server did not start" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sh -c "$1"; fi; }
as_postgres "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='natowatch'\" | grep -q 1 || psql -qc \"CREATE ROLE natowatch LOGIN PASSWORD 'natowatch' CREATEDB\"" >&2
# DROP DATABASE ... WITH (FORCE) as natowatch must also end an autovacuum worker on the database
# (a process of no role): only pg_signal_backend allows that. Granted every time (idempotent).
as_postgres "psql -qc \"GRANT pg_signal_backend TO natowatch\"" >&2
as_postgres "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='natowatch_test'\" | grep -q 1 || createdb -O natowatch natowatch_test" >&2
echo "postgresql://natowatch:natowatch@127.0.0.1:5432/natowatch_test"
