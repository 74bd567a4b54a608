"""The ``local`` provider: a Maildir tree (as mbsync or offlineimap lay it out) and a folder of
``.ics`` files (as vdirsyncer lays it out).

Layout: ``account.maildir`` holds one Maildir per folder (``INBOX/{cur,new,tmp}``, ``Sent/…``,
``Drafts/…``), named by ``account.folders``.

uid
    ``"{folder}/{maildir key}"``, e.g. ``INBOX/1714640000.M12P34.host``. The key is the file
    name before ``:2,…``, so it survives the move from new/ to cur/ and flag changes.
mail cursor
    ``"v1:{floor}:{newest mtime_ns}"``: the lookback floor of the first sync and the newest file
    seen. A file newer than that is a new arrival and is returned whatever its Date; an older
    unseen file is returned only when dated after the floor. The real de-duplication is the
    engine's ``seen``.
calendar cursor
    JSON ``{"files": {name: [mtime_ns, size, [[uid, recurrence_id, start, end, sequence], …]]}}``:
    a file whose (mtime, size) changed is read again, a file that vanished cancels its events.
draft id
    The Maildir key of a file in Drafts.

The user's folders are only ever read: opened ``rb``, never renamed, flagged or cleaned
(SPEC §2.2). The only writes are followupd's own drafts in Drafts (created if missing), and a
draft is deleted only when it carries ``X-Followupd-Key``. A file that cannot be read (gone
mid-listing, permissions) is skipped for this pass and tried again on the next.
"""

from __future__ import annotations

import email.parser
import email.policy
import email.utils
import json
import logging
import mailbox
import os
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Callable, Iterator

from ..drafts.hashing import content_hash_of_raw
from ..errors import CursorExpired, ParseError, ProviderError
from ..model import DraftCopy, Event, OutgoingDraft
from .base import EventBatch, MailBatch, RawMail

if TYPE_CHECKING:
    from ..config import AccountConfig, Config

log = logging.getLogger(__name__)

_HEAD_BYTES = 64 * 1024  # enough for any header block we need (Date, X-Followupd-Key)


class LocalProvider:
    def __init__(
        self,
        account: AccountConfig,
        user_emails: frozenset[str] | tuple[str, ...] = (),
        default_tz: str | None = None,
    ):
        if not account.maildir:
            raise ProviderError(f"account {account.name!r} has no maildir")
        self.account = account.name
        self.config = account
        self.user_emails = frozenset(e.lower() for e in user_emails)
        self.default_tz = default_tz
        self.root = account.maildir
        # (uid or file name, error) of what could not be read in the last sync_calendar.
        self.problems: list[tuple[str, str]] = []

    @classmethod
    def from_config(cls, account: AccountConfig, config: Config) -> LocalProvider:
        return cls(account, user_emails=config.user.email, default_tz=config.user.timezone)

    @classmethod
    def auth_health(cls, account: AccountConfig, config: Config) -> tuple[bool, str]:
        """A Maildir needs no sign-in; say whether its folders are there."""
        inbox = os.path.join(os.path.expanduser(account.maildir or ""), account.folders.inbox)
        if not os.path.isdir(inbox):
            return False, f"no Maildir folder at {inbox}; check accounts.{account.name}.maildir"
        return True, "no sign-in needed"

    def close(self) -> None:
        pass

    # -- mail --------------------------------------------------------------------------------

    def _folder(self, name: str, *, create: bool = False) -> mailbox.Maildir:
        # factory=None: keys and files only; never Maildir.clean(), which deletes tmp/ files.
        return mailbox.Maildir(os.path.join(self.root, name), factory=None, create=create)

    def _watched(self) -> Iterator[tuple[str, str, mailbox.Maildir]]:
        folders = self.config.folders
        roles = [(folders.inbox, "inbox"), (folders.sent, "sent")]
        roles += [(w, "watch") for w in folders.watch]
        for name, role in roles:
            try:
                yield name, role, self._folder(name)
            except mailbox.NoSuchMailboxError:
                if role == "inbox":
                    raise ProviderError(
                        f"account {self.account!r}: there is no Maildir at "
                        f"{os.path.join(self.root, name)}; check its maildir and folders.inbox"
                    ) from None
                log.warning("account %s: no Maildir folder %r; skipped", self.account, name)

    def sync_mail(
        self, cursor: str | None, *, since: datetime, seen: Callable[[str], bool]
    ) -> MailBatch:
        """Every message of the inbox, sent and watched folders that is not ``seen``; with no
        cursor only those dated (Date header, else file time) at or after ``since``."""
        if cursor is None:
            floor, newest = since.timestamp(), None
        else:
            floor, newest = _parse_mail_cursor(cursor)
        out: list[RawMail] = []
        top = newest or 0
        for name, role, md in self._watched():
            for key, path in _listing(md):
                try:
                    mtime = os.stat(path).st_mtime_ns
                except OSError:
                    continue  # moved or deleted mid-listing: the next pass sees where it went
                top = max(top, mtime)
                uid = f"{name}/{key}"
                if seen(uid):
                    continue
                try:
                    if newest is None or mtime <= newest:
                        if _message_time(path, mtime) < floor:
                            continue
                    with open(path, "rb") as f:
                        raw = f.read()
                except OSError as e:
                    log.info("account %s: cannot read %s (%s); will retry", self.account, uid, e)
                    continue
                out.append(RawMail(uid=uid, folder=role, raw=raw))
        return MailBatch(messages=out, cursor=f"v1:{floor!r}:{top}", full=cursor is None)

    # -- calendar ----------------------------------------------------------------------------

    def sync_calendar(self, cursor: str | None, *, since: datetime, until: datetime) -> EventBatch:
        """Events of new or changed ``.ics`` files (with no cursor: those overlapping
        [since, until]); the events of a vanished file come back cancelled. A file that does
        not parse is recorded in ``problems`` and not read again until it changes."""
        self.problems = []
        folder = self.config.calendar_dir
        if not folder:
            return EventBatch(events=[], cursor=cursor)
        old = _parse_calendar_cursor(cursor) if cursor is not None else {}
        files: dict[str, list] = {}
        events: list[Event] = []
        try:
            names = sorted(n for n in os.listdir(folder) if n.endswith(".ics"))
        except FileNotFoundError:
            names = []
            log.warning("account %s: no calendar folder %s", self.account, folder)
        except OSError as e:
            raise ProviderError(f"account {self.account!r}: cannot list {folder}: {e}") from e
        for name in names:
            path = os.path.join(folder, name)
            try:
                st = os.stat(path)
                stamp = [st.st_mtime_ns, st.st_size]
                if name in old and old[name][:2] == stamp:
                    files[name] = old[name]
                    continue
                with open(path, "rb") as f:
                    data = f.read()
            except OSError as e:
                if name in old and os.path.exists(path):
                    files[name] = old[name]  # unreadable for now: keep what we knew
                log.info("account %s: cannot read %s (%s); will retry", self.account, name, e)
                continue
            try:
                parsed = _parse_ics(data, self.default_tz)
            except ParseError as e:
                self.problems.append((name, str(e)))
                files[name] = [*stamp, old[name][2] if name in old else []]
                continue
            files[name] = [*stamp, [_summary(ev) for ev in parsed]]
            # An event that left a file that is still there was removed from it.
            now_in = {(ev.uid, ev.recurrence_id) for ev in parsed}
            events += [_cancelled(s) for s in old.get(name, [0, 0, []])[2] if (s[0], s[1]) not in now_in]
            if cursor is None:
                parsed = [ev for ev in parsed if ev.end >= since and ev.start <= until]
            events += parsed
        for name, entry in old.items():
            if name not in files and name not in names:
                events += [_cancelled(s) for s in entry[2]]
        return EventBatch(
            events=events,
            cursor=json.dumps({"files": files}, sort_keys=True, separators=(",", ":")),
            full=cursor is None,
        )

    # -- drafts ------------------------------------------------------------------------------

    def _drafts(self) -> mailbox.Maildir:
        return self._folder(self.config.folders.drafts, create=True)

    def create_draft(self, draft: OutgoingDraft) -> DraftCopy:
        """Write ``draft.raw`` into Drafts (tmp/ then a rename into cur/, flags ``DS``)."""
        md = self._drafts()
        msg = mailbox.MaildirMessage(draft.raw)
        msg.set_subdir("cur")
        msg.set_flags("DS")
        try:
            key = md.add(msg)
            os.chmod(os.path.join(md._path, md._lookup(key)), 0o600)  # mail stays private
        except OSError as e:
            raise ProviderError(f"account {self.account!r}: cannot write a draft: {e}") from e
        digest, found_key = content_hash_of_raw(draft.raw)
        return DraftCopy(draft_id=key, key=found_key, content_hash=digest)

    def get_draft(self, draft_id: str) -> DraftCopy | None:
        """The draft with this key, or None when it is gone or the user trashed it."""
        md = self._drafts()
        try:
            sub = md._lookup(draft_id)
        except KeyError:
            return None
        return self._read_draft(draft_id, os.path.join(md._path, sub))

    def find_drafts(self, key: str) -> list[DraftCopy]:
        out = []
        for draft_id, path in _listing(self._drafts()):
            try:
                if _header(path, "X-Followupd-Key") != key:
                    continue
            except OSError:
                continue
            copy = self._read_draft(draft_id, path)
            if copy is not None:
                out.append(copy)
        return out

    def delete_draft(self, draft_id: str) -> None:
        """Delete one of followupd's drafts. A draft without X-Followupd-Key is the user's:
        refuse (ProviderError). A draft that is already gone is fine."""
        md = self._drafts()
        try:
            path = os.path.join(md._path, md._lookup(draft_id))
            mine = _header(path, "X-Followupd-Key")
        except (KeyError, FileNotFoundError):
            return
        if not mine:
            raise ProviderError(
                f"account {self.account!r}: refusing to delete draft {draft_id}: followupd did "
                "not write it"
            )
        try:
            os.remove(path)
        except FileNotFoundError:
            pass

    def _read_draft(self, draft_id: str, path: str) -> DraftCopy | None:
        if "T" in _flags(path):
            return None  # trashed by the user, waiting to be expunged: it is deleted
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except FileNotFoundError:
            return None
        except OSError as e:
            raise ProviderError(f"account {self.account!r}: cannot read draft {draft_id}: {e}") from e
        digest, key = content_hash_of_raw(raw)
        return DraftCopy(draft_id=draft_id, key=key, content_hash=digest)


# -- helpers ------------------------------------------------------------------------------------


def _listing(md: mailbox.Maildir) -> list[tuple[str, str]]:
    """(key, path) of every message of a Maildir, read from its new/ and cur/ listing."""
    md._refresh()  # the stdlib's own listing (no lock, no write); _toc maps key → subpath
    return sorted((key, os.path.join(md._path, sub)) for key, sub in md._toc.items())


def _flags(path: str) -> str:
    name = os.path.basename(path)
    return name.split(":2,", 1)[1] if ":2," in name else ""


def _head(path: str) -> email.message.Message:
    with open(path, "rb") as f:
        head = f.read(_HEAD_BYTES)
    return email.parser.BytesParser(policy=email.policy.compat32).parsebytes(head, headersonly=True)


def _header(path: str, name: str) -> str | None:
    value = _head(path).get(name)
    return " ".join(str(value).split()) if value else None


def _message_time(path: str, mtime_ns: int) -> float:
    """The message's Date as a POSIX time; the file's time when it has none."""
    value = _header(path, "Date")
    if value:
        try:
            dt = email.utils.parsedate_to_datetime(value)
            if dt.tzinfo is None:
                dt = dt.replace(tzinfo=timezone.utc)
            return dt.timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    return mtime_ns / 1e9


def _parse_mail_cursor(cursor: str) -> tuple[float, int]:
    try:
        version, floor, newest = cursor.split(":")
        if version != "v1":
            raise ValueError(version)
        return float(floor), int(newest)
    except ValueError:
        raise CursorExpired(f"unreadable Maildir cursor {cursor!r}") from None


def _parse_calendar_cursor(cursor: str) -> dict[str, list]:
    try:
        files = json.loads(cursor)["files"]
        for entry in files.values():
            mtime, size, events = entry
            for uid, rid, start, end, seq in events:  # the shape _cancelled relies on
                datetime.fromisoformat(start), datetime.fromisoformat(end), int(seq)
        return files
    except (ValueError, KeyError, TypeError, AttributeError):
        raise CursorExpired("unreadable calendar cursor") from None


def _summary(ev: Event) -> list:
    return [ev.uid, ev.recurrence_id, ev.start.isoformat(), ev.end.isoformat(), ev.sequence]


def _cancelled(summary: list) -> Event:
    uid, rid, start, end, seq = summary
    return Event(
        uid=uid,
        recurrence_id=rid,
        start=datetime.fromisoformat(start),
        end=datetime.fromisoformat(end),
        sequence=seq,
        status="cancelled",
    )


def _parse_ics(data: bytes, default_tz: str | None) -> list[Event]:
    from ..understand.ics import parse_ics

    return parse_ics(data, default_tz)
