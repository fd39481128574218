#!/usr/bin/env bash
# Benchmarks carelog (release build) against the sqlite3 shell and jrnl 4.6, in one run per comparison, and
# writes the medians, ratios, callgrind instruction counts (log, flags, summary and the sqlite3 shell's insert and
# grouped query), peak memory and the server's latency under load to BENCHMARKS.md (with the date and machine).
#
# Usage: scripts/bench.sh [SIZES...]        default sizes: 1000 100000 1000000
#        BENCH_QUICK=1 scripts/bench.sh 1000   a smoke run (few repetitions), as .ci/run does
# Needs: hyperfine, valgrind and wrk (installed from apt if missing), python3 (jrnl is installed into .bench/venv
# from PyPI). A smoke run skips the load test (CI runs scripts/load-test.sh on its own).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 100000 1000000}")
read -r -a sizes <<<"${sizes[*]}"
quick=${BENCH_QUICK:-0}
runs=(-m 5 -M 30); slow_runs=(-m 3 -M 5)
[ "$quick" = 1 ] && runs=(-m 2 -M 3) && slow_runs=(-m 2 -M 2)

command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }
command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
mkdir -p .bench
if [ ! -x .bench/venv/bin/jrnl ]; then
  python3 -m venv .bench/venv && .bench/venv/bin/pip install -q jrnl==4.6
fi
scratch=${BENCH_SCRATCH:-.build}  # another build folder, e.g. one a release build already fills
swift build -c release --static-swift-stdlib --scratch-path "$scratch" >/dev/null
bin=$(cd "$scratch/release" && pwd)/carelog
jrnl=$PWD/.bench/venv/bin/jrnl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CARELOG_TODAY=2026-11-26 NO_COLOR=1
results="$work/results.tsv"   # name, median seconds, peak KiB
: >"$results"

# peak memory (KiB) of one run of a command line (parsed by bash, as hyperfine parses it)
peak() { /usr/bin/time -f "%M" -o "$work/mem" bash -c "exec $1" >/dev/null 2>&1 || true; tail -1 "$work/mem"; }

# instructions executed by one run of a command line (callgrind's total; repeatable where times are not)
count() {
  rm -f "$work/cg.out"
  eval "valgrind --tool=callgrind --callgrind-out-file=$work/cg.out $2" >/dev/null 2>"$work/cg.log" || true
  echo -e "ins:$1\t$(awk '/^summary:/ {print $2}' "$work/cg.out")" >>"$results"
}

# hyperfine over NAME=COMMAND pairs; records medians and each command's peak memory
bench() {
  local label=$1; shift
  local -a names=() commands=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do names+=("$1"); commands+=("$2"); shift 2; done
  shift || true
  hyperfine -N --warmup 1 "$@" --export-json "$work/$label.json" "${commands[@]}" >"$work/$label.log" 2>&1 || { cat "$work/$label.log"; hyperfine -N --runs 1 --show-output "${commands[@]}" 2>&1 | tail -20; exit 1; }
  python3 - "$work/$label.json" "${names[@]}" >>"$results" <<'PY'
import json, statistics, sys
data = json.load(open(sys.argv[1]))
for name, result in zip(sys.argv[2:], data["results"]):
    print(f"{name}\t{statistics.median(result['times']):.6f}")
PY
  for i in "${!names[@]}"; do
    echo -e "mem:${names[$i]}\t$(peak "${commands[$i]}")" >>"$results"
  done
}

make_jrnl() {  # a jrnl journal of N entries and its config
  local n=$1 dir=$2
  python3 - "$n" "$dir/journal.txt" <<'PY'
import datetime, sys
n, path = int(sys.argv[1]), sys.argv[2]
start = datetime.datetime(2000, 1, 1, 9, 0)
with open(path, "w") as f:
    for i in range(n):
        t = start + datetime.timedelta(minutes=17 * i)
        f.write(f"[{t:%Y-%m-%d %H:%M}] fatigue mild\nentry {i} recorded by the benchmark\n\n")
PY
  printf 'colors:\n  body: none\n  date: none\n  tags: none\n  title: none\ndefault_hour: 9\ndefault_minute: 0\neditor: ""\nencrypt: false\nhighlight: false\nindent_character: "|"\njournals:\n  default:\n    journal: %s/journal.txt\nlinewrap: 79\ntagsymbols: "#@"\ntemplate: false\ntimeformat: "%%Y-%%m-%%d %%H:%%M"\nversion: v4.6\n' "$dir" >"$dir/cfg.yaml"
}

insert_sql="INSERT INTO entry(id, profileId, kind, term, severity, occurredOn, recordedAt, reporter, reporterRole) SELECT lower(substr(h,1,8)||'-'||substr(h,9,4)||'-4'||substr(h,14,3)||'-8'||substr(h,18,3)||'-'||substr(h,21,12)), 1, 'symptom', 'fatigue', 1, '2026-11-26', strftime('%Y-%m-%dT%H:%M:%SZ','now'), 'Leo', 'self' FROM (SELECT hex(randomblob(16)) AS h)"
grouped_30="SELECT term, count(DISTINCT occurredOn), min(occurredOn), max(occurredOn), max(severity) FROM entry WHERE profileId = 1 AND deletedAt IS NULL AND occurredOn BETWEEN '2026-10-28' AND '2026-11-26' GROUP BY term"
grouped_all="SELECT term, count(DISTINCT occurredOn), min(occurredOn), max(occurredOn), max(severity) FROM entry WHERE profileId = 1 AND deletedAt IS NULL GROUP BY term"

for n in "${sizes[@]}"; do
  dir="$work/$n"; mkdir -p "$dir"
  scripts/generate-journal "$n" --output "$dir/export.json"
  j="$dir/journal.sqlite"
  if [ "$n" -ge 1000000 ]; then
    bench "import-$n" "import $n" "$bin import $dir/export.json --journal $j" -- -m 1 -M 1 --prepare "rm -f $j $j-wal $j-shm"
    "$bin" import "$dir/export.json" --journal "$j" >/dev/null
    bench "export-$n" "export $n" "$bin export --journal $j --output $dir/out.json --force" -- -m 2 -M 3
  else
    "$bin" import "$dir/export.json" --journal "$j" >/dev/null
  fi
  make_jrnl "$n" "$dir"
  # log's ratios are wall clock against a disk's fsync: as many runs as time allows (jrnl takes 18 s a run at 1M)
  log_runs=("${runs[@]}"); [ "$n" -ge 1000000 ] && log_runs=("${slow_runs[@]}")
  # Counted before the timed runs, which each add an entry (the check after log reads more of them).
  count "carelog log $n" "$bin log fatigue --severity mild --journal $j --profile Leo"
  count "sqlite3 insert $n" "sqlite3 $j \"$insert_sql\""
  bench "log-$n" \
    "carelog log $n" "$bin log fatigue --severity mild --journal $j --profile Leo" \
    "sqlite3 insert $n" "sqlite3 $j \"$insert_sql\"" \
    "jrnl add $n" "$jrnl --config-file $dir/cfg.yaml \"fatigue mild\"" -- "${log_runs[@]}"
  bench "read-$n" \
    "carelog flags $n" "$bin flags --journal $j --profile Leo --as-of 2026-11-26" \
    "carelog summary 30d $n" "$bin summary --journal $j --profile Leo --as-of 2026-11-26 --since 2026-10-28" \
    "sqlite3 grouped 30d $n" "sqlite3 $j \"$grouped_30\"" -- "${runs[@]}"
  count "carelog flags $n" "$bin flags --journal $j --profile Leo --as-of 2026-11-26"
  count "carelog summary 30d $n" "$bin summary --journal $j --profile Leo --as-of 2026-11-26 --since 2026-10-28"
  count "sqlite3 grouped 30d $n" "sqlite3 $j \"$grouped_30\""
  bench "whole-$n" \
    "carelog flags whole $n" "$bin flags --journal $j --profile Leo --as-of 2026-11-26 --since 1900-01-01" \
    "carelog summary whole $n" "$bin summary --journal $j --profile Leo --as-of 2026-11-26 --since 1900-01-01" \
    "sqlite3 grouped whole $n" "sqlite3 $j \"$grouped_all\"" -- "${slow_runs[@]}"
  rm -f "$dir/export.json" "$dir/out.json"
done

# The server under load (issue 17's script, on this release build), while the command line logs meanwhile.
if [ "$quick" != 1 ]; then
  command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
  LOAD_LATENCY_GATE=0 SERVE_BIN="$scratch/release" bash scripts/load-test.sh 30 | tee "$work/load.txt"
  sed -n 's#^GET \([^:]*\): \([0-9.]*\) requests/s, p99 \([0-9.]*\)\(ms\|s\|us\).*#\1 \2 \3 \4#p' "$work/load.txt" |
    while read -r path rate p99 unit; do
      case $unit in ms) ms=$p99 ;; s) ms=$(python3 -c "print($p99 * 1000)") ;; us) ms=$(python3 -c "print($p99 / 1000)") ;; esac
      echo -e "load:$path\t$rate\t$ms" >>"$results"
    done
fi

python3 - "$results" "${sizes[@]}" <<'PY' | tee "$work/report.md"
import datetime, os, platform, subprocess, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
times = {r[0]: float(r[1]) for r in rows if ":" not in r[0]}
memory = {r[0][4:]: int(r[1]) for r in rows if r[0].startswith("mem:") and r[1].strip().isdigit()}
instructions = {r[0][4:]: int(r[1]) for r in rows if r[0].startswith("ins:") and r[1].strip().isdigit()}
load = {r[0][5:]: (float(r[1]), float(r[2])) for r in rows if r[0].startswith("load:")}
sizes = sys.argv[2:]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"# carelog benchmarks\n\nRun {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on {platform.node()}: "
      f"{os.cpu_count()} cores, {cpu}, Linux {platform.release()}. Release build with --static-swift-stdlib; "
      "medians from hyperfine (each comparison in one run); peak memory from /usr/bin/time.\n")
print("| command | median | peak memory | instructions |\n|---|---:|---:|---:|")
for name in [r[0] for r in rows if ":" not in r[0]]:
    mem = memory.get(name)
    ins = instructions.get(name)
    print(f"| {name} | {times[name] * 1000:.1f} ms | {f'{mem / 1024:.1f} MiB' if mem else ''} | {f'{ins / 1e6:.1f} M' if ins else ''} |")
def ratio(a, b):
    return times[a] / times[b] if a in times and b in times and times[b] > 0 else None
checks = []  # label, measured, unit, operator, limit
for n in sizes:
    checks.append((f"log ≤ 2× sqlite3 insert, wall clock ({n})", ratio(f"carelog log {n}", f"sqlite3 insert {n}"), "×", "≤", 2))
    ins = instructions.get(f"carelog log {n}")
    checks.append((f"log ≤ 8 M instructions ({n})", ins / 1e6 if ins else None, " M", "≤", 8))
    checks.append((f"jrnl ≥ 20× log ({n})", ratio(f"jrnl add {n}", f"carelog log {n}"), "×", "≥", 20))
    for what in ["flags", "summary 30d"]:
        checks.append((f"{what} ≤ 5× sqlite3 grouped 30d ({n})", ratio(f"carelog {what} {n}", f"sqlite3 grouped 30d {n}"), "×", "≤", 5))
        value = times.get(f"carelog {what} {n}")
        checks.append((f"{what} under 50 ms ({n})", value * 1000 if value else None, " ms", "<", 50))
    for what, limit in [("import", 20), ("export", 10)]:
        if f"{what} {n}" in times:
            checks.append((f"{what} of {n} entries ≤ {limit} s", times[f"{what} {n}"], " s", "≤", limit))
            mem = memory.get(f"{what} {n}")
            checks.append((f"{what} of {n} entries: peak memory under 50 MiB", mem / 1024 if mem else None, " MiB", "<", 50))
if len(sizes) > 1:
    lo, hi = sizes[0], sizes[-1]
    for what in ["carelog log", "carelog flags", "carelog summary 30d"]:
        checks.append((f"{what}: {hi} vs {lo} entries (growth)", ratio(f"{what} {hi}", f"{what} {lo}"), "×", "≤", 1.5))
    # The same growth in instructions from the smallest journal whose look-back windows are full (a 1k journal
    # spans 12 days, so its windows hold a seventh of the entries): what the journal's length itself costs.
    full = next((n for n in sizes if int(n) >= 100000), None)
    if full and full != hi:
        for what in ["carelog flags", "carelog summary 30d"]:
            a, b = instructions.get(f"{what} {hi}"), instructions.get(f"{what} {full}")
            if a and b:
                checks.append((f"{what}: {hi} vs {full} entries, instructions (growth once the windows are full)", a / b, "×", "≤", 1.5))
    for what in ["flags", "summary"]:
        grow = ratio(f"carelog {what} whole {hi}", f"carelog {what} whole {lo}")
        if grow:
            checks.append((f"whole-history {what}: time growth / entry growth ({lo}→{hi})", grow / (int(hi) / int(lo)), "×", "≤", 1.0))
whole = [m for name, m in memory.items() if " whole " in name and name.startswith("carelog")]
if whole:
    checks.append(("whole-history flags and summary: peak memory under 100 MiB", max(whole) / 1024, " MiB", "<", 100))
for path, (rate, p99) in load.items():
    checks.append((f"server GET {path}: p99 under 50 ms at about 200 requests/s (measured {rate:.0f}/s)", p99, " ms", "<", 50))
print("\n| target | measured | met |\n|---|---:|:---:|")
for label, value, unit, op, limit in checks:
    if value is None:
        continue
    met = {"≤": value <= limit, "<": value < limit, "≥": value >= limit}[op]
    print(f"| {label} | {value:.2f}{unit} | {'yes' if met else 'NO'} |")
PY
out=BENCHMARKS.md
[ "$quick" = 1 ] && out=.bench/BENCHMARKS-smoke.md  # a smoke run never replaces the real figures
{
  cat "$work/report.md"
  echo
  cat scripts/bench-notes.md
} >"$out"
echo "Wrote $out"
