"""Outlook sync cost against the fake Graph (tests/fake_graph.py): HTTP requests and time of a
first sync, an idle pass, an incremental pass and one reply draft.

    python bench/sync_outlook.py [--messages 2000] [--hiring 300] [--latency 0.05]

bench/sync.py imports this module and prints ``rows(...)`` beside the Gmail figures.
``outlook_figures()`` returns the same as (name, number) pairs. Graph has no quota units;
its limits are 10,000 requests per 10 minutes and 4 concurrent requests per mailbox
(API-NOTES §4), so ``quota_units`` is left empty and ``api_calls`` equals ``http_requests``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for p in (ROOT, os.path.join(ROOT, "tests")):
    if p not in sys.path:
        sys.path.insert(0, p)

USER = "alex.morgan@example.com"


def _message(n: int, when: datetime, hiring: bool) -> bytes:
    msg = EmailMessage()
    if hiring:
        msg["From"] = f"Recruiter {n % 60} <talent@company{n % 60}.example>"
        msg["Subject"] = "Interview invitation – Data Engineer"
        body = "Hi Alex,\n\nWe would like to invite you to an interview. Your availability?\n"
    else:
        msg["From"] = f"Digest <news@sender{n % 400}.example>"
        msg["Subject"] = f"Your weekly digest #{n}"
        body = "Top stories this week."
    msg["To"] = f"Alex Morgan <{USER}>"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<outlook-bench{n}@bench.example>"
    msg.set_content(body)
    return msg.as_bytes()


def _delay(fake, latency: float) -> None:
    """Add ``latency`` seconds to every request the fake serves."""
    serve = fake.serve

    def slow(h, method):
        time.sleep(latency)
        return serve(h, method)

    fake.serve = slow


def rows(messages: int = 2000, hiring: int = 300, latency: float = 0.05) -> list[dict]:
    from argparse import Namespace
    from io import StringIO

    from fake_graph import CLIENT_ID, FakeAuthority, FakeGraph

    from followupd.auth_microsoft import auth_outlook
    from followupd.config import load_config
    from followupd.providers.outlook import OutlookProvider

    now = datetime.now(timezone.utc)
    since = now - timedelta(days=60)
    graph = FakeGraph(max_concurrent=None)
    authority = FakeAuthority(graph)
    old_ca = os.environ.get("REQUESTS_CA_BUNDLE")
    os.environ["REQUESTS_CA_BUNDLE"] = authority.cert
    tmp = Path(tempfile.mkdtemp(prefix="bench-outlook-"))
    out: list[dict] = []
    try:
        rng = random.Random(1)
        for n in range(messages):
            when = now - timedelta(minutes=rng.randrange(55 * 24 * 60))
            graph.deliver(_message(n, when, n < hiring), "inbox", when)
        (tmp / "config.toml").write_text(f"""[user]
name = "Alex Morgan"
email = ["{USER}"]
timezone = "UTC"
[[accounts]]
name = "bench"
provider = "outlook"
client_id = "{CLIENT_ID}"
endpoints = {{ graph = "{graph.url}", authority = "{authority.url}" }}
[paths]
data_dir = "{tmp / 'data'}"
""")
        config = load_config(str(tmp / "config.toml"))
        assert auth_outlook(config, Namespace(account="bench", client_id=None, tenant=None),
                            out=StringIO()) == 0
        p = OutlookProvider.from_config(config.accounts[0], config)
        _delay(graph, latency)

        def measure(strategy, fn):
            before = len(graph.log)
            t0 = time.perf_counter()
            fetched = fn()
            n = len(graph.log) - before
            out.append({"provider": "outlook", "strategy": strategy, "http_requests": n,
                        "api_calls": n, "quota_units": "", "fetched": fetched,
                        "seconds": round(time.perf_counter() - t0, 2)})

        state = {}

        def first():
            state["mail"] = p.sync_mail(None, since=since, seen=lambda uid: False)
            return len(state["mail"].messages)

        def first_cal():
            state["cal"] = p.sync_calendar(None, since=since, until=now + timedelta(days=120))
            return len(state["cal"].events)

        def idle():
            p.sync_mail(state["mail"].cursor, since=since, seen=lambda uid: True)
            p.sync_calendar(state["cal"].cursor, since=since, until=now + timedelta(days=120))
            return 0

        def incremental():
            for n in range(5):
                graph.deliver(_message(messages + n, now, True), "inbox", now)
            seen = {m.uid for m in state["mail"].messages}
            b = p.sync_mail(state["mail"].cursor, since=since, seen=seen.__contains__)
            return len(b.messages)

        measure("first sync: delta, MIME for candidates", first)
        measure("first calendar sync", first_cal)
        measure("idle pass (inbox, sent, drafts, calendar)", idle)
        measure("5 new messages", incremental)
        p.close()
        return out
    finally:
        if old_ca is None:
            os.environ.pop("REQUESTS_CA_BUNDLE", None)
        else:
            os.environ["REQUESTS_CA_BUNDLE"] = old_ca
        graph.close()
        authority.close()
        shutil.rmtree(tmp, ignore_errors=True)


def outlook_figures(messages: int = 2000, hiring: int = 300,
                    latency: float = 0.05) -> list[tuple[str, int]]:
    return [(r["strategy"], r["http_requests"]) for r in rows(messages, hiring, latency)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--hiring", type=int, default=300)
    ap.add_argument("--latency", type=float, default=0.05)
    args = ap.parse_args(argv)
    result = rows(args.messages, args.hiring, args.latency)
    print(f"outlook: {args.messages} messages, {args.latency * 1000:.0f} ms per request")
    for r in result:
        print(f"  {r['strategy']:<42} {r['http_requests']:>6} requests  {r['seconds']:>7} s  "
              f"fetched {r['fetched']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
