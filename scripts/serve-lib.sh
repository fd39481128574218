# Shared by the server scripts (schemathesis, browser, load): a temporary journal, carelog serve on a free port,
# and a paired API token. Source it, then call serve_start; serve_stop runs on exit.
# Sets: SERVE_DIR, SERVE_JOURNAL, SERVE_PORT, SERVE_URL, SERVE_CODE (still unused), SERVE_PID; serve_pair prints a token.

serve_bin=${SERVE_BIN:-.build/debug}

serve_start() {
  SERVE_DIR=$(mktemp -d)
  SERVE_JOURNAL="$SERVE_DIR/journal.sqlite"
  local carelog="$serve_bin/carelog"
  [ -x "$carelog" ] && [ -x "$serve_bin/carelog-serve" ] || { echo "build first: swift build" >&2; exit 2; }
  "$carelog" profile add Leo --born 2017-03-02 --diagnosed 2024-11-12 --reporter Anna --journal "$SERVE_JOURNAL" >/dev/null
  "$carelog" treatment add dexamethasone --from "$(date -d '-20 days' +%F)" --journal "$SERVE_JOURNAL" >/dev/null
  "$carelog" profile add Noah --born 2019-05-01 --reporter Anna --journal "$SERVE_JOURNAL" >/dev/null
  "$carelog" profile default Leo --journal "$SERVE_JOURNAL" >/dev/null
  mkfifo "$SERVE_DIR/stdin"
  "$carelog" serve --journal "$SERVE_JOURNAL" --port 0 <"$SERVE_DIR/stdin" >"$SERVE_DIR/out.txt" 2>&1 &
  SERVE_PID=$!
  exec 9>"$SERVE_DIR/stdin"  # keeps the server's standard input open; a line on it prints a new code
  trap serve_stop EXIT
  for _ in $(seq 1 100); do
    grep -q 'pair?code=' "$SERVE_DIR/out.txt" 2>/dev/null && break
    sleep 0.1
  done
  SERVE_PORT=$(grep -o '127.0.0.1:[0-9]*' "$SERVE_DIR/out.txt" | head -1 | cut -d: -f2)
  SERVE_CODE=$(grep -o 'code=[A-Z0-9-]*' "$SERVE_DIR/out.txt" | tail -1 | cut -d= -f2)
  SERVE_URL="http://127.0.0.1:$SERVE_PORT"
  [ -n "$SERVE_PORT" ] || { cat "$SERVE_DIR/out.txt" >&2; echo "carelog serve did not start" >&2; exit 1; }
}

# A fresh pairing code (Enter on the server's terminal).
serve_new_code() {
  local before
  before=$(grep -c 'code' "$SERVE_DIR/out.txt")
  echo >&9
  for _ in $(seq 1 50); do
    [ "$(grep -c 'code' "$SERVE_DIR/out.txt")" -gt "$before" ] && break
    sleep 0.1
  done
  SERVE_CODE=$(grep -o 'code=[A-Z0-9-]*' "$SERVE_DIR/out.txt" | tail -1 | cut -d= -f2)
}

# Pairs a device named $1 with a new code and prints its token.
serve_pair() {
  serve_new_code
  curl -sf -X POST "$SERVE_URL/api/pair" -H 'Content-Type: application/json' \
    -d "{\"code\": \"$SERVE_CODE\", \"device\": \"$1\", \"reporter\": \"Anna\", \"role\": \"caregiver\"}" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}

serve_stop() {
  if [ -n "${SERVE_PID:-}" ] && kill -0 "$SERVE_PID" 2>/dev/null; then
    kill -INT "$SERVE_PID"
    wait "$SERVE_PID" 2>/dev/null || true
  fi
  exec 9>&- 2>/dev/null || true
  rm -rf "$SERVE_DIR"
}

# A Python virtual environment under .bench/ (ignored by git) with the given PyPI packages.
serve_venv() {
  local venv=.bench/serve-venv
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q "$@"
  echo "$venv"
}
