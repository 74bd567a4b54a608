"""Faults on the outlook provider, through the real engine: the same drafts, none twice,
nothing skipped (SPEC §2.4) — rejected delta tokens, 429 with Retry-After, 503 bursts, a slow
answer, an expired token refreshed silently, interaction_required, and a kill between
createReply and the database commit."""

from __future__ import annotations

import os
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from fake_graph import Fault
from test_scenarios import interview, invitation
from world import World

from followupd.engine import Engine
from followupd.model import FState, Kind
from followupd.providers.graph_http import make_retry
from followupd.providers.outlook import OutlookProvider
from followupd.store import Store

NY = ZoneInfo("America/New_York")


@pytest.fixture
def w(tmp_path):
    w = World(tmp_path, start=datetime(2026, 3, 2, 8, 0, tzinfo=NY), backend="outlook")
    # The engine's provider, with quick backoff (Retry-After is still honoured as sent).
    account = w.config.accounts[0]
    w.engine._providers[account.name] = OutlookProvider(
        account, w.config, retry=make_retry(backoff=0.01), timeout=(2, 0.5))
    yield w
    w.close()  # fails the test on any tripwire


def setup_process(w: World):
    """An invitation, a Tuesday interview, a promise: a thank-you due Tuesday 14:00 and a
    check-in later."""
    inv = invitation(w, w.at(2026, 3, 2, 9, 0))
    interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
    return inv


def keys(w: World) -> list[str]:
    return sorted(d.key for d in w.drafts())


def reference_drafts(tmp_path, until) -> list[str]:
    """The drafts of a run without faults."""
    (tmp_path / "ref").mkdir()
    ref = World(tmp_path / "ref", start=datetime(2026, 3, 2, 8, 0, tzinfo=NY), backend="outlook")
    try:
        setup_process(ref)
        ref.run_until(until)
        return keys(ref)
    finally:
        ref.close()


def test_a_rejected_delta_token_resyncs_without_a_second_draft(w, tmp_path):
    until = w.at(2026, 3, 10, 12, 0)
    setup_process(w)
    w.run_until(w.at(2026, 3, 3, 15, 0))
    assert len(w.drafts(Kind.THANK_YOU)) == 1
    for mode in ("410", "syncStateNotFound"):
        w.backend.graph.reject_delta_tokens(mode)
        report = w.run()
        assert not report.account_errors and report.drafted == []
    w.run_until(until)
    assert keys(w) == reference_drafts(tmp_path, until)
    assert len(keys(w)) == len(set(keys(w))) == 2


def test_429_with_retry_after_is_waited_out(w):
    setup_process(w)
    g = w.backend.graph
    g.faults.append(Fault(path=r"/messages/delta$", status=429, headers={"Retry-After": "1"}))
    t0 = time.monotonic()
    report = w.run()
    assert time.monotonic() - t0 >= 1.0
    assert not report.account_errors
    throttled = [r for r in g.log if r["status"] == 429]
    assert len(throttled) == 1
    after = g.log[g.log.index(throttled[0]) + 1]
    assert after["path"] == throttled[0]["path"] and after["t"] - throttled[0]["t"] >= 1.0


def test_a_503_burst_is_retried_and_a_long_outage_keeps_the_sync_position(w):
    setup_process(w)
    g = w.backend.graph
    g.faults.append(Fault(path=r"/messages/delta$", status=503, count=3))
    assert not w.run().account_errors
    cursor = w.store.get_cursor("home", "mail")
    g.faults.append(Fault(path=r"/messages/delta$", status=503, count=50))
    report = w.run()
    assert "home" in report.account_errors
    assert w.store.get_cursor("home", "mail") == cursor
    g.faults.clear()
    w.run_until(w.at(2026, 3, 3, 15, 0))
    assert len(w.drafts(Kind.THANK_YOU)) == 1


def test_a_slow_answer_times_out_and_is_retried(w):
    setup_process(w)
    g = w.backend.graph
    g.faults.append(Fault(path=r"/calendarView/delta$", delay=1.0))  # read timeout is 0.5 s
    assert not w.run().account_errors
    g.faults.append(Fault(path=r"/calendarView/delta$", delay=1.0, count=10))
    report = w.run()
    assert "home" in report.account_errors  # given up after the retries, kept for next pass
    g.faults.clear()
    w.run_until(w.at(2026, 3, 3, 15, 0))
    assert len(w.drafts(Kind.THANK_YOU)) == 1


def test_createreply_is_not_blindly_retried_after_a_gateway_timeout(w):
    """504 after a POST may mean "done": no retry; the next pass finds the draft by its key."""
    inv = setup_process(w)
    w.run_until(w.at(2026, 3, 6, 10, 0))
    w.t = w.at(2026, 3, 6, 11, 0)
    w.deliver(w.mail(frm="Maya Chen <maya.chen@northwind-analytics.com>",
                     subject="Re: Interview invitation", reply_to_msg=inv["Message-ID"],
                     body="Hi Alex,\n\nCould you send us two references by Friday?\n\nMaya\n"))
    g = w.backend.graph
    g.faults.append(Fault(path=r"/createReply$", status=504, count=1, after=True))
    report = w.run()
    assert report.account_errors  # the draft exists (created, still pending), unconfirmed
    assert len(g.requests("POST", r"/createReply$")) == 1
    w.run()
    (d,) = w.drafts(Kind.DOCUMENT_REPLY)
    assert "references" in d.body.lower()
    (st,) = w.states(Kind.DOCUMENT_REPLY)
    assert st.state is FState.DRAFTED and not st.touched


def test_an_expired_access_token_is_refreshed_silently(w):
    setup_process(w)
    a = w.backend.authority
    a.expire_access_tokens()  # Graph now answers 401 to the cached token
    refreshes = len(a.grants("refresh_token"))
    report = w.run_until(w.at(2026, 3, 3, 15, 0))
    assert not any(r.account_errors for r in w.reports)
    assert len(a.grants("refresh_token")) == refreshes + 1
    assert any(r["status"] == 401 for r in w.backend.graph.log)
    assert len(w.drafts(Kind.THANK_YOU)) == 1


@pytest.mark.parametrize("mode", ["interaction_required", "invalid_grant"])
def test_a_refused_refresh_marks_the_account_for_re_auth_and_loses_nothing(w, mode):
    from argparse import Namespace
    from io import StringIO

    from followupd.auth_microsoft import auth_outlook

    setup_process(w)
    a = w.backend.authority
    a.mode = mode
    a.expire_access_tokens()
    w.t = w.at(2026, 3, 3, 15, 0)
    report = w.run()
    assert "home" in report.account_errors and "auth outlook" in report.account_errors["home"]
    assert w.store.account_statuses()["home"]["auth"] == "needs re-auth"
    assert w.drafts() == []
    # The user signs in again; the next pass drafts what was due, once.
    a.mode = None
    assert auth_outlook(w.config, Namespace(account="home", client_id=None, tenant=None),
                        out=StringIO()) == 0
    w.run_until(w.at(2026, 3, 3, 16, 0))
    assert len(w.drafts(Kind.THANK_YOU)) == 1
    assert w.store.account_statuses()["home"]["auth"] == "ok"


class _Killed(OutlookProvider):
    """The real provider in a process that dies (no cleanup, no commit) at one step."""

    stop_at = "after_create"

    def _write(self, draft_id, content, key):
        if self.stop_at == "before_patch":
            os._exit(9)  # createReply happened, the PATCH never does
        return super()._write(draft_id, content, key)

    def create_draft(self, draft):
        copy = super().create_draft(draft)
        os._exit(9)
        return copy


def _child_pass(w: World, when: datetime, stop_at: str) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            store = Store(w.config.paths.database)
            account = w.config.accounts[0]
            p = _Killed(account, w.config, retry=make_retry(backoff=0.01))
            p.stop_at = stop_at
            Engine(w.config, store, providers={account.name: p}, clock=lambda: when).run_pass()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WEXITSTATUS(status)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.parametrize("stop_at", ["after_create", "before_patch"])
def test_a_kill_between_createreply_and_the_commit_gives_one_draft(w, tmp_path, stop_at):
    until = w.at(2026, 3, 10, 12, 0)
    setup_process(w)
    w.run_until(w.at(2026, 3, 3, 13, 0))
    due = w.at(2026, 3, 3, 14, 0)
    assert _child_pass(w, due, stop_at) == 9
    g = w.backend.graph
    assert len(g.drafts()) == 1  # written (fully, or only created), never committed
    (st,) = w.states(Kind.THANK_YOU)
    assert st.state is FState.DRAFTING
    w.t = due
    w.run()
    (st,) = w.states(Kind.THANK_YOU)
    assert st.state is FState.DRAFTED and not st.touched
    (d,) = w.drafts(Kind.THANK_YOU)
    assert "Dana" in d.body  # our words, not Graph's quoted stub
    assert w.engine.provider("home").get_draft(st.draft_id).content_hash == st.content_hash
    w.run_until(until)
    assert keys(w) == reference_drafts(tmp_path, until)
