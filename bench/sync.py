"""Sync cost: HTTP requests, API calls and quota units of a first sync and of an idle pass.

    python bench/sync.py [--messages 10000] [--hiring 300] [--latency 0.05]

Gmail runs against the fake Google of tests/fake_google.py (a real HTTP server on 127.0.0.1)
with ``--latency`` seconds added to every HTTP request, on a mailbox of ``--messages`` messages
(``--hiring`` of them hiring-related, the rest newsletters, receipts, social notifications and
job alerts, some of which carry hiring words) all inside the lookback window. Beside followupd's
strategy (server-side search, batched metadata, full messages only for candidates) it runs a
naive one: metadata of every message in the window. Quota units are Gmail's legacy per-method
costs (API-NOTES §2.9); Calendar counts requests.

Other providers add their figures from a module next to this one: if ``bench/sync_outlook.py``
exists, its ``rows(messages: int, hiring: int, latency: float) -> list[dict]`` is called with
the same arguments, and every row (a dict with the keys of ``COLUMNS``) is printed in the same
table.
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path[:0] = [ROOT, os.path.join(ROOT, "tests"), HERE]

COLUMNS = ("provider", "strategy", "http_requests", "api_calls", "quota_units", "seconds",
           "fetched")
USER = "alex.morgan@example.com"

_NOISE = [
    ("Weekly digest <news@{d}>", "Your weekly digest #{n}", "Top stories this week: {n}."),
    ("Shop <orders@{d}>", "Your order {n} has shipped", "Thanks for your purchase {n}."),
    ("Social <notify@{d}>", "You have {n} new notifications", "Someone liked your post."),
    ("Deals <deals@{d}>", "Special offer {n}: 20% off", "A limited offer for you."),
    ("JobAlerts <alerts@jobboard-{n}.example>", "New position: Data Engineer {n}",
     "A new position matches your search. Your application takes two minutes."),
]
_HIRING = [
    ("Thank you for your application – {role}", "Hi Alex,\n\nThank you for applying for the "
     "{role} position at {co}. We received your application and will review it.\n\nThe {co} "
     "recruiting team"),
    ("Interview invitation – {role}", "Hi Alex,\n\nWe would like to invite you to an interview "
     "for the {role} role. Could you share your availability next week?\n\nBest,\n{who}"),
    ("Re: Interview invitation – {role}", "Hi Alex,\n\nTuesday at 10:00 works; a calendar "
     "invitation follows.\n\n{who}"),
    ("Update on your application", "Hi Alex,\n\nUnfortunately we decided to move forward with "
     "other candidates for the {role} position.\n\n{who}"),
    ("Next steps", "Hi Alex,\n\nThanks for your time today. We will get back to you by "
     "Friday.\n\n{who}"),
]


def _message(frm: str, subject: str, body: str, when: datetime, n: int,
             bulk: bool = False) -> bytes:
    msg = EmailMessage()
    if bulk:  # what every bulk sender carries (Gmail's 2024 sender rules)
        msg["List-Unsubscribe"] = f"<https://example.com/unsubscribe/{n}>"
    msg["From"] = frm
    msg["To"] = f"Alex Morgan <{USER}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<bench{n}@bench.example>"
    msg.set_content(body)
    return msg.as_bytes()


def populate(fake, messages: int, hiring: int, now: datetime, seed: int = 1) -> None:
    """Fill the fake mailbox: ``hiring`` hiring messages from ``hiring // 5`` employers and
    noise up to ``messages``, all in the last 55 days."""
    rng = random.Random(seed)
    for n in range(messages - hiring):
        frm, subject, body = _NOISE[n % len(_NOISE)]
        d = f"sender{n % 400}.example"
        when = now - timedelta(minutes=rng.randrange(55 * 24 * 60))
        fake.insert(_message(frm.format(d=d, n=n), subject.format(n=n), body.format(n=n), when,
                             n, bulk=True), ["INBOX", "UNREAD"], int(when.timestamp() * 1000))
    for k in range(hiring):
        co = f"Company{k // 5}"
        subject, body = _HIRING[k % len(_HIRING)]
        who = f"Recruiter {k // 5}"
        fmt = dict(role="Data Engineer", co=co, who=who)
        when = now - timedelta(minutes=rng.randrange(55 * 24 * 60))
        fake.insert(_message(f"{who} <talent@company{k // 5}.example>", subject.format(**fmt),
                             body.format(**fmt), when, 10**6 + k),
                    ["INBOX"], int(when.timestamp() * 1000))


def _measure(fake, fn) -> tuple[object, dict]:
    fake.reset_log()
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    calls = fake.calls()
    outer = [c for c in calls if not c.inner and c.api != "token"]
    api = [c for c in calls if c.api not in ("batch", "token")]
    return result, {"http_requests": len(outer), "api_calls": len(api),
                    "quota_units": sum(c.units for c in calls), "seconds": round(seconds, 2)}


def gmail_rows(messages: int, hiring: int, latency: float) -> list[dict]:
    from fake_google import SCOPES, FakeGoogle

    from followupd.config import AccountConfig
    from followupd.providers.gmail import GmailProvider
    from followupd.secrets import MemoryStore

    now = datetime.now(timezone.utc)
    since = now - timedelta(days=60)
    fake = FakeGoogle()
    try:
        cid, secret = fake.add_client()
        rt = fake.issue_refresh_token(cid)
        populate(fake, messages, hiring, now)
        account = AccountConfig(name="bench", provider="gmail", endpoints={
            "gmail": fake.url, "calendar": fake.url, "token": fake.url + "/token"})
        store = MemoryStore({"bench": {"client_id": cid, "client_secret": secret,
                                       "refresh_token": rt, "scopes": list(SCOPES)}})
        p = GmailProvider(account, user_emails=[USER], store=store)
        p.sync_calendar(None, since=since, until=now)  # refresh the token outside the figures
        fake.latency = latency
        rows = []

        def row(strategy, stats, fetched):
            rows.append({"provider": "gmail", "strategy": strategy, **stats,
                         "fetched": fetched})

        batch, stats = _measure(fake, lambda: p.sync_mail(None, since=since,
                                                           seen=lambda uid: False))
        row("first sync: search + batches", stats, len(batch.messages))
        cal, stats = _measure(fake, lambda: p.sync_calendar(None, since=since,
                                                            until=now + timedelta(days=120)))
        row("first calendar sync", stats, len(cal.events))

        def idle():
            p.sync_mail(batch.cursor, since=since, seen=lambda uid: True)
            p.sync_calendar(cal.cursor, since=since, until=now + timedelta(days=120))

        _, stats = _measure(fake, idle)
        row("idle pass (mail + 1 calendar)", stats, 0)

        def naive():
            after = f"after:{int(since.timestamp())}"
            ids = [m["id"] for m in p._list(after)]
            heads = p._batch(lambda mid: p.gmail.messages().get(
                userId="me", id=mid, format="metadata"), ids)
            return len(heads)

        fetched, stats = _measure(fake, naive)
        row("naive: metadata of every message", stats, fetched)
        p.close()
        return rows
    finally:
        fake.stop()


def other_rows(messages: int, hiring: int, latency: float) -> list[dict]:
    rows = []
    for name in ("sync_outlook",):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        rows += module.rows(messages=messages, hiring=hiring, latency=latency)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--hiring", type=int, default=300)
    ap.add_argument("--latency", type=float, default=0.05, help="seconds added per request")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    rows = gmail_rows(args.messages, args.hiring, args.latency)
    rows += other_rows(args.messages, args.hiring, args.latency)
    print(f"mailbox: {args.messages} messages, {args.hiring} hiring-related; "
          f"{args.latency * 1000:.0f} ms latency per HTTP request\n")
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in COLUMNS}
    print("  ".join(c.ljust(widths[c]) for c in COLUMNS))
    for r in rows:
        print("  ".join(str(r.get(c, "")).ljust(widths[c]) for c in COLUMNS))
    print(f"\n(bench ran in {time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
