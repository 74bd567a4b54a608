"""The gmail provider under Google's failure modes, through the whole engine: whatever fails,
the same drafts come out, none twice, nothing skipped (issue 3, SPEC §2.4).

Each test runs a short hiring story (invitation, interview, thank-you due at 14:00) on the fake
Google, injects one fault, and checks the outcome against the fault-free story.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import fake_google  # noqa: F401 - registers the gmail backend
import pytest
from test_scenarios import INTERVIEWER, RECRUITER, interview, invitation
from world import World

from followupd.model import FState, Kind

NY = ZoneInfo("America/New_York")


@pytest.fixture
def w(tmp_path):
    world = World(tmp_path, start=datetime(2026, 3, 2, 8, 0, tzinfo=NY), backend="gmail")
    yield world
    world.close()


def story_until_interview(w: World):
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "int1", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 3, 12, 0))
    return inv


def assert_one_thank_you(w: World):
    drafts = w.drafts(Kind.THANK_YOU)
    assert len(drafts) == 1, drafts
    assert drafts[0].to == [INTERVIEWER[1]]
    st = w.states(Kind.THANK_YOU)
    assert len(st) == 1 and st[0].state is FState.DRAFTED and not st[0].touched
    assert st[0].drafted_at == w.at(2026, 3, 3, 14, 0)


def gmail_calls(w: World, name: str | None = None):
    return [c for c in w.backend.fake.calls(inner=False)
            if c.api in ("gmail", "batch") and (name is None or c.name == name)]


# -- idle --------------------------------------------------------------------------------------


def test_an_idle_pass_costs_one_gmail_request_and_one_calendar_request_per_calendar(
        tmp_path, monkeypatch):
    import world as world_module

    class TwoCalendars(fake_google.GmailBackend):
        def account_toml(self, name="home"):
            return super().account_toml(name).replace('["primary"]', '["primary", "work"]')

    monkeypatch.setitem(world_module.BACKENDS, "gmail-2cal", TwoCalendars)
    w = World(tmp_path, start=datetime(2026, 3, 2, 8, 0, tzinfo=NY), backend="gmail-2cal")
    try:
        w.backend.fake.calendars["work"] = fake_google.Calendar("work")
        story_until_interview(w)
        w.run()  # settles the drafts check after the last change
        fake = w.backend.fake
        fake.reset_log()
        w.t += timedelta(minutes=5)
        report = w.run()
        assert report.drafted == [] and report.new_messages == 0
        calls = fake.calls()
        gmail = [c for c in calls if c.api in ("gmail", "batch")]
        cal = [c for c in calls if c.api == "calendar"]
        assert [c.name for c in gmail] == ["history.list"], calls
        assert sorted(c.path for c in cal) == ["/calendar/v3/calendars/primary/events",
                                               "/calendar/v3/calendars/work/events"]
        assert all("syncToken" in c.query for c in cal)
        assert sum(c.units for c in calls) == 2 + 2  # history.list 2 units, events.list 1 each
    finally:
        w.close()


# -- expired sync positions ----------------------------------------------------------------------


def test_an_expired_history_id_resyncs_the_lookback_and_drafts_nothing_twice(w):
    story_until_interview(w)
    w.backend.fake.expire_history()
    w.run_until(w.at(2026, 3, 3, 18, 0))
    assert_one_thank_you(w)
    names = [c.name for c in gmail_calls(w)]
    assert "messages.list" in names[names.index("history.list"):]  # the bounded re-sync ran
    # Nothing fetched twice: the re-sync skips what the store has.
    assert w.reports[-1].new_messages == 0


def test_an_expired_calendar_sync_token_resyncs_and_a_moved_interview_is_followed(w):
    invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "m", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 2, 17, 0))
    w.backend.fake.expire_sync_tokens()
    interview(w, "m", w.at(2026, 3, 5, 10, 0), w.at(2026, 3, 5, 11, 0), sequence=1)
    w.run_until(w.at(2026, 3, 6, 18, 0))
    statuses = [c.status for c in w.backend.fake.calls("calendar")]
    assert 410 in statuses
    st = w.drafted(Kind.THANK_YOU)
    assert len(st) == 1 and st[0].drafted_at == w.at(2026, 3, 5, 14, 0)


# -- auth --------------------------------------------------------------------------------------


def test_an_expired_access_token_is_refreshed_once_and_the_pass_goes_on(w):
    story_until_interview(w)
    fake = w.backend.fake
    refreshes = len(fake.calls("token"))
    fake.expire_access_tokens()
    w.run_until(w.at(2026, 3, 3, 18, 0))
    assert_one_thank_you(w)
    assert 401 in [c.status for c in fake.calls()]
    assert len(fake.calls("token")) == refreshes + 1


def test_a_revoked_account_needs_re_auth_and_the_other_account_keeps_working(tmp_path, caplog):
    other = fake_google.GmailBackend(tmp_path)
    w = World(tmp_path, start=datetime(2026, 3, 2, 8, 0, tzinfo=NY), backend="gmail",
              extra=other.account_toml("work"))
    try:
        account = next(a for a in w.config.accounts if a.name == "work")
        w.engine._providers["work"] = other.provider(account, w.config)
        story_until_interview(w)
        other.fake.revoke_all()  # the user revoked followupd, or a Testing app's 7 days ran out
        with caplog.at_level(logging.ERROR):
            w.run_until(w.at(2026, 3, 3, 18, 0))
        assert_one_thank_you(w)  # "home" goes on
        status = w.store.account_statuses()
        assert status["work"]["auth"] == "needs re-auth"
        assert status["home"]["auth"] == "ok"
        assert "followupd auth gmail --account work" in caplog.text
        bad = [c for c in other.fake.calls("token") if c.status == 400]
        assert bad, "the refresh was refused with invalid_grant"
    finally:
        w.close()
        other.close()


# -- rate limits, server errors, timeouts ------------------------------------------------------------


def test_429_with_retry_after_is_honoured(w):
    story_until_interview(w)
    fake = w.backend.fake
    fake.fail(r"GET /gmail/v1/users/me/history$", 429, times=2, retry_after="3")
    w.backend.sleeps.clear()
    fake.reset_log()
    w.run_until(w.at(2026, 3, 3, 18, 0))
    assert_one_thank_you(w)
    assert w.backend.sleeps[:2] == [3.0, 3.0]
    assert [c.status for c in fake.calls() if c.name == "history.list"][:3] == [429, 429, 200]


def test_403_rate_limit_without_retry_after_backs_off_with_jitter(w):
    story_until_interview(w)
    fake = w.backend.fake
    fake.fail(r"POST /gmail/v1/users/me/drafts$", 403, times=2, reason="userRateLimitExceeded")
    w.backend.sleeps.clear()
    w.run_until(w.at(2026, 3, 3, 18, 0))
    assert_one_thank_you(w)
    assert len(w.backend.sleeps) >= 2 and all(0 <= s <= 0.01 for s in w.backend.sleeps)
    assert [c.status for c in fake.calls() if c.name == "drafts.create"] == [403, 403, 200]


def test_bursts_of_500_and_503_in_batches_and_requests_are_retried(w):
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    fake = w.backend.fake
    # Inner parts of the next batch fail, then the batch itself, then history.
    fake.fail(r"GET /gmail/v1/users/me/messages/[0-9a-f]{16}$", 503, times=2)
    fake.fail(r"POST /batch/gmail/v1$", 500, times=2)
    fake.fail(r"GET /gmail/v1/users/me/history$", 503, times=3)
    w.deliver(w.mail(frm=RECRUITER, subject="Re: Interview invitation",
                     reply_to_msg=inv["Message-ID"],
                     body="Hi Alex, Tuesday 10:00 it is. Talk soon, Maya"))
    interview(w, "int1", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    w.run_until(w.at(2026, 3, 3, 18, 0))
    assert_one_thank_you(w)
    statuses = [c.status for c in fake.calls()]
    assert statuses.count(503) == 5 and statuses.count(500) == 2
    subjects = sorted(ref.subject for ref, _ in w.store.messages())
    assert subjects == ["Interview invitation – Data Engineer at Northwind Analytics",
                        "Re: Interview invitation"]  # nothing skipped
    assert not fake.faults or all(f.times == 0 for f in fake.faults)


def test_a_pass_that_still_fails_keeps_its_sync_position_and_skips_nothing(w):
    story_until_interview(w)
    fake = w.backend.fake
    before = w.store.get_cursor("home", "mail")
    w.deliver(w.mail(frm=RECRUITER, subject="A question",
                     body="Hi Alex, could you send us your references? Maya"))
    fake.fail(r"GET /gmail/v1/users/me/history$", 503, times=50)
    report = w.run()
    assert "home" in report.account_errors
    assert w.store.get_cursor("home", "mail") == before
    fake.faults.clear()
    w.run()
    assert any("references" in (ref.subject + " ").lower() or ref.subject == "A question"
               for ref, _ in w.store.messages())


def test_a_timeout_is_retried_and_a_timed_out_draft_write_is_not_duplicated(w):
    story_until_interview(w)
    account = w.config.accounts[0]
    w.engine._providers["home"] = w.backend.provider(account, w.config, timeout=0.4)
    fake = w.backend.fake
    fake.slow(r"GET /gmail/v1/users/me/history$", 1.0)  # a read: retried at once
    fake.slow(r"POST /gmail/v1/users/me/drafts$", 1.0, after=True)  # created, answer lost
    w.t = w.at(2026, 3, 3, 14, 0)
    report = w.run()
    assert "home" in report.account_errors  # the draft write timed out: postponed
    assert w.states(Kind.THANK_YOU)[0].state is FState.DRAFTING
    w.run_until(w.at(2026, 3, 3, 18, 0))
    assert_one_thank_you(w)
    assert len([c for c in fake.calls() if c.name == "drafts.create"]) == 1


# -- a crash between drafts.create and the commit --------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_kill_between_drafts_create_and_the_commit_leaves_one_draft(w):
    from followupd.engine import Engine
    from followupd.providers.gmail import GmailProvider
    from followupd.store import Store

    story_until_interview(w)
    due = w.at(2026, 3, 3, 14, 0)

    class KilledAfterCreate(GmailProvider):
        def create_draft(self, draft):
            super().create_draft(draft)
            os._exit(9)

    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            account = w.config.accounts[0]
            base = w.backend.provider(account, w.config)
            provider = KilledAfterCreate(account, user_emails=w.config.user.email,
                                         store=base.store, policy=base.policy)
            Engine(w.config, Store(w.config.paths.database), providers={"home": provider},
                   clock=lambda: due).run_pass()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 9
    assert len(w.drafts(Kind.THANK_YOU)) == 1
    assert w.states(Kind.THANK_YOU)[0].state is FState.DRAFTING
    w.t = due + timedelta(minutes=5)
    w.run()
    w.run()
    drafts = w.drafts(Kind.THANK_YOU)
    assert len(drafts) == 1
    st = w.states(Kind.THANK_YOU)[0]
    assert st.state is FState.DRAFTED and not st.touched and st.draft_id == drafts[0].path.name
