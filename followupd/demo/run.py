"""`followupd demo`: replay the bundled sample mailbox on a simulated clock.

The mail and invitations in ``mailbox/`` are delivered into a temporary Maildir and ``.ics``
folder at the instants ``timeline.toml`` gives; the real engine (local provider, store, planner,
drafts) runs a pass at each delivery and whenever a follow-up falls due. The simulated user sends
each draft followupd writes a little later, as a person would, from their mail client (the draft
leaves Drafts and a copy lands in Sent). Nothing is sent anywhere.
"""

from __future__ import annotations

import email.utils
import json
import os
import shutil
import tempfile
import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser
from importlib import resources
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

SEND_DELAY = timedelta(minutes=45)  # the simulated user sends a draft this long after it appears


@dataclass
class Delivery:
    at: datetime
    file: str | None = None
    folder: str | None = None
    calendar: str | None = None
    remove: str | None = None


class SimClock:
    def __init__(self, start: datetime):
        self.t = start

    def __call__(self) -> datetime:
        return self.t


def mailbox_root() -> Path:
    return Path(str(resources.files("followupd.demo") / "mailbox"))


def load_timeline(root: Path) -> tuple[dict, list[Delivery]]:
    with open(root / "timeline.toml", "rb") as f:
        data = tomllib.load(f)
    deliveries = [
        Delivery(
            at=datetime.fromisoformat(d["at"]),
            file=d.get("file"),
            folder=d.get("folder"),
            calendar=d.get("calendar"),
            remove=d.get("remove"),
        )
        for d in data.get("deliver", [])
    ]
    deliveries.sort(key=lambda d: d.at)
    return data["user"], deliveries


def _toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def write_config(work: Path, user: dict) -> Path:
    emails = ", ".join(_toml_str(e) for e in user["email"])
    text = f"""[user]
name = {_toml_str(user["name"])}
email = [{emails}]
timezone = {_toml_str(user["timezone"])}
country = {_toml_str(user.get("country", "US"))}
signature = {_toml_str(user.get("signature", user["name"]))}

[[accounts]]
name = "demo"
provider = "local"
maildir = {_toml_str(str(work / "mail"))}
calendar_dir = {_toml_str(str(work / "calendar"))}
folders = {{ inbox = "INBOX", sent = "Sent", drafts = "Drafts", watch = ["Jobs"] }}

[sync]
interval = "5m"
lookback = "120d"

[paths]
data_dir = {_toml_str(str(work / "data"))}
"""
    path = work / "config.toml"
    path.write_text(text)
    os.chmod(path, 0o600)
    return path


def _maildir(path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)


class Replay:
    """The demo world: a Maildir, a calendar folder, the engine, and a simulated user."""

    def __init__(self, work: Path, root: Path | None = None):
        from ..config import load_config
        from ..engine import Engine
        from ..store import Store

        self.root = root or mailbox_root()
        self.work = work
        self.user, self.deliveries = load_timeline(self.root)
        self.tz = ZoneInfo(self.user["timezone"])
        for folder in ("INBOX", "Sent", "Drafts", "Jobs"):
            _maildir(work / "mail" / folder)
        (work / "calendar").mkdir(parents=True, exist_ok=True)
        self.config = load_config(str(write_config(work, self.user)))
        os.makedirs(self.config.paths.data_dir, exist_ok=True)
        self.store = Store(self.config.paths.database)
        self.clock = SimClock(datetime.fromisoformat(self.user["start"]))
        self.end = datetime.fromisoformat(self.user["end"])
        self.engine = Engine(self.config, self.store, clock=self.clock)
        self.log: list[tuple[datetime, str]] = []
        self.drafts: list[dict] = []  # every draft created, with its text
        self._to_send: list[tuple[datetime, str]] = []  # (when, draft file name)
        self._seq = 0

    # -- the world's moves -------------------------------------------------------------------

    def deliver(self, d: Delivery) -> None:
        if d.file:
            data = (self.root / d.file).read_bytes()
            self._put(self.work / "mail" / (d.folder or "INBOX"), data, seen=d.folder == "Sent")
            msg = BytesParser(policy=policy.default).parsebytes(data)
            who = email.utils.parseaddr(msg.get("From", ""))[0] or msg.get("From", "")
            arrow = "you →" if d.folder == "Sent" else f"{d.folder or 'INBOX'} ←"
            self.log.append((d.at, f"{arrow} {who}: {msg.get('Subject', '')}"))
        if d.calendar:
            src = self.root / d.calendar
            shutil.copy(src, self.work / "calendar" / src.name)
            self.log.append((d.at, f"calendar: {src.name} updated"))
        if d.remove:
            target = self.work / "calendar" / Path(d.remove).name
            if target.exists():
                target.unlink()
            self.log.append((d.at, f"calendar: {Path(d.remove).name} removed"))

    def _put(self, folder: Path, data: bytes, seen: bool) -> str:
        self._seq += 1
        name = f"{int(self.clock().timestamp())}.M{self._seq}P1.demo"
        tmp = folder / "tmp" / name
        tmp.write_bytes(data)
        final = folder / ("cur" if seen else "new") / (name + (":2,S" if seen else ""))
        os.replace(tmp, final)
        return name

    def user_sends(self, draft_name: str) -> None:
        """The simulated user sends one of the drafts from their mail client."""
        drafts = self.work / "mail" / "Drafts" / "cur"
        matches = [p for p in drafts.iterdir() if p.name.split(":")[0] == draft_name]
        if not matches:
            return
        msg = BytesParser(policy=policy.default).parsebytes(matches[0].read_bytes())
        del msg["Date"]
        msg["Date"] = email.utils.format_datetime(self.clock())
        self._put(self.work / "mail" / "Sent", msg.as_bytes(), seen=True)
        matches[0].unlink()
        self.log.append((self.clock(), f"you sent the draft: {msg.get('Subject', '')}"))

    # -- the loop ----------------------------------------------------------------------------

    def run_pass(self) -> None:
        report = self.engine.run_pass()
        for key in report.drafted:
            st = self.store.get_followup(key)
            if st is None or st.draft_id is None:
                continue
            path = next((p for p in (self.work / "mail" / "Drafts" / "cur").iterdir()
                         if p.name.split(":")[0] == st.draft_id), None)
            raw = path.read_bytes() if path else b""
            self.drafts.append({"at": self.clock(), "key": key, "kind": st.kind.value,
                                "to": list(st.to), "employer": st.employer_key, "raw": raw})
            self.log.append((self.clock(), f"DRAFT {st.kind.value} → {', '.join(st.to)}"))
            self._to_send.append((self.clock() + SEND_DELAY, st.draft_id))
        for key in report.retracted:
            self.log.append((self.clock(), f"retracted an obsolete draft ({key.split(':')[0]})"))

    def next_instant(self, pending: list[Delivery]) -> datetime | None:
        candidates = [d.at for d in pending[:1]] + [t for t, _ in self._to_send]
        for p in self.engine.plan():
            if p.status == "waiting":
                candidates.append(p.due)
        later = [t for t in candidates if t > self.clock()]
        nxt = min(later) if later else None
        if nxt is None or nxt > self.end:
            return None
        return nxt

    def run(self) -> None:
        pending = list(self.deliveries)
        self.run_pass()
        while True:
            nxt = self.next_instant(pending)
            if nxt is None:
                break
            self.clock.t = nxt
            while pending and pending[0].at <= nxt:
                self.deliver(pending.pop(0))
            for when, name in [s for s in self._to_send if s[0] <= nxt]:
                self._to_send.remove((when, name))
                self.user_sends(name)
            self.run_pass()

    def close(self) -> None:
        self.engine.close()
        self.store.close()


def _fmt(dt: datetime, tz: ZoneInfo) -> str:
    return dt.astimezone(tz).strftime("%a %d %b %H:%M")


def run_demo(out: TextIO, keep: str | None = None) -> int:
    from ..views import show_view

    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="followupd-demo-"))
    work.mkdir(parents=True, exist_ok=True)
    replay = Replay(work)
    try:
        replay.run()
        tz = replay.tz
        print(f"followupd demo: {len(replay.deliveries)} deliveries replayed from "
              f"{_fmt(datetime.fromisoformat(replay.user['start']), tz)} to "
              f"{_fmt(replay.end, tz)} ({replay.user['timezone']}).\n", file=out)
        print("What happened", file=out)
        for when, what in sorted(replay.log, key=lambda t: t[0]):
            print(f"  {_fmt(when, tz)}  {what}", file=out)
        employers = replay.engine.employers()
        planned = replay.engine.plan(employers)
        states = replay.store.followups()
        print("\nEmployers", file=out)
        for emp in sorted(employers.values(), key=lambda e: e.name.lower()):
            view = show_view(emp, planned, states, tz)
            for app in view["applications"]:
                print(f"\n  {view['name']} — {app['role'] or '(role unknown)'}: {app['stage']}",
                      file=out)
                for t in app["timeline"]:
                    when = datetime.fromisoformat(t["when"])
                    print(f"    {_fmt(when, tz)}  {t['what']}  {t['detail']}", file=out)
                for f in app["followups"]:
                    if f["state"] == "skipped" and f["reason"]:
                        to = f" to {', '.join(f['to'])}" if f["to"] else ""
                        print(f"    (no {f['kind']}{to}: {f['reason']})", file=out)
        print(f"\nDrafts created ({len(replay.drafts)})", file=out)
        for d in replay.drafts:
            print(f"\n--- {_fmt(d['at'], tz)}  {d['kind']} → {', '.join(d['to'])}", file=out)
            msg = BytesParser(policy=policy.default).parsebytes(d["raw"])
            print(f"Subject: {msg.get('Subject', '')}", file=out)
            part = msg.get_body(preferencelist=("plain",))
            print((part.get_content() if part else "").rstrip(), file=out)
        if keep:
            print(f"\nThe demo's Maildir, calendar and database are in {work}.", file=out)
    finally:
        replay.close()
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0
