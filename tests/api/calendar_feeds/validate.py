"""Reads a calendar feed with the `icalendar` package (an independent RFC 5545 parser) and
prints what the Rust test checks, as JSON: the calendar's PRODID and name, and each event's
UID, SUMMARY, DESCRIPTION, URL and its start as an instant twice: through the feed's own
VTIMEZONE (built by dateutil from the feed, not looked up) and through the IANA database.
Fails on a missing required property."""

import json
import sys

from icalendar import Calendar


def utc(start, offset):
    """The instant of a local `start` at `offset` east of UTC, as `…Z`."""
    return (start.replace(tzinfo=None) - offset).isoformat() + "Z"


def main(path):
    with open(path, "rb") as feed:
        calendar = Calendar.from_ical(feed.read())
    for required in ("VERSION", "PRODID"):
        assert required in calendar, f"calendar without {required}"
    zones = {
        str(zone["TZID"]): zone.to_tz(lookup_tzid=False)
        for zone in calendar.walk("VTIMEZONE")
    }
    events = []
    for event in calendar.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART"):
            assert required in event, f"event without {required}"
        start = event.decoded("DTSTART")
        tzid = event["DTSTART"].params["TZID"]
        ours = start.replace(tzinfo=None).replace(tzinfo=zones[tzid])
        events.append(
            {
                "uid": str(event["UID"]),
                "summary": str(event["SUMMARY"]),
                "description": str(event.get("DESCRIPTION", "")),
                "url": str(event.get("URL", "")),
                "tzid": tzid,
                "local": start.replace(tzinfo=None).isoformat(),
                "utc_vtimezone": utc(start, ours.utcoffset()),
                "utc_iana": utc(start, start.utcoffset()),
            }
        )
    print(
        json.dumps(
            {
                "prodid": str(calendar["PRODID"]),
                "name": str(calendar.get("X-WR-CALNAME", "")),
                "zones": sorted(zones),
                "events": events,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
