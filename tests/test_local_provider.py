"""The local provider on a temporary Maildir tree and a vdirsyncer-style calendar folder."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from itertools import count
from pathlib import Path

import pytest

from followupd.config import AccountConfig, Folders
from followupd.drafts.hashing import content_hash_of_raw
from followupd.errors import CursorExpired, ProviderError
from followupd.model import Address, OutgoingDraft
from followupd.providers.base import provider_class
from followupd.providers.local import LocalProvider

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
SINCE = NOW - timedelta(days=60)
_n = count(1)


def never_seen(uid: str) -> bool:
    return False


class Box:
    """A Maildir tree as mbsync writes it, and a calendar folder."""

    def __init__(self, root: Path):
        self.root = root
        for folder in ("INBOX", "Sent", "Jobs"):
            for sub in ("cur", "new", "tmp"):
                (root / "mail" / folder / sub).mkdir(parents=True, exist_ok=True)
        (root / "cal").mkdir()
        self.account = AccountConfig(
            name="home",
            provider="local",
            maildir=str(root / "mail"),
            folders=Folders(watch=("Jobs",)),
            calendar_dir=str(root / "cal"),
        )
        self.provider = LocalProvider(self.account, user_emails=("alex@example.com",), default_tz="Europe/Paris")

    def message(self, subject="Next steps", date=NOW - timedelta(days=1), frm="Ann Lee <ann@acme.com>", headers=None) -> bytes:
        m = EmailMessage()
        m["From"] = frm
        m["To"] = "Alex Morgan <alex@example.com>"
        m["Subject"] = subject
        if date is not None:
            m["Date"] = format_datetime(date)
        m["Message-ID"] = f"<{next(_n)}@acme.com>"
        for k, v in (headers or {}).items():
            m[k] = v
        m.set_content(f"Hello Alex,\n\n{subject}.\n\nAnn\n")
        return m.as_bytes()

    def deliver(self, data: bytes, folder="INBOX", sub="new", flags="", mtime: datetime | None = None) -> str:
        key = f"1700000000.M{next(_n)}P1.host"
        name = key + (f":2,{flags}" if sub == "cur" else "")
        path = self.root / "mail" / folder / sub / name
        path.write_bytes(data)
        if mtime is not None:
            os.utime(path, (mtime.timestamp(), mtime.timestamp()))
        return key

    def files(self, *folders: str) -> dict[str, str]:
        """name → sha256 of every file under these folders."""
        out = {}
        for folder in folders:
            for p in sorted((self.root / "mail" / folder).rglob("*")):
                if p.is_file():
                    out[str(p.relative_to(self.root))] = hashlib.sha256(p.read_bytes()).hexdigest()
        return out

    def ics(self, name: str, uid: str, start: str = "20260312T140000Z", sequence: int = 0, summary="Interview: Acme") -> Path:
        text = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20260301T000000Z\r\nDTSTART:{start}\r\n"
            f"DURATION:PT1H\r\nSEQUENCE:{sequence}\r\nSUMMARY:{summary}\r\n"
            "ORGANIZER;CN=Ann Lee:mailto:ann@acme.com\r\n"
            "ATTENDEE;CN=Bob Park:mailto:bob@acme.com\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        path = self.root / "cal" / name
        path.write_text(text, newline="")
        return path


@pytest.fixture
def box(tmp_path):
    return Box(tmp_path)


def draft(key="thank_you:acme.com/_:evt1:bob@acme.com", body="Thank you for your time today.") -> OutgoingDraft:
    m = EmailMessage()
    m["From"] = "Alex Morgan <alex@example.com>"
    m["To"] = "Bob Park <bob@acme.com>"
    m["Subject"] = "Thank you"
    m["X-Followupd-Key"] = key
    m.set_content(f"Hi Bob,\n\n{body}\n\nAlex\n")
    raw = m.as_bytes()
    return OutgoingDraft(
        key=key, account="home", raw=raw, subject="Thank you", to=(Address("bob@acme.com"),),
        thread_id=None, in_reply_to=None, content_hash=content_hash_of_raw(raw)[0],
    )


# -- mail ---------------------------------------------------------------------------------------


def test_the_provider_is_found_by_name():
    assert provider_class("local") is LocalProvider


def test_first_sync_returns_inbox_sent_and_watched_mail_with_folder_uids(box):
    a = box.deliver(box.message("Interview invitation"))
    b = box.deliver(box.message("Re: Interview"), "Sent", "cur", "S")
    c = box.deliver(box.message("Job alert"), "Jobs", "cur", "RS")
    batch = box.provider.sync_mail(None, since=SINCE, seen=never_seen)
    got = {(m.uid, m.folder) for m in batch.messages}
    assert got == {(f"INBOX/{a}", "inbox"), (f"Sent/{b}", "sent"), (f"Jobs/{c}", "watch")}
    assert batch.full and batch.cursor
    raw = next(m.raw for m in batch.messages if m.uid == f"INBOX/{a}")
    assert b"Interview invitation" in raw
    assert all(m.thread_id is None for m in batch.messages)


def test_first_sync_skips_mail_dated_before_the_lookback(box):
    box.deliver(box.message("old", date=SINCE - timedelta(days=1)))
    recent = box.deliver(box.message("recent", date=SINCE + timedelta(hours=1)))
    undated_old = box.deliver(box.message("undated, old file", date=None), mtime=SINCE - timedelta(days=3))
    undated_new = box.deliver(box.message("undated, new file", date=None), mtime=NOW)
    uids = {m.uid for m in box.provider.sync_mail(None, since=SINCE, seen=never_seen).messages}
    assert uids == {f"INBOX/{recent}", f"INBOX/{undated_new}"}
    assert f"INBOX/{undated_old}" not in uids


def test_seen_mail_is_not_read_again_and_the_cursor_returns_only_new_arrivals(box):
    box.deliver(box.message("old", date=SINCE - timedelta(days=1)), mtime=NOW - timedelta(days=1))
    first = box.provider.sync_mail(None, since=SINCE, seen=never_seen)
    stored = {m.uid for m in first.messages}
    assert len(stored) == 0
    a = box.deliver(box.message("new"), mtime=NOW)
    # A message that was moved into a watched folder today keeps its old Date: it still counts.
    b = box.deliver(box.message("forwarded old", date=SINCE - timedelta(days=30)), "Jobs", mtime=NOW)
    second = box.provider.sync_mail(first.cursor, since=NOW, seen=stored.__contains__)
    assert {m.uid for m in second.messages} == {f"INBOX/{a}", f"Jobs/{b}"}
    assert not second.full
    stored |= {m.uid for m in second.messages}
    assert box.provider.sync_mail(second.cursor, since=NOW, seen=stored.__contains__).messages == []


def test_a_uid_survives_the_move_from_new_to_cur_and_a_flag_change(box):
    key = box.deliver(box.message())
    [m] = box.provider.sync_mail(None, since=SINCE, seen=never_seen).messages
    inbox = box.root / "mail" / "INBOX"
    os.rename(inbox / "new" / key, inbox / "cur" / f"{key}:2,RS")
    batch = box.provider.sync_mail(None, since=SINCE, seen=never_seen)
    assert [x.uid for x in batch.messages] == [m.uid]


def test_a_broken_cursor_asks_for_a_re_sync(box):
    with pytest.raises(CursorExpired):
        box.provider.sync_mail("nonsense", since=SINCE, seen=never_seen)


def test_a_file_that_vanishes_mid_listing_is_skipped_not_fatal(box):
    a = box.deliver(box.message("stays"))
    b = box.deliver(box.message("vanishes"))
    gone = box.root / "mail" / "INBOX" / "new" / b

    def seen(uid: str) -> bool:  # the user's client expunges b while we list
        if gone.exists():
            gone.unlink()
        return False

    batch = box.provider.sync_mail(None, since=SINCE, seen=seen)
    assert [m.uid for m in batch.messages] == [f"INBOX/{a}"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_is_skipped_and_tried_again(box):
    key = box.deliver(box.message())
    path = box.root / "mail" / "INBOX" / "new" / key
    path.chmod(0)
    try:
        assert box.provider.sync_mail(None, since=SINCE, seen=never_seen).messages == []
    finally:
        path.chmod(0o600)
    assert len(box.provider.sync_mail(None, since=SINCE, seen=never_seen).messages) == 1


def test_a_missing_inbox_is_an_error_and_a_missing_watched_folder_is_skipped(box):
    shutil.rmtree(box.root / "mail" / "Jobs")
    box.deliver(box.message())
    assert len(box.provider.sync_mail(None, since=SINCE, seen=never_seen).messages) == 1
    shutil.rmtree(box.root / "mail" / "INBOX")
    with pytest.raises(ProviderError, match="INBOX"):
        box.provider.sync_mail(None, since=SINCE, seen=never_seen)


def test_the_users_mail_is_never_modified(box):
    for i in range(5):
        box.deliver(box.message(f"in {i}"))
        box.deliver(box.message(f"in cur {i}"), sub="cur", flags="S")
        box.deliver(box.message(f"sent {i}"), "Sent", "cur", "S")
    (box.root / "mail" / "INBOX" / "tmp" / "half-delivered").write_bytes(b"From: x\n")
    users_draft = box.root / "mail" / "Drafts"
    for sub in ("cur", "new", "tmp"):
        (users_draft / sub).mkdir(parents=True)
    box.deliver(box.message("my own draft"), "Drafts", "cur", "DS")
    box.ics("a.ics", "evt-a")
    before = box.files("INBOX", "Sent", "Jobs")
    drafts_before = box.files("Drafts")
    p = box.provider
    cursor = None
    for _ in range(3):
        cursor = p.sync_mail(cursor, since=SINCE, seen=never_seen).cursor
        p.sync_calendar(None, since=SINCE, until=NOW + timedelta(days=30))
        copy = p.create_draft(draft())
        p.find_drafts(draft().key)
        p.get_draft(copy.draft_id)
        p.delete_draft(copy.draft_id)
        for user_id in [n.split(":")[0] for n in os.listdir(users_draft / "cur")]:
            with pytest.raises(ProviderError):
                p.delete_draft(user_id)
    p.close()
    assert box.files("INBOX", "Sent", "Jobs") == before
    assert box.files("Drafts") == drafts_before


# -- drafts ---------------------------------------------------------------------------------------


def test_a_draft_lands_in_drafts_cur_with_the_draft_flag_and_private_mode(box):
    d = draft()
    copy = box.provider.create_draft(d)
    [name] = os.listdir(box.root / "mail" / "Drafts" / "cur")
    assert name == f"{copy.draft_id}:2,DS"
    assert os.listdir(box.root / "mail" / "Drafts" / "tmp") == []
    path = box.root / "mail" / "Drafts" / "cur" / name
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert copy.key == d.key and copy.content_hash == d.content_hash
    assert box.provider.get_draft(copy.draft_id) == copy


def test_a_draft_the_user_edited_has_another_hash(box):
    copy = box.provider.create_draft(draft())
    path = box.root / "mail" / "Drafts" / "cur" / f"{copy.draft_id}:2,DS"
    path.write_bytes(path.read_bytes().replace(b"your time today", b"your time yesterday"))
    again = box.provider.get_draft(copy.draft_id)
    assert again.key == copy.key and again.content_hash != copy.content_hash


def test_a_draft_the_user_deleted_or_trashed_is_gone(box):
    p = box.provider
    deleted, trashed = p.create_draft(draft("k1")), p.create_draft(draft("k2"))
    cur = box.root / "mail" / "Drafts" / "cur"
    (cur / f"{deleted.draft_id}:2,DS").unlink()
    os.rename(cur / f"{trashed.draft_id}:2,DS", cur / f"{trashed.draft_id}:2,DST")
    assert p.get_draft(deleted.draft_id) is None
    assert p.get_draft(trashed.draft_id) is None
    assert p.find_drafts("k2") == []


def test_find_drafts_follows_a_draft_the_client_resaved_under_a_new_name(box):
    p = box.provider
    copy = p.create_draft(draft("k1"))
    p.create_draft(draft("k2"))
    cur = box.root / "mail" / "Drafts" / "cur"
    os.rename(cur / f"{copy.draft_id}:2,DS", cur / "1800000000.M1P2.laptop:2,DS")
    found = p.find_drafts("k1")
    assert [(c.draft_id, c.key, c.content_hash) for c in found] == [
        ("1800000000.M1P2.laptop", "k1", copy.content_hash)
    ]


def test_delete_draft_removes_only_followupds_own_drafts(box):
    p = box.provider
    copy = p.create_draft(draft())
    p.delete_draft(copy.draft_id)
    assert p.get_draft(copy.draft_id) is None
    p.delete_draft(copy.draft_id)  # already gone: nothing to do
    mine = box.deliver(box.message("my draft"), "Drafts", "cur", "DS")
    with pytest.raises(ProviderError, match="refusing"):
        p.delete_draft(mine)
    assert os.path.exists(box.root / "mail" / "Drafts" / "cur" / f"{mine}:2,DS")


# -- calendar -------------------------------------------------------------------------------------


def _cal(box, cursor):
    return box.provider.sync_calendar(cursor, since=SINCE, until=NOW + timedelta(days=90))


def test_first_calendar_sync_returns_events_in_the_window_and_then_nothing(box):
    box.ics("a.ics", "evt-a")
    box.ics("old.ics", "evt-old", start="20250101T100000Z")
    first = _cal(box, None)
    assert [e.uid for e in first.events] == ["evt-a"]
    ev = first.events[0]
    assert ev.start == datetime(2026, 3, 12, 14, tzinfo=timezone.utc) and ev.end - ev.start == timedelta(hours=1)
    assert first.full
    second = _cal(box, first.cursor)
    assert second.events == [] and not second.full


def test_a_changed_file_is_read_again(box):
    path = box.ics("a.ics", "evt-a")
    cursor = _cal(box, None).cursor
    box.ics("a.ics", "evt-a", start="20260313T140000Z", sequence=1, summary="Interview: Acme (moved)")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    [ev] = _cal(box, cursor).events
    assert (ev.sequence, ev.summary) == (1, "Interview: Acme (moved)")


def test_a_deleted_file_cancels_its_events(box):
    path = box.ics("a.ics", "evt-a", sequence=2)
    cursor = _cal(box, None).cursor
    path.unlink()
    batch = _cal(box, cursor)
    [ev] = batch.events
    assert (ev.uid, ev.sequence, ev.cancelled) == ("evt-a", 2, True)
    assert _cal(box, batch.cursor).events == []


def test_a_file_that_does_not_parse_is_reported_once_until_it_changes(box):
    box.ics("a.ics", "evt-a")
    bad = box.root / "cal" / "bad.ics"
    bad.write_text("this is not a calendar")
    first = _cal(box, None)
    assert [e.uid for e in first.events] == ["evt-a"]
    assert [name for name, _ in box.provider.problems] == ["bad.ics"]
    second = _cal(box, first.cursor)
    assert second.events == [] and box.provider.problems == []
    box.ics("bad.ics", "evt-fixed")
    assert [e.uid for e in _cal(box, second.cursor).events] == ["evt-fixed"]


def test_no_calendar_folder_means_no_events(box, tmp_path):
    p = LocalProvider(AccountConfig(name="x", provider="local", maildir=str(box.root / "mail")))
    assert p.sync_calendar(None, since=SINCE, until=NOW).events == []


def test_a_broken_calendar_cursor_asks_for_a_re_sync(box):
    with pytest.raises(CursorExpired):
        _cal(box, '{"files": 3}')
