"""`followupd run` as a real, long-running subprocess (SPEC §7, §8): it drafts what arrives,
speaks sd_notify on a test NOTIFY_SOCKET, stops cleanly on SIGTERM, reloads on SIGHUP,
survives kill -9 at random instants without doubling a draft, and catches up once after a
three-day clock jump (the daemon on a simulated clock, tests/helpers/clock_launcher.py)."""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from test_scenarios import RECRUITER, interview
from world import World

from followupd.model import FState, Kind

NY = ZoneInfo("America/New_York")
HERE = Path(__file__).parent
LAUNCHER = HERE / "helpers" / "clock_launcher.py"


class NotifySocket:
    """What systemd would be: an AF_UNIX datagram socket collecting sd_notify messages."""

    def __init__(self):
        # sun_path is at most 107 bytes: a short folder, not pytest's long tmp_path.
        self.dir = tempfile.mkdtemp(prefix="fu-", dir="/tmp")
        self.path = os.path.join(self.dir, "notify")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.settimeout(0.2)
        self.messages: list[tuple[float, dict[str, str]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, daemon=True)
        self._thread.start()

    def _listen(self):
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except (TimeoutError, socket.timeout):
                continue
            except OSError:
                return
            fields = dict(line.split("=", 1) for line in data.decode().splitlines() if "=" in line)
            self.messages.append((time.monotonic(), fields))

    def seen(self, key: str, value: str | None = None) -> list[dict[str, str]]:
        return [f for _, f in list(self.messages)
                if key in f and (value is None or f[key] == value)]

    def wait_for(self, key: str, value: str | None = None, timeout: float = 15.0,
                 count: int = 1) -> list[dict[str, str]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.seen(key, value)
            if len(got) >= count:
                return got
            time.sleep(0.05)
        raise AssertionError(f"no {key}={value} from the daemon within {timeout}s: "
                             f"{[f for _, f in self.messages]}")

    def close(self):
        self._stop.set()
        self.sock.close()
        self._thread.join(timeout=2)
        os.unlink(self.path)
        os.rmdir(self.dir)


@pytest.fixture
def notify_socket():
    s = NotifySocket()
    yield s
    s.close()


class DaemonProcess:
    def __init__(self, world: World, *, notify: NotifySocket | None = None,
                 clock: tuple[str, str] | None = None, extra_env: dict | None = None,
                 watchdog_usec: int = 1_000_000, hang_after: float | None = None):
        env = dict(os.environ, FOLLOWUPD_CONFIG=world.config_path, PYTHONUNBUFFERED="1",
                   PYTHONPATH=os.pathsep.join(filter(None, [str(HERE.parent),
                                                            os.environ.get("PYTHONPATH")])))
        for k in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "DISPLAY",
                  "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "JOURNAL_STREAM"):
            env.pop(k, None)
        if notify is not None:
            env["NOTIFY_SOCKET"] = notify.path
            env["WATCHDOG_USEC"] = str(watchdog_usec)
        env.update(extra_env or {})
        if hang_after is not None:
            cmd = [sys.executable, str(HERE / "helpers" / "daemon_launcher.py"), str(hang_after)]
        elif clock is None:
            cmd = [sys.executable, "-m", "followupd.cli", "run"]
        else:
            cmd = [sys.executable, str(LAUNCHER), clock[0], clock[1], "--", "run"]
        self.log_path = world.root / f"daemon-{time.monotonic_ns()}.log"
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=self._log,
                                     cwd=str(HERE.parent))

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def signal(self, sig) -> None:
        self.proc.send_signal(sig)

    def stop(self, timeout: float = 5.0) -> tuple[int, float]:
        """SIGTERM; return the exit code and how long it took."""
        t0 = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=timeout)
        return code, time.monotonic() - t0

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._log.close()


def wait_until(pred, timeout: float = 15.0, what: str = "condition", log=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return
        time.sleep(0.05)
    raise AssertionError(f"{what} not reached within {timeout}s" + (f"\n{log()}" if log else ""))


def invitation_mail(w: World, when: datetime, role: str = "Data Engineer"):
    """The recruiter's invitation, delivered into the Maildir (no pass run by the test)."""
    w.t = when
    w.deliver(w.mail(
        frm=RECRUITER,
        subject=f"Interview invitation – {role} at Northwind Analytics",
        body=(f"Hi Alex,\n\nThank you for applying for the {role} position at Northwind "
              "Analytics. We were impressed by your background and would like to invite you to "
              "an interview with our team. Could you share your availability for next week?\n\n"
              "Best regards,\nMaya Chen\nSenior Technical Recruiter\nNorthwind Analytics\n")))


def fake_notify_send(folder: Path) -> Path:
    """A `notify-send` on PATH that records its arguments: a stand-in for the desktop."""
    folder.mkdir(exist_ok=True)
    record = folder / "notifications.txt"
    exe = folder / "notify-send"
    exe.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$*\" >> '{record}'\n")
    exe.chmod(0o755)
    return record


# -- the acceptance tests -------------------------------------------------------------------------


def test_the_daemon_drafts_what_arrives_talks_to_systemd_and_stops_on_sigterm(
        tmp_path, notify_socket):
    now = datetime.now(NY).replace(microsecond=0)
    w = World(tmp_path, start=now, extra='[sync]\ninterval = "1s"\n')
    record = fake_notify_send(tmp_path / "bin")
    d = DaemonProcess(w, notify=notify_socket, watchdog_usec=1_000_000, extra_env={
        "PATH": f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}", "DISPLAY": ":99"})
    try:
        ready = notify_socket.wait_for("READY", "1")
        assert "nothing planned" in ready[0].get("STATUS", ""), ready
        # WATCHDOG_USEC is 1 s: a ping every half second, from the main loop.
        notify_socket.wait_for("WATCHDOG", "1", count=3, timeout=5)
        assert w.drafts() == []

        # Mail and an interview (ended three days ago) arrive while the daemon runs.
        invitation_mail(w, now - timedelta(days=5))
        end = now - timedelta(days=3)
        w.put_event("i", b"")  # an empty file first: unreadable, recorded, not fatal
        interview(w, "i", end - timedelta(hours=1), end)
        wait_until(lambda: len(w.drafts(Kind.THANK_YOU)) == 1, what="the thank-you draft",
                   log=d.log)
        draft = w.drafts(Kind.THANK_YOU)[0]
        assert draft.to == ["dana.reyes@northwind-analytics.com"]
        wait_until(lambda: any("1 draft waiting" in f["STATUS"]
                               for f in notify_socket.seen("STATUS")), what="STATUS", log=d.log)
        wait_until(lambda: record.exists() and "new follow-up draft" in record.read_text(),
                   what="the desktop notification", log=d.log)

        time.sleep(1.5)  # more passes: nothing new, nothing twice
        assert len(w.drafts()) == 1
        code, took = d.stop()
        assert code == 0 and took < 5, d.log()
        assert notify_socket.seen("STOPPING", "1")
        assert "Traceback" not in d.log()
    finally:
        d.kill()
        w.close()


def test_sighup_reloads_the_config_and_a_bad_one_is_reported_and_the_old_one_kept(
        tmp_path, notify_socket):
    now = datetime.now(NY).replace(microsecond=0)
    w = World(tmp_path, start=now, extra='[sync]\ninterval = "1s"\n')
    d = DaemonProcess(w, notify=notify_socket)
    cfg = Path(w.config_path)
    good = cfg.read_text()
    try:
        notify_socket.wait_for("READY", "1")
        # A broken config: reported, the daemon keeps running on the old one.
        cfg.write_text(good.replace('interval = "1s"', 'intervall = "1s"'))
        d.signal(signal.SIGHUP)
        wait_until(lambda: "config not reloaded" in d.log(), what="the reload error", log=d.log)
        assert "sync.intervall" in d.log()
        # the status goes out just after the log line: wait for it rather than race it
        wait_until(lambda: any("config reload failed" in f.get("STATUS", "") for f in notify_socket.seen("STATUS")),
                   what="the reload failure's status", log=d.log)
        assert d.proc.poll() is None

        # A good new config: a new signature takes effect on the next draft.
        cfg.write_text(good.replace('signature = "Alex Morgan"',
                                    'signature = "Alex Morgan, reloaded"'))
        d.signal(signal.SIGHUP)
        wait_until(lambda: "config reloaded" in d.log(), what="the reload", log=d.log)
        invitation_mail(w, now - timedelta(days=5))
        end = now - timedelta(days=3)
        interview(w, "i", end - timedelta(hours=1), end)
        wait_until(lambda: len(w.drafts(Kind.THANK_YOU)) == 1, what="the draft", log=d.log)
        assert "Alex Morgan, reloaded" in w.drafts(Kind.THANK_YOU)[0].body
        code, _ = d.stop()
        assert code == 0, d.log()
    finally:
        d.kill()
        w.close()


def test_kill_9_of_the_daemon_at_random_instants_never_doubles_a_draft(tmp_path):
    """A daemon killed with SIGKILL at random instants (start-up, first pass, mid-draft, idle),
    with new work arriving between the kills, then run to completion: one draft per
    follow-up, every one recorded as drafted."""
    now = datetime.now(NY).replace(microsecond=0)
    w = World(tmp_path, start=now, extra='[sync]\ninterval = "1s"\n')
    rng = random.Random(20260302)
    n = 6
    try:
        invitation_mail(w, now - timedelta(days=6))
        for k in range(n):
            end = now - timedelta(days=3, hours=k)
            interview(w, f"i{k}", end - timedelta(hours=1), end,
                      attendees=((f"Person {k}", f"p{k}@northwind-analytics.com"),))
            for _ in range(2):
                d = DaemonProcess(w)
                time.sleep(rng.uniform(0.05, 1.0))
                d.kill()
        d = DaemonProcess(w)
        try:
            wait_until(lambda: len(w.states(Kind.THANK_YOU)) == n and all(
                s.state is FState.DRAFTED for s in w.states(Kind.THANK_YOU)),
                timeout=20, what="every thank-you drafted", log=d.log)
            time.sleep(1.5)  # a few more passes
            code, _ = d.stop()
            assert code == 0, d.log()
        finally:
            d.kill()
        keys = [dr.key for dr in w.drafts(Kind.THANK_YOU)]
        assert len(keys) == n and len(set(keys)) == n
        assert sorted(dr.to[0] for dr in w.drafts(Kind.THANK_YOU)) == sorted(
            f"p{k}@northwind-analytics.com" for k in range(n))
    finally:
        w.close()


def test_a_three_day_clock_jump_drafts_each_missed_follow_up_exactly_once(
        tmp_path, notify_socket):
    """The laptop sleeps from Monday 09:00 to Thursday 09:00: the three thank-yous that fell
    due meanwhile appear once each, right after the wake-up, and never again. The poll
    interval is an hour, so it is the wake-up (and the noticed clock jump), not a poll, that
    catches up."""
    start = datetime(2026, 3, 2, 9, 0, tzinfo=NY)  # a Monday
    w = World(tmp_path, start=start, extra='[sync]\ninterval = "1h"\n')
    try:
        invitation_mail(w, start - timedelta(hours=2))
        people = [("Dana Reyes", "dana.reyes@northwind-analytics.com"),
                  ("Sam Ortiz", "sam.ortiz@northwind-analytics.com"),
                  ("Kim Park", "kim.park@northwind-analytics.com")]
        slots = [(w.at(2026, 3, 2, 10, 0), w.at(2026, 3, 2, 11, 0)),
                 (w.at(2026, 3, 2, 12, 0), w.at(2026, 3, 2, 13, 0)),
                 (w.at(2026, 3, 3, 10, 0), w.at(2026, 3, 3, 11, 0))]
        for k, ((s, e), person) in enumerate(zip(slots, people)):
            interview(w, f"i{k}", s, e, attendees=(person,))
        d = DaemonProcess(w, notify=notify_socket, clock=(start.isoformat(), "3d"))
        try:
            ready = notify_socket.wait_for("READY", "1")
            assert "next follow-up Mon 2026-03-02 14:00" in ready[0]["STATUS"], ready
            time.sleep(1.0)
            assert w.drafts() == []  # nothing is due on Monday morning
            d.signal(signal.SIGUSR1)  # … Thursday 09:00
            wait_until(lambda: len(w.drafts(Kind.THANK_YOU)) == 3, timeout=10,
                       what="the three missed thank-yous", log=d.log)
            assert "clock jumped" in d.log()
            time.sleep(2.0)
            drafts = w.drafts(Kind.THANK_YOU)
            assert len(drafts) == 3 and len({dr.key for dr in drafts}) == 3
            assert sorted(dr.to[0] for dr in drafts) == sorted(p[1] for p in people)
            drafted_at = [s.drafted_at for s in w.states(Kind.THANK_YOU)]
            assert all(t >= w.at(2026, 3, 5, 9, 0) for t in drafted_at), drafted_at
            code, _ = d.stop()
            assert code == 0, d.log()
        finally:
            d.kill()
    finally:
        w.close()


def _hang_the_next_pass(w: World) -> None:
    """A FIFO among the new mail: reading it blocks forever, as a stale network mount does."""
    os.mkfifo(w.root / "mail" / "INBOX" / "new" / "1700000000.M1P1.fifo")


def _quiet_for(notify_socket, key: str, seconds: float) -> bool:
    """Whether no ``key`` message came in the next ``seconds``."""
    before = len(notify_socket.seen(key))
    time.sleep(seconds)
    return len(notify_socket.seen(key)) == before


def test_a_hung_pass_stops_the_watchdog_pings_so_systemd_restarts_the_daemon(
        tmp_path, notify_socket):
    w = World(tmp_path, start=datetime.now(NY), extra='[sync]\ninterval = "1s"\n')
    d = DaemonProcess(w, notify=notify_socket, hang_after=1.0)
    try:
        notify_socket.wait_for("READY", "1")
        notify_socket.wait_for("WATCHDOG", "1", count=2, timeout=5)
        _hang_the_next_pass(w)
        wait_until(lambda: "it is hung" in d.log(), timeout=10, what="the hang", log=d.log)
        assert "Thread" in d.log()  # the stacks of the hung pass, for the bug report
        # Pings sent before the hang may still be on their way to the reader, and under load a
        # slow pass before the blocked one may already count as hung: wait for a quiet second.
        wait_until(lambda: _quiet_for(notify_socket, "WATCHDOG", 1.0), timeout=10, what="the pings to stop",
                   log=d.log)
        before = len(notify_socket.seen("WATCHDOG"))
        time.sleep(2.0)  # four ping periods
        assert len(notify_socket.seen("WATCHDOG")) == before
        assert d.proc.poll() is None  # systemd's watchdog does the killing
    finally:
        d.kill()
        w.close()


def test_a_hung_pass_without_a_watchdog_exits_1_for_launchd_to_restart(tmp_path):
    w = World(tmp_path, start=datetime.now(NY), extra='[sync]\ninterval = "1s"\n')
    _hang_the_next_pass(w)
    d = DaemonProcess(w, hang_after=1.0)
    try:
        assert d.proc.wait(timeout=15) == 1, d.log()
        assert "exiting so that the service manager restarts followupd" in d.log()
    finally:
        d.kill()
        w.close()


# -- what the user reads: status, plan and show as text (the --json output is views.py's) -----


@pytest.fixture
def settled(interviewed):
    return interviewed


def _cli_text(w: World, *args: str) -> str:
    """The command's text output, on the world's (simulated) clock."""
    import time_machine

    from followupd.cli import main

    out = tempfile.TemporaryFile("w+")
    saved = sys.stdout
    with time_machine.travel(w.t, tick=False):
        try:
            sys.stdout = out
            assert main(["--config", w.config_path, *args]) == 0
        finally:
            sys.stdout = saved
    out.seek(0)
    return out.read()


def test_status_reads_as_a_table_with_the_next_follow_up_and_the_drafts_waiting(settled):
    text = _cli_text(settled, "status")
    assert text.startswith("followupd status, Tue 03 Mar 2026 15:00")
    row = next(ln for ln in text.splitlines() if "Northwind Analytics" in ln)
    assert "Data Engineer" in row and "interviewed" in row
    assert "check-in Tue 10 Mar 11:00 (in 6 days)" in row
    assert text.rstrip().endswith("1 draft waiting in Drafts for you to review and send.")


def test_plan_lists_what_is_coming_then_what_is_done(settled):
    text = _cli_text(settled, "plan")
    coming, done = text.split("Done, or not needed")
    assert coming.startswith("Coming up")
    assert "check-in" in coming and "maya.chen@northwind-analytics.com" in coming
    assert "(in 6 days)" in coming
    line = next(ln for ln in done.splitlines() if "thank-you" in ln)
    assert "Tue 03 Mar 2026 14:00" in line and "drafted" in line
    assert "Northwind Analytics" in line and "dana.reyes@northwind-analytics.com" in line


def test_show_prints_people_the_timeline_and_the_follow_ups(settled):
    text = _cli_text(settled, "show", "northwind")
    assert text.startswith("Northwind Analytics (northwind-analytics.com)")
    assert any(ln.split()[:1] == ["interviewer"] and "dana.reyes@" in ln
               for ln in text.splitlines())
    assert any("interview" in ln and "Tue 03 Mar 2026 10:00" in ln for ln in text.splitlines())
    assert "Follow-ups" in text and "draft: thank-you" in text
