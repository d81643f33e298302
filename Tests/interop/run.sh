#!/usr/bin/env bash
# Imports planner's .ics files into real clients and checks what they make of them.
#
#   Tests/interop/run.sh [--reexport] FILE.ics [FILE.ics ...]
#
# For each file: (a) the Python `icalendar` parser (structure, UIDs, all-day DTEND),
# (b) khal (import into a throw-away vdir, list back, compare UIDs, dates and titles),
# (c) calcurse (import, query, every event on exactly its days), (d) a radicale CalDAV
# server on 127.0.0.1 (each event PUT as its own resource, read back by UID).
# With --reexport the files are successive exports of one plan, and each is compared
# with the one before it (e): UIDs kept, SEQUENCE up for changed events, tombstones.
# Tests/interop/install.sh installs the clients. Prints "N passed, M failed" last.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=${PYTHON:-python3}
check=("$python" "$here/check_ics.py")

reexport=false
files=()
for arg in "$@"; do
  case $arg in
    --reexport) reexport=true ;;
    -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
    *) files+=("$arg") ;;
  esac
done
if ((${#files[@]} == 0)); then
  echo "usage: $0 [--reexport] FILE.ics [FILE.ics ...]" >&2
  exit 64
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/planner-interop.XXXXXX")
server_pid=""
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
# step NAME COMMAND...: runs one check, prints its last output line, counts it.
step() {
  local name=$1 out
  shift
  if out=$("$@" 2>&1); then
    passed=$((passed + 1))
    printf 'ok    %-34s %s\n' "$name" "$(tail -n 1 <<<"$out")"
  else
    failed=$((failed + 1))
    printf 'FAIL  %-34s\n' "$name"
    sed 's/^/      /' <<<"$out" | head -n 20
  fi
}

# --- (b) khal --------------------------------------------------------------------------
khal_check() {
  local file=$1 dir=$work/khal/$2 first last
  mkdir -p "$dir/cal" "$dir/data"
  cat >"$dir/config" <<EOF
[calendars]
[[plan]]
path = $dir/cal
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC
[default]
default_calendar = plan
EOF
  read -r first last _ < <("${check[@]}" range "$file") || return 1
  XDG_DATA_HOME=$dir/data khal -c "$dir/config" import --batch -a plan "$file" || return 1
  XDG_DATA_HOME=$dir/data khal -c "$dir/config" list --once --day-format "" \
    --format "{uid}|{start-date}|{end-date}|{title}" "$first" "$last" >"$dir/listing" || return 1
  "${check[@]}" khal "$file" "$dir/listing"
}

# --- (c) calcurse ----------------------------------------------------------------------
calcurse_check() {
  local file=$1 dir=$work/calcurse/$2 first last events todos report from days
  mkdir -p "$dir" || return 1
  read -r first last events todos < <("${check[@]}" range "$file") || return 1
  # calcurse writes its import log to TMPDIR: keep it inside the work dir, and show it.
  report=$(TMPDIR=$dir calcurse -D "$dir" -i "$file" 2>&1) || { echo "$report"; return 1; }
  if compgen -G "$dir/calcurse_log.*" >/dev/null; then cat "$dir"/calcurse_log.*; fi
  echo "$report"
  # "0 apps / 18 events / 0 todos / 0 skipped": every component imported, none skipped.
  local counts
  counts=$(grep -Eo '[0-9]+ apps? / [0-9]+ events? / [0-9]+ todos? / [0-9]+ skipped' <<<"$report" || true)
  read -r apps _ _ evs _ _ tds _ _ skipped _ <<<"$counts"
  if ((apps + evs != events || tds != todos || skipped != 0)); then
    echo "calcurse imported '$counts', the file has $events events and $todos todos"
    return 1
  fi
  from=$(date -u -d "$first" +%m/%d/%Y)
  days=$(($(( $(date -u -d "$last" +%s) - $(date -u -d "$first" +%s) )) / 86400 + 1))
  calcurse -D "$dir" -Q --from "$from" --days "$days" >"$dir/query" || return 1
  "${check[@]}" calcurse "$file" "$dir/query"
}

# --- (d) radicale ----------------------------------------------------------------------
start_radicale() {
  local port
  port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$python" -m radicale --server-hosts "127.0.0.1:$port" --storage-filesystem-folder "$work/radicale" \
    --auth-type none --logging-level warning >"$work/radicale.log" 2>&1 &
  server_pid=$!
  base=http://127.0.0.1:$port
  for _ in $(seq 50); do
    curl -s -o /dev/null "$base/" && return 0
    sleep 0.1
  done
  echo "radicale did not start:" >&2; cat "$work/radicale.log" >&2
  return 1
}

radicale_check() {
  local file=$1 name=$2 dir=$work/split/$2 collection code
  mkdir -p "$dir"
  collection=$base/planner/$name/
  # Any user name works with auth none; the first request creates the principal.
  curl -s -o /dev/null -u planner:x -X PROPFIND -H "Depth: 0" "$base/planner/" || return 1
  code=$(curl -s -o "$dir/mkcalendar.out" -w '%{http_code}' -u planner:x -X MKCALENDAR "$collection")
  [[ $code == 201 ]] || { echo "MKCALENDAR $collection: HTTP $code"; cat "$dir/mkcalendar.out"; return 1; }
  mkdir -p "$dir/back"
  while read -r resource; do
    code=$(curl -s -o "$dir/put.out" -w '%{http_code}' -u planner:x -X PUT \
      -H 'Content-Type: text/calendar; charset=utf-8' --data-binary "@$dir/$resource" "$collection$resource")
    if [[ $code != 201 && $code != 204 ]]; then
      echo "PUT $resource rejected: HTTP $code"; cat "$dir/put.out"; return 1
    fi
    curl -s -f -u planner:x "$collection$resource" -o "$dir/back/$resource" || { echo "GET $resource failed"; return 1; }
  done < <("${check[@]}" split "$file" "$dir")
  compgen -G "$dir/*.ics" >/dev/null || { echo "nothing to PUT"; return 1; }
  "${check[@]}" same-uids "$dir" "$dir/back"
}

# Started here, not inside a check: checks run in subshells, and the EXIT trap must
# know the server's pid to stop it.
start_radicale || { echo "0 passed, 1 failed"; exit 1; }

previous=""
for file in "${files[@]}"; do
  name=$(basename "$file" .ics)
  echo "== $file"
  step "icalendar parse" "${check[@]}" validate "$file"
  step "khal import + list" khal_check "$file" "$name"
  step "calcurse import + query" calcurse_check "$file" "$name"
  step "radicale CalDAV PUT/GET" radicale_check "$file" "$name"
  if $reexport && [[ -n $previous ]]; then
    step "re-export vs $(basename "$previous")" "${check[@]}" compare "$previous" "$file"
  fi
  previous=$file
done

echo "$passed passed, $failed failed"
((failed == 0))
