#!/usr/bin/env bash
# Fault test (data-safety notes, tests 5 and 6): a full disk or a read-only journal gives exit 74 with a
# clear message and leaves the journal intact.
#
# (a) Full disk, as root when `mount -t tmpfs` works (else skipped with a notice): a 512 KiB tmpfs
#     holding a 128 KiB filler file and the journal; `carelog log` (1.9 KB notes) until a command fails.
#     That command must exit 74 with a clear message (no locked/busy, no crash or stack trace); PRAGMA
#     integrity_check must be ok and the journal must hold exactly the successful logs. Then the filler
#     is deleted (and the tmpfs grown), and a further `carelog log` must succeed.
# (b) Read-only journal, as an unprivileged user (setpriv --reuid=65534 --regid=65534 --clear-groups when
#     run as root, with a copy of the binary in a world-readable temp folder; the current user otherwise):
#     a journal file made read-only → `carelog log` exits 74, the file's bytes (and any -wal) unchanged (a
#     new empty -wal is reported, not failed); and the same for a journal whose folder is read-only (74, or
#     77 as the notes allow), where list, flags, export and summary must still work (exit 0, bytes unchanged).
#
# Usage: scripts/fault-test.sh [COUNT=1] [BINARY=.build/debug/carelog]
#   COUNT repeats the whole test (default once). BINARY is relative to the repository root.
#   Prints the figures, then "N passed, M failed" (checks); exits non-zero if any check failed.
set -euo pipefail

count=${1:-1}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${2:-.build/debug/carelog}
case $bin in /*) ;; *) bin="$PWD/$bin" ;; esac
[ -x "$bin" ] || { echo "fault-test: no carelog binary at $bin (build it first: swift build)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "fault-test: sqlite3 is needed" >&2; exit 2; }

max_logs=5000   # bound on the full-disk loop
work=$(mktemp -d)
mounted=
cleanup() {
  if [ -n "$mounted" ]; then umount "$mounted" 2>/dev/null || umount -l "$mounted" 2>/dev/null || true; fi
  chmod -R u+rwX "$work" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# A private copy of the binary, so that a rebuild during the run can neither block nor change it.
cp "$bin" "$work/carelog"; bin="$work/carelog"
"$bin" --version >/dev/null || { echo "$(basename "$0"): the carelog binary does not run (being rebuilt?)" >&2; exit 2; }
unset CARELOG_JOURNAL CARELOG_PROFILE CARELOG_TODAY

passed=0; failed=0; skipped=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAILED: $*" >&2; }
expect() {  # $1 = description; rest = test command
  local what=$1; shift
  if "$@"; then pass; else fail "$what"; fi
}
# A message a user can act on: not empty, no lock talk, no crash output.
clear_message() {  # $1 = stderr file
  [ -s "$1" ] && ! grep -Eiq 'locked|busy|fatal error|stack dump|backtrace|segmentation|swift runtime|^[[:space:]]*#?[0-9]+ +0x' "$1"
}
hashes() {  # sha256 of a journal, and of its -wal if there is one
  local f
  for f in "$1" "$1-wal"; do
    if [ -e "$f" ]; then echo "${f##*/}:$(sha256sum <"$f" | cut -c1-16)"; fi
  done | paste -sd' '
}
sidecars() { local f; for f in "$1-wal" "$1-shm" "$1-journal"; do if [ -e "$f" ]; then echo "${f##*-}"; fi; done | paste -sd,; }

full_disk() {  # $1 = folder
  local dir=$1 mnt j ok=0 rc=0 n integrity entries grown=no
  mnt="$dir/tmpfs"; mkdir -p "$mnt"
  if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=512k,mode=700 carelog-fault "$mnt" 2>/dev/null; then
    echo "notice: full-disk test skipped (needs root and mount -t tmpfs)"; skipped=$((skipped + 1)); return
  fi
  mounted=$mnt
  head -c $((128 * 1024)) /dev/zero >"$mnt/filler"
  j="$mnt/journal/journal.sqlite"
  "$bin" profile add Full --journal "$j" >/dev/null
  padding=$(head -c 1900 /dev/zero | tr '\0' x)  # long notes (the limit is 2000) fill the disk sooner
  for n in $(seq "$max_logs"); do
    rc=0
    "$bin" log fatigue --note "F-$n $padding" --journal "$j" >/dev/null 2>"$dir/err" || rc=$?
    [ "$rc" = 0 ] || break
    ok=$((ok + 1))
  done
  echo "full disk: $ok logs succeeded, then exit $rc: $(head -n3 "$dir/err" | paste -sd' ')"
  expect "full disk: the disk never filled in $max_logs logs" [ "$rc" != 0 ]
  expect "full disk: the failing log exited $rc, expected 74" [ "$rc" = 74 ]
  expect "full disk: unclear message: $(head -c 300 "$dir/err")" clear_message "$dir/err"
  integrity=$(sqlite3 "$j" 'PRAGMA integrity_check' 2>&1 || true)
  entries=$(sqlite3 "$j" "SELECT count(*) FROM entry WHERE note LIKE 'F-%'" 2>&1 || true)
  expect "full disk: integrity_check on the full disk: $integrity" [ "$integrity" = ok ]
  expect "full disk: $entries entries, expected $ok (the successful logs)" [ "$entries" = "$ok" ]
  echo "full disk: integrity $integrity, $entries entries for $ok successful logs"

  rm -f "$mnt/filler"
  mount -o remount,size=4m "$mnt" 2>/dev/null && grown=yes
  rc=0
  "$bin" log fatigue --note "F-after" --journal "$j" >/dev/null 2>"$dir/err" || rc=$?
  expect "full disk: after freeing space, log exited $rc: $(head -c 300 "$dir/err")" [ "$rc" = 0 ]
  integrity=$(sqlite3 "$j" 'PRAGMA integrity_check' 2>&1 || true)
  entries=$(sqlite3 "$j" "SELECT count(*) FROM entry WHERE note LIKE 'F-%'" 2>&1 || true)
  expect "full disk: after freeing space, integrity_check: $integrity" [ "$integrity" = ok ]
  expect "full disk: after freeing space, $entries entries, expected $((ok + 1))" [ "$entries" = $((ok + 1)) ]
  echo "full disk: freed space (filler deleted, tmpfs grown: $grown), log exited $rc, $entries entries, integrity $integrity"
  umount "$mnt" && mounted=
}

read_only() {  # $1 = folder
  local dir=$1 b as=() j before after rc who
  if [ "$(id -u)" = 0 ]; then
    if ! command -v setpriv >/dev/null; then
      echo "notice: read-only test skipped (root ignores file modes, and setpriv is missing)"
      skipped=$((skipped + 1)); return
    fi
    as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    chmod 755 "$work"
  fi
  mkdir -p "$dir"; chmod 777 "$dir"
  b="$dir/carelog"; cp "$bin" "$b"; chmod 755 "$b"
  if ! "${as[@]}" "$b" --version >/dev/null 2>&1; then
    echo "notice: read-only test skipped (cannot run carelog as user 65534 here)"; skipped=$((skipped + 1)); return
  fi
  who=$("${as[@]}" id -un 2>/dev/null || "${as[@]}" id -u)

  # A read-only journal file.
  j="$dir/file/journal.sqlite"
  "${as[@]}" "$b" profile add RO --journal "$j" >/dev/null
  "${as[@]}" "$b" log fatigue --note RO-1 --journal "$j" >/dev/null
  "${as[@]}" chmod 400 "$j"
  before=$(hashes "$j"); side_before=$(sidecars "$j")
  rc=0
  "${as[@]}" "$b" log fatigue --note RO-2 --journal "$j" >/dev/null 2>"$dir/err" || rc=$?
  after=$(hashes "$j"); after=${after% *-wal:e3b0c44298fc1c14}  # a new, empty -wal holds no journal bytes
  echo "read-only journal (as $who): log exited $rc: $(head -n2 "$dir/err" | paste -sd' ')"
  echo "read-only journal: sidecars before: ${side_before:-none}, after: $(sidecars "$j" | grep . || echo none)"
  expect "read-only journal: log exited $rc, expected 74" [ "$rc" = 74 ]
  expect "read-only journal: unclear message: $(head -c 300 "$dir/err")" clear_message "$dir/err"
  expect "read-only journal: bytes changed (sha256 before: $before, after: $after)" [ "$before" = "$after" ]

  # A journal in a read-only folder.
  j="$dir/folder/journal.sqlite"
  "${as[@]}" "$b" profile add RO --journal "$j" >/dev/null
  "${as[@]}" "$b" log fatigue --note RO-1 --journal "$j" >/dev/null
  "${as[@]}" chmod 500 "$dir/folder"
  before=$(hashes "$j"); side_before=$(sidecars "$j")
  rc=0
  "${as[@]}" "$b" log fatigue --note RO-2 --journal "$j" >/dev/null 2>"$dir/err" || rc=$?
  after=$(hashes "$j")
  echo "read-only folder (as $who): log exited $rc: $(head -n2 "$dir/err" | paste -sd' ')"
  echo "read-only folder: sidecars before: ${side_before:-none}, after: $(sidecars "$j" | grep . || echo none)"
  expect "read-only folder: log exited $rc, expected 74 (or 77)" grep -qxE '74|77' <<<"$rc"
  expect "read-only folder: unclear message: $(head -c 300 "$dir/err")" clear_message "$dir/err"
  expect "read-only folder: bytes changed (sha256 before: $before, after: $after)" [ "$before" = "$after" ]
  for reading in list flags export summary; do
    rc=0
    "${as[@]}" "$b" "$reading" --journal "$j" >"$dir/out" 2>"$dir/err" || rc=$?
    expect "read-only folder: $reading exited $rc, expected 0: $(head -c 300 "$dir/err")" [ "$rc" = 0 ]
  done
  expect "read-only folder: list does not show RO-1" grep -q fatigue < <("${as[@]}" "$b" list --journal "$j")
  expect "read-only folder: reading changed the bytes" [ "$before" = "$(hashes "$j")" ]
  echo "read-only folder: list, flags, export and summary work, bytes unchanged"
  chmod 700 "$work"
}

for iteration in $(seq "$count"); do
  full_disk "$work/full$iteration"
  read_only "$work/ro$iteration"
done

[ "$skipped" = 0 ] || echo "skipped parts: $skipped (see the notices above)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
