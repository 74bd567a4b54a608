"""One error tree. Providers and the store raise these; only cli.py turns them into sentences."""

from __future__ import annotations


class Error(Exception):
    """Base of every error followupd raises on purpose."""


class UserError(Error):
    """Something the user must fix (config, usage). Exit code 2.

    ``problems`` holds one sentence per problem, each naming the key and the fix.
    """

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or [message]


class ConfigError(UserError):
    """The config file is missing, unreadable or invalid."""


class ProviderError(Error):
    """A provider failed in a way a later pass may not (network, server). The account is
    skipped for this pass and its sync position is kept."""


class AuthExpired(ProviderError):
    """The account's authorization is gone (revoked, expired); the user must run `auth` again."""

    def __init__(self, account: str, message: str = ""):
        super().__init__(message or f"account {account!r} needs re-authorization")
        self.account = account


class CursorExpired(ProviderError):
    """The stored sync position is no longer valid (Gmail 404 history, Calendar 410, Graph
    delta reset): the caller re-syncs without it, bounded by the lookback."""


class RateLimited(ProviderError):
    """The service still refused after the retries (429, quota)."""

    def __init__(self, message: str = "rate limited", retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class SendForbidden(Error):
    """A request to a send endpoint was attempted. Never caught: it is a bug (SPEC §2.1)."""


class ParseError(Error):
    """A message or an invitation could not be read at all."""
