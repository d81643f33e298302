#!/usr/bin/env bash
# Regenerates docs/planner.1 from the command definitions with swift-argument-parser's
# generate-manual plugin (no network needed once the package is resolved). The date is fixed so
# that the page only changes when the commands do.
set -euo pipefail
cd "$(dirname "$0")/.."
swift package --disable-sandbox plugin generate-manual --configuration debug --date 2026-12-01 --section 1
cp .build/plugins/GenerateManual/outputs/planner/planner.1 docs/planner.1

# The reference block of each docs/commands page comes from the same definitions.
bash Scripts/generate-command-pages.sh .build/debug/planner
