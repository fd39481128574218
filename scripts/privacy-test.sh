#!/usr/bin/env bash
# Privacy test (data-safety notes, tests 11, 15 and 16): purged text is gone from the journal files,
# carelog's files are private whatever the umask, and carelog never opens a network socket.
#
# (a) purge: log a note MARKER-xyz, edit it to MARKER-xyz2 and MARKER-xyz3, `carelog delete --purge ID`;
#     grep -c MARKER over the journal and its -wal (every file in its folder) must find 0. Done twice:
#     carelog alone, and with another connection (an idle sqlite3) holding the journal open, so that the
#     -wal is not removed when carelog closes.
# (b) modes: under umask 000, 022, 077 and 777, a journal in a new nested folder, a log, a backup into a
#     new nested folder and an export: folders 700; journal, -wal, -shm (watched while carelog writes),
#     backup and export 600 (stat -c %a). As root, the same again as user 65534 (setpriv), if possible.
# (c) network: with strace, profile add, log, list, summary, export, import, backup, check, flags (and a
#     few more) must open no socket other than AF_UNIX; with `unshare -n` (or -rn) they must all exit 0.
#     Each part is skipped with a notice when its tool is missing or not permitted.
#
# Usage: scripts/privacy-test.sh [COUNT=1] [BINARY=.build/debug/carelog]
#   COUNT repeats the whole test (default once). BINARY is relative to the repository root.
#   Prints the figures, then "N passed, M failed" (checks); exits non-zero if any check failed.
set -euo pipefail

count=${1:-1}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${2:-.build/debug/carelog}
case $bin in /*) ;; *) bin="$PWD/$bin" ;; esac
[ -x "$bin" ] || { echo "privacy-test: no carelog binary at $bin (build it first: swift build)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "privacy-test: sqlite3 is needed" >&2; exit 2; }

work=$(mktemp -d)
reader_pid=
cleanup() {
  exec 3>&- 2>/dev/null || true
  [ -z "$reader_pid" ] || kill "$reader_pid" 2>/dev/null || true
  wait 2>/dev/null || true
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

# ---------------------------------------------------------------- (a) purge
markers_in() {  # total count of lines holding MARKER in every file of folder $1
  local total=0 f n
  for f in "$1"/*; do
    [ -f "$f" ] || continue
    n=$(grep -a -c MARKER "$f" || true)
    [ "$n" = 0 ] || echo "  $n x MARKER in $(basename "$f") ($(stat -c %s "$f") bytes)" >&2
    total=$((total + n))
  done
  echo "$total"
}

purge_case() {  # $1 = folder, $2 = "alone" or "with-reader"
  local dir=$1 how=$2 j out id before after wal_note
  j="$dir/journal.sqlite"
  "$bin" profile add Priv --journal "$j" >/dev/null
  if [ "$how" = with-reader ]; then
    mkfifo "$dir.fifo"
    sqlite3 -batch "$j" <"$dir.fifo" >"$dir.reader" 2>&1 & reader_pid=$!
    exec 3>"$dir.fifo"
    echo "SELECT 'open ' || count(*) FROM profile;" >&3
    for _ in $(seq 50); do grep -q '^open' "$dir.reader" && break; sleep 0.1; done
  fi
  out=$("$bin" log fatigue --note MARKER-xyz --journal "$j")
  id=$(sed -n 's/.* id \([0-9a-f]\{6,\}\).*/\1/p' <<<"$out")
  "$bin" edit "$id" --note MARKER-xyz2 --journal "$j" >/dev/null
  "$bin" edit "$id" --note MARKER-xyz3 --journal "$j" >/dev/null
  before=$(markers_in "$dir" 2>/dev/null)
  "$bin" delete --purge --yes "$id" --journal "$j" >"$dir.purge.out"
  after=$(markers_in "$dir")
  wal_note="no -wal left"; [ -e "$j-wal" ] && wal_note="-wal $(stat -c %s "$j-wal") bytes"
  expect "purge ($how): the marker was not found before purging (test broken?)" [ "$before" -gt 0 ]
  expect "purge ($how): grep -c MARKER over the journal and -wal found $after after delete --purge" [ "$after" = 0 ]
  if "$bin" history "$id" --journal "$j" >/dev/null 2>&1; then fail "purge ($how): history $id still works"; else pass; fi
  if [ "$how" = with-reader ]; then
    exec 3>&-; wait "$reader_pid" || true; reader_pid=
  fi
  echo "purge ($how): id $id, MARKER lines before purge $before, after $after ($wal_note)"
}

# ---------------------------------------------------------------- (b) modes
modes_case() {  # $1 = umask, $2 = base folder, $3 = binary, rest = command prefix (e.g. setpriv ...)
  local u=$1 base=$2 b=$3; shift 3
  local j="$base/a/b/journal.sqlite" bad=0 f m
  : >"$base.sidecars"  # made before the umask changes, so that it stays readable
  (
    umask "$u"
    export CARELOG_JOURNAL="$j"
    "$@" "$b" profile add Modes >/dev/null
    "$@" "$b" log fatigue >/dev/null
    # Watch the -wal and -shm while carelog writes (they exist only while a journal is open).
    (for i in $(seq 15); do "$@" "$b" log tired --note "w$i" >/dev/null; done) &
    writer=$!
    while kill -0 "$writer" 2>/dev/null; do
      for f in "$j-wal" "$j-shm"; do
        m=$(stat -c %a "$f" 2>/dev/null) && echo "${f##*-} $m"
      done
    done >"$base.sidecars" 2>/dev/null
    wait "$writer"
    "$@" "$b" backup "$base/bk/sub/copy.sqlite" >/dev/null
    "$@" "$b" export --output "$base/a/export.json" >/dev/null 2>&1
    "$@" "$b" export --format csv --output "$base/a/export.csv" >/dev/null 2>&1
  ) || { fail "modes (umask $u $*): a carelog command failed"; return; }
  for f in "$base/a" "$base/a/b" "$base/bk" "$base/bk/sub"; do
    m=$(stat -c %a "$f")
    [ "$m" = 700 ] || { bad=$((bad + 1)); echo "  umask $u: folder ${f#"$base"/} is $m" >&2; }
  done
  for f in "$j" "$base/bk/sub/copy.sqlite" "$base/a/export.json" "$base/a/export.csv"; do
    [ -f "$f" ] || { bad=$((bad + 1)); echo "  umask $u: ${f#"$base"/} is missing" >&2; }
  done
  # every file carelog made (journal, any -wal/-shm left, backup, exports): 600; folders inside: 700
  while read -r m t f; do
    case $t$m in file600 | folder700) ;; *) bad=$((bad + 1)); echo "  umask $u: $t ${f#"$base"/} is $m" >&2 ;; esac
  done < <(find "$base/a" "$base/bk" -mindepth 1 \( -type d -printf '%m folder %p\n' \) -o -printf '%m file %p\n')
  local wal_seen shm_seen
  wal_seen=$(grep -c '^wal ' "$base.sidecars") || wal_seen=${wal_seen:-0}
  shm_seen=$(grep -c '^shm ' "$base.sidecars") || shm_seen=${shm_seen:-0}
  if grep -qv ' 600$' "$base.sidecars"; then
    bad=$((bad + 1)); echo "  umask $u: sidecar modes seen: $(sort -u "$base.sidecars" | paste -sd,)" >&2
  fi
  if [ "$wal_seen" = 0 ] || [ "$shm_seen" = 0 ]; then
    bad=$((bad + 1)); echo "  umask $u: -wal seen $wal_seen times, -shm $shm_seen times while writing (expected > 0)" >&2
  fi
  expect "modes under umask $u${*:+ ($*)}: $bad wrong" [ "$bad" = 0 ]
  echo "modes (umask $u${*:+, $*}): $bad wrong; -wal/-shm seen $wal_seen/$shm_seen times while writing, all $(sort -u "$base.sidecars" | awk '{print $2}' | sort -u | paste -sd/)"
}

# ---------------------------------------------------------------- (c) network
net_commands() {  # $1 = folder; prints one command per line (arguments separated by |)
  local d=$1
  cat <<EOF
profile|add|Net|--born|2015-01-02
log|fatigue|--severity|mild
log|temperature|38.4
note|a quiet day
list
list|--json
summary
flags
symptoms|bruis
export|--output|$d/journal/export.json
import|$d/journal/export.json
backup|$d/backups/copy.sqlite
check|$d/backups/copy.sqlite
profile|list
history|@ID@
EOF
}

foreign_sockets() {  # socket calls in strace output $1 that are not AF_UNIX
  grep -E 'socket(pair)?\(|connect\(' "$1" |
    grep -Ev 'socket(pair)?\((AF_UNIX|AF_LOCAL|PF_UNIX|PF_LOCAL),|connect\([0-9]+, \{sa_family=AF_UNIX' || true
}

run_net_commands() {  # $1 = folder (carelog creates the journal's and backups' folders in it), $2 = label,
  local d=$1 label=$2; shift 2  # rest = wrapper command; prints the number of failed commands
  local line args short="" rc bad=0
  mkdir -p "$d"
  while IFS= read -r line; do
    IFS='|' read -r -a args <<<"$line"
    [ "${args[1]:-}" = "@ID@" ] && args[1]=$short
    rc=0
    CARELOG_JOURNAL="$d/journal/journal.sqlite" "$@" "$bin" "${args[@]}" >"$d/out" 2>&1 || rc=$?
    [ "${args[0]}" = log ] && [ -z "$short" ] && short=$(sed -n 's/.* id \([0-9a-f]\{6,\}\).*/\1/p' "$d/out")
    if [ "$rc" != 0 ]; then bad=$((bad + 1)); echo "  $label: carelog ${args[*]} exited $rc: $(head -n5 "$d/out")" >&2; fi
  done < <(net_commands "$d")
  echo "$bad"
}

for iteration in $(seq "$count"); do
  base="$work/run$iteration"
  mkdir -p "$base"

  mkdir "$base/purge1" "$base/purge2"
  purge_case "$base/purge1" alone
  purge_case "$base/purge2" with-reader

  for u in 000 022 077 777; do modes_case "$u" "$base/modes$u" "$bin"; done
  if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    shared="$base/nobody"; mkdir -p "$shared"; chmod 755 "$work" "$base"; chmod 777 "$shared"
    cp "$bin" "$shared/carelog"; chmod 755 "$shared/carelog"
    as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    if "${as_nobody[@]}" "$shared/carelog" --version >/dev/null 2>&1; then
      for u in 000 077 777; do
        mkdir "$shared/m$u"; chmod 777 "$shared/m$u"
        modes_case "$u" "$shared/m$u" "$shared/carelog" "${as_nobody[@]}"
      done
    else
      echo "notice: setpriv could not run carelog as 65534; non-root modes case skipped"; skipped=$((skipped + 1))
    fi
    chmod 700 "$work"
  fi

  if command -v strace >/dev/null && strace -f -o /dev/null -e trace=socket true 2>/dev/null; then
    sdir="$base/strace"; mkdir -p "$sdir"
    tracing=(strace -f -qq -e signal=none -e trace=socket,socketpair,connect -A)
    # Control: the same trace and filter must catch a program that opens an AF_INET socket.
    if command -v python3 >/dev/null; then
      "${tracing[@]}" -o "$sdir/control" python3 -c 'import socket; socket.socket()' || true
      expect "network (strace): the control (python3 opening AF_INET) was not caught" \
        grep -q . <<<"$(foreign_sockets "$sdir/control")"
    fi
    bad=$(run_net_commands "$sdir" strace "${tracing[@]}" -o "$sdir/trace")
    sockets=$(grep -c -E '(socket|socketpair|connect)\(' "$sdir/trace" || true)
    foreign=$(foreign_sockets "$sdir/trace")
    expect "network (strace): commands failed under strace: $bad" [ "$bad" = 0 ]
    expect "network (strace): non-AF_UNIX sockets: $(head -n3 <<<"$foreign")" [ -z "$foreign" ]
    echo "network (strace): $(net_commands x | wc -l) commands, $sockets socket calls, $(grep -c . <<<"$foreign" || true) not AF_UNIX"
  else
    echo "notice: strace missing or not permitted here; strace network check skipped"; skipped=$((skipped + 1))
  fi

  if unshare -n true 2>/dev/null; then ns=(unshare -n)
  elif unshare -rn true 2>/dev/null; then ns=(unshare -rn)
  else ns=(); fi
  if [ ${#ns[@]} -gt 0 ]; then
    bad=$(run_net_commands "$base/unshare" "${ns[*]}" "${ns[@]}")
    expect "network (${ns[*]}): $bad commands failed without a network" [ "$bad" = 0 ]
    echo "network (${ns[*]}): $(net_commands x | wc -l) commands, $bad failed"
  else
    echo "notice: unshare -n is not permitted here; no-network run skipped"; skipped=$((skipped + 1))
  fi
done

[ "$skipped" = 0 ] || echo "skipped parts: $skipped (see the notices above)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
