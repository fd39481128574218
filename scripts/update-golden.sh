#!/usr/bin/env bash
# Rewrites Fixtures/golden/summary.* from the demo journal as of 2026-11-26. Read every changed file (and the
# HTML rendered with scripts/render-summary.sh) before committing: the golden tests trust them.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/carelog}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CARELOG_TODAY=2026-11-26
"$bin" demo --journal "$tmp/demo.sqlite" --as-of 2026-11-26 >/dev/null
mkdir -p Fixtures/golden
for format in text markdown json html; do
  ext=$format; [ "$format" = text ] && ext=txt; [ "$format" = markdown ] && ext=md
  "$bin" summary --journal "$tmp/demo.sqlite" --as-of 2026-11-26 --format "$format" > "Fixtures/golden/summary.$ext"
done
git status --short Fixtures/golden
