"""The state database: the one module that owns SQL.

followupd's state is authoritative, not a cache (which drafts were written, which follow-ups
were sent or skipped): it is never to be deleted to "fix" something, so every schema change is
a migration.

* SQLite in WAL mode, ``foreign_keys=ON``, ``synchronous=NORMAL`` (a crash loses at most the
  last committed transactions, never consistency), a busy timeout for a second process
  (``followupd status`` while the daemon runs).
* The schema version is ``PRAGMA user_version``; ``_MIGRATIONS[n]`` takes version n to n+1 and
  runs in one transaction with the version bump.
* The database, its -wal and -shm files are 0600, a folder we create is 0700 (SPEC §2.6).
* Times are ISO-8601 strings with their offset, written by Python (never SQLite's clock), so
  the whole program can run on a simulated clock.
* Model objects are stored as JSON by a small codec (:func:`encode` / :func:`decode`) that
  follows the dataclasses' type hints.

Transactions: :meth:`Store.transaction` is ``BEGIN IMMEDIATE … COMMIT`` (rolled back on an
exception). It is re-entrant: a nested ``transaction()`` is a SAVEPOINT inside the outer one
(rolled back alone when its block raises; committed only with the outer one). Every writing
method runs inside ``transaction()``, so called outside one it commits on its own, and called
inside one it is part of it. One connection is shared by threads under a lock held for the
length of a transaction.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import os
import sqlite3
import threading
import types
import typing
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import Any, Iterable, Iterator, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import Error
from .model import Event, FollowUpState, MessageRef, Understanding

# --------------------------------------------------------------------------------------------
# JSON codec for the model's dataclasses


def encode(obj: Any) -> Any:
    """Turn a model value into JSON-able data (dataclasses → dicts, enums → values, datetimes →
    ISO strings with offset, timedelta → [days, seconds, µs], sets → sorted lists).

    A datetime in a ``ZoneInfo`` zone keeps its zone name as an RFC 9557 suffix
    (``2024-05-02T10:00:00+02:00[Europe/Paris]``). Raise ValueError on a naive datetime.
    """
    if obj is None or isinstance(obj, (bool, int, float, str)) and not isinstance(obj, enum.Enum):
        return obj
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, datetime):
        return _encode_datetime(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, time):
        return obj.isoformat()
    if isinstance(obj, timedelta):
        return [obj.days, obj.seconds, obj.microseconds]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [encode(v) for v in obj]
    if isinstance(obj, (set, frozenset)):
        items = [encode(v) for v in obj]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(obj, Mapping):
        if all(isinstance(k, str) for k in obj):
            return {k: encode(v) for k, v in obj.items()}
        return [[encode(k), encode(v)] for k, v in obj.items()]
    raise TypeError(f"cannot store a {type(obj).__name__}")


def _encode_datetime(dt: datetime) -> str:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime {dt!r}: every stored time must carry its offset")
    text = dt.isoformat()
    if isinstance(dt.tzinfo, ZoneInfo):
        text += f"[{dt.tzinfo.key}]"
    return text


def _decode_datetime(text: str) -> datetime:
    zone = None
    if text.endswith("]") and "[" in text:
        text, _, zone = text[:-1].partition("[")
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        raise ValueError(f"stored time {text!r} has no offset")
    if zone:
        try:
            dt = dt.astimezone(ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            pass  # the zone vanished from tzdata: the fixed offset is still right
    return dt


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def decode(tp: Any, data: Any) -> Any:
    """The inverse of :func:`encode`, guided by the type ``tp`` (a dataclass, ``X | None``,
    ``tuple[X, ...]`` …). Unknown keys are ignored and missing ones take their defaults, so
    rows written before a model field was added still load. Raise TypeError/ValueError on data
    that does not fit."""
    if tp is Any or tp is object:
        return data
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union or origin is types.UnionType:
        if data is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        if len(options) == 1:
            return decode(options[0], data)
        last: Exception | None = None
        for option in options:
            try:
                return decode(option, data)
            except (TypeError, ValueError, KeyError) as e:
                last = e
        raise TypeError(f"{data!r} fits none of {tp}") from last
    if data is None:
        if tp is type(None):
            return None
        raise TypeError(f"None where a {tp} was expected")
    if origin in (tuple, list, set, frozenset):
        if not isinstance(data, list):
            raise TypeError(f"expected a list for {tp}, got {data!r}")
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return tuple(decode(args[0], v) for v in data)
            if len(args) != len(data):
                raise TypeError(f"expected {len(args)} items for {tp}")
            return tuple(decode(a, v) for a, v in zip(args, data))
        return origin(decode(args[0] if args else Any, v) for v in data)
    if origin is dict or tp is dict:
        kt, vt = args if args else (Any, Any)
        if isinstance(data, list):
            return {decode(kt, k): decode(vt, v) for k, v in data}
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {tp}, got {data!r}")
        return {decode(kt, k): decode(vt, v) for k, v in data.items()}
    if tp in (list, tuple, set, frozenset):
        return tp(data)
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            return tp(data)
        if dataclasses.is_dataclass(tp):
            if not isinstance(data, dict):
                raise TypeError(f"expected an object for {tp.__name__}, got {data!r}")
            hints = _hints(tp)
            kwargs = {
                f.name: decode(hints[f.name], data[f.name])
                for f in dataclasses.fields(tp)
                if f.init and f.name in data
            }
            return tp(**kwargs)
        if tp is datetime:
            if not isinstance(data, str):
                raise TypeError(f"expected a datetime string, got {data!r}")
            return _decode_datetime(data)
        if tp is date:
            if not isinstance(data, str) or "T" in data:
                raise TypeError(f"expected a date string, got {data!r}")
            return date.fromisoformat(data)
        if tp is time:
            if not isinstance(data, str):
                raise TypeError(f"expected a time string, got {data!r}")
            return time.fromisoformat(data)
        if tp is timedelta:
            if not (isinstance(data, list) and len(data) == 3):
                raise TypeError(f"expected [days, seconds, µs], got {data!r}")
            return timedelta(days=data[0], seconds=data[1], microseconds=data[2])
        if tp is bool:
            if not isinstance(data, bool):
                raise TypeError(f"expected a bool, got {data!r}")
            return data
        if tp is float:
            if isinstance(data, bool) or not isinstance(data, (int, float)):
                raise TypeError(f"expected a number, got {data!r}")
            return float(data)
        if tp in (int, str):
            if not isinstance(data, tp) or isinstance(data, bool):
                raise TypeError(f"expected a {tp.__name__}, got {data!r}")
            return data
    raise TypeError(f"cannot decode a {tp}")


def dumps(obj: Any) -> str:
    """Deterministic JSON of a model value (equal values give equal text)."""
    return json.dumps(encode(obj), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def loads(tp: Any, text: str | None) -> Any:
    return None if text is None else decode(tp, json.loads(text))


# --------------------------------------------------------------------------------------------
# Schema

_MIGRATIONS: list[str] = [
    # 0 → 1: the first schema.
    """
    CREATE TABLE cursors (
        account TEXT NOT NULL,
        source  TEXT NOT NULL,          -- "mail" | "calendar:<id>"
        value   TEXT NOT NULL,
        PRIMARY KEY (account, source)
    );
    CREATE TABLE accounts (
        account   TEXT PRIMARY KEY,
        last_sync TEXT,                 -- ISO-8601 with offset
        error     TEXT,
        auth      TEXT
    );
    CREATE TABLE messages (
        account       TEXT NOT NULL,
        uid           TEXT NOT NULL,
        folder        TEXT NOT NULL,
        ref           TEXT NOT NULL,    -- JSON MessageRef
        understanding TEXT,             -- JSON Understanding, NULL for the user's own mail
        PRIMARY KEY (account, uid)
    );
    CREATE TABLE events (
        account   TEXT NOT NULL,
        key       TEXT NOT NULL,        -- Event.key (UID[@RECURRENCE-ID])
        sequence  INTEGER NOT NULL,
        cancelled INTEGER NOT NULL,
        event     TEXT NOT NULL,        -- JSON Event
        via       TEXT,                 -- JSON MessageRef of the message that carried it
        PRIMARY KEY (account, key)
    );
    CREATE TABLE failures (
        account  TEXT NOT NULL,
        uid      TEXT NOT NULL,
        error    TEXT NOT NULL,
        first_at TEXT NOT NULL,
        last_at  TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        PRIMARY KEY (account, uid)
    );
    CREATE TABLE followups (
        key   TEXT PRIMARY KEY,
        kind  TEXT NOT NULL,
        state TEXT NOT NULL,
        data  TEXT NOT NULL             -- JSON FollowUpState
    );
    CREATE TABLE flags (
        employer_key TEXT NOT NULL,
        flag         TEXT NOT NULL CHECK (flag IN ('muted', 'closed')),
        PRIMARY KEY (employer_key, flag)
    );
    -- What the user asked to forget: never stored again.
    CREATE TABLE forgotten_messages (
        account      TEXT NOT NULL,
        uid          TEXT NOT NULL,
        employer_key TEXT NOT NULL,
        PRIMARY KEY (account, uid)
    );
    CREATE TABLE forgotten_events (
        key          TEXT PRIMARY KEY,
        employer_key TEXT NOT NULL
    );
    """,
]

SCHEMA_VERSION = len(_MIGRATIONS)

_UNSET: Any = object()
FLAGS = ("muted", "closed")


class StoreError(Error):
    """The database cannot be used (written by a newer followupd, or unreadable)."""


class Store:
    """followupd's state in one SQLite file (or ``":memory:"`` for tests)."""

    def __init__(self, path: str):
        self.path = path
        if path != ":memory:":
            _prepare_file(path)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
        self._lock = threading.RLock()
        self._depth = 0
        self._db.execute("PRAGMA busy_timeout = 30000")
        self._db.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._migrate()
        if path != ":memory:":
            for suffix in ("-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.chmod(path + suffix, 0o600)

    # -- plumbing ------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE … COMMIT``; rolled back if the block raises. Re-entrant: a nested
        use is a savepoint of the outer transaction."""
        with self._lock:
            if self._depth == 0:
                self._db.execute("BEGIN IMMEDIATE")
                self._depth = 1
                try:
                    yield
                except BaseException:
                    self._depth = 0
                    if self._db.in_transaction:  # SQLite may have rolled back already
                        self._db.execute("ROLLBACK")
                    raise
                self._depth = 0
                self._db.execute("COMMIT")
            else:
                name = f"sp{self._depth}"
                self._db.execute(f"SAVEPOINT {name}")
                self._depth += 1
                try:
                    yield
                except BaseException:
                    self._depth -= 1
                    self._db.execute(f"ROLLBACK TO {name}")
                    self._db.execute(f"RELEASE {name}")
                    raise
                self._depth -= 1
                self._db.execute(f"RELEASE {name}")

    def _q(self, sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, tuple(params)).fetchall()

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the database {self.path} was written by a newer followupd (schema {version}, "
                f"this one knows {SCHEMA_VERSION}); upgrade followupd"
            )
        for n in range(version, SCHEMA_VERSION):
            script = f"BEGIN IMMEDIATE;\n{_MIGRATIONS[n]};\nPRAGMA user_version = {n + 1};\nCOMMIT;"
            try:
                self._db.executescript(script)
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def schema_version(self) -> int:
        return self._q("PRAGMA user_version")[0][0]

    def integrity_check(self) -> str:
        """"ok", or SQLite's description of what is damaged."""
        return "\n".join(r[0] for r in self._q("PRAGMA integrity_check"))

    # -- cursors -------------------------------------------------------------------------------

    def get_cursor(self, account: str, source: str) -> str | None:
        rows = self._q("SELECT value FROM cursors WHERE account=? AND source=?", (account, source))
        return rows[0][0] if rows else None

    def set_cursor(self, account: str, source: str, value: str | None) -> None:
        """Store the sync position of one source ("mail", "calendar:<id>"); None forgets it."""
        with self.transaction():
            if value is None:
                self._q("DELETE FROM cursors WHERE account=? AND source=?", (account, source))
            else:
                self._q(
                    "INSERT INTO cursors(account, source, value) VALUES (?,?,?) "
                    "ON CONFLICT(account, source) DO UPDATE SET value=excluded.value",
                    (account, source, value),
                )

    # -- account health ------------------------------------------------------------------------

    def set_account_status(
        self,
        account: str,
        *,
        last_sync: datetime | None = None,
        error: str | None = _UNSET,
        auth: str | None = _UNSET,
    ) -> None:
        """Update what is known of an account's health. ``last_sync`` None leaves it as it is;
        ``error``/``auth`` left out leave them, None clears them."""
        with self.transaction():
            self._q("INSERT OR IGNORE INTO accounts(account) VALUES (?)", (account,))
            if last_sync is not None:
                self._q(
                    "UPDATE accounts SET last_sync=? WHERE account=?",
                    (_encode_datetime(last_sync), account),
                )
            if error is not _UNSET:
                self._q("UPDATE accounts SET error=? WHERE account=?", (error, account))
            if auth is not _UNSET:
                self._q("UPDATE accounts SET auth=? WHERE account=?", (auth, account))

    def account_statuses(self) -> dict[str, dict]:
        """{account: {"last_sync": datetime | None, "error": str | None, "auth": str | None}}"""
        return {
            account: {
                "last_sync": _decode_datetime(last) if last else None,
                "error": error,
                "auth": auth,
            }
            for account, last, error, auth in self._q(
                "SELECT account, last_sync, error, auth FROM accounts ORDER BY account"
            )
        }

    # -- messages ------------------------------------------------------------------------------

    def has_message(self, account: str, uid: str) -> bool:
        return bool(self._q("SELECT 1 FROM messages WHERE account=? AND uid=?", (account, uid)))

    def known(self, account: str, uid: str) -> bool:
        """Stored or forgotten: the ``seen`` a provider needs (never fetch either again)."""
        return self.has_message(account, uid) or self.is_forgotten(account, uid)

    def put_message(
        self,
        account: str,
        uid: str,
        folder: str,
        ref: MessageRef,
        understanding: Understanding | None,
    ) -> bool:
        """Store (or replace) one message. Return False, storing nothing, when the user asked
        to forget it. A stored message is no longer a failure."""
        with self.transaction():
            if self.is_forgotten(account, uid):
                return False
            self._q(
                "INSERT INTO messages(account, uid, folder, ref, understanding) VALUES (?,?,?,?,?) "
                "ON CONFLICT(account, uid) DO UPDATE SET folder=excluded.folder, "
                "ref=excluded.ref, understanding=excluded.understanding",
                (
                    account,
                    uid,
                    folder,
                    dumps(ref),
                    None if understanding is None else dumps(understanding),
                ),
            )
            self._q("DELETE FROM failures WHERE account=? AND uid=?", (account, uid))
            return True

    def messages(self, *, noise: bool = False) -> list[tuple[MessageRef, Understanding | None]]:
        """Every stored message that can matter to a hiring process (the user's own and the
        non-noise ones; every one with ``noise=True``), oldest first. Noise is most of a
        mailbox and is never folded into a record, so it is not decoded at all."""
        sql = "SELECT ref, understanding FROM messages"
        if not noise:
            sql += (" WHERE understanding IS NULL"
                    " OR json_extract(understanding, '$.cls') <> 'noise'")
        out = [
            (loads(MessageRef, ref), loads(Understanding, und))
            for ref, und in self._q(sql)
        ]
        out.sort(key=lambda pair: (pair[0].date, pair[0].account, pair[0].uid))
        return out

    def message_count(self) -> int:
        return self._q("SELECT count(*) FROM messages")[0][0]

    def delete_messages(self, uids: Iterable[tuple[str, str]]) -> None:
        with self.transaction():
            for account, uid in uids:
                self._q("DELETE FROM messages WHERE account=? AND uid=?", (account, uid))

    # -- events --------------------------------------------------------------------------------

    def put_event(self, account: str, event: Event, via: MessageRef | None = None) -> bool:
        """Store one version of an event by the iCalendar rules and return whether the stored
        event changed.

        The version with the highest SEQUENCE wins; at an equal SEQUENCE the later write wins,
        except that a cancelled event is revived only by a higher SEQUENCE (so re-reading an old
        invitation after its cancellation changes nothing). A cancellation (status cancelled or
        METHOD:CANCEL) keeps the stored details, marked cancelled. ``via`` is the message that
        carried the invitation; once known it is kept. An event the user forgot is not stored.
        """
        with self.transaction():
            if self._q("SELECT 1 FROM forgotten_events WHERE key=?", (event.key,)):
                return False
            rows = self._q(
                "SELECT sequence, cancelled, event, via FROM events WHERE account=? AND key=?",
                (account, event.key),
            )
            new = event
            if event.cancelled:
                new = dataclasses.replace(event, status="cancelled")
            if rows:
                seq, was_cancelled, old_json, old_via = rows[0]
                if event.sequence < seq:
                    return False
                if was_cancelled and not event.cancelled and event.sequence == seq:
                    return False
                if event.cancelled:
                    old: Event = loads(Event, old_json)
                    new = dataclasses.replace(
                        old, status="cancelled", sequence=event.sequence, method=event.method
                    )
                via_json = dumps(via) if via is not None else old_via
                new_json = dumps(new)
                if new_json == old_json and via_json == old_via:
                    return False
                self._q(
                    "UPDATE events SET sequence=?, cancelled=?, event=?, via=? "
                    "WHERE account=? AND key=?",
                    (new.sequence, int(new.cancelled), new_json, via_json, account, event.key),
                )
                return True
            self._q(
                "INSERT INTO events(account, key, sequence, cancelled, event, via) "
                "VALUES (?,?,?,?,?,?)",
                (
                    account,
                    event.key,
                    new.sequence,
                    int(new.cancelled),
                    dumps(new),
                    None if via is None else dumps(via),
                ),
            )
            return True

    def events(self) -> list[tuple[str, Event, MessageRef | None]]:
        """Every stored event as (account, event, the message that carried it or None), by
        start."""
        out = [
            (account, loads(Event, ev), loads(MessageRef, via))
            for account, ev, via in self._q("SELECT account, event, via FROM events")
        ]
        out.sort(key=lambda t: (t[1].start, t[0], t[1].key))
        return out

    def delete_events(self, keys: Iterable[str | tuple[str, str]]) -> None:
        """Delete events by key (in every account) or by (account, key)."""
        with self.transaction():
            for key in keys:
                if isinstance(key, tuple):
                    self._q("DELETE FROM events WHERE account=? AND key=?", key)
                else:
                    self._q("DELETE FROM events WHERE key=?", (key,))

    # -- failures ------------------------------------------------------------------------------

    def record_failure(self, account: str, uid: str, error: str, when: datetime) -> None:
        """Remember that a message could not be understood (SPEC §2.5: reported, not
        dropped). Repeated failures of one message count its attempts."""
        stamp = _encode_datetime(when)
        with self.transaction():
            self._q(
                "INSERT INTO failures(account, uid, error, first_at, last_at, attempts) "
                "VALUES (?,?,?,?,?,1) ON CONFLICT(account, uid) DO UPDATE SET "
                "error=excluded.error, last_at=excluded.last_at, attempts=attempts+1",
                (account, uid, error, stamp, stamp),
            )

    def failures(self) -> list[dict]:
        """[{"account", "uid", "error", "when" (the last attempt), "first", "attempts"}]"""
        return [
            {
                "account": account,
                "uid": uid,
                "error": error,
                "when": _decode_datetime(last),
                "first": _decode_datetime(first),
                "attempts": attempts,
            }
            for account, uid, error, first, last, attempts in self._q(
                "SELECT account, uid, error, first_at, last_at, attempts FROM failures "
                "ORDER BY account, uid"
            )
        ]

    # -- follow-ups ----------------------------------------------------------------------------

    def get_followup(self, key: str) -> FollowUpState | None:
        rows = self._q("SELECT data FROM followups WHERE key=?", (key,))
        return loads(FollowUpState, rows[0][0]) if rows else None

    def followups(self) -> dict[str, FollowUpState]:
        return {
            key: loads(FollowUpState, data)
            for key, data in self._q("SELECT key, data FROM followups ORDER BY key")
        }

    def put_followup(self, state: FollowUpState) -> None:
        with self.transaction():
            self._q(
                "INSERT INTO followups(key, kind, state, data) VALUES (?,?,?,?) "
                "ON CONFLICT(key) DO UPDATE SET kind=excluded.kind, state=excluded.state, "
                "data=excluded.data",
                (state.key, state.kind.value, state.state.value, dumps(state)),
            )

    # -- employers -----------------------------------------------------------------------------

    def set_flag(self, employer_key: str, flag: str, value: bool) -> None:
        """Set or clear "muted" or "closed" on an employer."""
        if flag not in FLAGS:
            raise ValueError(f"unknown employer flag {flag!r}; use one of {FLAGS}")
        with self.transaction():
            if value:
                self._q("INSERT OR IGNORE INTO flags VALUES (?,?)", (employer_key, flag))
            else:
                self._q(
                    "DELETE FROM flags WHERE employer_key=? AND flag=?", (employer_key, flag)
                )

    def flags(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for employer_key, flag in self._q("SELECT employer_key, flag FROM flags"):
            out.setdefault(employer_key, set()).add(flag)
        return out

    def forget(
        self,
        employer_key: str,
        uids: Iterable[tuple[str, str]],
        event_keys: Iterable[str],
    ) -> None:
        """Delete an employer's messages and events and remember never to store them again.
        Its flags go too. Its follow-ups are kept: they record which drafts were already
        written, which is what keeps a draft from being written twice."""
        with self.transaction():
            for account, uid in uids:
                self._q("DELETE FROM messages WHERE account=? AND uid=?", (account, uid))
                self._q("DELETE FROM failures WHERE account=? AND uid=?", (account, uid))
                self._q(
                    "INSERT OR IGNORE INTO forgotten_messages VALUES (?,?,?)",
                    (account, uid, employer_key),
                )
            for key in event_keys:
                self._q("DELETE FROM events WHERE key=?", (key,))
                self._q("INSERT OR IGNORE INTO forgotten_events VALUES (?,?)", (key, employer_key))
            self._q("DELETE FROM flags WHERE employer_key=?", (employer_key,))

    def is_forgotten(self, account: str, uid: str) -> bool:
        return bool(
            self._q("SELECT 1 FROM forgotten_messages WHERE account=? AND uid=?", (account, uid))
        )


def _prepare_file(path: str) -> None:
    """Create the database's folder (0700) and file (0600) before SQLite does, so that they
    are never readable by others, not even for an instant. SQLite gives the -wal and -shm
    files the database's own mode."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        os.makedirs(folder, mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)  # makedirs' mode is filtered by the umask
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    if os.stat(path).st_mode & 0o077:
        os.chmod(path, 0o600)
