"""HTTP for Microsoft Graph: one ``requests.Session`` per account, with connection reuse,
urllib3 retries that honour ``Retry-After``, timeouts, and the no-send guard on every request.

The guard sits in the transport adapter (``_GuardedAdapter.send``), below everything that can
issue a request (our calls, requests' redirects), so no code path can reach a send endpoint
(SPEC §2.1): ``guard.check_request`` raises SendForbidden before a byte leaves the machine.

Retries (``_GraphRetry``): 429, 503 and 504 are retried with exponential backoff and jitter,
sleeping ``Retry-After`` when the answer carries one (Graph sends it on 429 and often on
503/504, API-NOTES §4). GET, PATCH and DELETE are idempotent and retried on any of them and on
read timeouts. A POST (createReply, a new draft) is retried only on 429 and 503, which mean
"not done"; never on 504 or a read timeout, after which the draft may exist: the engine's
exactly-once recovery finds it by its key instead of a blind retry writing a second one.

Answers are classified here, once: 401 → ``Unauthorized`` (the provider refreshes the token once
and retries), a rejected delta token (410, ``syncStateNotFound``, ``resyncRequired``) →
``CursorExpired``, 429 after the retries → ``RateLimited``, 404 → ``NotFound``, anything else →
``ProviderError`` with Graph's own code and message.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from ..errors import CursorExpired, ProviderError, RateLimited
from .guard import check_request

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (10.0, 60.0)  # (connect, read) seconds
# Outlook allows 4 concurrent requests per app and mailbox; one pass is sequential anyway.
POOL_SIZE = 4
_RESYNC_CODES = {"syncstatenotfound", "resyncrequired", "syncstateinvalid"}


class NotFound(ProviderError):
    """404: the item is gone (a message deleted, a draft sent)."""


class Unauthorized(ProviderError):
    """401 InvalidAuthenticationToken: the access token expired or was revoked."""


class _GraphRetry(Retry):
    """urllib3's Retry, but a POST is retried only on answers that mean "not done"."""

    def is_retry(self, method: str, status_code: int, has_retry_after: bool = False) -> bool:
        if method and method.upper() == "POST":
            return status_code in (429, 503) and self.total is not None and self.total > 0
        return super().is_retry(method, status_code, has_retry_after)


def make_retry(total: int = 5, backoff: float = 0.5) -> Retry:
    return _GraphRetry(
        total=total,
        connect=2,
        read=2,
        status=total,
        backoff_factor=backoff,
        backoff_jitter=backoff / 2,
        backoff_max=30,
        status_forcelist=(429, 503, 504),
        allowed_methods=frozenset({"GET", "HEAD", "PATCH", "DELETE", "PUT", "OPTIONS"}),
        respect_retry_after_header=True,
        raise_on_status=False,  # the last answer comes back and is classified below
    )


class _GuardedAdapter(HTTPAdapter):
    """Every request passes the no-send guard before it is sent, whoever built it."""

    def send(self, request, *args, **kwargs):
        check_request(request.method or "GET", request.url or "")
        return super().send(request, *args, **kwargs)


def make_session(retry: Retry | None = None) -> requests.Session:
    """A Session whose every http(s) request goes through the guard, with retries."""
    s = requests.Session()
    adapter = _GuardedAdapter(max_retries=retry or make_retry(), pool_connections=POOL_SIZE,
                              pool_maxsize=POOL_SIZE)
    s.mount("https://", adapter)
    s.mount("http://", adapter)
    s.headers["User-Agent"] = "followupd (+https://github.com/followupd)"
    return s


class GraphClient:
    """Graph v1.0 over one Session. ``token()`` returns a current access token (the provider's
    msal helper); ``refresh()`` forces a new one after a 401.

    ``root`` is ``endpoints.graph`` (``https://graph.microsoft.com``); paths are appended as
    ``/v1.0/…``. Absolute URLs (delta and next links) are followed verbatim.
    """

    def __init__(self, root: str, token: Callable[[], str], refresh: Callable[[], str],
                 *, timeout: tuple[float, float] | float = DEFAULT_TIMEOUT,
                 retry: Retry | None = None, session: requests.Session | None = None):
        self.root = root.rstrip("/")
        self.base = self.root + "/v1.0"
        self._token = token
        self._refresh = refresh
        self.timeout = timeout
        self.session = session or make_session(retry)
        self.requests = 0  # how many requests this client made (bench, idle-pass checks)

    def close(self) -> None:
        self.session.close()

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else self.base + path

    def request(self, method: str, path: str, *, params: dict | None = None,
                json: Any = None, prefer: list[str] | tuple[str, ...] = (),
                delta: bool = False, raw: bool = False) -> Any:
        """One Graph call. Return the decoded JSON (None for 204), or the bytes with ``raw``.

        ``delta``: this is a delta round, so a rejected token raises CursorExpired."""
        url = self.url(path)
        headers = {"Accept": "application/json"}
        # Ids that survive moves between folders (API-NOTES §4): a message the user files
        # away keeps its uid, a draft keeps its id until it is sent.
        prefer = ['IdType="ImmutableId"', *prefer]
        headers["Prefer"] = ", ".join(prefer)
        for attempt in (1, 2):
            token = self._token() if attempt == 1 else self._refresh()
            headers["Authorization"] = f"Bearer {token}"
            try:
                self.requests += 1
                resp = self.session.request(method, url, params=params, json=json,
                                            headers=headers, timeout=self.timeout,
                                            allow_redirects=False)
            except requests.exceptions.RetryError as e:
                raise RateLimited(f"Graph kept refusing {method} {_short(url)}: {e}") from e
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as e:
                raise ProviderError(f"Graph unreachable ({method} {_short(url)}): "
                                    f"{type(e).__name__}") from e
            if resp.status_code == 401 and attempt == 1:
                log.debug("Graph answered 401; refreshing the access token once")
                continue
            return self._result(method, url, resp, delta=delta, raw=raw)
        raise AssertionError("unreachable")

    def _result(self, method: str, url: str, resp: requests.Response, *, delta: bool,
                raw: bool) -> Any:
        status = resp.status_code
        if 200 <= status < 300:
            if status == 204 or not resp.content:
                return None
            return resp.content if raw else resp.json()
        code, message = _error(resp)
        what = f"Graph {status} {code or ''} on {method} {_short(url)}: {message}".strip()
        if status == 401:
            raise Unauthorized(what)
        if delta and (status == 410 or code.lower() in _RESYNC_CODES):
            raise CursorExpired(what)
        if status == 429:
            retry_after = resp.headers.get("Retry-After")
            raise RateLimited(what, retry_after=float(retry_after) if _is_number(retry_after)
                              else None)
        if status == 404:
            raise NotFound(what)
        raise ProviderError(what)

    def get(self, path: str, **kw) -> Any:
        return self.request("GET", path, **kw)

    def pages(self, path: str, *, params: dict | None = None, prefer=(), delta: bool = False):
        """Yield each page of an OData collection, following ``@odata.nextLink`` verbatim
        (pages may be empty and still carry a next link). The last page is yielded too: a
        delta round's ``@odata.deltaLink`` is on it."""
        page = self.request("GET", path, params=params, prefer=prefer, delta=delta)
        while True:
            yield page
            nxt = page.get("@odata.nextLink")
            if not nxt:
                return
            page = self.request("GET", nxt, prefer=prefer, delta=delta)


def _error(resp: requests.Response) -> tuple[str, str]:
    try:
        err = resp.json().get("error") or {}
        return str(err.get("code") or ""), str(err.get("message") or "")[:300]
    except ValueError:
        return "", (resp.text or resp.reason or "")[:200]


def _short(url: str) -> str:
    # Delta and skip tokens are long and say nothing to a person: keep the path.
    return url.split("?", 1)[0]


def _is_number(value: str | None) -> bool:
    try:
        float(value or "")
        return True
    except ValueError:
        return False
