from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datetime import UTC

from followupd.config import BusinessDays, Config, Paths, SendWindow, UserConfig
from followupd.timing import WorkCalendar, holidays_for

NY = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")
TOKYO = ZoneInfo("Asia/Tokyo")
US_HOLIDAYS = holidays_for("US", None, [2025, 2026, 2027])
CAL = WorkCalendar(SendWindow(), NY, US_HOLIDAYS)


def ny(*args):
    return datetime(*args, tzinfo=NY)


def elapsed(a, b):
    """b - a in real time (aware datetimes of one tzinfo subtract by wall time)."""
    return b.astimezone(UTC) - a.astimezone(UTC)


@pytest.mark.parametrize(
    "when, expected",
    [
        (ny(2026, 3, 3, 9, 0), ny(2026, 3, 3, 9, 0)),  # Tuesday morning: open
        (ny(2026, 3, 3, 8, 29), ny(2026, 3, 3, 8, 30)),  # just before opening
        (ny(2026, 3, 3, 18, 0), ny(2026, 3, 4, 8, 30)),  # the end is excluded
        (ny(2026, 3, 6, 17, 59), ny(2026, 3, 6, 17, 59)),  # Friday, last minute
        (ny(2026, 3, 6, 18, 30), ny(2026, 3, 9, 8, 30)),  # Friday evening → Monday
        (ny(2026, 3, 7, 12, 0), ny(2026, 3, 9, 8, 30)),  # Saturday → Monday
        (ny(2026, 7, 2, 19, 0), ny(2026, 7, 6, 8, 30)),  # Independence Day observed on Friday 3 July
        (ny(2026, 11, 25, 18, 5), ny(2026, 11, 27, 8, 30)),  # over Thanksgiving
    ],
)
def test_next_window_instant_is_now_inside_the_window_else_the_next_opening(when, expected):
    got = CAL.next_window_instant(when)
    assert got == expected
    assert got.tzinfo is NY and got.utcoffset() == expected.utcoffset()


def test_next_window_start_is_the_next_opening_even_inside_the_window():
    assert CAL.next_window_start(ny(2026, 3, 3, 9, 0)) == ny(2026, 3, 4, 8, 30)
    assert CAL.next_window_start(ny(2026, 3, 3, 8, 30)) == ny(2026, 3, 3, 8, 30)
    assert CAL.next_window_start(ny(2026, 3, 3, 6, 0)) == ny(2026, 3, 3, 8, 30)


def test_a_time_in_another_zone_is_read_in_the_users_zone():
    # 22:00 in Tokyo on Tuesday is 08:00 in New York the same morning (EST, UTC-5).
    tokyo_evening = datetime(2026, 3, 3, 22, 0, tzinfo=TOKYO)
    assert CAL.next_window_instant(tokyo_evening) == ny(2026, 3, 3, 8, 30)
    assert not CAL.in_window(tokyo_evening)


def test_business_days_skip_weekends_and_holidays():
    assert CAL.add_business_days(date(2026, 7, 1), 2) == date(2026, 7, 6)  # Thu, (Fri 3 off), Mon
    assert CAL.add_business_days(date(2026, 11, 25), 1) == date(2026, 11, 27)
    assert CAL.add_business_days(date(2026, 3, 7), 1) == date(2026, 3, 9)  # from a Saturday
    assert CAL.add_business_days(date(2026, 3, 9), -1) == date(2026, 3, 6)
    assert CAL.add_business_days(date(2026, 3, 9), 0) == date(2026, 3, 9)
    assert not CAL.is_business_day(date(2026, 11, 26))
    assert CAL.is_business_day(date(2026, 11, 27))


def test_business_days_keep_the_wall_clock_time_across_the_spring_dst_change():
    # Friday 6 March 15:00 EST + 5 business days = Friday 13 March 15:00 EDT (167 h later).
    start = ny(2026, 3, 6, 15, 0)
    got = CAL.add(start, BusinessDays(5))
    assert got == ny(2026, 3, 13, 15, 0)
    assert got.hour == 15 and got.utcoffset() == timedelta(hours=-4)
    assert elapsed(start, got) == timedelta(days=7, hours=-1)


def test_a_duration_is_elapsed_time_across_the_autumn_dst_change():
    # Sunday 1 November 2026, 00:30 EDT + 3 h: the clock shows 01:xx twice, so 02:30 EST.
    start = ny(2026, 11, 1, 0, 30)  # EDT
    got = CAL.add(start, timedelta(hours=3))
    assert elapsed(start, got) == timedelta(hours=3)
    assert (got.hour, got.minute) == (2, 30)  # 01:00–02:00 happened twice


def test_a_skipped_wall_time_moves_forward_by_the_gap():
    # No 02:30 on Sunday 8 March 2026 in New York.
    assert CAL.at(date(2026, 3, 8), time(2, 30)) == ny(2026, 3, 8, 3, 30)


def test_the_window_opening_the_day_after_the_change_is_at_local_half_past_eight():
    # Europe switches on 29 March 2026: the Monday opening is 06:30 UTC, not 07:30.
    paris = WorkCalendar(SendWindow(), PARIS, frozenset())
    opening = paris.next_window_start(datetime(2026, 3, 28, 12, 0, tzinfo=PARIS))
    assert opening == datetime(2026, 3, 30, 8, 30, tzinfo=PARIS)
    assert opening.utcoffset() == timedelta(hours=2)


def test_an_unknown_country_is_a_clear_value_error():
    with pytest.raises(ValueError, match="no public holidays are known for 'XX'.*user.country"):
        holidays_for("XX", None, [2026])
    with pytest.raises(ValueError, match="subdivision 'ZZ'"):
        holidays_for("US", "ZZ", [2026])


def test_from_config_uses_the_users_zone_country_and_window():
    config = Config(
        user=UserConfig(timezone="America/New_York", country="US"),
        accounts=(),
        paths=Paths("/nonexistent/config.toml", "/nonexistent", "/nonexistent"),
        send_window=SendWindow(start=time(9, 0), end=time(17, 0)),
    )
    cal = WorkCalendar.from_config(config, [2026])
    assert cal.tz == NY
    assert cal.next_window_start(ny(2026, 11, 25, 18, 0)) == ny(2026, 11, 27, 9, 0)


def test_a_window_without_days_is_refused():
    with pytest.raises(ValueError, match="no days"):
        WorkCalendar(SendWindow(days=()), NY)


instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 1), timezones=st.sampled_from([NY, TOKYO, PARIS])
)


@settings(max_examples=300, deadline=None)
@given(instants)
def test_the_next_window_instant_is_never_earlier_and_always_inside_the_window(dt):
    got = CAL.next_window_instant(dt)
    assert elapsed(dt, got) >= timedelta(0)
    assert CAL.in_window(got)
    assert elapsed(dt, got) < timedelta(days=6)
    start = CAL.next_window_start(dt)
    assert elapsed(dt, start) >= timedelta(0) and CAL.in_window(start)
    assert start.astimezone(NY).time() == time(8, 30)


@settings(max_examples=200, deadline=None)
@given(instants, st.integers(min_value=0, max_value=12))
def test_adding_business_days_lands_on_a_business_day_and_keeps_the_wall_time(dt, n):
    got = CAL.add_business_days(dt, n)
    local = dt.astimezone(NY)
    assert elapsed(local, got) >= timedelta(0) or got.date() == local.date()
    if n:
        assert CAL.is_business_day(got.date())
        counted = sum(CAL.is_business_day(local.date() + timedelta(days=i))
                      for i in range(1, (got.date() - local.date()).days + 1))
        assert counted == n
    if got.replace(tzinfo=None).time() != local.time():  # only a skipped wall time may move
        assert got.utcoffset() != local.utcoffset()
