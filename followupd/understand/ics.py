"""Read iCalendar invitations (text/calendar parts, .ics attachments, .ics files) into
:class:`followupd.model.Event`.

Given the bytes of one VCALENDAR (or several concatenated), :func:`parse_ics` returns one Event
per VEVENT. Times are always timezone-aware:

* ``TZID=...`` → that zone (icalendar resolves IANA and Windows names through zoneinfo);
* ``...Z`` → UTC;
* floating times → ``default_tz`` (or UTC when there is none or it is unknown);
* all-day dates → midnight in ``default_tz`` (or UTC); a missing end is the next midnight.

Anything that is not an iCalendar object raises :class:`followupd.errors.ParseError` and never
another exception. No I/O, no clock.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from followupd.errors import ParseError
from followupd.model import Address, Attendee, Event

_URL = re.compile(r"https://[^\s<>\"'\\)\]]+", re.I)
# A few hosts that are conference links, preferred over any other https link in the text.
_CONFERENCE_HOSTS = (
    "zoom.us",
    "meet.google.com",
    "teams.microsoft.com",
    "teams.live.com",
    "webex.com",
    "whereby.com",
    "gotomeeting.com",
    "meet.jit.si",
    "chime.aws",
    "bluejeans.com",
    "around.co",
)
_STATUS = {"CONFIRMED": "confirmed", "TENTATIVE": "tentative", "CANCELLED": "cancelled"}
_DROPPED_CUTYPES = {"ROOM", "RESOURCE"}


def parse_ics(data: bytes, default_tz: str | None = None) -> list[Event]:
    """Return every VEVENT of ``data`` as an Event.

    Raise ParseError when ``data`` is not iCalendar at all, or an event has no usable start.
    """
    if isinstance(data, str):  # be lenient with callers that already decoded
        data = data.encode("utf-8")
    if not data or not data.strip():
        raise ParseError("empty calendar data")
    fallback = _zone(default_tz) or timezone.utc
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError… on garbage
        raise ParseError(f"not an iCalendar object: {exc}") from exc
    events: list[Event] = []
    try:
        for cal in calendars:
            method = _text(cal.get("METHOD")).upper() or None
            wr_tz = _text(cal.get("X-WR-TIMEZONE")) or None
            for comp in cal.walk("VEVENT"):
                events.append(_event(comp, method, wr_tz, fallback))
    except ParseError:
        raise
    except Exception as exc:  # a malformed property deep inside an event
        raise ParseError(f"unreadable calendar event: {exc}") from exc
    if not events and not any(c.name == "VCALENDAR" for c in calendars):
        raise ParseError("no VCALENDAR in calendar data")
    return events


def _event(comp, method: str | None, wr_tz: str | None, fallback: tzinfo) -> Event:
    uid = _text(comp.get("UID"))
    if "DTSTART" not in comp:
        raise ParseError(f"event {uid!r} has no DTSTART")
    start, start_tz = _when(comp, "DTSTART", fallback)
    if "DTEND" in comp:
        end, _ = _when(comp, "DTEND", fallback)
    elif "DURATION" in comp:
        duration = comp.decoded("DURATION")
        if not isinstance(duration, timedelta):
            raise ParseError(f"event {uid!r} has an unreadable DURATION")
        end = start + duration
    elif isinstance(comp.decoded("DTSTART"), datetime):
        end = start  # RFC 5545: a DTSTART date-time alone lasts zero time
    else:
        end = start + timedelta(days=1)  # an all-day event
    if end < start:
        end = start
    if not uid:
        uid = f"no-uid-{start.isoformat()}-{_text(comp.get('SUMMARY'))[:40]}"

    recurrence_id = None
    if "RECURRENCE-ID" in comp:
        recurrence_id, _ = _when(comp, "RECURRENCE-ID", fallback)
        recurrence_id = recurrence_id.isoformat()

    organizer = _address(comp.get("ORGANIZER"))
    attendees = []
    raw_attendees = comp.get("ATTENDEE") or []
    if not isinstance(raw_attendees, list):
        raw_attendees = [raw_attendees]
    for prop in raw_attendees:
        params = getattr(prop, "params", {}) or {}
        if str(params.get("CUTYPE", "")).upper() in _DROPPED_CUTYPES:
            continue
        address = _address(prop)
        if address is None:
            continue
        attendees.append(
            Attendee(
                address=address,
                status=str(params.get("PARTSTAT", "NEEDS-ACTION")).lower(),
                organizer=organizer is not None and address.email == organizer.email,
                role=str(params.get("ROLE", "")).upper(),
            )
        )

    status = _STATUS.get(_text(comp.get("STATUS")).upper(), "confirmed")
    if method == "CANCEL":
        status = "cancelled"
    try:
        sequence = int(_text(comp.get("SEQUENCE")) or 0)
    except ValueError:
        sequence = 0
    description = _text(comp.get("DESCRIPTION"))
    location = _text(comp.get("LOCATION"))
    return Event(
        uid=uid,
        start=start,
        end=end,
        summary=_text(comp.get("SUMMARY")),
        description=description,
        location=location,
        status=status,
        sequence=sequence,
        organizer=organizer,
        attendees=tuple(attendees),
        timezone=start_tz or wr_tz,
        recurrence_id=recurrence_id,
        method=method,
        url=_conference_url(comp, location, description),
    )


def _when(comp, name: str, fallback: tzinfo) -> tuple[datetime, str | None]:
    """The property as an aware datetime, and the zone name it was written in (if any)."""
    value = comp.decoded(name)
    prop = comp.get(name)
    tzid = None
    params = getattr(prop, "params", None)
    if params is not None:
        tzid = params.get("TZID")
    if isinstance(value, datetime):
        if value.tzinfo is None:
            zone = _zone(tzid) if tzid else None
            value = value.replace(tzinfo=zone or fallback)
        if tzid is None:  # UTC ("...Z") or floating: the zone was not written
            return value, None
        return value, getattr(value.tzinfo, "key", None) or str(tzid)
    if isinstance(value, date):
        return datetime.combine(value, time(0), tzinfo=fallback), None
    raise ParseError(f"{name} is not a date or date-time")


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return None


def _address(prop) -> Address | None:
    if prop is None:
        return None
    value = str(prop).strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    if "@" not in value:
        return None
    params = getattr(prop, "params", {}) or {}
    name = str(params.get("CN", "")).strip().strip('"')
    if "@" in name and name.lower() == value.lower():
        name = ""
    return Address(value, name)


def _conference_url(comp, location: str, description: str) -> str:
    for key in ("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "URL"):
        value = _text(comp.get(key))
        if value.lower().startswith(("https://", "http://")):
            return value
    links = _URL.findall(location) + _URL.findall(description)
    links = [link.rstrip(".,;>") for link in links]
    for link in links:
        if any(host in link.lower() for host in _CONFERENCE_HOSTS):
            return link
    return links[0] if links else ""


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value).strip()
