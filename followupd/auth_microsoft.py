"""Microsoft sign-in: msal's public client, the device-code flow, and the token cache.

- ``auth_outlook(config, args)`` is `followupd auth outlook`: it prints the code and the URL,
  waits while the user approves on any device (a headless server works), and stores the token
  cache. Scopes are SPEC §2.7's ``Mail.ReadWrite`` and ``Calendars.Read``; never ``Mail.Send``
  (msal adds ``offline_access``, ``openid`` and ``profile`` itself and refuses them if asked).
- ``MicrosoftAuth`` is what the provider uses before each pass: ``acquire_token_silent`` from
  the cache (no network while the access token has more than 5 minutes left; a refresh
  otherwise), mapping ``invalid_grant`` / ``interaction_required`` to ``AuthExpired``.

The authority is ``{endpoints.authority}/{tenant}`` (default
``https://login.microsoftonline.com/common``); for any other authority msal's instance
discovery is turned off (it would ask login.microsoftonline.com about a host it does not know).
TLS trust follows the system store and ``REQUESTS_CA_BUNDLE``, as requests does.

The token cache is one file per account in the data folder, encrypted with msal-extensions
(DPAPI on Windows, the Keychain on macOS, libsecret on Linux). A headless Linux server has no
libsecret session (ImportError for ``gi``, or RuntimeError from the trial run): the cache then
falls back to a plain file created 0600, with a one-line warning (SPEC §2.6).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from .errors import AuthExpired, ProviderError, UserError

if TYPE_CHECKING:
    from .config import AccountConfig, Config

log = logging.getLogger(__name__)

SCOPES = ["Mail.ReadWrite", "Calendars.Read"]
DEFAULT_AUTHORITY = "https://login.microsoftonline.com"
# Errors that mean the user must sign in again (msal never raises; it returns these).
_REAUTH = {"invalid_grant", "interaction_required", "consent_required", "login_required"}


def authority_of(account: AccountConfig) -> tuple[str, bool]:
    """(the authority URL, whether instance discovery stays on)."""
    root = (account.endpoints.get("authority") or DEFAULT_AUTHORITY).rstrip("/")
    tenant = account.tenant or "common"
    return f"{root}/{tenant}", root == DEFAULT_AUTHORITY


def cache_path(account: AccountConfig, config: Config) -> str:
    return os.path.join(config.paths.data_dir, f"msal-{account.name}.cache")


_WARNED: set[str] = set()  # cache paths already warned about (one line per process)


def open_cache(path: str):
    """A ``PersistedTokenCache`` at ``path``: encrypted where the OS offers it, else a plain
    0600 file with a one-line warning."""
    from msal_extensions import FilePersistence, PersistedTokenCache, build_encrypted_persistence

    os.makedirs(os.path.dirname(path) or ".", mode=0o700, exist_ok=True)
    try:
        persistence = build_encrypted_persistence(path)
    except (ImportError, RuntimeError, OSError) as e:
        if path not in _WARNED:
            _WARNED.add(path)
            log.warning("no OS keyring for the Microsoft token cache (%s); using a 0600 file "
                        "at %s", str(e).splitlines()[0][:80] if str(e) else type(e).__name__,
                        path)
        if not os.path.exists(path):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)
        persistence = FilePersistence(path)  # msal-extensions writes it with mode 0600 too
    log.debug("Microsoft token cache at %s (encrypted: %s)", path, persistence.is_encrypted)
    return PersistedTokenCache(persistence)


def build_app(account: AccountConfig, config: Config, *, client_id: str | None = None,
              tenant: str | None = None, http_client=None):
    import msal

    if tenant:
        from dataclasses import replace

        account = replace(account, tenant=tenant)
    client_id = client_id or account.client_id
    if not client_id:
        raise UserError(
            f"account {account.name!r} has no client_id; register an app in Entra ID (see the "
            "README's Outlook section) and set accounts.client_id, or pass --client-id.")
    authority, discovery = authority_of(account)
    kw = {} if http_client is None else {"http_client": http_client}
    return msal.PublicClientApplication(
        client_id, authority=authority, instance_discovery=discovery,
        token_cache=open_cache(cache_path(account, config)), **kw)


class MicrosoftAuth:
    """Access tokens for one account, from its cache (the provider's side of sign-in)."""

    def __init__(self, account: AccountConfig, config: Config, http_client=None):
        self.account = account
        self.config = config
        self._http_client = http_client
        self._app = None
        # The last token and until when it is good (monotonic): msal's own rule (serve it
        # while more than 5 minutes remain) without re-reading the cache file per request.
        self._memo: tuple[str, float] | None = None

    @property
    def app(self):
        if self._app is None:
            self._app = build_app(self.account, self.config, http_client=self._http_client)
        return self._app

    def _acquire(self, force: bool) -> str:
        name = self.account.name
        try:
            app = self.app
        except UserError as e:
            raise AuthExpired(name, str(e)) from e
        accounts = app.get_accounts()
        if not accounts:
            raise AuthExpired(name, f"account {name!r} is not signed in; run `followupd auth "
                              f"outlook --account {name}`")
        try:
            result = app.acquire_token_silent_with_error(SCOPES, account=accounts[0],
                                                         force_refresh=force)
        except Exception as e:  # network to the authority: a later pass may work
            raise ProviderError(f"account {name!r}: cannot reach the Microsoft sign-in "
                                f"service ({type(e).__name__})") from e
        if result and "access_token" in result:
            good_for = float(result.get("expires_in") or 0) - 300
            self._memo = (result["access_token"], time.monotonic() + good_for)
            return result["access_token"]
        error = (result or {}).get("error") or "no_token"
        if result is None or error in _REAUTH:
            raise AuthExpired(name, f"account {name!r}: Microsoft sign-in expired ({error}); "
                              f"run `followupd auth outlook --account {name}`")
        raise ProviderError(f"account {name!r}: Microsoft sign-in failed ({error}: "
                            f"{(result.get('error_description') or '').splitlines()[0][:120]})")

    def token(self) -> str:
        """A current access token (msal refreshes it when under 5 minutes remain)."""
        if self._memo is not None and time.monotonic() < self._memo[1]:
            return self._memo[0]
        return self._acquire(False)

    def refresh(self) -> str:
        """A new access token, after Graph refused the cached one (401)."""
        self._memo = None
        return self._acquire(True)

    def signed_in_as(self) -> str | None:
        accounts = self.app.get_accounts()
        return accounts[0].get("username") if accounts else None


def health(account: AccountConfig, config: Config) -> tuple[bool, str]:
    """Whether the account has a usable cached sign-in (no network)."""
    try:
        who = MicrosoftAuth(account, config).signed_in_as()
    except UserError as e:
        return False, str(e)
    except Exception as e:  # noqa: BLE001 - doctor reports, never crashes
        return False, f"the token cache cannot be read ({type(e).__name__}); run `followupd " \
                      f"auth outlook --account {account.name}` again"
    if who is None:
        return False, f"not signed in; run `followupd auth outlook --account {account.name}`"
    return True, f"signed in as {who}"


def _pick_account(config: Config, name: str | None) -> AccountConfig:
    outlook = [a for a in config.accounts if a.provider == "outlook"]
    if name:
        for a in config.accounts:
            if a.name == name:
                if a.provider != "outlook":
                    raise UserError(f"account {name!r} is a {a.provider} account; use "
                                    f"`followupd auth {a.provider}`")
                return a
        raise UserError(f"there is no account named {name!r} in the config; add an "
                        "[[accounts]] table with provider = \"outlook\"")
    if len(outlook) == 1:
        return outlook[0]
    if not outlook:
        raise UserError("the config has no outlook account; add an [[accounts]] table with "
                        "provider = \"outlook\"")
    raise UserError("the config has several outlook accounts; name one with --account")


def auth_outlook(config: Config, args, out=None) -> int:
    """`followupd auth outlook`: the device-code flow. Print the code and the URL, wait for
    the approval, store the token cache. Return the exit code."""
    out = out or sys.stdout
    account = _pick_account(config, getattr(args, "account", None))
    app = build_app(account, config, client_id=getattr(args, "client_id", None),
                    tenant=getattr(args, "tenant", None))
    flow = app.initiate_device_flow(scopes=SCOPES)
    if "user_code" not in flow:
        print(f"Microsoft refused to start the sign-in: {flow.get('error')}: "
              f"{(flow.get('error_description') or '').splitlines()[0] if flow.get('error_description') else ''}"
              " Check the account's client_id and tenant, and that the app allows public "
              "client flows (README, Outlook).", file=out)
        return 1
    print(flow.get("message") or f"To sign in, open {flow['verification_uri']} and enter the "
          f"code {flow['user_code']}.", file=out)
    print("Waiting for you to approve…", file=out, flush=True)
    result = app.acquire_token_by_device_flow(flow)
    if "access_token" not in result:
        desc = (result.get("error_description") or "").splitlines()
        print(f"Sign-in did not complete: {result.get('error')}"
              f"{': ' + desc[0] if desc else ''}. Run `followupd auth outlook --account "
              f"{account.name}` to try again.", file=out)
        return 1
    who = (result.get("id_token_claims") or {}).get("preferred_username") or "your account"
    print(f"Signed in as {who}; account {account.name!r} is ready. The token cache is at "
          f"{cache_path(account, config)}.", file=out)
    return 0
