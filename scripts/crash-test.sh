#!/usr/bin/env bash
# Crash test (data-safety notes, test 1): nothing carelog acknowledged is lost to kill -9, the journal
# never corrupts, and an import is all or nothing.
#
# Each round starts two drivers against one journal: (a) a loop of `carelog log fatigue --note ACK-R-N`
# that records the marker as acknowledged only when the command exits 0; (b) a loop of `carelog import`
# of 500-entry exports whose entry ids are fresh for every import, started 0–450 ms into the round (an
# import holds the write lock for most of its run, so logs get through too). After a random 20–450 ms
# the drivers are frozen and their live children killed with SIGKILL. Then: PRAGMA integrity_check is
# ok (and foreign_key_check empty), every marker acknowledged so far is in the journal (one .import and
# a join), and every import started so far is present 0 or 500 times (500 if it exited 0).
#
# Usage: scripts/crash-test.sh [ROUNDS=200] [BINARY=.build/debug/carelog]
#   BINARY is relative to the repository root. Prints the figures, then "N passed, M failed" (rounds);
#   exits non-zero if any round failed.
set -euo pipefail

rounds=${1:-200}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${2:-.build/debug/carelog}
case $bin in /*) ;; *) bin="$PWD/$bin" ;; esac
[ -x "$bin" ] || { echo "crash-test: no carelog binary at $bin (build it first: swift build)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "crash-test: sqlite3 is needed" >&2; exit 2; }
command -v python3 >/dev/null || { echo "crash-test: python3 is needed" >&2; exit 2; }

work=$(mktemp -d)
drivers=()
cleanup() {
  local d
  for d in "${drivers[@]}"; do kill -9 "$d" $(children "$d") 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# A private copy of the binary, so that a rebuild during the run can neither block nor change it.
cp "$bin" "$work/carelog"; bin="$work/carelog"
"$bin" --version >/dev/null || { echo "$(basename "$0"): the carelog binary does not run (being rebuilt?)" >&2; exit 2; }

seconds() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }  # milliseconds → seconds for sleep

# The direct children of the given processes (from /proc, so no procps is needed).
children() {
  local p
  for p in "$@"; do cat /proc/"$p"/task/*/children 2>/dev/null || true; done
}

export CARELOG_JOURNAL="$work/journal.sqlite"
unset CARELOG_PROFILE CARELOG_TODAY
journal=$CARELOG_JOURNAL
"$bin" profile add Crash >/dev/null

# One export of 500 entries for profile Crash; "@TAG@" is replaced by 8 hex digits (round, import) so
# that every import brings its own ids: TAG-0000-4000-8000-<12 hex digits of n>.
python3 - "$work/template.json" <<'EOF'
import json, sys
entries = [{
    "id": "@TAG@-0000-4000-8000-%012x" % n, "kind": "symptom", "term": "fatigue", "severity": None,
    "value": None, "unit": None, "occurred_on": "2026-11-01", "occurred_at": None,
    "recorded_at": "2026-11-01T10:00:00Z", "reporter": "A", "reporter_role": "self", "note": None,
    "revision": 1, "deleted_at": None, "revisions": [],
} for n in range(500)]
profile = {
    "name": "Crash", "born": None, "diagnosed": None, "subtype": None, "remission": None,
    "treatment_ended": None, "reporter": None, "reporter_role": None, "notes": None, "visit_every": None,
    "default": False, "treatments": [], "baseline": [], "visits": [], "acknowledged_flags": [],
    "entries": entries,
}
with open(sys.argv[1], "w") as f:
    json.dump({"format": "carelog-export", "version": 1, "profiles": [profile]}, f, indent=2)
EOF

acks="$work/acks.txt"          # every acknowledged log marker, all rounds
imports="$work/imports.csv"    # every import started: tag,acknowledged(0/1)
: >"$acks"; : >"$imports"

log_driver() {  # $1 = round
  local n=0 rc
  while :; do
    n=$((n + 1))
    if "$bin" log fatigue --note "ACK-$1-$n" >/dev/null 2>>"$work/round.err"; then
      echo "ACK-$1-$n" >>"$work/round.acks"
    else
      rc=$?  # 137 is our SIGKILL; anything else is a failure of carelog
      [ "$rc" -eq 137 ] || echo "log ACK-$1-$n exited $rc" >>"$work/round.fail"
    fi
  done
}

import_driver() {  # $1 = round, $2 = seconds to wait before the first import
  local k=0 tag rc
  sleep "$2"
  while :; do
    tag=$(printf '%04x%04x' "$1" "$k")
    sed "s/@TAG@/$tag/" "$work/template.json" >"$work/import.json"
    echo "$tag,0" >>"$work/round.imports"
    if "$bin" import "$work/import.json" >/dev/null 2>>"$work/round.err"; then
      echo "$tag,1" >>"$work/round.imports"
    else
      rc=$?
      [ "$rc" -eq 137 ] || echo "import $tag exited $rc" >>"$work/round.fail"
    fi
    k=$((k + 1))
  done
}

field() { sed -n "s/^$1 //p" <<<"$result"; }
result=
passed=0; failed=0; kills=0; import_kills=0
start=$SECONDS
for round in $(seq "$rounds"); do
  : >"$work/round.acks"; : >"$work/round.imports"; : >"$work/round.err"; : >"$work/round.fail"
  # An import holds the journal's write lock for most of its run (~250 ms), so it starts at a random
  # offset: some rounds kill logs running alone, others kill logs queued behind an import, or the import.
  log_driver "$round" & drivers=($!)
  import_driver "$round" "$(seconds $((RANDOM % 451)))" & drivers+=($!)
  sleep "$(seconds $((20 + RANDOM % 431)))"

  # Freeze the drivers (so they start nothing new), SIGKILL their live children, then the drivers.
  kill -STOP "${drivers[@]}"
  for which in 0 1; do
    for v in $(children "${drivers[$which]}"); do
      comm=$(cat /proc/"$v"/comm 2>/dev/null || true)
      if kill -9 "$v" 2>/dev/null && [ "$comm" = carelog ]; then
        kills=$((kills + 1))
        [ "$which" = 1 ] && import_kills=$((import_kills + 1))
      fi
    done
  done
  kill -9 "${drivers[@]}" 2>/dev/null || true
  wait "${drivers[@]}" 2>/dev/null || true
  drivers=()

  cat "$work/round.acks" >>"$acks"
  # An import that exited 0 appears as tag,0 then tag,1: keep the highest per tag.
  cat "$work/round.imports" >>"$imports"
  awk -F, '!($1 in a) || $2 > a[$1] { a[$1] = $2 } END { for (t in a) print t "," a[t] }' "$imports" \
    >"$work/imports.latest"

  result=$(sqlite3 -batch "$journal" <<EOF 2>&1
.timeout 5000
PRAGMA integrity_check;
SELECT 'fk ' || count(*) FROM pragma_foreign_key_check;
CREATE TEMP TABLE acks(marker TEXT);
CREATE TEMP TABLE imports(tag TEXT, acked INTEGER);
.mode csv
.import --schema temp $acks acks
.import --schema temp $work/imports.latest imports
.mode list
SELECT 'acked ' || count(*) FROM acks;
SELECT 'missing ' || count(*) FROM acks a LEFT JOIN entry e ON e.note = a.marker WHERE e.id IS NULL;
SELECT 'missing-first ' || ifnull(min(a.marker), '-') FROM acks a LEFT JOIN entry e ON e.note = a.marker WHERE e.id IS NULL;
CREATE TEMP TABLE counts AS
  SELECT tag, acked, (SELECT count(*) FROM entry WHERE id >= tag || '-' AND id < tag || '.') AS n FROM imports;
SELECT 'complete ' || count(*) FROM counts WHERE n = 500;
SELECT 'acked-imports ' || count(*) FROM counts WHERE acked = 1;
SELECT 'absent ' || count(*) FROM counts WHERE n = 0;
SELECT 'partial ' || count(*) FROM counts WHERE n NOT IN (0, 500);
SELECT 'acked-incomplete ' || count(*) FROM counts WHERE acked = 1 AND n <> 500;
SELECT 'bad-imports ' || ifnull(group_concat(tag || ':' || n || (CASE acked WHEN 1 THEN ':acked' ELSE '' END), ' '), '-')
  FROM counts WHERE n NOT IN (0, 500) OR (acked = 1 AND n <> 500);
EOF
  ) || true
  integrity=$(head -n1 <<<"$result")
  problems=()
  [ "$integrity" = ok ] || problems+=("integrity_check: $integrity")
  [ "$(field fk)" = 0 ] || problems+=("foreign_key_check: $(field fk) rows")
  [ "$(field missing)" = 0 ] || problems+=("$(field missing) acknowledged markers missing (first: $(field missing-first))")
  [ "$(field partial)" = 0 ] || problems+=("$(field partial) partial imports")
  [ "$(field acked-incomplete)" = 0 ] || problems+=("$(field acked-incomplete) acknowledged imports not complete")
  [ "$(field 'bad-imports')" = - ] || problems+=("imports: $(field 'bad-imports')")
  if [ -s "$work/round.fail" ]; then
    problems+=("failed commands: $(paste -sd';' "$work/round.fail") / stderr: $(head -c 300 "$work/round.err" | tr '\n' ' ')")
  fi
  if grep -Eiq 'locked|busy' "$work/round.err"; then
    problems+=("stderr: $(grep -Ei 'locked|busy' "$work/round.err" | head -n1)")
  fi
  if [ ${#problems[@]} -eq 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "round $round: FAILED: $(printf '%s; ' "${problems[@]}")" >&2
    [ -n "$result" ] || echo "round $round: sqlite3 printed nothing" >&2
  fi
  if [ $((round % 25)) -eq 0 ] && [ "$round" -lt "$rounds" ]; then
    echo "... $round rounds, $kills kills, $((SECONDS - start)) s"
  fi
done

echo "rounds: $rounds; kills: $kills carelog processes ($import_kills during import)"
echo "acknowledged entries checked: $(field acked) (every one checked after every round; missing: $(field missing))"
echo "imports: $(wc -l <"$work/imports.latest") started, $(field acked-imports) acknowledged (exit 0);" \
  "$(field complete) complete, $(field absent) absent, $(field partial) partial"
echo "entries in journal: $(sqlite3 "$journal" 'SELECT count(*) FROM entry'); time: $((SECONDS - start)) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
