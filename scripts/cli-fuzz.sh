#!/usr/bin/env bash
# CLI fuzzer: runs N generated command lines against temporary journals and records the exit-code histogram.
# Fails if any command died of a signal (132 SIGILL, 134 SIGABRT, 139 SIGSEGV, 141 SIGPIPE, ...), was
# killed for hanging, printed a crash report, or exited with a code README.md does not document.
#
# Each command line is a command (log, list, summary, import, ...) followed by 0-6 options and arguments
# drawn from pools of valid and hostile values: odd dates and times, huge and malformed numbers, control
# characters, long text, unknown ids and profiles, and odd files (a FIFO, a folder, symbolic links, an empty
# file, a text file, a foreign SQLite file) as the journal, a backup, an import or an --output target (a FIFO
# given to import gets a writer for 25 s: waiting for one is what a pipe means). Its
# output goes to a file, or at random to /dev/full, a closed stdout or stderr, or a pipe nobody reads.
# Generation is deterministic for a SEED (bash's RANDOM); JOBS workers each get their own journal and seed.
#
# Usage: scripts/cli-fuzz.sh [N=500] [SEED=1] [BINARY=.build/debug/carelog]
#   JOBS=2 runs two workers at once (default 1). Prints the histogram and any failing command lines
#   (each with how to reproduce it); exits non-zero on any failure.
set -euo pipefail

count=${1:-500}
seed=${2:-1}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${3:-.build/debug/carelog}
case $bin in /*) ;; *) bin="$PWD/$bin" ;; esac
[ -x "$bin" ] || { echo "cli-fuzz: no carelog binary at $bin (build it first: swift build)" >&2; exit 2; }
jobs=${JOBS:-1}
documented=" 0 64 65 66 73 74 77 79 "
per_command=30  # seconds before a command counts as hung

work=$(mktemp -d)
cleanup() { chmod -R u+rwX "$work" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 143' INT TERM
# A private copy of the binary, so that a rebuild during the run can neither block nor change it.
cp "$bin" "$work/carelog"; bin="$work/carelog"
"$bin" --version >/dev/null || { echo "cli-fuzz: the carelog binary does not run (being rebuilt?)" >&2; exit 2; }
unset CARELOG_JOURNAL CARELOG_PROFILE
# Commands without --journal use the default location: keep it inside the work folder too.
export CARELOG_TODAY=2026-11-26 NO_COLOR=1 HOME="$work/home" XDG_DATA_HOME="$work/home/xdg"
mkdir -p "$HOME"

long=$(head -c 3000 /dev/zero | tr '\0' x)
esc=$'\e[31mred\e[0m'
commands=(
  "log" "log" "log" "note" "list" "list" "checkin" "flags" "flags ack" "summary" "edit" "delete" "history"
  "profile add" "profile list" "profile show" "profile set" "profile default" "treatment add" "treatment list"
  "baseline" "visit add" "visit list" "symptoms" "export" "import" "backup" "check" "demo" "lgo" ""
)
terms=(fatigue tired fever temperature weight infection note nosebleed bruises "bone pain" headache zzzz ""
  "fatigue fatigue" "-" "--" "Fatigue" "fatigué" "$esc" "$long" "tired\nagain" "😀")
values=(38.2 101.5F 37 61kg 135lb 0 -1 1e300 -1e300 nan inf 1e-300 "38,5" 99999999999999999999 0x26 "38.2C" "" "kg" "1.7976931348623157e309")
dates=(today yesterday "3 days ago" monday sunday 2026-11-02 2026-11-26 2026-02-30 2026-11-27 tomorrow 0001-01-01
  9999-12-31 1899-12-31 1900-01-01 2200-12-31 "" "-1 days ago" "100000 days ago" "2026-11-26T10:00:00Z" 03/04 last-visit)
times=(21:30 9pm 12am 25:00 24:00 00:00 23:59 "" 9 "21:30:60" noon)
severities=(none mild moderate severe very-severe 0 4 5 -1 awful "")
names=(Leo Mia Anna Zed "Zoë" $'Zoe\u0308' " Leo " "" "$esc" "$long" "Leo\tTab" "O'Brien")
texts=("Slept badly" "" "  " "$long" "$esc" $'two\nlines' $'bell\a' "😀 emoji" "=cmd()" "\"quoted\"")
formats=(json csv text markdown html xml "")
files=(out.txt out.json fifo folder link-to-file link-to-nothing empty.sqlite text.txt foreign.sqlite journal.sqlite
  readonly.json export.json dup.json bad.json new-backup.sqlite backup.sqlite "" "sub/dir/x.txt" "file:uri.sqlite"
  "file:journal.sqlite?mode=memory")
options=(--severity --on --at --by --note --profile --journal --json --since --until --symptom --format --output
  --force --as-of --new --caregiver --self --purge --born --diagnosed --subtype --reporter --with --from --to
  --remission --treatment-ended --notes --visit-every --value --term --help -h --version --all --bogus)

agents=(dexamethasone vincristine steroid methotrexate vincristin "")
# The options each command knows, drawn three times out of four (the rest from all options).
declare -A known=(
  [log]="--severity --on --at --by --note --new --caregiver --self --profile"
  [note]="--on --at --by --profile" [list]="--since --until --symptom --by --json --profile"
  [flags]="--as-of --json --since --profile" [summary]="--since --until --as-of --format --output --force --profile"
  [edit]="--severity --on --at --note --value --term --profile" [delete]="--purge --profile" [history]="--profile"
  [profile]="--born --diagnosed --subtype --remission --treatment-ended --reporter --caregiver --self --notes --visit-every --json"
  [treatment]="--from --to --note --profile" [visit]="--with --note --profile" [baseline]="--profile"
  [export]="--format --output --force" [backup]="--force" [import]="--profile" [check]="" [demo]="--as-of --journal"
)

pick() { local -n pool=$1; reply=${pool[RANDOM % ${#pool[@]}]}; }

# The first argument a command expects, most of the time.
first_argument() {
  case $1 in
    log | baseline | symptoms) pick terms; argv+=("$reply"); if ((RANDOM % 3 == 0)); then pick values; argv+=("$reply"); fi ;;
    note) pick texts; argv+=("$reply") ;;
    edit | delete | history | "flags ack") positional; ((${#ids[@]} == 0)) || pick ids; argv+=("$reply") ;;
    "profile add" | "profile show" | "profile set" | "profile default") pick names; argv+=("$reply") ;;
    "treatment add") pick agents; argv+=("$reply") ;;
    "visit add") pick dates; argv+=("$reply") ;;
    import | backup | check) pick files; argv+=("$reply") ;;
  esac
}

# The value an option takes (a tenth of the time, a value from another pool).
value_for() {
  local option=$1 pools
  if ((RANDOM % 10 == 0)); then pools=(terms values dates names texts files); pick pools; pick "$reply"; return; fi
  case $option in
    --severity) pick severities ;;
    --on | --since | --until | --as-of | --born | --diagnosed | --from | --to | --remission | --treatment-ended) pick dates ;;
    --at) pick times ;;
    --by | --profile | --reporter | --with) pick names ;;
    --note | --notes) pick texts ;;
    --journal | --output) pick files ;;
    --symptom | --term) pick terms ;;
    --format) pick formats ;;
    --subtype) local s=(b-cell t-cell other x ""); pick s ;;
    --visit-every | --value) pick values ;;
    *) reply="" ;;
  esac
}

# A positional argument: a term, value, date, name, text, file or an id (known or made up).
positional() {
  case $((RANDOM % 8)) in
    0 | 1) pick terms ;; 2) pick values ;; 3) pick dates ;; 4) pick names ;; 5) pick texts ;; 6) pick files ;;
    7) if ((${#ids[@]} > 0 && RANDOM % 2)); then pick ids; else printf -v reply '%06x' $((RANDOM * RANDOM % 16777216)); fi ;;
  esac
}

# Odd files beside the journal, and a journal with two profiles and a few entries.
prepare() {
  local dir=$1
  mkdir -p "$dir"; cd "$dir"
  "$bin" profile add Leo --born 2017-03-02 --diagnosed 2024-11-12 --reporter Anna --journal journal.sqlite >/dev/null
  "$bin" profile add Mia --journal journal.sqlite >/dev/null
  "$bin" profile default Leo --journal journal.sqlite >/dev/null
  local term
  for term in fatigue nosebleed "temperature 38.6" "weight 30kg" infection; do
    # shellcheck disable=SC2086
    "$bin" log $term --on yesterday --journal journal.sqlite >/dev/null
  done
  "$bin" export --output export.json --journal journal.sqlite 2>/dev/null
  mkfifo fifo; mkdir folder; : >empty.sqlite; echo "not a journal" >text.txt; echo kept >kept.txt
  ln -s kept.txt link-to-file; ln -s nowhere link-to-nothing
  sqlite3 foreign.sqlite "CREATE TABLE t(x); INSERT INTO t VALUES (1);" 2>/dev/null || cp text.txt foreign.sqlite
  printf '{"format": "carelog-export", "version": 1, "profiles": [{"name": "X"' >bad.json
  sed 's/"profiles"/"profiles": [], "profiles"/' export.json >dup.json
  cp export.json readonly.json; chmod 400 readonly.json
  "$bin" backup backup.sqlite --journal journal.sqlite >/dev/null
  mapfile -t ids < <("$bin" list --journal journal.sqlite | awk '{print $NF}')
}

# Runs one command line with its streams set up as `mode` says; sets `status`.
run_one() {
  local mode=$1; shift
  status=0
  rm -f out.log err.log status.txt
  case $mode in
    normal) timeout -s KILL $per_command "$bin" "$@" </dev/null >out.log 2>err.log || status=$? ;;
    full) timeout -s KILL $per_command "$bin" "$@" </dev/null >/dev/full 2>err.log || status=$? ;;
    closed-out) timeout -s KILL $per_command "$bin" "$@" </dev/null >&- 2>err.log || status=$? ;;
    closed-err) timeout -s KILL $per_command "$bin" "$@" </dev/null >out.log 2>&- || status=$? ;;
    pipe)
      { local s=0; timeout -s KILL $per_command "$bin" "$@" </dev/null 2>err.log || s=$?; echo $s >status.txt; } | true
      status=$(cat status.txt) ;;
  esac
}

worker() {
  local id=$1 n=$2 dir="$work/w$1" i k option mode words argv status line mine
  RANDOM=$((seed * 1000 + id))
  prepare "$dir"
  local modes=(normal normal normal normal normal normal normal normal normal normal normal normal normal normal normal normal full closed-out closed-err pipe)
  for ((i = 1; i <= n; i++)); do
    pick commands; read -r -a words <<<"$reply"
    argv=("${words[@]}")
    ((RANDOM % 10 < 7)) && first_argument "${words[*]}"
    mine=(${known[${words[0]:-none}]:-})
    for ((k = RANDOM % 4; k > 0; k--)); do
      if ((RANDOM % 3)); then
        if ((${#mine[@]} > 0 && RANDOM % 4)); then pick mine; else pick options; fi
        option=$reply; argv+=("$option"); value_for "$option"
        case $option in --json | --force | --new | --caregiver | --self | --purge | --help | -h | --version | --all) ;; *) argv+=("$reply") ;; esac
      else
        positional; argv+=("$reply")
      fi
    done
    # Most lines use the worker's journal; the others use what they drew (or the default location).
    ((RANDOM % 4 == 0)) || argv+=(--journal journal.sqlite)
    pick modes; mode=$reply
    # A named pipe is a fair source for import (like cat, it waits for a writer): give it one, for a while.
    # It writes the export twice, because import (until issue 13's item 3) opens its file twice.
    if [ "${words[0]:-}" = import ] && [[ " ${argv[*]} " == *" fifo "* ]]; then
      (timeout -s KILL 25 sh -c 'cat export.json >fifo; cat export.json >fifo' 2>/dev/null &)
    fi
    run_one "$mode" "${argv[@]}"
    line=$(printf '%q ' "${argv[@]}")
    echo "$status" >>"$dir/statuses"
    [ -z "${FUZZ_LOG:-}" ] || printf '%s\t%s\t%s\n' "$status" "$mode" "$line" >>"$FUZZ_LOG"
    if [[ $documented != *" $status "* ]] || grep -Eqs 'Fatal error|Program crashed|Backtrac|stack dump' err.log; then
      printf 'exit %s (%s, worker %s, line %s): carelog %s\n' "$status" "$mode" "$id" "$i" "$line" >>"$dir/failures"
      head -c 400 err.log | sed 's/^/    /' >>"$dir/failures" 2>/dev/null || true
    fi
    # Keep the worker's journal usable: a `demo` or `profile add` may have made new files; odd files stay odd.
    [ -p fifo ] || { rm -rf fifo; mkfifo fifo; }
    [ -d folder ] || { rm -f folder; mkdir folder; }
    [ -L link-to-file ] || { rm -rf link-to-file; ln -s kept.txt link-to-file; }
    [ -L link-to-nothing ] || { rm -rf link-to-nothing; ln -s nowhere link-to-nothing; }
  done
}

started=$(date +%s)
for ((w = 1; w <= jobs; w++)); do
  worker "$w" $(((count + jobs - w) / jobs)) &
done
wait
elapsed=$(($(date +%s) - started))

cat "$work"/w*/statuses | sort -n | uniq -c | awk '{printf "  exit %3s: %d\n", $2, $1}' >"$work/histogram"
total=$(cat "$work"/w*/statuses | wc -l)
echo "cli-fuzz: $total command lines (seed $seed, $jobs worker(s)) in ${elapsed}s; exit codes:"
cat "$work/histogram"
if compgen -G "$work/w*/failures" >/dev/null; then
  echo "FAILED: commands that crashed, hung or gave an undocumented exit code (reproduce with CARELOG_TODAY=$CARELOG_TODAY in a copy of the worker's journal):"
  cat "$work"/w*/failures | head -n 60
  exit 1
fi
[ "$total" = "$count" ] || { echo "FAILED: ran $total of $count command lines"; exit 1; }
echo "cli-fuzz: no crash, no hang, only documented exit codes"
