#!/usr/bin/env bash
# Installs dist/planner_VERSION_ARCH.deb (Scripts/package.sh) into a fresh minimal Debian —
# bookworm, `debootstrap --variant=minbase` from deb.debian.org, with no Swift and no libical —
# and runs the README's quick start there (issue 25 §1): init, edit, plan, next, record, the man
# page and the completions. Any error fails the run. Needs root (debootstrap, chroot, mount).
# The bare root is kept in .build-root/ between local runs (FRESH_ROOT_REBUILD=1 makes it anew);
# CI starts from a clean checkout, so there it is always made fresh — early, with --prepare in the
# background while the release builds (.ci/run), since debootstrap mostly waits on the network.
# Usage: bash Tests/package/fresh-root.sh [--prepare]
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ $(id -u) -ne 0 ]]; then
  echo "fresh-root.sh: needs root (debootstrap, chroot and mount); run it as root, e.g. sudo bash $0" >&2
  exit 1
fi
prepare_only=false
[[ ${1:-} == --prepare ]] && prepare_only=true
if ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi

mkdir -p .build-root
cache=.build-root/bookworm-minbase
run=.build-root/run
[[ ${FRESH_ROOT_REBUILD:-} == 1 ]] && rm -rf "$cache"
if [[ ! -d $cache ]]; then
  start=$SECONDS
  rm -rf "$cache.partial"
  # man-db only so that `man planner` can be tried; everything planner needs comes from the .deb
  # and its Depends.
  if ! debootstrap --variant=minbase --include=man-db bookworm "$cache.partial" \
    http://deb.debian.org/debian >.build-root/debootstrap.log 2>&1; then
    tail -20 .build-root/debootstrap.log >&2
    exit 1
  fi
  mv "$cache.partial" "$cache"
  echo "debootstrap (bookworm, minbase): $((SECONDS - start)) s"
fi
$prepare_only && exit 0

deb_arch=$(dpkg --print-architecture)
debs=(dist/planner_*_"$deb_arch".deb)
if [[ ${#debs[@]} -ne 1 || ! -f ${debs[0]} ]]; then
  echo "fresh-root.sh: expected one dist/planner_*_$deb_arch.deb; run bash Scripts/package.sh first" >&2
  exit 1
fi
deb=${debs[0]}

cleanup() {
  for mount in proc; do
    mountpoint -q "$run/$mount" && umount "$run/$mount"
  done
  return 0
}
trap cleanup EXIT
cleanup
rm -rf "$run"
cp -a "$cache" "$run"
cp /etc/resolv.conf "$run/etc/resolv.conf"
mount -t proc proc "$run/proc"
in_root() { chroot "$run" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

echo "== the fresh root has no Swift and no libical"
if in_root sh -c 'command -v swift || ls /usr/lib/*/libical* /usr/lib/*/libswiftCore* 2>/dev/null'; then
  echo "fresh-root.sh: the root is not fresh" >&2
  exit 1
fi

echo "== apt-get install ./$(basename "$deb") (its Depends from deb.debian.org)"
cp "$deb" "$run/tmp/"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "/tmp/$(basename "$deb")" >"$run/tmp/apt.log" 2>&1 || { cat "$run/tmp/apt.log" >&2; exit 1; }
in_root dpkg -L planner | grep -E '^/usr/(bin|share/(man|bash-completion|zsh|fish))/.*planner'
in_root planner --version

echo "== the README's quick start, in /root/quickstart"
quickstart() {
  set -e
  mkdir -p /root/quickstart && cd /root/quickstart
  planner init me.yaml
  # The edit: name and graduation, as README "Quick start" step 2 does.
  sed -i -e 's/^name: .*/name: Dr. Amara Okafor/' -e 's/^# graduation: .*/graduation: 2026-06-30/' me.yaml
  # As in the README, the commands find me.yaml in this folder.
  planner plan --today 2026-12-07 --width 80 >plan.txt || [ $? -eq 3 ]
  head -8 plan.txt
  planner next --today 2026-12-07 --width 80
  planner record ecfmg.account done --date 2026-12-07 --today 2026-12-07
  planner plan --profile me.yaml --format json --today 2026-12-07 >plan.json
  grep -q '"schemaVersion"' plan.json
  planner plan --profile me.yaml --ics plan.ics --today 2026-12-07 >/dev/null
  grep -q 'BEGIN:VCALENDAR' plan.ics
  test -s /usr/share/bash-completion/completions/planner
  test -s /usr/share/zsh/vendor-completions/_planner
  test -s /usr/share/fish/vendor_completions.d/planner.fish
  bash -c '. /usr/share/bash-completion/completions/planner && complete -p planner'
  MANWIDTH=80 man -P cat planner | sed -n 1,5p  # sed reads it all: no SIGPIPE under pipefail
  echo "quick start: ok"
}
in_root bash -c "$(declare -f quickstart); quickstart"
