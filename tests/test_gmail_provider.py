"""The gmail provider against the fake Google: what it fetches, how it maps Google's JSON, how it
threads and reconciles drafts, and what it refuses to do."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import fake_google
import pytest
from world import USER, World, ics_event

from followupd.errors import ProviderError, SendForbidden
from followupd.model import Address, OutgoingDraft
from followupd.providers.gmail import event_from_json

NY = ZoneInfo("America/New_York")
T0 = datetime(2026, 3, 2, 8, 0, tzinfo=NY)


@pytest.fixture
def w(tmp_path):
    world = World(tmp_path, start=T0, backend="gmail")
    yield world
    world.close()


def _never_seen(uid: str) -> bool:
    return False


def _mail(w: World, frm: str, subject: str, body: str, when: datetime, **kw):
    w.t = when
    return w.mail(frm=frm, subject=subject, body=body, date=when, **kw)


def test_the_first_sync_searches_on_the_server_and_fetches_only_candidates(w):
    fake = w.backend.fake
    start = T0 - timedelta(days=10)
    for n in range(30):  # receipts and newsletters: never downloaded
        w.t = start + timedelta(hours=n)
        w.deliver(_mail(w, f"Shop <news{n}@shop-{n}.example>", f"Your order #{n}",
                        "Thanks for shopping with us.", w.t))
    inv = _mail(w, "Maya Chen <maya@northwind-analytics.com>", "Interview invitation",
                "We would like to invite you to an interview.", start + timedelta(days=1))
    w.deliver(inv)
    follow = _mail(w, "Maya Chen <maya@northwind-analytics.com>", "Quick question",
                   "Hi Alex, could you call me tomorrow?", start + timedelta(days=2))
    w.deliver(follow)  # no hiring word, but from a company that wrote about an interview
    w.deliver(_mail(w, "Greenhouse <no-reply@greenhouse.io>", "Thanks from Acme",
                    "We got it.", start + timedelta(days=2)))
    w.send(to="Maya Chen <maya@northwind-analytics.com>", subject="Re: Interview invitation",
           reply_to_msg=inv["Message-ID"], body="Tuesday works.", date=start + timedelta(days=3))
    w.send(to="Mum <mum@example.org>", subject="Sunday", body="See you!",
           date=start + timedelta(days=3))
    w.send(to="Dana <dana@northwind-analytics.com>", subject="Hello",
           body="Nice to meet you.", date=start + timedelta(days=4))
    fake.reset_log()
    w.t = T0
    p = w.engine.provider("home")
    batch = p.sync_mail(None, since=T0 - timedelta(days=60), seen=_never_seen)
    subjects = sorted(fake.messages[m.uid].header("Subject") for m in batch.messages)
    assert subjects == ["Hello", "Interview invitation", "Quick question",
                        "Re: Interview invitation", "Thanks from Acme"]
    assert {m.folder for m in batch.messages} == {"inbox", "sent"}
    raw_gets = [c for c in fake.calls() if c.name == "messages.get"
                and c.query.get("format") == "raw"]
    assert len(raw_gets) == 5  # full messages only for the candidates
    metadata = [c for c in fake.calls() if c.query.get("format") == "metadata"]
    assert len(metadata) == 2  # the two sent messages outside candidate threads
    assert all(c.inner for c in raw_gets + metadata)  # batched
    assert {c.path for c in fake.calls(inner=False) if c.api == "batch"} == {"/batch/gmail/v1"}
    assert json.loads(batch.cursor)["historyId"]


def test_history_brings_new_mail_and_says_whether_drafts_changed(w):
    p = w.engine.provider("home")
    first = p.sync_mail(None, since=T0 - timedelta(days=60), seen=_never_seen)
    w.deliver(_mail(w, "Bob <bob@acme.example>", "Lunch?", "Lunch on Friday?", T0))
    batch = p.sync_mail(first.cursor, since=T0, seen=_never_seen)
    assert [m.folder for m in batch.messages] == ["inbox"]  # incremental: everything new
    assert batch.drafts_changed is False
    draft = OutgoingDraft(key="k1", account="home", raw=_draft_raw("k1", "Hello"),
                          subject="Hello", to=(Address("x@acme.example"),), thread_id=None,
                          in_reply_to=None, content_hash="")
    p.create_draft(draft)
    again = p.sync_mail(batch.cursor, since=T0, seen=_never_seen)
    assert again.messages == [] and again.drafts_changed is True


def test_an_expired_history_id_is_cursor_expired(w):
    from followupd.errors import CursorExpired

    p = w.engine.provider("home")
    first = p.sync_mail(None, since=T0 - timedelta(days=60), seen=_never_seen)
    w.backend.fake.expire_history()
    with pytest.raises(CursorExpired):
        p.sync_mail(first.cursor, since=T0, seen=_never_seen)


def _draft_raw(key: str, subject: str, *, in_reply_to: str | None = None,
               to: str = "x@acme.example") -> bytes:
    lines = [f"From: Alex Morgan <{USER}>", f"To: {to}", f"Subject: {subject}",
             "Message-ID: <d1@followupd>", f"X-Followupd-Key: {key}"]
    if in_reply_to:
        lines += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    return ("\r\n".join(lines) + "\r\nContent-Type: text/plain\r\n\r\nHi there.\r\n").encode()


def test_a_reply_draft_joins_its_thread_and_a_mismatched_one_is_noticed(w, caplog):
    fake = w.backend.fake
    w.deliver(_mail(w, "Maya <maya@northwind-analytics.com>", "Interview", "Interview?", T0,
                    msgid="<inv@northwind>"))
    parent = next(iter(fake.messages.values()))
    p = w.engine.provider("home")
    ok = p.create_draft(OutgoingDraft(
        key="k1", account="home", raw=_draft_raw("k1", "Re: Interview", in_reply_to="<inv@northwind>"),
        subject="Re: Interview", to=(Address("maya@northwind-analytics.com"),),
        thread_id=parent.thread_id, in_reply_to="<inv@northwind>", content_hash=""))
    assert ok.thread_id == parent.thread_id and ok.draft_id.startswith("r")
    with caplog.at_level(logging.WARNING):
        bad = p.create_draft(OutgoingDraft(
            key="k2", account="home",
            raw=_draft_raw("k2", "Something else", in_reply_to="<inv@northwind>"),
            subject="Something else", to=(Address("maya@northwind-analytics.com"),),
            thread_id=parent.thread_id, in_reply_to="<inv@northwind>", content_hash=""))
    assert bad.thread_id != parent.thread_id
    assert "new conversation" in caplog.text
    assert fake.misthreaded  # the fake saw it too
    fake.misthreaded.clear()


def test_drafts_are_read_back_found_by_key_and_only_ours_are_deleted(w):
    fake = w.backend.fake
    p = w.engine.provider("home")
    mine = p.create_draft(OutgoingDraft(key="thank_you:a", account="home",
                                        raw=_draft_raw("thank_you:a", "Thanks"), subject="Thanks",
                                        to=(), thread_id=None, in_reply_to=None, content_hash=""))
    copy = p.get_draft(mine.draft_id)
    assert copy.key == "thank_you:a" and copy.content_hash == mine.content_hash
    # The user edits it: same draft id, a new message id, a new hash.
    handle = fake_google.DraftHandle(mine.draft_id)
    w.backend.edit_draft(handle, _draft_raw("thank_you:a", "Thanks!").replace(b"Hi there", b"Yo"))
    assert p.get_draft(mine.draft_id).content_hash != mine.content_hash
    assert [d.draft_id for d in p.find_drafts("thank_you:a")] == [mine.draft_id]
    # A draft of the user's own (no key) is never deleted.
    theirs = fake._new_draft_message(b"From: me\r\nSubject: mine\r\n\r\nmy notes\r\n", None)
    fake.drafts["r1234"] = theirs.id
    with pytest.raises(ProviderError):
        p.delete_draft("r1234")
    assert "r1234" in fake.drafts
    p.delete_draft(mine.draft_id)
    assert p.get_draft(mine.draft_id) is None
    p.delete_draft(mine.draft_id)  # already gone: fine
    assert [c.status for c in fake.calls() if c.name == "drafts.delete"] == [204]


def test_calendar_events_are_read_with_zones_people_and_links(w):
    fake = w.backend.fake
    tokyo = ZoneInfo("Asia/Tokyo")
    w.put_event("tk", ics_event("tk@acme", datetime(2026, 3, 4, 9, 0, tzinfo=tokyo),
                                datetime(2026, 3, 4, 10, 0, tzinfo=tokyo), summary="Interview",
                                organizer=("Maya", "maya@acme.example"),
                                attendees=[("Alex", USER), ("Dana", "dana@acme.example")]))
    w.put_event("old", ics_event("old@acme", T0 - timedelta(days=90),
                                 T0 - timedelta(days=90, hours=-1), summary="Old"))
    p = w.engine.provider("home")
    batch = p.sync_calendar(None, since=T0 - timedelta(days=60), until=T0 + timedelta(days=120))
    (ev,) = batch.events  # the old one is outside the window
    assert ev.uid == "tk@acme" and ev.timezone == "Asia/Tokyo"
    assert ev.start == datetime(2026, 3, 4, 9, 0, tzinfo=tokyo) and ev.start.tzinfo.key == "Asia/Tokyo"
    assert ev.organizer.email == "maya@acme.example"
    assert sorted(a.address.email for a in ev.attendees) == ["alex.morgan@example.com",
                                                            "dana@acme.example"]
    # Incremental: a deleted event comes back with only its id, and is cancelled by uid.
    w.remove_event("tk")
    fake.reset_log()
    again = p.sync_calendar(batch.cursor, since=T0, until=T0 + timedelta(days=120))
    (gone,) = again.events
    assert gone.uid == "tk@acme" and gone.status == "cancelled"
    (call,) = fake.calls("calendar")
    assert "syncToken" in call.query and "timeMin" not in call.query


def test_event_json_all_day_rooms_and_conference_links():
    item = {
        "id": "abc_20260303T150000Z", "iCalUID": "abc@google.com", "status": "confirmed",
        "summary": "Onsite", "start": {"dateTime": "2026-03-03T10:00:00-05:00",
                                       "timeZone": "America/New_York"},
        "end": {"dateTime": "2026-03-03T11:00:00-05:00", "timeZone": "America/New_York"},
        "recurringEventId": "abc", "originalStartTime": {"dateTime": "2026-03-03T10:00:00-05:00"},
        "organizer": {"email": "maya@acme.example", "displayName": "Maya"},
        "attendees": [{"email": "room-1@resource.calendar.google.com", "resource": True},
                      {"email": "dana@acme.example", "responseStatus": "accepted",
                       "optional": True}],
        "conferenceData": {"entryPoints": [{"entryPointType": "phone", "uri": "tel:+1"},
                                           {"entryPointType": "video",
                                            "uri": "https://meet.google.com/abc"}]},
    }
    ev = event_from_json(item)
    assert ev.uid == "abc@google.com" and ev.recurrence_id.startswith("2026-03-03T10:00")
    assert [a.address.email for a in ev.attendees] == ["dana@acme.example"]
    assert ev.attendees[0].status == "accepted" and ev.url == "https://meet.google.com/abc"
    day = event_from_json({"id": "d", "start": {"date": "2026-03-05"},
                           "end": {"date": "2026-03-06"}}, NY)
    assert day.start == datetime(2026, 3, 5, tzinfo=NY) and day.timezone is None
    assert day.end - day.start == timedelta(days=1)


def test_the_http_layer_refuses_to_send_whatever_the_caller_asks(w):
    fake = w.backend.fake
    p = w.engine.provider("home")
    p.sync_mail(None, since=T0 - timedelta(days=1), seen=_never_seen)
    fake.reset_log()
    for method, path in [("POST", "/gmail/v1/users/me/messages/send"),
                         ("POST", "/gmail/v1/users/me/drafts/send"),
                         ("POST", "/upload/gmail/v1/users/me/messages/send"),
                         ("POST", "/gmail/v1/users/me/messages/abc/modify"),
                         ("DELETE", "/gmail/v1/users/me/messages/abc")]:
        with pytest.raises(SendForbidden):
            p._http.request(fake.url + path, method, body=b"{}")
    assert fake.calls() == [] and fake.violations == []


def test_tokens_are_never_in_the_logs_or_the_database(w, caplog):
    from test_scenarios import interview, invitation

    caplog.set_level(logging.DEBUG)
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 3, 15, 0))
    fake = w.backend.fake
    secrets = [w.backend.refresh_token, w.backend.client_secret, *fake.access_tokens]
    assert len(secrets) >= 3
    w.store.close()
    blobs = b""
    for path in (w.root / "data").iterdir():
        blobs += path.read_bytes()
    w.store = type(w.store)(w.config.paths.database)
    for secret in secrets:
        assert secret not in caplog.text
        assert secret.encode() not in blobs


def test_without_a_stored_token_the_account_needs_re_auth(tmp_path):
    from followupd.secrets import MemoryStore

    w = World(tmp_path, start=T0, backend="gmail")
    try:
        account = w.config.accounts[0]
        w.engine._providers["home"] = w.backend.provider(account, w.config, store=MemoryStore())
        report = w.run()
        assert "followupd auth gmail --account home" in report.account_errors["home"]
        assert w.store.account_statuses()["home"]["auth"] == "needs re-auth"
    finally:
        w.close()


def test_the_fake_answers_like_google(w):
    """A few wire details the provider relies on, checked on the fake itself."""
    import urllib.request

    fake = w.backend.fake
    w.deliver(_mail(w, "A <a@b.example>", "Hi", "Body", T0))
    req = urllib.request.Request(fake.url + "/gmail/v1/users/me/messages?q=zzz")
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req)
    assert e.value.code == 401 and json.load(e.value)["error"]["errors"][0]["reason"] == "authError"
    at = fake._mint(set(fake_google.SCOPES))["access_token"]
    def get(path):
        r = urllib.request.Request(fake.url + path, headers={"Authorization": f"Bearer {at}"})
        return json.load(urllib.request.urlopen(r))
    assert get("/gmail/v1/users/me/messages?q=zzz") == {"resultSizeEstimate": 0}
    listed = get("/gmail/v1/users/me/messages?q=" + "from:b.example%20{hi%20nothing}")
    (m,) = listed["messages"]
    assert len(m["id"]) == 16 and set(m) == {"id", "threadId"}
    full = get(f"/gmail/v1/users/me/messages/{m['id']}?format=full")
    assert isinstance(full["historyId"], str) and isinstance(full["internalDate"], str)
    assert full["payload"]["partId"] == ""
    with pytest.raises(urllib.error.HTTPError) as e:
        get("/calendar/v3/calendars/primary/events?syncToken=CP1_x&timeMin=2026-01-01T00:00:00Z")
    assert e.value.code == 400
    first = get("/calendar/v3/calendars/primary/events?timeMin=2026-01-01T00:00:00Z"
                "&timeMax=2026-12-01T00:00:00Z")
    assert first["items"] == [] and "nextSyncToken" in first
    fake.expire_sync_tokens()
    with pytest.raises(urllib.error.HTTPError) as e:
        get(f"/calendar/v3/calendars/primary/events?syncToken={first['nextSyncToken']}")
    assert e.value.code == 410
