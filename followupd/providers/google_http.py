"""The HTTP layer under google-api-python-client: the no-send guard, retries, and auth.

Every request the Gmail and Calendar clients make (token refreshes and batch calls included)
goes through ``GuardedHttp.request``, which first asks ``guard.check_request`` (SPEC §2.1), then
retries what is safe to retry:

- 429, 5xx, and 403 whose ``errors[0].reason`` is ``rateLimitExceeded`` /
  ``userRateLimitExceeded`` (Gmail answers quota problems with a 403 and no ``Retry-After``);
- timeouts and dropped connections.

Waits grow exponentially with full jitter, and a ``Retry-After`` header, when there is one,
sets the wait instead. ``googleapiclient``'s own ``num_retries`` is left at 0: it ignores
``Retry-After`` and its fixed ``rand()*2**n`` waits cannot be shortened in tests.

A POST is retried only when the server refused it before doing anything (429, a rate-limit
403) or when it is a batch of reads: a timed-out ``drafts.create`` may have created the draft,
and a blind retry would make a second one (SPEC §2.4). The engine's DRAFTING state and
``find_drafts`` finish such a write on the next pass instead.

``authorized_http`` wraps the guarded transport in ``google_auth_httplib2.AuthorizedHttp``,
which refreshes the access token before expiry and once on a 401.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import socket
import time
from dataclasses import dataclass, field
from typing import Callable

import httplib2

from .guard import check_request

log = logging.getLogger(__name__)

_RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})


@dataclass
class RetryPolicy:
    """How hard to try: ``retries`` more attempts after the first, waits of
    ``uniform(0, min(cap, base * 2**n))`` (full jitter), a ``Retry-After`` honoured up to
    ``max_retry_after`` seconds. ``sleep`` is injectable for tests."""

    retries: int = 5
    base: float = 1.0
    cap: float = 32.0
    max_retry_after: float = 120.0
    sleep: Callable[[float], None] = field(default=time.sleep)
    jitter: Callable[[float, float], float] = field(default=random.uniform)

    def backoff(self, attempt: int) -> float:
        return self.jitter(0.0, min(self.cap, self.base * (2 ** attempt)))


def retry_after_seconds(value: str | None) -> float | None:
    """A ``Retry-After`` header (delta-seconds or an HTTP date) as seconds, or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def error_reason(content: bytes) -> str | None:
    """``error.errors[0].reason`` of a Google error body, or None."""
    try:
        errors = json.loads(content or b"{}")["error"]["errors"]
        return errors[0].get("reason")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None


def is_retryable(status: int, content: bytes) -> bool:
    if status == 429 or 500 <= status < 600:
        return True
    return status == 403 and error_reason(content) in _RATE_REASONS


def _is_batch(uri: str) -> bool:
    return "/batch" in uri.split("?", 1)[0]


class GuardedHttp(httplib2.Http):
    """``httplib2.Http`` that refuses send endpoints and retries with backoff."""

    def __init__(self, timeout: float = 60.0, policy: RetryPolicy | None = None):
        super().__init__(timeout=timeout)
        self.policy = policy or RetryPolicy()
        self.requests = 0  # HTTP requests actually sent (for benchmarks and logs)

    def request(self, uri, method="GET", body=None, headers=None,
                redirections=httplib2.DEFAULT_MAX_REDIRECTS, connection_type=None, **kwargs):
        check_request(method, uri)
        method = method.upper()
        safe = method in ("GET", "HEAD", "PUT", "DELETE") or _is_batch(uri)
        policy = self.policy
        attempt = 0
        while True:
            try:
                self.requests += 1
                response, content = super().request(
                    uri, method, body=body, headers=headers, redirections=redirections,
                    connection_type=connection_type)
            except (socket.timeout, TimeoutError, ConnectionError,
                    httplib2.ServerNotFoundError) as e:
                # A connection that dropped may leave httplib2 with a dead socket: drop it.
                self.connections.clear()
                if not safe or attempt >= policy.retries:
                    raise
                wait = policy.backoff(attempt)
                log.info("%s %s failed (%s); retry %d in %.1fs", method, _short(uri),
                         type(e).__name__, attempt + 1, wait)
            else:
                status = response.status
                if not is_retryable(status, content) or attempt >= policy.retries:
                    return response, content
                refused = status == 429 or status == 403
                if not (safe or refused):
                    return response, content
                after = retry_after_seconds(response.get("retry-after"))
                if after is not None:
                    wait = min(after, policy.max_retry_after)
                else:
                    wait = policy.backoff(attempt)
                log.info("%s %s answered %d; retry %d in %.1fs", method, _short(uri), status,
                         attempt + 1, wait)
            policy.sleep(wait)
            attempt += 1


def _short(uri: str) -> str:
    return uri.split("?", 1)[0]


def authorized_http(credentials, *, timeout: float = 60.0, policy: RetryPolicy | None = None):
    """An ``AuthorizedHttp`` over a ``GuardedHttp``: one refresh on a 401."""
    import google_auth_httplib2

    return google_auth_httplib2.AuthorizedHttp(
        credentials, http=GuardedHttp(timeout=timeout, policy=policy), max_refresh_attempts=1)
