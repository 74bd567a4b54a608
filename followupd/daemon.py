"""The long-running loop behind `followupd run`: a pass every `sync.interval`, and one as soon
as a follow-up falls due. SIGTERM finishes the current pass and exits 0; SIGHUP reloads the
config (a bad new config is reported and the old one kept).

The plan is never kept in memory between passes: each wake-up derives it from the store, so a
restart or a clock jump (a laptop asleep over a weekend) catches up once.
"""

from __future__ import annotations

import logging
import signal
import threading
from datetime import datetime, timedelta, timezone

from .errors import ConfigError

log = logging.getLogger(__name__)


def _next_due(engine) -> datetime | None:
    dues = [p.due for p in engine.plan() if p.status == "waiting"]
    return min(dues) if dues else None


def run_forever(config, store, engine, config_path: str | None = None) -> int:
    stop = threading.Event()
    reload = threading.Event()
    wake = threading.Event()

    def on_term(signum, frame):
        stop.set()
        wake.set()

    def on_hup(signum, frame):
        reload.set()
        wake.set()

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    signal.signal(signal.SIGHUP, on_hup)

    while not stop.is_set():
        if reload.is_set():
            reload.clear()
            from .config import load_config

            try:
                new = load_config(config_path)
            except ConfigError as e:
                log.error("config not reloaded, keeping the old one: %s", "; ".join(e.problems))
            else:
                engine.close()
                config = new
                engine.__init__(config, store)
                log.info("config reloaded")
        try:
            report = engine.run_pass()
            if report.drafted:
                log.info("%d new draft(s) waiting in Drafts", len(report.drafted))
        except Exception:  # noqa: BLE001 - the daemon keeps running; the next pass retries
            log.exception("pass failed; retrying at the next interval")
        now = datetime.now(timezone.utc)
        wait = config.sync.interval
        try:
            due = _next_due(engine)
        except Exception:  # noqa: BLE001
            due = None
        if due is not None:
            wait = min(wait, max(due - now, timedelta(seconds=1)))
        wake.wait(wait.total_seconds())
        wake.clear()
    log.info("stopped")
    return 0
