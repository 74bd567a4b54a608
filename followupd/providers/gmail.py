"""The ``gmail`` provider: Gmail API v1 for mail and drafts, Google Calendar API v3 for events.

Built on google-api-python-client with its bundled (static) discovery documents, so ``build()``
makes no request. Every request goes through ``google_http`` (no-send guard, retries, refresh).

uid
    The Gmail message id (16 hex digits).
mail cursor
    JSON ``{"historyId": "…"}``: the mailbox's history id when the last sync started.
calendar cursor
    JSON ``{"calendars": {calendar id: syncToken}, "events": {calendar id: {event id:
    [iCalUID, recurrence id, start, end]}}}``. Google guarantees only the ``id`` of a deleted
    event, so what is needed to cancel it is kept here (events ending before the lookback are
    pruned).
draft id
    The Gmail draft id (``r…``); it survives ``drafts.update`` while the message id changes.

First mail sync (no cursor), cheapest first:
  1. ``getProfile`` for the history id to continue from (taken first, so nothing that arrives
     during the sync is missed);
  2. ``messages.list`` with server-side searches over the lookback window: hiring words (en,
     fr), applicant-tracking and scheduling senders (the data tables of understand.employers),
     ``.ics`` invitations; and ``in:sent``;
  3. full messages (``format=raw``, batched) for the candidates; then one more search for mail
     from the company domains those candidates came from;
  4. the user's sent messages: those in a candidate thread are fetched; the others are read as
     ``metadata`` (To/Cc, batched) and fetched only when they went to one of those domains.
Incremental: ``history.list`` from the stored history id, all pages; an expired id (404) is
``CursorExpired`` and the engine re-syncs the lookback window (``seen`` skips what it has).

Labels: INBOX → "inbox", SENT → "sent", any other label → "watch"; DRAFT, SPAM and TRASH are
never read as mail (the drafts are read only through ``drafts.*``, and only followupd's own).
"""

from __future__ import annotations

import base64
import functools
import json
import logging
import socket
from datetime import date, datetime, time, timedelta, timezone
from email.parser import BytesParser
from email.policy import compat32
from email.utils import getaddresses
from typing import TYPE_CHECKING, Callable, Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..drafts.hashing import content_hash_of_raw
from ..errors import AuthExpired, CursorExpired, ProviderError, RateLimited
from ..model import Address, Attendee, DraftCopy, Event, OutgoingDraft
from .base import EventBatch, MailBatch, RawMail
from .google_http import RetryPolicy, authorized_http, error_reason, is_retryable

if TYPE_CHECKING:
    from ..config import AccountConfig, Config
    from ..secrets import TokenStore

log = logging.getLogger(__name__)

SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/calendar.readonly",
)
GMAIL_ROOT = "https://gmail.googleapis.com"
CALENDAR_ROOT = "https://www.googleapis.com"
TOKEN_URI = "https://oauth2.googleapis.com/token"

# Gmail accepts 100 calls per batch but advises against more than 50 (per-user concurrency
# limits answer 429 to the parts beyond).
BATCH = 50
LIST_PAGE = 500  # messages.list/history.list maximum page size
KEY_HEADER = "X-Followupd-Key"

# Words a hiring message almost always carries (Gmail search matches whole words in the
# subject, the body and the sender). Recall matters here; precision is the classifier's job.
SEARCH_WORDS = (
    # English
    "interview", "interviews", "interviewing", "application", "applied", "applying",
    "candidate", "candidacy", "recruiter", "recruiting", "recruitment", "hiring",
    "availability", "shortlisted", "assessment", "onsite", "unfortunately",
    '"phone screen"', '"next steps"', '"offer letter"', '"job offer"', '"offer of employment"',
    # French
    "entretien", "entretiens", "candidature", "candidat", "candidate", "recrutement",
    "recruteur", "recruteuse", "disponibilités", "malheureusement", '"promesse d\'embauche"',
    '"proposition d\'embauche"',
)
# "offer", "position", "poste", "offre" alone match every sale and job alert; an offer in a
# process is found by the search for mail from that employer's domain instead.


def _b64decode(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _folder(labels: Iterable[str]) -> str | None:
    labels = set(labels or ())
    if labels & {"DRAFT", "SPAM", "TRASH"}:
        return None
    if "SENT" in labels:
        return "sent"
    if "INBOX" in labels:
        return "inbox"
    return "watch"


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


@functools.cache
def ats_domains() -> tuple[str, ...]:
    """Domains of applicant-tracking and scheduling systems (understand/data/senders.toml)."""
    from ..understand.text import data_file

    table = data_file("senders.toml")
    domains = {d.lower() for entry in table["ats"] for d in entry["domains"]}
    return tuple(sorted(domains))


def _or(terms: Iterable[str]) -> str:
    return "{" + " ".join(terms) + "}"


def candidate_queries(since: datetime) -> list[str]:
    """The server-side searches that find hiring mail dated after ``since``."""
    after = f"after:{int(since.timestamp())}"
    return [
        f"{after} {_or(SEARCH_WORDS)}",
        f"{after} {_or('from:' + d for d in ats_domains())}",
        f"{after} has:attachment {_or(['filename:ics', 'filename:invite.ics'])}",
    ]


class GmailProvider:
    def __init__(self, account: AccountConfig, *, user_emails: Iterable[str] = (),
                 store: TokenStore | None = None, data_dir: str | None = None,
                 policy: RetryPolicy | None = None, timeout: float = 60.0,
                 default_tz: str | None = None):
        self.account = account.name
        self.config = account
        self.user_emails = frozenset(e.lower() for e in user_emails)
        endpoints = account.endpoints or {}
        self.gmail_root = endpoints.get("gmail", GMAIL_ROOT).rstrip("/")
        self.calendar_root = endpoints.get("calendar", CALENDAR_ROOT).rstrip("/")
        self.token_uri = endpoints.get("token")
        if store is None:
            from ..secrets import default_store

            store = default_store(data_dir or ".")
        self.store = store
        self.policy = policy or RetryPolicy()
        self.timeout = timeout
        self.default_tz = default_tz
        self._http = None
        self._gmail = None
        self._calendar = None
        self._creds = None

    @classmethod
    def from_config(cls, account: AccountConfig, config: Config) -> GmailProvider:
        return cls(account, user_emails=config.user.email, data_dir=config.paths.data_dir,
                   default_tz=config.user.timezone)

    @classmethod
    def auth_health(cls, account: AccountConfig, config: Config) -> tuple[bool, str]:
        """Whether a Google authorization is stored for the account (no request is made)."""
        from ..secrets import default_store

        store = default_store(config.paths.data_dir)
        try:
            token = store.get(account.name)
        except Exception as e:  # noqa: BLE001 - a broken keyring is a health problem to report
            return False, f"cannot read the token store ({store.description}): {e}"
        if not token or not token.get("refresh_token"):
            return False, (f"not authorized; run `followupd auth gmail --account {account.name}`")
        granted = set(token.get("scopes") or ())
        missing = [s.rsplit("/", 1)[1] for s in SCOPES if granted and s not in granted]
        if missing:
            return False, (f"missing permission {', '.join(missing)}; run `followupd auth gmail "
                           f"--account {account.name}` and allow every box")
        return True, f"authorized ({store.description})"

    # -- plumbing ----------------------------------------------------------------------------

    def _credentials(self):
        from google.oauth2.credentials import Credentials

        info = self.store.get(self.account)
        if not info or not info.get("refresh_token"):
            raise AuthExpired(self.account, (
                f"account {self.account!r} has no Google authorization; run "
                f"`followupd auth gmail --account {self.account}`"))
        info = dict(info)
        info["token_uri"] = self.token_uri or info.get("token_uri") or TOKEN_URI
        try:
            creds = Credentials.from_authorized_user_info(info)
            # from_authorized_user_info always sets Google's token URL: endpoints.token wins.
            return creds.with_token_uri(info["token_uri"])
        except (ValueError, KeyError) as e:
            raise AuthExpired(self.account, (
                f"account {self.account!r}: the stored Google authorization is unusable ({e}); "
                f"run `followupd auth gmail --account {self.account}`")) from None

    def _services(self):
        if self._gmail is None:
            from googleapiclient.discovery import build

            self._creds = self._credentials()
            self._http = authorized_http(self._creds, timeout=self.timeout, policy=self.policy)
            # Static discovery: the documents bundled with the client, no request at build().
            self._gmail = build("gmail", "v1", http=self._http, static_discovery=True,
                                cache_discovery=False,
                                client_options={"api_endpoint": self.gmail_root + "/"})
            self._calendar = build("calendar", "v3", http=self._http, static_discovery=True,
                                   cache_discovery=False,
                                   client_options={"api_endpoint":
                                                   self.calendar_root + "/calendar/v3/"})
        return self._gmail, self._calendar

    @property
    def gmail(self):
        return self._services()[0].users()

    @property
    def calendar(self):
        return self._services()[1]

    def _persist_token(self) -> None:
        """Keep a refreshed access token, so the next process does not refresh again."""
        creds = self._creds
        if creds is None or not creds.token:
            return
        try:
            stored = self.store.get(self.account) or {}
            if stored.get("token") != creds.token:
                info = json.loads(creds.to_json())
                info.setdefault("refresh_token", stored.get("refresh_token"))
                self.store.put(self.account, info)
        except Exception as e:  # noqa: BLE001 - a keyring hiccup must not fail the sync
            log.warning("account %s: could not save the refreshed token: %s", self.account,
                        type(e).__name__)

    def _execute(self, request, *, allow: tuple[int, ...] = ()):
        """Run one API call. Statuses in ``allow`` are returned as ``_Status``; every other
        failure becomes a followupd error."""
        from google.auth.exceptions import RefreshError, TransportError
        from googleapiclient.errors import HttpError

        from googleapiclient.http import BatchHttpRequest

        try:
            if isinstance(request, BatchHttpRequest):
                return request.execute(http=self._http)
            return request.execute(num_retries=0)
        except HttpError as e:
            if e.resp.status in allow:
                return _Status(e.resp.status)
            raise self._http_error(e.resp.status, e.content, e.uri) from None
        except RefreshError as e:
            raise self._refresh_error(e) from None
        except (TransportError, socket.timeout, TimeoutError, OSError) as e:
            raise ProviderError(f"account {self.account!r}: Google did not answer "
                                f"({type(e).__name__}: {e})") from None
        except Exception as e:
            import httplib2

            if isinstance(e, httplib2.HttpLib2Error):
                raise ProviderError(f"account {self.account!r}: {type(e).__name__}: {e}") from None
            raise

    def _http_error(self, status: int, content: bytes, uri: str | None = None) -> ProviderError:
        path = (uri or "").split("?", 1)[0]
        if status == 401:
            return AuthExpired(self.account, (
                f"account {self.account!r}: Google refused the access token; run "
                f"`followupd auth gmail --account {self.account}`"))
        if status == 403 and error_reason(content) == "insufficientPermissions":
            return AuthExpired(self.account, (
                f"account {self.account!r} lacks a permission; run `followupd auth gmail "
                f"--account {self.account}` and allow every box"))
        if is_retryable(status, content):
            return RateLimited(f"account {self.account!r}: Google still answered {status} "
                               f"after retries ({path})")
        return ProviderError(f"account {self.account!r}: Google answered {status} for {path}")

    def _refresh_error(self, e) -> ProviderError:
        if getattr(e, "retryable", False):
            return ProviderError(f"account {self.account!r}: token refresh failed for now ({e})")
        return AuthExpired(self.account, (
            f"account {self.account!r}: Google revoked or expired the authorization; run "
            f"`followupd auth gmail --account {self.account}`"))

    def _batch(self, make: Callable[[str], object], ids: list[str]) -> dict[str, dict | None]:
        """Run ``make(id)`` for every id in batches; return id → response (None when 404).
        Parts refused with 429/403-rate/5xx are sent again in a later batch, with backoff."""
        from google.auth.exceptions import RefreshError
        from googleapiclient.errors import HttpError
        from googleapiclient.http import BatchHttpRequest

        results: dict[str, dict | None] = {}
        pending = list(dict.fromkeys(ids))
        attempt = 0
        while pending:
            failed: list[str] = []
            errors: list[ProviderError] = []

            def done(request_id, response, exception, _failed=failed, _errors=errors):
                if exception is None:
                    results[request_id] = response
                elif isinstance(exception, HttpError):
                    status = exception.resp.status
                    if status == 404:
                        results[request_id] = None
                    elif is_retryable(status, exception.content):
                        _failed.append(request_id)
                    else:
                        _errors.append(self._http_error(status, exception.content, exception.uri))
                else:
                    _errors.append(ProviderError(f"account {self.account!r}: {exception}"))

            for chunk in _chunks(pending, BATCH):
                # The client's new_batch_http_request() ignores api_endpoint: name the URI.
                batch = BatchHttpRequest(callback=done,
                                         batch_uri=self.gmail_root + "/batch/gmail/v1")
                for mid in chunk:
                    batch.add(make(mid), request_id=mid)
                try:
                    self._execute(batch)
                except RefreshError as e:  # raised from inside the batch's own refresh
                    raise self._refresh_error(e) from None
                if errors:
                    raise errors[0]
            if not failed:
                break
            if attempt >= self.policy.retries:
                raise RateLimited(f"account {self.account!r}: {len(failed)} batched calls still "
                                  "refused after retries")
            self.policy.sleep(self.policy.backoff(attempt))
            attempt += 1
            pending = failed
        return results

    def close(self) -> None:
        if self._http is not None:
            try:
                self._http.http.close()
            except Exception:  # noqa: BLE001
                pass
        self._gmail = self._calendar = self._http = None

    # -- mail ----------------------------------------------------------------------------------

    def _list(self, q: str) -> list[dict]:
        """Every ``{id, threadId}`` matching the search (all pages)."""
        out: list[dict] = []
        token = None
        while True:
            kw = {"userId": "me", "q": q, "maxResults": LIST_PAGE}
            if token:
                kw["pageToken"] = token
            page = self._execute(self.gmail.messages().list(**kw))
            out += page.get("messages", [])
            token = page.get("nextPageToken")
            if not token:
                return out

    def _fetch_raw(self, ids: list[str]) -> list[RawMail]:
        got = self._batch(
            lambda mid: self.gmail.messages().get(userId="me", id=mid, format="raw"), ids)
        out = []
        for mid in ids:
            m = got.get(mid)
            if not m:
                continue  # gone since it was listed
            folder = _folder(m.get("labelIds", ()))
            if folder is None:
                continue
            out.append(RawMail(uid=mid, folder=folder, raw=_b64decode(m.get("raw", "")),
                               thread_id=m.get("threadId")))
        return out

    def sync_mail(self, cursor: str | None, *, since: datetime,
                  seen: Callable[[str], bool]) -> MailBatch:
        try:
            if cursor is None:
                return self._first_sync(since, seen)
            try:
                start = str(int(json.loads(cursor)["historyId"]))
            except (ValueError, KeyError, TypeError):
                raise CursorExpired(f"unreadable Gmail cursor {cursor!r}") from None
            return self._incremental(start, seen)
        finally:
            self._persist_token()

    def _first_sync(self, since: datetime, seen: Callable[[str], bool]) -> MailBatch:
        profile = self._execute(self.gmail.getProfile(userId="me"))
        history_id = profile["historyId"]
        found: dict[str, str] = {}  # id → threadId
        for q in candidate_queries(since):
            for m in self._list(q):
                found[m["id"]] = m["threadId"]
        messages = self._fetch_raw([i for i in found if not seen(i)])

        # Mail from the companies those candidates came from (one more search).
        domains = self._company_domains(messages)
        after = f"after:{int(since.timestamp())}"
        more: dict[str, str] = {}
        for group in _chunks(sorted(domains), 20):
            for m in self._list(f"{after} {_or('from:' + d for d in group)}"):
                if m["id"] not in found:
                    more[m["id"]] = m["threadId"]
        found.update(more)
        messages += self._fetch_raw([i for i in more if not seen(i)])

        # The user's own mail in those conversations, or to those companies.
        threads = set(found.values())
        sent = [m for m in self._list(f"in:sent {after}") if m["id"] not in found]
        take = [m["id"] for m in sent if m["threadId"] in threads]
        rest = [m["id"] for m in sent if m["threadId"] not in threads and not seen(m["id"])]
        heads = self._batch(lambda mid: self.gmail.messages().get(
            userId="me", id=mid, format="metadata", metadataHeaders=["To", "Cc"]), rest)
        for mid in rest:
            m = heads.get(mid)
            if m and _recipient_domains(m) & domains:
                take.append(mid)
        messages += self._fetch_raw([i for i in take if not seen(i)])
        return MailBatch(messages=messages, cursor=json.dumps({"historyId": str(history_id)}),
                         full=True, drafts_changed=True)

    def _company_domains(self, messages: list[RawMail]) -> set[str]:
        from ..understand.employers import is_company_domain, registrable_domain

        from ..understand.employers import is_no_reply

        own = {e.rpartition("@")[2] for e in self.user_emails}
        domains = set()
        for m in messages:
            if m.folder == "sent":
                continue
            head = BytesParser(policy=compat32).parsebytes(m.raw[:65536], headersonly=True)
            if head.get("List-Unsubscribe") or str(head.get("Precedence", "")).lower() in (
                    "bulk", "list"):
                continue  # mailing lists and marketing: not an employer writing to the user
            senders = getaddresses([str(v) for v in head.get_all("From", [])])
            if senders and all(is_no_reply(a) for _, a in senders if a) and not head.get(
                    "Reply-To"):
                continue
            values = [str(v) for v in (head.get_all("From", []) + head.get_all("Reply-To", []))]
            for _, addr in getaddresses(values):
                domain = addr.rpartition("@")[2].lower()
                if domain and domain not in own and is_company_domain(domain):
                    domains.add(registrable_domain(domain))
        return domains

    def _incremental(self, start: str, seen: Callable[[str], bool]) -> MailBatch:
        wanted: dict[str, None] = {}
        drafts_changed = False
        current = start
        token = None
        while True:
            kw = {"userId": "me", "startHistoryId": start, "maxResults": LIST_PAGE}
            if token:
                kw["pageToken"] = token
            page = self._execute(self.gmail.history().list(**kw), allow=(404,))
            if isinstance(page, _Status):
                raise CursorExpired(f"account {self.account!r}: Gmail history {start} expired")
            for record in page.get("history", []):
                for kind in ("messagesAdded", "messagesDeleted", "labelsAdded", "labelsRemoved"):
                    for change in record.get(kind, []):
                        msg = change.get("message", {})
                        labels = set(msg.get("labelIds", ())) | set(change.get("labelIds", ()))
                        if "DRAFT" in labels:
                            drafts_changed = True
                            continue
                        if kind == "messagesAdded" or (
                                kind == "labelsAdded" and labels & {"INBOX", "SENT"}):
                            wanted[msg["id"]] = None
            if int(page.get("historyId", 0)) > int(current):
                current = page["historyId"]
            token = page.get("nextPageToken")
            if not token:
                break
        messages = self._fetch_raw([i for i in wanted if not seen(i)])
        return MailBatch(messages=messages, cursor=json.dumps({"historyId": str(current)}),
                         full=False, drafts_changed=drafts_changed)

    # -- calendar ------------------------------------------------------------------------------

    def sync_calendar(self, cursor: str | None, *, since: datetime,
                      until: datetime) -> EventBatch:
        state = {"calendars": {}, "events": {}}
        if cursor is not None:
            try:
                state = json.loads(cursor)
                state["calendars"], state["events"]  # noqa: B018 - shape check
            except (ValueError, KeyError, TypeError):
                raise CursorExpired("unreadable calendar cursor") from None
        events: list[Event] = []
        new_state = {"calendars": {}, "events": {}}
        try:
            for cal in self.config.calendars or ("primary",):
                token = state["calendars"].get(cal)
                known = dict(state["events"].get(cal, {}))
                got, next_token = self._events(cal, token, since, until, known)
                events += got
                new_state["calendars"][cal] = next_token
                new_state["events"][cal] = {k: v for k, v in known.items() if _later(v[3], since)}
        finally:
            self._persist_token()
        return EventBatch(events=events, full=cursor is None,
                          cursor=json.dumps(new_state, separators=(",", ":"), sort_keys=True))

    def _events(self, cal: str, token: str | None, since: datetime, until: datetime,
                known: dict[str, list]) -> tuple[list[Event], str]:
        out: list[Event] = []
        page_token = None
        while True:
            kw = {"calendarId": cal, "singleEvents": True, "maxResults": 250}
            if token:
                kw["syncToken"] = token  # timeMin/timeMax are forbidden with it (400)
            else:
                kw["timeMin"] = since.isoformat()
                kw["timeMax"] = until.isoformat()
            if page_token:
                kw["pageToken"] = page_token
            page = self._execute(self.calendar.events().list(**kw), allow=(410,))
            if isinstance(page, _Status):
                raise CursorExpired(f"account {self.account!r}: calendar {cal} sync token expired")
            zone = _zone(page.get("timeZone")) or _zone(self.default_tz) or timezone.utc
            for item in page.get("items", []):
                ev = self._event(item, zone, known)
                if ev is not None:
                    out.append(ev)
            page_token = page.get("nextPageToken")
            if not page_token:
                # nextSyncToken comes only on the last page.
                return out, page.get("nextSyncToken")

    def _event(self, item: dict, zone, known: dict[str, list]) -> Event | None:
        eid = item.get("id", "")
        if item.get("status") == "cancelled" and "start" not in item:
            entry = known.pop(eid, None)
            if entry is None:
                return None  # never seen: nothing to cancel
            uid, rid, start, end = entry
            return Event(uid=uid, recurrence_id=rid, start=datetime.fromisoformat(start),
                         end=datetime.fromisoformat(end), status="cancelled")
        try:
            ev = event_from_json(item, zone)
        except (KeyError, ValueError) as e:
            log.info("account %s: calendar event %s not readable (%s)", self.account, eid, e)
            return None
        if ev.status == "cancelled":
            known.pop(eid, None)
        else:
            known[eid] = [ev.uid, ev.recurrence_id, ev.start.isoformat(), ev.end.isoformat()]
        return ev

    # -- drafts --------------------------------------------------------------------------------

    def create_draft(self, draft: OutgoingDraft) -> DraftCopy:
        """``drafts.create`` with the raw message (JSON, not a media upload: an upload keeps the
        https scheme) and the thread to file it under."""
        message = {"raw": _b64encode(draft.raw)}
        if draft.thread_id:
            message["threadId"] = draft.thread_id
        got = self._execute(self.gmail.drafts().create(userId="me", body={"message": message}))
        thread = got.get("message", {}).get("threadId")
        if draft.thread_id and thread != draft.thread_id:
            # Gmail files a draft whose headers or subject do not match in a new thread, silently.
            log.warning("account %s: Gmail put draft %s in a new conversation instead of thread "
                        "%s", self.account, got.get("id"), draft.thread_id)
        digest, key = content_hash_of_raw(draft.raw)
        return DraftCopy(draft_id=got["id"], key=key, content_hash=digest, thread_id=thread)

    def get_draft(self, draft_id: str) -> DraftCopy | None:
        got = self._execute(self.gmail.drafts().get(userId="me", id=draft_id, format="raw"),
                            allow=(404,))
        if isinstance(got, _Status):
            return None
        return _copy(got)

    def find_drafts(self, key: str) -> list[DraftCopy]:
        ids: list[str] = []
        token = None
        while True:
            kw = {"userId": "me", "maxResults": LIST_PAGE}
            if token:
                kw["pageToken"] = token
            page = self._execute(self.gmail.drafts().list(**kw))
            ids += [d["id"] for d in page.get("drafts", [])]
            token = page.get("nextPageToken")
            if not token:
                break
        heads = self._batch(
            lambda did: self.gmail.drafts().get(userId="me", id=did, format="metadata"), ids)
        mine = [did for did in ids if heads.get(did) and _header(heads[did], KEY_HEADER) == key]
        full = self._batch(
            lambda did: self.gmail.drafts().get(userId="me", id=did, format="raw"), mine)
        return [_copy(full[did]) for did in mine if full.get(did)]

    def delete_draft(self, draft_id: str) -> None:
        """Delete one of followupd's drafts; refuse one without our key header."""
        got = self._execute(self.gmail.drafts().get(userId="me", id=draft_id, format="metadata"),
                            allow=(404,))
        if isinstance(got, _Status):
            return
        if not _header(got, KEY_HEADER):
            raise ProviderError(f"account {self.account!r}: refusing to delete draft {draft_id}: "
                                "followupd did not write it")
        self._execute(self.gmail.drafts().delete(userId="me", id=draft_id), allow=(404,))


class _Status:
    """An HTTP status a caller asked to handle itself (404 history, 410 sync token)."""

    def __init__(self, status: int):
        self.status = status


def _copy(draft: dict) -> DraftCopy:
    message = draft.get("message", {})
    digest, key = content_hash_of_raw(_b64decode(message.get("raw", "")))
    return DraftCopy(draft_id=draft["id"], key=key, content_hash=digest,
                     thread_id=message.get("threadId"))


def _header(draft_or_message: dict, name: str) -> str | None:
    message = draft_or_message.get("message", draft_or_message)
    for h in message.get("payload", {}).get("headers", []):
        if h.get("name", "").lower() == name.lower():
            return " ".join(h.get("value", "").split()) or None
    return None


def _recipient_domains(message: dict) -> set[str]:
    from ..understand.employers import registrable_domain

    values = [h.get("value", "") for h in message.get("payload", {}).get("headers", [])
              if h.get("name", "").lower() in ("to", "cc")]
    return {registrable_domain(a.rpartition("@")[2]) for _, a in getaddresses(values) if "@" in a}


def _later(end_iso: str, since: datetime) -> bool:
    try:
        return datetime.fromisoformat(end_iso) >= since
    except ValueError:
        return False


def _zone(name: str | None):
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


_RESPONSE = {"needsAction": "needs-action", "accepted": "accepted", "declined": "declined",
             "tentative": "tentative"}


def _when(value: dict, zone) -> datetime:
    """A Calendar ``start``/``end``: ``dateTime`` with an offset (shown in its ``timeZone``
    when named), or an all-day ``date`` (midnight in the calendar's zone)."""
    if "dateTime" in value:
        dt = datetime.fromisoformat(value["dateTime"])
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=_zone(value.get("timeZone")) or zone)
        named = _zone(value.get("timeZone"))
        return dt.astimezone(named) if named else dt
    return datetime.combine(date.fromisoformat(value["date"]), time(0), tzinfo=zone)


def event_from_json(item: dict, zone=timezone.utc) -> Event:
    """A Calendar v3 event resource as followupd's Event."""
    start = _when(item["start"], zone)
    end = _when(item.get("end", item["start"]), zone)
    if end <= start and "date" in item["start"]:
        end = start + timedelta(days=1)
    organizer = None
    if item.get("organizer", {}).get("email"):
        o = item["organizer"]
        organizer = Address(o["email"], o.get("displayName", ""))
    attendees = []
    for a in item.get("attendees", []):
        if a.get("resource") or not a.get("email"):
            continue  # rooms and equipment are not people
        address = Address(a["email"], a.get("displayName", ""))
        attendees.append(Attendee(
            address=address,
            status=_RESPONSE.get(a.get("responseStatus", ""), "needs-action"),
            organizer=bool(a.get("organizer")) or (
                organizer is not None and address.email == organizer.email),
            role="OPT-PARTICIPANT" if a.get("optional") else "REQ-PARTICIPANT",
        ))
    url = item.get("hangoutLink", "")
    for ep in item.get("conferenceData", {}).get("entryPoints", []):
        if ep.get("entryPointType") == "video" and ep.get("uri"):
            url = ep["uri"]
            break
    rid = None
    if item.get("recurringEventId") and item.get("originalStartTime"):
        rid = _when(item["originalStartTime"], zone).isoformat()
    try:
        sequence = int(item.get("sequence", 0))
    except (TypeError, ValueError):
        sequence = 0
    return Event(
        uid=item.get("iCalUID") or item["id"],
        start=start,
        end=end,
        summary=item.get("summary", ""),
        description=item.get("description", ""),
        location=item.get("location", ""),
        status=item.get("status", "confirmed"),
        sequence=sequence,
        organizer=organizer,
        attendees=tuple(attendees),
        timezone=item["start"].get("timeZone") if "dateTime" in item["start"] else None,
        recurrence_id=rid,
        url=url,
    )
