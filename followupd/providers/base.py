"""The one interface every mail/calendar backend implements.

Glossary
--------
cursor
    An opaque string a provider returns with each batch (a Gmail ``historyId``, a Calendar
    ``syncToken``, Graph delta links, a Maildir listing digest). The engine stores it only after
    the batch has been processed and committed, and hands it back on the next pass. ``None``
    means "first sync": look back to ``since``.
seen
    A predicate the engine passes to ``sync_mail``: ``seen(uid)`` is true for a message already
    stored. A provider uses it to avoid fetching what it has (after a full re-sync especially).
draft id
    The provider's id for one of followupd's drafts (a Maildir key, a Gmail draft id ``r…``,
    a Graph message id). A provider never lists, reads or deletes a draft that is not followupd's.

Providers return followupd's own types, never SDK objects, and raise only ``followupd.errors``
(``CursorExpired`` for an invalid cursor, ``AuthExpired``, ``RateLimited``, ``ProviderError``).
No provider ever sends, moves, labels, modifies or deletes a user's message (SPEC §2.1, §2.2).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Protocol

from ..model import DraftCopy, Event, OutgoingDraft


@dataclass(frozen=True)
class RawMail:
    """One message as fetched: its provider uid, the folder role it was found in, the RFC 5322
    bytes, and the provider's thread id when it has one."""

    uid: str
    folder: str  # "inbox" | "sent" | "watch"
    raw: bytes
    thread_id: str | None = None


@dataclass(frozen=True)
class MailBatch:
    messages: list[RawMail] = field(default_factory=list)
    cursor: str | None = None
    full: bool = False  # this was a first or full re-sync
    # False when the provider knows that none of the Drafts changed since the cursor (Gmail
    # history shows every draft change): the engine then skips reading its drafts back, so an
    # idle pass costs one request per source.
    drafts_changed: bool = True


@dataclass(frozen=True)
class EventBatch:
    events: list[Event] = field(default_factory=list)  # new or changed; deleted ones cancelled
    cursor: str | None = None
    full: bool = False


class Provider(Protocol):
    account: str

    def sync_mail(
        self, cursor: str | None, *, since: datetime, seen: Callable[[str], bool]
    ) -> MailBatch:
        """Return the messages added since ``cursor`` (or, with no cursor, those dated after
        ``since``) in the inbox, sent and watched folders. Raise CursorExpired when the cursor
        is no longer valid."""
        ...

    def sync_calendar(
        self, cursor: str | None, *, since: datetime, until: datetime
    ) -> EventBatch:
        """Return the events changed since ``cursor`` (or, with none, those overlapping
        [since, until]). Raise CursorExpired when the cursor is no longer valid."""
        ...

    def create_draft(self, draft: OutgoingDraft) -> DraftCopy:
        """Write ``draft`` into the Drafts folder, threaded under ``draft.thread_id`` when set.
        Return what was written (its id, and the thread the provider filed it in)."""
        ...

    def get_draft(self, draft_id: str) -> DraftCopy | None:
        """Read one of our drafts back; None when it is gone (sent or deleted by the user)."""
        ...

    def find_drafts(self, key: str) -> list[DraftCopy]:
        """Every draft in Drafts whose X-Followupd-Key is ``key`` (after a crash, or after the
        user's client re-saved the draft under a new id)."""
        ...

    def delete_draft(self, draft_id: str) -> None:
        """Delete one of our own drafts (only ever called for an untouched, obsolete one)."""
        ...

    def close(self) -> None: ...


_PROVIDERS = {
    "local": "followupd.providers.local:LocalProvider",
    "gmail": "followupd.providers.gmail:GmailProvider",
    "outlook": "followupd.providers.outlook:OutlookProvider",
}


def provider_class(name: str) -> type:
    """Import a provider by name, lazily (an Outlook user never imports Google's libraries)."""
    module, _, attr = _PROVIDERS[name].partition(":")
    return getattr(importlib.import_module(module), attr)
