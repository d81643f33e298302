#!/usr/bin/env bash
# The bigger fuzz run (issues 11 and 26): seeded mutations of Examples/*.yaml through the real,
# release `planner plan` binary, including issue 26's generator classes (long scalars under
# aliases, huge lists, near-miss keys, the key x wrong-type matrix, deep nesting; see
# Sources/PlannerTestSupport/ProfileMutator.swift). Every run must end with exit 0, 2 or 3 (no
# signal) within 10 s of CPU time and 1 GB, and every exit 2 must be positioned
# (`FILE:LINE:COL: error:`). Time is CPU time (user + system), so a run is judged by its own
# work, not by whatever else the shared 2-core machine does meanwhile; a run still going after
# 60 s of wall-clock time is killed and counts as a hang. Both clocks are printed.
# The suite runs the smallest reproducer of each class (Tests/hostile/, HostileCorpusTests).
#
#   Tests/fuzz/run.sh [COUNT] [SEED] [JOBS]     (defaults: 25000 20261201 2)
#
# Prints the figures: inputs, exits by code, crashes, hangs, runs over 1 GB, unpositioned
# errors, the slowest run, the largest peak memory and the slowest seconds per MB of input.
# Failing inputs are kept in the work folder (printed at the end); exit 1 if any.
set -euo pipefail
count=${1:-25000}
seed=${2:-20261201}
jobs=${3:-2}
limit=10   # CPU seconds per run: anything slower fails
hang=60    # wall-clock seconds: a run still going is killed and counts as a hang
memory=1048576   # KB of peak memory per run: anything larger fails
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
swift build -c release --product planner >/dev/null
swift build -c release --product planner-fuzz >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d "${TMPDIR:-/tmp}/planner-fuzz.XXXXXX")
"$bin/planner-fuzz" "$seed" "$count" "$work/in" Examples/fresh-graduate.yaml Examples/h1b-track.yaml Examples/legacy-cs.yaml Examples/step1-passed-ck-booked.yaml

# One input: exit code, seconds, and whether an exit 2 was positioned.
one() {
  local file=$1 bin=$2 hang=$3 out
  local code user system wall peak
  set +e
  /usr/bin/time -f "%U %S %e %M" -o "$file.time" timeout -s KILL "$hang" "$bin/planner" plan --profile "$file" --today 2026-11-25 --format json --ics "$file.ics" --dtstamp 2026-11-25T00:00:00Z >/dev/null 2>"$file.err"
  code=$?
  set -e
  # GNU time prints "Command exited with non-zero status N" first when the exit is not 0.
  read -r user system wall peak < <(tail -1 "$file.time")
  local positioned=yes pattern
  if [ "$code" = 2 ]; then
    pattern="^$(printf '%s' "$file" | sed 's/[.]/\\./g'):[0-9]+:[0-9]+: error: "
    # The counts that close a long list ("me.yaml: and 12 more like …") summarise positioned lines.
    summary="^planner: $(printf '%s' "$file" | sed 's/[.]/\\./g'): and [0-9]+ more "
    if [ ! -s "$file.err" ] || grep -avE "$pattern" "$file.err" | grep -aqvE "$summary"; then positioned=no; fi
  fi
  rm -f "$file.ics"
  echo "$code $(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }') $positioned $file $peak $(stat -c %s "$file") $wall"
}
export -f one
ls "$work/in"/*.yaml | xargs -P "$jobs" -I{} bash -c 'one "$@"' _ {} "$bin" "$hang" > "$work/results.txt"

awk -v limit="$limit" -v memory="$memory" -v hanglimit="$hang" '
  { n++; code[$1]++; bytes += $6; if ($2 > max) { max = $2; slow = $4 }
    if ($7 > wallmax) { wallmax = $7; wallslow = $4 }
    if ($2 > limit) { over++; print "FAIL over " limit " s of CPU: " $4 > "/dev/stderr" }
    if ($5 > peak) { peak = $5; big = $4 }
    mb = $6 / 1048576; if (mb >= 0.05 && $2 / mb > rate) { rate = $2 / mb; ratefile = $4; ratemb = mb }
    if ($1 != 0 && $1 != 2 && $1 != 3) { if ($1 == 137) hang++; else crash++; print "FAIL exit " $1 ": " $4 > "/dev/stderr" }
    if ($5 > memory) { heavy++; print "FAIL over 1 GB: " $4 > "/dev/stderr" }
    if ($1 == 2 && $3 == "no") { unpos++; print "FAIL unpositioned: " $4 > "/dev/stderr" } }
  END {
    printf "inputs %d (%.1f MB in all)\n", n, bytes / 1048576
    for (c in code) printf "exit %s: %d\n", c, code[c]
    printf "crashes %d\nhangs (killed after %d s of wall-clock time) %d\nruns over %d s of CPU %d\nruns over 1 GB %d\nunpositioned exit-2 messages %d\n", crash, hanglimit, hang, limit, over, heavy, unpos
    printf "slowest run %.2f s of CPU (%s)\nslowest wall-clock time %.2f s (%s)\nlargest peak memory %.0f MB (%s)\n", max, slow, wallmax, wallslow, peak / 1024, big
    printf "slowest per MB of input (inputs of 0.05 MB or more) %.2f CPU s/MB (%s, %.2f MB)\n", rate, ratefile, ratemb
    exit (crash + hang + over + heavy + unpos > 0)
  }' "$work/results.txt" && status=0 || status=1
echo "inputs and results: $work"
exit $status
