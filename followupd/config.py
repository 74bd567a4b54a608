"""The configuration: TOML → frozen dataclasses, validated at load (every problem with its key).

The dataclasses below are the one source of every key's name, type and default; the loader,
`followupd init` and config.example.toml follow them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time, timedelta


@dataclass(frozen=True)
class BusinessDays:
    """An offset counted in business days (weekdays of the send window, not holidays)."""

    days: int


Offset = timedelta | BusinessDays

_DURATION = re.compile(r"^\s*(\d+)\s*(s|m|h|d|w)\s*$")
_BUSINESS = re.compile(r"^\s*(\d+)\s+business\s+days?\s*$", re.IGNORECASE)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str, *, business: bool = False) -> Offset:
    """Parse "30s", "5m", "3h", "2d", "1w" (and, when ``business``, "5 business days").

    Raise ValueError with a sentence a user can act on.
    """
    if not isinstance(text, str):
        raise ValueError(f"expected a duration string such as \"3h\", got {text!r}")
    m = _DURATION.match(text)
    if m:
        return timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})
    m = _BUSINESS.match(text)
    if m and business:
        return BusinessDays(int(m.group(1)))
    allowed = '"30s", "5m", "3h", "2d"' + (' or "5 business days"' if business else "")
    raise ValueError(f"{text!r} is not a duration; write it like {allowed}")


@dataclass(frozen=True)
class UserConfig:
    name: str = ""
    email: tuple[str, ...] = ()  # the user's own addresses, lower-cased
    timezone: str = ""  # IANA zone; "" = the system's (resolved at load)
    country: str | None = None  # holidays of this country are not business days
    subdivision: str | None = None  # e.g. "CA" with country "US", "BY" with "DE"
    signature: str = ""


@dataclass(frozen=True)
class SendWindow:
    days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    start: time = time(8, 30)
    end: time = time(18, 0)


@dataclass(frozen=True)
class ThankYouRule:
    enabled: bool = True
    delay: timedelta = timedelta(hours=3)  # after the interview's end
    latest: timedelta = timedelta(hours=24)  # if the window pushes it past end + this: end + delay
    expire_after: timedelta = timedelta(days=7)  # not drafted when first seen this late


@dataclass(frozen=True)
class CheckInRule:
    enabled: bool = True
    after_promise: Offset = BusinessDays(2)
    without_promise: Offset = BusinessDays(5)
    second_after: Offset = BusinessDays(5)
    max_count: int = 2
    close_after: Offset = BusinessDays(5)  # silence after the last check-in → closed (silent)
    expire_after: timedelta = timedelta(days=21)


@dataclass(frozen=True)
class RejectionReplyRule:
    enabled: bool = True
    delay: timedelta = timedelta(hours=2)
    expire_after: timedelta = timedelta(days=14)


@dataclass(frozen=True)
class DocumentReplyRule:
    enabled: bool = True
    delay: timedelta = timedelta(0)
    warn_before: timedelta = timedelta(hours=48)
    expire_after: timedelta = timedelta(days=14)


@dataclass(frozen=True)
class Rules:
    thank_you: ThankYouRule = ThankYouRule()
    check_in: CheckInRule = CheckInRule()
    rejection_reply: RejectionReplyRule = RejectionReplyRule()
    document_reply: DocumentReplyRule = DocumentReplyRule()


@dataclass(frozen=True)
class SyncConfig:
    interval: timedelta = timedelta(minutes=5)
    lookback: timedelta = timedelta(days=60)


@dataclass(frozen=True)
class Folders:
    inbox: str = "INBOX"
    sent: str = "Sent"
    drafts: str = "Drafts"
    watch: tuple[str, ...] = ()


@dataclass(frozen=True)
class AccountConfig:
    name: str
    provider: str  # gmail | outlook | local
    # local
    maildir: str | None = None
    folders: Folders = Folders()
    calendar_dir: str | None = None
    # gmail / outlook
    calendars: tuple[str, ...] = ("primary",)
    endpoints: dict[str, str] = field(default_factory=dict)
    client_id: str | None = None
    tenant: str = "common"
    watch_folders: tuple[str, ...] = ()  # outlook: extra mail folders


@dataclass(frozen=True)
class Paths:
    config_file: str
    config_dir: str  # where templates/ overrides live
    data_dir: str  # the database lives here

    @property
    def database(self) -> str:
        import os

        return os.path.join(self.data_dir, "followupd.db")

    @property
    def templates_dir(self) -> str:
        import os

        return os.path.join(self.config_dir, "templates")


@dataclass(frozen=True)
class Config:
    user: UserConfig
    accounts: tuple[AccountConfig, ...]
    paths: Paths
    send_window: SendWindow = SendWindow()
    rules: Rules = Rules()
    sync: SyncConfig = SyncConfig()


# ============================================================================================
# Loading and validation
#
# The loader walks the TOML against the dataclasses above, converting each value by its type
# hint, and collects every problem as one sentence that names the key and the fix
# ("At 'sync.intervall': unknown key; did you mean 'interval'?"). Only a few keys need more
# than their type says (user.email, user.country, send_window.days, accounts); they are
# special-cased below.

import difflib  # noqa: E402
import os  # noqa: E402
import tomllib  # noqa: E402
import typing  # noqa: E402
from dataclasses import fields, replace  # noqa: E402
from typing import Any, Callable, Mapping  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: E402

from .errors import ConfigError, UserError  # noqa: E402

APP = "followupd"
PROVIDERS = ("gmail", "outlook", "local")
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FULL_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Keys of an [[accounts]] table, by provider ("*": every provider).
_ACCOUNT_KEYS = {
    "*": ("name", "provider"),
    "local": ("maildir", "folders", "calendar_dir"),
    "gmail": ("calendars", "endpoints"),
    "outlook": ("client_id", "tenant", "endpoints", "watch_folders"),
}
# endpoints.* by provider; True: a root (scheme, host, port), False: a full URL.
_ENDPOINTS = {
    "gmail": {"gmail": True, "calendar": True, "token": False},
    "outlook": {"graph": True, "authority": True},
}


def default_config_path() -> str:
    """Where the config lives when neither --config nor $FOLLOWUPD_CONFIG says:
    ``$XDG_CONFIG_HOME/followupd/config.toml`` (macOS: Application Support)."""
    import platformdirs

    return os.path.join(platformdirs.user_config_dir(APP), "config.toml")


def default_data_dir() -> str:
    import platformdirs

    return platformdirs.user_data_dir(APP)


def resolve_config_path(path: str | None = None, env: Mapping[str, str] = os.environ) -> str:
    """The config file to read: ``path``, else $FOLLOWUPD_CONFIG, else the default."""
    chosen = path or env.get("FOLLOWUPD_CONFIG") or default_config_path()
    return os.path.abspath(_expand(chosen, env))


def load_config(path: str | None = None, env: Mapping[str, str] = os.environ) -> Config:
    """Read and validate the config file (see :func:`resolve_config_path`).

    Raise ConfigError when it is missing (saying to run ``followupd init``), not TOML (with
    the line), or invalid (``problems`` holds every problem, one sentence each).
    """
    config_file = resolve_config_path(path, env)
    try:
        with open(config_file, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise ConfigError(
            f"There is no config file at {config_file}; run `followupd init` to write one."
        ) from None
    except IsADirectoryError:
        raise ConfigError(f"{config_file} is a folder; give the path of a config.toml.") from None
    except OSError as e:
        raise ConfigError(
            f"Cannot read {config_file} ({e.strerror}); check its permissions."
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ConfigError(
            f"{config_file} is not UTF-8 text (byte {e.start}); save it as UTF-8."
        ) from None
    return parse_config(text, config_file, env)


def parse_config(text: str, config_file: str, env: Mapping[str, str] = os.environ) -> Config:
    """Validate the TOML ``text`` of the file ``config_file`` (relative paths in it are taken
    from that file's folder). Raise ConfigError as :func:`load_config` does."""
    config_file = os.path.abspath(config_file)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(
            f"{config_file} is not valid TOML: {e}; fix that line.",
        ) from None
    v = _Validator(os.path.dirname(config_file), env)
    config = v.config(raw, config_file)
    if v.problems:
        n = len(v.problems)
        summary = f"{config_file} has {n} problem{'s' if n > 1 else ''}: {v.problems[0]}"
        raise ConfigError(summary, problems=list(v.problems))
    assert config is not None
    return config


def write_config(path: str, text: str) -> None:
    """Create the config file (0600) and its folder (0700 when created here). Refuse, with
    UserError, to overwrite an existing file."""
    path = os.path.abspath(os.path.expanduser(path))
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        os.makedirs(folder, mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UserError(
            f"{path} already exists; edit it, or move it aside to write a fresh one."
        ) from None
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)


# -- helpers -------------------------------------------------------------------------------------


def _expand(path: str, env: Mapping[str, str]) -> str:
    """Expand ~ and $VAR / ${VAR} from ``env`` (an unknown variable is left as it is)."""

    def var(m: re.Match) -> str:
        name = m.group(1) or m.group(2)
        return env.get(name, m.group(0))

    path = re.sub(r"\$(?:\{(\w+)\}|(\w+))", var, path)
    if path == "~" or path.startswith("~/"):
        home = env.get("HOME") or os.path.expanduser("~")
        path = home + path[1:]
    else:
        path = os.path.expanduser(path)
    return path


def format_duration(value: Offset) -> str:
    """The config spelling of a duration: the inverse of :func:`parse_duration`."""
    if isinstance(value, BusinessDays):
        return f"{value.days} business day{'s' if value.days != 1 else ''}"
    seconds = int(value.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if unit == "d" and seconds < 3 * 86400:
            continue  # "48h" reads better than "2d" for the short ones
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _suggest(key: str, allowed: typing.Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(allowed), n=1, cutoff=0.5)
    return f"; did you mean '{close[0]}'?" if close else f"; the keys here are {_quote_all(allowed)}."


def _quote_all(items: typing.Iterable[str]) -> str:
    return ", ".join(f"'{i}'" for i in items)


def _show(value: Any) -> str:
    return repr(value) if not isinstance(value, bool) else str(value).lower()


class _Validator:
    def __init__(self, base_dir: str, env: Mapping[str, str]):
        self.base_dir = base_dir
        self.env = env
        self.problems: list[str] = []

    def bad(self, where: str, what: str) -> None:
        self.problems.append(f"At '{where}': {what}")

    # -- generic ------------------------------------------------------------------------------

    def table(self, value: Any, where: str) -> dict:
        if isinstance(value, dict):
            return value
        self.bad(where, f"expected a table ([{where}] or {{ key = value, … }}), got {_show(value)}.")
        return {}

    def unknown(self, table: dict, allowed: typing.Iterable[str], where: str) -> None:
        allowed = list(allowed)
        for key in table:
            if key not in allowed:
                self.bad(f"{where}.{key}" if where else key, "unknown key" + _suggest(key, allowed))

    def section(self, cls: type, table: dict, where: str, special: Mapping[str, Callable] = {}):
        """Build ``cls`` from ``table``, converting each key by its type hint (or by
        ``special[key]``); a key that does not convert keeps its default."""
        hints = typing.get_type_hints(cls)
        names = [f.name for f in fields(cls)]
        self.unknown(table, names, where)
        kwargs = {}
        for name in names:
            if name not in table:
                continue
            convert = special.get(name) or (lambda v, w, _t=hints[name]: self.convert(_t, v, w))
            result = convert(table[name], f"{where}.{name}")
            if result is not _INVALID:
                kwargs[name] = result
        return cls(**kwargs)

    def convert(self, tp: Any, value: Any, where: str) -> Any:
        if tp is bool:
            if isinstance(value, bool):
                return value
            return self.fail(where, f"expected true or false, got {_show(value)}.")
        if tp is int:
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                return value
            return self.fail(where, f"expected a whole number such as 2, got {_show(value)}.")
        if tp is str:
            if isinstance(value, str):
                return value
            return self.fail(where, f"expected a string in quotes, got {_show(value)}.")
        if tp is timedelta or tp == Offset:
            try:
                return parse_duration(value, business=tp == Offset)
            except ValueError as e:
                return self.fail(where, f"{e}.")
        if tp is time:
            return self.clock_time(value, where)
        if tp == str | None:
            return self.convert(str, value, where)
        if typing.get_origin(tp) is tuple and typing.get_args(tp) == (str, ...):
            return self.strings(value, where)
        raise AssertionError(f"no converter for {tp} at {where}")  # a new field needs one

    def fail(self, where: str, what: str) -> Any:
        self.bad(where, what)
        return _INVALID

    def strings(self, value: Any, where: str, *, allow_one: bool = False) -> Any:
        if allow_one and isinstance(value, str):
            value = [value]
        if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
            return tuple(v.strip() for v in value)
        return self.fail(where, f'expected a list of strings such as ["a", "b"], got {_show(value)}.')

    def clock_time(self, value: Any, where: str) -> Any:
        m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", value) if isinstance(value, str) else None
        if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
            return time(int(m.group(1)), int(m.group(2)))
        if isinstance(value, time):  # TOML's own local time (08:30:00, unquoted)
            return value
        return self.fail(where, f'{_show(value)} is not a time of day; write it like "08:30".')

    def path(self, value: Any, where: str) -> Any:
        if not isinstance(value, str) or not value.strip():
            return self.fail(where, f'expected a path in quotes such as "~/Mail", got {_show(value)}.')
        expanded = _expand(value.strip(), self.env)
        return os.path.normpath(os.path.join(self.base_dir, expanded))

    # -- the file -----------------------------------------------------------------------------

    def config(self, raw: dict, config_file: str) -> Config | None:
        top = ("user", "accounts", "send_window", "rules", "sync", "paths")
        self.unknown(raw, top, "")
        user = self.user(self.table(raw.get("user", {}), "user"))
        accounts = self.accounts(raw.get("accounts", []))
        window = self.send_window(self.table(raw.get("send_window", {}), "send_window"))
        rules_raw = self.table(raw.get("rules", {}), "rules")
        rules = self.section(
            Rules,
            rules_raw,
            "rules",
            {
                name: (lambda v, w, _c=type(getattr(Rules(), name)): self.section(_c, self.table(v, w), w))
                for name in ("thank_you", "check_in", "rejection_reply", "document_reply")
            },
        )
        sync = self.section(SyncConfig, self.table(raw.get("sync", {}), "sync"), "sync")
        if sync.interval < timedelta(seconds=1):
            self.bad("sync.interval", f'{format_duration(sync.interval)} is too short; use "1s" or more.')
        if sync.lookback <= timedelta(0):
            self.bad("sync.lookback", 'must be longer than 0; write it like "60d".')
        paths_raw = self.table(raw.get("paths", {}), "paths")
        self.unknown(paths_raw, ("data_dir",), "paths")
        data_dir = default_data_dir()
        if "data_dir" in paths_raw:
            got = self.path(paths_raw["data_dir"], "paths.data_dir")
            if got is not _INVALID:
                data_dir = got
        paths = Paths(
            config_file=config_file, config_dir=os.path.dirname(config_file), data_dir=data_dir
        )
        return Config(user=user, accounts=accounts, paths=paths, send_window=window, rules=rules, sync=sync)

    def user(self, table: dict) -> UserConfig:
        special = {
            "email": self.emails,
            "timezone": self.timezone,
            "country": self.country,
            "subdivision": lambda v, w: self.convert(str, v, w),
        }
        user = self.section(UserConfig, table, "user", special)
        if "email" not in table:
            self.bad("user.email", 'missing; give your own address(es), like email = ["you@example.com"].')
        if not user.timezone:
            user = replace(user, timezone=_system_timezone())
        if user.subdivision and not user.country:
            self.bad("user.subdivision", 'needs a country; add country = "US" (for example).')
        elif user.subdivision and user.country:
            import holidays

            subdivisions = holidays.list_supported_countries().get(user.country, [])
            if user.subdivision not in subdivisions:
                self.bad(
                    "user.subdivision",
                    f"{user.subdivision!r} is not a subdivision of {user.country}"
                    + (f"; use one of {', '.join(subdivisions)}." if subdivisions else "; remove it."),
                )
        return user

    def emails(self, value: Any, where: str) -> Any:
        got = self.strings(value, where, allow_one=True)
        if got is _INVALID:
            return got
        out: list[str] = []
        for email in got:
            local, _, domain = email.partition("@")
            if not local or "." not in domain or " " in email:
                self.bad(where, f"{email!r} is not an email address; write it like \"you@example.com\".")
            elif email.lower() not in out:
                out.append(email.lower())
        if not got:
            self.bad(where, 'is empty; give your own address(es), like email = ["you@example.com"].')
        return tuple(out)

    def timezone(self, value: Any, where: str) -> Any:
        if isinstance(value, str) and value.strip():
            try:
                ZoneInfo(value.strip())
                return value.strip()
            except (ZoneInfoNotFoundError, ValueError):
                pass
        return self.fail(where, f'{_show(value)} is not a time zone; use an IANA name such as "Europe/Paris".')

    def country(self, value: Any, where: str) -> Any:
        import holidays

        supported = holidays.list_supported_countries()
        if isinstance(value, str) and value.strip().upper() in supported:
            return value.strip().upper()
        hint = ""
        if isinstance(value, str):
            close = difflib.get_close_matches(value.strip().upper(), list(supported), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
        return self.fail(
            where, f'{_show(value)} is not a country code holidays are known for{hint}; use an ISO code such as "US" or "FR".'
        )

    def send_window(self, table: dict) -> SendWindow:
        window = self.section(SendWindow, table, "send_window", {"days": self.days})
        if window.start >= window.end:
            self.bad("send_window", f"start ({window.start:%H:%M}) must come before end ({window.end:%H:%M}).")
        return window

    def days(self, value: Any, where: str) -> Any:
        got = self.strings(value, where)
        if got is _INVALID:
            return got
        out = set()
        for name in got:
            n = name.lower()
            if n in DAY_NAMES:
                out.add(DAY_NAMES.index(n))
            elif n in _FULL_DAY_NAMES:
                out.add(_FULL_DAY_NAMES.index(n))
            else:
                self.bad(where, f'{name!r} is not a day; use "mon", "tue", "wed", "thu", "fri", "sat" or "sun".')
        if not got:
            return self.fail(where, 'is empty; list at least one day, like ["mon", "tue", "wed", "thu", "fri"].')
        return tuple(sorted(out))

    def accounts(self, value: Any) -> tuple[AccountConfig, ...]:
        if isinstance(value, dict):
            self.bad("accounts", "write each account as its own [[accounts]] table (two brackets).")
            return ()
        if not isinstance(value, list):
            self.bad("accounts", "write each account as its own [[accounts]] table.")
            return ()
        out: list[AccountConfig] = []
        names: set[str] = set()
        for i, table in enumerate(value, 1):
            name = table.get("name") if isinstance(table, dict) else None
            where = f"accounts.{name}" if isinstance(name, str) and name.strip() else f"accounts[{i}]"
            if not isinstance(table, dict):
                self.bad(where, "expected an [[accounts]] table.")
                continue
            account = self.account(table, where)
            if account is None:
                continue
            if account.name in names:
                self.bad(where, f"two accounts are named {account.name!r}; give each a different name.")
            names.add(account.name)
            out.append(account)
        return tuple(out)

    def account(self, table: dict, where: str) -> AccountConfig | None:
        name = table.get("name")
        provider = table.get("provider")
        ok = True
        if not isinstance(name, str) or not name.strip():
            self.bad(f"{where}.name", 'missing; give the account a name, like name = "personal".')
            ok = False
        if provider not in PROVIDERS:
            got = "missing" if provider is None else f"{_show(provider)} is not a provider"
            self.bad(f"{where}.provider", f'{got}; use "gmail", "outlook" or "local".')
            ok = False
        if not ok:
            return None
        allowed = _ACCOUNT_KEYS["*"] + _ACCOUNT_KEYS[provider]
        every = {k for keys in _ACCOUNT_KEYS.values() for k in keys}
        for key in table:
            if key in allowed:
                continue
            if key in every:
                users = [p for p in PROVIDERS if key in _ACCOUNT_KEYS[p]]
                self.bad(
                    f"{where}.{key}",
                    f"a {provider} account does not use this (only {' and '.join(users)} accounts do); remove it.",
                )
            else:
                self.bad(f"{where}.{key}", "unknown key" + _suggest(key, allowed))
        kwargs: dict[str, Any] = {"name": name.strip(), "provider": provider}

        def take(key: str, convert: Callable[[Any, str], Any]) -> None:
            if key in table and key in allowed:
                got = convert(table[key], f"{where}.{key}")
                if got is not _INVALID:
                    kwargs[key] = got

        take("maildir", self.path)
        take("calendar_dir", self.path)
        take("folders", self.folders)
        take("calendars", lambda v, w: self.nonempty(self.strings(v, w, allow_one=True), w))
        take("client_id", self.nonblank)
        take("tenant", self.nonblank)
        take("watch_folders", self.strings)
        take("endpoints", lambda v, w: self.endpoints(provider, v, w))
        if provider == "local" and "maildir" not in table:
            self.bad(f"{where}.maildir", 'missing; give the folder that holds the Maildirs, like maildir = "~/Mail/personal".')
        if provider == "outlook" and "client_id" not in table:
            self.bad(
                f"{where}.client_id",
                "missing; register a public-client app in Microsoft Entra ID and give its Application (client) ID.",
            )
        return AccountConfig(**kwargs)

    def nonblank(self, value: Any, where: str) -> Any:
        if isinstance(value, str) and value.strip():
            return value.strip()
        return self.fail(where, f"expected a non-empty string, got {_show(value)}.")

    def nonempty(self, value: Any, where: str) -> Any:
        if value == ():
            return self.fail(where, 'is empty; list at least one, like ["primary"].')
        return value

    def folders(self, value: Any, where: str) -> Any:
        table = self.table(value, where)
        special = {k: self.nonblank for k in ("inbox", "sent", "drafts")}
        return self.section(Folders, table, where, special)

    def endpoints(self, provider: str, value: Any, where: str) -> Any:
        table = self.table(value, where)
        known = _ENDPOINTS[provider]
        self.unknown(table, known, where)
        out = {}
        for key, url in table.items():
            if key not in known:
                continue
            parts = urlsplit(url) if isinstance(url, str) else None
            if not parts or parts.scheme not in ("http", "https") or not parts.netloc:
                self.bad(f"{where}.{key}", f'{_show(url)} is not a URL; write it like "https://host:port".')
                continue
            if known[key] and parts.path.strip("/"):
                self.bad(
                    f"{where}.{key}",
                    f"give only the root (scheme, host and port), like \"{parts.scheme}://{parts.netloc}\"; followupd adds the paths itself.",
                )
                continue
            out[key] = url.rstrip("/") if known[key] else url
        return out


_INVALID: Any = object()


def _system_timezone() -> str:
    """The system's IANA time zone name, or "UTC" when it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
        if name:
            ZoneInfo(name)
            return name
    except Exception:  # tzlocal raises its own errors on odd systems; UTC is a safe answer
        pass
    return "UTC"


# -- the example config ------------------------------------------------------------------------

# One comment per key of the generated sections; the values come from the dataclasses.
_DOCS: dict[str, str] = {
    "send_window": "When drafts appear in Drafts: the days and hours you would write to an employer.\n"
    "Public holidays of user.country are skipped.",
    "send_window.days": "Days of the week: mon, tue, wed, thu, fri, sat, sun.",
    "send_window.start": "Local time of day (user.timezone), 24-hour \"HH:MM\".",
    "send_window.end": "",
    "rules.thank_you": "A short thank-you to each interviewer after an interview.\n"
    "Durations are written \"30s\", \"5m\", \"3h\", \"2d\" (and, where noted, \"5 business days\").",
    "rules.thank_you.enabled": "",
    "rules.thank_you.delay": "After the interview's end, moved to the next send-window instant.",
    "rules.thank_you.latest": "If the send window would push it further than this after the end\n"
    "(a Friday-afternoon interview), it is due at end + delay regardless.",
    "rules.thank_you.expire_after": "Not drafted when followupd first learns of the interview this long after it.",
    "rules.check_in": "A polite check-in when the employer has been silent. Business-day offsets allowed.",
    "rules.check_in.enabled": "",
    "rules.check_in.after_promise": "After the date they promised to reply by has passed.",
    "rules.check_in.without_promise": "After the last interview, when no date was promised.",
    "rules.check_in.second_after": "A second check-in, this long after the first was sent.",
    "rules.check_in.max_count": "At most this many check-ins per application.",
    "rules.check_in.close_after": "Silence this long after the last check-in closes the application.",
    "rules.check_in.expire_after": "Not drafted when it would be this late.",
    "rules.rejection_reply": "A gracious reply to a rejection that thanks them and asks for feedback.",
    "rules.rejection_reply.enabled": "",
    "rules.rejection_reply.delay": "After the rejection arrived, moved to the next send-window start.",
    "rules.rejection_reply.expire_after": "Not drafted when the rejection is first seen this late.",
    "rules.document_reply": "A reply to a request for documents (you attach them before sending).",
    "rules.document_reply.enabled": "",
    "rules.document_reply.delay": "After the request arrived (0s: at the next poll).",
    "rules.document_reply.warn_before": "`followupd status` flags a deadline closer than this.",
    "rules.document_reply.expire_after": "Not drafted when the request is first seen this late.",
    "sync": "How often the mailbox and calendar are polled.",
    "sync.interval": "Between two polls (anything from \"1s\").",
    "sync.lookback": "How far back the first sync reads.",
}

_HEAD = '''\
# followupd configuration.
#
# followupd watches your mailbox and calendar and puts interview follow-up drafts into your
# Drafts folder at the right moment. It never sends mail: you review and send each draft.
#
# Lines starting with "#" are comments. A commented key shows its default value; remove the
# "#" to change it. `followupd doctor` checks this file and tells you what to fix.

[user]
# Your name, used in the drafts.
name = "Alex Morgan"
# Your own addresses (one string or a list): mail from these is yours.
email = ["alex.morgan@example.com"]
# Your IANA time zone; follow-ups are timed in it. Default: the system's.
# timezone = "America/New_York"
# Skip the public holidays of this country (ISO code, such as "US", "GB", "FR"). Optional.
# country = "US"
# A state or region of that country, for its own holidays ("CA" with "US"). Optional.
# subdivision = "CA"
# The signature at the end of every draft.
signature = """
Alex Morgan
+1 555 0100"""

# [paths]
# Where the state database lives. Default: $XDG_DATA_HOME/followupd (macOS: Application Support).
# data_dir = "~/.local/share/followupd"

# One [[accounts]] table per mailbox. Paths may use ~ and $VARIABLES; a relative path is
# taken from this file's folder.
#
# A local Maildir, as mbsync or offlineimap lay it out: one Maildir per folder under maildir.
[[accounts]]
name = "personal"
provider = "local"                    # gmail | outlook | local
maildir = "~/Mail/personal"
# The folder names under maildir; watch lists more folders to read (filtered job mail).
# folders = { inbox = "INBOX", sent = "Sent", drafts = "Drafts", watch = [] }
# A folder of .ics files, one per event, as vdirsyncer lays it out. Optional.
# calendar_dir = "~/.local/share/calendars/personal"

# A Gmail account; authorize it with `followupd auth gmail --account gmail`.
# [[accounts]]
# name = "gmail"
# provider = "gmail"
# calendars = ["primary"]
# Overrides for tests and proxies: roots like the services' own, and the full token URL.
# endpoints = { gmail = "https://gmail.googleapis.com", calendar = "https://www.googleapis.com", token = "https://oauth2.googleapis.com/token" }

# An Outlook / Microsoft 365 account; authorize it with `followupd auth outlook --account work`.
# [[accounts]]
# name = "work"
# provider = "outlook"
# The Application (client) ID of your own public-client app registration in Microsoft Entra ID.
# client_id = "00000000-0000-0000-0000-000000000000"
# tenant = "common"                   # or "consumers", "organizations", a tenant id
# More mail folders to read, by name.
# watch_folders = []
# endpoints = { graph = "https://graph.microsoft.com", authority = "https://login.microsoftonline.com" }
'''


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (timedelta, BusinessDays)):
        return f'"{format_duration(value)}"'
    if isinstance(value, time):
        return f'"{value:%H:%M}"'
    raise AssertionError(f"no TOML spelling for {value!r}")


def _comment(text: str) -> list[str]:
    return [f"# {line}" for line in text.splitlines()] if text else []


def _example_section(title: str, obj: Any) -> list[str]:
    lines = ["", *_comment(_DOCS[title]), f"[{title}]"]
    for f in fields(obj):
        value = getattr(obj, f.name)
        lines += _comment(_DOCS[f"{title}.{f.name}"])
        if title == "send_window" and f.name == "days":
            shown = "[" + ", ".join(f'"{DAY_NAMES[d]}"' for d in value) + "]"
        else:
            shown = _toml_value(value)
        lines.append(f"{f.name} = {shown}")
    return lines


def example_config() -> str:
    """The text `followupd init` writes: every key, commented, with its default. The rule,
    window and sync sections are generated from the dataclasses, so they cannot drift."""
    lines = [_HEAD.rstrip("\n")]
    lines += _example_section("send_window", SendWindow())
    rules = Rules()
    for f in fields(rules):
        lines += _example_section(f"rules.{f.name}", getattr(rules, f.name))
    lines += _example_section("sync", SyncConfig())
    return "\n".join(lines) + "\n"
