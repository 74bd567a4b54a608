"""`followupd doctor`: what is wrong, and the command that fixes it.

Checks, in order: the config; each account's sign-in (the provider's ``auth_health``, which for
Gmail/Outlook refreshes the token); the keyring; the database (integrity, schema version,
permissions); the time zone and the clock; the service. One line per check::

    ok    config /home/alex/.config/followupd/config.toml (2 accounts)
    FAIL  account work (outlook): the refresh token was revoked
          fix: followupd auth outlook --account work

``ok`` and ``FAIL`` as the brief says; ``warn`` for what works but deserves a look (no OS
keyring: tokens in a 0600 file), and ``--`` for what could not be checked here (no user
systemd session, a provider without a health check). Exit 1 when any check FAILed, else 0.
The checks only read (the database is opened as `followupd status` would open it).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

OK, FAIL, WARN, SKIP = "ok", "FAIL", "warn", "--"
# A file written "in the future" by more than this means the clock went back (or was wrong).
CLOCK_SLACK = timedelta(minutes=10)


@dataclass
class Check:
    status: str
    what: str
    fix: str = ""


def _auth_fix(provider: str, account: str, config_file: str) -> str:
    if provider in ("gmail", "outlook"):
        return f"followupd auth {provider} --account {account}"
    return f"edit accounts.{account} in {config_file}"


def check_config(config_arg: str | None) -> tuple[Check, object | None]:
    from .config import load_config, resolve_config_path
    from .errors import ConfigError

    path = resolve_config_path(config_arg)
    try:
        config = load_config(config_arg)
    except ConfigError as e:
        missing = not os.path.exists(path)
        return Check(FAIL, f"config {path}: " + "; ".join(e.problems),
                     "followupd init" if missing else f"edit {path}"), None
    n = len(config.accounts)
    return Check(OK, f"config {path} ({n} account{'s' if n != 1 else ''})"), config


def check_accounts(config) -> list[Check]:
    from .providers.base import provider_class

    out = []
    for acct in config.accounts:
        label = f"account {acct.name} ({acct.provider})"
        fix = _auth_fix(acct.provider, acct.name, config.paths.config_file)
        try:
            cls = provider_class(acct.provider)
        except Exception as e:  # noqa: BLE001 - a provider module that does not import
            out.append(Check(FAIL, f"{label}: cannot load the provider ({type(e).__name__}: {e})",
                             "pip install --upgrade followupd"))
            continue
        health = getattr(cls, "auth_health", None)
        if health is None:
            out.append(Check(SKIP, f"{label}: not checked (this provider has no health check)"))
            continue
        try:
            ok, message = health(acct, config)
        except Exception as e:  # noqa: BLE001 - a failing check is a FAIL line, not a crash
            ok, message = False, f"{type(e).__name__}: {e}"
        out.append(Check(OK, f"{label}: {message}") if ok else Check(FAIL, f"{label}: {message}",
                                                                      fix))
    return out


def check_keyring(config) -> Check:
    needs = any(a.provider in ("gmail", "outlook") for a in config.accounts)
    try:
        import keyring

        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
    except Exception as e:  # noqa: BLE001
        backend, name = None, f"unusable ({type(e).__name__}: {e})"
    try:
        from .secrets import keyring_works

        works = keyring_works()
    except ImportError:
        works = backend is not None and getattr(backend, "priority", 0) > 0
    if works:
        return Check(OK, f"keyring {name}")
    tokens = os.path.join(config.paths.data_dir, "tokens.json")
    if not needs:
        return Check(OK, f"keyring: none ({name}); not needed, no Gmail or Outlook account")
    if os.path.exists(tokens) and os.stat(tokens).st_mode & 0o077:
        return Check(FAIL, f"keyring: none; the token file {tokens} is readable by others",
                     f"chmod 600 {tokens}")
    fix = ("install a Secret Service (gnome-keyring or KeePassXC) and log in to a desktop "
           "session" if sys.platform.startswith("linux") else "")
    return Check(WARN, f"keyring: none ({name}); tokens are kept in {tokens} (mode 0600)", fix)


def check_database(config) -> list[Check]:
    from .store import SCHEMA_VERSION, Store

    path = config.paths.database
    if not os.path.exists(path):
        return [Check(OK, f"database {path}: not created yet (the first `followupd run` "
                          "creates it)")]
    out = []
    mode = stat.S_IMODE(os.stat(path).st_mode)
    if mode & 0o077:
        out.append(Check(FAIL, f"database {path} is readable by others (mode {mode:o})",
                         f"chmod 600 {path}*"))
    try:
        store = Store(path)
    except Exception as e:  # noqa: BLE001 - unreadable, a newer schema, not a database
        return out + [Check(FAIL, f"database {path}: {e}", _repair(path))]
    try:
        integrity = store.integrity_check()
        version = store.schema_version()
    except Exception as e:  # noqa: BLE001
        integrity, version = f"{type(e).__name__}: {e}", None
    finally:
        store.close()
    if integrity != "ok":
        out.append(Check(FAIL, f"database {path}: damaged ({integrity.splitlines()[0]})",
                         _repair(path)))
    else:
        out.append(Check(OK, f"database {path}: integrity ok, schema version {version}"
                             + ("" if version == SCHEMA_VERSION else f" (expected {SCHEMA_VERSION})")))
    return out


def _repair(path: str) -> str:
    # followupd's state is authoritative (which drafts exist, which were sent): never delete it.
    return (f"stop the service, then: sqlite3 {path} '.recover' | sqlite3 {path}.recovered "
            f"&& mv {path} {path}.damaged && mv {path}.recovered {path}")


def check_time(config, now: datetime | None = None) -> list[Check]:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    now = now or datetime.now(timezone.utc)
    out = []
    try:
        tz = ZoneInfo(config.user.timezone)
        local = now.astimezone(tz)
        out.append(Check(OK, f"time zone {config.user.timezone} (now {local:%Y-%m-%d %H:%M %Z})"))
    except (ZoneInfoNotFoundError, ValueError):
        out.append(Check(FAIL, f"time zone {config.user.timezone!r} is unknown on this system",
                         f"set user.timezone in {config.paths.config_file} to an IANA name "
                         "(e.g. Europe/Paris), or install tzdata"))
    # The clock is sane when no file followupd wrote is dated in its future.
    newest, newest_path = None, None
    for p in (config.paths.database, config.paths.database + "-wal", config.paths.config_file):
        try:
            t = datetime.fromtimestamp(os.stat(p).st_mtime, timezone.utc)
        except OSError:
            continue
        if newest is None or t > newest:
            newest, newest_path = t, p
    fix = ("timedatectl set-ntp true" if sys.platform.startswith("linux")
           else "sudo sntp -sS time.apple.com" if sys.platform == "darwin" else "")
    if now.year < 2024:
        out.append(Check(FAIL, f"clock: the system clock says {now:%Y-%m-%d}", fix))
    elif newest is not None and newest - now > CLOCK_SLACK:
        out.append(Check(FAIL, f"clock: {newest_path} was written at {newest:%Y-%m-%d %H:%M} UTC, "
                               f"after now ({now:%Y-%m-%d %H:%M} UTC): the clock went back", fix))
    else:
        out.append(Check(OK, f"clock {now:%Y-%m-%d %H:%M:%S} UTC"))
    return out


def check_service(env=os.environ) -> Check:
    from .service import LABEL, plist_path, unit_path

    if sys.platform == "darwin":
        if not os.path.exists(plist_path()):
            return Check(WARN, "service: not installed (followupd runs only when you start it)",
                         "followupd service install --launchd")
        r = _run(["launchctl", "print", f"gui/{os.getuid()}/{LABEL}"])
        if r is None:
            return Check(SKIP, "service: not checked (launchctl is not available)")
        if r.returncode == 0:
            return Check(OK, f"service {LABEL}: loaded")
        return Check(FAIL, f"service {LABEL}: not loaded",
                     f"launchctl bootstrap gui/$(id -u) {plist_path()}")
    if not shutil.which("systemctl", path=env.get("PATH")):
        return Check(SKIP, "service: not checked (no systemctl here)")
    r = _run(["systemctl", "--user", "is-active", "followupd"], env)
    if r is None:
        return Check(SKIP, "service: not checked (systemctl did not answer)")
    state = (r.stdout or "").strip().splitlines()[-1:] or [""]
    state = state[0]
    if r.returncode == 0 and state == "active":
        return Check(OK, "service followupd: active")
    if state in ("", "unknown") and "bus" in (r.stderr or "").lower():
        return Check(SKIP, "service: not checked (no systemd user session here)")
    if not os.path.exists(unit_path(env)):
        return Check(WARN, "service: not installed (followupd runs only when you start it)",
                     "followupd service install --systemd && systemctl --user enable --now followupd")
    return Check(FAIL, f"service followupd: {state or 'not running'}",
                 "systemctl --user enable --now followupd  (why it stopped: journalctl --user "
                 "-u followupd -e)")


def _run(cmd: list[str], env=None) -> subprocess.CompletedProcess | None:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=10,
                              env=dict(env) if env is not None else None)
    except (OSError, subprocess.SubprocessError):
        return None


def run_checks(config_arg: str | None) -> list[Check]:
    check, config = check_config(config_arg)
    checks = [check]
    if config is None:
        checks.append(Check(SKIP, "accounts, keyring, database and clock: not checked "
                                  "without a valid config"))
    else:
        checks += check_accounts(config)
        checks.append(check_keyring(config))
        checks += check_database(config)
        checks += check_time(config)
    checks.append(check_service())
    return checks


def render(checks: list[Check]) -> str:
    lines = []
    for c in checks:
        lines.append(f"{c.status:<5} {c.what}")
        if c.fix and c.status in (FAIL, WARN):
            lines.append(f"{'':<5} fix: {c.fix}")
    return "\n".join(lines)


def doctor(args, out=None) -> int:
    """Print one line per check (and the fix of each failure); 1 if anything FAILed."""
    out = out or sys.stdout
    checks = run_checks(getattr(args, "config", None))
    print(render(checks), file=out)
    failed = [c for c in checks if c.status == FAIL]
    if failed:
        print(f"\n{len(failed)} problem{'s' if len(failed) != 1 else ''} found.", file=out)
        return 1
    print("\nNo problems found.", file=out)
    return 0
