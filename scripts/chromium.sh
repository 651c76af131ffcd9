#!/usr/bin/env bash
# Find Debian's chromium (installing it when missing and allowed) for the browser tests.
# Prints the browser's path to use as NATOWATCH_TEST_CHROMIUM; exits 1 if there is none.
set -euo pipefail
find_chromium() { command -v chromium || command -v chromium-browser || true; }
path=$(find_chromium)
if [ -z "$path" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
    path=$(find_chromium)
  else
    echo "chromium.sh: chromium is not installed (apt-get install chromium)" >&2; exit 1
  fi
fi
[ -n "$path" ] || { echo "chromium.sh: chromium could not be installed" >&2; exit 1; }
"$path" --version >&2
echo "$path"
