#!/usr/bin/env bash
# Refresh docs/dashboard.png: replay the seeds into a temporary SQLite database, serve it with
# `natowatch web` on a free port and let headless chromium (scripts/chromium.sh) photograph it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
browser=$(scripts/chromium.sh)
work=$(mktemp -d)
server=""
cleanup() { if [ -n "$server" ]; then kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
db="sqlite:///$work/natowatch.db"
.venv/bin/natowatch replay seeds --db "$db" > "$work/replay.log"
.venv/bin/natowatch web --db "$db" --port 0 > "$work/web.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do
  grep -q "open http" "$work/web.log" && break
  sleep 1
done
url=$(grep -o "http://[^ ]*/" "$work/web.log" | head -n 1)
[ -n "$url" ] || { echo "screenshot.sh: natowatch web did not start: $(cat "$work/web.log")" >&2; exit 1; }
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1400 \
  --screenshot="$PWD/docs/dashboard.png" "$url" 2>/dev/null
echo "docs/dashboard.png from $url"
