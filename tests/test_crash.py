"""Exactly once (SPEC §2.4): a process killed between writing a draft and committing it, then
restarted, still leaves one draft per follow-up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from test_scenarios import interview, invitation
from world import World

from followupd.engine import Engine
from followupd.model import FState, Kind
from followupd.providers.local import LocalProvider
from followupd.store import Store

NY = ZoneInfo("America/New_York")


class KilledAfterWrite(LocalProvider):
    """The real provider, in a process that dies (no cleanup, no commit) right after the draft
    file is written."""

    def create_draft(self, draft):
        super().create_draft(draft)
        os._exit(9)


def _child_pass(w: World, when: datetime) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            store = Store(w.config.paths.database)
            account = w.config.accounts[0]
            provider = KilledAfterWrite.from_config(account, w.config)
            Engine(w.config, store, providers={account.name: provider},
                   clock=lambda: when).run_pass()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WEXITSTATUS(status)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_crash_between_the_draft_and_the_commit_still_gives_one_draft(tmp_path):
    w = World(tmp_path, start=datetime(2026, 3, 2, 8, 0, tzinfo=NY))
    try:
        invitation(w, w.at(2026, 3, 2, 9, 0))
        interview(w, "i", w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))
        w.run_until(w.at(2026, 3, 3, 13, 0))
        due = w.at(2026, 3, 3, 14, 0)
        assert _child_pass(w, due) == 9
        assert len(w.drafts(Kind.THANK_YOU)) == 1  # written, but never committed as drafted
        assert w.states(Kind.THANK_YOU)[0].state is FState.DRAFTING
        w.t = due + timedelta(minutes=5)
        w.run()
        w.run()
        assert len(w.drafts(Kind.THANK_YOU)) == 1
        st = w.states(Kind.THANK_YOU)[0]
        assert st.state is FState.DRAFTED and not st.touched
    finally:
        w.close()


def test_kill_9_at_random_instants_never_doubles_a_draft(tmp_path):
    """Real `followupd run --once` processes killed with SIGKILL at many instants, then one
    clean pass: exactly one draft per follow-up."""
    now = datetime.now(NY)
    w = World(tmp_path, start=now)
    try:
        invitation(w, now)
        for n in range(4):  # four interviews, each with one interviewer
            end = now - timedelta(days=3, hours=n)
            interview(w, f"i{n}", end - timedelta(hours=1), end,
                      attendees=((f"Person {n}", f"p{n}@northwind-analytics.com"),))
        env = dict(os.environ, FOLLOWUPD_CONFIG=w.config_path)
        delays = [0.05 * k for k in range(1, 16)]
        for delay in delays:
            proc = subprocess.Popen([sys.executable, "-m", "followupd.cli", "run", "--once"],
                                    env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        out = subprocess.run([sys.executable, "-m", "followupd.cli", "run", "--once"], env=env,
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        keys = [d.key for d in w.drafts(Kind.THANK_YOU)]
        assert len(keys) == 4 and len(set(keys)) == 4
        assert all(s.state is FState.DRAFTED for s in w.states(Kind.THANK_YOU))
    finally:
        w.close()
