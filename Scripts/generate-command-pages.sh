#!/usr/bin/env bash
# Rewrites the `planner help COMMAND` block at the end of each docs/commands/COMMAND.md from the
# built binary, 80 columns wide (DocPagesTests.commandPagesShowTheRealHelp fails when one is stale).
# Run after changing a command's options; Scripts/generate-manual.sh runs it too.
# Usage: bash Scripts/generate-command-pages.sh [path/to/planner]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/debug/planner}
if [[ $# -eq 0 ]]; then swift build --product planner 2>&1 | tail -1; fi

commands=$(COLUMNS=80 "$binary" --help | sed -n '/^SUBCOMMANDS:/,$p' | awk '/^  [a-z]/ {print $1}')
for name in $commands; do
  page=docs/commands/$name.md
  if [[ ! -f $page ]]; then
    echo "generate-command-pages.sh: $page is missing: write its first lines, then run this again" >&2
    exit 1
  fi
  help=$(COLUMNS=80 NO_COLOR=1 "$binary" help "$name")
  PAGE=$page NAME=$name HELP=$help python3 - <<'EOF'
import os
page, name, help_text = os.environ["PAGE"], os.environ["NAME"], os.environ["HELP"]
marker = f"## Reference: `planner help {name}`"
text = open(page, encoding="utf-8").read()
head = text.split(marker)[0].rstrip("\n")
block = f"{head}\n\n{marker}\n\n```\n{help_text}\n```\n"
if block != text:
    open(page, "w", encoding="utf-8").write(block)
    print(f"updated {page}")
EOF
done
