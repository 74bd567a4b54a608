"""A simulated world for scenario tests: the user's mailbox and calendar behind a backend (a
real Maildir and .ics folder on disk for `local`; fake servers for the cloud providers), the
real store, engine and provider, and a clock the test moves. Mail is written for the tests.

``World.run_until(t)`` runs a pass at every instant a follow-up falls due up to ``t`` (and at
``t``), so a draft's ``drafted_at`` is its exact due time, as a daemon waking up on time sees it.
"""

from __future__ import annotations

import email.utils
import hashlib
import itertools
import json
import os
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from zoneinfo import ZoneInfo

from followupd.config import load_config
from followupd.engine import Engine
from followupd.model import FollowUpState, Kind
from followupd.store import Store

USER = "alex.morgan@example.com"
_seq = itertools.count(1)


@dataclass
class Draft:
    path: object  # the backend's handle (a file for the local backend, an id for the fakes)
    key: str
    to: list[str]
    subject: str
    body: str
    in_reply_to: str | None
    references: str
    msg: EmailMessage


def _maildir(path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)


def ics_event(uid: str, start: datetime, end: datetime, *, summary: str,
              organizer: tuple[str, str] | None = None,
              attendees: list[tuple[str, str]] = (), sequence: int = 0,
              status: str = "CONFIRMED", method: str | None = None,
              description: str = "") -> bytes:
    """An iCalendar object with one VEVENT; times keep their own zone (TZID)."""

    def dt(name: str, value: datetime) -> str:
        tzname = getattr(value.tzinfo, "key", None)
        if tzname:
            return f"{name};TZID={tzname}:{value.strftime('%Y%m%dT%H%M%S')}"
        return f"{name}:{value.astimezone(ZoneInfo('UTC')).strftime('%Y%m%dT%H%M%SZ')}"

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followupd tests//EN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z", dt("DTSTART", start),
              dt("DTEND", end), f"SUMMARY:{summary}", f"SEQUENCE:{sequence}", f"STATUS:{status}"]
    if description:
        lines.append(f"DESCRIPTION:{description}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for name, addr in attendees:
        lines.append(f"ATTENDEE;CN={name};PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:{addr}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


class LocalBackend:
    """The user's mailbox as a Maildir tree and a vdirsyncer calendar folder on disk."""

    name = "local"

    def __init__(self, root: Path):
        self.root = root
        for folder in ("INBOX", "Sent", "Drafts", "Jobs"):
            _maildir(root / "mail" / folder)
        (root / "calendar").mkdir(exist_ok=True)

    def account_toml(self) -> str:
        return f"""[[accounts]]
name = "home"
provider = "local"
maildir = "{self.root / 'mail'}"
calendar_dir = "{self.root / 'calendar'}"
folders = {{ inbox = "INBOX", sent = "Sent", drafts = "Drafts", watch = ["Jobs"] }}
"""

    def providers(self, config) -> dict | None:
        return None  # built from the config, as in production

    def deliver(self, data: bytes, folder: str, when: datetime) -> None:
        n = next(_seq)
        name = f"{int(when.timestamp())}.M{n}P{os.getpid()}.test"
        d = self.root / "mail" / folder
        (d / "tmp" / name).write_bytes(data)
        sub = "cur" if folder == "Sent" else "new"
        final = d / sub / (name + (":2,S" if folder == "Sent" else ""))
        os.replace(d / "tmp" / name, final)

    def put_event(self, name: str, data: bytes) -> None:
        (self.root / "calendar" / f"{name}.ics").write_bytes(data)

    def remove_event(self, name: str) -> None:
        (self.root / "calendar" / f"{name}.ics").unlink()

    def drafts(self) -> list[tuple[object, bytes]]:
        out = []
        for sub in ("cur", "new"):
            for path in sorted((self.root / "mail" / "Drafts" / sub).iterdir()):
                out.append((path, path.read_bytes()))
        return out

    def send_draft(self, handle, raw: bytes, when: datetime) -> None:
        handle.unlink()
        self.deliver(raw, "Sent", when)

    def delete_draft(self, handle) -> None:
        handle.unlink()

    def edit_draft(self, handle, raw: bytes) -> None:
        handle.write_bytes(raw)

    def user_mail_snapshot(self) -> dict[str, str]:
        out = {}
        for folder in ("INBOX", "Sent", "Jobs"):
            for path in sorted((self.root / "mail" / folder).rglob("*")):
                if path.is_file():
                    out[str(path.relative_to(self.root))] = hashlib.sha256(
                        path.read_bytes()).hexdigest()
        return out

    def close(self) -> None:
        pass


# Other backends (a fake Gmail, a fake Graph) register themselves here from their own modules.
BACKENDS: dict[str, type] = {"local": LocalBackend}


def available_backends() -> list[str]:
    for module in ("fake_google", "fake_graph"):
        try:
            __import__(module)
        except ImportError:
            pass
    return list(BACKENDS)


class World:
    def __init__(self, tmp_path: Path, *, start: datetime, timezone: str = "America/New_York",
                 country: str | None = "US", extra: str = "", user_name: str = "Alex Morgan",
                 backend: str = "local"):
        self.root = tmp_path
        self.tz = ZoneInfo(timezone)
        self.t = start
        available_backends()
        self.backend = BACKENDS[backend](tmp_path)
        country_line = f'country = "{country}"' if country else ""
        text = f"""[user]
name = "{user_name}"
email = ["{USER}"]
timezone = "{timezone}"
{country_line}
signature = "Alex Morgan"

{self.backend.account_toml()}
[paths]
data_dir = "{tmp_path / 'data'}"
{extra}
"""
        (tmp_path / "config.toml").write_text(text)
        self.config_path = str(tmp_path / "config.toml")
        self.config = load_config(self.config_path)
        os.makedirs(self.config.paths.data_dir, exist_ok=True)
        self.store = Store(self.config.paths.database)
        self.engine = Engine(self.config, self.store, providers=self.backend.providers(self.config),
                             clock=lambda: self.t)
        self.reports = []

    # -- clock -------------------------------------------------------------------------------

    def at(self, *args) -> datetime:
        """A local instant in the user's zone: w.at(2027, 3, 2, 14, 0)."""
        return datetime(*args, tzinfo=self.tz)

    def run(self):
        report = self.engine.run_pass()
        self.reports.append(report)
        return report

    def run_until(self, until: datetime) -> None:
        """Run a pass now (a poll picks up what changed), then one at every due instant up to
        ``until``, then one at ``until``."""
        self.run()
        guard = 0
        while True:
            guard += 1
            assert guard < 500, "the plan never settles"
            dues = [p.due for p in self.engine.plan()
                    if p.status == "waiting" and self.t < p.due <= until]
            if not dues:
                break
            self.t = min(dues)
            self.run()
        self.t = max(self.t, until)
        self.run()

    def close(self) -> None:
        self.engine.close()
        self.store.close()
        self.backend.close()

    # -- the user's mailbox ------------------------------------------------------------------

    def mail(self, *, frm: str, subject: str, body: str, to: str = f"Alex Morgan <{USER}>",
             date: datetime | None = None, msgid: str | None = None,
             reply_to_msg: str | None = None, references: list[str] = (),
             reply_to: str | None = None, cc: str | None = None, headers: dict | None = None,
             ics: bytes | None = None, html: bool = False) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = frm
        msg["To"] = to
        if cc:
            msg["Cc"] = cc
        if reply_to:
            msg["Reply-To"] = reply_to
        msg["Subject"] = subject
        msg["Date"] = email.utils.format_datetime(date or self.t)
        msg["Message-ID"] = msgid or f"<m{next(_seq)}.{int(self.t.timestamp())}@test.invalid>"
        if reply_to_msg:
            msg["In-Reply-To"] = reply_to_msg
            msg["References"] = " ".join([*references, reply_to_msg])
        for k, v in (headers or {}).items():
            msg[k] = v
        if html:
            msg.set_content(body, subtype="html")
        else:
            msg.set_content(body)
        if ics is not None:
            msg.add_attachment(ics, maintype="text", subtype="calendar",
                               params={"method": "REQUEST"}, filename="invite.ics")
        return msg

    def deliver(self, msg: EmailMessage | bytes, folder: str = "INBOX") -> None:
        data = msg if isinstance(msg, bytes) else msg.as_bytes()
        self.backend.deliver(data, folder, self.t)

    def send(self, **kw) -> EmailMessage:
        """The user writes a message themselves (it lands in Sent)."""
        kw.setdefault("frm", f"Alex Morgan <{USER}>")
        msg = self.mail(**kw)
        self.deliver(msg, "Sent")
        return msg

    def put_event(self, name: str, data: bytes) -> None:
        self.backend.put_event(name, data)

    def remove_event(self, name: str) -> None:
        self.backend.remove_event(name)

    # -- drafts -----------------------------------------------------------------------------

    def drafts(self, kind: Kind | None = None) -> list[Draft]:
        out = []
        for handle, raw in self.backend.drafts():
            msg = BytesParser(policy=policy.default).parsebytes(raw)
            key = str(msg.get("X-Followupd-Key", "")).strip()
            if kind is not None and not key.startswith(kind.value + ":"):
                continue
            part = msg.get_body(preferencelist=("plain",))
            out.append(Draft(
                path=handle, key=key,
                to=[a for _, a in email.utils.getaddresses([str(msg.get("To", ""))])],
                subject=str(msg.get("Subject", "")),
                body=part.get_content() if part else "",
                in_reply_to=str(msg.get("In-Reply-To")) if msg.get("In-Reply-To") else None,
                references=str(msg.get("References", "")), msg=msg))
        return out

    def user_sends_draft(self, draft: Draft) -> None:
        """The user's client sends a draft: it leaves Drafts, a copy lands in Sent."""
        msg = draft.msg
        del msg["Date"]
        msg["Date"] = email.utils.format_datetime(self.t)
        self.backend.send_draft(draft.path, msg.as_bytes(), self.t)

    def user_deletes_draft(self, draft: Draft) -> None:
        self.backend.delete_draft(draft.path)

    def user_edits_draft(self, draft: Draft, new_body: str) -> None:
        msg = draft.msg
        msg.set_content(new_body)
        self.backend.edit_draft(draft.path, msg.as_bytes())

    def states(self, kind: Kind | None = None) -> list[FollowUpState]:
        return [s for s in self.store.followups().values() if kind is None or s.kind is kind]

    def drafted(self, kind: Kind | None = None) -> list[FollowUpState]:
        return [s for s in self.states(kind) if s.drafted_at is not None]

    def user_mail_snapshot(self) -> dict[str, str]:
        """Name and content hash of every message of the user's folders (Drafts aside)."""
        return self.backend.user_mail_snapshot()

    def employers(self):
        return self.engine.employers()

    def status_json(self) -> dict:
        from followupd.views import status_view

        employers = self.engine.employers()
        return json.loads(json.dumps(status_view(
            accounts=[{"name": a.name, "provider": a.provider} for a in self.config.accounts],
            account_status=self.store.account_statuses(), employers=employers,
            planned=self.engine.plan(employers), states=self.store.followups(),
            failures=self.store.failures(), tz=self.tz, now=self.t), default=str))


__all__ = ["World", "ics_event", "USER", "BACKENDS", "available_backends", "LocalBackend"]
