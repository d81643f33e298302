#!/usr/bin/env bash
# Installs the real calendar clients the interop check drives: khal and calcurse
# (Debian), the icalendar parser and the radicale CalDAV server (PyPI).
# Quiet, non-interactive, and a no-op when everything is already there.
set -euo pipefail

need_apt=()
command -v khal >/dev/null 2>&1 || need_apt+=(khal)
command -v calcurse >/dev/null 2>&1 || need_apt+=(calcurse)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
if ((${#need_apt[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

python=${PYTHON:-python3}
need_pip=()
"$python" -c 'import icalendar' >/dev/null 2>&1 || need_pip+=(icalendar)
"$python" -c 'import radicale' >/dev/null 2>&1 || need_pip+=(radicale)
if ((${#need_pip[@]})); then
  "$python" -m pip install --quiet --disable-pip-version-check "${need_pip[@]}"
fi
