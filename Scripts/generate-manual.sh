#!/usr/bin/env bash
# Regenerates docs/planner.1 from the command definitions with swift-argument-parser's
# generate-manual plugin (no network needed once the package is resolved). The date is fixed so
# that the page only changes when the commands do.
set -euo pipefail
cd "$(dirname "$0")/.."
swift package --disable-sandbox plugin generate-manual --configuration debug --date 2026-12-01 --section 1
# mdoc fills consecutive text lines into one paragraph and warns on blank lines: the commands'
# example lines ("planner …") go into literal displays, one per line; a blank line becomes .Pp.
# EXIT STATUS lists planner's own codes (README "Exit codes"; docs/files-and-exit-codes.md)
# instead of the generator's generic "0 on success, >0 on error" (.Ex -std).
awk '
  /^planner / { if (!literal) { print ".Bd -literal -offset indent"; literal = 1 } print; next }
  literal { print ".Ed"; literal = 0 }
  /^$/ { print ".Pp"; next }
  /^\.Ex -std$/ {
    print ".Bl -tag -width 4n"
    print ".It 0"; print "The plan holds: the Match year is feasible (or the command did what was asked)."
    print ".It 2"; print "Bad input: the message names the file, line and column, and says what to do."
    print ".It 3"; print "The Match year is not feasible (the plan is still printed)."
    print ".It 4"; print "The exam rules refuse the record; nothing is written."
    print ".It 5"; print "A calendar sync failed (the server refused, could not be reached, or an event changed there)."
    print ".It 64"; print "A command-line mistake (an unknown option or a bad value)."
    print ".It 75"; print "Another planner holds the journal; nothing is written."
    print ".El"
    next
  }
  { print }
  END { if (literal) print ".Ed" }
' .build/plugins/GenerateManual/outputs/planner/planner.1 > docs/planner.1

# The reference block of each docs/commands page comes from the same definitions.
bash Scripts/generate-command-pages.sh .build/debug/planner
