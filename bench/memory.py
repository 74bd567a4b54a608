"""The daemon's memory over a long idle run, and `status` latency, with many employers.

    python bench/memory.py [--employers 500] [--passes 1000] [--keep DIR]

Builds a local account (Maildir + calendar folder) holding the mail of N employers (an
invitation from each; an interview and a recruiter's follow-up for every other one), then runs
the real daemon (`followupd.daemon.Daemon`: APScheduler, the pass lock, the wake-up job) in
this process with the poll interval shortened to 1 ms — the config only accepts "1s" or more,
and 1,000 passes at 1 s would take a quarter of an hour; every pass after the first is idle
(nothing new). Prints the resident set size (VmRSS) after the first sync, after 10 % of the
passes and after all of them, and whether it grew; then `followupd status` latency: in
process (the command's own work) and as a fresh process (what a user waits for).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = ["North", "Bright", "Quill", "Halcy", "Tessel", "Arbor", "Cobalt", "Drift", "Ember",
         "Fjord", "Granite", "Harbor", "Indigo", "Juniper", "Kestrel", "Lumen", "Meridian",
         "Nimbus", "Onyx", "Pioneer"]
TAILS = ["wind", "leaf", "stone", "works", "labs", "data", "scale", "path", "forge", "field"]


def rss_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # peak, not current (macOS)
    return usage / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _deliver(folder: Path, msg: EmailMessage, n: int, seen: bool = False) -> None:
    name = f"{int(time.time())}.M{n}P{os.getpid()}.bench"
    sub = "cur" if seen else "new"
    (folder / sub / (name + (":2,S" if seen else ""))).write_bytes(msg.as_bytes())


def build_mailbox(root: Path, employers: int, now: datetime) -> Path:
    """The Maildir, calendar and config of a user in touch with ``employers`` companies."""
    mail, cal = root / "mail", root / "calendar"
    for folder in ("INBOX", "Sent", "Drafts"):
        for sub in ("cur", "new", "tmp"):
            (mail / folder / sub).mkdir(parents=True, exist_ok=True)
    cal.mkdir(exist_ok=True)
    n = 0
    for i in range(employers):
        company = f"{WORDS[i % len(WORDS)]}{TAILS[(i // len(WORDS)) % len(TAILS)]} {i}"
        domain = f"{company.lower().replace(' ', '-')}.example.com"
        recruiter = f"Maya Chen <maya.chen@{domain}>"
        sent = now - timedelta(days=20, hours=i % 48)
        msg = EmailMessage()
        msg["From"] = recruiter
        msg["To"] = "Alex Morgan <alex.morgan@example.com>"
        msg["Subject"] = f"Interview invitation – Data Engineer at {company}"
        msg["Date"] = format_datetime(sent)
        msg["Message-ID"] = make_msgid(domain=domain)
        msg.set_content(
            f"Hi Alex,\n\nThank you for applying for the Data Engineer position at {company}. "
            "We were impressed by your background and would like to invite you to an interview "
            "with our team. Could you share your availability for next week?\n\nBest regards,\n"
            f"Maya Chen\nSenior Technical Recruiter\n{company}\n")
        n += 1
        _deliver(mail / "INBOX", msg, n)
        if i % 2 == 0:
            start = sent + timedelta(days=7)
            end = start + timedelta(hours=1)
            fmt = "%Y%m%dT%H%M%SZ"
            (cal / f"i{i}.ics").write_text("\r\n".join([
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN", "BEGIN:VEVENT",
                f"UID:i{i}@{domain}", "DTSTAMP:20260101T000000Z",
                f"DTSTART:{start.astimezone(timezone.utc):{fmt}}",
                f"DTEND:{end.astimezone(timezone.utc):{fmt}}",
                f"SUMMARY:Interview: Alex Morgan / {company} – Data Engineer",
                f"ORGANIZER;CN=Maya Chen:mailto:maya.chen@{domain}",
                "ATTENDEE;CN=Alex Morgan;PARTSTAT=ACCEPTED:mailto:alex.morgan@example.com",
                f"ATTENDEE;CN=Dana Reyes;PARTSTAT=ACCEPTED:mailto:dana.reyes@{domain}",
                "END:VEVENT", "END:VCALENDAR", ""]))
    config = root / "config.toml"
    config.write_text(f"""[user]
name = "Alex Morgan"
email = ["alex.morgan@example.com"]
timezone = "America/New_York"
country = "US"
signature = "Alex Morgan"

[[accounts]]
name = "home"
provider = "local"
maildir = "{mail}"
calendar_dir = "{cal}"

[paths]
data_dir = "{root / 'data'}"

[sync]
interval = "1s"
""")
    return config


def run_daemon(config_path: Path, passes: int) -> list[tuple[str, float, float]]:
    """Run the real daemon until ``passes`` passes are done; RSS at milestones."""
    from followupd.config import load_config
    from followupd.daemon import Daemon
    from followupd.engine import Engine
    from followupd.notify import SystemdNotifier
    from followupd.store import Store

    config = load_config(str(config_path))
    config = dataclasses.replace(config, sync=dataclasses.replace(
        config.sync, interval=timedelta(milliseconds=1)))
    os.makedirs(config.paths.data_dir, exist_ok=True)
    store = Store(config.paths.database)
    engine = Engine(config, store)
    daemon = Daemon(config, store, engine, str(config_path), notifier=SystemdNotifier({}),
                    notify_desktop=lambda *a: None)
    marks = sorted({1, max(2, passes // 10), passes + 1})
    out: list[tuple[str, float, float]] = []
    t0 = time.monotonic()

    def watch() -> None:
        for mark in marks:
            while daemon.passes < mark:
                time.sleep(0.005)
            gc.collect()
            label = "first sync" if mark == 1 else f"after {mark - 1} idle passes"
            out.append((label, rss_mb(), time.monotonic() - t0))
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, daemon=True).start()
    daemon.run()
    store.close()
    return out


def status_latency(config_path: Path, runs: int = 5) -> tuple[float, float]:
    from followupd.cli import main

    inproc = []
    devnull = open(os.devnull, "w")
    for _ in range(runs):
        saved, sys.stdout = sys.stdout, devnull
        t = time.perf_counter()
        try:
            main(["--config", str(config_path), "status"])
        finally:
            sys.stdout = saved
        inproc.append(time.perf_counter() - t)
    fresh = []
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "followupd.cli", "--config", str(config_path),
                        "status"], env=env, stdout=subprocess.DEVNULL, check=True)
        fresh.append(time.perf_counter() - t)
    return statistics.median(inproc), statistics.median(fresh)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--employers", type=int, default=500)
    ap.add_argument("--passes", type=int, default=1000)
    ap.add_argument("--keep", metavar="DIR", help="build the mailbox here and keep it")
    args = ap.parse_args()
    import logging

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="followupd-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    now = datetime.now(timezone.utc)
    config = build_mailbox(root, args.employers, now)
    print(f"{args.employers} employers, {args.passes} idle passes; mailbox in {root}")
    print(f"RSS before the daemon starts: {rss_mb():.1f} MB")
    marks = run_daemon(config, args.passes)
    for label, mb, t in marks:
        print(f"RSS {label:<26} {mb:7.1f} MB   (t = {t:6.1f} s)")
    first, tenth, last = marks[0][1], marks[1][1], marks[-1][1]
    idle = args.passes - (int(marks[1][0].split()[1]) if len(marks) > 2 else 0)
    per_pass = (marks[-1][2] - marks[1][2]) / max(idle, 1)
    print(f"growth over the idle passes: {last - tenth:+.1f} MB after the first 10 % "
          f"({last - first:+.1f} MB since the first sync); {per_pass * 1000:.1f} ms per idle pass")
    verdict = "no growth" if last - tenth < 5 else "GROWS"
    print(f"memory: {verdict}")
    inproc, fresh = status_latency(config)
    print(f"`followupd status` with {args.employers} employers: {inproc * 1000:.0f} ms in process, "
          f"{fresh * 1000:.0f} ms as a new process (median of 5)")
    return 0 if verdict == "no growth" else 1


if __name__ == "__main__":
    sys.exit(main())
