"""A fake Microsoft Graph v1.0 and a fake Microsoft identity platform (authority), real HTTP
servers on 127.0.0.1, speaking the wire formats of API-NOTES §4 and §5.2; and the
``OutlookBackend`` that runs the whole scenario battery (tests/test_scenarios.py) on the
``outlook`` provider.

Graph (plain http): Bearer tokens issued by the fake authority (401 InvalidAuthenticationToken
otherwise); OData paging and delta with absolute ``@odata.nextLink``/``@odata.deltaLink`` minted
on its own host, reshaped as Graph does (``/me/mailFolders('…')/messages/delta?$skiptoken=…``),
optional empty pages and replays, ``@removed``; ``$select``; ``Prefer`` (maxpagesize,
body-content-type, timezone, IdType) echoed in ``Preference-Applied``; createReply (201, a draft
in Drafts in the same conversation, ``RE:`` subject, HTML quoted body); PATCH only on drafts;
single-value extended properties with ``$filter``/``$expand``; Graph's error JSON; injected
faults (429 with Retry-After, 503 bursts, slow answers, rejected delta tokens); an optional cap
of 4 concurrent requests; and a log of every request.

Tripwires: a request to ``/send``, ``/sendMail``, ``/reply``, ``/replyAll``, ``/forward``,
``/move`` or ``/copy``, a PATCH of a message that is not a draft, and a DELETE of anything but
a draft tagged by followupd are recorded in ``violations``; ``OutlookBackend.close`` (every
World's teardown) and the ``graph`` fixtures fail the test that made one.

Authority (https, a self-signed certificate trusted through ``REQUESTS_CA_BUNDLE``, because
msal accepts only https authorities): the OpenID configuration, the device-code endpoint, and
the token endpoint (device_code grant: ``authorization_pending`` then success; refresh_token
grant with rotation; ``invalid_grant`` / ``interaction_required`` modes), answering with
``client_info`` and an ``id_token`` so msal caches an account.
"""

from __future__ import annotations

import atexit
import base64
import copy
import email.utils
import hashlib
import html
import io
import itertools
import json
import os
import re
import secrets
import shutil
import ssl
import tempfile
import threading
import time
from argparse import Namespace
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

USER_EMAIL = "alex.morgan@example.com"
USER_NAME = "Alex Morgan"
CLIENT_ID = "11111111-2222-3333-4444-555555555555"
PS_INTERNET_HEADERS = "{00020386-0000-0000-c000-000000000046}"
FORBIDDEN = re.compile(r"/(send|sendmail|reply|replyall|forward|move|copy)$", re.IGNORECASE)
WELL_KNOWN = ("inbox", "sentitems", "drafts", "deleteditems")
_ids = itertools.count(1)


def _new_id(prefix: str = "AAMkAD") -> str:
    # Graph ids are long, opaque and case-sensitive.
    return f"{prefix}{secrets.token_hex(6)}{next(_ids):06d}Aa-_="


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _odata_str(s: str) -> str:
    return s.replace("''", "'")


def _fmt(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Fault:
    """An injected answer: the next ``count`` requests matching ``method`` and ``path`` (a
    regex searched in the path) get ``status`` (with ``headers`` and Graph's error JSON), or,
    with ``status=None``, the normal answer after ``delay`` seconds. ``after``: the request is
    carried out first, then answered with the fault (a 504 from a gateway after the work)."""

    def __init__(self, path: str = "", method: str = "", status: int | None = None,
                 count: int = 1, headers: dict | None = None, code: str = "",
                 delay: float = 0.0, after: bool = False):
        self.path, self.method, self.status, self.count = re.compile(path), method, status, count
        self.headers, self.code, self.delay, self.after = headers or {}, code, delay, after
        self.hits = 0


# =============================================================================================
# Graph


class FakeGraph:
    """Mailbox and calendar state, and a Graph v1.0 server over it."""

    def __init__(self, *, max_concurrent: int | None = 4):
        self.lock = threading.RLock()
        self.folders: dict[str, dict] = {}
        for wk, name in (("inbox", "Inbox"), ("sentitems", "Sent Items"), ("drafts", "Drafts"),
                         ("deleteditems", "Deleted Items")):
            fid = _new_id("AQMkADfolder")
            self.folders[fid] = {"id": fid, "displayName": name, "wellKnown": wk,
                                 "parentFolderId": "root"}
        self.messages: dict[str, dict] = {}
        self.events: dict[str, dict] = {}
        self.seq = 0
        self.changes: list[tuple[int, str, str]] = []  # (seq, folder id or "calendar", id)
        self.links: dict[str, dict] = {}  # skip/delta token → state
        self.delta_epoch = 0
        self.reject_mode = "410"
        self.valid_tokens: set[str] = set()
        self.require_auth = True
        self.faults: list[Fault] = []
        self.log: list[dict] = []
        self.violations: list[str] = []
        self.empty_pages = False
        self.replays = False
        self.default_page = 10
        self.page_cap: int | None = None  # a server that pages smaller than it was asked
        self.max_concurrent = max_concurrent
        self._in_flight = 0
        self.now = datetime.now(timezone.utc)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _graph_handler(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                        daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- folders -----------------------------------------------------------------------------

    def folder(self, name: str) -> str:
        """A folder id from a well-known name, a display name or an id (creating a top-level
        folder for an unknown display name)."""
        with self.lock:
            for fid, f in self.folders.items():
                if fid == name or f["wellKnown"] == name.lower() or f["displayName"] == name:
                    return fid
            fid = _new_id("AQMkADfolder")
            self.folders[fid] = {"id": fid, "displayName": name, "wellKnown": None,
                                 "parentFolderId": "root"}
            return fid

    def _resolve_folder(self, ref: str) -> str | None:
        for fid, f in self.folders.items():
            if fid == ref or (f["wellKnown"] and f["wellKnown"] == ref.lower()):
                return fid
        return None

    def _touch(self, where: str, item_id: str) -> None:
        self.seq += 1
        self.changes.append((self.seq, where, item_id))

    # -- the user's side (not through HTTP: no tripwire) -------------------------------------

    def deliver(self, raw: bytes, folder: str, when: datetime, *,
                conversation: str | None = None) -> str:
        with self.lock:
            self.now = max(self.now, when) if self.now else when
            fid = self.folder(folder)
            msg = _message_from_raw(raw)
            msg.update(id=_new_id(), folder=fid, raw=raw, isDraft=False, isRead=False,
                       receivedDateTime=when, changeKey=1, props={}, categories=[])
            msg["conversationId"] = conversation or self._conversation_of(msg)
            self.messages[msg["id"]] = msg
            self._touch(fid, msg["id"])
            return msg["id"]

    def _conversation_of(self, msg: dict) -> str:
        for ref in [msg.get("in_reply_to"), *reversed(msg.get("references") or [])]:
            if not ref:
                continue
            for other in self.messages.values():
                if other.get("internetMessageId") == ref:
                    return other["conversationId"]
        return _new_id("AAQkADconv")

    def drafts(self) -> list[dict]:
        fid = self.folder("drafts")
        with self.lock:
            return [m for m in self.messages.values() if m["folder"] == fid]

    def mime(self, msg: dict) -> bytes:
        """A message as MIME (``$value``): the bytes delivered, or built from the fields for
        a message created through Graph (a draft); extended properties in the
        PS_INTERNET_HEADERS namespace are internet headers."""
        if msg.get("raw") is not None:
            return msg["raw"]
        out = EmailMessage()
        out["From"] = _fmt_addr(msg.get("from") or {"name": USER_NAME, "address": USER_EMAIL})
        if msg.get("toRecipients"):
            out["To"] = ", ".join(_fmt_addr(r["emailAddress"]) for r in msg["toRecipients"])
        if msg.get("ccRecipients"):
            out["Cc"] = ", ".join(_fmt_addr(r["emailAddress"]) for r in msg["ccRecipients"])
        out["Subject"] = msg.get("subject") or ""
        out["Date"] = email.utils.format_datetime(msg["receivedDateTime"])
        out["Message-ID"] = msg["internetMessageId"]
        if msg.get("in_reply_to"):
            out["In-Reply-To"] = msg["in_reply_to"]
        if msg.get("references"):
            out["References"] = " ".join(msg["references"])
        for pid, value in (msg.get("props") or {}).items():
            m = re.match(r"String (\{[^}]+\}) Name (\S+)$", pid, re.IGNORECASE)
            if m and m.group(1).lower() == PS_INTERNET_HEADERS:
                out[m.group(2)] = value
        body = msg.get("body") or {"contentType": "text", "content": ""}
        if body["contentType"] == "html":
            out.set_content(body["content"], subtype="html")
        else:
            out.set_content(body["content"])
        return out.as_bytes()

    def send_draft(self, draft_id: str, raw: bytes, when: datetime) -> None:
        """The user's client sends a draft: it leaves Drafts and a copy lands in Sent Items, in
        the draft's conversation."""
        with self.lock:
            draft = self.messages.pop(draft_id)
            self._touch(draft["folder"], draft_id)
            self.deliver(raw, "sentitems", when, conversation=draft["conversationId"])

    def user_deletes(self, msg_id: str) -> None:
        """Outlook moves a deleted item to Deleted Items (its immutable id stays)."""
        with self.lock:
            msg = self.messages[msg_id]
            self._touch(msg["folder"], msg_id)
            msg["folder"] = self.folder("deleteditems")
            self._touch(msg["folder"], msg_id)

    def user_edits(self, msg_id: str, raw: bytes) -> None:
        with self.lock:
            msg = self.messages[msg_id]
            parsed = _message_from_raw(raw)
            for k in ("subject", "toRecipients", "ccRecipients", "body"):
                msg[k] = parsed[k]
            msg["changeKey"] += 1
            self._touch(msg["folder"], msg_id)

    def put_event(self, key: str, event: dict) -> None:
        with self.lock:
            old = next((e for e in self.events.values() if e["_key"] == key), None)
            event["_key"] = key
            event["id"] = old["id"] if old else _new_id("AAMkADevent")
            self.events[event["id"]] = event
            self._touch("calendar", event["id"])

    def remove_event(self, key: str) -> None:
        with self.lock:
            old = next(e for e in self.events.values() if e["_key"] == key)
            del self.events[old["id"]]
            self._touch("calendar", old["id"])

    def reject_delta_tokens(self, mode: str = "410") -> None:
        """Every delta token minted so far is refused from now on: ``410`` (Gone, with a
        Location), ``syncStateNotFound`` or ``resyncRequired``."""
        with self.lock:
            self.delta_epoch += 1
            self.reject_mode = mode

    def assert_clean(self) -> None:
        """No tripwire was hit, and every reply draft sits in its parent's conversation."""
        assert not self.violations, self.violations
        with self.lock:
            by_mid = {m.get("internetMessageId"): m for m in self.messages.values()
                      if not m["isDraft"]}
            for d in self.messages.values():
                parent = by_mid.get(d.get("in_reply_to")) if d["isDraft"] else None
                if parent is not None:
                    assert d["conversationId"] == parent["conversationId"], (
                        f"draft {d['subject']!r} is not in its parent's conversation")

    def requests(self, method: str | None = None, path: str = "") -> list[dict]:
        with self.lock:
            return [r for r in self.log if (method is None or r["method"] == method)
                    and re.search(path, r["path"])]

    # -- serving -----------------------------------------------------------------------------

    def serve(self, h: BaseHTTPRequestHandler, method: str) -> None:
        split = urlsplit(h.path)
        path = re.sub(r"\('([^']*)'\)", r"/\1", unquote(split.path))
        query = {k.lower(): v[-1] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        entry = {"method": method, "path": path, "query": query,
                 "prefer": h.headers.get("Prefer", ""), "status": None, "t": time.monotonic()}
        with self.lock:
            self.log.append(entry)
            fault = next((f for f in self.faults if f.count > 0 and f.path.search(path)
                          and (not f.method or f.method == method)), None)
            if fault is not None:
                fault.count -= 1
                fault.hits += 1
            over = self.max_concurrent is not None and self._in_flight >= self.max_concurrent
            self._in_flight += 1
        try:
            if over:
                return self._reply(h, entry, 429, _error("ApplicationThrottled", "Application is "
                                   "over its MailboxConcurrency limit."), {"Retry-After": "1"})
            if fault is not None:
                if fault.delay:
                    time.sleep(fault.delay)
                if fault.status is not None and not fault.after:
                    return self._reply(h, entry, fault.status, _error(
                        fault.code or {429: "ApplicationThrottled", 503: "ServiceUnavailable",
                                       504: "GatewayTimeout"}.get(fault.status, "ErrorInternal"),
                        "Injected fault."), fault.headers)
            if FORBIDDEN.search(path.rstrip("/")):
                with self.lock:
                    self.violations.append(f"{method} {path}: a send/alter endpoint was called")
                return self._reply(h, entry, 202, None)
            auth = h.headers.get("Authorization", "")
            if self.require_auth and (not auth.startswith("Bearer ")
                                      or auth[7:] not in self.valid_tokens):
                return self._reply(h, entry, 401, _error(
                    "InvalidAuthenticationToken", "Access token has expired or is not yet valid."))
            try:
                data = json.loads(body) if body else None
            except ValueError:
                return self._reply(h, entry, 400, _error("BadRequest", "Invalid JSON."))
            prefer = _prefer(h.headers.get("Prefer", ""))
            with self.lock:
                status, payload, headers = self.route(method, path, query, data, prefer)
            if fault is not None and fault.after and fault.status is not None:
                return self._reply(h, entry, fault.status, _error("GatewayTimeout",
                                   "Injected fault after the work was done."), fault.headers)
            applied = [f"{k}={v}" for k, v in prefer.items()
                       if k in ("odata.maxpagesize", "outlook.body-content-type",
                                "outlook.timezone", "idtype")]
            if applied:
                headers = {**headers, "Preference-Applied": ", ".join(applied)}
            return self._reply(h, entry, status, payload, headers)
        finally:
            with self.lock:
                self._in_flight -= 1

    def _reply(self, h, entry, status: int, payload, headers: dict | None = None) -> None:
        entry["status"] = status
        if isinstance(payload, bytes):
            data, ctype = payload, "message/rfc822"
        elif payload is None:
            data, ctype = b"", None
        else:
            data, ctype = json.dumps(payload).encode(), "application/json; odata.metadata=minimal"
        try:
            h.send_response(status)
            if ctype:
                h.send_header("Content-Type", ctype)
            h.send_header("Content-Length", str(len(data)))
            h.send_header("request-id", secrets.token_hex(8))
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def route(self, method: str, path: str, q: dict, data, prefer: dict):
        parts = [p for p in path.split("/") if p]
        if parts[:2] != ["v1.0", "me"]:
            return 400, _error("BadRequest", f"Unsupported path {path}"), {}
        p = parts[2:]
        low = [x.lower() for x in p]
        if low[:1] == ["mailfolders"]:
            if len(p) == 1 and method == "GET":
                return 200, self._folders(q, parent="root"), {}
            fid = self._resolve_folder(p[1])
            if fid is None:
                return 404, _error("ErrorItemNotFound", "The specified folder could not be found "
                                   "in the store."), {}
            if len(p) == 2 and method == "GET":
                return 200, _select(dict(self.folders[fid]), q), {}
            if low[2:] == ["childfolders"] and method == "GET":
                return 200, self._folders(q, parent=fid), {}
            if low[2:] == ["messages", "delta"] and method == "GET":
                return self._mail_delta(fid, q, prefer)
            if low[2:] == ["messages"] and method == "GET":
                return self._list(q, prefer, folder=fid)
        if low[:1] == ["messages"]:
            if len(p) == 1 and method == "GET":
                return self._list(q, prefer)
            if len(p) == 1 and method == "POST":
                return self._new_draft(data or {}, prefer)
            msg = self.messages.get(p[1]) if len(p) > 1 else None
            if msg is None:
                return 404, _error("ErrorItemNotFound", "The specified object was not found in "
                                   "the store."), {}
            if len(p) == 2 and method == "GET":
                return 200, self._json(msg, q, prefer), {}
            if len(p) == 3 and p[2] == "$value" and method == "GET":
                return 200, self.mime(msg), {}
            if len(p) == 3 and low[2] == "createreply" and method == "POST":
                return self._create_reply(msg, data or {}, prefer)
            if len(p) == 2 and method == "PATCH":
                return self._patch(msg, data or {}, prefer)
            if len(p) == 2 and method == "DELETE":
                return self._delete(msg)
        if low == ["calendarview", "delta"] and method == "GET":
            return self._calendar_delta(q, prefer)
        return 400, _error("BadRequest", f"Unsupported {method} {path}"), {}

    # -- collections -------------------------------------------------------------------------

    def _folders(self, q: dict, parent: str):
        out = [f for f in self.folders.values() if f["parentFolderId"] == parent]
        flt = q.get("$filter")
        if flt:
            m = re.fullmatch(r"displayName eq '((?:[^']|'')*)'", flt.strip())
            if not m:
                return _error("ErrorInvalidParameter", "Unsupported filter.")
            out = [f for f in out if f["displayName"] == _odata_str(m.group(1))]
        return {"@odata.context": f"{self.url}/v1.0/$metadata#users('me')/mailFolders",
                "value": [_select(dict(f), q) for f in out]}

    def _list(self, q: dict, prefer: dict, folder: str | None = None):
        msgs = [m for m in self.messages.values() if folder is None or m["folder"] == folder]
        flt = (q.get("$filter") or "").strip()
        if flt:
            m1 = re.fullmatch(r"internetMessageId eq '((?:[^']|'')*)'", flt, re.IGNORECASE)
            m2 = re.fullmatch(r"singleValueExtendedProperties/any\((\w+): \1/id eq "
                              r"'((?:[^']|'')*)' and \1/value eq '((?:[^']|'')*)'\)", flt,
                              re.IGNORECASE)
            if m1:
                msgs = [m for m in msgs if m.get("internetMessageId") == _odata_str(m1.group(1))]
            elif m2:
                pid, value = _odata_str(m2.group(2)).lower(), _odata_str(m2.group(3))
                msgs = [m for m in msgs if any(k.lower() == pid and v == value
                                               for k, v in m["props"].items())]
            else:
                return 400, _error("ErrorInvalidParameter", f"Unsupported filter {flt}"), {}
        size = self._size(prefer, q.get("$top"))
        items = [self._json(m, q, prefer) for m in msgs]
        return 200, self._paged(items, size, kind="list"), {}

    def _size(self, prefer: dict, top: str | None = None) -> int:
        size = int(top or prefer.get("odata.maxpagesize") or self.default_page)
        return min(size, self.page_cap) if self.page_cap else size

    def _paged(self, items: list, size: int, *, kind: str, final: dict | None = None) -> dict:
        """The first page; the rest are kept behind skip tokens."""
        pages = [items[i:i + size] for i in range(0, len(items), size)] or [[]]
        if self.empty_pages and kind == "delta":
            pages.insert(0, [])
        if self.replays and kind == "delta":
            for i in range(1, len(pages)):
                if pages[i - 1]:
                    pages[i] = [pages[i - 1][-1], *pages[i]]
        return self._page(pages, final)

    def _page(self, pages: list[list], final: dict | None, base: str | None = None) -> dict:
        first, rest = pages[0], pages[1:]
        out = {"@odata.context": f"{self.url}/v1.0/$metadata#Collection", "value": first}
        base = base or (final or {}).get("base") or f"{self.url}/v1.0/me/messages"
        if rest:
            tok = secrets.token_urlsafe(24)
            self.links[tok] = {"pages": rest, "final": final, "base": base,
                               "epoch": self.delta_epoch}
            out["@odata.nextLink"] = f"{base}?$skiptoken={tok}"
        elif final is not None:
            tok = secrets.token_urlsafe(24)
            self.links[tok] = {**final, "epoch": self.delta_epoch}
            out["@odata.deltaLink"] = f"{base}?$deltatoken={tok}"
        return out

    def _token_state(self, q: dict, base: str):
        """(kind, state) for a request carrying a skip or delta token, or an error reply."""
        for kind in ("$skiptoken", "$deltatoken"):
            tok = q.get(kind)
            if tok is None:
                continue
            state = self.links.get(tok)
            if state is None or state["epoch"] != self.delta_epoch:
                if self.reject_mode == "410":
                    return None, (410, _error("SyncStateNotFound", "The sync state generation "
                                              "is no longer valid."),
                                  {"Location": f"{base}?$deltatoken="})
                return None, (400 if self.reject_mode == "syncStateNotFound" else 410,
                              _error(self.reject_mode, "Resync required."), {})
            return kind, state
        return None, None

    # -- mail delta --------------------------------------------------------------------------

    def _mail_delta(self, fid: str, q: dict, prefer: dict):
        base = f"{self.url}/v1.0/me/mailFolders('{fid}')/messages/delta"
        kind, state = self._token_state(q, base)
        if state is not None and kind is None:
            return state
        if kind == "$skiptoken":
            return 200, self._page(state["pages"], state["final"], state["base"]), {}
        size = self._size(prefer)
        if kind == "$deltatoken":
            params, since_seq = state["params"], state["seq"]
        else:
            params, since_seq = {"$select": q.get("$select"), "$filter": q.get("$filter")}, None
        floor = None
        if params.get("$filter"):
            m = re.fullmatch(r"receivedDateTime (ge|gt) (\S+)", params["$filter"].strip(),
                             re.IGNORECASE)
            if not m:
                return 400, _error("ErrorInvalidParameter", "Only receivedDateTime ge|gt is "
                                   "supported in a delta $filter."), {}
            floor = datetime.fromisoformat(m.group(2).replace("Z", "+00:00"))
        sel = {"$select": params.get("$select")}
        items = []
        if since_seq is None:
            for m in self.messages.values():
                if m["folder"] == fid and (floor is None or m["receivedDateTime"] >= floor):
                    items.append(self._json(m, sel, prefer))
        else:
            for mid in dict.fromkeys(i for s, w, i in self.changes if w == fid and s > since_seq):
                m = self.messages.get(mid)
                if m is not None and m["folder"] == fid:
                    items.append(self._json(m, sel, prefer))
                else:
                    items.append({"@odata.type": "#microsoft.graph.message", "id": mid,
                                  "@removed": {"reason": "deleted"}})
        final = {"params": params, "seq": self.seq, "base": base}
        return 200, self._paged(items, size, kind="delta", final=final), {}

    # -- message JSON ------------------------------------------------------------------------

    def _json(self, m: dict, q: dict, prefer: dict) -> dict:
        body = dict(m.get("body") or {"contentType": "text", "content": ""})
        if prefer.get("outlook.body-content-type") == "text" and body["contentType"] == "html":
            body = {"contentType": "text", "content": _html_to_text(body["content"])}
        full = {
            "@odata.etag": f'W/"{m["changeKey"]}"',
            "id": m["id"],
            "createdDateTime": _fmt(m["receivedDateTime"]),
            "lastModifiedDateTime": _fmt(m["receivedDateTime"]),
            "changeKey": str(m["changeKey"]),
            "categories": list(m.get("categories") or []),
            "receivedDateTime": _fmt(m["receivedDateTime"]),
            "sentDateTime": _fmt(m.get("sentDateTime") or m["receivedDateTime"]),
            "hasAttachments": bool(m.get("hasAttachments")),
            "internetMessageId": m.get("internetMessageId"),
            "subject": m.get("subject") or "",
            "bodyPreview": (body["content"] or "")[:255],
            "importance": "normal",
            "parentFolderId": m["folder"],
            "conversationId": m["conversationId"],
            "isRead": m.get("isRead", False),
            "isDraft": m["isDraft"],
            "body": body,
            "sender": {"emailAddress": m["from"]} if m.get("from") else None,
            "from": {"emailAddress": m["from"]} if m.get("from") else None,
            "toRecipients": copy.deepcopy(m.get("toRecipients") or []),
            "ccRecipients": copy.deepcopy(m.get("ccRecipients") or []),
            "bccRecipients": [],
            "replyTo": copy.deepcopy(m.get("replyTo") or []),
        }
        sel = q.get("$select")
        if sel:
            names = {s.strip() for s in sel.split(",")}
            if "internetMessageHeaders" in names:
                full["internetMessageHeaders"] = [
                    {"name": "In-Reply-To", "value": m["in_reply_to"]}] if m.get("in_reply_to") else []
            full = {k: v for k, v in full.items() if k in names or k in ("id", "@odata.etag")}
        exp = q.get("$expand") or ""
        em = re.fullmatch(r"singleValueExtendedProperties\(\$filter=(.*)\)", exp.strip(),
                          re.IGNORECASE)
        if em:
            wanted = {_odata_str(x).lower() for x in re.findall(r"id eq '((?:[^']|'')*)'",
                                                                 em.group(1))}
            props = [{"id": k, "value": v} for k, v in m["props"].items()
                     if k.lower() in wanted]
            if props:  # Graph leaves the property out when none matches
                full["singleValueExtendedProperties"] = props
        return full

    # -- drafts ------------------------------------------------------------------------------

    def _apply(self, msg: dict, data: dict) -> None:
        for k in ("subject", "toRecipients", "ccRecipients", "replyTo"):
            if k in data:
                msg[k] = copy.deepcopy(data[k])
        if "body" in data:
            ctype = (data["body"].get("contentType") or "text").lower()
            msg["body"] = {"contentType": ctype, "content": data["body"].get("content") or ""}
        for p in data.get("singleValueExtendedProperties") or []:
            existing = next((k for k in msg["props"] if k.lower() == p["id"].lower()), p["id"])
            msg["props"][existing] = p["value"]
        msg["changeKey"] = msg.get("changeKey", 0) + 1

    def _draft_base(self) -> dict:
        return {"id": _new_id(), "folder": self.folder("drafts"), "raw": None, "isDraft": True,
                "isRead": True, "receivedDateTime": self.now, "changeKey": 0, "props": {},
                "from": {"name": USER_NAME, "address": USER_EMAIL},
                "internetMessageId": f"<{secrets.token_hex(10)}@fake.prod.outlook.com>",
                "toRecipients": [], "ccRecipients": [], "replyTo": [], "categories": [],
                "body": {"contentType": "html", "content": ""}, "subject": ""}

    def _new_draft(self, data: dict, prefer: dict):
        msg = self._draft_base()
        msg["conversationId"] = _new_id("AAQkADconv")
        self._apply(msg, data)
        self.messages[msg["id"]] = msg
        self._touch(msg["folder"], msg["id"])
        return 201, self._json(msg, {}, prefer), {}

    def _create_reply(self, parent: dict, data: dict, prefer: dict):
        inner = data.get("message") or {}
        if data.get("comment") is not None and "body" in inner:
            return 400, _error("ErrorInvalidRequest", "The comment and message.body cannot "
                               "both be set."), {}
        msg = self._draft_base()
        subject = parent.get("subject") or ""
        msg["subject"] = subject if subject.lower().startswith("re:") else f"RE: {subject}"
        msg["toRecipients"] = copy.deepcopy(parent.get("replyTo") or (
            [{"emailAddress": parent["from"]}] if parent.get("from") else []))
        msg["conversationId"] = parent["conversationId"]
        msg["in_reply_to"] = parent.get("internetMessageId")
        msg["references"] = [*(parent.get("references") or []),
                             *([parent["internetMessageId"]] if parent.get("internetMessageId")
                               else [])]
        quoted = html.escape(_text_of(parent))
        sender = (parent.get("from") or {}).get("address", "")
        msg["body"] = {"contentType": "html", "content": (
            "<html><head></head><body><div>" + html.escape(data.get("comment") or "") +
            f"</div><hr><div><b>From:</b> {html.escape(sender)}<br><b>Subject:</b> "
            f"{html.escape(subject)}</div><div><pre>{quoted}</pre></div></body></html>")}
        self._apply(msg, inner)
        self.messages[msg["id"]] = msg
        self._touch(msg["folder"], msg["id"])
        return 201, self._json(msg, {}, prefer), {}

    def _patch(self, msg: dict, data: dict, prefer: dict):
        if not msg["isDraft"]:
            self.violations.append(f"PATCH of message {msg['id']}, which is not a draft")
            return 400, _error("ErrorInvalidRequest", "Only drafts can be changed here."), {}
        self._apply(msg, data)
        self._touch(msg["folder"], msg["id"])
        return 200, self._json(msg, {}, prefer), {}

    def _delete(self, msg: dict):
        tagged = any(k.lower() == f"string {PS_INTERNET_HEADERS} name x-followupd-key"
                     for k in msg["props"])
        if not msg["isDraft"] or not tagged:
            self.violations.append(f"DELETE of message {msg['id']} (draft={msg['isDraft']}, "
                                   f"tagged={tagged})")
        del self.messages[msg["id"]]
        self._touch(msg["folder"], msg["id"])
        return 204, None, {}

    # -- calendar ----------------------------------------------------------------------------

    def _calendar_delta(self, q: dict, prefer: dict):
        base = f"{self.url}/v1.0/me/calendarView/delta"
        kind, state = self._token_state(q, base)
        if state is not None and kind is None:
            return state
        if kind == "$skiptoken":
            return 200, self._page(state["pages"], state["final"], state["base"]), {}
        for bad in ("$select", "$expand", "$filter", "$orderby", "$search"):
            if bad in q:
                return 400, _error("ErrorInvalidParameter", f"{bad} is not supported on "
                                   "calendarView delta."), {}
        if kind == "$deltatoken":
            window, since_seq = state["window"], state["seq"]
        else:
            if not q.get("startdatetime") or not q.get("enddatetime"):
                return 400, _error("ErrorInvalidParameter", "This request requires a time "
                                   "window specified by the query string parameters "
                                   "StartDateTime and EndDateTime."), {}
            window = [q["startdatetime"], q["enddatetime"]]
            since_seq = None
        lo, hi = (datetime.fromisoformat(w.replace("Z", "+00:00")) for w in window)

        def inside(ev):
            return ev["start"] < hi and ev["end"] > lo

        tz = prefer.get("outlook.timezone") or "UTC"
        items = []
        if since_seq is None:
            items = [_event_json(e, tz) for e in self.events.values() if inside(e)]
        else:
            for eid in dict.fromkeys(i for s, w, i in self.changes
                                     if w == "calendar" and s > since_seq):
                ev = self.events.get(eid)
                if ev is not None and inside(ev):
                    items.append(_event_json(ev, tz))
                else:  # also for changes outside the window (API-NOTES §4.3)
                    items.append({"@odata.type": "#microsoft.graph.event", "id": eid,
                                  "@removed": {"reason": "deleted"}})
        size = self._size(prefer)
        final = {"window": window, "seq": self.seq, "base": base}
        return 200, self._paged(items, size, kind="delta", final=final), {}


def _graph_handler(fake: FakeGraph):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out at once (no 40 ms stalls)

        def log_message(self, *args):  # quiet
            pass

        def do_GET(self):
            fake.serve(self, "GET")

        def do_POST(self):
            fake.serve(self, "POST")

        def do_PATCH(self):
            fake.serve(self, "PATCH")

        def do_DELETE(self):
            fake.serve(self, "DELETE")

        def do_PUT(self):
            fake.serve(self, "PUT")

    return Handler


def _error(code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message, "innerError": {
        "date": _fmt(datetime.now(timezone.utc)), "request-id": secrets.token_hex(8),
        "client-request-id": secrets.token_hex(8)}}}


def _prefer(header: str) -> dict:
    out = {}
    for part in header.split(","):
        k, _, v = part.strip().partition("=")
        if k:
            out[k.strip().lower()] = v.strip().strip('"')
    return out


def _select(d: dict, q: dict) -> dict:
    sel = q.get("$select")
    d = {k: v for k, v in d.items() if k != "wellKnown"}
    if not sel:
        return d
    names = {s.strip() for s in sel.split(",")}
    return {k: v for k, v in d.items() if k in names or k == "id"}


def _fmt_addr(a: dict) -> str:
    return email.utils.formataddr((a.get("name") or "", a.get("address") or ""))


def _addrs(value) -> list[dict]:
    out = []
    for name, addr in email.utils.getaddresses([str(value)] if value else []):
        if addr:
            out.append({"emailAddress": {"name": name or addr, "address": addr}})
    return out


def _message_from_raw(raw: bytes) -> dict:
    """The JSON fields Exchange derives from a delivered MIME message (best effort: a broken
    message still gets stored, with what could be read)."""
    out = {"subject": "", "from": None, "toRecipients": [], "ccRecipients": [], "replyTo": [],
           "internetMessageId": None, "in_reply_to": None, "references": [],
           "body": {"contentType": "text", "content": ""}, "sentDateTime": None}
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        out["subject"] = str(msg.get("Subject") or "")
        frm = _addrs(msg.get("From"))
        out["from"] = frm[0]["emailAddress"] if frm else None
        out["toRecipients"] = _addrs(msg.get("To"))
        out["ccRecipients"] = _addrs(msg.get("Cc"))
        out["replyTo"] = _addrs(msg.get("Reply-To"))
        mid = msg.get("Message-ID")
        out["internetMessageId"] = str(mid).strip() if mid else f"<{secrets.token_hex(8)}@fake>"
        irt = msg.get("In-Reply-To")
        out["in_reply_to"] = str(irt).strip() if irt else None
        out["references"] = str(msg.get("References") or "").split()
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is not None:
            out["body"] = {"contentType": "html" if part.get_content_subtype() == "html"
                           else "text", "content": part.get_content()}
        if msg.get("Date"):
            out["sentDateTime"] = email.utils.parsedate_to_datetime(str(msg["Date"]))
        out["hasAttachments"] = any(True for _ in msg.iter_attachments())
    except Exception:  # noqa: BLE001 - Exchange stores what it cannot read, too
        pass
    return out


def _text_of(msg: dict) -> str:
    body = msg.get("body") or {}
    text = body.get("content") or ""
    return _html_to_text(text) if body.get("contentType") == "html" else text


def _html_to_text(s: str) -> str:
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s).strip()


# -- events -------------------------------------------------------------------------------------

_RESP = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentativelyAccepted",
         "NEEDS-ACTION": "notResponded"}
_TYPE = {"REQ-PARTICIPANT": "required", "OPT-PARTICIPANT": "optional",
         "NON-PARTICIPANT": "resource", "CHAIR": "required"}


def _windows_name(iana: str | None) -> str:
    if not iana:
        return "UTC"
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return next((w for w, o in WINDOWS_TO_OLSON.items() if o == iana), iana)


def event_from_ics(data: bytes) -> dict:
    """The Graph event a calendar shows for a one-VEVENT iCalendar object."""
    import icalendar

    cal = icalendar.Calendar.from_ical(data)
    ve = next(c for c in cal.walk("VEVENT"))

    def when(prop):
        v = ve.decoded(prop)
        if isinstance(v, datetime):
            return (v if v.tzinfo else v.replace(tzinfo=timezone.utc)), getattr(
                v.tzinfo, "key", None)
        return datetime(v.year, v.month, v.day, tzinfo=timezone.utc), None

    start, tzname = when("DTSTART")
    end, _ = when("DTEND")

    def person(prop):
        addr = str(prop).removeprefix("mailto:").removeprefix("MAILTO:")
        return {"name": str(prop.params.get("CN", addr)), "address": addr}

    org = ve.get("ORGANIZER")
    atts = ve.get("ATTENDEE") or []
    if not isinstance(atts, list):
        atts = [atts]
    desc = str(ve.get("DESCRIPTION") or "")
    return {
        "iCalUId": str(ve.get("UID")),
        "subject": str(ve.get("SUMMARY") or ""),
        "body": {"contentType": "html", "content": f"<html><body><p>{html.escape(desc)}</p>"
                                                   "</body></html>"},
        "bodyPreview": desc[:255],
        "start": start, "end": end, "isAllDay": not isinstance(ve.decoded("DTSTART"), datetime),
        "isCancelled": str(ve.get("STATUS") or "").upper() == "CANCELLED",
        "originalStartTimeZone": _windows_name(tzname),
        "organizer": {"emailAddress": person(org)} if org else None,
        "attendees": [{"type": _TYPE.get(str(a.params.get("ROLE", "REQ-PARTICIPANT")), "required"),
                       "status": {"response": _RESP.get(str(a.params.get("PARTSTAT", "")),
                                                        "none"), "time": "0001-01-01T00:00:00Z"},
                       "emailAddress": person(a)} for a in atts],
        "location": {"displayName": str(ve.get("LOCATION") or "")},
        "type": "singleInstance",
        "onlineMeeting": None,
    }


def _event_json(ev: dict, tz: str) -> dict:
    from zoneinfo import ZoneInfo

    zone = timezone.utc if tz.upper() == "UTC" else ZoneInfo(tz)

    def dtz(d: datetime) -> dict:
        return {"dateTime": d.astimezone(zone).strftime("%Y-%m-%dT%H:%M:%S.0000000"),
                "timeZone": tz}

    out = {k: copy.deepcopy(v) for k, v in ev.items() if not k.startswith("_")}
    out["@odata.etag"] = f'W/"{ev["id"][-8:]}"'
    out["start"], out["end"] = dtz(ev["start"]), dtz(ev["end"])
    return out


# =============================================================================================
# Authority


_CERT: tuple[str, str] | None = None


def self_signed_cert() -> tuple[str, str]:
    """(cert path, key path) of a certificate for 127.0.0.1, made once per process."""
    global _CERT
    if _CERT is None:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
        import ipaddress

        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake authority")])
        now = datetime.now(timezone.utc)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
                .add_extension(x509.SubjectAlternativeName(
                    [x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                     x509.DNSName("localhost")]), critical=False)
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .sign(key, hashes.SHA256()))
        d = tempfile.mkdtemp(prefix="fake-authority-")
        atexit.register(shutil.rmtree, d, ignore_errors=True)
        cert_path, key_path = os.path.join(d, "cert.pem"), os.path.join(d, "key.pem")
        Path(cert_path).write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        Path(key_path).write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        _CERT = (cert_path, key_path)
    return _CERT


class FakeAuthority:
    """login.microsoftonline.com's v2.0 endpoints for one user, over https."""

    def __init__(self, graph: FakeGraph | None = None, *, expires_in: int = 3600):
        self.graph = graph
        self.lock = threading.Lock()
        self.expires_in = expires_in
        self.pending_polls = 1  # authorization_pending answers before the user "approves"
        self.mode: str | None = None  # None | "invalid_grant" | "interaction_required"
        self.device_mode: str | None = None  # None | "authorization_declined"
        self.refresh_tokens: set[str] = set()
        self.devices: dict[str, int] = {}
        self.log: list[dict] = []
        self.uid, self.utid = "00000000-0000-0000-aaaa-" + secrets.token_hex(6), \
            "9188040d-6c67-4c5b-b112-36a304b66dad"
        cert, key = self_signed_cert()
        self.cert = cert
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _authority_handler(self))
        self.server.daemon_threads = True
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,),
                                        daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def grants(self, grant: str) -> list[dict]:
        with self.lock:
            return [r for r in self.log if r.get("grant_type", "").endswith(grant)]

    def expire_access_tokens(self) -> None:
        """Every access token issued so far is refused by Graph from now on."""
        if self.graph is not None:
            with self.graph.lock:
                self.graph.valid_tokens.clear()

    def _tokens(self, tenant: str, scope: str) -> dict:
        at = "eyFake." + secrets.token_urlsafe(24)
        rt = "0.AAA" + secrets.token_urlsafe(24)
        self.refresh_tokens.add(rt)
        if self.graph is not None:
            with self.graph.lock:
                self.graph.valid_tokens.add(at)
        now = int(time.time())
        claims = {"aud": CLIENT_ID, "iss": f"{self.url}/{self.utid}/v2.0", "iat": now,
                  "nbf": now, "exp": now + 3600, "name": USER_NAME, "oid": self.uid,
                  "preferred_username": USER_EMAIL, "sub": secrets.token_hex(8),
                  "tid": self.utid, "ver": "2.0"}
        id_token = ".".join([_b64url(b'{"alg":"none","typ":"JWT"}'),
                             _b64url(json.dumps(claims).encode()), ""])
        return {"token_type": "Bearer", "scope": "Mail.ReadWrite Calendars.Read openid profile "
                "offline_access", "expires_in": self.expires_in,
                "ext_expires_in": self.expires_in, "access_token": at, "refresh_token": rt,
                "id_token": id_token,
                "client_info": _b64url(json.dumps({"uid": self.uid, "utid": self.utid}).encode())}

    def serve(self, h, method: str):
        path = urlsplit(h.path).path
        length = int(h.headers.get("Content-Length") or 0)
        form = {k: v[-1] for k, v in parse_qs(h.rfile.read(length).decode()).items()} \
            if length else {}
        with self.lock:
            self.log.append({"method": method, "path": path, **form})
        m = re.fullmatch(r"/([^/]+)/v2\.0/\.well-known/openid-configuration", path)
        if m and method == "GET":
            t = m.group(1)
            return _send_json(h, 200, {
                "authorization_endpoint": f"{self.url}/{t}/oauth2/v2.0/authorize",
                "token_endpoint": f"{self.url}/{t}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{self.url}/{t}/oauth2/v2.0/devicecode",
                "issuer": f"{self.url}/{{tenantid}}/v2.0",
                "response_types_supported": ["code", "id_token", "code id_token"],
                "scopes_supported": ["openid", "profile", "email", "offline_access"]})
        m = re.fullmatch(r"/([^/]+)/oauth2/v2\.0/(devicecode|token)", path)
        if not m or method != "POST":
            return _send_json(h, 404, {"error": "not_found"})
        if form.get("client_id") != CLIENT_ID:
            return _send_json(h, 400, {"error": "unauthorized_client", "error_description":
                                       "AADSTS700016: Application not found in the directory."})
        if m.group(2) == "devicecode":
            code = secrets.token_urlsafe(16)
            with self.lock:
                self.devices[code] = self.pending_polls
            return _send_json(h, 200, {
                "user_code": "FAKE-CODE", "device_code": code,
                "verification_uri": "https://microsoft.com/devicelogin", "expires_in": 900,
                "interval": 0, "message": "To sign in, use a web browser to open the page "
                "https://microsoft.com/devicelogin and enter the code FAKE-CODE to "
                "authenticate."})
        grant = form.get("grant_type", "")
        if grant == "urn:ietf:params:oauth:grant-type:device_code":
            with self.lock:
                left = self.devices.get(form.get("device_code", ""))
                if left is None:
                    return _send_json(h, 400, {"error": "bad_verification_code"})
                if self.device_mode:
                    return _send_json(h, 400, {"error": self.device_mode,
                                               "error_description": "AADSTS70000: declined"})
                if left > 0:
                    self.devices[form["device_code"]] = left - 1
                    return _send_json(h, 400, {"error": "authorization_pending",
                                               "error_description": "AADSTS70016: pending"})
                del self.devices[form["device_code"]]
                return _send_json(h, 200, self._tokens(m.group(1), form.get("scope", "")))
        if grant == "refresh_token":
            with self.lock:
                if self.mode == "interaction_required":
                    return _send_json(h, 400, {
                        "error": "interaction_required", "suberror": "basic_action",
                        "error_description": "AADSTS50076: Due to a configuration change "
                        "you must use multi-factor authentication."})
                rt = form.get("refresh_token", "")
                if self.mode == "invalid_grant" or rt not in self.refresh_tokens:
                    return _send_json(h, 400, {
                        "error": "invalid_grant", "error_description": "AADSTS70008: The "
                        "provided authorization code or refresh token has expired."})
                self.refresh_tokens.discard(rt)  # refresh tokens rotate
                return _send_json(h, 200, self._tokens(m.group(1), form.get("scope", "")))
        return _send_json(h, 400, {"error": "unsupported_grant_type"})


def _send_json(h, status: int, payload: dict) -> None:
    data = json.dumps(payload).encode()
    h.send_response(status)
    h.send_header("Content-Type", "application/json; charset=utf-8")
    h.send_header("Content-Length", str(len(data)))
    h.end_headers()
    h.wfile.write(data)


def _authority_handler(fake: FakeAuthority):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out at once (no 40 ms stalls)

        def log_message(self, *args):
            pass

        def do_GET(self):
            fake.serve(self, "GET")

        def do_POST(self):
            fake.serve(self, "POST")

    return Handler


# =============================================================================================
# The scenario world's backend


@dataclass(frozen=True)
class DraftHandle:
    name: str  # the Graph id (``.name`` as a Maildir draft's path has)


_FOLDER = {"INBOX": "inbox", "Sent": "sentitems", "Drafts": "drafts", "Jobs": "Jobs"}


class OutlookBackend:
    """The user's mailbox in a fake Graph, signed in through the fake authority with the real
    `followupd auth outlook` command; the provider is built from the config as in production."""

    name = "outlook"

    def __init__(self, root: Path):
        self.root = root
        self.graph = FakeGraph()
        self.authority = FakeAuthority(self.graph)
        self.graph.folder("Jobs")
        self._old_ca = os.environ.get("REQUESTS_CA_BUNDLE")
        os.environ["REQUESTS_CA_BUNDLE"] = self.authority.cert

    def account_toml(self) -> str:
        return f"""[[accounts]]
name = "home"
provider = "outlook"
client_id = "{CLIENT_ID}"
tenant = "common"
watch_folders = ["Jobs"]
endpoints = {{ graph = "{self.graph.url}", authority = "{self.authority.url}" }}
"""

    def providers(self, config) -> dict | None:
        from followupd.auth_microsoft import auth_outlook

        out = io.StringIO()
        assert auth_outlook(config, Namespace(account="home", client_id=None, tenant=None),
                            out=out) == 0, out.getvalue()
        return None  # built from the config, as in production

    def deliver(self, data: bytes, folder: str, when: datetime) -> None:
        self.graph.deliver(data, _FOLDER.get(folder, folder), when)

    def put_event(self, name: str, data: bytes) -> None:
        self.graph.put_event(name, event_from_ics(data))

    def remove_event(self, name: str) -> None:
        self.graph.remove_event(name)

    def drafts(self) -> list[tuple[object, bytes]]:
        return [(DraftHandle(m["id"]), self.graph.mime(m)) for m in
                sorted(self.graph.drafts(), key=lambda m: m["id"])]

    def send_draft(self, handle, raw: bytes, when: datetime) -> None:
        self.graph.send_draft(handle.name, raw, when)

    def delete_draft(self, handle) -> None:
        self.graph.user_deletes(handle.name)

    def edit_draft(self, handle, raw: bytes) -> None:
        self.graph.user_edits(handle.name, raw)

    def user_mail_snapshot(self) -> dict[str, str]:
        out = {}
        with self.graph.lock:
            for m in self.graph.messages.values():
                if m["isDraft"]:
                    continue
                fields = {k: v for k, v in m.items() if k != "raw"}
                digest = hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()
                                        + (m["raw"] or b"")).hexdigest()
                out[f"{m['folder']}/{m['id']}"] = digest
        return out

    def close(self) -> None:
        if self._old_ca is None:
            os.environ.pop("REQUESTS_CA_BUNDLE", None)
        else:
            os.environ["REQUESTS_CA_BUNDLE"] = self._old_ca
        self.graph.close()
        self.authority.close()
        self.graph.assert_clean()


try:  # register with the scenario world when it is importable (tests/ on sys.path)
    import world as _world

    _world.BACKENDS["outlook"] = OutlookBackend
except ImportError:  # pragma: no cover
    pass
