"""Token stores: where an account's OAuth tokens live (SPEC §2.6).

A token is a JSON object: for Google, the authorized-user info of
``google.oauth2.credentials.Credentials.to_json()`` (client id and secret, refresh token, the
last access token and its expiry, token_uri, scopes). Stores hold it by account name.

- ``KeyringStore``: the OS keyring (macOS Keychain, Secret Service, Windows Credential Locker)
  through ``keyring``; service name ``followupd``.
- ``FileStore``: where no keyring backend works (a headless server), one ``tokens.json`` in the
  data folder, created 0600, with a one-line warning the first time it is used.
- ``MemoryStore``: for tests.

Tokens are never logged, printed, or put in the database: these classes are the only code that
sees them at rest. ``default_store`` picks the first that works.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from typing import Protocol

log = logging.getLogger(__name__)

SERVICE = "followupd"


class TokenStore(Protocol):
    """Tokens by account name."""

    description: str

    def get(self, account: str) -> dict | None: ...

    def put(self, account: str, token: dict) -> None: ...

    def delete(self, account: str) -> None: ...


class MemoryStore:
    description = "memory"

    def __init__(self, tokens: dict[str, dict] | None = None):
        self._tokens = {k: dict(v) for k, v in (tokens or {}).items()}
        self._lock = threading.Lock()

    def get(self, account: str) -> dict | None:
        with self._lock:
            token = self._tokens.get(account)
            return dict(token) if token is not None else None

    def put(self, account: str, token: dict) -> None:
        with self._lock:
            self._tokens[account] = dict(token)

    def delete(self, account: str) -> None:
        with self._lock:
            self._tokens.pop(account, None)


class KeyringStore:
    """One keyring entry per account (service ``followupd``, user = the account name)."""

    def __init__(self, backend=None):
        import keyring

        self._backend = backend or keyring.get_keyring()
        self.description = f"OS keyring ({type(self._backend).__name__})"

    def get(self, account: str) -> dict | None:
        value = self._backend.get_password(SERVICE, account)
        if not value:
            return None
        try:
            return json.loads(value)
        except ValueError:
            log.warning("the keyring entry of account %s is not readable; run `followupd auth` "
                        "again", account)
            return None

    def put(self, account: str, token: dict) -> None:
        self._backend.set_password(SERVICE, account, json.dumps(token))

    def delete(self, account: str) -> None:
        import keyring.errors

        try:
            self._backend.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass


class FileStore:
    """``tokens.json`` (0600) in the data folder: the fallback for hosts without a keyring."""

    def __init__(self, data_dir: str):
        self.path = os.path.join(data_dir, "tokens.json")
        self.description = f"file {self.path} (no keyring available)"
        self._lock = threading.Lock()

    def _read(self) -> dict:
        try:
            with open(self.path, encoding="utf-8") as f:
                return json.load(f)
        except FileNotFoundError:
            return {}
        except ValueError:
            log.warning("%s is not valid JSON; run `followupd auth` again", self.path)
            return {}

    def _write(self, tokens: dict) -> None:
        os.makedirs(os.path.dirname(self.path) or ".", exist_ok=True)
        tmp = self.path + ".tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(tokens, f)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def get(self, account: str) -> dict | None:
        with self._lock:
            token = self._read().get(account)
        return dict(token) if token else None

    def put(self, account: str, token: dict) -> None:
        with self._lock:
            tokens = self._read()
            tokens[account] = token
            self._write(tokens)

    def delete(self, account: str) -> None:
        with self._lock:
            tokens = self._read()
            if tokens.pop(account, None) is not None:
                self._write(tokens)


def keyring_works() -> bool:
    """Whether ``keyring`` has a usable backend (not the fail/null ones a headless host gets)."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring install is "no keyring"
        return False
    if isinstance(backend, fail.Keyring) or type(backend).__module__.endswith(".null"):
        return False
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False
    try:
        return float(getattr(backend, "priority", 1)) > 0
    except Exception:  # noqa: BLE001 - priority is a classproperty that may probe and fail
        return False


_warned: set[str] = set()


def default_store(data_dir: str) -> TokenStore:
    """The OS keyring when it works; else the 0600 file, with a one-line warning."""
    if keyring_works():
        return KeyringStore()
    store = FileStore(data_dir)
    if store.path not in _warned:
        _warned.add(store.path)
        log.warning("no OS keyring is available: tokens are kept in %s (mode 0600)", store.path)
    return store
