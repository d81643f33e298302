#!/usr/bin/env bash
# The bigger fuzz run (issue 11): seeded mutations of Examples/*.yaml through the real, release
# `planner plan` binary. Every run must end with exit 0, 2 or 3 (no signal) within the time
# bound, and every exit 2 must be positioned (`FILE:LINE:COL: error:` on each line).
#
#   Tests/fuzz/run.sh [COUNT] [SEED] [JOBS]     (defaults: 25000 20261201 2)
#
# Prints the figures: inputs, exits by code, crashes, hangs, unpositioned errors, the slowest
# run. Failing inputs are kept in the work folder (printed at the end); exit 1 if any.
set -euo pipefail
count=${1:-25000}
seed=${2:-20261201}
jobs=${3:-2}
limit=10   # seconds per run: anything slower counts as a hang
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
swift build -c release --product planner >/dev/null
swift build -c release --product planner-fuzz >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d "${TMPDIR:-/tmp}/planner-fuzz.XXXXXX")
"$bin/planner-fuzz" "$seed" "$count" "$work/in" Examples/fresh-graduate.yaml Examples/h1b-track.yaml Examples/legacy-cs.yaml Examples/step1-passed-ck-booked.yaml

# One input: exit code, seconds, and whether an exit 2 was positioned.
one() {
  local file=$1 bin=$2 limit=$3 out
  local start end code
  start=$(date +%s.%N)
  set +e
  timeout -s KILL "$limit" "$bin/planner" plan --profile "$file" --today 2026-11-25 --format json --ics "$file.ics" --dtstamp 2026-11-25T00:00:00Z >/dev/null 2>"$file.err"
  code=$?
  set -e
  end=$(date +%s.%N)
  local positioned=yes pattern
  if [ "$code" = 2 ]; then
    pattern="^$(printf '%s' "$file" | sed 's/[.]/\\./g'):[0-9]+:[0-9]+: error: "
    if [ ! -s "$file.err" ] || grep -aqvE "$pattern" "$file.err"; then positioned=no; fi
  fi
  rm -f "$file.ics"
  echo "$code $(echo "$end - $start" | bc) $positioned $file"
}
export -f one
ls "$work/in"/*.yaml | xargs -P "$jobs" -I{} bash -c 'one "$@"' _ {} "$bin" "$limit" > "$work/results.txt"

awk -v limit="$limit" '
  { n++; code[$1]++; if ($2 > max) { max = $2; slow = $4 }
    if ($1 != 0 && $1 != 2 && $1 != 3) { if ($1 == 137) hang++; else crash++; print "FAIL exit " $1 ": " $4 > "/dev/stderr" }
    if ($1 == 2 && $3 == "no") { unpos++; print "FAIL unpositioned: " $4 > "/dev/stderr" } }
  END {
    printf "inputs %d\n", n
    for (c in code) printf "exit %s: %d\n", c, code[c]
    printf "crashes %d\nhangs (over %ds) %d\nunpositioned exit-2 messages %d\nslowest run %.2fs (%s)\n", crash, limit, hang, unpos, max, slow
    exit (crash + hang + unpos > 0)
  }' "$work/results.txt" && status=0 || status=1
echo "inputs and results: $work"
exit $status
