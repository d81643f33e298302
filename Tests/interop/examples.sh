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
cp "$out/failed.ics" "$out/before-fail.ics"
"$planner" record step1 fail --date 2027-03-17 --profile "$out/me.yaml" --today 2027-03-20 >/dev/null
SOURCE_DATE_EPOCH=1805187600 "$planner" plan --profile "$out/me.yaml" --today 2027-03-20 --ics "$out/failed.ics" --format json >/dev/null
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

"$root/Tests/interop/run.sh" "${files[@]}"
"$root/Tests/interop/run.sh" --reexport "$out/before-fail.ics" "$out/failed.ics"
"$root/Tests/interop/run.sh" --reexport "$out/first.ics" "$out/rerun.ics"
