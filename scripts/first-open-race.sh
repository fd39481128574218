#!/usr/bin/env bash
# Many carelog processes creating the same new journal at once: every entry must land, with no error.
# Usage: scripts/first-open-race.sh [TRIALS] [BINARY]
set -euo pipefail
trials=${1:-20}
bin=${2:-.build/debug/carelog}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
for trial in $(seq "$trials"); do
  journal="$work/t$trial/journal.sqlite"
  for p in 1 2 3 4; do
    ( CARELOG_JOURNAL="$journal" "$bin" profile add "P$p" >/dev/null 2>"$work/err.$trial.$p" || echo fail >>"$work/failed" ) &
  done
  wait
  count=$(sqlite3 "$journal" "SELECT count(*) FROM profile")
  if [ "$count" != 4 ]; then failures=$((failures + 1)); echo "trial $trial: $count profiles"; cat "$work"/err.$trial.*; fi
done
failed=0; [ -f "$work/failed" ] && failed=$(wc -l <"$work/failed")
echo "$trials trials, $failed failed commands, $failures trials missing profiles"
[ "$failed" = 0 ] && [ "$failures" = 0 ]
