"""The ``outlook`` provider: Microsoft Graph v1.0 for mail, calendar and drafts (Outlook.com and
Microsoft 365), over ``requests`` (graph_http: one Session, retries, the no-send guard) with
msal tokens (auth_microsoft).

uid
    The Graph message id, requested as an immutable id (``Prefer: IdType="ImmutableId"``) so a
    message the user files into another folder keeps it.
thread id
    Graph's ``conversationId``.
mail cursor
    JSON ``{"v": 1, "links": {source: deltaLink}}``, one delta link per source: ``inbox``,
    ``sentitems``, ``drafts`` and ``watch:<name>`` for each of ``watch_folders``. A source
    missing from the cursor (a folder added to the config) starts its own first round.
calendar cursor
    JSON ``{"v": 1, "window": [start, end], "link": deltaLink, "events": {id: [uid,
    recurrence id, start, end]}}``. A calendarView delta is fixed to the window of its first
    call, so the window is part of the state: when the engine asks for events past its end,
    a new first round starts over a new window. Graph gives only the id of a removed event,
    so what is needed to cancel it is kept here.
draft id
    The Graph id of the draft message.

Mail sync, per source: ``/me/mailFolders/{folder}/messages/delta`` with ``$select`` of the
few fields used and ``Prefer: odata.maxpagesize``; the first round is bounded by the lookback
(``$filter=receivedDateTime ge …``, allowed on delta). Next links are followed verbatim to the
delta link; removals (``@removed``) are ignored (followupd never forgets mail because the user
filed or deleted it) and replays are de-duplicated. A rejected delta token (410 Gone with a
Location, ``syncStateNotFound``, ``resyncRequired``) is ``CursorExpired``.

RFC 5322 bytes: each new message is fetched once as MIME (``GET /me/messages/{id}/$value``).
Building them from the JSON fields would lose what the engine reads from the real message:
``.ics`` invitations attached to mail (SPEC §3), the exact References chain, and the
``X-Followupd-Key`` header of a sent copy of one of our drafts.

Drafts changed? The Drafts folder is one more delta source (``$select=id``): a pass whose
Drafts delta is empty returns ``drafts_changed=False`` and the engine reads no draft back. An
idle pass is exactly one request per delta source: inbox, sent items, drafts, each watched
folder, and the calendar view (token refresh aside). Deciding from the absence of other
changes would miss a draft the user edited or deleted without sending anything.

Drafts: ``POST /me/messages/{parent}/createReply`` (201; a draft in Drafts, in the same
conversation, with the right In-Reply-To/References). NEVER ``/reply``, which sends. Then one
PATCH sets the subject, the recipients and the text body (replacing Graph's quoted HTML). A
follow-up without a parent is a new draft, ``POST /me/messages``, in one request.

The tag. Each draft carries the single-value extended property ``String
{00020386-0000-0000-C000-000000000046} Name X-Followupd-Key``. That GUID is PS_INTERNET_HEADERS:
the property is an internet header of the message, so the copy the user sends carries
``X-Followupd-Key`` as our other providers' drafts do, and the engine recognises it in Sent
Items. A category would do neither: it is visible (and removable) in every Outlook client, is
not a header, and cannot hold a key per draft without cluttering the user's category list.
The tag is set by the createReply request itself, so a draft never exists untagged; a second
property in our own namespace (``FollowupdState``) says ``pending`` until the PATCH that writes
the content sets it to ``written`` in the same request. A crash between the two leaves a
pending draft that ``find_drafts`` deletes (it is ours and holds none of our words yet), so
the engine writes it again: the same drafts, none twice, nothing skipped.

Only followupd's drafts are ever read back, found or deleted: ``delete_draft`` reads the
message first and refuses one that is not a draft in Drafts carrying our tag.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from typing import TYPE_CHECKING, Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..drafts.hashing import content_hash
from ..errors import CursorExpired, ProviderError
from ..model import Address, Attendee, DraftCopy, Event, OutgoingDraft
from .base import EventBatch, MailBatch, RawMail
from .graph_http import DEFAULT_TIMEOUT, GraphClient, NotFound

if TYPE_CHECKING:
    from urllib3.util.retry import Retry

    from ..config import AccountConfig, Config

log = logging.getLogger(__name__)

DEFAULT_GRAPH = "https://graph.microsoft.com"
KEY_PROP = "String {00020386-0000-0000-C000-000000000046} Name X-Followupd-Key"
STATE_PROP = "String {5d6c1a2e-8f3b-4c71-9e0a-3b2f1c4d5e6f} Name FollowupdState"
PAGE = 100  # Prefer: odata.maxpagesize (Graph's default delta page is about 10)
WINDOW_SLACK = timedelta(days=30)  # the calendar window reaches this far past what is asked
_MAIL_SELECT = "id,conversationId,internetMessageId,receivedDateTime,isDraft"
# A first round also reads what picks the candidates (no request more: same pages).
_FIRST_SELECT = _MAIL_SELECT + ",subject,bodyPreview,from,toRecipients,hasAttachments"
# Hiring words (en, fr), as Gmail's server-side search uses them; matched here against the
# subject and preview that the first delta round already carries.
_HIRING = re.compile(r"\b(" + "|".join((
    "interview", "interviews", "interviewing", "application", "applied", "applying",
    "candidate", "candidacy", "recruiter", "recruiting", "recruitment", "hiring", "offer",
    "position", "availability", "shortlisted", "assessment", "onsite", "unfortunately",
    "phone screen", "next steps", "your application",
    "entretien", "entretiens", "candidature", "candidat", "recrutement", "recruteur",
    "recruteuse", "poste", "offre", "disponibilités", "malheureusement")) + r")\b",
    re.IGNORECASE)
_DRAFT_SELECT = "id,subject,toRecipients,body,isDraft,parentFolderId,conversationId"
_TEXT = 'outlook.body-content-type="text"'
_UTC = 'outlook.timezone="UTC"'
_CAL_PREFER = (_UTC, _TEXT)  # times in UTC (7-digit, no offset); descriptions as text
_RESPONSE = {"accepted": "accepted", "declined": "declined", "tentativelyaccepted": "tentative",
             "organizer": "accepted"}
_ROLE = {"required": "REQ-PARTICIPANT", "optional": "OPT-PARTICIPANT",
         "resource": "NON-PARTICIPANT"}


class OutlookProvider:
    def __init__(self, account: AccountConfig, config: Config | None = None, *, auth=None,
                 timeout: tuple[float, float] | float = DEFAULT_TIMEOUT,
                 retry: Retry | None = None):
        """``auth``: anything with ``token()`` and ``refresh()`` (default: the account's msal
        cache, auth_microsoft.MicrosoftAuth)."""
        self.account = account.name
        self.config = account
        if auth is None:
            from ..auth_microsoft import MicrosoftAuth

            assert config is not None
            auth = MicrosoftAuth(account, config)
        self.auth = auth
        root = account.endpoints.get("graph") or DEFAULT_GRAPH
        self.graph = GraphClient(root, auth.token, auth.refresh, timeout=timeout, retry=retry)
        self._ids: dict[str, str] = {}  # Message-ID → Graph id, from this process's syncs
        self._own_domains = frozenset(e.rpartition("@")[2].lower()
                                      for e in (config.user.email if config else ()))
        self._drafts_folder: str | None = None
        self.problems: list[tuple[str, str]] = []

    @classmethod
    def from_config(cls, account: AccountConfig, config: Config) -> OutlookProvider:
        return cls(account, config)

    @classmethod
    def auth_health(cls, account: AccountConfig, config: Config) -> tuple[bool, str]:
        from ..auth_microsoft import health

        return health(account, config)

    def close(self) -> None:
        self.graph.close()

    # -- mail --------------------------------------------------------------------------------

    def _sources(self) -> list[tuple[str, str, str | None]]:
        """(cursor key, folder role, well-known folder or None) of every delta source."""
        out = [("inbox", "inbox", "inbox"), ("sentitems", "sent", "sentitems")]
        out += [(f"watch:{name}", "watch", None) for name in self.config.watch_folders]
        out.append(("drafts", "drafts", "drafts"))
        return out

    def sync_mail(self, cursor: str | None, *, since: datetime,
                  seen: Callable[[str], bool]) -> MailBatch:
        """New messages of the inbox, sent items and watched folders since ``cursor`` (with no
        cursor: the hiring candidates received at or after ``since``). Raise CursorExpired on
        a rejected token."""
        links = _parse_mail_cursor(cursor) if cursor is not None else {}
        new_links: dict[str, str] = {}
        first: dict[str, tuple[str, dict]] = {}  # first rounds: id → (role, item)
        later: dict[str, tuple[str, dict]] = {}  # changes since a delta link
        drafts_changed = cursor is None
        for key, role, well_known in self._sources():
            link = links.get(key)
            if link is None:
                folder = well_known or self._folder_id(key.partition(":")[2])
                if folder is None:
                    continue
                items, new_links[key] = self._delta_first(folder, since, role)
                into = first
                drafts_changed = drafts_changed or role == "drafts"
            else:
                items, new_links[key] = self._delta(link)
                into = later
            if role == "drafts":
                drafts_changed = drafts_changed or bool(items)
                continue
            for item in items:
                if "@removed" in item or item.get("isDraft"):
                    continue
                if item.get("internetMessageId"):
                    self._ids[item["internetMessageId"]] = item["id"]
                into.setdefault(item["id"], (role, item))  # replays collapse here
        wanted = dict(later)
        wanted.update((i, first[i]) for i in _candidates(first, self._own_domains))
        out: list[RawMail] = []
        for uid, (role, item) in wanted.items():
            if seen(uid):
                continue
            try:
                raw = self.graph.request("GET", f"/me/messages/{uid}/$value", raw=True) or b""
                thread = item.get("conversationId") or self._conversation(uid)
            except NotFound:
                continue  # deleted since the delta round: nothing to read
            out.append(RawMail(uid=uid, folder=role, raw=raw, thread_id=thread))
        new_cursor = json.dumps({"v": 1, "links": new_links}, sort_keys=True)
        return MailBatch(messages=out, cursor=new_cursor, full=cursor is None,
                         drafts_changed=drafts_changed)

    def _delta_first(self, folder: str, since: datetime, role: str) -> tuple[list[dict], str]:
        params = {"$select": "id" if role == "drafts" else _FIRST_SELECT}
        if role != "drafts":
            params["$filter"] = f"receivedDateTime ge {_iso(since)}"
        return self._delta(f"/me/mailFolders/{folder}/messages/delta", params)

    def _delta(self, url: str, params: dict | None = None,
               prefer: tuple[str, ...] = ()) -> tuple[list[dict], str]:
        items: list[dict] = []
        for page in self.graph.pages(url, params=params, delta=True,
                                     prefer=[f"odata.maxpagesize={PAGE}", *prefer]):
            items += page.get("value") or []
            if "@odata.deltaLink" in page:
                return items, page["@odata.deltaLink"]
        raise ProviderError(f"account {self.account!r}: a delta round ended without a deltaLink")

    def _conversation(self, uid: str) -> str | None:
        msg = self.graph.get(f"/me/messages/{uid}", params={"$select": "conversationId"})
        return (msg or {}).get("conversationId")

    def _folder_id(self, name: str) -> str | None:
        """The id of a watched folder named by the user (top level, or under the Inbox, where
        users' rules file recruiter mail); a name that is already an id is taken as it is."""
        quoted = name.replace("'", "''")
        for path in ("/me/mailFolders", "/me/mailFolders/inbox/childFolders"):
            page = self.graph.get(path, params={"$filter": f"displayName eq '{quoted}'",
                                                "$select": "id,displayName"})
            for f in (page or {}).get("value") or []:
                return f["id"]
        try:
            return self.graph.get(f"/me/mailFolders/{name}", params={"$select": "id"})["id"]
        except NotFound:
            log.warning("account %s: no mail folder named %r; not watched", self.account, name)
            return None

    # -- calendar ----------------------------------------------------------------------------

    def sync_calendar(self, cursor: str | None, *, since: datetime,
                      until: datetime) -> EventBatch:
        """Events changed since ``cursor`` (with none: those overlapping the window around
        [since, until]). Removed events come back cancelled."""
        self.problems = []
        state = _parse_calendar_cursor(cursor) if cursor is not None else None
        if state is not None and datetime.fromisoformat(state["window"][1]) < until:
            log.info("account %s: the calendar window moves; new first round", self.account)
            state = None  # a calendarView delta is fixed to its window: start over
        full = state is None
        if full:
            window = [_iso(since), _iso(until + WINDOW_SLACK)]
            known: dict[str, list] = {}
            items, link = self._delta("/me/calendarView/delta", {
                "startDateTime": window[0], "endDateTime": window[1]}, prefer=_CAL_PREFER)
        else:
            window, known = state["window"], state["events"]
            items, link = self._delta(state["link"], prefer=_CAL_PREFER)
        events: list[Event] = []
        for item in items:
            gid = item.get("id")
            if "@removed" in item:
                gone = known.pop(gid, None)
                if gone is not None:  # out-of-window changes are reported removed too
                    events.append(_cancelled(gone))
                continue
            try:
                ev = _event(item)
            except (KeyError, ValueError, TypeError) as e:
                self.problems.append((f"event {gid}", f"unreadable event: {e}"))
                continue
            known[gid] = [ev.uid, ev.recurrence_id, ev.start.isoformat(), ev.end.isoformat()]
            events.append(ev)
        new_cursor = json.dumps({"v": 1, "window": window, "link": link, "events": known},
                                sort_keys=True)
        return EventBatch(events=events, cursor=new_cursor, full=full)

    # -- drafts ------------------------------------------------------------------------------

    def create_draft(self, draft: OutgoingDraft) -> DraftCopy:
        """A reply draft under the parent message (createReply, then one PATCH), or a new
        draft when there is no parent."""
        body = _text_body(draft.raw)
        content = {
            "subject": draft.subject,
            "toRecipients": [_recipient(a) for a in draft.to],
            "body": {"contentType": "text", "content": body},
        }
        parent = self._parent(draft) if draft.in_reply_to else None
        if parent is None:
            msg = self.graph.request("POST", "/me/messages", json={
                **content, "singleValueExtendedProperties": _props(draft.key, "written")})
        else:
            created = self.graph.request(
                "POST", f"/me/messages/{parent}/createReply",
                json={"message": {"singleValueExtendedProperties": _props(draft.key, "pending")}})
            msg = self._write(created["id"], content, draft.key)
        return self._copy(msg, draft.key)

    def _write(self, draft_id: str, content: dict, key: str) -> dict:
        """The PATCH that gives a reply draft its words (kept apart: the crash tests stop
        here)."""
        return self.graph.request(
            "PATCH", f"/me/messages/{draft_id}",
            json={**content, "singleValueExtendedProperties": _props(key, "written")},
            prefer=[_TEXT])

    def _parent(self, draft: OutgoingDraft) -> str | None:
        """The Graph id of the message replied to: from this process's syncs, else looked up
        by its Message-ID. None when it is not in the mailbox any more (a new draft then)."""
        mid = draft.in_reply_to or ""
        if mid in self._ids:
            return self._ids[mid]
        quoted = mid.replace("'", "''")
        page = self.graph.get("/me/messages", params={
            "$filter": f"internetMessageId eq '{quoted}'",
            "$select": "id,isDraft,conversationId"})
        for m in (page or {}).get("value") or []:
            if not m.get("isDraft"):
                if draft.thread_id and m.get("conversationId") not in (None, draft.thread_id):
                    continue
                return m["id"]
        log.info("account %s: the message replied to is gone; writing a new draft",
                 self.account)
        return None

    def get_draft(self, draft_id: str) -> DraftCopy | None:
        """One of our drafts, or None when it is gone (sent, deleted, moved out of Drafts)."""
        msg = self._read(draft_id)
        if msg is None or not msg.get("isDraft"):
            return None
        if msg.get("parentFolderId") != self._drafts_id():
            return None  # in Deleted Items: the user deleted it
        key = _prop(msg, KEY_PROP)
        return self._copy(msg, key)

    def _read(self, draft_id: str) -> dict | None:
        try:
            return self.graph.get(f"/me/messages/{draft_id}", params={
                "$select": _DRAFT_SELECT,
                "$expand": f"singleValueExtendedProperties($filter=id eq '{KEY_PROP}' "
                           f"or id eq '{STATE_PROP}')"}, prefer=[_TEXT])
        except NotFound:
            return None

    def _drafts_id(self) -> str:
        if self._drafts_folder is None:
            self._drafts_folder = self.graph.get("/me/mailFolders/drafts",
                                                 params={"$select": "id"})["id"]
        return self._drafts_folder

    def find_drafts(self, key: str) -> list[DraftCopy]:
        """Our drafts in Drafts tagged ``key``. A pending one (created, never written: a crash
        came between) is deleted and left out, so the engine writes it anew."""
        quoted = key.replace("'", "''")
        out = []
        for page in self.graph.pages("/me/mailFolders/drafts/messages", params={
            "$filter": f"singleValueExtendedProperties/Any(ep: ep/id eq '{KEY_PROP}' "
                       f"and ep/value eq '{quoted}')",
            "$select": _DRAFT_SELECT,
            "$expand": f"singleValueExtendedProperties($filter=id eq '{KEY_PROP}' "
                       f"or id eq '{STATE_PROP}')"}, prefer=[_TEXT]):
            for msg in page.get("value") or []:
                if not msg.get("isDraft") or _prop(msg, KEY_PROP) != key:
                    continue
                if _prop(msg, STATE_PROP) == "pending":
                    log.info("account %s: removing a half-written draft left by a crash",
                             self.account)
                    self.graph.request("DELETE", f"/me/messages/{msg['id']}")
                    continue
                out.append(self._copy(msg, key))
        return out

    def delete_draft(self, draft_id: str) -> None:
        """Delete one of followupd's drafts; refuse (ProviderError) any other message."""
        msg = self._read(draft_id)
        if msg is None:
            return
        if not msg.get("isDraft") or not _prop(msg, KEY_PROP) or \
                msg.get("parentFolderId") != self._drafts_id():
            raise ProviderError(f"account {self.account!r}: refusing to delete message "
                                f"{draft_id}: it is not a followupd draft")
        try:
            self.graph.request("DELETE", f"/me/messages/{draft_id}")
        except NotFound:
            pass

    def _copy(self, msg: dict, key: str | None) -> DraftCopy:
        to = [r["emailAddress"]["address"] for r in msg.get("toRecipients") or []
              if (r.get("emailAddress") or {}).get("address")]
        body = msg.get("body") or {}
        text = body.get("content") or ""
        if body.get("contentType", "text").lower() != "text":
            text = _html_text(text)
        return DraftCopy(draft_id=msg["id"], key=key,
                         content_hash=content_hash(msg.get("subject") or "", to, text),
                         thread_id=msg.get("conversationId"))


# -- helpers ------------------------------------------------------------------------------------


def _sender_domain(item: dict) -> str:
    return (((item.get("from") or {}).get("emailAddress") or {}).get("address") or "") \
        .rpartition("@")[2].lower()


def _candidates(first: dict[str, tuple[str, dict]], own: frozenset[str]) -> list[str]:
    """Of a first round's messages, those worth fetching, as Gmail's first sync picks them:
    hiring words in the subject or preview, an applicant-tracking sender, an attachment (an
    .ics invitation), a watched folder, a message whose sender cannot be read (fetched so
    that it is recorded, never silently dropped, SPEC §2.5); then the mail from those
    companies and in those conversations; and the user's mail in them or to them."""
    from ..understand.employers import ats_name, is_company_domain, registrable_domain

    picked: set[str] = set()
    for uid, (role, item) in first.items():
        if role == "sent":
            continue
        domain = _sender_domain(item)
        text = f"{item.get('subject') or ''} {item.get('bodyPreview') or ''}"
        if role == "watch" or not domain or item.get("hasAttachments") or ats_name(domain) \
                or _HIRING.search(text):
            picked.add(uid)
    domains = {registrable_domain(d) for d in (_sender_domain(first[u][1]) for u in picked)
               if d and d not in own and is_company_domain(d)}
    conversations = {first[u][1].get("conversationId") for u in picked} - {None}
    for uid, (role, item) in first.items():
        if uid in picked:
            continue
        if role == "sent":
            to = [((r.get("emailAddress") or {}).get("address") or "").rpartition("@")[2]
                  for r in item.get("toRecipients") or []]
            hit = any(d and registrable_domain(d) in domains for d in to)
        else:
            d = _sender_domain(item)
            hit = bool(d) and registrable_domain(d) in domains
        if hit or item.get("conversationId") in conversations:
            picked.add(uid)
    return [u for u in first if u in picked]



def _iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _props(key: str, state: str) -> list[dict]:
    return [{"id": KEY_PROP, "value": key}, {"id": STATE_PROP, "value": state}]


def _prop(msg: dict, prop_id: str) -> str | None:
    for p in msg.get("singleValueExtendedProperties") or []:
        if (p.get("id") or "").lower() == prop_id.lower():
            return p.get("value")
    return None


def _recipient(a: Address) -> dict:
    out = {"address": a.email}
    if a.name:
        out["name"] = a.name
    return {"emailAddress": out}


def _text_body(raw: bytes) -> str:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


def _html_text(html: str) -> str:
    from ..understand.text import html_to_text

    return html_to_text(html)


def _parse_mail_cursor(cursor: str) -> dict[str, str]:
    try:
        data = json.loads(cursor)
        if data.get("v") != 1 or not isinstance(data["links"], dict):
            raise ValueError
        return {str(k): str(v) for k, v in data["links"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        raise CursorExpired("unreadable Outlook mail cursor") from None


def _parse_calendar_cursor(cursor: str) -> dict:
    try:
        data = json.loads(cursor)
        if data.get("v") != 1:
            raise ValueError
        datetime.fromisoformat(data["window"][0]), datetime.fromisoformat(data["window"][1])
        str(data["link"])
        for uid, rid, start, end in data["events"].values():
            datetime.fromisoformat(start), datetime.fromisoformat(end)
        return data
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        raise CursorExpired("unreadable Outlook calendar cursor") from None


def _when(value: dict) -> datetime:
    """A Graph dateTimeTimeZone (``2016-12-09T20:30:00.0000000``, 7 digits, no offset) in the
    zone it names (UTC, as we ask with ``Prefer: outlook.timezone``; IANA or Windows names
    otherwise)."""
    dt = datetime.fromisoformat(value["dateTime"])
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=_zone(value.get("timeZone")) or timezone.utc)
    return dt


def _zone(name: str | None):
    if not name or name.upper() in ("UTC", "Z", "COORDINATED UNIVERSAL TIME"):
        return timezone.utc if name else None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    iana = WINDOWS_TO_OLSON.get(name)
    return ZoneInfo(iana) if iana else None


def _zone_name(name: str | None) -> str | None:
    z = _zone(name)
    return getattr(z, "key", None)


def _address(value: Any) -> Address | None:
    ea = (value or {}).get("emailAddress") or {}
    return Address(ea["address"], ea.get("name") or "") if ea.get("address") else None


def _event(item: dict) -> Event:
    organizer = _address(item.get("organizer"))
    attendees = []
    for a in item.get("attendees") or []:
        addr = _address(a)
        if addr is None:
            continue
        response = ((a.get("status") or {}).get("response") or "").lower()
        attendees.append(Attendee(
            address=addr, status=_RESPONSE.get(response, "needs-action"),
            organizer=organizer is not None and addr.email == organizer.email,
            role=_ROLE.get((a.get("type") or "").lower(), "")))
    body = item.get("body") or {}
    description = body.get("content") or ""
    if body.get("contentType", "text").lower() != "text":
        description = item.get("bodyPreview") or ""
    rid = None
    if item.get("type") in ("occurrence", "exception") and item.get("originalStart"):
        rid = datetime.fromisoformat(item["originalStart"].replace("Z", "+00:00")).astimezone(
            timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return Event(
        uid=item.get("iCalUId") or item["id"],
        start=_when(item["start"]),
        end=_when(item["end"]),
        summary=item.get("subject") or "",
        description=description,
        location=((item.get("location") or {}).get("displayName") or ""),
        status="cancelled" if item.get("isCancelled") else (
            "tentative" if item.get("showAs") == "tentative" else "confirmed"),
        organizer=organizer,
        attendees=tuple(attendees),
        timezone=_zone_name(item.get("originalStartTimeZone")),
        recurrence_id=rid,
        url=((item.get("onlineMeeting") or {}).get("joinUrl") or item.get("onlineMeetingUrl")
             or ""),
    )


def _cancelled(known: list) -> Event:
    uid, rid, start, end = known
    return Event(uid=uid, recurrence_id=rid, start=datetime.fromisoformat(start),
                 end=datetime.fromisoformat(end), status="cancelled")
