"""The outlook provider against the fake Graph (tests/fake_graph.py): delta sync, calendar view,
drafts, and the no-send guard. The engine-level fault tests are in test_outlook_faults.py."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import fake_graph  # noqa: F401 - registers the outlook backend
from test_scenarios import RECRUITER, interview, invitation
from world import USER, World, ics_event

from followupd.errors import CursorExpired, ProviderError, SendForbidden
from followupd.model import Address, Kind, OutgoingDraft
from followupd.drafts.hashing import content_hash
from followupd.providers.graph_http import make_retry
from followupd.providers.outlook import OutlookProvider

NY = ZoneInfo("America/New_York")


@pytest.fixture
def w(tmp_path):
    w = World(tmp_path, start=datetime(2026, 3, 2, 8, 0, tzinfo=NY), backend="outlook")
    yield w
    w.close()  # fails the test on any tripwire (send endpoint, PATCH/DELETE of user mail)


def provider(w: World, **kw) -> OutlookProvider:
    kw.setdefault("retry", make_retry(backoff=0.01))
    return OutlookProvider(w.config.accounts[0], w.config, **kw)


def since(w: World) -> datetime:
    return w.t - timedelta(days=60)


def mail(w: World, subject: str, folder: str = "INBOX", **kw) -> None:
    kw.setdefault("frm", RECRUITER)
    w.deliver(w.mail(subject=subject, body=kw.pop("body", "Hello Alex"), **kw), folder)


# -- mail ---------------------------------------------------------------------------------------


def test_first_sync_reads_inbox_sent_and_watched_folders_within_the_lookback(w):
    g = w.backend.graph
    w.t = w.at(2025, 12, 1, 9, 0)
    mail(w, "Interview, too old")  # received before the lookback window
    w.t = w.at(2026, 3, 1, 9, 0)
    mail(w, "Interview in the inbox")
    mail(w, "Weekly digest", frm="News <news@digest.example>")  # not a candidate: not fetched
    mail(w, "Lunch?")  # from the employer the interview came from: fetched
    mail(w, "filed by a rule", folder="Jobs")
    w.send(to=RECRUITER, subject="sent by the user", body="Hi")  # to that employer: fetched
    w.send(to="Bob <bob@friends.example>", subject="Dinner", body="Hi")  # not fetched
    p = provider(w)
    batch = p.sync_mail(None, since=since(w), seen=lambda uid: False)
    got = {json.dumps([m.folder, m.raw.split(b"Subject: ")[1].split(b"\n")[0].decode()])
           for m in batch.messages}
    assert got == {json.dumps(x) for x in (
        ["inbox", "Interview in the inbox"], ["inbox", "Lunch?"], ["watch", "filed by a rule"],
        ["sent", "sent by the user"])}
    assert batch.full and batch.drafts_changed
    # Each message is fetched once, as MIME; the delta asks only for the fields it uses.
    assert len(g.requests("GET", r"/\$value$")) == 4
    first = g.requests("GET", r"/inbox/messages/delta$")[0]
    assert first["query"]["$filter"].startswith("receivedDateTime ge ")
    assert set(first["query"]["$select"].split(",")) == {
        "id", "conversationId", "internetMessageId", "receivedDateTime", "isDraft", "subject",
        "bodyPreview", "from", "toRecipients", "hasAttachments"}
    assert "odata.maxpagesize=" in first["prefer"]
    # thread id = conversationId
    by_id = g.messages
    assert all(m.thread_id == by_id[m.uid]["conversationId"] for m in batch.messages)
    p.close()


def test_delta_pages_are_followed_through_empty_pages_and_replays(w):
    g = w.backend.graph
    g.page_cap, g.empty_pages, g.replays = 2, True, True
    w.t = w.at(2026, 3, 1, 9, 0)
    for n in range(7):
        mail(w, f"Interview slot {n}")
    p = provider(w)
    batch = p.sync_mail(None, since=since(w), seen=lambda uid: False)
    assert len(batch.messages) == 7 == len({m.uid for m in batch.messages})
    inbox = g.folder("inbox")
    links = g.requests("GET", rf"/(inbox|{inbox})/messages/delta$")
    assert any("$skiptoken" in r["query"] for r in links)  # reshaped links, followed verbatim
    assert len(links) >= 5  # an empty first page, then 2 per page with a replayed item
    cursor = json.loads(batch.cursor)["links"]
    assert cursor["inbox"].startswith(g.url) and "$deltatoken=" in cursor["inbox"]
    # Next round: only what changed, the removed ones ignored.
    w.t = w.at(2026, 3, 1, 10, 0)
    mail(w, "one more")
    g.user_deletes(batch.messages[0].uid)  # the user deletes a message: not our business
    seen = {m.uid for m in batch.messages}
    nxt = p.sync_mail(batch.cursor, since=since(w), seen=seen.__contains__)
    assert [b"one more" in m.raw for m in nxt.messages] == [True]
    assert not nxt.full and not nxt.drafts_changed
    p.close()


def test_a_rejected_delta_token_is_cursor_expired(w):
    g = w.backend.graph
    p = provider(w)
    batch = p.sync_mail(None, since=since(w), seen=lambda uid: False)
    for mode in ("410", "syncStateNotFound", "resyncRequired"):
        g.reject_delta_tokens(mode)
        with pytest.raises(CursorExpired):
            p.sync_mail(batch.cursor, since=since(w), seen=lambda uid: False)
        batch = p.sync_mail(None, since=since(w), seen=lambda uid: False)
    gone = [r for r in g.log if r["status"] == 410]
    assert gone  # 410 Gone, with a Location
    p.close()


def test_an_idle_sync_is_one_request_per_delta_source(w):
    g = w.backend.graph
    p = provider(w)
    until = w.t + timedelta(days=120)
    mb = p.sync_mail(None, since=since(w), seen=lambda uid: False)
    cb = p.sync_calendar(None, since=since(w), until=until)
    before, grants = len(g.log), len(w.backend.authority.log)
    mb2 = p.sync_mail(mb.cursor, since=since(w), seen=lambda uid: True)
    cb2 = p.sync_calendar(cb.cursor, since=since(w), until=until)
    idle = g.log[before:]
    # inbox, sent items, the watched folder, drafts, the calendar view: one each.
    assert len(idle) == 5, [r["path"] for r in idle]
    assert mb2.messages == [] and cb2.events == [] and not mb2.drafts_changed
    assert len(w.backend.authority.log) == grants  # the cached token served
    p.close()


def test_send_endpoints_are_refused_before_anything_leaves(w):
    g = w.backend.graph
    p = provider(w)
    before = len(g.log)
    for path in ("/me/sendMail", "/me/messages/AAMk1/send", "/me/messages/AAMk1/reply",
                 "/me/messages/AAMk1/replyAll", "/me/messages/AAMk1/forward",
                 "/me/messages/AAMk1/move"):
        with pytest.raises(SendForbidden):
            p.graph.request("POST", path, json={})
    assert len(g.log) == before
    p.close()


# -- calendar -----------------------------------------------------------------------------------


def test_calendar_view_delta_gives_events_in_utc_with_people_and_cancellations(w):
    g = w.backend.graph
    tokyo = ZoneInfo("Asia/Tokyo")
    w.put_event("tk", ics_event("tk@corp.example", datetime(2026, 3, 4, 9, 0, tzinfo=tokyo),
                                datetime(2026, 3, 4, 10, 0, tzinfo=tokyo), summary="Interview",
                                organizer=("Kenji Sato", "kenji@corp.example"),
                                attendees=[("Alex Morgan", USER), ("Aiko", "aiko@corp.example")],
                                description="Video call"))
    w.put_event("gone", ics_event("gone@corp.example", w.at(2026, 3, 5, 9, 0),
                                  w.at(2026, 3, 5, 10, 0), summary="Call"))
    w.put_event("far", ics_event("far@corp.example", w.at(2027, 3, 5, 9, 0),
                                 w.at(2027, 3, 5, 10, 0), summary="Out of the window"))
    p = provider(w)
    until = w.t + timedelta(days=120)
    batch = p.sync_calendar(None, since=since(w), until=until)
    req = g.requests("GET", "/calendarView/delta$")[0]
    assert 'outlook.timezone="UTC"' in req["prefer"] and "startdatetime" in req["query"]
    events = {e.uid: e for e in batch.events}
    assert set(events) == {"tk@corp.example", "gone@corp.example"}
    tk = events["tk@corp.example"]
    assert tk.start == datetime(2026, 3, 4, 0, 0, tzinfo=timezone.utc)
    assert tk.timezone == "Asia/Tokyo"  # Graph says "Tokyo Standard Time"
    assert tk.organizer == Address("kenji@corp.example", "Kenji Sato")
    assert {a.address.email for a in tk.attendees} == {USER, "aiko@corp.example"}
    assert all(a.status == "accepted" for a in tk.attendees)
    assert tk.description == "Video call"
    # A cancellation and a removal both come back cancelled; a change far outside is ignored.
    w.put_event("tk", ics_event("tk@corp.example", datetime(2026, 3, 4, 9, 0, tzinfo=tokyo),
                                datetime(2026, 3, 4, 10, 0, tzinfo=tokyo), summary="Interview",
                                status="CANCELLED", sequence=1))
    w.remove_event("gone")
    w.remove_event("far")
    nxt = p.sync_calendar(batch.cursor, since=since(w), until=until)
    assert sorted((e.uid, e.status) for e in nxt.events) == [
        ("gone@corp.example", "cancelled"), ("tk@corp.example", "cancelled")]
    assert not nxt.full
    p.close()


def test_the_calendar_window_moves_with_a_new_first_round(w):
    g = w.backend.graph
    p = provider(w)
    batch = p.sync_calendar(None, since=since(w), until=w.t + timedelta(days=120))
    later = w.t + timedelta(days=45)
    w.put_event("late", ics_event("late@corp.example", later + timedelta(days=119),
                                  later + timedelta(days=119, hours=1), summary="Interview"))
    nxt = p.sync_calendar(batch.cursor, since=later - timedelta(days=60),
                          until=later + timedelta(days=120))
    assert nxt.full and [e.uid for e in nxt.events] == ["late@corp.example"]
    assert len(g.requests("GET", "/calendarView/delta$")) == 2
    assert all("startdatetime" in r["query"] for r in g.requests("GET", "/calendarView/delta$"))
    p.close()


# -- drafts -------------------------------------------------------------------------------------


def _outgoing(key: str, *, in_reply_to: str | None, thread_id: str | None = None,
              to=("maya.chen@northwind-analytics.com",), subject="Re: Interview invitation",
              body="Hi Maya,\n\nThank you.\n\nAlex Morgan\n") -> OutgoingDraft:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = f"Alex Morgan <{USER}>"
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["X-Followupd-Key"] = key
    msg.set_content(body)
    return OutgoingDraft(key=key, account="home", raw=msg.as_bytes(), subject=subject,
                         to=tuple(Address(a) for a in to), thread_id=thread_id,
                         in_reply_to=in_reply_to, content_hash=content_hash(subject, to, body))


def test_a_reply_draft_is_create_reply_then_one_patch_in_the_same_conversation(w):
    g = w.backend.graph
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    p = provider(w)  # a new process: the parent is looked up by its Message-ID
    d = _outgoing("rejection_reply:northwind/_:x", in_reply_to=inv["Message-ID"])
    before = len(g.log)
    copy = p.create_draft(d)
    calls = [(r["method"], r["path"].rsplit("/", 1)[-1]) for r in g.log[before:]]
    assert calls == [("GET", "messages"), ("POST", "createReply"), ("PATCH", copy.draft_id)]
    draft = g.messages[copy.draft_id]
    parent = next(m for m in g.messages.values()
                  if m.get("internetMessageId") == inv["Message-ID"])
    assert draft["isDraft"] and draft["conversationId"] == parent["conversationId"]
    assert copy.thread_id == parent["conversationId"]
    assert draft["in_reply_to"] == inv["Message-ID"]
    assert draft["body"] == {"contentType": "text", "content": "Hi Maya,\n\nThank you.\n\nAlex Morgan\n"}
    # Read back untouched: the same hash as written; found again by its key.
    assert copy.content_hash == d.content_hash
    assert p.get_draft(copy.draft_id).content_hash == d.content_hash
    assert [c.draft_id for c in p.find_drafts(d.key)] == [copy.draft_id]
    assert p.find_drafts("thank_you:someone/else") == []
    # The user's client sees the key as a header.
    raw = w.backend.drafts()[0][1]
    assert f"X-Followupd-Key: {d.key}".encode() in raw
    p.close()


def test_a_draft_without_a_parent_is_one_post(w):
    g = w.backend.graph
    p = provider(w)
    d = _outgoing("thank_you:northwind/_:i:dana", in_reply_to=None,
                  to=("dana.reyes@northwind-analytics.com",), subject="Thank you")
    copy = p.create_draft(d)
    assert [(r["method"], r["path"]) for r in g.log[-1:]] == [("POST", "/v1.0/me/messages")]
    assert p.get_draft(copy.draft_id).content_hash == d.content_hash
    p.close()


def test_only_our_own_drafts_are_deleted_and_a_user_edit_changes_the_hash(w):
    g = w.backend.graph
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    p = provider(w)
    copy = p.create_draft(_outgoing("k:1", in_reply_to=inv["Message-ID"]))
    # The user's own message, and a user's draft, are refused without a request to delete.
    user_msg = next(m["id"] for m in g.messages.values() if not m["isDraft"])
    with pytest.raises(ProviderError):
        p.delete_draft(user_msg)
    assert not g.requests("DELETE")
    handle = w.backend.drafts()[0][0]
    w.backend.edit_draft(handle, _outgoing("k:1", in_reply_to=None, body="Mine now").raw)
    assert p.get_draft(copy.draft_id).content_hash != copy.content_hash
    p.delete_draft(copy.draft_id)
    assert w.backend.drafts() == [] and len(g.requests("DELETE")) == 1
    # A draft the user deleted (moved to Deleted Items) reads as gone.
    c2 = p.create_draft(_outgoing("k:2", in_reply_to=inv["Message-ID"]))
    w.backend.delete_draft(w.backend.drafts()[0][0])
    assert p.get_draft(c2.draft_id) is None and p.find_drafts("k:2") == []
    p.close()


def test_the_engine_files_each_reply_in_its_conversation(w):
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 10, 12, 0))
    g = w.backend.graph
    (check_in,) = w.drafts(Kind.CHECK_IN)
    draft = g.messages[check_in.path.name]
    parent = next(m for m in g.messages.values()
                  if m.get("internetMessageId") == inv["Message-ID"])
    assert draft["conversationId"] == parent["conversationId"]
    assert check_in.in_reply_to == inv["Message-ID"]
    assert not g.requests("POST", r"/(send|reply|replyAll|forward)$")
