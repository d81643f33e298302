#!/usr/bin/env bash
# Exports every bundled example's calendar with the real `planner` binary, then a re-export
# after a change (Step 2 CK moved, one study block longer), and hands them all to run.sh.
#
#   Tests/interop/examples.sh [PATH/TO/planner]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
planner=${1:-$root/.build/debug/planner}
out=$(mktemp -d "${TMPDIR:-/tmp}/planner-examples.XXXXXX")
trap 'rm -rf "$out"' EXIT

export SOURCE_DATE_EPOCH=1795597200   # 2026-11-25T09:00:00Z: byte-stable files
files=()
for profile in "$root"/Examples/*.yaml; do
  name=$(basename "$profile" .yaml)
  "$planner" plan --profile "$profile" --today 2026-11-25 --ics "$out/$name.ics" --todos --format json >/dev/null || [[ $? -eq 3 ]]
  files+=("$out/$name.ics")
done

# A rescheduled exam: same person, Step 2 CK moved five weeks later, a week later on.
changed="$out/changed.yaml"
sed -e 's/booked: 2027-03-18/booked: 2027-04-22/' "$root/Examples/step1-passed-ck-booked.yaml" >"$changed"
cp "$out/step1-passed-ck-booked.ics" "$out/rerun.ics"
cp "$out/rerun.ics" "$out/first.ics"
SOURCE_DATE_EPOCH=1796202000 "$planner" plan --profile "$changed" --today 2026-12-02 --ics "$out/rerun.ics" --todos --format json >/dev/null || [[ $? -eq 3 ]]

# A failed exam: booked, exported, failed, exported again (its result is cancelled, the retake new).
cp "$root/Examples/fresh-graduate.yaml" "$out/me.yaml"
"$planner" book step1 --date 2027-03-17 --profile "$out/me.yaml" --today 2026-11-25 >/dev/null
"$planner" plan --profile "$out/me.yaml" --today 2026-11-25 --ics "$out/failed.ics" --format json >/dev/null
"$planner" plan --profile "$out/me.yaml" --today 2026-11-25 --ics - >"$out/before-fail-fresh.ics"
cp "$out/failed.ics" "$out/before-fail.ics"
"$planner" record step1 fail --date 2027-03-17 --profile "$out/me.yaml" --today 2027-03-20 >/dev/null
SOURCE_DATE_EPOCH=1805187600 "$planner" plan --profile "$out/me.yaml" --today 2027-03-20 --ics "$out/failed.ics" --format json >/dev/null
SOURCE_DATE_EPOCH=1805187600 "$planner" plan --profile "$out/me.yaml" --today 2027-03-20 --ics - >"$out/failed-fresh.ics"
grep -q 'STATUS:CANCELLED' "$out/failed.ics" || { echo "expected cancelled events after a failed attempt" >&2; exit 1; }
# Run again before importing (same input, later clock): the same file, cancellations kept.
cp "$out/failed.ics" "$out/failed-once.ics"
SOURCE_DATE_EPOCH=1805274000 "$planner" plan --profile "$out/me.yaml" --today 2027-03-20 --ics "$out/failed.ics" --format json >/dev/null
cmp -s "$out/failed-once.ics" "$out/failed.ics" || { echo "a second run of the same input changed the calendar" >&2; exit 1; }

# A hostile name: punctuation TEXT must escape, a line break, accents, CJK, emoji and a ZWJ
# sequence (calcurse skips an event whose SUMMARY holds a line break).
hostile="$out/hostile.yaml"
sed -e 's/^name: .*/name: "Dr. Zoë, Smith; \\\\ back\\nslash 山田太郎 👩🏽‍⚕️ Hôpital 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀"/' \
  -e 's/name: US clinical rotation (family medicine, Chicago)/name: "Rotation, Hôpital; \\\\x \\n 東京 🏥 a,b;c"/' \
  "$root/Examples/step1-passed-ck-booked.yaml" >"$hostile"
"$planner" plan --profile "$hostile" --today 2026-11-25 --ics "$out/hostile.ics" --todos --format json >/dev/null || [[ $? -eq 3 ]]
files+=("$out/hostile.ics")

# calcurse cannot update what it imported (ICALENDAR.md #3): the working way of docs/calendar.md.
# Import a fresh calendar (`--ics -`: no cancelled copies, which calcurse would show as live),
# keep the hashes of the items it made, and before the next import purge exactly those. The
# user's own item stays; no item of the old plan is left, none is doubled.
calcurse_update() {
  local dir=$out/calcurse-update hashes=$out/calcurse-update/planner.hashes own
  mkdir -p "$dir"
  cc() { TMPDIR=$dir calcurse -D "$dir" "$@"; }
  import() {
    cc -q -i "$1" --dump-imported --format-event '%(hash)\n' --format-recur-event '%(hash)\n' --format-apt '%(hash)\n' --format-recur-apt '%(hash)\n' --format-todo '%(hash)\n' \
      | grep -E '^[0-9a-f]{40}$' >"$hashes"
  }
  purge() { while read -r hash; do cc -P --filter-hash "$hash"; done <"$hashes"; }
  printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//me//EN\r\nBEGIN:VEVENT\r\nUID:dinner@example.org\r\nDTSTAMP:20261125T090000Z\r\nDTSTART;VALUE=DATE:20270320\r\nDTEND;VALUE=DATE:20270321\r\nSUMMARY:Dinner with the family\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' >"$dir/own.ics"
  cc -q -i "$dir/own.ics"
  import "$out/before-fail-fresh.ics"
  purge
  import "$out/failed-fresh.ics"
  local events items
  events=$(grep -c '^BEGIN:VEVENT' "$out/failed-fresh.ics")
  # calcurse keeps one line per event or appointment in its data file.
  items=$(grep -c '' "$dir/apts" || true)
  own=$(grep -c 'Dinner with the family' "$dir/apts" || true)
  if ((own != 1)); then echo "calcurse update: the user's own event is gone or doubled ($own)"; return 1; fi
  if ((items != events + 1)); then echo "calcurse update: $items items, expected $events of the plan and 1 of the user"; return 1; fi
  if grep -q 'STATUS:CANCELLED' "$out/failed-fresh.ics"; then echo "calcurse update: a fresh calendar holds cancelled copies"; return 1; fi
  echo "calcurse update: $events events of the new plan and the user's own, nothing left of the old plan"
}
calcurse_update || exit 1

"$root/Tests/interop/run.sh" "${files[@]}"
"$root/Tests/interop/run.sh" --reexport "$out/before-fail.ics" "$out/failed.ics"
"$root/Tests/interop/run.sh" --reexport "$out/first.ics" "$out/rerun.ics"
