#!/usr/bin/env bash
# `make install PREFIX=…` (docs/install.md, the source route) puts planner, its man page and its
# completions where the shells and man look, and `make uninstall` takes them away again.
# Usage: bash Tests/package/make-install.sh [BINARY]   (default: build with `make`)
set -euo pipefail
cd "$(dirname "$0")/../.."
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
if [[ $# -gt 0 ]]; then
  make --no-print-directory install PREFIX="$prefix" NO_BUILD=1 BINARY="$1"
else
  make --no-print-directory install PREFIX="$prefix"
fi
for file in bin/planner share/man/man1/planner.1 share/bash-completion/completions/planner \
  share/zsh/site-functions/_planner share/fish/vendor_completions.d/planner.fish; do
  [[ -s $prefix/$file ]] || { echo "make-install.sh: $file was not installed" >&2; exit 1; }
done
"$prefix/bin/planner" --version
# Into a variable, not a pipe: `grep -q` stops reading at its match and, under pipefail, the
# planner it cut off would fail the run with SIGPIPE (exit 141; CI run of 1326504).
plan_json=$(PATH=$prefix/bin:$PATH planner plan --profile Examples/fresh-graduate.yaml --today 2026-12-07 --format json)
grep -q '"schemaVersion"' <<<"$plan_json"
make --no-print-directory uninstall PREFIX="$prefix" >/dev/null
if [[ -n $(find "$prefix" -type f) ]]; then
  echo "make-install.sh: make uninstall left files behind:" >&2
  find "$prefix" -type f >&2
  exit 1
fi
echo "make install: ok"
