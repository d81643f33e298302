#!/usr/bin/env python3
"""Independent checks of planner's .ics files with the `icalendar` package (not libical),
plus the helpers run.sh needs to drive khal, calcurse and radicale.

Subcommands (each exits 1 and prints FAIL lines on a problem):
  validate FILE              structure: UID/DTSTAMP/DTSTART, all-day DTEND > DTSTART,
                             unique UIDs, CRLF, no blank lines, <= 75-octet lines
  range FILE                 prints "FIRST_DAY LAST_DAY VEVENTS VTODOS" (ISO dates)
  khal FILE LISTING          compares `khal list --format "{uid}|{start-date}|{end-date}|{title}"`
  calcurse FILE QUERY        compares `calcurse -Q` output (mm/dd/yy day headers)
  split FILE DIR             one VCALENDAR per component, named <uid-hash>.ics; prints names
  same-uids SENT BACK        each .ics in SENT has a twin in BACK with the same UIDs
  compare OLD NEW            re-export rules: same UIDs, SEQUENCE up where content changed
"""

import datetime as dt
import os
import re
import sys

from icalendar import Calendar

problems = []


def fail(message):
    problems.append(message)
    print(f"FAIL {message}")


def load(path):
    with open(path, "rb") as handle:
        raw = handle.read()
    return raw, Calendar.from_ical(raw)


def day(value):
    """The calendar day of a DATE or DATE-TIME property."""
    v = value.dt
    return v.date() if isinstance(v, dt.datetime) else v


def is_all_day(component):
    return not isinstance(component["DTSTART"].dt, dt.datetime)


def events(cal):
    return [c for c in cal.walk() if c.name == "VEVENT"]


def todos(cal):
    return [c for c in cal.walk() if c.name == "VTODO"]


def end_day(event):
    """Exclusive end day: DTEND, else DTSTART + DURATION, else the next day (RFC 5545)."""
    if "DTEND" in event:
        return day(event["DTEND"])
    if "DURATION" in event:
        return day(event["DTSTART"]) + event["DURATION"].dt
    return day(event["DTSTART"]) + dt.timedelta(days=1)


def validate(path):
    raw, cal = load(path)
    name = os.path.basename(path)
    if not raw.endswith(b"END:VCALENDAR\r\n"):
        fail(f"{name}: does not end with END:VCALENDAR CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        if not line:
            fail(f"{name}:{number}: blank line")
        if b"\n" in line or b"\r" in line:
            fail(f"{name}:{number}: bare CR or LF")
        if len(line) > 75:
            fail(f"{name}:{number}: {len(line)} octets (> 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail(f"{name}:{number}: folding split a UTF-8 sequence")
    for prop in ("VERSION", "PRODID"):
        if prop not in cal:
            fail(f"{name}: calendar has no {prop}")
    seen = set()
    for component in events(cal) + todos(cal):
        uid = str(component.get("UID", ""))
        label = f"{name}: {component.name} {uid or '(no UID)'}"
        for prop in ("UID", "DTSTAMP"):
            if prop not in component:
                fail(f"{label}: no {prop}")
        if "DTSTAMP" in component and component["DTSTAMP"].dt.tzinfo is None:
            fail(f"{label}: DTSTAMP is floating, not UTC")
        if uid in seen:
            fail(f"{label}: duplicate UID")
        seen.add(uid)
        if component.name != "VEVENT":
            continue
        if "DTSTART" not in component:
            fail(f"{label}: no DTSTART")
            continue
        if is_all_day(component) and not end_day(component) > day(component["DTSTART"]):
            fail(f"{label}: all-day DTEND {end_day(component)} is not after DTSTART")
        for alarm in component.subcomponents:
            if alarm.name == "VALARM" and ("ACTION" not in alarm or "TRIGGER" not in alarm):
                fail(f"{label}: VALARM without ACTION or TRIGGER")
    return len(events(cal)), len(todos(cal))


def date_range(path):
    _, cal = load(path)
    evs = events(cal)
    first = min(day(e["DTSTART"]) for e in evs)
    last = max(end_day(e) for e in evs)
    print(first.isoformat(), last.isoformat(), len(evs), len(todos(cal)))


def check_khal(path, listing):
    """khal shows all-day end dates inclusive: each must be DTEND - 1 (exclusive DTEND)."""
    _, cal = load(path)
    expected = {str(e["UID"]): e for e in events(cal)}
    with open(listing, encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("|", 3) for line in handle if line.strip()]
    got = {row[0]: row for row in rows}
    if len(rows) != len(expected):
        fail(f"khal lists {len(rows)} events, the file has {len(expected)}")
    for uid, event in expected.items():
        row = got.get(uid)
        if row is None:
            fail(f"khal lost {uid} ({event['SUMMARY']})")
            continue
        start, last = day(event["DTSTART"]), end_day(event) - dt.timedelta(days=1)
        if row[1] != start.isoformat() or row[2] != last.isoformat():
            fail(f"khal shows {uid} {row[1]}..{row[2]}, expected {start}..{last}")
        if row[3] != str(event["SUMMARY"]):
            fail(f"khal title {row[3]!r} != SUMMARY {str(event['SUMMARY'])!r}")
    return len(rows)


def check_calcurse(path, query):
    """Every event appears on each of its days and, when its title is unique, on no other."""
    _, cal = load(path)
    shown = {}
    current = None
    with open(query, encoding="utf-8") as handle:
        for line in handle:
            header = re.match(r"^(\d\d)/(\d\d)/(\d\d):$", line.strip())
            if header:
                month, dom, year = map(int, header.groups())
                current = dt.date(2000 + year, month, dom)
            elif line.startswith(" * ") and current:
                shown.setdefault(line[3:].rstrip("\n"), set()).add(current)
    evs = events(cal)
    titles = [str(e["SUMMARY"]) for e in evs]
    for event in evs:
        title = str(event["SUMMARY"])
        start, end = day(event["DTSTART"]), end_day(event)
        want = {start + dt.timedelta(days=n) for n in range((end - start).days)}
        have = shown.get(title, set())
        if not want <= have:
            fail(f"calcurse misses {title!r} on {sorted(d.isoformat() for d in want - have)[:3]}")
        elif titles.count(title) == 1 and have != want:
            fail(f"calcurse shows {title!r} on extra days {sorted(d.isoformat() for d in have - want)[:3]}")
    return len(evs)


def split(path, folder):
    _, cal = load(path)
    for component in events(cal) + todos(cal):
        single = Calendar()
        single.add("VERSION", "2.0")
        single.add("PRODID", str(cal["PRODID"]))
        single.add_component(component)
        uid = str(component["UID"])
        name = re.sub(r"[^A-Za-z0-9._-]", "_", uid) + ".ics"
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(single.to_ical())
        print(name)


def uids_of(path):
    _, cal = load(path)
    return {str(c["UID"]) for c in events(cal) + todos(cal)}


def same_uids(sent, back):
    names = sorted(n for n in os.listdir(sent) if n.endswith(".ics"))
    for name in names:
        twin = os.path.join(back, name)
        if not os.path.exists(twin):
            fail(f"{name}: not returned by the server")
        elif uids_of(os.path.join(sent, name)) != uids_of(twin):
            fail(f"{name}: UID {uids_of(twin)} came back for {uids_of(os.path.join(sent, name))}")
    return len(names)


CONTENT = ("DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "STATUS", "CATEGORIES", "URL")


def norm(value):
    """Comparable text of a property value (a list when the property repeats)."""
    if value is None:
        return None
    if isinstance(value, list):
        return [norm(v) for v in value]
    return value.to_ical() if hasattr(value, "to_ical") else str(value)


def content(event):
    fields = [norm(event.get(p)) for p in CONTENT]
    alarms = [(norm(a.get("TRIGGER")), norm(a.get("DESCRIPTION"))) for a in event.subcomponents]
    return fields, alarms


def compare(old_path, new_path):
    _, old_cal = load(old_path)
    _, new_cal = load(new_path)
    old = {str(e["UID"]): e for e in events(old_cal)}
    new = {str(e["UID"]): e for e in events(new_cal)}
    kept = changed = cancelled = dropped = added = 0
    for uid, event in new.items():
        seq = int(event.get("SEQUENCE", 0))
        if uid not in old:
            added += 1
            if str(event.get("STATUS")) == "CANCELLED":
                fail(f"{uid}: cancelled but unknown before")
            continue
        before = old[uid]
        old_seq = int(before.get("SEQUENCE", 0))
        if content(event) == content(before):
            kept += 1
            if seq != old_seq or event["DTSTAMP"].dt != before["DTSTAMP"].dt:
                fail(f"{uid}: unchanged but SEQUENCE/DTSTAMP moved ({old_seq} -> {seq})")
        else:
            if str(event.get("STATUS")) == "CANCELLED" and str(before.get("STATUS")) != "CANCELLED":
                cancelled += 1
            else:
                changed += 1
            if seq <= old_seq:
                fail(f"{uid}: changed ({event['SUMMARY']}) but SEQUENCE {old_seq} -> {seq}")
            if "LAST-MODIFIED" in event and "LAST-MODIFIED" in before and \
                    event["LAST-MODIFIED"].dt <= before["LAST-MODIFIED"].dt:
                fail(f"{uid}: changed but LAST-MODIFIED did not move forward")
    for uid, event in old.items():
        if uid not in new:
            if str(event.get("STATUS")) == "CANCELLED":
                dropped += 1
            else:
                fail(f"{uid} ({event['SUMMARY']}) vanished without a CANCELLED tombstone")
    if kept + changed + cancelled == 0:
        fail("no UID of the first export survives in the second")
    print(f"kept {kept}, changed {changed} (SEQUENCE up), cancelled {cancelled}, "
          f"tombstones dropped {dropped}, new {added}")


def main(argv):
    command, args = argv[1], argv[2:]
    if command == "validate":
        evs, tds = validate(args[0])
        print(f"{evs} VEVENTs, {tds} VTODOs")
    elif command == "range":
        date_range(args[0])
    elif command == "khal":
        print(f"{check_khal(*args)} events listed")
    elif command == "calcurse":
        print(f"{check_calcurse(*args)} events on the right days")
    elif command == "split":
        split(*args)
    elif command == "same-uids":
        print(f"{same_uids(*args)} resources stored and read back, UIDs intact")
    elif command == "compare":
        compare(*args)
    else:
        sys.exit(f"unknown command {command}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main(sys.argv)
