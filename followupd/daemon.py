"""The long-running service behind `followupd run` (SPEC §7, §8).

Threads and who does what:

* **APScheduler** (a ``BackgroundScheduler`` with a one-thread executor) is only a clock. It
  holds one *poll* job per account, every ``sync.interval`` (the accounts' phases are spread
  over the interval, so two providers never hit the network at the same instant), and ONE
  *wake-up* job at the next instant a follow-up falls due. Every job funnels into
  :meth:`Daemon._pass`: at most one pass runs at a time (a lock, ``max_instances=1``,
  ``coalesce=True``), and a poll that fires while a pass runs is merged into the next pass.
  A poll pass syncs the account(s) that asked (``Engine.run_pass(accounts=…)``); a wake-up
  syncs all of them first (the user may have written meanwhile), then plans and drafts.
* **The plan is never kept in memory.** After every pass the wake-up job is recomputed from
  the store (``min(due)`` over the follow-ups still waiting). A restart, a reload or a clock
  jump loses nothing: the next pass derives the same plan again.
* **Missed runs** (a laptop asleep over a weekend) run once on resume: every job has
  ``misfire_grace_time=None`` (run however late) and ``coalesce=True`` (many missed runs are
  one). The main loop also notices a wall-clock jump (wall time moving unlike monotonic time,
  which stops during suspend) and wakes the scheduler at once rather than at its next timeout.
* **The main thread** only waits and watches: it answers signals, pings systemd's watchdog
  (``WATCHDOG=1`` at half of ``$WATCHDOG_USEC``) — but only while passes make progress: a pass
  running longer than ``hang_after`` stops the pings, so systemd kills and restarts the
  daemon (``Restart=on-failure``); without a watchdog (launchd, a terminal) the daemon exits 1
  itself and launchd's ``KeepAlive`` restarts it. Either way the state on disk is crash-safe
  (the engine's intent records make a draft exactly-once, SPEC §2.4).
* ``READY=1`` once the first pass is done, ``STATUS=`` a one-line summary after each pass.
* SIGTERM/SIGINT: no new pass starts; the running one finishes (up to ``stop_grace`` seconds;
  past that the process exits anyway: what it committed is kept and the rest is redone on the
  next start); exit 0. SIGHUP: the config is read again; a bad new config is logged (and put in
  ``STATUS=``) and the old one kept; a good one takes effect at the next pass, which is started
  at once.

Logs go to stderr (journald adds its own timestamps, so under systemd ours are dropped).
"""

from __future__ import annotations

import faulthandler
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from .errors import ConfigError
from .notify import SystemdNotifier, desktop_notify

log = logging.getLogger(__name__)

ALL = "*"  # a pass that syncs every account
TICK = 1.0  # seconds between two looks of the main loop (signals, watchdog, clock jumps)
CLOCK_JUMP = 30.0  # seconds of wall-clock drift against the monotonic clock that count as a jump


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)  # read at each use (SPEC §10)


class Daemon:
    """One running service. ``run()`` blocks until SIGTERM/SIGINT and returns the exit code.

    ``engine_factory(config)`` builds the engine for a reloaded config (default: the engine's
    own class over the same store and clock). ``hang_after``: seconds a pass may run before it
    counts as hung (default: 15 minutes, or three intervals if longer).
    """

    def __init__(self, config, store, engine, config_path: str | None = None, *,
                 notifier: SystemdNotifier | None = None,
                 engine_factory: Callable | None = None,
                 hang_after: float | None = None,
                 stop_grace: float = 10.0,
                 notify_desktop: Callable[[str, str], object] = desktop_notify) -> None:
        self.config = config
        self.store = store
        self.engine = engine
        self.config_path = config_path
        self.notifier = notifier or SystemdNotifier()
        self.engine_factory = engine_factory or (
            lambda cfg: type(engine)(cfg, store, clock=engine.clock))
        self._hang_after = hang_after
        self.stop_grace = stop_grace
        self.notify_desktop = notify_desktop

        self._stop = threading.Event()
        self._reload = threading.Event()
        self._tick = threading.Event()  # wakes the main loop early
        self._pass_lock = threading.Lock()
        self._pending_lock = threading.Lock()
        self._pending: set[str] = set()
        self._new_config = None  # a reloaded config, applied by the next pass
        self._busy_since: float | None = None  # monotonic start of the running pass
        self._hang_reported = False
        self.passes = 0
        self.ready = False
        self.last_report = None
        self.last_error: str | None = None

        self.scheduler = BackgroundScheduler(
            timezone=timezone.utc,
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )

    # -- the hang limit ------------------------------------------------------------------------

    @property
    def hang_after(self) -> float:
        if self._hang_after is not None:
            return self._hang_after
        return max(15 * 60.0, 3 * self.config.sync.interval.total_seconds())

    # -- jobs ----------------------------------------------------------------------------------

    def _schedule_polls(self) -> None:
        """One poll job per account, their phases spread over the interval."""
        names = [a.name for a in self.config.accounts]
        for job in self.scheduler.get_jobs():
            if job.id.startswith("poll:") and job.id[5:] not in names:
                job.remove()
        interval = self.config.sync.interval
        now = _utcnow()
        for i, name in enumerate(names):
            offset = interval * i / max(len(names), 1)
            self.scheduler.add_job(
                self._pass, IntervalTrigger(seconds=interval.total_seconds(),
                                            start_date=now + interval + offset, timezone=timezone.utc),
                args=[[name]], id=f"poll:{name}", name=f"poll {name}", replace_existing=True)

    def _run_soon(self, job_id: str = "now") -> None:
        """A pass of every account as soon as the executor is free."""
        self.scheduler.add_job(self._pass, DateTrigger(run_date=_utcnow(), timezone=timezone.utc),
                               args=[[ALL]], id=job_id, name=job_id, replace_existing=True)

    def _schedule_wake(self, started: datetime) -> None:
        """The one wake-up job, at the next due follow-up, derived from the store."""
        try:
            dues = [p.due for p in self.engine.plan() if p.status == "waiting"]
        except Exception:  # noqa: BLE001 - the next poll recomputes it
            log.exception("could not compute the next wake-up")
            return
        if not dues:
            if self.scheduler.get_job("wake"):
                self.scheduler.remove_job("wake")
            return
        due = min(dues)
        # A follow-up still "waiting" at or before the instant this pass read the clock: the
        # plan and the clock disagree by a hair; look again in a second rather than spin.
        when = max(due, started + timedelta(seconds=1))
        self.scheduler.add_job(self._pass, DateTrigger(run_date=when, timezone=timezone.utc),
                               args=[[ALL]], id="wake", name="wake-up", replace_existing=True)
        log.debug("next wake-up at %s", when.isoformat())

    # -- one pass ------------------------------------------------------------------------------

    def _pass(self, accounts: Iterable[str]) -> None:
        with self._pending_lock:
            self._pending.update(accounts)
        with self._pass_lock:
            if self._stop.is_set():
                return
            with self._pending_lock:
                todo, self._pending = self._pending, set()
            if not todo:
                return  # merged into the pass that just ran
            self._apply_new_config()
            names = None if ALL in todo else sorted(todo)
            self._busy_since = time.monotonic()
            started = self.engine.clock()
            try:
                report = self.engine.run_pass(accounts=names)
            except Exception as e:  # noqa: BLE001 - the daemon keeps running; the next pass retries
                log.exception("pass failed; retrying at the next interval")
                self.last_error = f"last pass failed: {type(e).__name__}: {e}"
                report = None
            else:
                self.last_error = None
                self.last_report = report
            finally:
                self._busy_since = None
                self._hang_reported = False
            self.passes += 1
            self._after_pass(report, started)

    def _after_pass(self, report, started: datetime) -> None:
        self._schedule_wake(started)
        if report is not None and report.drafted:
            n = len(report.drafted)
            log.info("%d new draft(s) waiting in Drafts", n)
            self.notify_desktop("followupd",
                                f"{n} new follow-up draft{'s' if n != 1 else ''} waiting in Drafts")
        line = self.status_line(report)
        if not self.ready:
            self.ready = True
            self.notifier.ready(line)
            log.info("ready: %s", line)
        else:
            self.notifier.status(line)

    def status_line(self, report=None) -> str:
        """One line for ``systemctl status``: drafts waiting, the next follow-up, the last
        pass and what went wrong."""
        from .model import FState

        parts = []
        try:
            states = self.store.followups()
            waiting = sum(1 for s in states.values() if s.state is FState.DRAFTED)
            parts.append(f"{waiting} draft{'s' if waiting != 1 else ''} waiting")
            job = self.scheduler.get_job("wake")
            if job is not None and job.next_run_time is not None:
                from zoneinfo import ZoneInfo

                local = job.next_run_time.astimezone(ZoneInfo(self.config.user.timezone))
                parts.append(f"next follow-up {local:%a %Y-%m-%d %H:%M %Z}")
            else:
                parts.append("nothing planned")
        except Exception as e:  # noqa: BLE001 - a status line must never break the daemon
            parts.append(f"status unavailable ({type(e).__name__})")
        stamp = self.engine.clock().astimezone().strftime("%H:%M:%S")
        if self.last_error:
            parts.append(f"{self.last_error} at {stamp}")
        elif report is not None:
            parts.append(f"last pass {stamp} ({report.new_messages} new message(s), "
                         f"{len(report.drafted)} drafted)")
            if report.account_errors:
                parts.append("failing: " + ", ".join(sorted(report.account_errors)))
        return "; ".join(parts)

    # -- reload --------------------------------------------------------------------------------

    def _read_new_config(self) -> None:
        from .config import load_config

        self.notifier.notify(reloading=1, monotonic_usec=time.clock_gettime_ns(
            time.CLOCK_MONOTONIC) // 1000)
        try:
            new = load_config(self.config_path)
        except ConfigError as e:
            msg = "; ".join(e.problems)
            log.error("config not reloaded, keeping the old one: %s", msg)
            self.notifier.notify(ready=1, status=f"config reload failed, old config kept: {msg}")
            return
        except Exception as e:  # noqa: BLE001 - a reload must never kill the daemon
            log.error("config not reloaded, keeping the old one: %s: %s", type(e).__name__, e)
            self.notifier.notify(ready=1, status="config reload failed, old config kept")
            return
        self._new_config = new
        log.info("config read again; it takes effect now")
        self._run_soon("reload")
        self.notifier.notify(ready=1)

    def _apply_new_config(self) -> None:
        """Swap in a reloaded config (under the pass lock: never in the middle of a pass)."""
        new, self._new_config = self._new_config, None
        if new is None:
            return
        try:
            engine = self.engine_factory(new)
        except Exception:  # noqa: BLE001
            log.exception("the reloaded config could not be used; keeping the old one")
            return
        self.engine.close()
        self.engine, self.config = engine, new
        self._schedule_polls()
        log.info("config reloaded")

    # -- the main loop -------------------------------------------------------------------------

    def _on_term(self, signum, frame) -> None:
        self._stop.set()
        self._tick.set()

    def _on_hup(self, signum, frame) -> None:
        self._reload.set()
        self._tick.set()

    def _watch(self) -> None:
        """Ping the watchdog while passes make progress; act on a hung pass."""
        since = self._busy_since
        hung = since is not None and time.monotonic() - since > self.hang_after
        if not hung:
            self.notifier.watchdog()
            return
        if not self._hang_reported:
            self._hang_reported = True
            log.error("a pass has been running for more than %.0f s; it is hung. Its threads:",
                      self.hang_after)
            faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
        if self.notifier.watchdog_seconds is None:
            log.error("exiting so that the service manager restarts followupd")
            logging.shutdown()
            os._exit(1)
        # else: no more pings; systemd's watchdog kills and restarts us.

    def run(self) -> int:
        _quiet_libraries()
        previous = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
        signal.signal(signal.SIGTERM, self._on_term)
        signal.signal(signal.SIGINT, self._on_term)
        signal.signal(signal.SIGHUP, self._on_hup)
        tick = TICK
        if self.notifier.watchdog_seconds:
            tick = min(tick, self.notifier.watchdog_seconds / 2)
        self.notifier.status("starting: first pass")
        self.scheduler.start()
        try:
            self._schedule_polls()
            self._run_soon("first")
            wall, mono = time.time(), time.monotonic()
            while not self._stop.is_set():
                self._tick.wait(tick)
                self._tick.clear()
                if self._stop.is_set():
                    break
                if self._reload.is_set():
                    self._reload.clear()
                    self._read_new_config()
                now_wall, now_mono = time.time(), time.monotonic()
                drift = (now_wall - wall) - (now_mono - mono)
                if abs(drift) > CLOCK_JUMP:
                    log.info("the clock jumped by %s (sleep, or a clock change); catching up",
                             timedelta(seconds=round(drift)))
                    self.scheduler.wakeup()
                wall, mono = now_wall, now_mono
                self._watch()
            return self._shutdown()
        finally:
            for s, h in previous.items():
                signal.signal(s, h)

    def _shutdown(self) -> int:
        log.info("stopping")
        self.notifier.stopping()
        self.scheduler.shutdown(wait=False)
        if not self._pass_lock.acquire(timeout=self.stop_grace):
            log.warning("the running pass did not finish within %.0f s; exiting anyway (what it "
                        "committed is kept, the rest is redone at the next start)",
                        self.stop_grace)
            logging.shutdown()
            os._exit(0)
        try:
            self.engine.close()
        finally:
            self._pass_lock.release()
        self.notifier.close()
        log.info("stopped")
        return 0


def _quiet_libraries() -> None:
    """APScheduler logs every job run at INFO: keep that for --verbose only. Under journald,
    drop our timestamps (the journal has its own)."""
    root = logging.getLogger()
    if root.getEffectiveLevel() > logging.DEBUG:
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
    # A poll that fires while a pass still runs is skipped by design (max_instances=1: that
    # pass is already doing the work); APScheduler warns about each one. Not worth a warning.
    sched = logging.getLogger("apscheduler.scheduler")
    if not any(isinstance(f, _SkippedPollFilter) for f in sched.filters):
        sched.addFilter(_SkippedPollFilter())
    if os.environ.get("JOURNAL_STREAM"):
        for h in root.handlers:
            h.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))


class _SkippedPollFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "maximum number of running instances" not in record.getMessage()


def run_forever(config, store, engine, config_path: str | None = None) -> int:
    """`followupd run`: the daemon in the foreground, until SIGTERM."""
    return Daemon(config, store, engine, config_path).run()
