"""The configuration: TOML → frozen dataclasses, validated at load (every problem with its key).

The dataclasses below are the one source of every key's name, type and default; the loader,
`followupd init` and config.example.toml follow them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time, timedelta


@dataclass(frozen=True)
class BusinessDays:
    """An offset counted in business days (weekdays of the send window, not holidays)."""

    days: int


Offset = timedelta | BusinessDays

_DURATION = re.compile(r"^\s*(\d+)\s*(s|m|h|d|w)\s*$")
_BUSINESS = re.compile(r"^\s*(\d+)\s+business\s+days?\s*$", re.IGNORECASE)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str, *, business: bool = False) -> Offset:
    """Parse "30s", "5m", "3h", "2d", "1w" (and, when ``business``, "5 business days").

    Raise ValueError with a sentence a user can act on.
    """
    if not isinstance(text, str):
        raise ValueError(f"expected a duration string such as \"3h\", got {text!r}")
    m = _DURATION.match(text)
    if m:
        return timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})
    m = _BUSINESS.match(text)
    if m and business:
        return BusinessDays(int(m.group(1)))
    allowed = '"30s", "5m", "3h", "2d"' + (' or "5 business days"' if business else "")
    raise ValueError(f"{text!r} is not a duration; write it like {allowed}")


@dataclass(frozen=True)
class UserConfig:
    name: str = ""
    email: tuple[str, ...] = ()  # the user's own addresses, lower-cased
    timezone: str = ""  # IANA zone; "" = the system's (resolved at load)
    country: str | None = None  # holidays of this country are not business days
    subdivision: str | None = None  # e.g. "CA" with country "US", "BY" with "DE"
    signature: str = ""


@dataclass(frozen=True)
class SendWindow:
    days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    start: time = time(8, 30)
    end: time = time(18, 0)


@dataclass(frozen=True)
class ThankYouRule:
    enabled: bool = True
    delay: timedelta = timedelta(hours=3)  # after the interview's end
    latest: timedelta = timedelta(hours=24)  # if the window pushes it past end + this: end + delay
    expire_after: timedelta = timedelta(days=7)  # not drafted when first seen this late


@dataclass(frozen=True)
class CheckInRule:
    enabled: bool = True
    after_promise: Offset = BusinessDays(2)
    without_promise: Offset = BusinessDays(5)
    second_after: Offset = BusinessDays(5)
    max_count: int = 2
    close_after: Offset = BusinessDays(5)  # silence after the last check-in → closed (silent)
    expire_after: timedelta = timedelta(days=21)


@dataclass(frozen=True)
class RejectionReplyRule:
    enabled: bool = True
    delay: timedelta = timedelta(hours=2)
    expire_after: timedelta = timedelta(days=14)


@dataclass(frozen=True)
class DocumentReplyRule:
    enabled: bool = True
    delay: timedelta = timedelta(0)
    warn_before: timedelta = timedelta(hours=48)
    expire_after: timedelta = timedelta(days=14)


@dataclass(frozen=True)
class Rules:
    thank_you: ThankYouRule = ThankYouRule()
    check_in: CheckInRule = CheckInRule()
    rejection_reply: RejectionReplyRule = RejectionReplyRule()
    document_reply: DocumentReplyRule = DocumentReplyRule()


@dataclass(frozen=True)
class SyncConfig:
    interval: timedelta = timedelta(minutes=5)
    lookback: timedelta = timedelta(days=60)


@dataclass(frozen=True)
class Folders:
    inbox: str = "INBOX"
    sent: str = "Sent"
    drafts: str = "Drafts"
    watch: tuple[str, ...] = ()


@dataclass(frozen=True)
class AccountConfig:
    name: str
    provider: str  # gmail | outlook | local
    # local
    maildir: str | None = None
    folders: Folders = Folders()
    calendar_dir: str | None = None
    # gmail / outlook
    calendars: tuple[str, ...] = ("primary",)
    endpoints: dict[str, str] = field(default_factory=dict)
    client_id: str | None = None
    tenant: str = "common"
    watch_folders: tuple[str, ...] = ()  # outlook: extra mail folders


@dataclass(frozen=True)
class Paths:
    config_file: str
    config_dir: str  # where templates/ overrides live
    data_dir: str  # the database lives here

    @property
    def database(self) -> str:
        import os

        return os.path.join(self.data_dir, "followupd.db")

    @property
    def templates_dir(self) -> str:
        import os

        return os.path.join(self.config_dir, "templates")


@dataclass(frozen=True)
class Config:
    user: UserConfig
    accounts: tuple[AccountConfig, ...]
    paths: Paths
    send_window: SendWindow = SendWindow()
    rules: Rules = Rules()
    sync: SyncConfig = SyncConfig()
