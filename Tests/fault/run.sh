#!/usr/bin/env bash
# The larger fault-injection run: kills `planner record` and `planner plan --ics` at random
# moments RUNS times each (default 200), plus every write step, and prints the figures.
#   bash Tests/fault/run.sh [RUNS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/../.."
export PLANNER_FAULT_RUNS="${1:-200}" PLANNER_FAULT_SEED="${2:-10}"
swift build --build-tests >/dev/null
swift test --skip-build --filter FaultInjectionTests 2>&1 | grep -E "fault injection:|✘|Test run with"
