#!/usr/bin/env bash
# Concurrency test (data-safety notes, tests 3 and 9): several carelog processes writing one journal at
# once lose nothing and never show the user "database is locked", and backups taken meanwhile are whole.
#
# 4 processes each run PER_PROCESS `carelog log fatigue --note W<p>-<i>` into one journal while a fifth
# loop runs `carelog list` and a sixth makes up to 20 `carelog backup` copies. Afterwards: exactly
# 4 x PER_PROCESS entries with distinct ids and notes, zero failed commands, zero stderr lines matching
# locked|busy, PRAGMA integrity_check ok, the writers finished in under 60 s; every backup exited 0, is
# mode 600, passes integrity_check, has application_id 1129466951 and holds every entry acknowledged
# before it started.
#
# Usage: scripts/concurrency-test.sh [PER_PROCESS=250] [BINARY=.build/debug/carelog]
#   BINARY is relative to the repository root. Prints the figures, then "N passed, M failed" (checks);
#   exits non-zero if any check failed.
set -euo pipefail

per=${1:-250}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${2:-.build/debug/carelog}
case $bin in /*) ;; *) bin="$PWD/$bin" ;; esac
[ -x "$bin" ] || { echo "concurrency-test: no carelog binary at $bin (build it first: swift build)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "concurrency-test: sqlite3 is needed" >&2; exit 2; }

writers=4
max_backups=20
limit=60          # seconds the writers may take
per_command=60    # a single command taking longer than this is killed and counted as failed
app_id=1129466951

work=$(mktemp -d)
pids=()
cleanup() {
  [ ${#pids[@]} -eq 0 ] || kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# A private copy of the binary, so that a rebuild during the run can neither block nor change it.
cp "$bin" "$work/carelog"; bin="$work/carelog"
"$bin" --version >/dev/null || { echo "$(basename "$0"): the carelog binary does not run (being rebuilt?)" >&2; exit 2; }

export CARELOG_JOURNAL="$work/journal.sqlite"
unset CARELOG_PROFILE CARELOG_TODAY
journal=$CARELOG_JOURNAL
mkdir "$work/backups" "$work/out"
"$bin" profile add Conc >/dev/null
run() { timeout "$per_command" "$bin" "$@"; }

writer() {  # $1 = process number
  local i rc
  for i in $(seq "$per"); do
    if run log fatigue --note "W$1-$i" >/dev/null 2>>"$work/out/writer$1.err"; then
      echo "W$1-$i" >>"$work/out/acks$1"
    else
      rc=$?; echo "writer $1: log W$1-$i exited $rc" >>"$work/out/failed"
    fi
  done
}

lister() {
  local rc
  while [ ! -e "$work/stop" ]; do
    if run list >/dev/null 2>>"$work/out/list.err"; then
      echo >>"$work/out/lists"
    else
      rc=$?; echo "list exited $rc" >>"$work/out/failed"
    fi
  done
}

backer() {
  local i=0 rc
  while [ ! -e "$work/stop" ] && [ "$i" -lt "$max_backups" ]; do
    i=$((i + 1))
    cat "$work"/out/acks* >"$work/backups/before$i" 2>/dev/null || true  # acknowledged before it starts
    if run backup "$work/backups/copy$i.sqlite" >/dev/null 2>>"$work/out/backup.err"; then
      echo "$i" >>"$work/out/backups"
    else
      rc=$?; echo "backup $i exited $rc" >>"$work/out/failed"
    fi
    sleep 0.3
  done
}

: >"$work/out/failed"; : >"$work/out/lists"; : >"$work/out/backups"
start=$(date +%s%N)
lister & pids+=($!)
backer & pids+=($!)
wpids=()
for p in $(seq "$writers"); do writer "$p" & wpids+=($!); done
pids+=("${wpids[@]}")
wait "${wpids[@]}"
elapsed_ns=$(($(date +%s%N) - start))
touch "$work/stop"
wait
pids=()
elapsed=$(printf '%d.%02d' $((elapsed_ns / 1000000000)) $((elapsed_ns / 10000000 % 100)))

passed=0; failed=0
check() {  # $1 = description, rest = test command
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $what" >&2; fi
}

expected=$((writers * per))
entries=$(sqlite3 "$journal" 'SELECT count(*) FROM entry')
distinct=$(sqlite3 "$journal" "SELECT count(DISTINCT id) || ' ' || count(DISTINCT note) FROM entry WHERE note LIKE 'W%-%'")
integrity=$(sqlite3 "$journal" 'PRAGMA integrity_check' 2>&1 || true)
nfailed=$(wc -l <"$work/out/failed")
locked=$(cat "$work"/out/*.err | grep -Eic 'locked|busy' || true)
acked=$(cat "$work"/out/acks* 2>/dev/null | wc -l)

check "entries: $entries, expected $expected" [ "$entries" = "$expected" ]
check "distinct ids and notes: $distinct, expected $expected $expected" [ "$distinct" = "$expected $expected" ]
check "acknowledged logs: $acked, expected $expected" [ "$acked" = "$expected" ]
check "failed commands: $nfailed ($(head -n3 "$work/out/failed" | paste -sd';'))" [ "$nfailed" = 0 ]
check "stderr lines matching locked|busy: $locked ($(cat "$work"/out/*.err | grep -Ei 'locked|busy' | head -n1))" [ "$locked" = 0 ]
check "journal integrity_check: $integrity" [ "$integrity" = ok ]
check "writers took ${elapsed} s, limit ${limit} s" [ "$elapsed_ns" -lt $((limit * 1000000000)) ]

nbackups=0; bad_backups=0
for b in "$work"/backups/copy*.sqlite; do
  [ -e "$b" ] || continue
  nbackups=$((nbackups + 1))
  i=${b##*copy}; i=${i%.sqlite}
  mode=$(stat -c %a "$b")
  verdict=$(sqlite3 -readonly -batch "$b" <<EOF 2>&1 || true
PRAGMA integrity_check;
PRAGMA application_id;
CREATE TEMP TABLE acks(marker TEXT);
.mode csv
.import --schema temp $work/backups/before$i acks
.mode list
SELECT count(*) FROM acks;
SELECT count(*) FROM acks a LEFT JOIN entry e ON e.note = a.marker WHERE e.id IS NULL;
EOF
  )
  read -r -d '' b_integrity b_appid b_before b_missing <<<"$verdict" || true
  if [ "$mode" != 600 ] || [ "$b_integrity" != ok ] || [ "$b_appid" != "$app_id" ] || [ "$b_missing" != 0 ]; then
    bad_backups=$((bad_backups + 1))
    echo "backup $i: mode $mode, integrity_check $b_integrity, application_id $b_appid," \
      "$b_missing of $b_before entries acknowledged before it started are missing" >&2
  fi
done
made=$(wc -l <"$work/out/backups")
backups_made() { [ "$made" = "$nbackups" ] && [ "$nbackups" -gt 0 ]; }
check "backups made: $made exited 0, $nbackups files" backups_made
check "backups failing verification: $bad_backups" [ "$bad_backups" = 0 ]

echo "writers: $writers x $per = $expected logs in $elapsed s; entries: $entries; failed commands: $nfailed;" \
  "locked/busy lines: $locked; integrity: $integrity"
echo "list runs: $(wc -l <"$work/out/lists"); backups: $nbackups made, $bad_backups bad (mode 600, integrity ok," \
  "application_id $app_id, all earlier acknowledged entries present)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
