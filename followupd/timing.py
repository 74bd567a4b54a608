"""The send window, business days and public holidays (pure: no I/O, no clock).

All arithmetic on calendar days happens in the user's local wall time (zoneinfo) and every
result is an aware datetime in the user's zone, so that "5 business days later, same time"
keeps its wall-clock time across a DST change, while a plain duration ("3h") is elapsed time.

A wall time that does not exist (the hour skipped in spring) moves forward by the gap; an
ambiguous one (the hour repeated in autumn) is its first occurrence.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .config import BusinessDays, Config, Offset, SendWindow

# No send window is that sparse: a search that goes further has a bad config.
_MAX_SEARCH_DAYS = 3660


def holidays_for(country: str, subdivision: str | None, years: Iterable[int]) -> set[date]:
    """Return the public holidays of ``country`` (ISO 3166 code, optionally with a subdivision
    such as "CA" for "US") in ``years``, observed days included.

    Raise ValueError with a sentence the user can act on when the country or subdivision is
    unknown to the ``holidays`` package.
    """
    import holidays  # a large package; only imported when a country is configured

    try:
        found = holidays.country_holidays(country, subdiv=subdivision or None, years=list(years))
    except NotImplementedError as e:
        where = f"{country!r}" + (f" with subdivision {subdivision!r}" if subdivision else "")
        raise ValueError(
            f"no public holidays are known for {where}; set user.country to an ISO 3166 code "
            f'such as "US", "GB" or "FR" (and user.subdivision to one of its regions), '
            f"or remove it ({e})"
        ) from None
    return set(found.keys())


class WorkCalendar:
    """Business days and the send window in one time zone.

    A business day is a weekday listed in ``window.days`` that is not in ``holidays``. The
    window is open from ``window.start`` (included) to ``window.end`` (excluded) on business
    days.
    """

    def __init__(self, window: SendWindow, tz: ZoneInfo, holidays: Container[date] = frozenset()):
        if not window.days:
            raise ValueError("the send window has no days; list at least one weekday in send_window.days")
        if not window.start < window.end:
            raise ValueError("the send window must start before it ends (send_window.start < send_window.end)")
        self.window = window
        self.tz = tz
        self.holidays = holidays

    @classmethod
    def from_config(cls, config: Config, years: Iterable[int]) -> WorkCalendar:
        """The calendar of ``config.user`` (zone, country) for ``years``. Raise ValueError for
        an unknown zone or country."""
        user = config.user
        try:
            tz = ZoneInfo(user.timezone) if user.timezone else ZoneInfo("UTC")
        except (KeyError, ValueError) as e:
            raise ValueError(f"unknown time zone {user.timezone!r}; use an IANA name such as \"Europe/Paris\"") from e
        days: Container[date] = frozenset()
        if user.country:
            days = holidays_for(user.country, user.subdivision, years)
        return cls(config.send_window, tz, days)

    # -- local wall time -------------------------------------------------------------------

    def local(self, dt: datetime) -> datetime:
        """``dt`` in the calendar's zone. Raise ValueError for a naive datetime."""
        if dt.tzinfo is None or dt.utcoffset() is None:
            raise ValueError(f"naive datetime {dt!r}: every time must carry its zone")
        return dt.astimezone(self.tz)

    def at(self, d: date, t: time) -> datetime:
        """The instant the local clock shows ``d`` ``t`` (a skipped time moves forward)."""
        naive = datetime.combine(d, t.replace(tzinfo=None))
        # fold=0 reads a skipped time with the offset before the gap; the UTC round trip
        # turns it into the real instant after it (02:30 on a spring-forward day → 03:30).
        return naive.replace(tzinfo=self.tz).astimezone(UTC).astimezone(self.tz)

    # -- business days ---------------------------------------------------------------------

    def is_business_day(self, d: date) -> bool:
        if isinstance(d, datetime):
            d = self.local(d).date()
        return d.weekday() in self.window.days and d not in self.holidays

    def add_business_days(self, d_or_dt: date | datetime, n: int) -> date | datetime:
        """Move ``n`` business days forward (backward when negative). A datetime keeps its
        local wall-clock time; a date stays a date. The start day itself need not be one."""
        if isinstance(d_or_dt, datetime):
            loc = self.local(d_or_dt)
            return self.at(self._step(loc.date(), n), loc.timetz().replace(tzinfo=None))
        return self._step(d_or_dt, n)

    def _step(self, d: date, n: int) -> date:
        step = timedelta(days=1 if n >= 0 else -1)
        left = abs(n)
        for _ in range(_MAX_SEARCH_DAYS):
            if left == 0:
                return d
            d += step
            if self.is_business_day(d):
                left -= 1
        raise ValueError("no business day found within ten years; check send_window.days and the holidays")

    def add(self, dt: datetime, offset: Offset) -> datetime:
        """``dt`` plus a duration (elapsed time) or a number of business days (same wall
        time), in the calendar's zone."""
        if isinstance(offset, BusinessDays):
            return self.add_business_days(dt, offset.days)  # type: ignore[return-value]
        if isinstance(offset, timedelta):
            return (self.local(dt).astimezone(UTC) + offset).astimezone(self.tz)
        raise TypeError(f"not an offset: {offset!r}")

    # -- the send window -------------------------------------------------------------------

    def in_window(self, dt: datetime) -> bool:
        loc = self.local(dt)
        t = loc.time()
        return self.is_business_day(loc.date()) and self.window.start <= t < self.window.end

    def next_window_start(self, dt: datetime) -> datetime:
        """The first window opening at or after ``dt`` (``dt`` itself only when it is exactly
        an opening)."""
        loc = self.local(dt)
        d = loc.date()
        for _ in range(_MAX_SEARCH_DAYS):
            if self.is_business_day(d):
                opening = self.at(d, self.window.start)
                if opening >= loc:
                    return opening
            d += timedelta(days=1)
        raise ValueError("no send window found within ten years; check send_window.days and the holidays")

    def next_window_instant(self, dt: datetime) -> datetime:
        """``dt`` itself (in the calendar's zone) when the window is open then, else the next
        opening."""
        if self.in_window(dt):
            return self.local(dt)
        return self.next_window_start(dt)
