#!/usr/bin/env bash
# Installs the real calendar clients the interop check drives: khal and calcurse
# (Debian), the icalendar parser, the radicale CalDAV server and the caldav client (PyPI).
# Quiet and non-interactive; a no-op when everything is already there; prints the
# installer's output only when it fails.
set -euo pipefail

quietly() {
  local out
  if ! out=$("$@" 2>&1); then
    echo "install.sh: '$*' failed:" >&2
    echo "$out" >&2
    return 1
  fi
}

need_apt=()
command -v khal >/dev/null 2>&1 || need_apt+=(khal)
command -v calcurse >/dev/null 2>&1 || need_apt+=(calcurse)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
if ((${#need_apt[@]})); then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  quietly "${sudo[@]}" apt-get update -qq
  quietly "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

python=${PYTHON:-python3}
need_pip=()
"$python" -c 'import icalendar' >/dev/null 2>&1 || need_pip+=(icalendar)
"$python" -c 'import radicale' >/dev/null 2>&1 || need_pip+=(radicale)
# The sync tests read the synced calendar back as a phone's client would (CalDAVSyncTests).
"$python" -c 'import caldav' >/dev/null 2>&1 || need_pip+=(caldav)
if ((${#need_pip[@]})); then
  quietly env PIP_ROOT_USER_ACTION=ignore "$python" -m pip install --quiet \
    --disable-pip-version-check "${need_pip[@]}"
fi
