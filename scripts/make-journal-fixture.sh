#!/usr/bin/env bash
# Makes Fixtures/journals/vN.sqlite: a real journal written by this carelog, for migration tests.
# Run it ONCE when a schema version is released, then never again for that version: the fixture must stay
# what that version wrote (CI checks Fixtures/journals/SHA256SUMS). Usage: scripts/make-journal-fixture.sh vN
set -euo pipefail
version=${1:?usage: $0 vN}
cd "$(dirname "$0")/.."
out="Fixtures/journals/$version.sqlite"
[ -e "$out" ] && { echo "$out exists: fixtures are frozen once made" >&2; exit 1; }
swift build
bin=.build/debug/carelog
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CARELOG_TODAY=2026-11-26 CARELOG_JOURNAL="$tmp/j.sqlite"
"$bin" demo --journal "$tmp/j.sqlite" --as-of 2026-11-26 >/dev/null
"$bin" profile add "Zoë Ñúñez" --born 1990-04-02 --diagnosed 2023-05-02 --treatment-ended 2025-09-30 >/dev/null
"$bin" log fatigue --severity mild --profile Leo --note "Unicode: «ça va» 👍, \"quotes\", comma" >/dev/null
"$bin" log temperature 101.5F --at 9pm --profile "Zoë Ñúñez" >/dev/null
"$bin" log "eye twitch" --new --profile "Zoë Ñúñez" >/dev/null
id=$("$bin" list --json --profile Leo --symptom fatigue | grep '"id"' | tail -1 | cut -d'"' -f4)
"$bin" edit "${id:0:8}" --severity severe >/dev/null
"$bin" log headache --profile Leo >/dev/null
gone=$("$bin" list --json --profile Leo --symptom headache | grep '"id"' | tail -1 | cut -d'"' -f4)
"$bin" delete "${gone:0:8}" >/dev/null
"$bin" flags ack bleeding-or-bruising --profile Leo >/dev/null
case "$version" in
  v1) # the v1 schema is v2 without its flag-acknowledgement table
    sqlite3 "$tmp/j.sqlite" "DROP TABLE flagAck; DELETE FROM grdb_migrations WHERE identifier = 'v2-flag-acknowledgements';" ;;
esac
sqlite3 "$tmp/j.sqlite" "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;"
cp "$tmp/j.sqlite" "$out"
chmod 600 "$out"
"$bin" export --journal "$tmp/j.sqlite" --output "Fixtures/journals/$version-expected.json" 2>/dev/null
(cd Fixtures/journals && sha256sum ./*.sqlite > SHA256SUMS)
echo "made $out and Fixtures/journals/$version-expected.json"
