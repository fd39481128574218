#!/usr/bin/env bash
# Browser test in real headless Chromium (Debian chromium + chromium-driver, Selenium from PyPI) against a running
# carelog serve: see scripts/browser-test.py. Screenshots under .build/browser/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/serve-lib.sh
venv=$(serve_venv selenium)
serve_start
"$venv/bin/python" scripts/browser-test.py "$SERVE_URL" "$SERVE_CODE"
