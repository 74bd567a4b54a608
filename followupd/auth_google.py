"""`followupd auth gmail` and `followupd auth import`: Google authorization, once, at the edge.

``auth gmail`` runs the installed-app flow of google-auth-oauthlib with the user's own OAuth
client (the JSON downloaded from Google Cloud Console): a loopback redirect on a free port
(``http://localhost:<port>/``), PKCE, ``access_type=offline`` and ``prompt=consent`` so that a
refresh token is always issued. It asks for the minimal scopes (SPEC §2.7) and prints the URL,
which the user opens by hand when no browser opens (``--no-browser``, a remote shell).

``auth import`` takes the authorized-user JSON of ``Credentials.to_json()`` made on another
machine (for a headless server).

Either way the tokens go to the token store (OS keyring, or a 0600 file where there is none);
they are never printed or logged.
"""

from __future__ import annotations

import ipaddress
import logging
import json
import os
from urllib.parse import urlsplit

from .config import AccountConfig, Config
from .errors import Error, UserError
from .providers.gmail import SCOPES, TOKEN_URI
from .secrets import TokenStore, default_store

PROMPT = ("Open this address in a browser, sign in to the Google account and allow access "
          "(read mail and calendar, write drafts; followupd never sends):\n\n    {url}\n")
SUCCESS = ("followupd is authorized. You can close this window and go back to the terminal.")


def _account(config: Config, name: str | None) -> AccountConfig:
    gmail = [a for a in config.accounts if a.provider == "gmail"]
    if name:
        found = next((a for a in config.accounts if a.name == name), None)
        if found is None:
            raise UserError(f"there is no account named {name!r} in the config; add an "
                            "[[accounts]] entry with provider = \"gmail\" first.")
        if found.provider != "gmail":
            raise UserError(f"account {name!r} is a {found.provider} account, not gmail.")
        return found
    if len(gmail) == 1:
        return gmail[0]
    if not gmail:
        raise UserError('no gmail account in the config; add an [[accounts]] entry with '
                        'provider = "gmail" first.')
    raise UserError("several gmail accounts are configured; name one with --account NAME.")


def _loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _allow_loopback_http(*urls: str) -> None:
    """oauthlib refuses plain-http endpoints; endpoints on this machine (a test server, a local
    proxy, SPEC §10) are allowed, nothing else."""
    if all(u.startswith("https://") or _loopback(u) for u in urls if u):
        if any(u.startswith("http://") for u in urls if u):
            os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"


def _missing(scopes) -> list[str]:
    granted = set(scopes or ())
    return [s.rsplit("/", 1)[1] for s in SCOPES if s not in granted]


def _save(store: TokenStore, account: AccountConfig, info: dict) -> None:
    try:
        store.put(account.name, info)
    except Exception as e:  # noqa: BLE001 - a keyring refusing the write
        raise Error(f"could not save the tokens in {store.description} ({type(e).__name__}); "
                    "run `followupd doctor`.") from None


def auth_gmail(config: Config, args, *, store: TokenStore | None = None,
               open_browser: bool | None = None) -> int:
    """Run the installed-app flow for one gmail account and store its tokens. Return the exit
    code (0 ok, 1 refused or failed)."""
    account = _account(config, getattr(args, "account", None))
    path = getattr(args, "client_secrets", None)
    if not path:
        raise UserError("pass --client-secrets FILE: the OAuth client JSON (type \"Desktop "
                        "app\") downloaded from Google Cloud Console; README, section Gmail.")
    try:
        with open(os.path.expanduser(path), encoding="utf-8") as f:
            client_config = json.load(f)
    except (OSError, ValueError) as e:
        raise UserError(f"cannot read the client secrets file {path}: {e}") from None
    if "installed" not in client_config:
        raise UserError(f"{path} is not a Desktop-app OAuth client; in Google Cloud Console "
                        "create an OAuth client ID of type \"Desktop app\" and download it.")
    installed = client_config["installed"]
    installed["token_uri"] = account.endpoints.get("token") or installed.get("token_uri",
                                                                              TOKEN_URI)
    _allow_loopback_http(installed["token_uri"], installed.get("auth_uri", ""))
    # Granular consent may grant fewer scopes: check what came back instead of failing inside
    # oauthlib with "Scope has changed".
    os.environ.setdefault("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")

    from google_auth_oauthlib.flow import InstalledAppFlow

    # requests-oauthlib and oauthlib log token responses at DEBUG: keep them out of the logs.
    for name in ("requests_oauthlib", "oauthlib"):
        logging.getLogger(name).setLevel(logging.INFO)
    flow = InstalledAppFlow.from_client_config(client_config, scopes=list(SCOPES))
    if open_browser is None:
        open_browser = not getattr(args, "no_browser", False)
    print(f"Authorizing Gmail account {account.name!r}.")
    try:
        creds = flow.run_local_server(
            host="localhost", port=0, open_browser=open_browser,
            authorization_prompt_message=PROMPT, success_message=SUCCESS,
            prompt="consent", access_type="offline")
    except Exception as e:  # noqa: BLE001 - oauthlib's errors: access_denied, invalid_grant …
        print(f"followupd: Google did not authorize account {account.name!r} "
              f"({type(e).__name__}: {e}); run the command again.")
        return 1
    if not creds.refresh_token:
        print("followupd: Google returned no refresh token; remove followupd's access at "
              "https://myaccount.google.com/permissions and run the command again.")
        return 1
    granted = flow.oauth2session.token.get("scope") or creds.scopes or ()
    if isinstance(granted, str):
        granted = granted.split()
    missing = _missing(granted)
    if missing:
        print(f"followupd: Google granted no {', '.join(missing)} permission; run the command "
              "again and tick every box on the consent screen.")
        return 1
    info = json.loads(creds.to_json())
    info["scopes"] = sorted(granted)
    store = store or default_store(config.paths.data_dir)
    _save(store, account, info)
    print(f"Account {account.name!r} is authorized; its tokens are kept in "
          f"{store.description}.")
    return 0


def auth_import(config: Config, args, *, store: TokenStore | None = None) -> int:
    """Store Google authorized-user JSON (``Credentials.to_json()``) for a gmail account."""
    account = _account(config, getattr(args, "account", None))
    path = args.file
    try:
        with open(os.path.expanduser(path), encoding="utf-8") as f:
            info = json.load(f)
    except (OSError, ValueError) as e:
        raise UserError(f"cannot read {path}: {e}") from None
    if not isinstance(info, dict):
        raise UserError(f"{path} is not Google authorized-user JSON.")
    absent = [k for k in ("client_id", "client_secret", "refresh_token") if not info.get(k)]
    if absent:
        raise UserError(f"{path} has no {', '.join(absent)}: export it with "
                        "Credentials.to_json() after `followupd auth gmail` on another machine.")
    scopes = info.get("scopes")
    if isinstance(scopes, str):
        scopes = scopes.split()
    if scopes and _missing(scopes):
        raise UserError(f"the tokens in {path} lack {', '.join(_missing(scopes))}; authorize "
                        "again with `followupd auth gmail` on a machine with a browser.")
    info = {**info, "type": "authorized_user"}
    info["token_uri"] = account.endpoints.get("token") or info.get("token_uri") or TOKEN_URI
    store = store or default_store(config.paths.data_dir)
    _save(store, account, info)
    print(f"Imported the Google authorization of account {account.name!r} into "
          f"{store.description}.")
    return 0
