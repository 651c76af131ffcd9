#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install natowatch with its test extra. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# pip 23 misses lxml_html_clean for trafilatura: upgrade pip first.
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
