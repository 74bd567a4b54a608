"""A fake of Google's Gmail v1, Calendar v3 and OAuth token endpoints on 127.0.0.1, speaking
their wire format with their failure modes (see /work/shared/API-NOTES.md §0–§3, §5.1), and the
``gmail`` backend of the scenario world.

What it does as Google does: Bearer tokens checked (401 ``authError``), per-method scopes (403
``insufficientPermissions``), int64 as JSON strings, empty lists omitted, 16-hex message ids and
``r…`` draft ids, ``format=minimal|metadata|full|raw``, the Gmail search operators followupd uses,
the multipart/mixed batch (Content-ID echo, inner statuses), history records with gaps and a
configurable expiry (404), drafts whose message id changes on update and whose delete is a 204,
the threading rule (a draft whose threadId, reply headers or subject do not match goes to a NEW
thread without an error), Calendar's window semantics (timeMin bounds the end, timeMax the
start), paging with ``nextSyncToken`` only on the last page, 400 for forbidden params with a
sync token, 410 for a stale one; the token endpoint (refresh_token and authorization_code with
PKCE grants, ``invalid_grant`` once revoked) and an authorization endpoint that redirects back at
once (the "browser" of the auth test).

Fault injection: ``fail(pattern, status, times, retry_after=…)`` (a 403 carries the
``errors[].reason`` and no Retry-After, as Gmail sends it), ``slow(pattern, seconds)``, a fixed
``latency``. Every request is logged with its quota units (API-NOTES §2.9, legacy costs). Any
request to a send endpoint, or one that modifies, labels, trashes or deletes a user message, is
recorded in ``violations``; the scenario backend fails the test at teardown if there is one.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import itertools
import json
import random
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

G = "https://www.googleapis.com/auth/"
READ = {G + "gmail.readonly", G + "gmail.modify", "https://mail.google.com/"}
COMPOSE = {G + "gmail.compose", G + "gmail.modify", "https://mail.google.com/"}
DRAFT_READ = READ | COMPOSE
CAL_READ = {G + "calendar.readonly", G + "calendar", G + "calendar.events.readonly",
            G + "calendar.events"}
SCOPES = (G + "gmail.readonly", G + "gmail.compose", G + "calendar.readonly")

# Legacy per-method quota units (API-NOTES §2.9); Calendar counts requests.
UNITS = {"getProfile": 1, "history.list": 2, "messages.list": 5, "messages.get": 5,
         "drafts.get": 5, "drafts.list": 5, "drafts.create": 10, "drafts.delete": 10,
         "drafts.update": 15, "messages.send": 100, "drafts.send": 100}


def _now_ms() -> int:
    return int(time.time() * 1000)


def _b64(data: bytes, pad: bool = True) -> str:
    s = base64.urlsafe_b64encode(data).decode()
    return s if pad else s.rstrip("=")


def _unb64(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def google_error(code: int, message: str, reason: str, status: str, domain: str = "global",
                 **extra) -> dict:
    err = {"message": message, "domain": domain, "reason": reason, **extra}
    return {"error": {"code": code, "message": message, "errors": [err], "status": status}}


_STATUS_TEXT = {200: "OK", 204: "No Content", 302: "Found", 400: "Bad Request",
                401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 410: "Gone",
                429: "Too Many Requests", 500: "Internal Server Error",
                503: "Service Unavailable"}


@dataclass
class Call:
    api: str  # gmail | calendar | token | auth | batch
    method: str
    path: str
    query: dict
    status: int = 0
    units: int = 0
    name: str = ""  # messages.get, history.list, events.list, …
    inner: bool = False  # a part of a batch


@dataclass
class Fault:
    pattern: re.Pattern
    status: int = 0
    times: int = 1
    retry_after: str | None = None
    reason: str | None = None
    delay: float = 0.0
    after: bool = False  # delay the answer after the work is done (the answer is lost)


class Reply:
    def __init__(self, status: int, body=None, headers: dict | None = None):
        self.status = status
        self.headers = dict(headers or {})
        if body is None:
            self.body = b""
        elif isinstance(body, bytes):
            self.body = body
        else:
            self.body = json.dumps(body).encode()
            self.headers.setdefault("Content-Type", "application/json; charset=UTF-8")


# -- messages and search ------------------------------------------------------------------------


def _norm_subject(s: str) -> str:
    s = " ".join((s or "").split()).lower()
    while True:
        t = re.sub(r"^(re|fwd?|tr|aw|sv)\s*:\s*", "", s)
        if t == s:
            return s
        s = t


@dataclass
class Msg:
    id: str
    thread_id: str
    labels: list[str]
    raw: bytes
    internal_ms: int
    history_id: int
    _parsed: object = None

    @property
    def parsed(self):
        if self._parsed is None:
            self._parsed = BytesParser(policy=policy.default).parsebytes(self.raw)
        return self._parsed

    def header(self, name: str) -> str:
        cache = self.__dict__.setdefault("_headers", {})
        if name not in cache:
            try:
                v = self.parsed.get(name)
                cache[name] = str(v) if v is not None else ""
            except Exception:  # noqa: BLE001 - broken headers read as empty
                cache[name] = ""
        return cache[name]

    @property
    def message_id(self) -> str:
        return self.header("Message-ID").strip()

    def refs(self) -> list[str]:
        text = self.header("In-Reply-To") + " " + self.header("References")
        return re.findall(r"<[^>]+>", text)

    @functools.cached_property
    def filenames(self) -> list[str]:
        out = []
        try:
            for part in self.parsed.walk():
                fn = part.get_filename()
                if fn:
                    out.append(fn.lower())
        except Exception:  # noqa: BLE001
            pass
        return out

    @functools.cached_property
    def text(self) -> str:
        chunks = [self.header("Subject"), self.header("From"), self.header("To"),
                  self.header("Cc")]
        try:
            for part in self.parsed.walk():
                if part.get_content_maintype() == "text" and not part.get_filename():
                    try:
                        body = part.get_content()
                    except Exception:  # noqa: BLE001
                        body = part.get_payload(decode=True) or b""
                        body = body.decode("latin-1")
                    if part.get_content_subtype() == "html":
                        body = html.unescape(re.sub(r"<[^>]+>", " ", body))
                    chunks.append(body)
        except Exception:  # noqa: BLE001
            chunks.append(self.raw.decode("latin-1"))
        return " ".join(chunks).lower()




_TOK = re.compile(r'\s*(?:(?P<open>[({])|(?P<close>[)}])|(?P<q>"[^"]*")|(?P<w>[^\s(){}"]+))')


def parse_query(q: str):
    """Gmail search syntax → a predicate tree. OR binds tighter than the implicit AND;
    ``{a b}`` is an OR group, ``(a b)`` an AND group, ``-x`` negates, ``op:(…)`` scopes."""
    tokens = []
    pos = 0
    q = q or ""
    while pos < len(q):
        m = _TOK.match(q, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group("open"):
            tokens.append(("open", m.group("open")))
        elif m.group("close"):
            tokens.append(("close", m.group("close")))
        elif m.group("q"):
            tokens.append(("phrase", m.group("q")[1:-1]))
        elif m.group("w"):
            tokens.append(("word", m.group("w")))
    it = [0]

    def peek():
        return tokens[it[0]] if it[0] < len(tokens) else None

    def take():
        t = tokens[it[0]]
        it[0] += 1
        return t

    def unit(fld):
        t = take()
        kind, val = t
        if kind == "word" and val.startswith("-") and len(val) > 1:
            tokens.insert(it[0], ("word", val[1:]))
            return ("not", unit(fld))
        if kind == "open":
            return group(val, fld)
        if kind == "phrase":
            return ("term", fld, val.lower())
        if kind == "word":
            if ":" in val:
                op, _, v = val.partition(":")
                op = op.lower()
                if v == "" and peek() and peek()[0] == "open":
                    return group(take()[1], op)
                if v == "" and peek() and peek()[0] == "phrase":
                    return ("term", op, take()[1].lower())
                return ("term", op, v.lower())
            return ("term", fld, val.lower())
        raise ValueError(f"unexpected {val!r}")

    def seq(fld, closer):
        items = []
        while peek() is not None and not (peek()[0] == "close"):
            if peek() == ("word", "OR"):
                take()
                continue
            u = unit(fld)
            while peek() == ("word", "OR"):
                take()
                u = ("or", [u, unit(fld)])
            items.append(u)
        if closer and peek() is not None:
            take()
        return items

    def group(opener, fld):
        items = seq(fld, True)
        return ("or", items) if opener == "{" else ("and", items)

    return ("and", seq(None, False))


def _word_in(word: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) is not None


def _date_value(v: str) -> int:
    """Epoch ms of an after:/before: value (epoch seconds or YYYY/MM/DD, UTC)."""
    if v.isdigit():
        return int(v) * 1000
    d = datetime.strptime(v.replace("-", "/"), "%Y/%m/%d").replace(tzinfo=timezone.utc)
    return int(d.timestamp() * 1000)


def _relative_ms(v: str) -> int:
    n, unit = int(v[:-1]), v[-1]
    return n * {"d": 86400, "m": 30 * 86400, "y": 365 * 86400}[unit] * 1000


def matches(node, m: Msg, now_ms: int) -> bool:
    kind = node[0]
    if kind == "and":
        return all(matches(n, m, now_ms) for n in node[1])
    if kind == "or":
        return any(matches(n, m, now_ms) for n in node[1])
    if kind == "not":
        return not matches(node[1], m, now_ms)
    _, op, v = node
    if op is None:
        return _word_in(v, m.text)
    if op == "from":
        return v in m.header("From").lower() or v in m.header("Sender").lower()
    if op in ("to", "cc"):
        return v in (m.header("To") + " " + m.header("Cc")).lower()
    if op == "subject":
        return _word_in(v, m.header("Subject").lower())
    if op in ("in", "label"):
        if v == "anywhere":
            return True
        names = {"inbox": "INBOX", "sent": "SENT", "draft": "DRAFT", "drafts": "DRAFT",
                 "spam": "SPAM", "trash": "TRASH", "starred": "STARRED"}
        return names.get(v, v) in m.labels or v in [x.lower() for x in m.labels]
    if op == "is":
        return {"unread": "UNREAD" in m.labels, "read": "UNREAD" not in m.labels,
                "starred": "STARRED" in m.labels}.get(v, False)
    if op == "has":
        return v == "attachment" and bool(m.filenames)
    if op == "filename":
        return any(fn == v or fn.endswith("." + v) or v in fn for fn in m.filenames)
    if op == "after":
        return m.internal_ms >= _date_value(v)
    if op == "before":
        return m.internal_ms < _date_value(v)
    if op == "newer_than":
        return m.internal_ms >= now_ms - _relative_ms(v)
    if op == "older_than":
        return m.internal_ms < now_ms - _relative_ms(v)
    return _word_in(f"{op}:{v}", m.text)


def _payload(part, part_id: str = "", headers_only: bool = False,
             keep: set[str] | None = None) -> dict:
    headers = [{"name": k, "value": str(v)} for k, v in part.items()]
    if keep is not None:
        headers = [h for h in headers if h["name"].lower() in keep]
    out = {"partId": part_id, "mimeType": part.get_content_type(),
           "filename": part.get_filename() or "", "headers": headers}
    if headers_only:
        return out
    if part.is_multipart():
        out["body"] = {"size": 0}
        out["parts"] = [_payload(p, f"{part_id}.{i}" if part_id else str(i))
                        for i, p in enumerate(part.get_payload())]
    else:
        data = part.get_payload(decode=True) or b""
        if part.get_filename():
            out["body"] = {"size": len(data), "attachmentId": "ANGjdJ" + _b64(
                hashlib.sha1(data).digest(), pad=False)}
        else:
            out["body"] = {"size": len(data)}
            if data:
                out["body"]["data"] = _b64(data, pad=False)  # body data often comes unpadded
    return out


# -- calendar -----------------------------------------------------------------------------------


@dataclass
class CalEvent:
    resource: dict
    seq: int
    deleted: bool = False


@dataclass
class Calendar:
    id: str
    zone: str = "America/New_York"
    events: dict[str, CalEvent] = field(default_factory=dict)
    seq: int = 0
    expired_before: int = 0  # sync tokens issued at a seq below this answer 410


def ics_to_events(data: bytes, user: str) -> list[dict]:
    """VEVENTs of an iCalendar object as Calendar v3 event resources (what Google shows after
    importing an invitation)."""
    import icalendar

    cal = icalendar.Calendar.from_ical(data)
    out = []
    for comp in cal.walk("VEVENT"):
        def when(name):
            prop = comp.get(name)
            value = comp.decoded(name)
            if isinstance(value, datetime):
                tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
                if value.tzinfo is None:
                    value = value.replace(tzinfo=timezone.utc)
                res = {"dateTime": value.isoformat()}
                zone = getattr(value.tzinfo, "key", None) or (str(tzid) if tzid else None)
                if tzid and zone:
                    res["timeZone"] = zone
                return res
            if isinstance(value, date):
                return {"date": value.isoformat()}
            raise ValueError(name)

        status = str(comp.get("STATUS", "CONFIRMED")).lower()
        res = {"kind": "calendar#event", "iCalUID": str(comp.get("UID")),
               "status": status if status in ("confirmed", "tentative", "cancelled")
               else "confirmed",
               "summary": str(comp.get("SUMMARY", "")), "start": when("DTSTART"),
               "end": when("DTEND") if comp.get("DTEND") else when("DTSTART"),
               "sequence": int(str(comp.get("SEQUENCE", 0)) or 0), "eventType": "default"}
        if comp.get("DESCRIPTION"):
            res["description"] = str(comp.get("DESCRIPTION"))
        if comp.get("LOCATION"):
            res["location"] = str(comp.get("LOCATION"))
        org = comp.get("ORGANIZER")
        if org is not None:
            o = {"email": str(org).removeprefix("mailto:").removeprefix("MAILTO:")}
            if org.params.get("CN"):
                o["displayName"] = str(org.params["CN"])
            if o["email"].lower() == user:
                o["self"] = True
            res["organizer"] = o
        atts = comp.get("ATTENDEE") or []
        if not isinstance(atts, list):
            atts = [atts]
        guests = []
        for a in atts:
            g = {"email": str(a).removeprefix("mailto:").removeprefix("MAILTO:"),
                 "responseStatus": {"ACCEPTED": "accepted", "DECLINED": "declined",
                                    "TENTATIVE": "tentative"}.get(
                     str(a.params.get("PARTSTAT", "")).upper(), "needsAction")}
            if a.params.get("CN"):
                g["displayName"] = str(a.params["CN"])
            if g["email"].lower() == user:
                g["self"] = True
            if str(a.params.get("CUTYPE", "")).upper() in ("ROOM", "RESOURCE"):
                g["resource"] = True
            if str(a.params.get("ROLE", "")).upper() == "OPT-PARTICIPANT":
                g["optional"] = True
            guests.append(g)
        if guests:  # omitted when there are no guests
            res["attendees"] = guests
        url = str(comp.get("X-GOOGLE-CONFERENCE", ""))
        if url:
            res["hangoutLink"] = url
        out.append(res)
    return out


def _rfc3339(v: str) -> datetime:
    dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        raise ValueError("no offset")
    return dt


def _bound(when: dict) -> datetime:
    if "dateTime" in when:
        return _rfc3339(when["dateTime"])
    return datetime.combine(date.fromisoformat(when["date"]), datetime.min.time(),
                            tzinfo=timezone.utc)


# -- the server ---------------------------------------------------------------------------------


class FakeGoogle:
    def __init__(self, *, user: str = "alex.morgan@example.com", latency: float = 0.0,
                 token_lifetime: int = 3599, seed: int = 7):
        self.user = user
        self.latency = latency
        self.token_lifetime = token_lifetime
        self.lock = threading.RLock()
        self.rng = random.Random(seed)
        self.log: list[Call] = []
        self.violations: list[str] = []
        self.misthreaded: list[str] = []
        self.faults: list[Fault] = []
        # OAuth
        self.clients: dict[str, str] = {}
        self.refresh_tokens: dict[str, dict] = {}
        self.access_tokens: dict[str, dict] = {}
        self.codes: dict[str, dict] = {}
        # Gmail
        self.history_id = 1000 + self.rng.randrange(1000)
        self.history: list[dict] = []
        self.history_floor = 0  # start ids below this are expired (404)
        self.messages: dict[str, Msg] = {}
        self.drafts: dict[str, str] = {}  # draft id → message id
        self.by_message_id: dict[str, str] = {}  # Message-ID header → message id
        self._ids = itertools.count(0x19fd977f30780000 + self.rng.randrange(1 << 20))
        self.pages: dict[str, dict] = {}  # page token → snapshot
        # Calendar
        self.calendars: dict[str, Calendar] = {"primary": Calendar("primary")}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.fake = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.server.serve_forever,
                                       kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- test controls ---------------------------------------------------------------------

    def add_client(self, client_id: str = "fake-client.apps.googleusercontent.com",
                   secret: str = "fake-secret") -> tuple[str, str]:
        self.clients[client_id] = secret
        return client_id, secret

    def issue_refresh_token(self, client_id: str, scopes=SCOPES) -> str:
        rt = "1//0" + _b64(self.rng.randbytes(24), pad=False)
        self.refresh_tokens[rt] = {"client_id": client_id, "scopes": set(scopes),
                                   "revoked": False}
        return rt

    def revoke_all(self) -> None:
        for rt in self.refresh_tokens.values():
            rt["revoked"] = True
        self.access_tokens.clear()

    def expire_access_tokens(self) -> None:
        for at in self.access_tokens.values():
            at["expires"] = 0

    def expire_history(self) -> None:
        with self.lock:
            self.history_floor = self.history_id + 1

    def expire_sync_tokens(self, calendar: str = "primary") -> None:
        with self.lock:
            cal = self.calendars[calendar]
            cal.expired_before = cal.seq + 1

    def fail(self, pattern: str, status: int, times: int = 1, *, retry_after: str | None = None,
             reason: str | None = None) -> None:
        """The next ``times`` requests whose "METHOD /path" matches answer ``status``."""
        self.faults.append(Fault(re.compile(pattern), status, times, retry_after, reason))

    def slow(self, pattern: str, seconds: float, times: int = 1, *, after: bool = False) -> None:
        """The next matching requests wait ``seconds`` before they are handled, or (``after``)
        are handled at once and answered late: a client that times out lost the answer."""
        self.faults.append(Fault(re.compile(pattern), 0, times, delay=seconds, after=after))

    def calls(self, api: str | None = None, *, inner: bool | None = None) -> list[Call]:
        with self.lock:
            return [c for c in self.log if (api is None or c.api == api)
                    and (inner is None or c.inner == inner)]

    def units(self) -> int:
        with self.lock:
            return sum(c.units for c in self.log)

    def reset_log(self) -> None:
        with self.lock:
            self.log.clear()

    # -- the user's side of the mailbox (not through the API) -------------------------------

    def _next_id(self) -> str:
        for _ in range(self.rng.randrange(1, 40)):
            next(self._ids)
        return f"{next(self._ids):016x}"

    def _bump(self) -> int:
        self.history_id += self.rng.randrange(1, 6)  # ids have gaps
        return self.history_id

    def _record(self, kind: str, m: Msg, labels: list[str] | None = None) -> None:
        hid = self._bump()
        m.history_id = hid
        ref = {"id": m.id, "threadId": m.thread_id, "labelIds": list(m.labels)}
        entry = {"message": ref}
        if labels is not None:
            entry["labelIds"] = labels
        self.history.append({"id": hid, kind: [entry], "messages": [
            {"id": m.id, "threadId": m.thread_id}]})

    def _thread_of(self, raw: bytes, requested: str | None, *, draft: bool) -> tuple[str, bool]:
        """Gmail's threading rule: a reply joins a thread when its References/In-Reply-To name
        a message of it and the subjects match (for a draft, also the threadId it was given).
        Return (thread id, whether it joined)."""
        probe = Msg("", "", [], raw, 0, 0)
        subject = _norm_subject(probe.header("Subject"))
        for ref in probe.refs():
            m = self.messages.get(self.by_message_id.get(ref, ""))
            if m is None or "DRAFT" in m.labels:
                continue
            if _norm_subject(m.header("Subject")) != subject:
                continue
            if draft and requested != m.thread_id:
                continue
            return m.thread_id, True
        return self._next_id(), False

    def _add(self, m: Msg) -> None:
        self.messages[m.id] = m
        if m.message_id and "DRAFT" not in m.labels:
            self.by_message_id.setdefault(m.message_id, m.id)

    def insert(self, raw: bytes, labels: list[str], when_ms: int | None = None) -> Msg:
        with self.lock:
            tid, _ = self._thread_of(raw, None, draft=False)
            m = Msg(self._next_id(), tid, list(labels), raw,
                    when_ms if when_ms is not None else _now_ms(), 0)
            self._add(m)
            self._record("messagesAdded", m)
            return m

    def _new_draft_message(self, raw: bytes, thread: str | None) -> Msg:
        tid, joined = self._thread_of(raw, thread, draft=True)
        probe = Msg("", "", [], raw, 0, 0)
        parent = self.messages.get(self.by_message_id.get(probe.header("In-Reply-To").strip(),
                                                          ""))
        if parent is not None and (not joined or tid != parent.thread_id):
            self.misthreaded.append(
                f"draft {probe.header('Subject')!r} replies to a message of thread "
                f"{parent.thread_id} but landed in {tid} (requested {thread})")
        m = Msg(self._next_id(), tid, ["DRAFT"], raw, _now_ms(), 0)
        self.messages[m.id] = m
        self._record("messagesAdded", m)
        return m

    def user_delete_draft(self, draft_id: str) -> None:
        with self.lock:
            mid = self.drafts.pop(draft_id)
            m = self.messages.pop(mid)
            self._record("messagesDeleted", m)

    def user_update_draft(self, draft_id: str, raw: bytes) -> None:
        with self.lock:
            old = self.messages.pop(self.drafts[draft_id])
            self._record("messagesDeleted", old)
            m = Msg(self._next_id(), old.thread_id, ["DRAFT"], raw, _now_ms(), 0)
            self.messages[m.id] = m
            self.drafts[draft_id] = m.id
            self._record("messagesAdded", m)

    def user_send_draft(self, draft_id: str, raw: bytes, when_ms: int) -> Msg:
        with self.lock:
            m = self.messages.pop(self.drafts.pop(draft_id))
            self._record("messagesDeleted", m)
            sent = Msg(self._next_id(), m.thread_id, ["SENT"], raw, when_ms, 0)
            self._add(sent)
            self._record("messagesAdded", sent)
            return sent

    def put_ics(self, calendar: str, name: str, data: bytes) -> None:
        with self.lock:
            cal = self.calendars.setdefault(calendar, Calendar(calendar))
            for i, res in enumerate(ics_to_events(data, self.user)):
                eid = hashlib.sha1(f"{name}/{i}".encode()).hexdigest()[:26]
                cal.seq += 1
                prev = cal.events.get(eid)
                stamp = datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")
                res.update({"id": eid, "etag": f'"{cal.seq}"', "updated": stamp,
                            "created": prev.resource.get("created", stamp) if prev else stamp,
                            "htmlLink": f"https://www.google.com/calendar/event?eid={eid}"})
                cal.events[eid] = CalEvent(res, cal.seq)

    def delete_event(self, calendar: str, name: str) -> None:
        with self.lock:
            cal = self.calendars[calendar]
            eid = hashlib.sha1(f"{name}/0".encode()).hexdigest()[:26]
            cal.seq += 1
            ev = cal.events[eid]
            ev.deleted, ev.seq = True, cal.seq

    # -- dispatch ---------------------------------------------------------------------------

    def _fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for f in self.faults:
                if f.times > 0 and f.pattern.search(f"{method} {path}"):
                    f.times -= 1
                    return f
        return None

    def handle(self, method: str, target: str, headers: dict, body: bytes,
               inner: bool = False) -> Reply:
        parts = urlsplit(target)
        path = parts.path
        query = parse_qs(parts.query, keep_blank_values=True)
        api = ("token" if path == "/token" else "auth" if path.startswith("/o/oauth2/auth")
               else "batch" if path.startswith("/batch")
               else "calendar" if path.startswith("/calendar/") else "gmail")
        call = Call(api, method, path, {k: v if len(v) > 1 else v[0] for k, v in query.items()},
                    inner=inner, name=_method_name(method, path))
        call.units = UNITS.get(call.name, 1 if api == "calendar" else 0)
        with self.lock:
            self.log.append(call)
        fault = self._fault(method, path)
        if fault is not None and fault.delay and not fault.after:
            time.sleep(fault.delay)
        if fault is not None and fault.status:
            reply = self._fault_reply(fault)
        else:
            reply = self._dispatch(call, method, path, query, headers, body)
        call.status = reply.status
        if fault is not None and fault.delay and fault.after:
            time.sleep(fault.delay)
        return reply

    def _dispatch(self, call, method, path, query, headers, body) -> Reply:
        if call.api == "token":
            return self._token(body, headers)
        if call.api == "auth":
            return self._authorize(query)
        if call.api == "batch":
            return self._batch(headers, body)
        token = (headers.get("authorization") or "").removeprefix("Bearer ").strip()
        grant = self.access_tokens.get(token)
        if grant is None or grant["expires"] < time.time():
            return Reply(401, google_error(
                401, "Request had invalid authentication credentials. Expected OAuth 2 access "
                "token, login cookie or other valid authentication credential.", "authError",
                "UNAUTHENTICATED", location="Authorization", locationType="header"),
                {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'})
        if call.api == "calendar":
            return self._calendar(call, method, path, query, grant["scopes"])
        return self._gmail(call, method, path, query, body, grant["scopes"])

    @staticmethod
    def _fault_reply(f: Fault) -> Reply:
        hdrs = {"Retry-After": f.retry_after} if f.retry_after else {}
        if f.status == 403:
            reason = f.reason or "rateLimitExceeded"
            return Reply(403, google_error(
                403, "User-rate limit exceeded.  Retry after 2026-09-11T20:00:00.000Z",
                reason, "PERMISSION_DENIED", domain="usageLimits"), hdrs)
        if f.status == 429:
            return Reply(429, google_error(429, "Too many concurrent requests for user",
                                           "rateLimitExceeded", "RESOURCE_EXHAUSTED",
                                           domain="usageLimits"), hdrs)
        if f.status >= 500:
            return Reply(f.status, google_error(f.status, "Backend Error", "backendError",
                                                "UNAVAILABLE" if f.status == 503 else "INTERNAL"),
                         hdrs)
        return Reply(f.status, google_error(f.status, "Injected", f.reason or "injected",
                                            "FAILED_PRECONDITION"), hdrs)

    # -- OAuth ------------------------------------------------------------------------------

    def _mint(self, scopes: set[str]) -> dict:
        at = "ya29.fake" + _b64(self.rng.randbytes(18), pad=False)
        self.access_tokens[at] = {"expires": time.time() + self.token_lifetime,
                                  "scopes": set(scopes)}
        return {"access_token": at, "expires_in": self.token_lifetime,
                "scope": " ".join(sorted(scopes)), "token_type": "Bearer"}

    def _token(self, body: bytes, headers: dict) -> Reply:
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        basic = headers.get("authorization", "")
        if basic.startswith("Basic "):  # client_secret_basic, as requests-oauthlib sends it
            from urllib.parse import unquote

            cid, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
            form.setdefault("client_id", unquote(cid))
            form.setdefault("client_secret", unquote(secret))

        def bad(error, desc, status=400):
            return Reply(status, {"error": error, "error_description": desc})

        cid = form.get("client_id", "")
        if cid not in self.clients or form.get("client_secret", self.clients.get(cid)) != \
                self.clients.get(cid):
            return bad("invalid_client", "The OAuth client was not found.", 401)
        grant = form.get("grant_type")
        with self.lock:
            if grant == "refresh_token":
                rt = self.refresh_tokens.get(form.get("refresh_token", ""))
                if rt is None or rt["revoked"] or rt["client_id"] != cid:
                    return bad("invalid_grant", "Token has been expired or revoked.")
                return Reply(200, self._mint(rt["scopes"]))
            if grant == "authorization_code":
                code = self.codes.pop(form.get("code", ""), None)
                if code is None or code["client_id"] != cid:
                    return bad("invalid_grant", "Malformed auth code.")
                if code["redirect_uri"] != form.get("redirect_uri"):
                    return bad("redirect_uri_mismatch", "Bad Request")
                if code.get("challenge"):
                    verifier = form.get("code_verifier", "")
                    digest = _b64(hashlib.sha256(verifier.encode()).digest(), pad=False)
                    if digest != code["challenge"]:
                        return bad("invalid_grant", "Invalid code verifier.")
                rt = self.issue_refresh_token(cid, code["scopes"])
                out = self._mint(code["scopes"])
                out["refresh_token"] = rt
                return Reply(200, out)
        return bad("unsupported_grant_type", f"Invalid grant_type: {grant}")

    def _authorize(self, query) -> Reply:
        """The consent screen, approved at once: redirect back with a code."""
        q = {k: v[0] for k, v in query.items()}
        if q.get("client_id") not in self.clients:
            return Reply(400, b"Error 401: invalid_client")
        code = "4/0" + _b64(self.rng.randbytes(18), pad=False)
        self.codes[code] = {"client_id": q["client_id"], "redirect_uri": q.get("redirect_uri"),
                            "challenge": q.get("code_challenge"),
                            "scopes": set(q.get("scope", "").split())}
        target = q["redirect_uri"] + "?" + urlencode(
            {"state": q.get("state", ""), "code": code, "scope": q.get("scope", "")})
        return Reply(302, b"", {"Location": target})

    # -- batch ------------------------------------------------------------------------------

    def _batch(self, headers: dict, body: bytes) -> Reply:
        ctype = headers.get("content-type", "")
        m = re.search(r'boundary="?([^";]+)"?', ctype)
        if not ctype.startswith("multipart/mixed") or not m:
            return Reply(400, google_error(400, "Invalid batch request", "badRequest",
                                           "INVALID_ARGUMENT"))
        msg = BytesParser(policy=policy.compat32).parsebytes(
            b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
        parts = msg.get_payload()
        if len(parts) > 100:
            return Reply(400, google_error(400, "Too many requests in batch (max 100)",
                                           "badRequest", "INVALID_ARGUMENT"))
        boundary = "batch_" + _b64(self.rng.randbytes(9), pad=False)
        out = []
        for part in parts:
            cid = part.get("Content-ID", "")
            payload = part.get_payload()
            if isinstance(payload, list):
                payload = payload[0].as_string()
            head, _, inner_body = payload.replace("\r\n", "\n").partition("\n\n")
            lines = head.split("\n")
            method, target, _ = lines[0].split(" ", 2)
            inner_headers = {}
            for line in lines[1:]:
                if ":" in line:
                    k, v = line.split(":", 1)
                    inner_headers[k.strip().lower()] = v.strip()
            reply = self.handle(method, target, inner_headers, inner_body.encode(), inner=True)
            rcid = cid.replace("<", "<response-", 1) if cid else ""
            text = (f"HTTP/1.1 {reply.status} {_STATUS_TEXT.get(reply.status, 'Status')}\r\n"
                    "Content-Type: application/json; charset=UTF-8\r\n\r\n").encode()
            out.append(f"--{boundary}\r\nContent-Type: application/http\r\n"
                       f"Content-ID: {rcid}\r\n\r\n".encode() + text + reply.body + b"\r\n")
        data = b"".join(out) + f"--{boundary}--\r\n".encode()
        return Reply(200, data, {"Content-Type": f"multipart/mixed; boundary={boundary}"})

    # -- Gmail ------------------------------------------------------------------------------

    def _gmail(self, call, method, path, query, body, scopes) -> Reply:
        m = re.fullmatch(r"/(?:upload/)?gmail/v1/users/([^/]+)/(.*)", path)
        if not m:
            return Reply(404, google_error(404, "Not Found", "notFound", "NOT_FOUND"))
        rest = m.group(2)
        q = {k: v[0] for k, v in query.items()}

        def need(allowed, name):
            if not scopes & allowed:
                return Reply(403, google_error(
                    403, "Request had insufficient authentication scopes.",
                    "insufficientPermissions", "PERMISSION_DENIED"))
            return None

        # Tripwires first: a send or a change to the user's mail fails the test.
        if re.fullmatch(r"(messages|drafts)/send", rest) or re.fullmatch(
                r"messages/[^/]+/(modify|trash|untrash)|threads/[^/]+/(modify|trash|untrash)|"
                r"messages/(batchModify|batchDelete|import|insert)", rest) or (
                method == "DELETE" and re.fullmatch(r"(messages|threads)/[^/]+", rest)):
            call.name = rest
            call.units = UNITS.get(rest.replace("/", "."), 5)
            self.violations.append(f"{method} {path}")
            return Reply(403, google_error(403, "Forbidden by the test", "forbidden",
                                           "PERMISSION_DENIED"))
        with self.lock:
            if rest == "profile" and method == "GET":
                return need(DRAFT_READ, "getProfile") or Reply(200, {
                    "emailAddress": self.user, "messagesTotal": len(self.messages),
                    "threadsTotal": len({x.thread_id for x in self.messages.values()}),
                    "historyId": str(self.history_id)})
            if rest == "history" and method == "GET":
                return need(READ, "history.list") or self._history(query)
            if rest == "messages" and method == "GET":
                return need(READ, "messages.list") or self._list(query)
            mm = re.fullmatch(r"messages/([^/]+)", rest)
            if mm and method == "GET":
                err = need(READ, "messages.get")
                if err:
                    return err
                mid = mm.group(1)
                if mid.startswith("r"):
                    return Reply(400, google_error(400, "Invalid id value", "invalidArgument",
                                                   "INVALID_ARGUMENT"))
                msg = self.messages.get(mid)
                if msg is None:
                    return Reply(404, google_error(404, "Requested entity was not found.",
                                                   "notFound", "NOT_FOUND"))
                return Reply(200, self._message(msg, q.get("format", "full"),
                                                query.get("metadataHeaders")))
            if rest == "drafts" and method == "POST":
                return need(COMPOSE, "drafts.create") or self._create_draft(body)
            if rest == "drafts" and method == "GET":
                return need(DRAFT_READ, "drafts.list") or self._list_drafts(query)
            dm = re.fullmatch(r"drafts/([^/]+)", rest)
            if dm:
                did = dm.group(1)
                name = {"GET": "drafts.get", "PUT": "drafts.update",
                        "DELETE": "drafts.delete"}.get(method)
                err = need(DRAFT_READ if method == "GET" else COMPOSE, name or "")
                if err:
                    return err
                if did not in self.drafts:
                    return Reply(404, google_error(404, "Requested entity was not found.",
                                                   "notFound", "NOT_FOUND"))
                if method == "GET":
                    msg = self.messages[self.drafts[did]]
                    return Reply(200, {"id": did, "message": self._message(
                        msg, q.get("format", "full"), None)})
                if method == "DELETE":
                    self.user_delete_draft(did)
                    return Reply(204)
                if method == "PUT":
                    data = json.loads(body or b"{}")
                    raw = data.get("message", {}).get("raw")
                    if not raw:
                        return Reply(400, google_error(400, "Missing draft message",
                                                       "invalidArgument", "INVALID_ARGUMENT"))
                    self.user_update_draft(did, _unb64(raw))
                    msg = self.messages[self.drafts[did]]
                    return Reply(200, {"id": did, "message": {
                        "id": msg.id, "threadId": msg.thread_id, "labelIds": msg.labels}})
        return Reply(404, google_error(404, "Not Found", "notFound", "NOT_FOUND"))

    def _message(self, m: Msg, fmt: str, headers: list[str] | None) -> dict:
        fmt = (fmt or "full").lower()
        snippet = html.escape(" ".join(m.text.split())[:140], quote=True).replace("&#x27;",
                                                                                  "&#39;")
        out = {"id": m.id, "threadId": m.thread_id, "labelIds": list(m.labels),
               "snippet": snippet, "sizeEstimate": len(m.raw),
               "historyId": str(m.history_id), "internalDate": str(m.internal_ms)}
        if not out["labelIds"]:
            del out["labelIds"]
        if fmt == "raw":
            out["raw"] = _b64(m.raw)  # padded, as Gmail sends it
        elif fmt == "metadata":
            keep = {h.lower() for h in headers} if headers else None
            out["payload"] = _payload(m.parsed, headers_only=True, keep=keep)
        elif fmt == "full":
            out["payload"] = _payload(m.parsed)
        return out

    def _list(self, query) -> Reply:
        q = {k: v[0] for k, v in query.items()}
        token = q.get("pageToken")
        if token:
            snap = self.pages.get(token)
            if snap is None:
                return Reply(400, google_error(400, "Invalid pageToken", "invalidArgument",
                                               "INVALID_ARGUMENT"))
            ids, offset = snap["ids"], snap["offset"]
        else:
            tree = parse_query(q.get("q", ""))
            labels = query.get("labelIds", [])
            spam = q.get("includeSpamTrash", "false") == "true"
            now = _now_ms()
            found = [m for m in self.messages.values()
                     if (spam or not {"SPAM", "TRASH"} & set(m.labels))
                     and all(lab in m.labels for lab in labels) and matches(tree, m, now)]
            found.sort(key=lambda m: (m.internal_ms, m.id), reverse=True)
            ids, offset = [(m.id, m.thread_id) for m in found], 0
        size = min(int(q.get("maxResults", 100)), 500)
        page = ids[offset:offset + size]
        out = {"resultSizeEstimate": len(ids)}
        if page:
            out["messages"] = [{"id": i, "threadId": t} for i, t in page]
        if offset + size < len(ids):
            nxt = _b64(self.rng.randbytes(12), pad=False)
            self.pages[nxt] = {"ids": ids, "offset": offset + size}
            out["nextPageToken"] = nxt
        return Reply(200, out)

    def _history(self, query) -> Reply:
        q = {k: v[0] for k, v in query.items()}
        try:
            start = int(q.get("startHistoryId", ""))
        except ValueError:
            return Reply(400, google_error(400, "Missing/invalid parameter: startHistoryId",
                                           "invalidArgument", "INVALID_ARGUMENT"))
        if start < self.history_floor:
            return Reply(404, google_error(404, "Requested entity was not found.", "notFound",
                                           "NOT_FOUND"))
        types = query.get("historyTypes")
        records = [r for r in self.history if r["id"] > start]
        if types:
            records = [r for r in records if any(t + "s" in r or t.replace("Added", "sAdded")
                                                 in r for t in types)]
        offset = int(q.get("pageToken", "0") or 0)
        size = min(int(q.get("maxResults", 100)), 500)
        page = records[offset:offset + size]
        out = {"historyId": str(self.history_id)}
        if page:
            out["history"] = [{**r, "id": str(r["id"])} for r in page]
        if offset + size < len(records):
            out["nextPageToken"] = str(offset + size)
        return Reply(200, out)

    def _create_draft(self, body: bytes) -> Reply:
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            return Reply(400, google_error(400, "Invalid JSON payload", "parseError",
                                           "INVALID_ARGUMENT"))
        message = data.get("message") or {}
        if not message.get("raw"):
            return Reply(400, google_error(400, "Missing draft message", "invalidArgument",
                                           "INVALID_ARGUMENT"))
        m = self._new_draft_message(_unb64(message["raw"]), message.get("threadId"))
        did = "r" + str(self.rng.randrange(10 ** 18, 10 ** 19))
        self.drafts[did] = m.id
        return Reply(200, {"id": did, "message": {"id": m.id, "threadId": m.thread_id,
                                                  "labelIds": ["DRAFT"]}})

    def _list_drafts(self, query) -> Reply:
        q = {k: v[0] for k, v in query.items()}
        items = [(d, self.messages[mid]) for d, mid in self.drafts.items()]
        offset = int(q.get("pageToken", "0") or 0)
        size = min(int(q.get("maxResults", 100)), 500)
        page = items[offset:offset + size]
        out = {"resultSizeEstimate": len(items)}
        if page:
            out["drafts"] = [{"id": d, "message": {"id": m.id, "threadId": m.thread_id}}
                             for d, m in page]
        if offset + size < len(items):
            out["nextPageToken"] = str(offset + size)
        return Reply(200, out)

    # -- Calendar ---------------------------------------------------------------------------

    def _calendar(self, call, method, path, query, scopes) -> Reply:
        call.units = 1
        m = re.fullmatch(r"/calendar/v3/calendars/([^/]+)/events", path)
        if not m or method != "GET":
            if method != "GET":
                self.violations.append(f"{method} {path}")
            return Reply(404, google_error(404, "Not Found", "notFound", "NOT_FOUND"))
        call.name = "events.list"
        if not scopes & CAL_READ:
            return Reply(403, google_error(403, "Request had insufficient authentication "
                                           "scopes.", "insufficientPermissions",
                                           "PERMISSION_DENIED"))
        q = {k: v[0] for k, v in query.items()}
        with self.lock:
            cal = self.calendars.get(m.group(1))
            if cal is None:
                return Reply(404, google_error(404, "Not Found", "notFound", "NOT_FOUND"))
            return self._events(cal, q)

    def _events(self, cal: Calendar, q: dict) -> Reply:
        def bad(msg, reason="invalid"):
            return Reply(400, google_error(400, msg, reason, "INVALID_ARGUMENT"))

        size = min(int(q.get("maxResults", 250)), 2500)
        token = q.get("pageToken")
        if token:
            snap = self.pages.get(token)
            if snap is None:
                return bad("Invalid page token")
            items, offset, seq, syncable = (snap["items"], snap["offset"], snap["seq"],
                                            snap["syncable"])
        else:
            if q.get("orderBy") == "startTime" and q.get("singleEvents") != "true":
                return bad("The requested ordering is not available for the particular query.")
            if "syncToken" in q:
                forbidden = {"iCalUID", "orderBy", "privateExtendedProperty", "q",
                             "sharedExtendedProperty", "timeMin", "timeMax", "updatedMin"}
                if forbidden & set(q) or q.get("showDeleted") == "false":
                    return bad("Sync token cannot be used with these parameters.")
                try:
                    since_seq = int(q["syncToken"].removeprefix("CP").split("_")[0], 16)
                except ValueError:
                    return bad("Invalid sync token value.")
                if since_seq < cal.expired_before:
                    return Reply(410, google_error(
                        410, "Sync token is no longer valid, a full sync is required.",
                        "fullSyncRequired", "GONE", domain="calendar", locationType="parameter",
                        location="syncToken"))
                chosen = [e for e in cal.events.values() if e.seq > since_seq]
                syncable = True
            else:
                try:
                    tmin = _rfc3339(q["timeMin"]) if "timeMin" in q else None
                    tmax = _rfc3339(q["timeMax"]) if "timeMax" in q else None
                except ValueError:
                    return bad("Bad Request", "badRequest")
                if tmin and tmax and tmin >= tmax:
                    return bad("The specified time range is empty.", "timeRangeEmpty")
                show = q.get("showDeleted") == "true"
                chosen = []
                for e in cal.events.values():
                    r = e.resource
                    if (e.deleted or r["status"] == "cancelled") and not show:
                        continue
                    if tmin and not _bound(r["end"]) > tmin:  # timeMin bounds the END
                        continue
                    if tmax and not _bound(r["start"]) < tmax:  # timeMax bounds the START
                        continue
                    chosen.append(e)
                syncable = not ({"q", "orderBy"} & set(q))
            chosen.sort(key=lambda e: (e.seq, e.resource["id"]))
            items = [{"kind": "calendar#event", "etag": e.resource["etag"],
                      "id": e.resource["id"], "status": "cancelled"} if e.deleted
                     else dict(e.resource) for e in chosen]
            offset, seq = 0, cal.seq
        page = items[offset:offset + size]
        out = {"kind": "calendar#events", "etag": f'"p{cal.seq}"', "summary": self.user,
               "updated": datetime.now(timezone.utc).isoformat().replace("+00:00", "Z"),
               "timeZone": cal.zone, "accessRole": "owner", "defaultReminders": [],
               "items": page}
        if offset + size < len(items):
            nxt = "EjY" + _b64(self.rng.randbytes(12), pad=False)
            self.pages[nxt] = {"items": items, "offset": offset + size, "seq": seq,
                               "syncable": syncable}
            out["nextPageToken"] = nxt
        elif syncable:
            out["nextSyncToken"] = f"CP{seq:x}_" + _b64(self.rng.randbytes(6), pad=False)
        return Reply(200, out)


def _method_name(method: str, path: str) -> str:
    """The API method a request calls (messages.get, events.list …), for the log."""
    rest = re.sub(r"^/(upload/)?gmail/v1/users/[^/]+/", "", path)
    if path.startswith("/calendar/"):
        return "events.list" if path.endswith("/events") and method == "GET" else path
    table = [("GET", r"profile", "getProfile"), ("GET", r"history", "history.list"),
             ("GET", r"messages", "messages.list"), ("GET", r"messages/[^/]+", "messages.get"),
             ("POST", r"messages/send", "messages.send"), ("POST", r"drafts/send", "drafts.send"),
             ("POST", r"drafts", "drafts.create"), ("GET", r"drafts", "drafts.list"),
             ("GET", r"drafts/[^/]+", "drafts.get"), ("PUT", r"drafts/[^/]+", "drafts.update"),
             ("DELETE", r"drafts/[^/]+", "drafts.delete")]
    for m, rx, name in table:
        if m == method and re.fullmatch(rx, rest):
            return name
    return ""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall per request

    def log_message(self, *args):  # quiet
        pass

    def _serve(self):
        fake: FakeGoogle = self.server.fake  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if fake.latency:
            time.sleep(fake.latency)
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            reply = fake.handle(self.command, self.path, headers, body)
        except Exception as e:  # noqa: BLE001 - a fake bug shows as a 500 and in the log
            import traceback

            traceback.print_exc()
            reply = Reply(500, google_error(500, f"fake crashed: {e}", "backendError",
                                            "INTERNAL"))
        try:
            self._answer(reply)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client timed out and left

    def _answer(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for k, v in reply.headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        try:
            if reply.body and self.command != "HEAD":
                self.wfile.write(reply.body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client timed out and left

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve


# -- the scenario world's gmail backend -----------------------------------------------------------


@dataclass(frozen=True)
class DraftHandle:
    name: str  # the Gmail draft id


class GmailBackend:
    """The user's mailbox and calendar in a FakeGoogle; followupd talks to it over HTTP."""

    name = "gmail"
    LABELS = {"INBOX": ["INBOX", "UNREAD", "CATEGORY_PERSONAL"], "Sent": ["SENT"],
              "Jobs": ["Label_12"]}

    def __init__(self, root):
        self.root = root
        self.fake = FakeGoogle()
        self.client_id, self.client_secret = self.fake.add_client()
        self.refresh_token = self.fake.issue_refresh_token(self.client_id)
        self.sleeps: list[float] = []

    def token_info(self) -> dict:
        return {"type": "authorized_user", "client_id": self.client_id,
                "client_secret": self.client_secret, "refresh_token": self.refresh_token,
                "token_uri": "https://oauth2.googleapis.com/token", "scopes": list(SCOPES)}

    def account_toml(self, name: str = "home") -> str:
        u = self.fake.url
        return f"""[[accounts]]
name = "{name}"
provider = "gmail"
calendars = ["primary"]
endpoints = {{ gmail = "{u}", calendar = "{u}", token = "{u}/token" }}
"""

    def provider(self, account, config, **kw):
        from followupd.providers.gmail import GmailProvider
        from followupd.providers.google_http import RetryPolicy
        from followupd.secrets import MemoryStore

        store = kw.pop("store", None) or MemoryStore({account.name: self.token_info()})
        policy = kw.pop("policy", None) or RetryPolicy(base=0.001, cap=0.01,
                                                       sleep=self._sleep)
        return GmailProvider(account, user_emails=config.user.email, store=store, policy=policy,
                             default_tz=config.user.timezone, timeout=kw.pop("timeout", 5.0),
                             **kw)

    def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        time.sleep(min(seconds, 0.01))

    def providers(self, config) -> dict:
        return {a.name: self.provider(a, config) for a in config.accounts
                if a.provider == "gmail"}

    def deliver(self, data: bytes, folder: str, when: datetime) -> None:
        self.fake.insert(data, list(self.LABELS[folder]), int(when.timestamp() * 1000))

    def put_event(self, name: str, data: bytes) -> None:
        self.fake.put_ics("primary", name, data)

    def remove_event(self, name: str) -> None:
        self.fake.delete_event("primary", name)

    def drafts(self) -> list[tuple[object, bytes]]:
        with self.fake.lock:
            return [(DraftHandle(did), self.fake.messages[mid].raw)
                    for did, mid in self.fake.drafts.items()]

    def send_draft(self, handle, raw: bytes, when: datetime) -> None:
        self.fake.user_send_draft(handle.name, raw, int(when.timestamp() * 1000))

    def delete_draft(self, handle) -> None:
        self.fake.user_delete_draft(handle.name)

    def edit_draft(self, handle, raw: bytes) -> None:
        self.fake.user_update_draft(handle.name, raw)

    def user_mail_snapshot(self) -> dict[str, str]:
        with self.fake.lock:
            return {m.id: hashlib.sha256(m.raw + repr(sorted(m.labels)).encode()).hexdigest()
                    for m in self.fake.messages.values() if "DRAFT" not in m.labels}

    def check(self) -> None:
        """What a test must never do: send, touch the user's mail, or misfile a draft."""
        assert not self.fake.violations, f"forbidden requests: {self.fake.violations}"
        assert not self.fake.misthreaded, f"drafts outside their thread: {self.fake.misthreaded}"

    def close(self) -> None:
        self.fake.stop()
        self.check()


def _register() -> None:
    try:
        import world
    except ImportError:  # imported outside the test folder (bench/)
        return
    world.BACKENDS.setdefault("gmail", GmailBackend)


_register()
