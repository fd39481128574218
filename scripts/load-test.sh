#!/usr/bin/env bash
# Load test of carelog serve (wrk from Debian): Today and GET /api/flags at about 200 requests a second each
# while the command line logs in a loop and an API client posts entries, each sent twice with one
# Idempotency-Key. Passes when both p99 latencies are under 50 ms (reported only with LOAD_LATENCY_GATE=0) and
# every entry is in the journal exactly once.
# Usage: scripts/load-test.sh [SECONDS=20]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-20}
source scripts/serve-lib.sh
serve_start
token=$(serve_pair "load test")
carelog="$serve_bin/carelog"

# About 200 requests a second: 16 connections, each waiting 70 ms between requests (plus the answer's own time).
cat >"$SERVE_DIR/paced.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
function delay() return 70 end
LUA

writers() {
  local i=0
  while [ -f "$SERVE_DIR/running" ]; do
    i=$((i + 1))
    "$carelog" log tired --note "cli-$i" --journal "$SERVE_JOURNAL" >/dev/null
    for _ in 1 2; do  # the API client retries every post once, with the same key
      curl -sf -o /dev/null -X POST "$SERVE_URL/api/entries" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' -H "Idempotency-Key: api-$i" -d "{\"term\": \"note\", \"note\": \"api-$i\"}"
    done
    echo "$i" >"$SERVE_DIR/written"
  done
}
touch "$SERVE_DIR/running"
writers &
writer=$!

status=0
for path in / /api/flags; do
  out="$SERVE_DIR/wrk$(echo "$path" | tr / _).txt"
  wrk -t 2 -c 16 -d "${seconds}s" --latency -s "$SERVE_DIR/paced.lua" "$SERVE_URL$path" >"$out"
  rate=$(awk '/Requests\/sec/ {print $2}' "$out")
  p99=$(awk '$1 == "99%" {print $2}' "$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$out")
  ms=$(python3 -c "import sys; v=sys.argv[1]; print(float(v[:-2]) if v.endswith('ms') else float(v[:-1])*1000 if v.endswith('s') else float(v[:-2])/1000)" "$p99")
  echo "GET $path: $rate requests/s, p99 $p99${non2xx:+, $non2xx non-2xx}"
  if ! python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < 50 else 1)" "$ms"; then
    echo "  p99 is not under 50 ms"
    # Timings are measured, not asserted, where the machine is shared (CI sets LOAD_LATENCY_GATE=0): the figure is
    # reported; what was written is still checked below.
    [ "${LOAD_LATENCY_GATE:-1}" = 0 ] || status=1
  fi
  [ -z "$non2xx" ] || status=1
done
rm "$SERVE_DIR/running"
wait "$writer"
written=$(cat "$SERVE_DIR/written")

"$carelog" list --json --journal "$SERVE_JOURNAL" --profile Leo >"$SERVE_DIR/list.json"
python3 - "$SERVE_DIR/list.json" "$written" <<'PY' || status=1
import collections, json, sys
notes = collections.Counter(entry["note"] for entry in json.load(open(sys.argv[1])))
written = int(sys.argv[2])
expected = [f"{source}-{i}" for i in range(1, written + 1) for source in ("cli", "api")]
wrong = {note: notes[note] for note in expected if notes[note] != 1}
print(f"{written} command-line entries and {written} API entries (each posted twice) written during the load")
if wrong:
    print("not present exactly once:", dict(list(wrong.items())[:10]))
    sys.exit(1)
print("every entry is in the journal exactly once")
PY
# The server never logs what is recorded.
if grep -q -e 'cli-[0-9]' -e 'api-[0-9]' "$SERVE_DIR/out.txt"; then
  echo "the server's output contains entry notes"; status=1
fi

# Ctrl-C while an API client writes: every post the server confirmed is in the journal.
for i in $(seq 1 400); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$SERVE_URL/api/entries" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "{\"term\": \"note\", \"note\": \"stop-$i\"}" || true)
  [ "$code" = 201 ] && echo "stop-$i"
  [ "$i" = 50 ] && kill -INT "$SERVE_PID"
done >"$SERVE_DIR/confirmed"
wait "$SERVE_PID" 2>/dev/null || true
"$carelog" list --json --journal "$SERVE_JOURNAL" --profile Leo >"$SERVE_DIR/list.json"
python3 - "$SERVE_DIR/list.json" "$SERVE_DIR/confirmed" <<'PY' || status=1
import collections, json, sys
notes = collections.Counter(entry["note"] for entry in json.load(open(sys.argv[1])))
confirmed = open(sys.argv[2]).read().split()
missing = [note for note in confirmed if notes[note] != 1]
print(f"Ctrl-C during writes: {len(confirmed)} posts confirmed before the server stopped, "
      f"{len(missing)} of them missing or doubled")
sys.exit(1 if missing or not confirmed else 0)
PY
grep -q "carelog serve stopped" "$SERVE_DIR/out.txt" || { echo "the server did not say it stopped"; status=1; }
exit $status
