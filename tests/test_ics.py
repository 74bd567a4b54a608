from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.errors import ParseError
from followupd.understand.ics import parse_ics


def ics(*events: str, method: str | None = "REQUEST", extra: str = "") -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//followupd//EN"]
    if method:
        head.append(f"METHOD:{method}")
    if extra:
        head.append(extra)
    body = []
    for ev in events:
        body += ["BEGIN:VEVENT", *[line.strip() for line in ev.strip().splitlines()], "END:VEVENT"]
    return ("\r\n".join(head + body + ["END:VCALENDAR"]) + "\r\n").encode()


INTERVIEW = """
UID:abc-123@acme.com
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Interview: Senior Data Engineer
DTSTART;TZID=Europe/Paris:20251205T100000
DTEND;TZID=Europe/Paris:20251205T110000
ORGANIZER;CN=Jane Recruiter:mailto:Jane@Acme.com
ATTENDEE;CN=Bob Manager;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:bob@acme.com
ATTENDEE;CN=Alex Morgan;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:alex@example.com
ATTENDEE;CUTYPE=ROOM;CN=Room 4;PARTSTAT=ACCEPTED:mailto:room4@acme.com
LOCATION:Video call https://meet.google.com/abc-defg-hij
"""


def test_an_invitation_keeps_method_uid_sequence_and_status():
    (event,) = parse_ics(ics(INTERVIEW))
    assert event.method == "REQUEST"
    assert event.uid == "abc-123@acme.com"
    assert event.sequence == 2
    assert event.status == "confirmed"
    assert event.summary == "Interview: Senior Data Engineer"


def test_times_with_a_tzid_are_read_in_that_zone_and_the_zone_is_kept():
    (event,) = parse_ics(ics(INTERVIEW))
    assert event.start == datetime(2025, 12, 5, 10, tzinfo=ZoneInfo("Europe/Paris"))
    assert event.start.utcoffset() == timedelta(hours=1)
    assert event.end - event.start == timedelta(hours=1)
    assert event.timezone == "Europe/Paris"


def test_windows_zone_names_are_understood():
    ev = INTERVIEW.replace("TZID=Europe/Paris", "TZID=Pacific Standard Time")
    (event,) = parse_ics(ics(ev))
    assert event.start.astimezone(timezone.utc) == datetime(2025, 12, 5, 18, tzinfo=timezone.utc)


def test_organizer_and_attendees_are_addresses_and_rooms_are_dropped():
    (event,) = parse_ics(ics(INTERVIEW))
    assert event.organizer.email == "jane@acme.com"
    assert event.organizer.name == "Jane Recruiter"
    emails = [a.address.email for a in event.attendees]
    assert emails == ["bob@acme.com", "alex@example.com"]
    assert event.attendees[0].status == "accepted"
    assert event.attendees[0].role == "REQ-PARTICIPANT"
    assert event.attendees[1].status == "needs-action"


def test_a_meeting_link_in_the_location_becomes_the_url():
    (event,) = parse_ics(ics(INTERVIEW))
    assert event.url == "https://meet.google.com/abc-defg-hij"


def test_the_google_conference_property_wins_over_other_links():
    ev = INTERVIEW + "X-GOOGLE-CONFERENCE:https://meet.google.com/xyz-abcd-efg\n"
    ev = ev.replace("LOCATION:Video call https://meet.google.com/abc-defg-hij", "LOCATION:HQ")
    ev += "DESCRIPTION:Directions: https://maps.example.com/hq\n"
    (event,) = parse_ics(ics(ev))
    assert event.url == "https://meet.google.com/xyz-abcd-efg"


def test_a_conference_link_in_the_description_beats_another_link():
    ev = INTERVIEW.replace("LOCATION:Video call https://meet.google.com/abc-defg-hij", "LOCATION:Online")
    ev += "DESCRIPTION:Prep: https://acme.com/prep\\nJoin: https://acme.zoom.us/j/123456\n"
    (event,) = parse_ics(ics(ev))
    assert event.url == "https://acme.zoom.us/j/123456"


def test_utc_times_stay_utc():
    ev = "UID:u1\nDTSTART:20251205T150000Z\nDTEND:20251205T153000Z\nSUMMARY:Call"
    (event,) = parse_ics(ics(ev))
    assert event.start == datetime(2025, 12, 5, 15, tzinfo=timezone.utc)
    assert event.start.utcoffset() == timedelta(0)


def test_floating_times_take_the_default_zone():
    ev = "UID:u2\nDTSTART:20251205T150000\nDTEND:20251205T160000"
    (event,) = parse_ics(ics(ev), default_tz="America/New_York")
    assert event.start == datetime(2025, 12, 5, 15, tzinfo=ZoneInfo("America/New_York"))


def test_floating_times_without_a_default_zone_are_utc():
    ev = "UID:u2\nDTSTART:20251205T150000\nDTEND:20251205T160000"
    (event,) = parse_ics(ics(ev))
    assert event.start.utcoffset() == timedelta(0)


def test_an_all_day_event_starts_at_midnight_in_the_default_zone():
    ev = "UID:u3\nDTSTART;VALUE=DATE:20251205\nSUMMARY:Onsite day"
    (event,) = parse_ics(ics(ev), default_tz="Europe/London")
    assert event.start == datetime(2025, 12, 5, tzinfo=ZoneInfo("Europe/London"))
    assert event.end == datetime(2025, 12, 6, tzinfo=ZoneInfo("Europe/London"))


def test_duration_gives_the_end_when_there_is_no_dtend():
    ev = "UID:u4\nDTSTART:20251205T150000Z\nDURATION:PT45M"
    (event,) = parse_ics(ics(ev))
    assert event.end - event.start == timedelta(minutes=45)


def test_a_cancel_method_marks_the_event_cancelled():
    ev = "UID:u5\nDTSTART:20251205T150000Z\nDTEND:20251205T160000Z\nSTATUS:CANCELLED"
    (event,) = parse_ics(ics(ev, method="CANCEL"))
    assert event.method == "CANCEL"
    assert event.status == "cancelled"
    assert event.cancelled


def test_tentative_status_is_lower_cased():
    ev = "UID:u6\nDTSTART:20251205T150000Z\nDTEND:20251205T160000Z\nSTATUS:TENTATIVE"
    (event,) = parse_ics(ics(ev, method="PUBLISH"))
    assert event.status == "tentative"
    assert event.method == "PUBLISH"


def test_a_calendar_without_method_gives_none():
    ev = "UID:u7\nDTSTART:20251205T150000Z\nDTEND:20251205T160000Z"
    (event,) = parse_ics(ics(ev, method=None))
    assert event.method is None


def test_the_calendar_wide_time_zone_name_is_kept_for_utc_events():
    ev = "UID:u8\nDTSTART:20251205T150000Z\nDTEND:20251205T160000Z"
    (event,) = parse_ics(ics(ev, extra="X-WR-TIMEZONE:Asia/Tokyo"))
    assert event.timezone == "Asia/Tokyo"


def test_a_recurrence_id_is_kept_as_an_iso_string_and_in_the_key():
    ev = (
        "UID:series-1\nRECURRENCE-ID;TZID=Europe/Paris:20251208T090000\n"
        "DTSTART;TZID=Europe/Paris:20251208T100000\nDTEND;TZID=Europe/Paris:20251208T110000"
    )
    (event,) = parse_ics(ics(ev))
    assert event.recurrence_id == "2025-12-08T09:00:00+01:00"
    assert event.key == "series-1@2025-12-08T09:00:00+01:00"


def test_every_vevent_is_returned():
    a = "UID:a\nDTSTART:20251205T150000Z\nDTEND:20251205T160000Z"
    b = "UID:b\nDTSTART:20251206T150000Z\nDTEND:20251206T160000Z"
    assert [e.uid for e in parse_ics(ics(a, b))] == ["a", "b"]


@pytest.mark.parametrize(
    "garbage",
    [b"", b"   ", b"hello world", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", b"\xff\xfe\x00garbage",
     b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"],
)
def test_garbage_raises_parse_error(garbage):
    with pytest.raises(ParseError):
        parse_ics(garbage)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_events_or_parse_error_never_another_exception(data):
    try:
        events = parse_ics(data)
    except ParseError:
        return
    assert all(e.start.tzinfo is not None for e in events)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_property_values_never_crash(value):
    ev = f"UID:x\nDTSTART:20251205T150000Z\nDTEND:20251205T160000Z\nSUMMARY:{value}\nLOCATION:{value}"
    data = ics(ev).replace(b"\r\n\r\n", b"\r\n")
    try:
        parse_ics(data)
    except ParseError:
        pass
